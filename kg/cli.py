"""The command line: the only module that wires the others together.

``kg build INPUT... --out DIR`` reads articles, extracts, resolves, and writes
``graph.ttl``, ``graph.html`` and ``report.md``; ``kg add INPUT... --store DIR`` adds
articles to an on-disk store (:mod:`kg.store`); ``kg validate GRAPH`` checks a graph
against the SHACL shapes. On a built graph, ``kg analyze`` writes ``analysis.md`` and
prints a summary, ``kg path`` explains how two people are connected, ``kg query`` runs
SPARQL on Oxigraph (the queries of ``ontology/queries/`` by name, with ``--bind``), and
``kg export`` writes GraphML, GEXF, JSON-LD, CSV tables, a Neo4j import, FollowTheMoney
entities or Wikidata-style statements (:mod:`kg.exports`). Every command has ``--help`` with an
example.

Exit codes (the same table is in the README):

- 0: every input was read;
- 1: some inputs were skipped (listed in the report and the summary), or ``--strict``
  stopped at one; a ``kg path`` between people who are not connected;
- 2: a usage error (a wrong option, a path that does not exist, no input that could be
  read), a graph or query that cannot be read, a graph that fails validation;
- 3: the environment: the output folder cannot be written, the disk is full, another build
  holds the output folder, a worker process was killed, memory ran out;
- 4: a bug in kg: a crash report is written to a temporary file and its path printed.

No traceback is printed unless ``kg --debug`` (or ``KG_DEBUG=1``) is given.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import signal
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from kg.errors import ArticleTimeout, InputError, KgError, ResourceError, UsageError
from kg.model import OUTLET_KINDS, Article, Extraction, PackedExtractions, Resolved, Skipped
from kg.progress import Progress, Stages

__all__ = [
    "EXIT_OK",
    "EXIT_SKIPPED",
    "EXIT_USAGE",
    "EXIT_ENVIRONMENT",
    "EXIT_BUG",
    "DEFAULT_ARTICLE_TIMEOUT",
    "BUILD_GC_THRESHOLD",
    "main",
    "cli",
    "build_corpus",
    "run_build",
    "graph_argument",
    "format_option",
    "load_graph",
    "shipped_queries",
    "query_parameters",
]

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_ENVIRONMENT, EXIT_BUG = 0, 1, 2, 3, 4


class Failure(click.ClickException):
    """A one-sentence error with its exit code (see the table in the module docstring)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code


def _crash_report(exc: BaseException) -> str:
    """Write the traceback and the versions to a temporary file; return its path."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        kg_version = version("officials-kg")
    except PackageNotFoundError:
        kg_version = "unknown"
    text = "".join(
        [
            f"kg {kg_version}, Python {platform.python_version()}, {platform.platform()}\n",
            f"command: {' '.join(sys.argv)}\n\n",
            *traceback.format_exception(exc),
        ]
    )
    fd, path = tempfile.mkstemp(prefix="kg-crash-", suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return path


def _failure(exc: Exception) -> click.ClickException:
    """The exit code and sentence for an exception no command turned into one itself."""
    from concurrent.futures.process import BrokenProcessPool

    from kg.atomic import describe_os_error

    if isinstance(exc, UsageError):
        return click.UsageError(str(exc))
    if isinstance(exc, ResourceError):
        return Failure(str(exc), EXIT_ENVIRONMENT)
    if isinstance(exc, KgError):
        return Failure(str(exc), EXIT_USAGE)
    if isinstance(exc, BrokenProcessPool):
        return Failure(_WORKER_DIED, EXIT_ENVIRONMENT)
    if isinstance(exc, MemoryError):
        return Failure("out of memory; give fewer or smaller inputs", EXIT_ENVIRONMENT)
    if isinstance(exc, OSError):
        return Failure(describe_os_error(exc), EXIT_ENVIRONMENT)
    try:
        where = _crash_report(exc)
    except OSError:
        where = "(no crash report: the temporary folder cannot be written)"
    return Failure(
        f"internal error ({type(exc).__name__}: {exc}); this is a bug in kg. Please report "
        f"it with the crash report {where} (kg --debug shows the traceback)",
        EXIT_BUG,
    )


_WORKER_DIED = (
    "an extraction worker process died (killed by the system, perhaps for lack of memory); "
    "run again with fewer --jobs"
)


class _Commands(click.Group):
    """The `kg` group: every error a command lets through becomes one sentence and its exit
    code; the traceback is shown only with --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            if ctx.meta.get("kg.debug"):
                raise
            raise _failure(exc) from None


#: The time budget of one article in seconds (``kg build --article-timeout``).
DEFAULT_ARTICLE_TIMEOUT = 30.0


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`~kg.errors.ArticleTimeout` in the block after ``seconds``: a timer
    signal in the main thread, :func:`_thread_budget` in another (a Dask worker's); no
    budget for 0 or where neither works (Windows' main thread)."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_budget(seconds):
            yield
        return
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):  # noqa: ARG001 - the signal module's signature
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_budget(seconds: float) -> Iterator[None]:
    """The time budget of a block in a thread other than the main one, where no signal
    reaches: a timer thread raises :class:`~kg.errors.ArticleTimeout` in this thread
    (``PyThreadState_SetAsyncExc``). The exception arrives at the thread's next Python
    instruction, so it stops the rules, which are Python, but not one long call into C.
    Once the block is left, no exception can arrive any more: a pending one is cleared and
    raised here, inside the block's ``with``."""
    import ctypes

    ident = threading.get_ident()
    guard = threading.Lock()
    state = {"left": False, "fired": False}

    def expire() -> None:
        with guard:
            if not state["left"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(ident), ctypes.py_object(ArticleTimeout)
                )

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with guard:
            state["left"] = True
        timer.cancel()
        if state["fired"]:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None)
            raise ArticleTimeout


