"""The per-article accuracy runner: each gold article built alone and scored on its own.

The real scorer lives outside the project; a stand-in records what it is given.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from kg.bench.accuracy import load_scorer, score_each

FIXTURES = Path(__file__).parent / "fixtures" / "articles"

SCORER = """
from pathlib import Path
seen = []

def score(graph, gold_dir, lang=None):
    seen.append((Path(graph).read_text(encoding="utf-8"), sorted(p.name for p in Path(gold_dir).iterdir())))
    return {
        "roles": {"p": 1.0, "predicted": 2, "gold": 2},
        "events": {"p": 0.5, "predicted": 2, "gold": 2, "date_accuracy": 1.0,
                   "place_accuracy": 0.0,
                   "missed": [{"type": "visit", "participants": ["B"]}]},
        "persons": {"p": 1.0, "predicted": 2, "gold": 2},
    }
"""


def test_bench_accuracy_scores_each_article_alone(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem, src in (("001", "ar-security-talks.txt"), ("002", "en-security-talks.txt")):
        shutil.copy(FIXTURES / src, gold / f"{stem}.txt")
        events = [
            {
                "type": "meeting",
                "participants_en": ["A", "B"],
                "date": "2025-10-10",
                "place_en": "X",
            },
            {"type": "visit", "participants_en": ["B"], "date": None, "place_en": "Y"},
        ]
        (gold / f"{stem}.json").write_text(json.dumps({"roles": [], "events": events}))
    (tmp_path / "score.py").write_text(SCORER)
    scorer = load_scorer(tmp_path / "score.py")
    out = io.StringIO()
    totals = score_each(scorer, gold, out=out)
    # one build and one gold file per call: no article sees another's gold
    assert [names for _, names in scorer.seen] == [
        ["001.json", "graph.ttl"],
        ["002.json", "graph.ttl"],
    ]
    assert all("foaf:Person" in ttl for ttl, _ in scorer.seen)
    assert out.getvalue().splitlines()[0].startswith("001: roles 2/2/2 | events 1/2/2")
    assert totals.counts["events"] == [2, 4, 4]
    # the missed visit is left out: the matched meeting has a date (right) and a place (wrong)
    assert totals.dates == [2, 2] and totals.places == [0, 2]
    # a language filter keeps the matching articles only
    assert len(scorer.seen) == 2
    score_each(scorer, gold, lang="en", out=io.StringIO())
    assert len(scorer.seen) == 3
