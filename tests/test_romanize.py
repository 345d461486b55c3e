"""Romanisation of Arabic-script names: the tables, the rules, the package for the rest, and
the English labels that resolution gives. Every name here is invented from common names."""

from __future__ import annotations

import json

import pytest

from kg.model import Article, Extraction, Mention, Person
from kg.nlp import romanize as rom
from kg.nlp.normalize import normalize_ar
from kg.resolve import resolve
from kg.settings import LEXICON_DIR


@pytest.fixture
def fresh_caches():
    rom.forget()
    yield
    rom.forget()


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("محمد بن وليد الحربي", "Mohammed bin Walid al-Harbi"),  # given, particle, family
        ("وليد بن عبد الكريم الشمري", "Walid bin Abdulkarim al-Shammari"),  # compound
        ("هاني عبدالرحمن العتيبي", "Hani Abdulrahman al-Otaibi"),  # عبد written joined
        ("خالد أبو بكر", "Khaled Abu Bakr"),
        ("سامي نصر الله", "Sami Nasrallah"),
        ("نور الدين سامي", "Nour al-Din Sami"),
        ("كيفن ويلسون", "Kevin Wilson"),  # Western given name and surname
        ("كيفن جي ويلسون", "Kevin Wilson"),  # a middle initial is left out
        ("جاري ويليامسون", "Gary Williamson"),  # ج for g; a given name and سون
        ("هاكان يلماز", "Hakan Yilmaz"),  # Turkish
        ("فرهاد غلام", "Farhad Gholam"),  # Persian
        ("هوشيار دلشاد", "Hoshyar Dilshad"),  # Kurdish
        ("حمد بن سالم آل مكتوم", "Hamad bin Salem Al Maktoum"),  # آل, the family
    ],
)
def test_romanize_reads_the_tables_and_rules(arabic, english):
    assert rom.romanize(arabic) == english


@pytest.mark.parametrize(
    ("arabic", "english"),
    [
        ("مرادوف", "Muradov"),  # Slavic ending on a stem the table knows
        ("كمالوغلو", "Kamaloglu"),  # Turkish ending
        ("كمال أوغلو", "Kamaloglu"),  # ... written apart
    ],
)
def test_romanize_endings(arabic, english):
    assert rom.romanize(arabic) == english


def test_romanize_short_arabic_names_keep_their_ending():
    # شريف and معروف end like Slavic names but are Arabic names of the table
    assert rom.romanize("شريف معروف") == "Sherif Maarouf"


def test_romanize_leaves_other_words_to_the_package(monkeypatch, fresh_caches):
    seen = []

    def fake(word):
        seen.append(word)
        return "Zarqoun"

    monkeypatch.setattr(rom, "_package", fake)
    assert rom.romanize("سامي زرقون") == "Sami Zarqoun"
    assert seen == ["زرقون"]  # the table's word never reaches the package


def test_romanize_a_failing_package_gives_the_word(monkeypatch, fresh_caches):
    import arabic_name_romanizer

    def boom(*args, **kwargs):
        raise RuntimeError("no model")

    monkeypatch.setattr(arabic_name_romanizer, "transliterate", boom)
    assert rom.romanize("سامي زرقون") == "Sami زرقون"


def test_romanize_latin_is_not_romanized():
    assert rom.romanize("Sami Walid") is None


def test_name_spellings_table_is_one_spelling_per_arabic_form():
    rows = [
        json.loads(line)
        for line in (LEXICON_DIR / "name_spellings.jsonl").read_text("utf-8").splitlines()
    ]
    assert [r["ar"] for r in rows] == sorted(r["ar"] for r in rows)
    kinds = {"given", "compound", "family", "western_given", "western_surname"}
    kinds |= {"turkish", "persian", "kurdish"}
    folded: dict[str, str] = {}
    for r in rows:
        assert sorted(r) == ["ar", "en", "kind"]
        assert r["kind"] in kinds, r
        assert r["en"].isascii() and r["en"].removeprefix("al-")[0].isupper(), r
        assert normalize_ar(r["ar"]) not in folded, r
        folded[normalize_ar(r["ar"])] = r["en"]
    assert len(rows) > 500