def _extract_one(article: Article, timeout: float = 0.0) -> Extraction | Skipped:
    """Extract one article; an unexpected failure, or a run over its time budget, skips it
    instead of stopping the batch."""
    from kg.atomic import fault
    from kg.extract import extract

    fault("extract")
    try:
        with _time_budget(timeout):
            return extract(article)
    except ArticleTimeout:
        return Skipped(
            origin=article.origin or article.id,
            reason=f"took longer than {timeout:g} s, the time budget of one article "
            f"({len(article.text)} characters); raise --article-timeout or split it",
        )
    except Exception as exc:  # noqa: BLE001 - one broken article never stops a batch
        return Skipped(
            origin=article.origin or article.id,
            reason=f"extraction failed: {type(exc).__name__}: {exc}",
        )


def _extractions(
    articles: Iterable[Article],
    *,
    jobs: int,
    timeout: float = 0.0,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Extraction | Skipped]:
    """Each article's extraction (or its skip note), in input order: in this process, in
    ``jobs`` processes, or with ``engine="dask"`` on the Dask cluster at ``scheduler`` (a
    local cluster of ``jobs`` processes when None; 0: one per core), see :mod:`kg.engine`."""
    from functools import partial

    if engine == "dask":
        from kg.engine import dask_client, dask_extractions

        # Dask runs tasks in worker threads: the time budget is _thread_budget's there.
        task = partial(_extract_one, timeout=timeout)
        with dask_client(scheduler, workers=jobs or None) as client:
            yield from dask_extractions(articles, task, client=client)
        return
    if jobs <= 1:
        for a in articles:
            yield _extract_one(a, timeout)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            yield from pool.map(partial(_extract_one, timeout=timeout), articles, chunksize=8)
        except BrokenProcessPool:
            raise ResourceError(_WORKER_DIED) from None


def build_corpus(
    inputs: Iterable[str],
    *,
    strict: bool = False,
    jobs: int = 1,
    progress: bool | Progress = False,
    article_timeout: float = 0.0,
    stages: Stages | None = None,
    engine: str = "local",
    scheduler: str | None = None,
) -> tuple[Resolved, Counter]:
    """Read, extract and resolve: the library form of ``kg build`` (no files written).

    ``engine="dask"`` extracts on the Dask cluster at ``scheduler`` (a local cluster of
    ``jobs`` processes when None, 0 for one per core; :mod:`kg.engine`), with the same
    result as the local build.

    ``article_timeout`` is the time budget of one article in seconds (0: none); an
    article over it is skipped with its reason. ``progress`` shows articles done, rate and
    time left on standard error (a :class:`~kg.progress.Progress`, or ``True`` for one
    that writes whatever standard error is); ``stages`` adds up the seconds of extraction
    and resolution. Time O(A) for A articles: extraction is a pure function of one article,
    resolution a pass over all of them (see :func:`kg.resolve.resolve`)."""
    from kg.ingest import iter_articles
    from kg.resolve import resolve

    counts: Counter = Counter()
    skipped: list[Skipped] = []
    # Held compressed until resolution (a sixth of their size as objects).
    extractions = PackedExtractions()
    stages = Stages() if stages is None else stages
    if not isinstance(progress, Progress):
        progress = Progress(tty=True, quiet=not progress)

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, stdin=sys.stdin, strict=strict):
            if isinstance(item, Skipped):
                skipped.append(item)
                counts["skipped"] += 1
                continue
            counts["read"] += 1
            counts[f"read_{item.lang}"] += 1
            yield item

    with stages("extraction"):
        items = _extractions(
            articles(), jobs=jobs, timeout=article_timeout, engine=engine, scheduler=scheduler
        )
        for n, item in enumerate(items, 1):
            progress.update(n)
            if isinstance(item, Skipped):
                if strict:
                    raise InputError(f"{item.origin}: {item.reason}")
                skipped.append(item)
                counts["skipped"] += 1
                counts["failed_extraction"] += 1
                continue
            # The article text stays for the evidence context.
            extractions.append(item)
            counts["extracted"] += 1
    progress.note(f"{counts['extracted']} articles extracted; resolving")
    with stages("resolution"):
        resolved = resolve(extractions, skipped=skipped)
        del extractions
    counts["persons"] = len(resolved.persons)
    counts["tenures"] = sum(1 for t in resolved.tenures if t.status != "designate")
    counts["events"] = len(resolved.events)
    # Counted as the analysis counts its nodes: news outlets apart from other organizations.
    counts["outlets"] = sum(1 for o in resolved.organizations if o.kind in OUTLET_KINDS)
    counts["organizations"] = len(resolved.organizations) - counts["outlets"]
    counts["countries"] = len(resolved.countries)
    return resolved, counts


#: A build's first threshold of Python's cyclic collector (Python's is 700): a young
#: collection after this many more container objects. See :func:`_build_collector`.
BUILD_GC_THRESHOLD = 100_000


