"""Time expressions in Arabic and English news, resolved against the article date.

A pure module: it reads plain strings and character offsets, so the extractor can run it on a
window of text around an event trigger, and it never needs spaCy. The words it knows (month
and weekday names, relative words, modifiers) live in ``data/lexicon/time.json``.

>>> from datetime import date
>>> [(t.text, t.kind, str(t.day)) for t in find_times(
...     "التقى الوزير نظيره أمس الخميس", lang="ar", article_date=date(2025, 10, 17))]
[('أمس الخميس', 'day', '2025-10-16')]

Policies (each one is a choice; the tests pin them):

- News reports the past. A weekday named alone ("الجمعة", "on Friday") is the most recent such
  day on or before the article date; "الجمعة الماضية" / "last Friday" the most recent strictly
  before it; "المقبل" / "next" the next one strictly after it (``future=True``).
- A day and month without a year take the year that puts them at or before the article date,
  except when that day falls at most ``future_window`` days (default 30) after the article
  date: a report dated 9 October that speaks of "October 20" means this year's, not last
  year's (``future=True``). "الجاري" after a month means the article's year; "الماضي" the
  last occurrence before the article's month; "المقبل" / "القادم" the next one after it.
- Weeks are ISO weeks, Monday to Sunday, although many Arab states count weeks from Saturday
  or Sunday: "الأسبوع الماضي" / "last week" is the ISO week before the article's week, "هذا
  الأسبوع" / "this week" runs from the article week's Monday to the article date, and "نهاية
  الأسبوع" (the end of a week) is its Friday to Sunday, which covers both the Arab (Friday,
  Saturday) and the Western (Saturday, Sunday) weekend. The start of a week is its Saturday
  before to Wednesday, for the same reason.
- The current month or year ("الشهر الجاري", "this year") runs from its first day to the
  article date. Parts of a month are days 1-10, 11-20 and 21-end; parts of a year are its
  thirds (January-April, May-August, September-December).
- "عام 2025" / "in 2025" is the interval of that year (kind ``interval``).
- "الأيام الماضية" / "the past few days" is kind ``unresolved`` with no day but with the hint
  ``earliest`` = article date - 7, ``latest`` = article date.
- "ليلة الخميس" is the interval Wednesday..Thursday: in Arabic usage the night of a day can be
  the evening before it. "ليلة أمس" / "مساء أمس" are yesterday; "last night" in English is the
  interval yesterday..today.
- Hijri dates are converted with the arithmetic (tabular, "Kuwaiti") calendar implemented
  here; it can be a day off the announced Umm al-Qura calendar, so their rule ends in
  ``hijri-tabular``. A Hijri date written next to a Gregorian one ("... 1446 هـ الموافق 13
  مارس 2025") is dropped in favour of the Gregorian one.
- Numeric dates: ``YYYY-MM-DD`` and ``YYYY/MM/DD`` always; ``DD/MM/YYYY`` in Arabic; in English
  ``NN/NN/YYYY`` resolves only when one of the first two numbers is above 12 (otherwise it is
  ambiguous between the American and the British order and stays unresolved). A year
  between 1300 and 1600 makes a numeric date Hijri.
- "غدا" is also the verb "became"; it is read as tomorrow (``future=True``), which is harmless
  for reported past events. "اليوم" before an ordinal or "نفسه" ("اليوم الأول", "في اليوم
  نفسه") and "العام" after a head noun ("الأمين العام السابق") are not times.
- Whatever needs the article date gives kind ``unresolved`` without one: never a wrong day.
  Absolute dates that carry their year resolve without it.

Every :class:`TimeExpr` slices its text exactly: ``text[t.begin:t.end] == t.text``. Clitics
(و ف ب ل) and the prepositions "on" / "in" stay outside the span.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg import settings
from kg.errors import LexiconError

__all__ = [
    "TimeExpr",
    "find_times",
    "resolve",
    "fold_ar",
    "hijri_to_gregorian",
    "gregorian_to_hijri",
    "load_time_lexicon",
]

KINDS = ("day", "interval", "unresolved")


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: where it is, what it says, and the day or interval it means.

    ``kind`` is ``"day"`` (then ``day`` is set and ``earliest == latest == day``),
    ``"interval"`` (``earliest``..``latest``, both inclusive) or ``"unresolved"`` (no day;
    ``earliest``/``latest`` may still hold a loose hint, as for "الأيام الماضية").
    ``rule`` names the pattern and policy that fired; ``future`` is true when the expression
    points after the article date (planned events).
    """

    begin: int
    end: int
    text: str
    kind: str
    day: date | None
    earliest: date | None
    latest: date | None
    rule: str
    future: bool = False


# --------------------------------------------------------------------------- folding

# Harakat, Quranic marks, superscript alef, tatweel, zero-width and bidi controls: dropped.
_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
# One character for one character, so that offsets survive.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",
        "ی": "ي",
        "ھ": "ه",
        "\u00a0": " ",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


def fold_ar(s: str) -> str:
    """Fold Arabic spelling variants the way the time patterns see them.

    >>> fold_ar("غداً في ١٢ تشرينِ الأوّل")
    'غدا في 12 تشرين الاول'
    """
    return _fold_with_map(s, 0, len(s))[0]


