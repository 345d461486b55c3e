"""Benchmark: resolution alone on N synthetic articles, and how its time per article grows.

``python -m kg.bench.resolution --n 2000 5000 10000 [--profile]`` makes each corpus with
:func:`kg.bench.scale.write_corpus` (its pool of people grows with N), extracts it once,
then times :func:`kg.resolve.resolve` on the extractions in the process's CPU time. It
prints, for each N, the seconds per 1,000 articles and the romanizer's lookups of the
arabic-name-romanizer package (each a beam search of about 30 ms), whose count should grow
with the distinct words of the corpus's names and not with its articles; ``--profile``
adds the top functions of ``cProfile`` by cumulative time. Extraction takes about 7 s per
1,000 articles, resolution about 13 on this project's machine.
Figures, not assertions: run it on the machine you care about.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import tempfile
import time
from pathlib import Path

__all__ = ["measure", "main"]


def _package_lookups() -> int:
    from kg.nlp import romanize as rom

    # the memo starts empty (measure forgets it) and keeps one answer per search
    memo = rom.package_memo()
    return len(memo["word"]) + len(memo["article"])


def measure(n: int, *, seed: int = 0, profile: bool = False) -> dict:
    """Extract ``n`` synthetic articles, resolve them, and return the figures (a dict)."""
    from kg.bench.scale import write_corpus
    from kg.extract import extract
    from kg.ingest import read_jsonl_line
    from kg.nlp import romanize as rom
    from kg.resolve import resolve

    with tempfile.TemporaryDirectory(prefix="kg-resolution-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", n, seed=seed)
        lines = corpus.read_text(encoding="utf-8").splitlines()
    t0 = time.process_time()
    extractions = [
        extract(read_jsonl_line(line, origin=f"corpus.jsonl:{i}"))
        for i, line in enumerate(lines, 1)
    ]
    extraction = time.process_time() - t0
    # each N starts with the romanizer's caches empty, as a build in a new process does
    rom.forget()
    profiler = cProfile.Profile() if profile else None
    t0 = time.process_time()
    if profiler:
        profiler.enable()
    resolved = resolve(extractions)
    if profiler:
        profiler.disable()
    seconds = time.process_time() - t0
    out = {
        "articles": n,
        "persons": len(resolved.persons),
        "extraction_s": extraction,
        "resolution_s": seconds,
        "resolution_s_per_1000": 1000 * seconds / n,
        "package_lookups": _package_lookups(),
    }
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(20)
        out["profile"] = text.getvalue()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.resolution", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--n", type=int, nargs="+", default=[2000], help="corpus sizes")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    ap.add_argument("--profile", action="store_true", help="cProfile the resolution")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    for n in args.n:
        r = measure(n, seed=args.seed, profile=args.profile)
        if args.json:
            print(json.dumps(r))
            continue
        print(
            f"{n:>8,} articles: resolution {r['resolution_s']:.1f} s of CPU, "
            f"{r['resolution_s_per_1000']:.2f} s per 1,000 articles; {r['persons']:,} persons; "
            f"{r['package_lookups']:,} package lookups (extraction {r['extraction_s']:.1f} s)"
        )
        if args.profile:
            print(r["profile"])


if __name__ == "__main__":
    main()
