"""The rule registry (data/lexicon/rule_ids.jsonl) and the switch-off test of every rule.

Each registered rule has invented sentences (tests/fixtures/rule_sentences.json) whose
extraction carries it in its evidence; switched off, the rule must change what at least
one of them gives. A rule that no sentence notices is dead, or untested.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from kg import lexicon
from kg.extract import extract
from kg.extract.rules import registered, rule_parts
from kg.model import Article

HERE = Path(__file__).parent
SENTENCES = HERE / "fixtures" / "rule_sentences.json"
ARTICLES = sorted((HERE / "fixtures" / "articles").glob("*.txt"))
EXTRACT_DIR = HERE.parent / "kg" / "extract"
SWITCHED = sorted(k for k, v in registered().items() if v["stage"] == "extract")


@cache
def _sentences() -> dict[str, list[dict]]:
    data = json.loads(SENTENCES.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def _gazetteer(lang: str) -> str:
    """A person of the officials gazetteer, in ``lang``'s script (the first with a state)."""
    entry = next(o for o in lexicon.officials() if o.country and o.ar)
    return entry.ar[0] if lang == "ar" else entry.en


@cache
def _gazetteer_state(lang: str) -> str:
    """The name of the state of :func:`_gazetteer`'s person, in ``lang``."""
    entry = next(o for o in lexicon.officials() if o.country and o.ar)
    country = lexicon.country_by_code(entry.country)
    return country.ar if lang == "ar" else country.en


def _article(s: dict) -> Article:
    text = s["text"].replace("{gazetteer}", _gazetteer(s["lang"]))
    text = text.replace("{gazetteer_state}", _gazetteer_state(s["lang"]))
    return Article(id="r1", lang=s["lang"], text=text, url=s.get("url"))


def _rules_of(ex) -> set[str]:
    """Every registered id the evidence of an extraction names."""
    mentions = [m for p in ex.persons for m in p.mentions]
    mentions += [m for t in ex.tenures for m in t.mentions]
    mentions += [m for e in ex.events for m in e.mentions]
    mentions += [s.mention for s in ex.sources]
    mentions += [s.mention for e in ex.events for s in e.sources]
    return {part for m in mentions for part in rule_parts(m.rule)}


def test_rules_registry_rows_are_complete():
    for rid, row in registered().items():
        assert row["lang"] in ("ar", "en", "any"), rid
        assert row["stage"] in ("extract", "resolve"), rid
        assert row["construction"].strip(), rid
        assert rid.startswith(("ar.", "ar+", "en.", "en+", "ev.")), rid


def test_rules_every_switchable_rule_has_sentences():
    assert sorted(_sentences()) == SWITCHED


@pytest.mark.parametrize("rule", SWITCHED)
def test_rules_switched_off_rule_changes_a_sentence(rule):
    changed = []
    for s in _sentences()[rule]:
        art = _article(s)
        on = extract(art)
        assert rule in _rules_of(on), (rule, s["text"])
        changed.append(extract(art, disabled={rule}) != on)
    assert any(changed), f"switching {rule} off changes none of its sentences"


def test_rules_every_rule_found_is_registered():
    # the sentences of every rule and the whole invented articles, as one small corpus
    arts = [_article(s) for ss in _sentences().values() for s in ss]
    arts += [
        Article(id=p.stem, lang=p.stem[:2], text=p.read_text(encoding="utf-8")) for p in ARTICLES
    ]
    found = set().union(*(_rules_of(extract(a)) for a in arts))
    assert found - registered().keys() == set()


def _code(path: str) -> str:
    return (EXTRACT_DIR.parent / path).read_text(encoding="utf-8")


def test_rules_every_rule_named_in_the_code_is_registered():
    named = set()
    for lang, path in (("ar", "extract/arabic.py"), ("en", "extract/english.py")):
        # base rules ("ar.title_name"; a title with no name, "ar.unnamed", is no
        # evidence: only a counterpart's antecedent) and suffixes ("+list")
        code = _code(path)
        named |= set(re.findall(rf'"({lang}\.[a-z_]+)"', code)) - {f"{lang}.unnamed"}
        named |= {f"{lang}{s}" for s in re.findall(r'"(\+[a-z]+)"', code)}
    # the steps of kg.extract that place a post in either language, and kg.resolve's
    code = _code("extract/__init__.py") + _code("resolve.py")
    steps = set(re.findall(r'"\+([a-z]+)"', code)) | set(
        re.findall(r'_placed\(t, [^,]+, "([a-z]+)"\)', code)
    )
    named |= {f"{lang}+{step}" for lang in ("ar", "en") for step in steps}
    # the Arabic home state: the dateline's, the outlet's (kg.extract.context), the text's,
    # the one state of the article's posts; the English text's (kg.extract.english)
    named |= {"ar+dateline", "ar+outlet", "ar+text", "ar+article", "en+text", "en+article"}
    # the Arabic own state's envoy beside another state's officials; the English headline's
    # state filed under (Kenya: ...)
    named |= {"ar+beside", "en+kicker"}
    # a step of kg.extract whose suffix is passed in: who met a visitor where he is
    named |= {"ar+visited", "en+visited"}
    # the home state of a story of one state's reshuffle (kg.extract._reshuffle_state)
    named |= {"ar+reshuffle", "en+reshuffle"}
    assert {"ar.title_name", "en+list", "ar+host", "en+family", "en+resolved"} <= named
    assert named - registered().keys() == set()
    # and every registered rule of the officials is named there
    assert {r for r in registered() if not r.startswith("ev.")} == named


def test_rules_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="ar.nothing"):
        extract(Article(id="r1", lang="ar", text="نص."), disabled={"ar.nothing"})


def test_rules_each_rule_is_registered_once():
    rows = [
        json.loads(line)
        for line in (HERE.parent / "data" / "lexicon" / "rule_ids.jsonl")
        .read_text("utf-8")
        .splitlines()
        if line.strip()
    ]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
