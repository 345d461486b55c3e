"""``kg.bench.scale``: distinct invented articles that the extractor reads, and the
figures of a whole build, stage by stage."""

from __future__ import annotations

import json
import re

from kg.bench import scale
from kg.cli import build_corpus

STAGES = ["extraction", "resolution", "rdf graph", "turtle", "analysis", "report", "view"]


def test_scale_bench_articles_are_distinct_mixed_and_3_to_6_sentences():
    rows = list(scale.articles(400, seed=2))
    assert len({r["text"] for r in rows}) == 400
    arabic = sum(r["lang"] == "ar" for r in rows) / len(rows)
    assert 0.58 <= arabic <= 0.72
    for r in rows:
        paragraphs = r["text"].split("\n\n")
        assert 4 <= len(paragraphs) <= 7  # 3-6 sentences and the closing one
    assert rows == list(scale.articles(400, seed=2))  # the same for the same seed


def test_scale_bench_names_are_made_of_the_invented_syllables():
    tables = json.loads(scale.SYNTHETIC.read_text(encoding="utf-8"))
    en = "|".join(tables["syllables_en"])
    ends = "|".join(tables["endings_en"])
    word = re.compile(rf"(?:{en})+(?:{ends})", re.I)
    for person in scale.officials(50, seed=4):
        assert all(word.fullmatch(w) for w in person.name_en.split())


def test_scale_bench_extraction_finds_the_officials_and_their_meetings(tmp_path):
    path = scale.write_corpus(tmp_path / "c.jsonl", 30, seed=1)
    _, counts = build_corpus([str(path)])
    assert counts["extracted"] == 30
    assert counts["persons"] >= 30 and counts["tenures"] >= 30 and counts["events"] >= 60


def test_scale_bench_measure_times_every_stage(tmp_path, capsys):
    r = scale.measure(12, keep=tmp_path)
    assert list(r["stages"]) == STAGES
    assert (
        r["articles"] == 12 and r["turtle_bytes"] == (tmp_path / "out" / "graph.ttl").stat().st_size
    )
    assert 0 < r["ratio_to_tokenizer"] < 1 and r["peak_rss_mib"] > 0
    assert sum(r["stages"].values()) <= r["seconds"]
    scale._print(r)
    out = capsys.readouterr().out
    assert "articles/s" in out and all(name in out for name in STAGES)


def test_scale_bench_resolution_asks_the_package_once_per_word(monkeypatch):
    from kg.bench import resolution
    from kg.nlp import romanize as rom

    monkeypatch.setattr(rom, "_candidates", lambda word, top_k: ["Zarqoun"])
    r = resolution.measure(60)
    words = {w for p in scale.officials(40) for w in p.name_ar.split()}
    assert r["articles"] == 60 and r["persons"] > 0 and r["resolution_s_per_1000"] > 0
    assert 0 < r["package_lookups"] <= len(words)
    rom.forget()
