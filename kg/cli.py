"""The command line: the only module that wires the others together.

``kg build INPUT... --out DIR`` reads articles, extracts, resolves, and writes
``graph.ttl``, ``graph.html`` and ``report.md``; ``kg validate GRAPH`` checks a graph
against the SHACL shapes. Every command has ``--help`` with an example.

Exit codes: 0 when every input was read, 1 when some inputs were skipped (they are listed
in the report and the summary), 2 on a usage error or a failed validation.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from kg.errors import KgError
from kg.model import Article, Extraction, Resolved, Skipped

__all__ = ["main", "cli", "build_corpus"]


def _extract_one(article: Article) -> Extraction | Skipped:
    """Extract one article; an unexpected failure skips it instead of stopping the batch."""
    from kg.extract import extract

    try:
        return extract(article)
    except Exception as exc:  # noqa: BLE001 - one broken article never stops a batch
        return Skipped(
            origin=article.origin or article.id,
            reason=f"extraction failed: {type(exc).__name__}: {exc}",
        )


def _extractions(articles: Iterable[Article], *, jobs: int) -> Iterator[Extraction | Skipped]:
    if jobs <= 1:
        for a in articles:
            yield _extract_one(a)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, articles, chunksize=8)


def build_corpus(
    inputs: Iterable[str], *, strict: bool = False, jobs: int = 1, progress: bool = False
) -> tuple[Resolved, Counter]:
    """Read, extract and resolve: the library form of ``kg build`` (no files written)."""
    from kg.ingest import iter_articles
    from kg.resolve import resolve

    counts: Counter = Counter()
    skipped: list[Skipped] = []
    extractions: list[Extraction] = []
    started = time.monotonic()

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, stdin=sys.stdin, strict=strict):
            if isinstance(item, Skipped):
                skipped.append(item)
                counts["skipped"] += 1
                continue
            counts["read"] += 1
            counts[f"read_{item.lang}"] += 1
            yield item

    for n, item in enumerate(_extractions(articles(), jobs=jobs), 1):
        if isinstance(item, Skipped):
            if strict:
                raise KgError(f"{item.origin}: {item.reason}")
            skipped.append(item)
            counts["skipped"] += 1
            counts["failed_extraction"] += 1
            continue
        # Keep only what resolution needs; the article text stays for the evidence context.
        extractions.append(item)
        if progress and n % 25 == 0:
            rate = n / max(time.monotonic() - started, 1e-9)
            click.echo(f"\r{n} articles ({rate:.0f}/s)", err=True, nl=False)
    if progress and counts["read"] >= 25:
        click.echo("", err=True)
    resolved = resolve(extractions, skipped=skipped)
    counts["persons"] = len(resolved.persons)
    counts["tenures"] = sum(1 for t in resolved.tenures if t.status != "designate")
    counts["events"] = len(resolved.events)
    counts["organizations"] = len(resolved.organizations)
    counts["countries"] = len(resolved.countries)
    return resolved, counts


def _report_md(resolved: Resolved, counts: Counter, analysis: str | None) -> str:
    lines = [
        "# kg build report",
        "",
        "## Inputs",
        "",
        f"- articles read: {counts['read']} (Arabic {counts['read_ar']}, "
        f"English {counts['read_en']})",
        f"- inputs skipped: {counts['skipped']}",
        "",
        "## Extracted",
        "",
        f"- persons: {counts['persons']}",
        f"- posts held (memberships): {counts['tenures']}",
        f"- events: {counts['events']}",
        f"- organizations: {counts['organizations']}",
        f"- states: {counts['countries']}",
        "",
    ]
    if resolved.skipped:
        lines += ["## Skipped inputs", ""]
        lines += [f"- `{s.origin}`: {s.reason}" for s in resolved.skipped]
        lines.append("")
    if analysis:
        lines += [analysis.rstrip(), ""]
    return "\n".join(lines)


def _write_text_atomic(path: Path, text: str) -> None:
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="officials-kg")
def cli() -> None:
    """Turn news about governments into a knowledge graph of officials.

    \b
    Example:
      kg build data/articles --out out
      kg validate out/graph.ttl
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write graph.ttl, graph.html and report.md into.",
)
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read.")
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Extract with this many processes.",
)
@click.option("--no-html", is_flag=True, help="Skip the interactive view.")
def build(inputs: tuple[str, ...], out_dir: Path, strict: bool, jobs: int, no_html: bool) -> None:
    """Build the graph from INPUT files or folders (.txt, .jsonl, .html; - for stdin).

    \b
    Example:
      kg build data/articles --out out
      cat news.jsonl | kg build - --out out
    """
    from kg import rdf

    started = time.monotonic()
    try:
        resolved, counts = build_corpus(
            inputs, strict=strict, jobs=jobs, progress=sys.stderr.isatty()
        )
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    graph = rdf.build_graph(resolved)
    out_dir.mkdir(parents=True, exist_ok=True)
    rdf.write_turtle(graph, out_dir / "graph.ttl")
    analysis_md = None
    report = None
    try:
        from kg import analyze

        report = analyze.report(graph)
        analysis_md = analyze.report_markdown(report)
        _write_text_atomic(
            out_dir / "report.json",
            analyze.report_json(report)
            if hasattr(analyze, "report_json")
            else __import__("json").dumps(report, ensure_ascii=False, indent=2, sort_keys=True),
        )
    except ImportError:  # pragma: no cover - analysis is part of the package
        pass
    _write_text_atomic(out_dir / "report.md", _report_md(resolved, counts, analysis_md))
    if not no_html:
        from kg import render

        render.render_html(graph, out_dir / "graph.html", report=report)
    secs = time.monotonic() - started
    click.echo(
        f"read {counts['read']} articles ({counts['skipped']} skipped) in {secs:.1f}s: "
        f"{counts['persons']} persons, {counts['tenures']} posts held, {counts['events']} events, "
        f"{counts['organizations']} organizations, {counts['countries']} states -> {out_dir}/",
        err=True,
    )
    for s in resolved.skipped[:20]:
        click.echo(f"  skipped {s.origin}: {s.reason}", err=True)
    if len(resolved.skipped) > 20:
        click.echo(f"  ... and {len(resolved.skipped) - 20} more (see report.md)", err=True)
    if resolved.skipped:
        sys.exit(1)


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(graph: Path) -> None:
    """Check GRAPH (Turtle) against the project's SHACL shapes.

    \b
    Example:
      kg validate out/graph.ttl
    """
    import rdflib

    from kg import shapes

    g = rdflib.Graph()
    try:
        g.parse(graph, format="turtle")
    except Exception as exc:  # noqa: BLE001 - any parser error is the user's file
        raise click.ClickException(f"{graph} is not valid Turtle: {exc}") from exc
    result = shapes.validate(g)
    if result.conforms:
        click.echo(f"{graph}: conforms ({len(g)} triples)")
        return
    click.echo(f"{graph}: does not conform", err=True)
    for p in result.problems:
        click.echo(f"  - {p}", err=True)
    sys.exit(2)


def main() -> None:
    """Entry point of the ``kg`` command."""
    cli(prog_name="kg")