def _fold_with_map(text: str, start: int, end: int) -> tuple[str, Sequence[int]]:
    """Fold ``text[start:end]``; ``pos[i]`` is the offset in ``text`` of folded char ``i``.

    ``pos`` has one more entry, ``end``, so that a folded span ``[a, b)`` maps back to
    ``[pos[a], pos[b])``: dropped marks after the span's last letter stay inside it.
    When nothing is dropped, ``pos`` is a ``range`` (no list of every offset).

    >>> _fold_with_map("xأمسy", 1, 4)
    ('امس', range(1, 5))
    >>> _fold_with_map("xأَمسy", 1, 5)
    ('امس', [1, 3, 4, 5])
    """
    piece = text[start:end]
    if not _DROP.search(piece):  # nothing to drop (most text): one char for one char
        return piece.translate(_FOLD), range(start, end + 1)
    pos: list[int] = []
    kept = start  # the runs of kept characters between the dropped ones, a run at a time
    for m in _DROP.finditer(text, start, end):
        pos.extend(range(kept, m.start()))
        kept = m.end()
    pos.extend(range(kept, end))
    pos.append(end)
    return _DROP.sub("", piece).translate(_FOLD), pos


# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=4)
def load_time_lexicon(path: Path | None = None) -> dict[str, Any]:
    """Read ``time.json`` (``settings.LEXICON_DIR`` unless ``path``), Arabic words folded.

    >>> load_time_lexicon()["ar"]["relative_days"]["امس"]
    -1
    """
    path = path or settings.LEXICON_DIR / "time.json"
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
        lex = {"ar": _fold_tree(raw["ar"]), "en": raw["en"]}
        for lang in ("ar", "en"):
            for key in ("months", "weekdays", "relative_days", "units", "modifiers"):
                if not isinstance(lex[lang][key], dict):
                    raise TypeError(f"{lang}.{key} must be an object")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LexiconError(
            f"{path}: cannot read the time lexicon ({exc}); restore data/lexicon/time.json "
            "or point KG_LEXICON_DIR at a folder with a valid one"
        ) from exc
    return lex


def _fold_tree(node: Any) -> Any:
    if isinstance(node, str):
        return fold_ar(node)
    if isinstance(node, list):
        return list(dict.fromkeys(_fold_tree(x) for x in node))
    if isinstance(node, dict):
        return {(fold_ar(k) if not k.isdigit() else k): _fold_tree(v) for k, v in node.items()}
    return node


def _alt(words: Iterable[str], *, ci: bool = False) -> str:
    """A regex alternation of ``words``, longest first, any run of spaces inside matching."""
    parts = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)
    return f"(?i:{body})" if ci else f"(?:{body})"


def _index(table: dict[str, list[str]]) -> dict[str, int]:
    """``{"1": ["يناير", ...]}`` -> ``{"يناير": 1, ...}`` with spaces squeezed."""
    return {" ".join(w.split()): int(k) for k, words in table.items() for w in words}


def _inverse(table: dict[str, list[str]]) -> dict[str, str]:
    return {" ".join(w.split()).lower(): k for k, words in table.items() for w in words}


def _key(s: str, *, lower: bool = False) -> str:
    s = " ".join(s.split())
    return s.lower() if lower else s


# --------------------------------------------------------------------------- calendar

# 1 Muharram 1 AH, civil epoch: Friday 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
_HIJRI_EPOCH = date(622, 7, 19).toordinal()


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Convert a Hijri date with the tabular (arithmetic, "Kuwaiti") calendar.

    Leap years are 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle; months
    alternate 30 and 29 days. The announced (Umm al-Qura, sighting) calendar can differ by a
    day or two.

    >>> hijri_to_gregorian(1446, 9, 1)
    datetime.date(2025, 3, 1)
    """
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    n = (
        _HIJRI_EPOCH
        - 1
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + 29 * (month - 1)
        + month // 2
        + day
    )
    return date.fromordinal(n)


def gregorian_to_hijri(d: date) -> tuple[int, int, int]:
    """The tabular Hijri (year, month, day) of a Gregorian date.

    >>> gregorian_to_hijri(date(2025, 3, 1))
    (1446, 9, 1)
    """
    n = d.toordinal()
    year = (30 * (n - _HIJRI_EPOCH) + 10646) // 10631
    prior = n - hijri_to_gregorian(year, 1, 1).toordinal()
    month = (11 * prior + 330) // 325
    day = n - hijri_to_gregorian(year, month, 1).toordinal() + 1
    return year, month, day


def _on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _strictly_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def _strictly_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _period(unit: str, ref: date, delta: int) -> tuple[date, date]:
    """The week / month / year ``delta`` periods from the one holding ``ref``."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=delta)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _month_bounds(*_shift_month(ref.year, ref.month, delta))
    return date(ref.year + delta, 1, 1), date(ref.year + delta, 12, 31)


def _part(unit: str, lo: date, hi: date, part: str | None) -> tuple[date, date]:
    """Narrow a period to its start, middle or end (see the module docstring)."""
    if part is None:
        return lo, hi
    if unit == "week":  # lo is a Monday
        spans = {"start": (-2, 2), "middle": (1, 3), "end": (4, 6)}[part]
        return lo + timedelta(days=spans[0]), lo + timedelta(days=spans[1])
    if unit == "month":
        spans = {"start": (1, 10), "middle": (11, 20), "end": (21, hi.day)}[part]
        return lo.replace(day=spans[0]), lo.replace(day=spans[1])
    spans = {"start": (1, 4), "middle": (5, 8), "end": (9, 12)}[part]
    return _month_bounds(lo.year, spans[0])[0], _month_bounds(lo.year, spans[1])[1]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class _Res:
    """A resolution before it gets its span."""

    kind: str
    rule: str
    day: date | None = None
    earliest: date | None = None
    latest: date | None = None
    future: bool = False


