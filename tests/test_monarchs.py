"""Monarchs called by their given name alone (King X, الملك X, Emir X, السلطان X): the one
reign of data/lexicon/monarchs.jsonl at the article's date gives the full name and the
state (rule suffix +monarch). The rule reads the table, so its sentences name reigning
monarchs; the holders around them are invented."""

from __future__ import annotations

import datetime

import pytest

from kg import lexicon
from kg.extract import context, extract
from kg.model import Article

TODAY = datetime.date(2025, 6, 1)


def _heads(text: str, lang: str, day=TODAY) -> list[tuple]:
    """(English name, Arabic name, state, rule) of each head of state found."""
    ex = extract(Article(id="m1", lang=lang, text=text, date=day))
    persons = {p.id: p for p in ex.persons}
    return [
        (persons[t.person].name_en, persons[t.person].name_ar, t.country, t.mentions[0].rule)
        for t in ex.tenures
        if t.role == "head_of_state"
    ]


@pytest.mark.parametrize(
    ("text", "english", "state"),
    [
        (
            "King Salman received a delegation of Zarvani investors at the palace.",
            "Salman bin Abdulaziz Al Saud",
            "SA",
        ),
        (
            "Sultan Haitham received Minister of Trade Dorvel Akkam on Sunday.",
            "Haitham bin Tariq",
            "OM",
        ),
        (
            "King Abdullah on Tuesday received Senator Oltan Verisk in the capital.",
            "Abdullah II",
            "JO",
        ),
        (
            "Emir Meshal received the visiting delegation led by Harun Talvik.",
            "Mishal Al-Ahmad Al-Jaber Al-Sabah",
            "KW",
        ),
    ],
)
def test_monarchs_english_given_name_alone_is_the_reigning_monarch(text, english, state):
    heads = _heads(text, "en")
    assert [(h[0], h[2]) for h in heads] == [(english, state)]
    assert heads[0][3].endswith("+monarch")


@pytest.mark.parametrize(
    ("text", "english", "state"),
    [
        (
            "استقبل الملك سلمان في القصر وفدا من رجال الأعمال الزرفانيين.",
            "Salman bin Abdulaziz Al Saud",
            "SA",
        ),
        ("واستقبل السلطان هيثم وزير التجارة دورفل عكام.", "Haitham bin Tariq", "OM"),
        (
            "وبحث العاهل الأردني الملك عبدالله مع السيناتور أولتان فيريسك العلاقات.",
            "Abdullah II",
            "JO",
        ),
    ],
)
def test_monarchs_arabic_given_name_alone_is_a_whole_name(text, english, state):
    heads = _heads(text, "ar")
    assert [(h[0], h[2]) for h in heads] == [(english, state)]
    assert heads[0][1] == context.monarch_arabic(english)  # the Arabic label in full


def test_monarchs_the_reign_at_the_articles_date():
    # two kings called Abdullah reigned in 2010: with no state, neither; with one, his
    text = "King Abdullah received Senator Oltan Verisk on Tuesday."
    assert [h[0] for h in _heads(text, "en", datetime.date(2010, 3, 1))] == ["Abdullah"]
    saudi = "Saudi King Abdullah received Senator Oltan Verisk on Tuesday."
    assert _heads(saudi, "en", datetime.date(2010, 3, 1))[0][:3:2] == (
        "Abdullah bin Abdulaziz",
        "SA",
    )
    # ... and a king of the state no longer reigning gives nothing today
    assert [h[0] for h in _heads(saudi, "en")] == ["Abdullah"]


def test_monarchs_a_place_met_in_yields_to_the_reign():
    heads = _heads("Emir Tamim met President Korvan Delis in Amman on Monday.", "en")
    assert ("Tamim bin Hamad Al Thani", "QA") in [(h[0], h[2]) for h in heads]


def test_monarchs_a_name_no_reign_holds_is_left_alone():
    assert [h[:3:2] for h in _heads("King Zorvath received the delegation.", "en")] == [
        ("Zorvath", None)
    ]
    # Arabic: one unknown word after الملك is no name; nor a prince's one word
    assert _heads("استقبل الملك زورفاث وفدا من رجال الأعمال.", "ar") == []
    assert _heads("استقبل الأمير فيصل وفدا من رجال الأعمال.", "ar") == []


def test_monarchs_rule_switched_off_keeps_the_given_name():
    art = Article(id="m2", lang="en", text="King Salman received the delegation.", date=TODAY)
    ex = extract(art, disabled={"en+monarch"})
    assert [p.name_en for p in ex.persons] == ["Salman"]


def test_monarchs_table_is_consistent():
    rows = lexicon.load_jsonl("monarchs.jsonl")
    codes = {c.code for c in lexicon.countries()}
    for row in rows:
        assert row["country"] in codes, row["en"]
        assert row["to"] is None or row["from"] < row["to"], row["en"]
        assert row["called_en"] and row["called_ar"] and row["titles_en"] and row["titles_ar"]
    # one state's reigns never overlap
    for a in rows:
        for b in rows:
            if a is not b and a["country"] == b["country"]:
                assert (a["to"] or "9999") <= b["from"] or (b["to"] or "9999") <= a["from"]
    # a called form of a reign today names one monarch of its titles
    for row in rows:
        if row["to"] is None:
            for name in row["called_en"]:
                # (a reign read only in its state's story: President Sheikh Mohamed)
                where = row["country"] if row.get("state_named") else None
                hit = context.monarch(name, row["titles_en"][0], None, None, context_state=where)
                assert hit is not None and hit["en"] == row["en"], name


