"""Constructions at the edge of the rules: each test is the one that notices a check of
kg/extract (a state after a verb is a place, a word after a title that is no post, two
meetings on two days), so that switching the check off fails a test.

Every sentence and name here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.time import find_times
from kg.model import Article

DAY = date(2025, 10, 20)


def _extract(text: str, lang: str):
    return extract(Article(id="e1", lang=lang, text=text, date=DAY))


def _names(ex) -> dict[str, str]:
    return {p.id: p.name_ar or p.name_en for p in ex.persons}


def _events(text: str, lang: str) -> list[tuple]:
    ex = _extract(text, lang)
    names = _names(ex)
    return [
        (e.type, str(e.date) if e.date else None, e.place, sorted(names[a] for a in e.actors))
        for e in ex.events
    ]


def test_extract_edges_a_state_after_a_verb_is_the_visit_s_place():
    # a bare state name after the verb (not after a noun it could qualify) is a destination
    text = "زار وزير الخارجية الأردني نادر الزعبلاوي اليوم مصر."
    assert _events(text, "ar") == [("visit", "2025-10-20", "egypt", ["نادر الزعبلاوي"])]


def test_extract_edges_a_word_after_a_name_that_is_no_post_ends_the_list():
    # "، وذلك" after a titled name coordinates no second post
    text = (
        "استقبل الرئيس السوري كبير مستشاري الرئيس الأمريكي للشؤون العربية، فراس القطامين، "
        "وذلك في إطار زيارة رسمية."
    )
    ex = _extract(text, "ar")
    names = _names(ex)
    assert [(names[t.person], t.role, t.country) for t in ex.tenures] == [
        ("فراس القطامين", "adviser", "US")
    ]


def test_extract_edges_two_meetings_on_two_days_stay_two():
    text = (
        "Jordanian Foreign Minister Tovar Elkin met his Iraqi counterpart Brisa Calloway on "
        "Sunday. Elkin met Calloway again on October 3."
    )
    pair = ["Brisa Calloway", "Tovar Elkin"]
    assert _events(text, "en") == [
        ("meeting", "2025-10-19", None, pair),
        ("meeting", "2025-10-03", None, pair),
    ]


def test_extract_edges_visits_to_one_place_by_one_person_are_one():
    text = (
        "Jordanian Foreign Minister Tovar Elkin arrived in Cairo on Sunday for a two-day "
        "visit. Elkin and Jordanian Interior Minister Brisa Calloway are visiting Cairo until "
        "Tuesday."
    )
    assert _events(text, "en") == [
        ("visit", "2025-10-19", "cairo", ["Brisa Calloway", "Tovar Elkin"])
    ]


def test_extract_edges_an_appointment_verb_before_the_name_makes_a_designate():
    # a post in apposition after the appointee is no post the appointment gives (appointed
    # X, the former ambassador, as minister): a designate, whichever the verb
    for verb in ("appointed", "nominated"):
        text = f"The president {verb} Tovar Elkin, the Jordanian finance minister, on Sunday."
        ex = _extract(text, "en")
        assert [(t.role, t.country, t.status) for t in ex.tenures] == [
            ("finance_minister", "JO", "designate")
        ]


def test_extract_edges_talks_later_in_the_sentence_are_a_meeting():
    # the verb of discussion after a long opening phrase still tells of talks held
    text = (
        "وفي إطار الجهود المبذولة لتعزيز العلاقات الثنائية بين البلدين الشقيقين بحث وزير "
        "الخارجية الأردني نادر الزعبلاوي مع نظيره العراقي فراس القطامين ملف المياه."
    )
    assert _events(text, "ar") == [("meeting", None, None, ["فراس القطامين", "نادر الزعبلاوي"])]


def test_extract_edges_days_ago_beyond_a_month_is_no_day():
    # "45 days ago" is too far back to be read as a day of the story
    assert find_times("The ceasefire was agreed 45 days ago.", lang="en", article_date=DAY) == []
    (t,) = find_times("The ceasefire was agreed 3 days ago.", lang="en", article_date=DAY)
    assert t.day == date(2025, 10, 17)