def _day(d: date, rule: str, *, ref: date | None = None, future: bool | None = None) -> _Res:
    fut = (ref is not None and d > ref) if future is None else future
    return _Res("day", rule, d, d, d, fut)


def _span(lo: date, hi: date, rule: str, *, ref: date | None = None) -> _Res:
    # Never collapsed to a day: "this week" read on a Monday is an interval of one day, and
    # says so, while kind "day" means the text itself fixed the day.
    return _Res("interval", rule, None, lo, hi, ref is not None and lo > ref)


def _unresolved(rule: str) -> _Res:
    return _Res("unresolved", rule + ".unresolved")


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Ctx:
    lang: str
    ref: date | None
    future_window: int
    lex: dict[str, Any]
    norm: str  # the folded window, for looking at neighbouring words


def _year_for(month: int, day: int, ctx: _Ctx, mod: str | None) -> tuple[date | None, str]:
    """Pick the year of a day and month written without one (see the module docstring)."""
    ref = ctx.ref
    assert ref is not None
    if mod == "current":
        return _valid(ref.year, month, day), "current"
    if mod == "past":
        year = ref.year if month < ref.month else ref.year - 1
        return _valid(year, month, day), "past"
    if mod == "next":
        year = ref.year if month > ref.month else ref.year + 1
        return _valid(year, month, day), "next"
    this_year = _valid(ref.year, month, day)
    if this_year is not None and this_year <= ref:
        return this_year, "nearest-past"
    if this_year is not None and (this_year - ref).days <= ctx.future_window:
        return this_year, "near-future"
    for back in (1, 2, 3, 4):  # 29 February looks back to the last leap year
        d = _valid(ref.year - back, month, day)
        if d is not None:
            return d, "nearest-past"
    return None, "invalid"


def _month_for(month: int, ctx: _Ctx, mod: str | None) -> tuple[int, str]:
    """The year of a month named without one."""
    ref = ctx.ref
    assert ref is not None
    if mod == "current":
        return ref.year, "current"
    if mod == "past":
        return (ref.year if month < ref.month else ref.year - 1), "past"
    if mod == "next":
        return (ref.year if month > ref.month else ref.year + 1), "next"
    return (ref.year if month <= ref.month else ref.year - 1), "nearest-past"


def _with_weekday(res: _Res, weekday: int | None) -> _Res:
    """Check a weekday written beside a day; the day wins, the rule says when they disagree."""
    if weekday is None or res.day is None:
        return res
    tag = ".weekday-ok" if res.day.weekday() == weekday else ".weekday-mismatch"
    return _Res(res.kind, res.rule + tag, res.day, res.earliest, res.latest, res.future)


# --------------------------------------------------------------------------- patterns

Handler = Callable[[re.Match[str], _Ctx], "_Res | None"]


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    hijri: bool = False
    # Pieces every match of ``regex`` contains (a month name, a digit), each a part of the
    # regex that no match can skip: a text none of them is found in is not searched. None
    # where looking for the piece costs more than the search (a case-blind word list).
    needs: tuple[re.Pattern[str], ...] = ()


_B = r"(?<!\w)"
_E = r"(?!\w)"
# A year that is the start of a numeric date ("2025.10.12") is not a year.
_NOT_NUM = r"(?![./\-]\d)"
_CLITIC = r"(?:[وف]?(?:[بل](?=ال))?)"  # و ف, then ب ل only before the article (بالأمس)


def _mod_of(word: str | None, mods: dict[str, str]) -> str | None:
    return mods.get(_key(word, lower=True)) if word else None


def _prev_word(ctx: _Ctx, m: re.Match[str]) -> str:
    found = re.search(r"(\w+)\W*$", ctx.norm[max(0, m.start("x") - 40) : m.start("x")])
    return found.group(1) if found else ""


def _next_word(ctx: _Ctx, m: re.Match[str]) -> str:
    found = re.match(r"\W*?(\w+)", ctx.norm[m.end("x") : m.end("x") + 40])
    return found.group(1) if found else ""


@lru_cache(maxsize=8)
def _patterns(lang: str, lex_id: int) -> tuple[_Pattern, ...]:
    del lex_id  # the cache key: one set of patterns per loaded lexicon
    lex = load_time_lexicon()
    return _build_ar(lex) if lang == "ar" else _build_en(lex)


def _numeric_patterns(lang: str) -> list[_Pattern]:
    """``2025-10-12``, ``2025/10/12``, ``12-10-2025``, ``12/10/2025`` (one separator)."""
    pre = r"(?<![\w/.\-])"
    post = r"(?![\w/]|[.\-]\d)"
    hijri_marker = r"(?:\s*(?P<h>ه|هجري|هجريه)(?!\w))?" if lang == "ar" else ""
    ymd = re.compile(
        rf"{pre}(?P<x>(?P<y>\d{{4}})(?P<s>[/.\-])(?P<mo>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){post}"
        rf"{hijri_marker})"
    )
    dmy = re.compile(
        rf"{pre}(?P<x>(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<mo>\d{{1,2}})(?P=s)(?P<y>\d{{4}}){post}"
        rf"{hijri_marker})"
    )

    digit = (re.compile(r"\d"),)

    def handle(m: re.Match[str], ctx: _Ctx, *, order: str) -> _Res | None:
        y, first, second = int(m["y"]), int(m["d"]), int(m["mo"])
        rule = f"{lang}.numeric.{order}"
        if order == "ymd":
            month, day = second, first
        elif lang == "ar" or first == second:
            month, day = second, first
        elif first > 12 >= second:  # 13/10/2025: day first
            month, day = second, first
        elif second > 12 >= first:  # 10/13/2025: month first
            month, day = first, second
            rule = f"{lang}.numeric.mdy"
        elif first <= 12 and second <= 12:
            return _unresolved(f"{lang}.numeric.ambiguous")
        else:
            return None
        if 1300 <= y <= 1600 or (m.groupdict().get("h")):
            try:
                return _day(hijri_to_gregorian(y, month, day), rule + ".hijri-tabular", ref=ctx.ref)
            except ValueError:
                return None
        if not 1900 <= y <= 2100:
            return None
        d = _valid(y, month, day)
        return _day(d, rule, ref=ctx.ref) if d else None

    return [
        _Pattern("numeric.ymd", ymd, lambda m, c: handle(m, c, order="ymd"), needs=digit),
        _Pattern("numeric.dmy", dmy, lambda m, c: handle(m, c, order="dmy"), needs=digit),
    ]


