"""Tests of kg.extract.time: time expressions resolved against the article date.

Every sentence here is written for these tests. Article dates used throughout:
Friday 2025-10-17, Tuesday 2025-09-02, Monday 2025-10-13, Saturday 2026-01-03.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import LexiconError
from kg.extract.time import (
    TimeExpr,
    find_times,
    fold_ar,
    gregorian_to_hijri,
    hijri_to_gregorian,
    load_time_lexicon,
    resolve,
)

FRI = date(2025, 10, 17)
TUE = date(2025, 9, 2)
MON = date(2025, 10, 13)
SAT = date(2026, 1, 3)
D = date

# (text, lang, article date, expected kind or None for "no expression",
#  expected day, (earliest, latest) or None)
CASES = [
    # Arabic: weekdays (most recent on or before the article date), across a month end
    ("صلّى الرئيس الجمعة في الجامع الكبير", "ar", TUE, "day", D(2025, 8, 29)),
    ("وصل الوفد يوم الجمعة إلى العاصمة", "ar", TUE, "day", D(2025, 8, 29)),
    ("وفي يوم الثلاثاء افتتح المعرض", "ar", TUE, "day", TUE),
    ("اجتمع المجلس الأحد لبحث الموازنة", "ar", FRI, "day", D(2025, 10, 12)),
    ("زار الوزير الإثنين الماضي بغداد", "ar", FRI, "day", D(2025, 10, 13)),
    ("وكان قد زار العاصمة الجمعة الماضية", "ar", FRI, "day", D(2025, 10, 10)),
    ("يزور الرئيس أنقرة الأربعاء المقبل", "ar", FRI, "day", D(2025, 10, 22)),
    ("ووقعت الانفجارات ليلة الخميس", "ar", FRI, "interval", (D(2025, 10, 15), D(2025, 10, 16))),
    # Arabic: today, yesterday, tomorrow, with harakat and clitics
    ("أجرى الوزير اليوم الجمعة اتصالاً هاتفياً بنظيره", "ar", FRI, "day", FRI),
    ("أجرى الوزير اليومَ الخميسَ اتصالاً بنظيره", "ar", FRI, "day", FRI),
    ("استقبل الرئيس اليومَ وفداً برلمانياً", "ar", FRI, "day", FRI),
    ("وأمس التقى الوزير نظيره الأردني", "ar", FRI, "day", D(2025, 10, 16)),
    ("وكان الوزير قد زار بالأمس مدينة حلب", "ar", FRI, "day", D(2025, 10, 16)),
    ("وصل البارحة وفد عسكري رفيع", "ar", FRI, "day", D(2025, 10, 16)),
    ("التقى أول من أمس رئيس الحكومة", "ar", FRI, "day", D(2025, 10, 15)),
    ("وقّع الطرفان أول أمس اتفاقاً للتعاون", "ar", FRI, "day", D(2025, 10, 15)),
    ("يصل الوزير غداً إلى العاصمة", "ar", FRI, "day", D(2025, 10, 18)),
    ("وأعلنت الوزارة مساء أمس أن الاجتماع انتهى", "ar", FRI, "day", D(2025, 10, 16)),
    ("وصباح اليوم عقد المجلس جلسة طارئة", "ar", FRI, "day", FRI),
    ("شنّت الطائرات فجر اليوم غارات على المنطقة", "ar", FRI, "day", FRI),
    ("اندلعت الاشتباكات ليلة أمس قرب الحدود", "ar", TUE, "day", D(2025, 9, 1)),
    ("وقال المتحدث قبل يومين إن المفاوضات مستمرة", "ar", FRI, "day", D(2025, 10, 15)),
    # Arabic: a day by its ordinal ("the third of the current month"); "the first of its
    # kind" and "the second day of the visit" are no dates
    ("التقى الوزير نظيره في الثالث من الشهر الجاري", "ar", FRI, "day", D(2025, 10, 3)),
    ("وفي الحادي والعشرين من أيلول الماضي بحث الوزيران", "ar", FRI, "day", D(2025, 9, 21)),
    ("وصل الوفد في الخامس عشر من الشهر الماضي", "ar", FRI, "day", D(2025, 9, 15)),
    ("ووقع الطرفان في الأول من أكتوبر اتفاقا", "ar", FRI, "day", D(2025, 10, 1)),
    ("وهو اللقاء الأول من نوعه منذ سنوات", "ar", FRI, None, None),
    # Arabic: weeks (ISO, Monday..Sunday), months, years
    (
        "بحث الوزيران الأسبوع الماضي العلاقات",
        "ar",
        FRI,
        "interval",
        (D(2025, 10, 6), D(2025, 10, 12)),
    ),
    (
        "بحث الوزيران الأسبوع الفائت العلاقات",
        "ar",
        MON,
        "interval",
        (D(2025, 10, 6), D(2025, 10, 12)),
    ),
    ("وفي الأسبوع المنصرم زار الوفد", "ar", TUE, "interval", (D(2025, 8, 25), D(2025, 8, 31))),
    ("في نهاية الأسبوع الماضي التقى", "ar", FRI, "interval", (D(2025, 10, 10), D(2025, 10, 12))),
    ("خلال هذا الأسبوع عقدت اللجنة", "ar", FRI, "interval", (D(2025, 10, 13), FRI)),
    ("خلال الأسبوع الجاري عقدت اللجنة", "ar", MON, "interval", (MON, MON)),
    ("يعقد المؤتمر الأسبوع المقبل", "ar", FRI, "interval", (D(2025, 10, 20), D(2025, 10, 26))),
    ("وقع الاتفاق الشهر الماضي", "ar", FRI, "interval", (D(2025, 9, 1), D(2025, 9, 30))),
    ("ويزور الرئيس الصين الشهر الجاري", "ar", FRI, "interval", (D(2025, 10, 1), FRI)),
    ("منذ مطلع هذا الشهر", "ar", FRI, "interval", (D(2025, 10, 1), D(2025, 10, 10))),
    ("أواخر الشهر الماضي", "ar", FRI, "interval", (D(2025, 9, 21), D(2025, 9, 30))),
    ("وزار البلاد العام الماضي", "ar", FRI, "interval", (D(2024, 1, 1), D(2024, 12, 31))),
    (
        "وزار البلاد في يناير/كانون الثاني الماضي",
        "ar",
        FRI,
        "interval",
        (D(2025, 1, 1), D(2025, 1, 31)),
    ),
    ("تصاعدت التوترات خلال الأيام الماضية", "ar", FRI, "unresolved", (D(2025, 10, 10), FRI)),
    (
        "نفذ الجيش عمليات عام 2025 في الشمال",
        "ar",
        None,
        "interval",
        (D(2025, 1, 1), D(2025, 12, 31)),
    ),
    # Arabic: dates in the three month systems, with and without year
    ("التقى الطرفان في 12 أكتوبر الجاري", "ar", FRI, "day", D(2025, 10, 12)),
    ("وصل الوفد في 12 تشرين الأول", "ar", FRI, "day", D(2025, 10, 12)),
    ("في 12 تشرين الأول/أكتوبر 2025 وقّع", "ar", None, "day", D(2025, 10, 12)),
    ("التقى الوزيران الخميس 7 آب في دمشق", "ar", FRI, "day", D(2025, 8, 7)),
    ("وقع الاتفاق في 7 أغسطس 2025 بالقاهرة", "ar", None, "day", D(2025, 8, 7)),
    ("وفي 5 إبريل زار الرئيس", "ar", FRI, "day", D(2025, 4, 5)),
    ("وفي 3 يونيه استقبل الوزير", "ar", FRI, "day", D(2025, 6, 3)),
    ("وفي 1 شباط 2025 أعلن", "ar", None, "day", D(2025, 2, 1)),
    ("أعلن الرئيس في 14 جويلية 2025", "ar", None, "day", D(2025, 7, 14)),
    ("وصل الوزير يوم 1 فيفري", "ar", FRI, "day", D(2025, 2, 1)),
    ("وفي 15 أوت أعلنت الحكومة", "ar", FRI, "day", D(2025, 8, 15)),
    ("وفي 20 ماي الماضي التقى", "ar", FRI, "day", D(2025, 5, 20)),
    ("وقع الاتفاق في 21 أكتوبر الماضي", "ar", FRI, "day", D(2024, 10, 21)),
    ("وفي 21 تشرين الأول الماضي بحث الوزير", "ar", D(2025, 11, 30), "day", D(2025, 10, 21)),
    ("يعقد الاجتماع في 12 أكتوبر المقبل", "ar", TUE, "day", D(2025, 10, 12)),
    ("زار الوفد موسكو في الـ28 من الشهر الجاري", "ar", D(2025, 10, 31), "day", D(2025, 10, 28)),
    ("استقبل الرئيس الوفد في 28 ديسمبر", "ar", SAT, "day", D(2025, 12, 28)),
    ("وفي ١٢ أكتوبر التقى الوزير", "ar", FRI, "day", D(2025, 10, 12)),
    ("صدر القرار بتاريخ 2025/10/12", "ar", None, "day", D(2025, 10, 12)),
    ("صدر القرار بتاريخ 12-10-2025", "ar", None, "day", D(2025, 10, 12)),
    ("صدر القرار بتاريخ ١٢/١٠/٢٠٢٥", "ar", None, "day", D(2025, 10, 12)),
    # Arabic: Hijri (tabular), and a Hijri date beside the Gregorian one that restates it
    ("صدر المرسوم في 15 رمضان 1446 هـ", "ar", None, "day", D(2025, 3, 15)),
    ("بدأ الصيام في 1 رمضان 1446", "ar", None, "day", D(2025, 3, 1)),
    ("الخميس 13 رمضان 1446 هـ الموافق 13 مارس 2025 م", "ar", None, "day", D(2025, 3, 13)),
    # Arabic: negative cases
    ("أجرى الوزير اليوم اتصالاً بنظيره", "ar", None, "unresolved", None),
    ("التقى الوزير الجمعة نظيره", "ar", None, "unresolved", None),
    ("التقى الوزير في 12 أكتوبر نظيره", "ar", None, "unresolved", None),
    ("خصصت الحكومة 12 مليون دولار للإعمار", "ar", FRI, None, None),
    ("مارس الضغط على الحكومة", "ar", FRI, None, None),
    ("في اليوم الأول من الزيارة", "ar", FRI, None, None),
    ("وقال الأمين العام الحالي للمنظمة", "ar", FRI, None, None),
    ("وفي اليوم نفسه أعلن الجيش", "ar", FRI, None, None),
    # English
    ("The minister said today that talks would go on.", "en", FRI, "day", FRI),
    ("The two ministers met yesterday in Ankara.", "en", FRI, "day", D(2025, 10, 16)),
    ("The two ministers met on Monday in Ankara.", "en", FRI, "day", MON),
    ("Monday's talks were cancelled.", "en", TUE, "day", D(2025, 9, 1)),
    ("The delegation arrived last Friday.", "en", FRI, "day", D(2025, 10, 10)),
    ("He will travel to Cairo next Friday.", "en", FRI, "day", D(2025, 10, 24)),
    ("The two sides met last week.", "en", MON, "interval", (D(2025, 10, 6), D(2025, 10, 12))),
    ("The two sides met last week.", "en", FRI, "interval", (D(2025, 10, 6), D(2025, 10, 12))),
    ("The deal was signed last month.", "en", FRI, "interval", (D(2025, 9, 1), D(2025, 9, 30))),
    ("Talks resumed this week.", "en", FRI, "interval", (MON, FRI)),
    ("He visited Riyadh earlier this month.", "en", FRI, "interval", (D(2025, 10, 1), FRI)),
    (
        "A summit is planned for next week.",
        "en",
        FRI,
        "interval",
        (D(2025, 10, 20), D(2025, 10, 26)),
    ),
    ("Trade grew this year.", "en", FRI, "interval", (D(2025, 1, 1), FRI)),
    (
        "The envoy visited Baghdad in 2024.",
        "en",
        None,
        "interval",
        (D(2024, 1, 1), D(2024, 12, 31)),
    ),
    ("The two met on October 12 in Doha.", "en", FRI, "day", D(2025, 10, 12)),
    ("The two met on 12 October 2025 in Doha.", "en", None, "day", D(2025, 10, 12)),
    ("The two met on Oct. 12 in Doha.", "en", FRI, "day", D(2025, 10, 12)),
    ("The two met on October 12, 2025, in Doha.", "en", None, "day", D(2025, 10, 12)),
    ("The decree is dated 2025-10-12.", "en", None, "day", D(2025, 10, 12)),
    ("The talks took place on December 28.", "en", SAT, "day", D(2025, 12, 28)),
    ("The summit will open on October 20.", "en", D(2023, 10, 9), "day", D(2023, 10, 20)),
    ("The minister resigned two days ago.", "en", FRI, "day", D(2025, 10, 15)),
    ("Fighting flared in the past few days.", "en", FRI, "unresolved", (D(2025, 10, 10), FRI)),
    ("The ministers met yesterday.", "en", None, "unresolved", None),
    ("The letter is dated 03/04/2025.", "en", None, "unresolved", None),
    ("The fund holds 12 million dollars.", "en", FRI, None, None),
    ("May I ask a question?", "en", FRI, None, None),
]


def _expected(kind, value):
    if kind == "day":
        return value, value, value
    if value is None:
        return None, None, None
    return None, *value


@pytest.mark.parametrize(("text", "lang", "article_date", "kind", "value"), CASES)
def test_time_resolves_table(text, lang, article_date, kind, value):
    found = find_times(text, lang=lang, article_date=article_date)
    if kind is None:
        assert found == []
        return
    assert len(found) == 1, found
    t = found[0]
    assert (t.kind, (t.day, t.earliest, t.latest)) == (kind, _expected(kind, value)), t
    assert text[t.begin : t.end] == t.text


def test_time_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("وبالأمس زار", "ar", "الأمس"),
        ("وأمس زار", "ar", "أمس"),
        ("غداً يزور", "ar", "غداً"),
        ("فاليومَ أعلن", "ar", "اليومَ"),
        ("وفي 12 تشرين الأول/أكتوبر 2025 وقع", "ar", "12 تشرين الأول/أكتوبر 2025"),
        ("They met on Monday morning.", "en", "Monday morning"),
        ("They met on October 12, 2025.", "en", "October 12, 2025"),
    ],
)
def test_time_span_leaves_clitics_and_prepositions_out(text, lang, span):
    (t,) = find_times(text, lang=lang, article_date=FRI)
    assert t.text == span
    assert text[t.begin : t.end] == span


def test_time_future_is_flagged():
    (t,) = find_times("يصل الوزير غداً", lang="ar", article_date=FRI)
    assert t.future
    (t,) = find_times("وصل الوزير أمس", lang="ar", article_date=FRI)
    assert not t.future


def test_time_today_with_wrong_weekday_trusts_today():
    (t,) = find_times("اليوم الخميس", lang="ar", article_date=FRI)
    assert t.day == FRI and t.rule.endswith("weekday-mismatch")


def test_time_window_limits_search_and_keeps_text_offsets():
    text = "التقى أمس الوزير، وسيلتقي غداً الرئيس"
    start = text.index("وسيلتقي")
    (t,) = find_times(text, lang="ar", article_date=FRI, start=start)
    assert t.text == "غداً" and t.begin > start
    (t,) = find_times(text, lang="ar", article_date=FRI, end=start)
    assert t.day == D(2025, 10, 16)


def test_time_hijri_without_year_takes_the_last_occurrence():
    (t,) = find_times("في 15 رمضان", lang="ar", article_date=FRI)
    assert t.day is not None and abs((t.day - D(2025, 3, 15)).days) <= 1


def test_time_resolve_returns_the_longest_expression():
    t = resolve("الخميس 7 آب", lang="ar", article_date=FRI)
    assert isinstance(t, TimeExpr) and t.day == D(2025, 8, 7)
    assert resolve("12 مليون", lang="ar", article_date=FRI) is None


def test_time_rejects_unknown_language():
    with pytest.raises(ValueError):
        find_times("today", lang="fr", article_date=FRI)


# The tabular calendar against the announced Umm al-Qura dates: the arithmetic calendar can
# be a day off (rarely two), so these are checked with a tolerance of one day.
@pytest.mark.parametrize(
    ("hijri", "announced"),
    [
        ((1446, 1, 1), D(2024, 7, 7)),
        ((1446, 9, 1), D(2025, 3, 1)),
        ((1446, 10, 1), D(2025, 3, 30)),
        ((1445, 9, 1), D(2024, 3, 11)),
        ((1445, 12, 10), D(2024, 6, 16)),
        ((1447, 1, 1), D(2025, 6, 26)),
    ],
)
def test_time_hijri_tabular_within_a_day(hijri, announced):
    assert abs((hijri_to_gregorian(*hijri) - announced).days) <= 1


@given(st.dates(min_value=D(700, 1, 1), max_value=D(2200, 12, 31)))
def test_time_hijri_round_trip(d):
    assert hijri_to_gregorian(*gregorian_to_hijri(d)) == d


def test_time_fold_keeps_length_of_letters():
    assert fold_ar("إِبْرَاهِيمُ") == "ابراهيم"
    assert fold_ar("١٢٣") == "123"


def test_time_bad_lexicon_raises_lexicon_error(tmp_path):
    bad = tmp_path / "time.json"
    bad.write_text(json.dumps({"ar": {}}), encoding="utf-8")
    with pytest.raises(LexiconError):
        load_time_lexicon(bad)


_ALPHABET = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهوي ةىأإآؤئءـ"  # letters, variants, tatweel
    "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0670\u200c\u200f"  # harakat, controls
    "0123456789٠١٢٣٤٥٦٧٨٩ /-.,،()"
    "ſKİ"  # characters that case-folding turns into ASCII letters
)
_WORDS = st.sampled_from(
    [
        "اليوم",
        "أمس",
        "بالأمس",
        "الجمعة",
        "يوم",
        "12",
        "أكتوبر",
        "تشرين الأول",
        "2025",
        "الماضي",
        "الجاري",
        "المقبل",
        "رمضان",
        "1446",
        "هـ",
        "الموافق",
        "الأسبوع",
        "الشهر",
        "العام",
        "نهاية",
        "today",
        "yesterday",
        "Monday",
        "last",
        "week",
        "October",
        "Oct.",
        "12,",
        "2025-10-12",
        "02/30/2025",
        "in",
        "early",
        "mid-",
        "30",
        "29 فبراير",
    ]
)
_TEXT = st.lists(st.one_of(st.text(_ALPHABET, max_size=6), _WORDS), max_size=14).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    text=_TEXT,
    lang=st.sampled_from(["ar", "en"]),
    article_date=st.one_of(st.none(), st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 1, 1))),
    cut=st.tuples(st.integers(0, 80), st.one_of(st.none(), st.integers(0, 120))),
)
def test_time_find_never_raises_and_offsets_slice(text, lang, article_date, cut):
    start, end = cut
    found = find_times(text, lang=lang, article_date=article_date, start=start, end=end)
    stop = len(text) if end is None else min(end, len(text))
    for t in found:
        assert text[t.begin : t.end] == t.text
        assert min(start, stop) <= t.begin < t.end <= stop
        assert t.kind in ("day", "interval", "unresolved")
        if t.kind == "day":
            assert t.day is not None and t.earliest == t.latest == t.day
        elif t.kind == "interval":
            assert t.day is None and t.earliest is not None and t.earliest <= t.latest
        else:
            assert t.day is None
        if article_date is None and t.kind != "unresolved":
            # without an article date only absolute dates resolve
            assert any(ch.isdigit() for ch in fold_ar(t.text))
    assert [t.begin for t in found] == sorted(t.begin for t in found)
    assert all(a.end <= b.begin for a, b in zip(found, found[1:], strict=False))


def test_time_hypothesis_helper_dates_are_sane():
    # guards the strategy above: an article date far from any written one still works
    (t,) = find_times("أمس", lang="ar", article_date=D(1990, 1, 1))
    assert t.day == D(1990, 1, 1) - timedelta(days=1)


# The day's date in brackets after its weekday is the day, not the weekday before the
# article's date.
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("استقبل الرئيس، السبت (12 كانون الأول 2020)، الوزير.", "ar", date(2020, 12, 12)),
        ("التقى الوزير، الأحد (3 مايو 2015)، نظيره.", "ar", date(2015, 5, 3)),
        (
            "The minister met him on Saturday (December 12, 2020) in Baghdad.",
            "en",
            date(2020, 12, 12),
        ),
        ("The minister met him on Sunday (3 May 2015) in Cairo.", "en", date(2015, 5, 3)),
    ],
)
def test_time_a_date_in_brackets_after_its_weekday(text, lang, day):
    days = [t.day for t in find_times(text, lang=lang, article_date=TUE) if t.kind == "day"]
    assert days == [day]