@contextmanager
def _build_collector() -> Iterator[None]:
    """Run the block with the cyclic collector's first threshold at
    :data:`BUILD_GC_THRESHOLD`, and put the caller's thresholds back after it.

    A build holds millions of objects (the graph's terms, then the analysis graph), and
    its measures make temporaries by the thousand: a breadth-first search of betweenness
    keeps a list per person until it ends. With Python's threshold those outlive two
    young collections and reach the old generation; each time it has grown by a quarter,
    a full collection walks every object the build holds (3 s each at 30,000 synthetic
    articles): a third of the betweenness estimate's time and a quarter of the report's
    there.
    Collected every 100,000 objects instead, they die young, and the old generation
    holds only what the build keeps. Cyclic garbage waits a little longer, so the build
    collects once where it lets go of the graph (:func:`_write_outputs`)."""
    old = gc.get_threshold()
    gc.set_threshold(BUILD_GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


#: The output (graph, reports, view) is estimated at this many times the input's size.
_ESTIMATE_FACTOR = 4


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
        f"- news outlets: {counts['outlets']}",
        f"- states: {counts['countries']}",
        "",
    ]
    if resolved.skipped:
        lines += ["## Skipped inputs", ""]
        lines += [f"- `{_code_safe(s.origin)}`: {s.reason}" for s in resolved.skipped]
        lines.append("")
    if analysis:
        lines += [analysis.rstrip(), ""]
    return "\n".join(lines)


def _code_safe(text: str) -> str:
    """A file name as one line of a Markdown code span: control and bidi characters
    escaped (:func:`kg.cleantext.printable`), and backticks.

    >>> _code_safe('a\\nb`c\\u202e.txt')
    'a\\\\u000ab\\\\u0060c\\\\u202e.txt'
    """
    from kg.cleantext import printable

    return printable(text).replace("`", "\\u0060")


def _write_text_atomic(path: Path, text: str) -> None:
    from kg.atomic import write_atomic

    write_atomic(path, text)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="officials-kg")