def test_monarchs_a_reigns_state_is_the_persons_own():
    # the reign's state is as good as one the title states: no step that moves a state
    # the context gave (a second head of state of the kingdom named) takes it away
    text = (
        "RIYADH: Argentine Vice President Marta Kirwan will meet Custodian of the Two Holy "
        "Mosques King Salman on Sunday. She also met Saudi President Harun Talvik, the "
        "chairman of the Riyadh club."
    )
    heads = _heads(text, "en")
    assert ("Salman bin Abdulaziz Al Saud", "SA") in [(h[0], h[2]) for h in heads]


@pytest.mark.parametrize(
    ("text", "english", "state"),
    [
        (
            "نقل الوزير سامي الدركلي رسالة شفهية للملك سلمان من نظيره.",
            "Salman bin Abdulaziz Al Saud",
            "SA",
        ),
        ("وأعرب الوفد عن شكره للسلطان هيثم على حسن الاستقبال.", "Haitham bin Tariq", "OM"),
        ("التقى المبعوث فارس الزنكلي بالملك عبدالله في عمان.", "Abdullah II", "JO"),
    ],
)
def test_monarchs_arabic_title_with_a_clitic(text, english, state):
    # للملك, للسلطان, بالملك: the title with a preposition written onto it, then the one
    # word the reign is called by
    assert (english, state) in [(h[0], h[2]) for h in _heads(text, "ar")]


def test_monarchs_arabic_title_with_a_clitic_of_no_reign_is_no_one():
    # بالملك حسين at a date no King Hussein reigns: no post
    assert _heads("وأشاد المتحدث سامر الدركلي بالملك حسين رحمه الله.", "ar") == []


@pytest.mark.parametrize(
    ("text", "day", "english", "state"),
    [
        (
            "استقبل سمو الأمير الشيخ صباح الأحمد في قصر بيان اليوم الوزير سالم الدركلي.",
            datetime.date(2019, 5, 20),
            "Sabah Al-Ahmad Al-Jaber Al-Sabah",
            "KW",
        ),
        (
            "استقبل الأمير تميم بن حمد اليوم المبعوث فارس الزنكلي.",
            datetime.date(2019, 5, 20),
            "Tamim bin Hamad Al Thani",
            "QA",
        ),
    ],
)
def test_monarchs_arabic_emir_by_the_opening_of_his_name(text, day, english, state):
    # الأمير alone is a prince's style; before the opening of an emir's full name, at a
    # date of his reign, it is the emir's post
    assert (english, state) in [(h[0], h[2]) for h in _heads(text, "ar", day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the emir's name at a date he did not reign: no post
        (
            "استقبل سمو الأمير الشيخ صباح الأحمد اليوم الوزير سالم الدركلي.",
            datetime.date(2022, 5, 20),
        ),
        # a prince whose name opens no emir's: no post (تميم بن alone is no opening)
        ("استقبل الأمير تميم بن فيصل اليوم الوزير سالم الدركلي.", datetime.date(2019, 5, 20)),
    ],
)
def test_monarchs_arabic_emir_style_of_no_reign_is_no_post(text, day):
    assert _heads(text, "ar", day) == []


def test_monarchs_reign_by_the_opening_of_the_full_name():
    day = datetime.date(2019, 5, 1)
    assert context.monarch("صباح الأحمد", "الأمير", None, day)["country"] == "KW"
    assert context.monarch("صباح الأحمد", "الأمير", None, datetime.date(2021, 5, 1)) is None
    # (one word that is no reign's name alone, nor an opening of two words)
    assert context.monarch("صباح", "الملك", None, day) is None


def test_monarchs_arabic_emir_of_a_state_after_his_name_keeps_his_post():
    # X أمير قطر: the title names its state; no reign's opening is needed
    got = _heads("استقبل الشيخ نعمان برهوش أمير قطر الوزير سالم الدركلي.", "ar")
    assert [(h[1], h[2]) for h in got] == [("نعمان برهوش", "QA")]


def test_monarchs_arabic_emir_before_his_guests_title():
    # استقبل الأمير X وزير الخارجية الأردني Y: the guest's title and name are the guest's
    day = datetime.date(2019, 5, 20)
    got = _heads("استقبل الأمير صباح الأحمد وزير الخارجية الأردني سامر الدركلي.", "ar", day)
    assert ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "KW") in [(h[0], h[2]) for h in got]


@pytest.mark.parametrize(
    ("text", "day", "english"),
    [
        (
            "ABU DHABI - President Sheikh Mohamed received the French Defence Minister Pierre "
            "Lanov at Qasr Al Watan.",
            datetime.date(2023, 3, 1),
            "Mohamed bin Zayed Al Nahyan",
        ),
        (
            "ABU DHABI - President Sheikh Khalifa received the Kenyan Foreign Minister Peter "
            "Otienov.",
            datetime.date(2015, 6, 1),
            "Khalifa bin Zayed Al Nahyan",
        ),
    ],
)
def test_monarchs_the_emirates_president_by_his_given_name(text, day, english):
    # the Emirates' press calls its president by his given name: the president of the
    # article's date, in a story of the Emirates
    heads = _heads(text, "en", day)
    assert (english, "AE") in [(h[0], h[2]) for h in heads]


def test_monarchs_another_states_president_by_a_given_name_is_no_emirates_reign():
    heads = _heads(
        "NOUAKCHOTT - President Sheikh Mohamed received the visiting delegation.",
        "en",
        datetime.date(2023, 3, 1),
    )
    assert "Mohamed bin Zayed Al Nahyan" not in [h[0] for h in heads]
