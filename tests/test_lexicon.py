"""Tests of kg.lexicon and of the lexicon files it loads (countries, places, ranks,
honorifics, media, officials)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import FrozenInstanceError, dataclass

import pytest

from kg import lexicon
from kg.errors import LexiconError
from kg.nlp.normalize import normalize_ar, normalize_en

ARABIC = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")
# Fields that hold Arabic text and fields that hold English text, per lexicon.
AR_FIELDS = {"ar", "alt_ar", "adj_ar", "capital_ar", "capital_alt_ar"}
EN_FIELDS = {"en", "alt_en", "adj_en", "capital_en", "en_forms"}
# Primary key of each lexicon file and the loader that reads it.
FILES = {
    "countries": ("code", lexicon.countries),
    "places": ("id", lexicon.places),
    "ranks": ("key", lexicon.ranks),
    "honorifics": (None, lexicon.honorifics),
    "media": ("id", lexicon.media),
    "officials": ("en", lexicon.officials),
}
# Names that two different things really bear once harakat are stripped.
HOMOGRAPHS = {normalize_ar("عمّان")}  # Amman (capital of Jordan) and Oman


def strings(value) -> list[str]:
    """A field's value as a list of strings (None and empty lists give [])."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def fold(s: str) -> str:
    return normalize_ar(s) if ARABIC.search(s) else normalize_en(s)


def text_fields(row: dict) -> list[tuple[str, str]]:
    """(field, string) pairs of a raw lexicon row, honorifics included."""
    if set(row) == {"form", "lang"}:
        return [("ar" if row["lang"] == "ar" else "en", row["form"])]
    return [(k, s) for k, v in row.items() if k in AR_FIELDS | EN_FIELDS for s in strings(v)]


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_every_file_loads(name):
    key, loader = FILES[name]
    entries = loader()
    assert len(entries) >= 20
    assert loader() is entries  # cached


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_lines_sorted_with_sorted_keys(name):
    key, _ = FILES[name]
    lines = lexicon.lexicon_path(name).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert all(list(r) == sorted(r) for r in rows)
    order = [(r["lang"], r["form"]) if key is None else r[key] for r in rows]
    assert order == sorted(order)
    assert len(set(order)) == len(order), "duplicate primary key"


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_script_of_each_field(name):
    for row in lexicon.load_jsonl(name):
        for field, s in text_fields(row):
            assert s == s.strip() and "  " not in s, (name, s)
            if field in AR_FIELDS:
                assert ARABIC.search(s) and not LATIN.search(s), (name, field, s)
            else:
                assert LATIN.search(s) and not ARABIC.search(s), (name, field, s)


@pytest.mark.parametrize("name", sorted(FILES))
def test_lexicon_no_redundant_arabic_spellings(name):
    # The normaliser folds hamza seats, alef maqsura, ta marbuta and harakat, so a
    # variant that differs only in those is dead weight.
    for row in lexicon.load_jsonl(name):
        for group in (("ar", "alt_ar"), ("adj_ar",), ("capital_ar", "capital_alt_ar")):
            forms = [normalize_ar(s) for f in group for s in strings(row.get(f))]
            assert len(forms) == len(set(forms)), (name, row.get("en"), group)


def test_lexicon_country_codes_look_iso():
    codes = [c.code for c in lexicon.countries()]
    assert all(re.fullmatch("[A-Z]{2}", c) for c in codes)
    assert len(codes) >= 90


def test_lexicon_covers_the_arab_league_and_the_powers():
    arab_league = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
    others = "TR IR IL US RU CN GB FR DE IT ES JP KR KP IN PK UA VA".split()
    codes = {c.code for c in lexicon.countries()}
    assert set(arab_league + others) <= codes


def test_lexicon_places_and_media_point_to_known_countries():
    codes = {c.code for c in lexicon.countries()}
    for p in lexicon.places():
        assert p.country is None or p.country in codes, p.id
        assert p.kind in {"capital", "city", "region", "venue"}, p.id
        assert re.fullmatch("[a-z0-9]+(-[a-z0-9]+)*", p.id), p.id
    for m in lexicon.media():
        assert m.country is None or m.country in codes, m.id
        assert m.kind in {"news_agency", "media", "platform"}, m.id
        assert re.fullmatch("[a-z0-9]+(-[a-z0-9]+)*", m.id), m.id


def test_lexicon_every_capital_is_a_place():
    capitals = {p.country for p in lexicon.places() if p.kind == "capital"}
    city_states = {"SG", "VA"}
    for c in lexicon.countries():
        if c.capital_en and c.code not in city_states:
            assert c.code in capitals, c.code


