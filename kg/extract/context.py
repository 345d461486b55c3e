"""The state an article speaks from: its dateline, its agency, its outlet.

Wire copy names its own state's officials without a nationality ("وزير الخارجية X" in a
Syrian agency's report from Damascus is Syria's). When a post's state is not stated, the
extractor may take the article's *home state* from, in order:

1. the dateline (``دمشق - سانا``, ``ANKARA (Reuters) -``): the city's state;
2. a national news agency named in the dateline (``- سانا``, ``(واس)``): its state;
3. the outlet's address: a country-code domain (``sana.sy``) or a known national outlet
   (data/lexicon/outlets.jsonl).

Each answer carries the rule it came from, which the evidence keeps.

>>> home_state(Article(id="a", lang="ar", text="دمشق - سانا\\n\\nقال الوزير ..."))
('SY', 'dateline')
>>> home_state(Article(id="a", lang="ar", text="قال ...", url="https://www.sana.sy/x/1"))
('SY', 'outlet')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from urllib.parse import urlsplit

from kg import lexicon
from kg.extract.index import arabic_index, english_index, first_keys, inner_key, rule_words
from kg.model import Article
from kg.nlp.normalize import normalize_ar, normalize_en
from kg.nlp.pipeline import doc_tokens

__all__ = [
    "home_state",
    "dateline_state",
    "outlet_state",
    "family_state",
    "family_words",
    "monarch",
    "monarch_given_names",
    "emir_names",
    "monarch_key",
    "monarch_arabic",
    "state_words_en",
]

# Country-code domains that outlets of other states use as generic names.
_GENERIC_TLDS = {"co", "io", "me", "tv", "fm", "ai", "ws", "cc", "to", "so", "ly", "gg", "am"}
# "Lima, The Minister of ...": a place, a comma, then a sentence opened by a capitalised
# word of rules_en.json's dateline_openers (English only)
_OPENERS = "|".join(sorted(w.capitalize() for w in rule_words("en")["dateline_openers"]))
_DATELINE_COMMA = re.compile(r"^\s*([^,\n]{2,30}),\s+(?:" + _OPENERS + r")\b")


def dateline_comma(line: str) -> re.Match[str] | None:
    """``Lima, The Minister ...``: the match of a place and a comma before a sentence, or
    None; not a list of states (Chile, The Netherlands and Peru ...).

    >>> dateline_comma("Lima, The Minister of Interior met ...").group(1)
    'Lima'
    >>> dateline_comma("Chile, The Netherlands and Peru agreed ...") is None
    True
    """
    m = _DATELINE_COMMA.match(line)
    if m is None:
        return None
    words = [[normalize_en(w)] for w in re.findall(r"\w+", line[m.end(1) + 1 :])[:5]]
    ix = english_index()
    if any(ix.countries.longest(words[k:]) for k in (0, 1)):
        return None
    return m


# a wire that opens with its agency in brackets and a dash: (كونا) --, (AFP) -
_AGENCY_FIRST = re.compile(r"^\s*\(([^)\n]{1,30})\)\s*[-–—]")
_DATELINE = re.compile(
    r"^\s*([^\n\-–—:(/]{2,40}?)\s*(?:\(([^)\n]{1,30})\)\s*)?[-–—:/]\s*([^\n]{0,30})"
)


@cache
def _outlets() -> dict[str, str]:
    return {e["domain"]: e["country"] for e in lexicon.load_jsonl("outlets.jsonl")}


@cache
def _codes() -> frozenset[str]:
    return frozenset(arabic_index().info)


def outlet_state(url: str | None) -> str | None:
    """The home state of an outlet from its address, or None.

    >>> outlet_state("https://www.youm7.com/story/1"), outlet_state("https://example.com/")
    ('EG', None)
    >>> outlet_state("https://sauress.com/okaz/123")  # an aggregator of one state's press
    'SA'
    """
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    outlets = _outlets()
    parts = host.split(".")
    for n in range(len(parts) - 1):
        if ".".join(parts[n:]) in outlets:
            return outlets[".".join(parts[n:])]
    tld = parts[-1] if parts else ""
    if len(tld) == 2 and tld not in _GENERIC_TLDS and tld.upper() in _codes():
        return tld.upper()
    return None


def government_state(url: str | None) -> str | None:
    """The state of a government's own web address (a ministry's, a presidency's, an
    information service's: a label of ``government_hosts``), or None.

    >>> government_state("https://jis.gov.jm/news/1"), government_state("https://www.mfa.go.ke/x")
    ('JM', 'KE')
    >>> government_state("https://www.youm7.com/story/1") is None
    True
    """
    if not url:
        return None
    labels = (urlsplit(url).hostname or "").lower().split(".")
    if _GOVERNMENT_HOSTS.isdisjoint(labels[:-1]):
        return None
    return outlet_state(url)


def _place_or_agency(words: str, lang: str, *, media: bool = True) -> str | None:
    ix = arabic_index() if lang == "ar" else english_index()
    if lang == "ar":
        keys = [[inner_key(normalize_ar(w))] for w in words.split()]
    else:
        keys = [[normalize_en(w)] for w in re.findall(r"[\w'.-]+", words)]
    if not keys:
        return None
    for trie in (ix.places, ix.countries, ix.media) if media else (ix.places, ix.countries):
        hit = trie.longest(keys)
        if hit and hit[0] == len(keys):
            v = hit[1]
            return v.get("country") if isinstance(v, dict) else v
    return None


def dateline_state(text: str, *, lang: str) -> str | None:
    """The state of a dateline at the start of the text (a city, or a national agency).

    >>> dateline_state("أنقرة-سانا\\n\\nأجرى ...", lang="ar")
    'TR'
    >>> dateline_state("ANKARA (AA) - Turkey's", lang="en")
    'TR'
    >>> dateline_state("date 2025-10-17 - ملخص الخبر\\nأنقرة/ الأناضول\\nأجرى ...", lang="ar")
    'TR'
    >>> dateline_state("(كونا) -- بحث وزير الدفاع ...", lang="ar")
    'KW'
    >>> dateline_state("الوزير يؤكد عودة هبوط الطائرات الكويتية الى المطارات في الشهر المقبل\\n\\n"
    ...                "الأولى نيوز / بغداد\\nأكد وزير النقل ...", lang="ar")
    'IQ'
    >>> dateline_state("عنوان الخبر الطويل الذي يسبق النص ويصف ما جرى في اللقاء بين الوزيرين\\n"
    ...                "(كونا) – أعلنت الوزارة ...", lang="ar")
    'KW'
    """
    # (eight chunks: the first four lines of text past blank lines between paragraphs)
    lines = [line for line in text.lstrip().split("\n", 8)[:8] if line.strip()]
    for n, line in enumerate(lines[:2]):
        if n and _CREDIT.match(line):
            break  # (a headline, then الصورة: الأناضول, Photo: AFP: a credit, no dateline)
        found = _dateline_line(line, lang)
        if found:
            return found
        if len(line) > 60 and not line.startswith("date ") and not headline(line):
            break  # a dateline is the first short line (after the seed's summary line)
    for line in lines[:4]:
        # (كونا) – أعلنت ...: a wire's paragraph signed by its agency, after a headline
        # and a subheading (none of them a dateline of another shape: عمان 6 أيار (بترا) –)
        a = _AGENCY_FIRST.match(line[:80])
        if a and (found := _place_or_agency(a.group(1).strip(), lang)):
            return found
        if re.search(r"[-–—]", line[:60]) or "(" in line[:60]:
            break
    return None


_KICKER = re.compile(r"\s*([A-Z][A-Za-z .'’-]{1,40}?):\s+\S")


@cache
def _state_names_en() -> dict[str, str]:
    return {n.lower(): c.code for c in lexicon.countries() for n in (c.en, *c.alt_en) if n}


def kicker_state(text: str) -> str | None:
    """The state an English headline is filed under, before a colon ("Kenya: X Sworn in as
    Governor", as aggregators of a continent's news label each story): that state, when
    the headline has a story after it, names no other state after the colon, and the story
    is filed from no other state's city.

    >>> kicker_state("Kenya: Wekesa Sworn in as Governor\\n\\nNairobi — Abdi Wekesa ...")
    'KE'
    >>> kicker_state("Update: Wekesa Sworn in\\n\\nAbdi Wekesa ...") is None
    True
    >>> kicker_state("Kenya: Ugandan Minister Visits\\n\\nKampala — X ...") is None
    True
    """
    end = headline_end(text)
    if end is None:
        return None
    m = _KICKER.match(text[:end])
    code = _state_names_en().get(m.group(1).strip().lower()) if m else None
    if code is None:
        return None
    rest = text[m.end(1) : end].lower()
    if any(
        c != code and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", rest)
        for w, c in state_words_en()
    ):
        return None  # "Kenya: South Sudan's Kiir Fires Minister": a story of another state
    dl = dateline_state(text[end:], lang="en")
    return None if dl not in (None, code) else code  # (nor one filed from another: Juba —)


@cache
def state_words_en() -> tuple[tuple[str, str], ...]:
    """Every state's English names and adjectives, lower case, with its code."""
    return tuple(
        (w.lower(), c.code)
        for c in lexicon.countries()
        for w in (c.en, *c.alt_en, *c.adj_en)
        if w and len(w) > 3
    )


_CREDIT = re.compile(
    r"\s*(?:الصورة|صورة|المصدر|تصوير|بقلم|كتب|photo|file photo|image|credit|source|by)\b"
    r"|[^\n]{0,30}:",
    re.IGNORECASE,
)


def _office_over_seat(norms: list[str], i: int) -> bool:
    """An office word further back than two words, over the words of a seat of
    government only (في مقر وزارة النقل بالرياض, في مقر رئاسة الحكومة بالرباط, في مكتبه في
    العاصمة بغداد), not over another body's name (مقر الأمم المتحدة بنيويورك)."""
    k = i - 1
    while k >= 0 and i - k <= 5:
        key, bare = inner_key(norms[k]), inner_key(norms[k][1:])
        if key in _OFFICES or bare in _OFFICES:
            return i - k > 2
        seat = (
            key in _SEAT_WORDS or bare in _SEAT_WORDS or key in _CITY_WORDS or bare in _CITY_WORDS
        )
        ministry = k > 0 and inner_key(norms[k - 1]) in _MINISTRY_KEYS
        if not (seat or ministry):
            return False
        k -= 1
    return False


def headline(line: str) -> bool:
    """A headline above the dateline: one line under 130 characters that no full stop
    ends (الوزير يؤكد عودة الرحلات إلى المطارات العراقية), not a lead paragraph."""
    return len(line) < 130 and not line.rstrip().endswith((".", "!", "?", "؟", ":", "»", '"'))


def headline_end(text: str) -> int | None:
    """Where the headline a text opens with ends (its first line, when :func:`headline`
    says it is one and a story follows), or None.

    >>> headline_end("Kenya, Qatar agree to deepen ties\\n\\nThey met.")
    33
    >>> headline_end("One line only.") is None
    True
    """
    first = text.lstrip()
    cut = first.find("\n")
    if cut < 0 or not first[:cut].strip() or not headline(first[:cut]):
        return None
    return len(text) - len(first) + cut


def _dateline_line(line: str, lang: str) -> str | None:
    a = _AGENCY_FIRST.match(line[:80])
    if a:  # (كونا) -- ...: a wire signed by its agency alone
        return _place_or_agency(a.group(1).strip(), lang)
    m = _DATELINE.match(line[:80])
    if not m and lang == "en" and (c := dateline_comma(line[:80])):
        return _place_or_agency(c.group(1).strip(), lang)
    if not m:
        return None
    city = m.group(1).strip()
    parts = [p.strip() for p in re.split(r"[,،]", city)]
    if len(parts) == 2 and all(p and len(p.split()) <= 3 for p in parts):
        # Doha, Qatar: / Boa Vista, Brazil - : a city and its state (the city may be one
        # no gazetteer holds; when it is held, both must agree)
        first, last = (
            _place_or_agency(parts[0], lang),
            _place_or_agency(parts[1], lang, media=False),
        )
        if last and first in (None, last):
            return last
    if len(city.split()) > 3:
        return None
    found = _place_or_agency(city, lang)
    if found:
        return found
    for agency in (m.group(2), m.group(3)):
        if agency and len(agency.split()) <= 3:
            found = _place_or_agency(agency.strip(), lang)
            if found:
                return found
    return None


@cache
def _families() -> tuple[tuple[tuple[str, ...], str], ...]:
    out = []
    for row in lexicon.load_jsonl("ruling_families.jsonl"):
        for name in row.get("ar", []):
            out.append((tuple(inner_key(normalize_ar(w)) for w in name.split()), row["country"]))
        for name in row.get("en", []):
            out.append((tuple(re.findall(r"[a-z]+", normalize_en(name))), row["country"]))
    return tuple(sorted(out, key=lambda f: -len(f[0])))


@cache
def family_words() -> frozenset[str]:
    """Ruling houses named by one Arabic word with the article (الصباح), as folded keys:
    such a word may end a name after another surname (عبدالله علي عبدالله السالم الصباح).

    >>> "صباح" in family_words()
    True
    """
    return frozenset(f[0] for f, _ in _families() if len(f) == 1 and not f[0].isascii())


def monarch_key(text: str) -> str:
    """A monarch's name or title folded for comparing, in either script."""
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return " ".join(inner_key(normalize_ar(w)) for w in text.split())
    return " ".join(re.findall(r"[a-z]+", normalize_en(text)))


@cache
def _monarchs() -> tuple[dict, ...]:
    """The reigns of ``monarchs.jsonl``, each with its folded names and titles."""
    out = []
    for row in lexicon.load_jsonl("monarchs.jsonl"):
        called = {monarch_key(n) for n in (*row["called_en"], *row["called_ar"])}
        titles = {monarch_key(t) for t in (*row["titles_en"], *row["titles_ar"])}
        full = tuple(monarch_key(n).split() for n in (row["en"], row["ar"]))
        out.append({**row, "called": called, "titles": titles, "full": full})
    return tuple(out)


def _full_start(row: dict, key: str) -> bool:
    """Does the folded name ``key``, of two words or more, open the reign ``row``'s full
    name in either script (صباح الأحمد of صباح الأحمد الجابر الصباح; تميم بن حمد)?"""
    words = key.split()
    return len(words) >= 2 and any(full[: len(words)] == words for full in row["full"])


# the words of a lineage, that end no opening of a name (تميم بن, Tamim bin)
_LINEAGE_WORDS = frozenset({"بن", "ابن", "ال", "bin", "ibn", "bint", "al"})


@cache
def emir_names() -> frozenset[str]:
    """The folded openings, of two words or more, of the full names of the monarchs whose
    title is an emir's (أمير, الأمير: monarchs.jsonl), any reign: the press of Kuwait and
    Qatar calls its emir الأمير and his name alone (سمو الأمير الشيخ صباح الأحمد).

    >>> "صباح احمد" in emir_names(), "تميم بن حمد" in emir_names(), "فيصل بن فرحان" in emir_names()
    (True, True, False)
    """
    out = set()
    for row in _monarchs():
        if "امير" in row["titles"]:
            for full in row["full"]:
                out.update(
                    " ".join(full[:n])
                    for n in range(2, len(full) + 1)
                    if full[n - 1] not in _LINEAGE_WORDS  # (not تميم بن alone)
                )
    return frozenset(out)


@cache
def monarch_given_names() -> frozenset[str]:
    """The folded names alone by which the press calls a reigning monarch after his title
    (الملك سلمان, السلطان هيثم), any reign of ``monarchs.jsonl``.

    >>> "هيثم" in monarch_given_names(), "زرقون" in monarch_given_names()
    (True, False)
    """
    return frozenset(c for row in _monarchs() for c in row["called"])


def _title_readings(title: str) -> tuple[str, ...]:
    """The folded, space-padded readings of a monarch's title: in Arabic, its first word
    with and without its clitics (للملك, وبالسلطان: الملك, السلطان).

    >>> _title_readings("وللملك")
    (' وللملك ', ' لملك ', ' ملك ')
    """
    words = title.split()
    if not words or not any("\u0600" <= c <= "\u06ff" for c in title):
        return (f" {monarch_key(title)} ",)
    rest = monarch_key(" ".join(words[1:]))
    return tuple(
        f" {' '.join(filter(None, (k, rest)))} " for k, _ in first_keys(normalize_ar(words[0]))
    )


def _called(row: dict, key: str, said: tuple[str, ...]) -> bool:
    """Does the reign ``row`` go by the folded name ``key`` after one of the folded,
    space-padded readings of its title ``said``?"""
    return (key in row["called"] or _full_start(row, key)) and any(
        f" {t} " in r for t in row["titles"] for r in said
    )


def monarch_arabic(english: str) -> str:
    """The Arabic name in full of the monarch of ``monarchs.jsonl`` named ``english``.

    >>> monarch_arabic("Haitham bin Tariq")
    'هيثم بن طارق'
    """
    return next(row["ar"] for row in _monarchs() if row["en"] == english)


def monarch(
    name: str, title: str, country: str | None, day, *, context_state: str | None = None
) -> dict | None:
    """The reign (a row of ``monarchs.jsonl``) of the one monarch the press calls ``name``
    alone after ``title`` (King Abdullah, الملك سلمان, Emir Tamim), or by the opening of
    his full name (الأمير صباح الأحمد, King Salman bin Abdulaziz), on ``day`` (today's
    reigns when None), of state ``country`` when it is known, or None: no reign, or two.
    A reign marked ``state_named`` (a president the press calls by his given name, as the
    Emirates' own papers call theirs: President Sheikh Mohamed) is read only where its
    state is ``country`` or the article's context gives it (``context_state``): another
    state's President Mohamed is no one's reign.

    >>> import datetime
    >>> monarch("Abdullah", "King", None, datetime.date(2025, 1, 1))["en"]
    'Abdullah II'
    >>> monarch("Abdullah", "Saudi King", "SA", datetime.date(2010, 1, 1))["en"]
    'Abdullah bin Abdulaziz'
    >>> monarch("Abdullah", "King", None, datetime.date(2010, 1, 1)) is None  # two kings
    True
    >>> monarch("السلطان", "السلطان", None, None) is None
    True
    >>> monarch("صباح الأحمد", "الأمير الشيخ", None, datetime.date(2019, 5, 1))["country"]
    'KW'
    >>> monarch("صباح الأحمد", "الأمير", None, datetime.date(2021, 5, 1)) is None
    True
    >>> day = datetime.date(2023, 1, 1)
    >>> monarch("Mohamed", "President Sheikh", None, day, context_state="AE")["en"]
    'Mohamed bin Zayed Al Nahyan'
    >>> monarch("Mohamed", "President", None, day, context_state="SO") is None
    True
    """
    key, said = monarch_key(name), _title_readings(title)
    when = day.isoformat() if day else None
    hits = [
        row
        for row in _monarchs()
        if _called(row, key, said)
        and country in (None, row["country"])
        and (not row.get("state_named") or row["country"] in (country, context_state))
        and (row["from"] is None or when is None or row["from"] <= when)
        and (row["to"] is None if when is None else (row["to"] is None or when < row["to"]))
    ]
    return hits[0] if len(hits) == 1 else None


def gazetteer_state(english: str | None, name: str) -> str | None:
    """The state the officials gazetteer knows a person named ``english`` (written
    ``name`` in the text) serves, unless the name is a ruling house's, whose state the
    family rule gives later.

    >>> gazetteer_state("Hakan Fidan", "Hakan Fidan"), gazetteer_state(None, "X")
    ('TR', None)
    """
    known = lexicon.official_state(english)
    return known if known and family_state([name]) is None else None


def family_state(names: list[str]) -> str | None:
    """The state of a ruling house whose name ends one of ``names``, if exactly one.

    >>> family_state(["فهد يوسف سعود الصباح"]), family_state(["Tamim bin Hamad Al Thani"])
    ('KW', 'QA')
    >>> family_state(["أحمد الصباحي"]) is None
    True
    """
    found = set()
    for name in names:
        if any("\u0600" <= c <= "\u06ff" for c in name):
            words = tuple(inner_key(normalize_ar(w)) for w in name.split())
        else:
            words = tuple(re.findall(r"[a-z]+", normalize_en(name)))
        for family, code in _families():
            if len(words) > len(family) and words[-len(family) :] == family:
                found.add(code)
                break
    return found.pop() if len(found) == 1 else None


# gov, gob, mfa: the labels of a government's own web address
_GOVERNMENT_HOSTS = rule_words("en")["government_hosts"]
# Geneva, New York: the cities where international bodies sit (ids of places.jsonl)
_CONFERENCE_CITIES = rule_words("en")["conference_cities"]
# prepositions of a destination (folded)
_TOWARDS = rule_words("ar")["destination_prepositions"]
# One's office, a ministry's seat: the place after them is where the host works.
_OFFICES = rule_words("ar")["office_words"]
_RESIDENCES = rule_words("ar")["residence_words"]
_CITY_WORDS = rule_words("ar")["city_words"]
_MINISTRY_KEYS = frozenset({inner_key(normalize_ar("وزارة"))})
_SEAT_WORDS = rule_words("ar")["seat_words"]
_TOPIC_NOUNS = rule_words("ar")["topic_nouns"]
# سلطنة, مملكة, جمهورية: before a name, the state of that name (سلطنة عمان, not Amman)
_STATE_WORDS = rule_words("ar")["state_words"]


def text_state(doc, *, lang: str) -> str | None:
    """The state an Arabic article is about, from its text alone: the state whose cities
    and regions it names most often, at least twice, if one leads. Arab wire copy names
    its own state's officials with no nationality and the places they act in (عدن, بغداد,
    قصر بيان ...) by name; a visitor's state is stated with his post, not by his cities.

    >>> from kg.nlp import get_pipeline
    >>> nlp = get_pipeline("ar")
    >>> text_state(nlp("وصل الوزير إلى الرياض قادما من عدن، والتقى في عدن الوفد."), lang="ar")
    'YE'
    """
    if lang != "ar":
        return None
    ix = arabic_index()
    toks = doc_tokens(doc)
    norms, punct = toks.norms, toks.punct
    keys = [[inner_key(n)] for n in norms]
    starts = ix.places.root.keys()
    counts: dict[str, int] = {}
    topic_end = -2  # the last token of a topic's place
    i = 0
    while i < len(norms):
        if punct[i] or starts.isdisjoint(_readings(norms[i])):
            i += 1  # no place starts with this word
            continue
        opts = [list(_readings(norms[i]))] + keys[i + 1 : i + 6]
        hit = ix.places.longest(opts)
        styled = i > 0 and not _STATE_WORDS.isdisjoint(_readings(norms[i - 1]))
        if hit and styled and (state := ix.countries.longest(opts)) and state[0] == hit[0]:
            # بسلطنة عمان: the state named in full, not its namesake city (Amman)
            hit = (hit[0], {**hit[1], "country": state[1]})
        if styled and i > 1 and norms[i - 2] in _TOWARDS:
            i += hit[0] if hit else 1  # إلى سلطنة عمان, لدى دولة الكويت: a destination
            continue
        # a destination (إلى بغداد, لبغداد) is where a visitor goes, not where the
        # article speaks from
        # ... or the place only read once a clitic ل is taken off (لبغداد, not لندن)
        bare = ix.places.longest(keys[i : i + 6])
        to = (i > 0 and norms[i - 1] in _TOWARDS) or (norms[i][:1] == "ل" and not bare)
        # where a visitor stays (بمقر إقامته في نيويورك) is not where the article speaks from
        stay = any(inner_key(norms[k]) in _RESIDENCES for k in range(max(0, i - 2), i))
        # the topic's place (الأوضاع في غزة والضفة الغربية) is not where it speaks from
        topic = any(inner_key(norms[k]) in _TOPIC_NOUNS for k in range(max(0, i - 2), i)) or (
            topic_end == i - 1 and norms[i][:1] == "و"
        )  # ... والضفة الغربية
        if hit and topic:
            topic_end = i + hit[0] - 1
            i += hit[0]
            continue
        if hit and hit[1].get("id") in _CONFERENCE_CITIES:
            i += hit[0]  # في جنيف: where bodies meet, no state's story
            continue
        if hit and hit[1].get("country") and not to and not stay:
            # one's own office there (بمكتبه في نواكشوط, في مكتبه بالرباط) says more
            office = any(
                inner_key(norms[k]) in _OFFICES or inner_key(norms[k][1:]) in _OFFICES
                for k in range(max(0, i - 2), i)
            ) or _office_over_seat(norms, i)
            counts[hit[1]["country"]] = counts.get(hit[1]["country"], 0) + (2 if office else 1)
            i += hit[0]
            continue
        i += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None  # one passing mention (غزة in a list of topics) says nothing
    return ranked[0][0]


@lru_cache(maxsize=65536)
def _readings(norm: str) -> tuple[str, ...]:
    """The keys of :func:`kg.extract.index.first_keys` of a folded word: words repeat, so
    each is read once."""
    return tuple(k for k, _ in first_keys(norm))


def home_state(article: Article) -> tuple[str, str] | None:
    """``(ISO code, rule)`` of the state the article speaks from, or None."""
    code = dateline_state(article.text, lang=article.lang)
    if code:
        return code, "dateline"
    code = outlet_state(article.url)
    if code:
        return code, "outlet"
    return None


@cache
def _bodies() -> tuple[tuple[str, str, str], ...]:
    """(language, folded form, body id) of every international body (international.jsonl),
    longest forms first."""
    out = []
    for e in lexicon.load_jsonl("international.jsonl"):
        for form in e.get("forms_ar", []):
            out.append(("ar", " " + normalize_ar(form) + " ", e["id"]))
            out.append(
                ("ar", " " + " ".join(_no_clitic(normalize_ar(form).split())) + " ", e["id"])
            )
            # as the span is read: للبترول with its article (البترول)
            words = [_article_kept(w) for w in normalize_ar(form).split()]
            out.append(("ar", " " + " ".join(words) + " ", e["id"]))
        for form in e.get("forms_en", []):
            # read like a span: High Representative/Vice-President, HR/VP
            out.append(("en", " " + re.sub(r"[^\w.]+", " ", form).strip() + " ", e["id"]))
    return tuple(sorted(out, key=lambda x: -len(x[1])))


def _article_kept(w: str) -> str:
    """للبترول as البترول: the preposition ل fused with the article, the article kept."""
    return "ال" + w[2:] if w.startswith("لل") and len(w) > 3 else w


def _no_clitic(words: list[str]) -> list[str]:
    return [w[1:] if w[:1] in "لب" and len(w) > 3 and w[1:3] != "ال" else w for w in words]


_BRACKETED_ACRONYM = re.compile(r"((?:(?:[A-Z][\w'’-]*|of|and|for|the)\s+){2,9})\(([A-Z]{2,8})\)")


def drop_own_acronyms(span: str) -> str:
    """An English span without the acronyms in brackets that are the initials of the
    capitalised words right before them (Public Investment Fund (PIF): that fund's own,
    not the Pacific Islands Forum).

    >>> drop_own_acronyms("Public Investment Fund (PIF) Managing Director")
    'Public Investment Fund Managing Director'
    >>> drop_own_acronyms("X, Governor of the Public Investment Fund (PIF)")
    'X, Governor of the Public Investment Fund '
    >>> drop_own_acronyms("the Pacific fund (PIF) chief")
    'the Pacific fund (PIF) chief'
    """

    def drop(m: re.Match) -> str:
        # (the words it abbreviates may be the last of a longer run: Governor of the
        # Public Investment Fund (PIF))
        words = m.group(1).split()
        for k in range(len(words)):
            if "".join(w[0] for w in words[k:] if w[0].isupper()) == m.group(2):
                return m.group(1)
        return m.group(0)

    return re.sub(r"\s{2,}", " ", _BRACKETED_ACRONYM.sub(drop, span))


def bodies_named(text: str, *, lang: str) -> frozenset[str]:
    """Every international body ``text`` names (ids of international.jsonl).

    >>> sorted(bodies_named("The UN envoy met the Arab League chief.", lang="en"))
    ['arab-league', 'un']
    """
    if lang == "ar":
        words = " " + " ".join(normalize_ar(re.sub(r"[^\w\s]", " ", text)).split()) + " "
        said = words + "| " + " ".join(_no_clitic(words.split())) + " "
    else:
        said = " " + re.sub(r"[^\w.]+", " ", drop_own_acronyms(text)) + " "
    return frozenset(
        body for form_lang, form, body in _bodies() if form_lang == lang and form in said
    )


def international_body(span: str, *, lang: str) -> str | None:
    """The international body a post's wording names (المبعوث الشخصي للأمين العام للأمم
    المتحدة, أمين عام مجلس التعاون الخليجي, the UN envoy), if one: the id of
    data/lexicon/international.jsonl. Such a post is the body's, not a state's.

    >>> international_body("مبعوث الأمين العام للأمم المتحدة الخاص إلى اليمن", lang="ar")
    'un'
    >>> international_body("Secretary-General of the Gulf Cooperation Council", lang="en")
    'gcc'
    >>> international_body("الأمين العام لمجلس التعاون لدول الخليج العربية", lang="ar")
    'gcc'
    >>> international_body("وزير الخارجية المصري", lang="ar") is None
    True
    """
    if lang == "ar":
        # a clitic before the article (للأمم, بالاتحاد, والجامعة) leaves the article
        words, construct = [], []
        for w in normalize_ar(re.sub(r"[^\w\s]", " ", span)).split():  # (المتحدة،)
            # (للجنة: ل + اللجنة, or ل + لجنة in construct, its own article-less noun)
            construct.append(w[1:] if w.startswith("لل") and len(w) > 3 else w)
            if w.startswith("لل") and len(w) > 3:
                w = "ال" + w[2:]
            elif w[:1] in "بوفك" and w[1:3] == "ال":
                w = w[1:]
            words.append(w)
        # and with a clitic ل or ب dropped from every word, the forms' too (لمجلس التعاون)
        text = (
            " "
            + " ".join(words)
            + " | "
            + " ".join(_no_clitic(words))
            + " | "
            + " ".join(construct)
            + " "
        )
    else:
        text = " " + re.sub(r"[^\w.]+", " ", drop_own_acronyms(span)) + " "
    for form_lang, form, body in _bodies():
        if form_lang == lang and form in text:
            return body
    return None
