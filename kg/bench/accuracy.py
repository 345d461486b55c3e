"""Accuracy article by article: each gold article built alone, scored against its own gold.

``python -m kg.bench.accuracy --scorer ../shared/tools/score.py --gold ../shared/dev-gold/news
[--lang ar|en]`` builds every ``NNN.txt`` of the gold folder on its own (the library form of
``kg build``), scores it with the scorer's ``score()`` against a folder holding only its
``NNN.json``, prints a line per article and sums the counts over all of them.

Why: the scorer pairs gold and predicted events across the whole collection, greedily, in the
order rdflib returns them. When one official appears in several articles, an event of one
article can take the match of another's, and the collection's event and place figures move
from one run of the scorer to the next. Scored one article at a time, an event can only
match its own article's gold. Roles and persons come out the same either way.

>>> total = Totals()
>>> total.add({"roles": {"p": 1.0, "predicted": 3, "gold": 4},
...            "events": {"p": 0.5, "predicted": 2, "gold": 1, "missed": []},
...            "persons": {"p": 1.0, "predicted": 3, "gold": 3}}, [])
>>> [round(x, 3) for x in total.prf("roles")], [round(x, 3) for x in total.prf("events")]
([1.0, 0.75, 0.857], [0.5, 1.0, 0.667])
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Totals", "load_scorer", "score_each", "main"]

_AREAS = ("roles", "events", "persons")


@dataclass
class Totals:
    """True positives, predictions and gold items summed over articles, per area; and the
    matched gold events that carry a date or a place, with how many of them were right."""

    counts: dict = field(default_factory=lambda: {a: [0, 0, 0] for a in _AREAS})
    dates: list = field(default_factory=lambda: [0, 0])  # right, matched with a gold date
    places: list = field(default_factory=lambda: [0, 0])

    def add(self, result: dict, gold_events: list[dict]) -> None:
        for area in _AREAS:
            r = result[area]
            tp = round(r["p"] * r["predicted"])
            for k, v in enumerate((tp, r["predicted"], r["gold"])):
                self.counts[area][k] += v
        missed = {(m["type"], tuple(m["participants"])) for m in result["events"].get("missed", [])}
        matched = [
            e for e in gold_events if (e["type"], tuple(sorted(e["participants_en"]))) not in missed
        ]
        for key, tally in (("date", self.dates), ("place", self.places)):
            n = sum(1 for e in matched if e.get(key if key == "date" else "place_en"))
            acc = result["events"].get(f"{key}_accuracy")
            if n and acc is not None:
                tally[0] += round(acc * n)
                tally[1] += n

    def prf(self, area: str) -> tuple[float, float, float]:
        tp, pred, gold = self.counts[area]
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_scorer(path: Path):
    """The scorer module at ``path`` (it has a ``score(graph, gold_dir, lang)``)."""
    spec = importlib.util.spec_from_file_location("kg_gold_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load a scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lang_of(text_path: Path) -> str | None:
    for line in text_path.read_text(encoding="utf-8").splitlines()[:8]:
        if line.startswith("lang:"):
            return line.split(":", 1)[1].strip()
    return None


def score_each(scorer, gold_dir: Path, *, lang: str | None = None, out=sys.stdout) -> Totals:
    """Build and score every gold article of ``gold_dir`` alone; print a line each."""
    from kg import rdf
    from kg.cli import build_corpus

    totals = Totals()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for gold_file in sorted(gold_dir.glob("*.json")):
            text = gold_file.with_suffix(".txt")
            if not text.exists() or (lang and _lang_of(text) != lang):
                continue
            one = work / gold_file.stem
            one.mkdir()
            shutil.copy(gold_file, one / gold_file.name)
            resolved, _ = build_corpus([str(text)])
            rdf.write_turtle(rdf.build_graph(resolved), one / "graph.ttl")
            result = scorer.score(one / "graph.ttl", one)
            totals.add(result, json.loads(gold_file.read_text(encoding="utf-8"))["events"])
            line = " | ".join(
                f"{a} {round(result[a]['p'] * result[a]['predicted'])}/"
                f"{result[a]['predicted']}/{result[a]['gold']}"
                for a in _AREAS
            )
            print(f"{gold_file.stem}: {line}  (found/predicted/gold)", file=out)
    return totals


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, required=True, help="path of score.py")
    ap.add_argument("--gold", type=Path, required=True, help="folder of NNN.txt + NNN.json")
    ap.add_argument("--lang", choices=("ar", "en"), help="only the articles of this language")
    args = ap.parse_args(argv)
    totals = score_each(load_scorer(args.scorer), args.gold, lang=args.lang)
    parts = []
    for area in _AREAS:
        p, r, f = totals.prf(area)
        parts.append(f"{area} F1={f:.3f} P={p:.3f} R={r:.3f}")
    dates = f"{totals.dates[0]}/{totals.dates[1]}" if totals.dates[1] else "-"
    places = f"{totals.places[0]}/{totals.places[1]}" if totals.places[1] else "-"
    print(" | ".join(parts) + f" | dates right {dates} | places right {places}")


if __name__ == "__main__":
    main()