def test_lexicon_no_adjective_maps_to_two_countries():
    owners: dict[str, set[str]] = defaultdict(set)
    for c in lexicon.countries():
        for s in c.adj_ar + c.adj_en:
            owners[fold(s)].add(c.code)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_lexicon_no_name_maps_to_two_countries():
    owners: dict[str, set[str]] = defaultdict(set)
    for c in lexicon.countries():
        for s in c.names_en + c.names_ar:
            owners[fold(s)].add(c.code)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_lexicon_place_names_are_unique_and_not_country_names():
    country_names = {fold(s) for c in lexicon.countries() for s in c.names_en + c.names_ar}
    owners: dict[str, set[str]] = defaultdict(set)
    for p in lexicon.places():
        for s in p.names_en + p.names_ar:
            owners[fold(s)].add(p.id)
    assert not {k: v for k, v in owners.items() if len(v) > 1}
    assert (set(owners) & country_names) <= HOMOGRAPHS


def test_lexicon_official_names_are_unique():
    owners: dict[str, set[str]] = defaultdict(set)
    for o in lexicon.officials():
        assert o.ar, o.en
        for s in (o.en, *o.alt_en, *o.ar, *o.alt_ar):
            owners[fold(s)].add(o.en)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_lexicon_arabic_adjectives_and_ranks_have_no_article():
    # Raw strings: ألماني (German) starts with alef-hamza + lam, which the normaliser
    # folds to ال; that is the word, not an article (see data/lexicon/README.md).
    for c in lexicon.countries():
        assert not [a for a in c.adj_ar if a.startswith("ال")], c.code
    for r in lexicon.ranks():
        for form in r.ar:
            assert not [w for w in form.split() if w.startswith("ال")], form


def test_lexicon_rank_forms_are_unique():
    owners: dict[str, set[str]] = defaultdict(set)
    for r in lexicon.ranks():
        for s in r.ar + r.en_forms:
            owners[fold(s)].add(r.key)
    assert not {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize(
    ("code", "adjectives"),
    [
        ("TR", ["تركي", "تركية", "تركيان", "تركيين", "أتراك"]),
        ("US", ["أمريكي", "أميركية", "American", "U.S."]),
        ("SA", ["سعودي", "سعوديتين", "Saudi"]),
        ("AE", ["إماراتي", "Emirati"]),
        ("KR", ["كوري جنوبي", "كورية جنوبية", "South Korean"]),
        ("DE", ["ألماني", "ألمان"]),
    ],
)
def test_lexicon_country_adjectives(code, adjectives):
    c = lexicon.country_by_code(code)
    assert set(adjectives) <= set(c.adj_ar + c.adj_en)


@pytest.mark.parametrize(
    ("code", "capital_ar", "name"),
    [
        ("SY", "دمشق", "الجمهورية العربية السورية"),
        ("TR", "أنقرة", "تركيا"),
        ("SA", "الرياض", "المملكة العربية السعودية"),
        ("EG", "القاهرة", "جمهورية مصر العربية"),
        ("US", "واشنطن", "الولايات المتحدة الأمريكية"),
        ("IR", "طهران", "الجمهورية الإسلامية الإيرانية"),
    ],
)
def test_lexicon_country_names_and_capitals(code, capital_ar, name):
    c = lexicon.country_by_code(code)
    assert c.capital_ar == capital_ar
    assert name in c.names_ar
    assert c.to_model().code == code


def test_lexicon_tripoli_is_libyan():
    by_ar = {fold(s): p for p in lexicon.places() for s in p.names_ar}
    assert by_ar[fold("طرابلس")].country == "LY"
    assert by_ar[fold("طرابلس الشام")].country == "LB"


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("قطاع غزة", "PS", "region"),
        ("شمال شرقي سوريا", "SY", "region"),
        ("إقليم كردستان", "IQ", "region"),
        ("أربيل", "IQ", "city"),
        ("Sharm el-Sheikh", "EG", "city"),
        ("Kiev", "UA", "capital"),
        ("دير الزور", "SY", "city"),
    ],
)
def test_lexicon_place_spot_checks(name, country, kind):
    found = [p for p in lexicon.places() if fold(name) in map(fold, p.names_en + p.names_ar)]
    assert [(p.country, p.kind) for p in found] == [(country, kind)]


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("لواء", "major_general"),
        ("لواء ركن", "major_general"),
        ("فريق أول", "general"),
        ("فريق أول ركن", "general"),
        ("عماد", "general"),
        ("فريق", "lieutenant_general"),
        ("عميد", "brigadier_general"),
        ("عقيد", "colonel"),
        ("لواء بحري", "rear_admiral"),
        ("Maj. Gen.", "major_general"),
        ("Lt. Gen.", "lieutenant_general"),
    ],
)
def test_lexicon_rank_forms(form, key):
    assert [r.key for r in lexicon.ranks() if form in r.ar + r.en_forms] == [key]
    assert lexicon.rank_by_key(key).order == lexicon.rank_by_key(key).order


