"""The label benchmark: coverage of Arabic and English labels, and English labels against a
gold's names, on invented persons."""

from __future__ import annotations

import json

from kg.bench.romanize import gold_persons, measure, near_exact
from kg.model import Article, Mention, Person, Resolved


def _person(pid, article, name_en, name_ar=None, alts=()):
    m = Mention(article, 0, 1, "x", "t")
    return Person(id=pid, name_en=name_en, name_ar=name_ar, alt_labels=alts, mentions=(m,))


def test_measure_counts_labels_and_compares_with_the_gold(tmp_path):
    roles = [
        {"person_en": "Sami Al-Harbi", "person_ar": "سامي الحربي", "role": "minister"},
        {"person_en": "Walid Nasser", "person_ar": "وليد ناصر", "role": "minister"},
        {"person_en": "Hani Khaled Saleh", "person_ar": "هاني خالد صالح", "role": "minister"},
        {"person_en": "Kevin Wilson", "person_ar": None, "role": "envoy"},
    ]
    (tmp_path / "001.json").write_text(json.dumps({"roles": roles}), encoding="utf-8")
    gold = gold_persons(tmp_path)
    assert [en for en, _ in gold] == ["Hani Khaled Saleh", "Sami Al-Harbi", "Walid Nasser"]
    resolved = Resolved(
        articles=(
            Article(id="a", text="", lang="ar"),
            Article(id="b", text="", lang="en"),
        ),
        persons=(
            _person("p1", "a", "Sami Al-Harbi", "سامي الحربي"),  # exact
            _person("p2", "a", "Walid Naser", "وليد ناصر"),  # near-exact
            _person("p3", "a", "Hani Saleh", "هاني صالح"),  # a shorter form: a miss
            _person("p4", "b", "Kevin Wilson"),  # English only: not compared
        ),
    )
    rep = measure(resolved, gold)
    assert (rep.persons, rep.seen_ar, rep.with_ar_label, rep.with_en_label) == (4, 3, 3, 4)
    assert (rep.arabic_only, len(rep.matched), rep.exact(), rep.near()) == (3, 3, 1, 2)
    assert rep.other_form() == 1
    assert (len(rep.romanised), rep.exact(romanised=True)) == (3, 1)  # no gazetteer name
    assert [ours for _, _, ours, _ in rep.worst(5)] == ["Hani Saleh"]


def test_near_exact_folds_articles_hyphens_and_small_edits():
    assert near_exact("Abdulrahman al-Harbi", "Abdul-Rahman Al Harbi")
    assert not near_exact("Sami Harbi", "Sami Karimi")
