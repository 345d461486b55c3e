"""How fast the shipped queries answer: ``kg query DIR NAME`` timed, one query at a time.

``python -m kg.bench.query DIR [--repeat 3] [--bind NAME KEY=VALUE]...`` runs the command
``kg query DIR NAME`` for every shipped query, unbound, and for each ``--bind`` given, in a
fresh process each time (start-up, loading ``graph.ttl`` into Oxigraph, the query, the
output), and prints a Markdown table of the best wall-clock time of ``--repeat`` runs and
the number of rows. The rows are counted from the CSV output.

>>> row = time_command(["-c", "print('a'); print('1')"], repeat=1, python=True)
>>> row[1]
1
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import time
from pathlib import Path

from kg.sparql import shipped_queries

__all__ = ["time_command", "main"]


def time_command(args: list[str], *, repeat: int = 3, python: bool = False) -> tuple[float, int]:
    """The best wall-clock seconds of ``repeat`` runs of ``kg ARGS`` and its rows (CSV).

    With ``python``, ARGS run under the Python interpreter instead (for tests).
    """
    command = [sys.executable, *args] if python else [sys.executable, "-m", "kg", *args]
    best, rows = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - started)
        rows = max(len(list(csv.reader(io.StringIO(done.stdout)))) - 1, 0)
    return best, rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.bench.query", description=__doc__)
    parser.add_argument("graph", type=Path, help="a folder that kg build wrote, or its graph.ttl")
    parser.add_argument("--repeat", type=int, default=3, help="runs per command (best counts)")
    parser.add_argument(
        "--bind",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "KEY=VALUE[,KEY=VALUE]"),
        help="also time query NAME with these bindings (repeatable)",
    )
    args = parser.parse_args(argv)
    runs = [(name, []) for name in shipped_queries()]
    for name, binds in args.bind:
        runs.append((name, [x for kv in binds.split(",") for x in ("--bind", kv)]))
    print("| command | rows | seconds |")
    print("| --- | ---: | ---: |")
    for name, binds in runs:
        argv_ = ["query", str(args.graph), name, *binds, "--format", "csv"]
        secs, rows = time_command(argv_, repeat=args.repeat)
        shown = " ".join(f'"{a}"' if " " in a else a for a in argv_[:-2])
        print(f"| `kg {shown}` | {rows} | {secs:.2f} |")


if __name__ == "__main__":
    main()