# ---- Arabic


def _build_ar(lex: dict[str, Any]) -> tuple[_Pattern, ...]:
    ar = lex["ar"]
    months = _index(ar["months"])
    hmonths = _index(ar["hijri_months"])
    weekdays = _index(ar["weekdays"])
    mods = _inverse(ar["modifiers"])
    units = _inverse(ar["units"])
    parts = _inverse(ar["period_parts"])
    rel = {_key(k): v for k, v in ar["relative_days"].items()}
    rel_with_part = {_key(k): v for k, v in ar["relative_days_after_part"].items()}
    counts = {_key(k): v for k, v in ar["day_counts"].items()}
    ordinals = _index(ar.get("day_ordinals", {}))
    night = {_key(w) for w in ar["night_parts"]}
    blockers_after = set(ar["today_blockers_after"])
    blockers_before = set(ar["today_blockers_before"])
    year_words = set(ar["year_words"])
    general_heads = set(ar["general_heads"])

    MON, HMON, WD = _alt(months), _alt(hmonths), _alt(weekdays)
    MOD = _alt(mods)
    UNIT = _alt(units)
    PART = _alt(parts)
    DAYPART = _alt(ar["day_parts"])
    REL = _alt({**rel, **rel_with_part})
    YW = _alt(ar["year_words"])
    DAYW = _alt(ar["day_word"])
    AGREE = _alt(ar["agreeing_word"])
    OF = _alt(ar["of_word"])
    MW = _alt(ar["month_word"])
    THIS = _alt(ar["this_words"])
    GREG = _alt(ar["gregorian_markers"])
    HMARK = _alt(ar["hijri_markers"])
    EPI = _alt(ar["hijri_month_epithets"])
    RECENT = _alt(ar["recent_days"])
    AGO = _alt(ar["ago_words"])
    COUNT = _alt(counts)
    ORD = _alt(ordinals) if ordinals else "(?!)"

    def day_of(m: re.Match[str]) -> int:
        """The day number: digits, or an ordinal word ("الثالث من الشهر الجاري")."""
        return int(m["d"]) if m["d"] else ordinals[_key(m["dw"])]

    DAYS = _alt(ar["day_unit_plural"])

    # (السبت (12 كانون الأول 2020): the day's date in brackets after its weekday)
    weekday_prefix = rf"(?:(?:{DAYW}\s+)?(?P<wd>{WD})\s*[،,]?\s*\(?\s*(?:{AGREE}\s*)?)?"
    month_pair = rf"(?P<m>{MON})(?:\s*[/(]\s*(?P<m2>{MON})\s*\)?)?"
    year_tail = (
        rf"(?:\s*[،,]?\s*(?:{OF}\s+)?(?:{YW}\s+)?(?P<y>\d{{4}}){_NOT_NUM}"
        rf"(?:\s*(?P<g>{GREG})(?!\w))?)?"
    )

    def weekday_of(m: re.Match[str]) -> int | None:
        return weekdays[_key(m["wd"])] if m["wd"] else None

    def greg_date(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        day, month = day_of(m), months[_key(m["m"])]
        mod = _mod_of(m["mod"], mods)
        if m["y"]:
            d = _valid(int(m["y"]), month, day)
            res = _day(d, "ar.date", ref=ctx.ref) if d else None
        elif ctx.ref is None:
            return _unresolved("ar.date.no-year")
        else:
            d, how = _year_for(month, day, ctx, mod)
            res = _day(d, f"ar.date.{how}", ref=ctx.ref) if d else None
        return _with_weekday(res, weekday_of(m)) if res else None

    def day_of_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        if ctx.ref is None:
            return _unresolved("ar.day-of-month")
        mod = _mod_of(m["mod"], mods) or "current"
        year, month = _shift_month(
            ctx.ref.year, ctx.ref.month, {"past": -1, "current": 0, "next": 1}[mod]
        )
        d = _valid(year, month, day_of(m))
        return (
            _with_weekday(_day(d, f"ar.day-of-month.{mod}", ref=ctx.ref), weekday_of(m))
            if d
            else None
        )

    def month_only(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        month = months[_key(m["m"])]
        mod = _mod_of(m["mod"], mods)
        part = parts.get(_key(m["part"])) if m["part"] else None
        if not (m["y"] or mod or m["mw"]):
            return None  # "مارس" is also a verb, "آب" a father: a bare name is no date
        if m["y"]:
            year, how = int(m["y"]), "year"
        elif ctx.ref is None:
            return _unresolved("ar.month")
        else:
            year, how = _month_for(month, ctx, mod)
        lo, hi = _part("month", *_month_bounds(year, month), part)
        return _span(lo, hi, f"ar.month.{how}" + (f".{part}" if part else ""), ref=ctx.ref)

    def hijri_date(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        day, month = day_of(m), hmonths[_key(m["m"])]
        if m["y"]:
            year = int(m["y"])
        elif ctx.ref is None:
            return _unresolved("ar.hijri")
        else:
            hy, hm, hd = gregorian_to_hijri(ctx.ref)
            year = hy if (month, day) <= (hm, hd) else hy - 1
        if not 1 <= year <= 2000:
            return None
        try:
            d = hijri_to_gregorian(year, month, day)
        except ValueError:
            return None
        return _with_weekday(_day(d, "ar.hijri-tabular", ref=ctx.ref), weekday_of(m))

    def hijri_month(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        month, year = hmonths[_key(m["m"])], int(m["y"])
        if not 1 <= year <= 2000:
            return None
        lo = hijri_to_gregorian(year, month, 1)
        nxt = hijri_to_gregorian(year + month // 12, month % 12 + 1, 1)
        return _span(lo, nxt - timedelta(days=1), "ar.hijri-month.hijri-tabular", ref=ctx.ref)

    def relative(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        word = _key(m["rel"])
        if word in rel_with_part and not m["part"]:
            return None  # "الغد" alone is also a party's or a paper's name
        if word == "اليوم" and not m["wd"]:
            if _next_word(ctx, m) in blockers_after or _prev_word(ctx, m) in blockers_before:
                return None  # "اليوم الأول", "في اليوم نفسه", "صحيفة اليوم"
        rule = "ar.relative"
        if ctx.ref is None:
            return _unresolved(rule)
        d = ctx.ref + timedelta(days=rel.get(word, rel_with_part.get(word, 0)))
        res = _day(d, rule, ref=ctx.ref)
        return _with_weekday(res, weekday_of(m))

    def weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        wd = weekdays[_key(m["wd"])]
        mod = _mod_of(m["mod"], mods)
        if ctx.ref is None:
            return _unresolved("ar.weekday")
        if mod == "past":
            d, rule = _strictly_before(ctx.ref, wd), "ar.weekday.past"
        elif mod == "next":
            d, rule = _strictly_after(ctx.ref, wd), "ar.weekday.next"
        else:
            d, rule = _on_or_before(ctx.ref, wd), "ar.weekday"
        if m["part"] and _key(m["part"]) in night:
            return _span(d - timedelta(days=1), d, rule + ".night", ref=ctx.ref)
        return _day(d, rule, ref=ctx.ref)

    def period(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        unit = units[_key(m["unit"])]
        mod = _mod_of(m["mod"], mods)
        if m["this"]:
            mod = mod or "current"
        if mod is None:
            return None
        if unit == "year" and not m["part"] and not m["this"]:
            if _prev_word(ctx, m) in general_heads:
                return None  # "الأمين العام السابق": العام means "general" here
        part = parts.get(_key(m["part"])) if m["part"] else None
        return _relative_period(unit, mod, part, ctx, "ar.period")

    def year_only(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        year = int(m["y"])
        if not 1900 <= year <= 2100 or _key(m["yw"]) not in year_words:
            return None
        part = parts.get(_key(m["part"])) if m["part"] else None
        lo, hi = _part("year", date(year, 1, 1), date(year, 12, 31), part)
        return _span(lo, hi, "ar.year" + (f".{part}" if part else ""), ref=ctx.ref)

    def recent(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        if ctx.ref is None:
            return _unresolved("ar.recent-days")
        return _Res("unresolved", "ar.recent-days", None, ctx.ref - timedelta(days=7), ctx.ref)

    def days_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        n = counts[_key(m["cw"])] if m["cw"] else int(m["n"])
        if not 1 <= n <= 31 or _next_word(ctx, m) in ("من", "علي"):
            return None  # "قبل يومين من الانتخابات" counts from another day
        if ctx.ref is None:
            return _unresolved("ar.days-ago")
        return _day(ctx.ref - timedelta(days=n), "ar.days-ago", ref=ctx.ref)

    def p(name: str, body: str, handler: Handler, *, hijri: bool = False, needs=()) -> _Pattern:
        regex = re.compile(rf"{_B}{_CLITIC}(?P<x>{body}){_E}")
        return _Pattern(name, regex, handler, hijri, tuple(re.compile(n) for n in needs))

    the_day = rf"(?:(?:ال)?(?P<d>\d{{1,2}})|(?P<dw>{ORD}))"
    return (
        p(
            "ar.date",
            rf"{weekday_prefix}{the_day}\s*(?:{OF}\s+)?(?:{MW}\s+)?{month_pair}{year_tail}"
            rf"(?:\s+(?P<mod>{MOD}))?",
            greg_date,
            needs=[MON],
        ),
        p(
            "ar.day-of-month",
            rf"{weekday_prefix}{the_day}\s+{OF}\s+(?:{THIS}\s+)?(?:ال)?{MW}(?:\s+(?P<mod>{MOD}))?",
            day_of_month,
            needs=[MW],
        ),
        p(
            "ar.month",
            rf"(?:(?P<part>{PART})\s+)?(?:(?P<mw>{MW})\s+)?{month_pair}"
            rf"(?:\s*[،,]?\s*(?:{YW}\s+)?(?P<y>\d{{4}}){_NOT_NUM}(?:\s*{GREG}(?!\w))?|\s+(?P<mod>{MOD}))?",
            month_only,
            needs=[MON],
        ),
        p(
            "ar.hijri",
            rf"{weekday_prefix}{the_day}\s*(?:{OF}\s+)?(?:{MW}\s+)?(?P<m>{HMON})(?:\s+{EPI})?"
            rf"(?:\s*[،,]?\s*(?:{OF}\s+)?(?:{YW}\s+)?(?P<y>\d{{3,4}}){_NOT_NUM}(?:\s*{HMARK}(?!\w))?)?",
            hijri_date,
            hijri=True,
            needs=[HMON],
        ),
        p(
            "ar.hijri-month",
            rf"(?:{MW}\s+)?(?P<m>{HMON})(?:\s+{EPI})?\s*[،,]?\s*(?:{YW}\s+)?(?P<y>\d{{4}}){_NOT_NUM}"
            rf"(?:\s*{HMARK}(?!\w))?",
            hijri_month,
            hijri=True,
            needs=[HMON],
        ),
        p(
            "ar.relative",
            rf"(?:(?P<part>{DAYPART})\s+)?(?:{DAYW}\s+)?(?P<rel>{REL})"
            rf"(?:\s*[،,(]?\s*(?:{DAYW}\s+)?(?P<wd>{WD})\)?)?",
            relative,
            needs=[REL],
        ),
        p(
            "ar.weekday",
            rf"(?:(?P<part>{DAYPART})\s+)?(?:{DAYW}\s+)?(?P<wd>{WD})(?:\s+(?P<mod>{MOD}))?",
            weekday,
            needs=[WD],
        ),
        p(
            "ar.period",
            rf"(?:(?P<part>{PART})\s+)?(?:(?P<this>{THIS})\s+)?(?P<unit>{UNIT})"
            rf"(?:\s+(?P<mod>{MOD}))?",
            period,
            needs=[UNIT],
        ),
        p(
            "ar.year",
            rf"(?:(?P<part>{PART})\s+)?(?P<yw>{YW})\s+(?P<y>\d{{4}}){_NOT_NUM}(?:\s*{GREG}(?!\w))?",
            year_only,
            needs=[r"\d", YW],
        ),
        p("ar.recent-days", RECENT, recent, needs=[RECENT]),
        p(
            "ar.days-ago",
            rf"{AGO}\s+(?:(?P<cw>{COUNT})|(?P<n>\d{{1,2}})\s+{DAYS})",
            days_ago,
            needs=[AGO],
        ),
        *_numeric_patterns("ar"),
    )


def _relative_period(unit: str, mod: str, part: str | None, ctx: _Ctx, rule: str) -> _Res:
    """Last / this / next week, month or year, or a part of it."""
    rule = f"{rule}.{unit}.{mod}" + (f".{part}" if part else "")
    if ctx.ref is None:
        return _unresolved(rule)
    delta = {"past": -1, "current": 0, "next": 1}[mod]
    lo, hi = _part(unit, *_period(unit, ctx.ref, delta), part)
    if mod == "current" and lo <= ctx.ref:
        hi = min(hi, ctx.ref)  # the current period, as far as the article knows it
    return _span(lo, hi, rule, ref=ctx.ref)


# ---- English


def _build_en(lex: dict[str, Any]) -> tuple[_Pattern, ...]:
    en = lex["en"]
    months = {_key(w): int(k) for k, ws in en["months"].items() for w in ws}
    full_months = {_key(ws[0]): int(k) for k, ws in en["months"].items()}
    weekdays = {_key(w): int(k) for k, ws in en["weekdays"].items() for w in ws}
    mods = _inverse(en["modifiers"])
    wmods = _inverse(en["weekday_modifiers"])
    units = _inverse(en["units"])
    parts = _inverse(en["period_parts"])
    edges = _inverse(en["earlier_later"])
    rel = {_key(k, lower=True): v for k, v in en["relative_days"].items()}
    counts = {_key(k, lower=True): v for k, v in en["day_counts"].items()}
    today_blockers = set(en["today_blockers_before"])

    MON, FMON, WD = _alt(months), _alt(full_months), _alt(weekdays)
    MOD = _alt(mods, ci=True)
    WMOD = _alt(wmods, ci=True)
    UNIT = _alt(units, ci=True)
    PART = _alt(parts, ci=True)
    EDGE = _alt(edges, ci=True)
    REL = _alt(rel, ci=True)
    NIGHTS = _alt(en["relative_nights"], ci=True)
    DPART = _alt(en["day_parts"], ci=True)
    DEDGE = _alt(en["day_edges"], ci=True)
    PREP = _alt(en["month_prepositions"], ci=True)
    RECENT = _alt(en["recent_days"], ci=True)
    COUNT = _alt(counts, ci=True)
    AGO = _alt(en["ago_word"], ci=True)
    ORD = r"(?:st|nd|rd|th)?"

    def weekday_of(m: re.Match[str]) -> int | None:
        return weekdays[_key(m["wd"])] if m["wd"] else None

    def date_(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        day = int(m["d"] or m["d2"])
        month = months[_key(m["m"] or m["m2"])]
        mod = None
        if m["y"]:
            d = _valid(int(m["y"]), month, day)
            res = _day(d, "en.date", ref=ctx.ref) if d else None
        elif ctx.ref is None:
            return _unresolved("en.date.no-year")
        else:
            d, how = _year_for(month, day, ctx, mod)
            res = _day(d, f"en.date.{how}", ref=ctx.ref) if d else None
        return _with_weekday(res, weekday_of(m)) if res else None

    def month_only(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        month = full_months[_key(m["m"])]
        part = parts.get(_key(m["part"], lower=True)) if m["part"] else None
        mod = _mod_of(m["mod"], mods)
        if not (m["y"] or mod or part or m["prep"]):
            return None  # "May" is also a verb: a bare name is no date
        if m["y"]:
            year, how = int(m["y"]), "year"
        elif ctx.ref is None:
            return _unresolved("en.month")
        else:
            year, how = _month_for(month, ctx, mod)
        lo, hi = _part("month", *_month_bounds(year, month), part)
        return _span(lo, hi, f"en.month.{how}" + (f".{part}" if part else ""), ref=ctx.ref)

    def relative(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        word = _key(m["rel"], lower=True)
        if word == "today" and _prev_word(ctx, m) in today_blockers:
            return None  # a title: "USA Today"
        if ctx.ref is None:
            return _unresolved("en.relative")
        return _day(ctx.ref + timedelta(days=rel[word]), "en.relative", ref=ctx.ref)

    def nights(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        if ctx.ref is None:
            return _unresolved("en.last-night")
        return _span(ctx.ref - timedelta(days=1), ctx.ref, "en.last-night", ref=ctx.ref)

    def weekday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        wd = weekdays[_key(m["wd"])]
        mod = wmods.get(_key(m["mod"], lower=True)) if m["mod"] else None
        if mod == "ambiguous":
            return _unresolved("en.weekday.this")
        if ctx.ref is None:
            return _unresolved("en.weekday")
        if mod == "past":
            return _day(_strictly_before(ctx.ref, wd), "en.weekday.past", ref=ctx.ref)
        if mod == "next":
            return _day(_strictly_after(ctx.ref, wd), "en.weekday.next", ref=ctx.ref)
        return _day(_on_or_before(ctx.ref, wd), "en.weekday", ref=ctx.ref)

    def period(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        unit = units[_key(m["unit"], lower=True)]
        mod = mods[_key(m["mod"], lower=True)]
        part = parts.get(_key(m["part"], lower=True)) if m["part"] else None
        edge = edges.get(_key(m["edge"], lower=True)) if m["edge"] else None
        res = _relative_period(unit, mod, part, ctx, "en.period")
        if edge is None or ctx.ref is None or res.earliest is None or res.latest is None:
            return res
        # "earlier this month": the part up to the article date; "later this week": after it.
        if edge == "earlier" and res.earliest <= ctx.ref:
            return _span(res.earliest, min(res.latest, ctx.ref), res.rule + ".earlier", ref=ctx.ref)
        if edge == "later" and mod == "current":
            _, hi = _period(unit, ctx.ref, 0)
            return replace(_span(ctx.ref, hi, res.rule + ".later", ref=ctx.ref), future=True)
        return res

    def year_only(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        year = int(m["y"])
        if not 1900 <= year <= 2100:
            return None
        part = parts.get(_key(m["part"], lower=True)) if m["part"] else None
        lo, hi = _part("year", date(year, 1, 1), date(year, 12, 31), part)
        return _span(lo, hi, "en.year" + (f".{part}" if part else ""), ref=ctx.ref)

    def recent(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        if ctx.ref is None:
            return _unresolved("en.recent-days")
        return _Res("unresolved", "en.recent-days", None, ctx.ref - timedelta(days=7), ctx.ref)

    def days_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        n = counts[_key(m["cw"], lower=True)] if m["cw"] else int(m["n"])
        if not 1 <= n <= 31:
            return None
        if ctx.ref is None:
            return _unresolved("en.days-ago")
        return _day(ctx.ref - timedelta(days=n), "en.days-ago", ref=ctx.ref)

    def p(name: str, body: str, handler: Handler, *, lead: str = "", needs=()) -> _Pattern:
        # ASCII: case-insensitive matching must not let "ſ" or "K" (Kelvin) stand for s, k.
        regex = re.compile(rf"{_B}{lead}(?P<x>{body}){_E}", re.ASCII)
        return _Pattern(name, regex, handler, needs=tuple(re.compile(n, re.ASCII) for n in needs))

    on = r"(?:(?i:on)\s+)?"
    return (
        p(
            "en.date",
            rf"(?:(?P<wd>{WD}),?\s+\(?(?:(?i:the)\s+)?)?"
            rf"(?:(?P<d>\d{{1,2}}){ORD}\s+(?:(?i:of)\s+)?(?P<m>{MON})\.?"
            rf"|(?P<m2>{MON})\.?\s*(?P<d2>\d{{1,2}}){ORD})"
            rf"(?:,?\s+(?P<y>\d{{4}}){_NOT_NUM})?",
            date_,
            lead=on,
            needs=[MON],
        ),
        p(
            "en.month",
            rf"(?:(?P<part>{PART})(?:\s+|-)|(?P<mod>{MOD})\s+)?(?P<m>{FMON})"
            rf"(?:,?\s+(?P<y>\d{{4}}){_NOT_NUM})?",
            month_only,
            lead=rf"(?:(?P<prep>{PREP})\s+)?",
            needs=[FMON],
        ),
        p(
            "en.relative",
            rf"(?:{DEDGE}\s+)?(?P<rel>{REL})(?:\s+{DPART})?",
            relative,
            lead=on,
        ),
        p("en.last-night", NIGHTS, nights),
        p(
            "en.weekday",
            rf"(?:(?P<mod>{WMOD})\s+|{DEDGE}\s+)?(?P<wd>{WD})(?:\s+{DPART})?",
            weekday,
            lead=on,
            needs=[WD],
        ),
        p(
            "en.period",
            rf"(?:(?P<edge>{EDGE})\s+|(?P<part>{PART})(?:\s+|-))?(?P<mod>{MOD})\s+(?P<unit>{UNIT})",
            period,
            needs=[UNIT],
        ),
        p(
            "en.year",
            rf"(?:(?P<part>{PART})(?:\s+|-))?(?P<y>\d{{4}}){_NOT_NUM}",
            year_only,
            lead=rf"(?:{PREP})\s+",
            needs=[r"\d"],
        ),
        p("en.recent-days", RECENT, recent),
        p(
            "en.days-ago",
            rf"(?:(?P<cw>{COUNT})|(?P<n>\d{{1,2}})\s+(?i:days?))\s+{AGO}",
            days_ago,
            needs=[AGO],
        ),
        *_numeric_patterns("en"),
    )


# --------------------------------------------------------------------------- entry points


def find_times(
    text: str,
    *,
    lang: str,
    article_date: date | None,
    start: int = 0,
    end: int | None = None,
    future_window: int = 30,
) -> list[TimeExpr]:
    """Every time expression in ``text[start:end]``, resolved against ``article_date``.

    ``lang`` is ``"ar"`` or ``"en"``. Overlapping candidates are settled longest first;
    a Hijri date written beside a Gregorian one is dropped. Offsets index ``text`` itself.

    >>> from datetime import date
    >>> ts = find_times("He met Fidan on Monday and again on October 12, 2025.",
    ...                 lang="en", article_date=date(2025, 10, 17))
    >>> [(t.text, str(t.day), t.rule) for t in ts]
    [('Monday', '2025-10-13', 'en.weekday'), ('October 12, 2025', '2025-10-12', 'en.date')]
    >>> find_times("اليوم", lang="ar", article_date=None)[0].kind
    'unresolved'
    """
    if lang not in ("ar", "en"):
        raise ValueError(f"lang must be 'ar' or 'en', not {lang!r}")
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    norm, pos = _fold_with_map(text, start, end)
    lex = load_time_lexicon()
    ctx = _Ctx(lang, article_date, future_window, lex, norm)

    found: list[tuple[int, int, _Pattern, _Res]] = []
    present: dict[re.Pattern[str], bool] = {}  # each needed piece looked for once
    for pattern in _patterns(lang, id(lex)):
        if not all(_present(n, norm, present) for n in pattern.needs):
            continue  # a piece every match contains is not in the text: no match
        for m in pattern.regex.finditer(norm):
            a, b = m.span("x")
            if a == b:
                continue
            res = pattern.handler(m, ctx)
            if res is not None:
                found.append((a, b, pattern, res))

    chosen = _longest_first(found)
    chosen = _drop_hijri_beside_gregorian(chosen, norm)
    out = []
    for a, b, _, res in chosen:
        begin, stop = pos[a], pos[b]
        out.append(
            TimeExpr(
                begin=begin,
                end=stop,
                text=text[begin:stop],
                kind=res.kind,
                day=res.day,
                earliest=res.earliest,
                latest=res.latest,
                rule=res.rule,
                future=res.future,
            )
        )
    return out


def _present(piece: re.Pattern[str], norm: str, memo: dict[re.Pattern[str], bool]) -> bool:
    if piece not in memo:
        memo[piece] = piece.search(norm) is not None
    return memo[piece]


def _longest_first(
    found: list[tuple[int, int, _Pattern, _Res]],
) -> list[tuple[int, int, _Pattern, _Res]]:
    """Keep non-overlapping candidates, the longest first, then the earliest."""
    taken: list[tuple[int, int, _Pattern, _Res]] = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


# What may stand between a Hijri date and the Gregorian one that restates it.
_BESIDE = re.compile(r"^[\s،,\-/()\[\]|]*(?:الموافق(?:ه)?\s*(?:ل)?|اي)?[\s،,\-/()\[\]|]*$")


def _drop_hijri_beside_gregorian(
    chosen: list[tuple[int, int, _Pattern, _Res]], norm: str
) -> list[tuple[int, int, _Pattern, _Res]]:
    def is_hijri(c: tuple[int, int, _Pattern, _Res]) -> bool:
        return c[2].hijri or "hijri" in c[3].rule

    def is_greg_day(c: tuple[int, int, _Pattern, _Res]) -> bool:
        return not is_hijri(c) and c[3].kind == "day"

    drop = set()
    for i, c in enumerate(chosen):
        if not is_hijri(c):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(chosen) and is_greg_day(chosen[j]):
                lo, hi = (chosen[j][1], c[0]) if j < i else (c[1], chosen[j][0])
                if hi - lo <= 20 and _BESIDE.match(norm[lo:hi]):
                    drop.add(i)
    return [c for i, c in enumerate(chosen) if i not in drop]


def resolve(expr_text: str, *, lang: str, article_date: date | None) -> TimeExpr | None:
    """Resolve one expression on its own: the longest time expression found in it, or None.

    >>> from datetime import date
    >>> resolve("بالأمس", lang="ar", article_date=date(2025, 9, 2)).day
    datetime.date(2025, 9, 1)
    >>> resolve("12 مليون", lang="ar", article_date=date(2025, 9, 2)) is None
    True
    """
    found = find_times(expr_text, lang=lang, article_date=article_date)
    if not found:
        return None
    return max(found, key=lambda t: (t.end - t.begin, -t.begin))