@click.option(
    "--debug",
    is_flag=True,
    envvar="KG_DEBUG",
    help="Show the traceback of an unexpected error instead of a one-sentence message.",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn news about governments into a knowledge graph of officials.

    Exit codes: 0 all inputs read, 1 some skipped, 2 usage error, 3 environment (output
    folder, disk, memory), 4 a bug in kg (a crash report is written).

    \b
    Example:
      kg build data/articles --out out
      kg validate out/graph.ttl
    """
    ctx.meta["kg.debug"] = debug


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
@click.option(
    "--article-timeout",
    default=DEFAULT_ARTICLE_TIMEOUT,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Time budget of one article; an article that takes longer is skipped and reported "
    "(0: no budget).",
)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Write an empty graph when no input could be read (without it, nothing is written "
    "and the exit code is 2).",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Show no progress (it is shown only on a terminal: articles done, rate, time left).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: here (with --jobs processes) or on a Dask cluster (needs "
    "the dask extra: pip install 'officials-kg[dask]'). The output is the same.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler of the cluster (tcp://HOST:8786), whose workers "
    "run the same kg; without it, a local cluster of --jobs processes (default: one per "
    "core).",
)
@click.pass_context
def build(
    ctx: click.Context,
    inputs: tuple[str, ...],
    out_dir: Path,
    strict: bool,
    jobs: int,
    no_html: bool,
    article_timeout: float,
    allow_empty: bool,
    quiet: bool,
    engine: str,
    scheduler: str | None,
) -> None:
    """Build the graph from INPUT files or folders (.txt, .jsonl, .html; - for stdin).

    A path that does not exist is a usage error (exit 2) and nothing is read. When no
    input can be read at all, nothing is written (exit 2) unless --allow-empty is given.

    \b
    Example:
      kg build data/articles --out out
      cat news.jsonl | kg build - --out out
      kg build archive.jsonl --out out --engine dask --scheduler tcp://10.0.0.5:8786
    """
    jobs_given = ctx.get_parameter_source("jobs") is not click.core.ParameterSource.DEFAULT
    if engine == "dask" and not jobs_given:
        jobs = 0  # a local cluster of one process per core
    if scheduler is not None and jobs_given:
        raise click.UsageError(
            "--jobs sets the processes of a local cluster; with --scheduler, the cluster's "
            "own workers extract"
        )
    started = time.monotonic()
    try:
        resolved, counts = run_build(
            inputs,
            out_dir,
            keep=False,
            strict=strict,
            jobs=jobs,
            html=not no_html,
            article_timeout=article_timeout,
            allow_empty=allow_empty,
            progress=Progress(quiet=quiet, tty=_stderr_is_terminal()),
            engine=engine,
            scheduler=scheduler,
        )
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    except InputError as exc:  # --strict: an input could not be read
        raise Failure(str(exc), EXIT_SKIPPED) from exc
    secs = time.monotonic() - started
    click.echo(
        f"read {counts['read']} articles ({counts['skipped']} skipped) in {secs:.1f}s: "
        f"{counts['persons']} persons, {counts['tenures']} posts held, {counts['events']} events, "
        f"{counts['organizations']} organizations, {counts['countries']} states -> "
        f"{_code_safe(str(out_dir))}/",
        err=True,
    )
    _echo_skipped(resolved.skipped, more="see report.md")
    if resolved.skipped:
        sys.exit(1)


def _stderr_is_terminal() -> bool:
    """Progress is shown only on a terminal (tests replace this to simulate one)."""
    return sys.stderr.isatty()


def run_build(
    inputs: Iterable[str],
    out_dir: Path,
    *,
    strict: bool = False,
    jobs: int = 1,
    html: bool = True,
    article_timeout: float = 0.0,
    allow_empty: bool = False,
    progress: Progress | None = None,
    stages: Stages | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    keep: bool = True,
) -> tuple[Resolved, Counter]:
    """``kg build`` without its command line: check the inputs and the output folder, read,
    extract, resolve, write every output into ``out_dir`` as one transaction.

    It returns the resolved model and the counts; without ``keep``, the model returned
    holds only the skipped inputs, and the whole model is released as soon as the graph
    is built from it (what ``kg build`` does: it is a tenth of a build's memory).

    ``stages`` (a :class:`~kg.progress.Stages`) receives the seconds of each stage; raises
    what the command turns into exit codes (:class:`~kg.errors.UsageError`,
    :class:`~kg.errors.InputError`, :class:`CommandError` when nothing could be read).
    ``engine`` and ``scheduler`` are :func:`build_corpus`'s. The build runs with fewer
    young collections of Python's cyclic collector (:func:`_build_collector`)."""
    from kg.atomic import OutputFolder, check_destination
    from kg.ingest import check_inputs, expected_articles, input_bytes

    inputs = list(inputs)
    _check_engine(engine, scheduler)
    check_inputs(inputs)
    check_destination(out_dir, need=_ESTIMATE_FACTOR * input_bytes(inputs) + (1 << 20))
    progress = Progress(quiet=True) if progress is None else progress
    if progress.enabled and progress.total is None:
        progress.total = expected_articles(inputs)
    stages = Stages() if stages is None else stages
    try:
        with OutputFolder(out_dir) as tx, _build_collector():
            resolved, counts = build_corpus(
                inputs,
                strict=strict,
                jobs=jobs,
                progress=progress,
                article_timeout=article_timeout,
                stages=stages,
                engine=engine,
                scheduler=scheduler,
            )
            if not counts["extracted"] and not allow_empty:
                progress.close()
                _echo_skipped(resolved.skipped)
                raise CommandError(
                    f"no input could be read ({counts['skipped']} skipped); nothing was "
                    f"written to {_code_safe(str(out_dir))}. Fix the inputs, or give "
                    "--allow-empty to write an empty graph"
                )
            model = [resolved]
            if not keep:
                resolved = Resolved(skipped=resolved.skipped)
            _write_outputs(tx, model, counts, html=html, progress=progress, stages=stages)
    finally:
        progress.close()
    return resolved, counts


def _check_engine(engine: str, scheduler: str | None) -> None:
    """A known engine, its library installed, a scheduler only for Dask (else UsageError)."""
    from kg.engine import ENGINES, require_dask

    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        require_dask()


#: What the view reads of the report (:func:`kg.render.render_html`).
_VIEW_REPORT = ("people", "counterparts", "brokers")


def _write_outputs(
    tx,
    model: list[Resolved],
    counts: Counter,
    *,
    html: bool,
    progress: Progress | None = None,
    stages: Stages | None = None,
) -> None:
    """Write graph, reports and view into the new folder of ``tx`` and swap it in.

    ``model`` holds the resolved model, taken out of it here so that it is released once
    the graph is built (unless the caller keeps it too); the graph is released once the
    analysis graph and the view's article index are read from it, before the reports
    and the view are made.

    Each stage states its time in its own docstring: :func:`kg.rdf.build_graph` and
    :func:`kg.rdf.write_turtle` O(T log T) for T triples, :func:`kg.analyze.report`
    O(T log T) plus its measures (sampled past a size), the Markdown and JSON reports
    O(size of the report), :func:`kg.render.render_html` O(n + m log m) over at most
    :data:`kg.render.NODE_BUDGET` nodes drawn."""
    from kg import analyze, rdf, render
    from kg.atomic import describe_os_error, write_atomic

    stages = Stages() if stages is None else stages
    progress = Progress(quiet=True) if progress is None else progress
    progress.note("building the graph")
    with stages("rdf graph"):
        resolved = model.pop()
        skipped = Resolved(skipped=resolved.skipped)
        # The graph empties the model as it takes its triples in (rdf.Released).
        parts = rdf.Released(resolved)
        del resolved
        graph = rdf.build_graph(parts, lean=True)
        del parts
    try:
        progress.note("writing graph.ttl")
        with stages("turtle"):
            rdf.write_turtle(graph, tx.path / "graph.ttl")
        progress.note("analysing the graph")
        with stages("analysis"):
            G = analyze.to_networkx(graph)
            articles = render.article_index(graph) if html else {}
            del graph
            # rdflib's graph and its namespace manager refer to each other: the graph
            # and its store go at a full collection, not when the last name goes. One
            # now (one pass over what the build holds) gives their memory to the report.
            gc.collect()
            report = analyze.report_graph(G)
        progress.note("writing the reports")
        with stages("report"):
            analysis_md = analyze.report_markdown(report)
            # Written as it is made: the whole text, and its bytes, would be a tenth of
            # the build's memory at its peak.
            write_atomic(tx.path / "report.json", analyze.report_json_chunks(report))
            _write_text_atomic(tx.path / "report.md", _report_md(skipped, counts, analysis_md))
            del analysis_md
            # The view reads the people's figures, the counterparts and the brokers; the
            # rest of the report (the timelines, half of it, and the communities) goes
            # before the view is drawn, which then takes its memory.
            report = {k: report[k] for k in _VIEW_REPORT if k in report}
        if html:
            progress.note("drawing the view")
            with stages("view"):
                render.render_html(
                    None, tx.path / "graph.html", report=report, G=G, articles=articles
                )
        tx.commit()
    except OSError as exc:
        raise ResourceError(
            f"cannot write the output into {_code_safe(str(tx.target))}: "
            f"{describe_os_error(exc)}; the old output is kept as it was"
        ) from None


@cli.command("add")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--store",
    "store_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="The store folder (created when missing): the graph of record, on disk.",
)
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Extract with this many processes.",
)
@click.option(
    "--article-timeout",
    default=DEFAULT_ARTICLE_TIMEOUT,
    show_default=True,
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Time budget of one article (0: no budget).",
)
@click.option("--quiet", "-q", is_flag=True, help="Show no progress.")
def add_command(
    inputs: tuple[str, ...], store_dir: Path, jobs: int, article_timeout: float, quiet: bool
) -> None:
    """Add articles from INPUT files or folders to the on-disk store DIR.

    Only the articles the store does not hold are extracted (re-adding one changes
    nothing); every article of the store is then resolved again, so new sightings join the
    people already there, and the store's graph.ttl is what `kg build` of all of them
    writes. Every command that reads a `kg build` folder reads a store folder.

    \b
    Example:
      kg add data/articles --store archive
      kg add more.jsonl --store archive
    """
    from kg.ingest import check_inputs, iter_articles
    from kg.store import GraphStore

    started = time.monotonic()
    skipped: list[Skipped] = []
    try:
        check_inputs(inputs)
        with GraphStore(store_dir) as store:
            progress = Progress(quiet=quiet, tty=_stderr_is_terminal())

            def articles() -> Iterator[Article]:
                for item in iter_articles(inputs, stdin=sys.stdin):
                    if isinstance(item, Skipped):
                        skipped.append(item)
                    else:
                        yield item

            found: list[Extraction] = []
            items = _extractions(store.new(articles()), jobs=jobs, timeout=article_timeout)
            for n, item in enumerate(items, 1):
                progress.update(n)
                if isinstance(item, Skipped):
                    skipped.append(item)
                else:
                    found.append(item)
            progress.note(f"{len(found)} new articles; resolving the store")
            added, resolved = store.add(found)
            progress.close()
            total = len(store.extractions())
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    secs = time.monotonic() - started
    if resolved is None:
        click.echo(f"nothing new: the store {_code_safe(str(store_dir))} is unchanged", err=True)
    else:
        click.echo(
            f"added {added} articles in {secs:.1f}s; the store holds {total}: "
            f"{len(resolved.persons)} persons, {len(resolved.events)} events -> "
            f"{_code_safe(str(store_dir))}/",
            err=True,
        )
    _echo_skipped(skipped)
    if skipped:
        sys.exit(1)


