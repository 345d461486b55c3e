"""One whole Arabic article of our own, end to end: posts, states, and events.

The article (tests/fixtures/articles/ar-security-talks.txt) is written for this test in the
style of wire copy: a dateline, a call between counterparts, a meeting of two lists of
officials (one of them a delegation), a later surname-only mention, a visit by a ranked
director general, and a planned supply reported by an agency.
"""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from kg.ingest import read_txt

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "ar-security-talks.txt"


def _extraction():
    return extract(read_txt(ARTICLE.read_text(encoding="utf-8"), origin=str(ARTICLE)))


def test_extract_article_posts_and_states():
    ex = _extraction()
    names = {p.id: p.name_ar for p in ex.persons}
    assert {(names[t.person], t.role, t.country) for t in ex.tenures} == {
        ("هاكان فيدان", "foreign_minister", "TR"),
        ("أسعد الشيباني", "foreign_minister", "SY"),
        ("يشار غولر", "defence_minister", "TR"),
        ("إبراهيم قالن", "intelligence_chief", "TR"),
        ("مرهف أبو قصرة", "defence_minister", "SY"),
        ("حسين السلامة", "intelligence_chief", "SY"),
        ("إلكاي ألتنداغ", "director_general", "TR"),
        ("أحمد الشرع", "head_of_state", "SY"),
    }
    ranks = {names[t.person]: t.rank for t in ex.tenures if t.rank}
    assert ranks == {"مرهف أبو قصرة": "major_general", "إلكاي ألتنداغ": "lieutenant_general"}


def test_extract_article_surname_mentions_are_the_same_person():
    ex = _extraction()
    assert len(ex.persons) == 8  # فيدان, الشيباني, أبو قصرة are not new people
    (abu_qasra,) = [p for p in ex.persons if p.name_ar == "مرهف أبو قصرة"]
    assert len(abu_qasra.mentions) >= 2


def test_extract_article_events():
    ex = _extraction()
    names = {p.id: p.name_ar for p in ex.persons}
    held = {
        (e.type, frozenset(names[a] for a in e.actors), str(e.date or (e.earliest, e.latest)))
        for e in ex.events
        if e.status == "held"
    }
    assert ("phone_call", frozenset({"هاكان فيدان", "أسعد الشيباني"}), "2025-10-17") in held
    meeting = [e for e in ex.events if e.type == "meeting" and len(e.actors) == 6]
    assert len(meeting) == 1  # one meeting of two lists, not six pairs
    assert meeting[0].place == "ankara"
    assert (str(meeting[0].earliest), str(meeting[0].latest)) == ("2025-10-10", "2025-10-12")
    planned = {e.type for e in ex.events if e.status == "planned"}
    assert "supply" in planned


def test_extract_article_english_states_from_context():
    path = ARTICLE.with_name("en-security-talks.txt")
    ex = extract(read_txt(path.read_text(encoding="utf-8"), origin=str(path)))
    names = {p.id: p.name_en for p in ex.persons}
    assert {(names[t.person], t.role, t.country) for t in ex.tenures} == {
        ("Hakan Fidan", "foreign_minister", "TR"),
        ("Asaad al-Shaibani", "foreign_minister", "SY"),
        ("Yasar Guler", "defence_minister", "TR"),  # a list opened by the surname Fidan
        ("Ibrahim Kalin", "intelligence_chief", "TR"),
        ("Murhaf Abu Qasra", "defence_minister", "SY"),  # a Syrian delegation including ...
        ("Hussein al-Salama", "intelligence_chief", "SY"),
        ("Ilkay Altindag", "director_general", "TR"),  # at the Turkish Defence Ministry
        ("Ahmed al-Sharaa", "head_of_state", "SY"),
    }


def test_extract_article_a_post_of_an_international_body_is_its_own():
    # a UN envoy or the GCC's secretary-general holds a post in the body, in no state:
    # no dateline, outlet or home state is given to it
    from kg.extract import extract
    from kg.model import Article

    cases = [
        (
            "عمّان - بترا\n\nاختتم مبعوث الأمين العام للأمم المتحدة الخاص إلى اليمن هانس "
            "كارلسون زيارته إلى عمان.",
            "ar",
            "un",
        ),
        ("والتقى أمين عام مجلس التعاون الخليجي سالم الربيعان الوفد.", "ar", "gcc"),
        ("UN Special Envoy for Yemen Tarven Oskalid met the minister.", "en", "un"),
    ]
    for text, lang, body in cases:
        ex = extract(Article(id="t", text=text, lang=lang))
        (t,) = ex.tenures
        assert (t.country, t.org) == (None, body), text
        (org,) = [o for o in ex.organizations if o.id == body]
        assert org.kind == "international" and org.country is None