def test_lexicon_rank_order_is_seniority():
    order = {r.key: r.order for r in lexicon.ranks()}
    chain = ["captain", "major", "colonel", "brigadier_general", "major_general", "general"]
    assert [order[k] for k in chain] == sorted(order[k] for k in chain)
    assert order["major_general"] == order["rear_admiral"]


def test_lexicon_honorifics_skip_courtesy_not_titles():
    forms = {(h.lang, h.form) for h in lexicon.honorifics()}
    assert {("ar", "سيد"), ("ar", "معالي"), ("ar", "صاحب السمو"), ("en", "H.E.")} <= forms
    assert not {("ar", t) for t in ("أمير", "ملك", "سلطان", "رئيس")} & forms
    assert {h.lang for h in lexicon.honorifics()} == {"ar", "en"}


@pytest.mark.parametrize(
    ("name", "media_id"),
    [("سانا", "sana"), ("وام", "wam"), ("رويترز", "reuters"), ("Anadolu", "anadolu-agency")],
)
def test_lexicon_media_spot_checks(name, media_id):
    m = lexicon.media_by_id(media_id)
    assert name in m.ar + m.alt_en
    assert m.kind == "news_agency"


@pytest.mark.parametrize(
    ("name", "en"),
    [
        ("يشار غولر", "Yasar Guler"),
        ("يشار جولر", "Yasar Guler"),
        ("Yaşar Güler", "Yasar Guler"),
        ("أسعد حسن الشيباني", "Asaad al-Shaibani"),
        ("إبراهيم قالن", "Ibrahim Kalin"),
        ("بدر عبد العاطي", "Badr Abdelatty"),
        ("عباس عراقجي", "Abbas Araghchi"),
    ],
)
def test_lexicon_official_spellings(name, en):
    found = [o.en for o in lexicon.officials() if name in o.ar + o.alt_ar + o.alt_en]
    assert found == [en]


def test_lexicon_lookups_miss_quietly():
    assert lexicon.country_by_code("tr").code == "TR"
    assert lexicon.country_by_code("ZZ") is None
    assert lexicon.place_by_id("atlantis") is None
    assert lexicon.rank_by_key("emperor") is None
    assert lexicon.media_by_id("nowhere") is None


def test_lexicon_entries_are_frozen():
    with pytest.raises(FrozenInstanceError):
        lexicon.countries()[0].en = "Elsewhere"  # type: ignore[misc]
    assert isinstance(lexicon.countries()[0].adj_ar, tuple)


def test_lexicon_load_jsonl_reports_file_and_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"a": 1}\n\n{"a": 2,}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.jsonl:3: not valid JSON"):
        lexicon.load_jsonl("bad", directory=tmp_path)
    (tmp_path / "list.jsonl").write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"list\.jsonl:1: expected a JSON object"):
        lexicon.load_jsonl("list.jsonl", directory=tmp_path)
    with pytest.raises(LexiconError, match="not found"):
        lexicon.load_jsonl("missing", directory=tmp_path)


@dataclass(frozen=True)
class _Title:
    key: str
    ar: tuple[str, ...]
    order: int = 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"key": "x", "ar": ["وزير"], "colour": 1}', "unknown key"),
        ('{"ar": ["وزير"]}', r"missing key\(s\) \['key'\]"),
        ('{"key": "x", "ar": "وزير"}', "'ar' must be a list of non-empty strings"),
        ('{"key": "x", "ar": [], "order": "1"}', "'order' must be an integer"),
        ('{"key": "", "ar": []}', "'key' must be a non-empty string"),
    ],
)
def test_lexicon_load_entries_rejects_bad_rows(tmp_path, line, message):
    (tmp_path / "titles.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"titles\.jsonl:1: {message}"):
        lexicon.load_entries("titles", _Title, directory=tmp_path)


def test_lexicon_load_entries_builds_entries_and_rejects_duplicates(tmp_path):
    path = tmp_path / "titles.jsonl"
    path.write_text(
        '{"key": "x", "ar": ["وزير"]}\n{"key": "y", "ar": [], "order": 2}\n', encoding="utf-8"
    )
    assert lexicon.load_entries("titles", _Title, key="key", directory=tmp_path) == (
        _Title("x", ("وزير",)),
        _Title("y", (), 2),
    )
    path.write_text('{"key": "x", "ar": []}\n{"key": "x", "ar": []}\n', encoding="utf-8")
    with pytest.raises(
        LexiconError, match=r"titles\.jsonl:2: duplicate key 'x' \(first on line 1\)"
    ):
        lexicon.load_entries("titles", _Title, key="key", directory=tmp_path)


def test_lexicon_every_rank_is_a_concept_of_the_ontology():
    # a rank the extractor can read and the ontology lacks stops a build
    from kg.settings import ONTOLOGY_DIR

    onto = (ONTOLOGY_DIR / "officials.ttl").read_text(encoding="utf-8")
    missing = [r.key for r in lexicon.ranks() if f"kgo:rank-{r.key} a skos:Concept" not in onto]
    assert missing == []