def _echo_skipped(skipped: list[Skipped], *, more: str = "") -> None:
    """The first 20 skipped inputs, one line each, on standard error."""
    for s in skipped[:20]:
        click.echo(f"  skipped {_code_safe(s.origin)}: {s.reason}", err=True)
    if len(skipped) > 20:
        tail = f" ({more})" if more else ""
        click.echo(f"  ... and {len(skipped) - 20} more{tail}", err=True)


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
        raise CommandError(f"{graph} is not valid Turtle: {exc}") from exc
    result = shapes.validate(g)
    if result.conforms:
        click.echo(f"{graph}: conforms ({len(g)} triples)")
        return
    click.echo(f"{graph}: does not conform", err=True)
    for p in result.problems:
        click.echo(f"  - {p}", err=True)
    sys.exit(2)


# --------------------------------------------------------------------------- shared options
#
# GRAPH is read the same way by every command after `build`: a Turtle file, a folder that
# `kg build` wrote (its graph.ttl), or - for standard input.


class CommandError(click.ClickException):
    """A problem the user can fix; exit code 2, like a usage error."""

    exit_code = 2


def graph_argument(f):
    """The GRAPH argument: a Turtle file, a `kg build` folder, or - for standard input."""
    return click.argument("graph", metavar="GRAPH")(f)