def test_name_spellings_conflict_is_a_lexicon_error(monkeypatch, tmp_path):
    from kg.errors import LexiconError

    lines = [
        {"ar": "سامي", "en": "Sami", "kind": "given"},
        {"ar": "سامى", "en": "Samy", "kind": "given"},  # the same after folding
    ]
    (tmp_path / "name_spellings.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8"
    )
    monkeypatch.setattr("kg.settings.LEXICON_DIR", tmp_path)
    cached = (rom.spellings, rom._table, rom._western)
    for f in cached:
        f.cache_clear()
    try:
        with pytest.raises(LexiconError, match="both Sami and Samy"):
            rom.spellings()
    finally:
        for f in cached:
            f.cache_clear()


def _arabic_only(aid: str, name: str) -> Extraction:
    m = Mention(aid, 0, len(name), name, "t")
    p = Person(id=f"{aid}#p1", name_ar=name, mentions=(m,))
    return Extraction(article=Article(id=aid, text=name, lang="ar"), persons=(p,))


def test_resolve_labels_an_arabic_only_person_in_both_scripts():
    (p,) = resolve([_arabic_only("a1", "محمد بن وليد الحربي")]).persons
    assert (p.name_en, p.name_ar) == ("Mohammed bin Walid al-Harbi", "محمد بن وليد الحربي")
    assert p.id == "mohammed-bin-walid-al-harbi"


def test_romanize_hamza_alef_is_no_article(monkeypatch, fresh_caches):
    monkeypatch.setattr(rom, "_package", lambda word: {"أليستر": "Alister"}.get(word, word))
    assert rom.romanize("أليستر ويلسون") == "Alister Wilson"  # not al-Ister


def test_romanize_abd_before_a_word_without_article(monkeypatch, fresh_caches):
    monkeypatch.setattr(rom, "_package", lambda word: "Zarqoun")
    assert rom.romanize("عبد زرقون") == "Abd Zarqoun"


def test_romanize_western_particle():
    assert rom.romanize("ماريو دي أنطونيو") == "Mario de Antonio"


def test_romanize_article_from_the_package_candidate_that_writes_it_apart(
    monkeypatch, fresh_caches
):
    # the package joins the article in its first candidate (Alzarqouni) and writes it apart
    # in another: the one written apart tells where the article ends
    monkeypatch.setattr(rom, "_candidates", lambda word, k: ["Alzarqouni", "Al-Zarqouni"])
    assert rom.romanize("سامي الزرقوني") == "Sami al-Zarqouni"


def test_romanize_a_family_name_of_the_table_as_a_given_name(monkeypatch, fresh_caches):
    monkeypatch.setattr(rom, "_package", lambda word: "Wrong")
    assert rom.romanize("مكتوم بن سالم آل نهيان") == "Maktoum bin Salem Al Nahyan"


def test_romanize_the_package_spells_each_word_once_however_many_words(monkeypatch, fresh_caches):
    # more distinct words than a bounded cache of 8,192 held: the second pass over them
    # asks the package nothing (its beam search costs about 30 ms a word)
    asked = []

    def package(word, top_k):
        asked.append(word)
        return ["Zarqoun"]

    monkeypatch.setattr(rom, "_candidates", package)
    letters = "بتدرزسكلمن"
    words = [f"{a}و{b}ا{c}ي{d}" for a in letters for b in letters for c in letters for d in letters]
    assert len(words) > 8192
    for _ in range(2):
        for w in words:
            rom.romanize_word(w)
    assert len(asked) == len(set(asked)) <= len(words)


def test_resolve_labels_each_distinct_arabic_name_once(monkeypatch):
    import kg.resolve

    labelled = []

    def label(name_ar):
        labelled.append(name_ar)
        return "Sami Zarqoun"

    monkeypatch.setattr(kg.resolve, "english_label", label)
    en = Extraction(
        article=Article(id="e1", text="Walid Sami", lang="en"),
        persons=(Person(id="e1#p1", name_en="Walid Sami", mentions=()),),
    )
    r = resolve([_arabic_only(f"a{n}", "سامي زرقون") for n in range(3)] + [en])
    assert labelled == ["سامي زرقون"]
    assert "Sami Zarqoun" in {p.name_en for p in r.persons}