def format_option(*choices: str, help: str = "Output format."):  # noqa: A002 - click's name
    """A --format option with ``choices``, the first the default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices, case_sensitive=False),
        default=choices[0],
        show_default=True,
        help=help,
    )


def _graph_path(spec: str) -> Path | None:
    """The file GRAPH names (None for standard input), or an error that says what to do."""
    if spec == "-":
        return None
    path = Path(spec)
    if path.is_dir():
        if not (path / "graph.ttl").is_file():
            raise CommandError(
                f"no graph.ttl in {spec}; run `kg build INPUT --out {spec}` first "
                "or give the path of a Turtle file"
            )
        return path / "graph.ttl"
    if not path.is_file():
        raise CommandError(
            f"no graph at {spec}; give the graph.ttl that `kg build` wrote, its folder, "
            "or - to read Turtle from standard input"
        )
    return path


def load_graph(spec: str):
    """Read GRAPH (see :func:`graph_argument`) into an rdflib Graph, with readable errors."""
    import rdflib
    from rdflib.util import guess_format

    path = _graph_path(spec)
    g = rdflib.Graph()
    try:
        if path is None:
            g.parse(data=sys.stdin.read(), format="turtle")
        else:
            g.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as exc:  # noqa: BLE001 - any parser error is the user's file
        where = "standard input" if path is None else str(path)
        raise CommandError(f"{where} is not a graph rdflib can read: {exc}") from exc
    if not len(g):
        raise CommandError(f"{spec} holds no triples; run `kg build` on some articles first")
    return g


def _networkx(spec: str):
    from kg import analyze

    return analyze.to_networkx(load_graph(spec))


# --------------------------------------------------------------------------- kg analyze

# kg analyze writes files of its own: the build's report.md keeps its inputs and skipped part.
ANALYSIS_MD = "analysis.md"
ANALYSIS_JSON = "analysis.json"


def _summary(data: dict, *, name: str, top: int) -> str:
    """The report in a few readable lines for the terminal."""
    s = data["summary"]
    plural = {"person": "people", "country": "states"}
    nodes = ", ".join(
        f"{n} {plural.get(k, k + 's') if n != 1 else ('state' if k == 'country' else k)}"
        for k, n in s["nodes"].items()
    )
    lines = [f"{name}: {nodes} ({sum(s['edges'].values())} links)", ""]
    lines.append("Most central people (by betweenness):")
    for i, p in enumerate(data["people"][:top], 1):
        ar = f" · {p['label_ar']}" if p["label_ar"] else ""
        what = "; ".join(x for x in (", ".join(p["countries"]), ", ".join(p["roles"])) if x)
        lines.append(
            f"  {i:>2}. {p['label_en']}{ar} ({what or 'no post'})"
            f"  betweenness {p['betweenness']:.3f}, degree {p['degree']:.3f}"
        )
    if not data["people"]:
        lines.append("  nobody yet")
    lines += ["", "Brokers between states:"]
    for b in data["brokers"][:top]:
        lines.append(
            f"  {b['label_en']} ({', '.join(b['countries'])}) between "
            f"{', '.join(b['state_pairs'])}: score {b['score']:g}"
        )
    if not data["brokers"]:
        lines.append("  none found")
    lines += ["", "Counterparts:"]
    for c in data["counterparts"][:top]:
        n = len(c["events"])
        lines.append(
            f"  {c['role']}: {c['a']['label_en']} ({', '.join(c['a']['countries'])}) and "
            f"{c['b']['label_en']} ({', '.join(c['b']['countries'])}), "
            f"{n} shared event{'s' if n != 1 else ''}"
        )
    if not data["counterparts"]:
        lines.append("  none found")
    comms = [c for c in data["communities"] if c["people"]]
    lines += ["", f"Communities with people: {len(comms)}"]
    for c in comms[:top]:
        names = ", ".join(c["people"][:6]) + (", ..." if len(c["people"]) > 6 else "")
        lines.append(f"  {c['size']} nodes: {names}")
    pairs = data["timelines"]["state_pairs"]
    if pairs:
        lines += [
            "",
            "Events by pair of states: " + ", ".join(f"{k} {len(v)}" for k, v in pairs.items()),
        ]
    return "\n".join(lines) + "\n"


@cli.command("analyze")
@graph_argument
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for analysis.md and analysis.json (default: the folder of GRAPH).",
)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Rows per list.")
@format_option("text", "json", help="Print a readable summary (text) or the whole report (json).")
def analyze_command(graph: str, out_dir: Path | None, top: int, fmt: str) -> None:
    """Analyse GRAPH: central people, brokers, counterparts, communities, timelines.

    Prints a summary and writes analysis.md and analysis.json next to GRAPH (or into
    --out); the report.md of `kg build`, with its inputs and skipped files, stays as it is.
    GRAPH is a Turtle file, a folder that `kg build` wrote, or - for standard input.

    \b
    Example:
      kg analyze out/graph.ttl
      kg analyze out/graph.ttl --out reports --format json
    """
    from kg import analyze

    path = _graph_path(graph)
    if out_dir is None:
        if path is None:
            raise CommandError("give --out DIR for the reports when the graph comes from stdin")
        out_dir = path.parent
    data = analyze.report(load_graph(graph))
    _write_text_atomic(out_dir / ANALYSIS_MD, analyze.report_markdown(data))
    _write_text_atomic(out_dir / ANALYSIS_JSON, analyze.report_json(data))
    if fmt == "json":
        click.echo(analyze.report_json(data))
    else:
        click.echo(_summary(data, name=graph, top=top), nl=False)
    click.echo(f"wrote {out_dir / ANALYSIS_MD} and {out_dir / ANALYSIS_JSON}", err=True)


# --------------------------------------------------------------------------- kg path


def _person(G, name: str, *, graph: str) -> str:
    from kg import analyze

    found = analyze.match_people(G, name)
    if not found:
        hints = analyze.similar_people(G, name)
        hint = f"; try one of: {', '.join(hints)}" if hints else "; the graph has no people"
        raise CommandError(f"no person named {name!r} in {graph}{hint}")
    if len(found) > 1:
        others = ", ".join(G.nodes[n]["label_en"] for n in found[1:6])
        click.echo(
            f"{name!r} matches several people; using {G.nodes[found[0]]['label_en']} "
            f"(also: {others}); give the full name to choose",
            err=True,
        )
    return found[0]


@cli.command("path")
@graph_argument
@click.argument("a")
@click.argument("b")
@format_option("text", "json")
def path_command(graph: str, a: str, b: str, fmt: str) -> None:
    """Explain how the people A and B are connected in GRAPH, step by step.

    A and B are names in English or Arabic (any label; case, diacritics and hamza forms
    do not matter). The shortest chain of posts, organizations and events is printed,
    each link in words. Exit code 1 when they are not connected.

    \b
    Example:
      kg path out "Ayman Safadi" "Abdel Mageed Saqr"
      kg path out الصفدي صقر --format json
    """

    import networkx as nx

    from kg import analyze

    G = _networkx(graph)
    u, v = _person(G, a, graph=graph), _person(G, b, graph=graph)
    du, dv = G.nodes[u], G.nodes[v]

    def both(d: dict) -> str:
        return f"{d['label_en']} ({d['label_ar']})" if d["label_ar"] else d["label_en"]

    if u == v:
        raise CommandError(f"{a!r} and {b!r} are the same person: {both(du)}")
    try:
        nodes = analyze.shortest_path(G, u, v)
    except nx.NetworkXNoPath:
        click.echo(
            f"{both(du)} and {both(dv)} are not connected in {graph}: no chain of posts, "
            "organizations or events joins them",
            err=True,
        )
        sys.exit(1)
    steps = analyze.explain_path(G, nodes)
    if fmt == "json":
        out = {
            "from": {"id": u, "label_en": du["label_en"], "label_ar": du["label_ar"]},
            "to": {"id": v, "label_en": dv["label_en"], "label_ar": dv["label_ar"]},
            "nodes": [
                {
                    "id": n,
                    "kind": G.nodes[n]["kind"],
                    "label_en": G.nodes[n]["label_en"],
                    "label_ar": G.nodes[n]["label_ar"],
                }
                for n in nodes
            ],
            "steps": steps,
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    hops = len(nodes) - 1
    click.echo(f"{both(du)} -> {both(dv)}: {hops} link{'s' if hops != 1 else ''}")
    for i, step in enumerate(steps, 1):
        click.echo(f"  {i}. {step}")


# --------------------------------------------------------------------------- kg query
# The queries, their parameters and the store live in kg/sparql.py; this is the command.


def shipped_queries() -> dict[str, Path]:
    """The queries in ``ontology/queries/``, by name (file name without ``.rq``)."""
    from kg import sparql

    return sparql.shipped_queries()


def query_parameters(text: str) -> list[str]:
    """The variables a query's header declares as parameters (``#   ?name  [type]  what``).

    >>> query_parameters("# Parameters:\\n#   ?a, ?b  [country-code]  two codes\\nSELECT")
    ['a', 'b']
    """
    from kg import sparql

    return [p.name for p in sparql.declared_parameters(text)]


def _list_queries() -> None:
    from kg import sparql

    click.echo("Shipped queries (kg query GRAPH NAME [--bind NAME=VALUE]...):")
    for name in shipped_queries():
        q = sparql.load_query(name)
        click.echo(f"  {name:<15} {q.summary}")
        if q.parameters:
            params = ", ".join(f"{p.name} [{p.type}]" for p in q.parameters)
            click.echo(f"  {'':<15} parameters: {params}")


def _bind_values(binds: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for b in binds:
        var, sep, value = b.partition("=")
        var = var.strip().lstrip("?$")
        if not sep or not var:
            raise CommandError(f"--bind {b!r}: write NAME=VALUE, e.g. --bind date=2025-11-05")
        out[var] = value
    return out


@cli.command("query")
@graph_argument
@click.argument("query", required=False)
@click.option(
    "--bind",
    "-b",
    "binds",
    multiple=True,
    metavar="NAME=VALUE",
    help="Give the query's parameter NAME this value (repeatable); each value is checked "
    "against the type the query declares (a day YYYY-MM-DD, an ISO code, a role key ...).",
)
@format_option("table", "csv", "json")
def query_command(graph: str, query: str | None, binds: tuple[str, ...], fmt: str) -> None:
    """Run the SPARQL QUERY on GRAPH and print the answer.

    QUERY is a .rq file or the name of a query shipped in ontology/queries (without QUERY,
    they are listed with their parameters): who_held, counterparts, meetings, from_source,
    holders, events, planned_events, designations, evidence. GRAPH (a folder that
    `kg build` wrote, a Turtle file, or - for standard input) is loaded into an in-memory
    Oxigraph store. --bind writes a value into the VALUES row the query declares for its
    parameters, so the .rq files stay plain SPARQL 1.1 that any engine runs; in a .rq file
    of your own, --bind keeps the rows where the variable has that value.
    Queries run offline: SERVICE and FROM are refused.

    \b
    Example:
      kg query out who_held --bind role=foreign_minister --bind date=2025-11-05
      kg query out counterparts --bind name="Ayman Safadi"
      kg query out meetings --bind a=JO --bind b=EG --format csv
      kg query out from_source --bind source=officials-kg --format json
      kg query out my-question.rq
    """
    from kg import sparql

    if query is None:
        _list_queries()
        return
    if query == "-" and graph == "-":
        raise CommandError("GRAPH and QUERY cannot both come from standard input")
    try:
        if query == "-":
            q = sparql.Query.parse(sys.stdin.read(), "standard input")
        else:
            q = sparql.load_query(query)
        sparql.refuse_remote(q)
        text = sparql.bind(q, _bind_values(binds))
        path = _graph_path(graph)
        if path is None:
            store = sparql.open_store(data=sys.stdin.buffer.read())
        else:
            store = sparql.open_store(path)
        answer = sparql.run(store, text, name=q.name)
    except UsageError as exc:
        raise CommandError(str(exc)) from exc
    click.echo(sparql.format_answer(answer, fmt, text=text), nl=False)
    if answer.kind == "select":
        n = len(answer.rows)
        click.echo(f"{n} row{'s' if n != 1 else ''}", err=True)


# --------------------------------------------------------------------------- kg export


#: The formats ``kg export --store`` writes from the store's Oxigraph (file extensions).
STORE_FORMATS = ("ttl", "trig", "nt")


@cli.command("export")
@click.argument("graph", metavar="GRAPH", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(
        ["graphml", "gexf", "jsonld", "csv", "neo4j", "ftm", "wikidata", *STORE_FORMATS],
        case_sensitive=False,
    ),
    help="graphml, gexf, jsonld, csv, neo4j, ftm or wikidata; with --store also ttl, trig "
    "or nt (default: from the suffix of --out: .graphml, .gexf, .jsonld, .ttl, .trig, .nt).",
)
@click.option(
    "--out",
    "out",
    required=True,
    metavar="PATH",
    help="File to write, or - for standard output; a folder for csv and neo4j.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Export the graph of record of this store folder (what `kg add` wrote) instead of GRAPH.",
)
def export_command(graph: str | None, fmt: str | None, out: str, store_dir: Path | None) -> None:
    """Export GRAPH for other tools: Gephi, JSON-LD, spreadsheets, Neo4j, FollowTheMoney,
    Wikidata.

    \b
    graphml, gexf  the network for Gephi: people, organizations, news outlets, states,
                   posts, events and places as nodes; memberships are edges from a person
                   to a post with their dates and evidence
    jsonld         every triple as JSON-LD, the context made of the ontology's prefixes
    csv            a folder of tables: persons, organizations, states, posts, places,
                   tenures, events, participants, sources, evidence (UTF-8 with a BOM)
    neo4j          a folder of CSV files for neo4j-admin database import, and import.sh
    ftm            FollowTheMoney entities (Person, PublicBody, Position, Occupancy,
                   Event ...), one JSON object a line
    wikidata       each tenure as a P39 (position held) statement with its qualifiers and
                   references, one JSON object a line
    ttl, trig, nt  with --store: the store's graph of record as Oxigraph holds it, in
                   Turtle, TriG or N-Triples

    A file is replaced atomically and a folder as a whole, so a failed export leaves the
    old output as it was.

    \b
    Example:
      kg export out/graph.ttl --out officials.gexf
      kg export out --format csv --out tables
      kg export out/graph.ttl --format graphml --out - > officials.graphml
      kg export --store archive --out archive.nt
    """
    from kg import exports

    if (graph is None) == (store_dir is None):
        raise CommandError("give GRAPH or --store DIR (one of them)")
    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".")
        fmt = suffix if store_dir is not None and suffix in STORE_FORMATS else None
        fmt = fmt or exports.format_from_suffix(out)
        if fmt is None:
            raise CommandError(
                f"cannot tell the format from {out!r}; add --format graphml or --format gexf, "
                "or jsonld, csv, neo4j, ftm, wikidata (and ttl, trig, nt with --store)"
            )
    fmt = fmt.lower()
    if fmt in STORE_FORMATS:
        if store_dir is None:
            raise CommandError(
                f"--format {fmt} writes a store's graph: give --store DIR (the graph.ttl of "
                "a build is Turtle already)"
            )
        _export_store(store_dir, fmt, out)
        return
    if graph is None:  # a store folder holds the graph.ttl a build folder holds
        graph = str(store_dir)
    if out == "-" and fmt in exports.FOLDER_FORMATS:
        raise CommandError(f"--format {fmt} writes a folder; give --out a folder name, not -")
    g = load_graph(graph)
    try:
        if out == "-":
            data = exports.render(g, fmt)
            raw = data.encode("utf-8") if isinstance(data, str) else data
            sys.stdout.buffer.write(raw)
            sys.stdout.flush()
        else:
            exports.export(g, fmt, out)
    except UsageError as exc:  # a folder that holds folders: refused, not replaced
        raise CommandError(str(exc)) from exc
    click.echo(f"wrote {out} ({fmt}: {exports.FORMATS[fmt]})", err=True)


def _export_store(store_dir: Path, fmt: str, out: str) -> None:
    """Write the graph of record of the store ``store_dir`` in ``fmt`` (ttl, trig, nt) to
    ``out`` (a file, replaced atomically, or - for standard output)."""
    from kg.atomic import write_atomic
    from kg.store import GRAPH_STORE, GraphStore

    if not (store_dir / GRAPH_STORE).is_dir():
        raise CommandError(
            f"{_code_safe(str(store_dir))} is not a store; make one with "
            f"`kg add INPUT --store {_code_safe(str(store_dir))}`"
        )
    if out != "-" and Path(out).is_dir():
        raise CommandError(f"{_code_safe(out)} is a folder; --format {fmt} writes one file")
    try:
        with GraphStore(store_dir) as store:  # no kg add may write it meanwhile
            if not store.is_current():
                raise CommandError(
                    f"the store {_code_safe(str(store_dir))} was stopped in the middle of an "
                    f"add; run `kg add` on it again (even of nothing new) to finish it"
                )
            data = store.dump(fmt)
    except UsageError as exc:
        raise CommandError(str(exc)) from exc
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(out, data)
    click.echo(f"wrote {out} ({fmt}: the graph of record of {store_dir})", err=True)


def main() -> None:
    """Entry point of the ``kg`` command."""
    cli(prog_name="kg")
