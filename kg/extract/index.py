"""Lexicon indexes for the extractors: lookups by folded word forms, built once per process.

Arabic keys are folded with :func:`kg.nlp.normalize_ar` and then stripped of the clitics
and article that the rules handle themselves (:func:`inner_key`), so a lexicon lists each
word once ("الخارجية") and the rules still match ``بالخارجية``, ``والخارجية``, ``خارجية``.

An index is immutable after it is built and holds no per-document state, so one index
serves every article in a process (and each worker process builds its own).

>>> inner_key("والمغتربين"), inner_key("للدفاع"), inner_key("الخارجيه")
('ومغتربين', 'لدفاع', 'خارجيه')
>>> first_keys("وللرئيس")
[('وللرئيس', ''), ('لرئيس', 'و'), ('رئيس', 'ول')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg import lexicon
from kg.errors import LexiconError
from kg.nlp.normalize import ar_key_variants, inner_key, normalize_ar, normalize_en
from kg.settings import LEXICON_DIR

__all__ = [
    "inner_key",
    "first_keys",
    "Trie",
    "ArabicIndex",
    "EnglishIndex",
    "arabic_index",
    "english_index",
    "day_words_ar",
    "day_parts_ar",
    "rule_phrases",
    "PostEntry",
    "CountryInfo",
]


def first_keys(norm: str) -> list[tuple[str, str]]:
    """Readings of a folded word that may start a phrase: ``(key, clitics)`` pairs,
    least stripped first. Conjunction و/ف, then preposition ب/ل/ك, then the article."""
    return list(_first_keys(norm))


@lru_cache(maxsize=65536)
def _first_keys(norm: str) -> tuple[tuple[str, str], ...]:
    out = [(inner_key(norm), "")]
    rest, clitics = norm, ""
    if len(rest) > 3 and rest[0] in "وف":
        rest, clitics = rest[1:], rest[0]
        out.append((inner_key(rest), clitics))
    if len(rest) > 3 and rest.startswith("لل"):
        out.append((rest[2:], clitics + "ل"))
    elif len(rest) > 3 and rest[0] in "بلك":
        out.append((inner_key(rest[1:]), clitics + rest[0]))
    seen, uniq = set(), []
    for k, c in out:
        if k not in seen:
            seen.add(k)
            uniq.append((k, c))
    return tuple(uniq)


@dataclass
class Trie:
    """A word-sequence trie: ``add(keys, value)`` then ``longest(seq_of_key_lists)``."""

    root: dict = field(default_factory=dict)

    def add(self, keys: tuple[str, ...], value) -> None:
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(None, value)  # the first entry for a phrase wins

    def longest(self, options: list[list[str]]) -> tuple[int, object] | None:
        """``options[n]`` are the keys the n-th word may take (the first word may have
        several readings). Returns (number of words matched, value) or None."""
        best = None

        def walk(node: dict, n: int) -> None:
            nonlocal best
            if None in node and n and (best is None or n > best[0]):
                best = (n, node[None])
            if n < len(options):
                for k in options[n]:
                    if k in node:
                        walk(node[k], n + 1)

        walk(self.root, 0)
        return best


@dataclass(frozen=True)
class PostEntry:
    role: str
    org: str
    bare: bool = False
    portfolio: bool = False
    ambassador: bool = False
    spokes: bool = False
    deputy_of: bool = False
    needs_state: bool = False  # only a post when a state follows (أمير قطر; الأمير X is nobility)
    definite: bool = False  # its last word must carry the article (نائب الرئيس, not نائب رئيس X)
    # a head that is a post only with the unit it heads (مدير الأمن العسكري X, not مدير X)
    needs_org: bool = False
    head: str = ""  # the folded head word (وزير, رئيس ...)
    # a title only one state uses (وزير الدفاع والإنتاج الحربي: EG), or a few (SY, LB)
    state: str | None = None
    states: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountryInfo:
    code: str
    en: str
    ar: str
    adj_en: str
    adj_ar_fem: str


def _post_entry(row: dict, *, head: str) -> PostEntry:
    """A :class:`PostEntry` from a row of posts.jsonl (its flags default to off)."""
    return PostEntry(
        role=row["role"],
        org=row["org"],
        bare=row.get("bare", False),
        portfolio=row.get("portfolio", False),
        ambassador=row.get("ambassador", False),
        spokes=row.get("spokes", False),
        deputy_of=row.get("deputy_of", False),
        needs_state=row.get("needs_state", False),
        needs_org=row.get("needs_org", False),
        definite=row.get("definite", False),
        head=head,
        state=row.get("state"),
        states=tuple(row.get("states", ())),
    )


def _ar_keys(phrase: str) -> tuple[str, ...]:
    return tuple(inner_key(normalize_ar(w)) for w in phrase.split())


def _hamza_seats(phrases) -> list[str]:
    """The phrases, and each with a hamza on waw also written on a yeh seat (الشؤون and
    الشئون, مسؤول and مسئول), as many outlets spell them.

    >>> _hamza_seats(["وزير الشؤون الخارجية"])
    ['وزير الشؤون الخارجية', 'وزير الشئون الخارجية']
    """
    out = []
    for p in phrases:
        out.append(p)
        if "ؤ" in p:
            out.append(p.replace("ؤ", "ئ"))
    return out


def _ar_key_variants(phrase: str) -> list[tuple[str, ...]]:
    return ar_key_variants(phrase)


@cache
def rule_words(lang: str) -> dict[str, frozenset[str]]:
    """The word classes of a language's rules (data/lexicon/rules_<lang>.json), folded
    as the rules look them up: Arabic with :func:`inner_key`, English lower-cased.

    >>> "نظيره" in rule_words("ar")["counterpart"]
    True
    """
    data = _load_json(f"rules_{lang}.json")
    fold = (lambda w: inner_key(normalize_ar(w))) if lang == "ar" else normalize_en
    out: dict = {}
    for k, v in data.items():
        if k.startswith("_"):
            continue
        # a mapping (word -> value) keeps its values; a list becomes a set of folded words
        out[k] = (
            {fold(w): x for w, x in v.items()}
            if isinstance(v, dict)
            else frozenset(fold(w) for w in v)
        )
    return out


def rule_phrases(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a word class of data/lexicon/rules_<lang>.json as tuples of words
    folded one by one (as tokens are), longest first.

    >>> rule_phrases("ar", "outgoing")[0]
    ('منتهيه', 'فتره', 'ولايته', 'دستوريه')
    """
    fold = (lambda w: inner_key(normalize_ar(w))) if lang == "ar" else normalize_en
    phrases = {tuple(fold(w) for w in p.split()) for p in _load_json(f"rules_{lang}.json")[name]}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1)
def day_words_ar() -> frozenset[str]:
    """The one-word Arabic names of a day or a time of day (data/lexicon/time.json:
    weekdays, اليوم, أمس, غدا, مساء ...), folded with :func:`inner_key`: words that are
    never part of a title, an organisation or a name.

    >>> {"يوم", "خميس", "مساء"} <= day_words_ar()
    True
    """
    ar = _load_json("time.json")["ar"]
    words = [w for forms in ar["weekdays"].values() for w in forms] + list(ar["relative_days"])
    days = frozenset(inner_key(normalize_ar(w)) for w in words if " " not in w)
    return days | day_parts_ar()


@lru_cache(maxsize=1)
def day_parts_ar() -> frozenset[str]:
    """The one-word Arabic parts of a day (data/lexicon/time.json: ظهر, مساء, صباح),
    folded with :func:`inner_key`.

    >>> {"ظهر", "مساء"} <= day_parts_ar() and "خميس" not in day_parts_ar()
    True
    """
    parts = _load_json("time.json")["ar"]["day_parts"]
    return frozenset(inner_key(normalize_ar(w)) for w in parts if " " not in w)


@lru_cache(maxsize=1)
def month_words_ar() -> frozenset[str]:
    """The one-word Arabic names of the months, Gregorian in every regional spelling and
    Hijri (data/lexicon/time.json: نونبر, جانفي, تموز, رمضان), folded with
    :func:`inner_key`.

    >>> {inner_key(normalize_ar(w)) for w in ("نونبر", "جانفي", "تموز")} <= month_words_ar()
    True
    """
    ar = _load_json("time.json")["ar"]
    forms = [w for key in ("months", "hijri_months") for fs in ar[key].values() for w in fs]
    return frozenset(inner_key(normalize_ar(w)) for w in forms if " " not in w)


@lru_cache(maxsize=1)
def article_shaped_names() -> frozenset[str]:
    """Names of other languages written like a clitic, the article and a noun (والتر,
    فالنتينا, كالاس), folded with normalize_ar only: their key would fold the article away.

    >>> normalize_ar("والكر") in article_shaped_names()
    True
    """
    return frozenset(normalize_ar(w) for w in _load_json("given_names.json")["ar_article_shaped"])


def _load_json(name: str) -> dict:
    path = LEXICON_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"{path}: {exc}; fix or restore the file") from exc


def _field(entry, name, default=None):
    return getattr(entry, name, default)


def _as_list(v) -> list[str]:
    if v is None:
        return []
    return list(v)


@dataclass
class ArabicIndex:
    posts: Trie = field(default_factory=Trie)
    portfolios: Trie = field(default_factory=Trie)
    # the domain of a named ministry's minister (الخارجية, الشؤون الخارجية, الدفاع) -> entry
    minister_domains: Trie = field(default_factory=Trie)
    countries: Trie = field(default_factory=Trie)  # names of states -> code
    adjectives: dict = field(default_factory=dict)  # folded adjective -> code
    adjective_phrases: Trie = field(default_factory=Trie)  # جنوب أفريقي -> ZA
    state_metonyms: Trie = field(default_factory=Trie)  # قوات السلطان المسلحة -> OM
    bodies: Trie = field(default_factory=Trie)  # جامعة الدول العربية -> arab-league
    places: Trie = field(default_factory=Trie)  # -> place dict
    ranks: Trie = field(default_factory=Trie)  # -> rank key
    honorifics: Trie = field(default_factory=Trie)
    media: Trie = field(default_factory=Trie)  # -> media dict
    officials: Trie = field(default_factory=Trie)  # -> English name
    function_words: frozenset = frozenset()
    # function words written with آ (آخر, آب): a word written so is no other function word
    # (آن is a name, not أن)
    madda_words: frozenset = frozenset()
    given_names: frozenset = frozenset()  # first names, for names with no other mark
    given_with_article: frozenset = frozenset()  # المنصف, الحبيب: given names with ال
    bal_family: frozenset = frozenset()  # بالحاج, بالقاسم: family names in بال (Belhaj)
    plain_spelled: frozenset = frozenset()  # قايد (Gaid): a name's word, not قائد
    # تركي, يماني: given names that are a nationality written bare (Turki, Yemane)
    nationality_names: frozenset = frozenset()
    # سلام, خميس: names (name_spellings.jsonl) that are function words only with the article
    # (السلام, الخميس): without it, inside a name, they are the name
    names_not_bare_words: frozenset = frozenset()
    heads: frozenset = frozenset()  # first words of post phrases
    info: dict = field(default_factory=dict)  # code -> CountryInfo
    orgs: dict = field(default_factory=dict)  # org template id -> dict
    portfolio_labels: dict = field(default_factory=dict)  # portfolio id -> English
    portfolio_ar: dict = field(default_factory=dict)  # portfolio id -> Arabic


def _country_info(entries) -> dict:
    info = {}
    for c in entries:
        code = _field(c, "code")
        adj_ar = _as_list(_field(c, "adj_ar"))
        fem = next(
            (a for a in adj_ar if normalize_ar(a).endswith("يه")), adj_ar[0] if adj_ar else ""
        )
        adj_en = _as_list(_field(c, "adj_en"))
        info[code] = CountryInfo(
            code, _field(c, "en"), _field(c, "ar"), adj_en[0] if adj_en else _field(c, "en"), fem
        )
    return info


def _feminines(keys: tuple[str, ...], heads: frozenset[str]) -> list[tuple[str, ...]]:
    """The feminine forms of a title's words: of its head (وزيرة), and of a title word
    right after a head (مساعدة وزيرة, نائب وزيرة): each or both."""
    at = [k for k in range(min(2, len(keys))) if keys[k] in heads and (k == 0 or keys[0] in heads)]
    out = []
    for mask in range(1, 1 << len(at)):
        fem = list(keys)
        for b, k in enumerate(at):
            if mask >> b & 1:
                fem[k] += "ه"
        out.append(tuple(fem))
    return out


# The ministers of a named ministry, whose domain may be joined to another portfolio
# (and whose bare "Minister X" is the same post).
NAMED_MINISTERS = frozenset(
    {"foreign_minister", "defence_minister", "interior_minister", "finance_minister"}
)


@cache
def _ar_places(state: str | None = None) -> Trie:
    """The places, by their Arabic names; for an article that reads a name both a state's
    and a city's of another state as the state (``state``: عمان, Oman, not Amman), without
    the city's names that are the state's."""
    shared = _state_names(state) if state else set()
    trie = Trie()
    for p in lexicon.places():
        d = {k: _field(p, k) for k in ("id", "en", "ar", "country", "kind")}
        for name in [_field(p, "ar")] + _as_list(_field(p, "alt_ar")):
            if name:
                for keys in _ar_key_variants(name):
                    if keys not in shared or d["country"] == state:
                        trie.add(keys, d)
    return trie


def _state_names(code: str) -> set[tuple[str, ...]]:
    c = lexicon.country_by_code(code)
    names = [c.ar, *c.alt_ar] if c else []
    return {keys for name in names for keys in _ar_key_variants(name)}


@cache
def _shared_names() -> dict[str, tuple[str, str, str]]:
    """The one-word Arabic names both a state's and a city's of another state, folded
    (عمان: Oman, and Amman in Jordan): name -> (the state, the city's state, the city)."""
    out = {}
    for p in lexicon.places():
        for name in [_field(p, "ar")] + _as_list(_field(p, "alt_ar")):
            key = normalize_ar(name or "")
            c = lexicon.country_by_code(_field(p, "country") or "")
            for other in lexicon.countries():
                if other.code != _field(p, "country") and normalize_ar(other.ar) == key and c:
                    out[key] = (other.code, c.code, name)
    return out


@cache
def _shared_pattern() -> re.Pattern | None:
    """The shared names as the raw text may write them, vowel signs and a tatweel between
    their letters (عُمان, عمّان): a test that spares folding a text that names none."""
    keys = list(_shared_names())
    if not keys:
        return None
    gap = "[\u064b-\u0652\u0640]*"
    return re.compile("|".join(gap.join(map(re.escape, k)) for k in keys))


@cache
def _marks(code: str) -> frozenset[str]:
    """The one-word names of a state the text may name it by (الأردن; not its people's
    adjective nor its capital: a Jordanian story speaks of the Omani minister it receives,
    who came from Muscat)."""
    c = lexicon.country_by_code(code)
    if c is None:
        return frozenset()
    marks = {normalize_ar(w) for w in [c.ar, *c.alt_ar] if w and " " not in w}
    return frozenset(marks - _shared_names().keys())  # (no mark of either state)


def _named(word: str, marks: frozenset[str]) -> bool:
    # (with a clitic: للأردن, بالأردن, والأردن)
    return (
        word in marks
        or (word[:1] in "وبلف" and word[1:] in marks)
        or (word[:2] == "لل" and "ال" + word[2:] in marks)
        or (word[:2] in ("وب", "ول", "فب", "فل") and word[2:] in marks)
    )


def arabic_index_reading(ix: ArabicIndex, doc) -> ArabicIndex:
    """``ix`` with the places as the article reads them (:func:`place_reading`), read once
    for its ``doc``."""
    if "kg_place_reading" not in doc.user_data:
        doc.user_data["kg_place_reading"] = place_reading(doc.text)
    state = doc.user_data["kg_place_reading"]
    return replace(ix, places=_ar_places(state)) if state else ix


def shadda_marked(word: str) -> bool:
    """Is an Arabic word written with a shadda (عمّان), which no state's name in the
    lexicon has: the city (Amman), not the state it is spelt like (عُمان)?

    >>> shadda_marked("عمّان"), shadda_marked("عمان")
    (True, False)
    """
    return "\u0651" in word


def place_reading(text: str) -> str | None:
    """The state an article reads a name shared by a state and another state's city as
    (عمان: Oman or Amman): the state when the text writes it so (عُمان, with its vowel) or
    names it more (سلطنة عمان) than the city's state (الأردن, بترا);
    None when the city stays the reading.

    >>> place_reading("وصل الوزير إلى مسقط. وأشاد بدور سلطنة عمان. ثم زار عمان")
    'OM'
    >>> place_reading("عمان (بترا) - استقبل وزير الخارجية الأردني السفير") is None
    True
    """
    pattern = _shared_pattern()
    if pattern is None or not pattern.search(text):
        return None
    shared = _shared_names()
    norm = normalize_ar(text)
    words = re.findall(r"[\u0621-\u064a]+", norm)
    if not any(w.lstrip("وبل") in shared for w in words):
        return None
    for key, (state, city_state, city) in shared.items():
        # the vowels a writer may give (عُمان is the state, عمّان the city), the state's
        # style before it (سلطنة عمان); and the city's state named, or the city's agency
        # (عمان (بترا))
        c = lexicon.country_by_code(state)
        styled = [normalize_ar(a) for a in (c.alt_ar if c else ()) if key in normalize_ar(a)]
        own = text.count(key[0] + "\u064f" + key[1:]) + sum(norm.count(a) for a in styled)
        own += sum(_named(w, _marks(state)) for w in words)
        other = text.count(city) if city != key else 0
        other += sum(_named(w, _marks(city_state)) for w in words)
        other += sum(norm.count(m) for m in _agencies(city_state))
        if own > other:
            return state
    return None


@cache
def _agencies(code: str) -> tuple[str, ...]:
    """The Arabic names of a state's news agencies, as datelines cite them (بترا)."""
    return tuple(
        normalize_ar(n)
        for m in lexicon.media()
        if m.country == code
        for n in m.ar
        if len(n) > 2 and m.kind == "news_agency"
    )


def _add_accusative(ix: ArabicIndex, keys: tuple, entry: PostEntry) -> None:
    """The accusative of a post given, with لـ on its field (بتعيين X رئيسا للحكومة,
    قائدا للقوات البحرية; an adjective of the title in the accusative too: أمينا عاما
    لمجلس الوزراء), added to the posts when no longer phrase holds it."""
    if len(keys) > 1 and keys[1] in rule_words("ar")["accusative_adjectives"]:
        adj = (inner_key(keys[0] + "ا"), inner_key(keys[1] + "ا"))
        acc = (*adj, "ل" + keys[2], *keys[3:]) if len(keys) > 2 else adj
    else:
        acc = (inner_key(keys[0] + "ا"), "ل" + keys[1], *keys[2:]) if len(keys) > 1 else ()
    have = ix.posts.longest([[k] for k in acc]) if acc else None
    if acc and (have is None or have[0] < len(acc)):
        ix.posts.add(acc, PostEntry(**{**entry.__dict__, "head": acc[0]}))


@cache
def arabic_index() -> ArabicIndex:
    """The Arabic index, built from data/lexicon once per process."""
    ix = ArabicIndex()
    heads = set()
    dual_heads = rule_words("ar")["dual_heads"]
    accusative_heads = rule_words("ar")["accusative_heads"]
    field_heads = rule_words("ar")["accusative_field_heads"]
    feminine_heads = rule_words("ar")["feminine_heads"]
    for e in lexicon.load_jsonl("posts.jsonl"):
        for phrase in _hamza_seats(lexicon.post_phrases(e, "ar")):
            keys = _ar_keys(phrase)
            entry = _post_entry(e, head=keys[0])
            ix.posts.add(keys, entry)
            heads.add(keys[0])
            if keys[0] == "وزير" and len(keys) > 1 and e["role"] in NAMED_MINISTERS:
                ix.minister_domains.add(keys[1:], entry)
            # dual and plural heads: وزيرا الخارجية, رئيسا الوزراء, وزراء الخارجية
            if keys[0] in dual_heads:
                # (the key a token so written gets: واليا, folded as و + ال, is ويا)
                for dual in (inner_key(keys[0] + "ا"), inner_key(keys[0] + "ي")):
                    ix.posts.add((dual,) + keys[1:], PostEntry(**{**entry.__dict__, "head": dual}))
                    heads.add(dual)
                # the accusative of a post given, with لـ on its field (بتعيين X رئيسا
                # للحكومة, رئيسا لمجلس الوزراء)
                _add_accusative(ix, keys, entry)
            elif keys[0] in accusative_heads:
                # قائدا للقوات البحرية, مستشارا للرئيس: no dual قائدي, but the accusative head
                acc = inner_key(keys[0] + "ا")
                if len(keys) > 1:
                    _add_accusative(ix, keys, entry)
                elif not ix.posts.longest([[acc]]):
                    ix.posts.add((acc,), PostEntry(**{**entry.__dict__, "head": acc}))
                heads.add(acc)
            elif keys[0] in field_heads and len(keys) > 1:
                # أميرا لمنطقة تبوك, وكيلا لوزارة الخارجية, أمينا عاما: with what follows
                # only (ممثلا عن الوزير alone is on his behalf, no post)
                _add_accusative(ix, keys, entry)
            if keys[0] == "وزير":
                ix.posts.add(
                    ("وزراء",) + keys[1:], PostEntry(**{**entry.__dict__, "head": "وزراء"})
                )
                heads.add("وزراء")
            # the feminine of the head, and of a minister a deputy serves (وزيرة الشؤون
            # الخارجية, رئيسة البرلمان, سفيرة; مساعدة وزيرة الخارجية, نائب وزيرة الدفاع)
            for fem in _feminines(keys, feminine_heads):
                have = ix.posts.longest([[k] for k in fem])
                if have is None or have[0] < len(fem):
                    ix.posts.add(fem, PostEntry(**{**entry.__dict__, "head": fem[0]}))
                    heads.add(fem[0])
    ix.heads = frozenset(heads)
    for e in lexicon.load_jsonl("portfolios.jsonl"):
        ix.portfolio_labels[e["id"]] = e["en"]
        ix.portfolio_ar[e["id"]] = e["ar"][0]
        for phrase in _hamza_seats(e["ar"]):
            ix.portfolios.add(_ar_keys(phrase), e["id"])
    for e in lexicon.load_jsonl("organizations.jsonl"):
        ix.orgs[e["id"]] = e
    countries = lexicon.countries()
    ix.info = _country_info(countries)
    for c in countries:
        code = _field(c, "code")
        for name in [_field(c, "ar")] + _as_list(_field(c, "alt_ar")):
            if name:
                for keys in _ar_key_variants(name):
                    ix.countries.add(keys, code)
        for adj in _as_list(_field(c, "adj_ar")):
            for keys in _ar_key_variants(adj):
                if len(keys) == 1:
                    ix.adjectives.setdefault(keys[0], code)
                else:  # جنوب أفريقي: جنوب alone is no nationality
                    ix.adjective_phrases.add(keys, code)
    for phrase, code in _load_json("rules_ar.json")["state_metonyms"].items():
        for keys in _ar_key_variants(phrase):
            ix.state_metonyms.add(keys, code)
    for body in lexicon.load_jsonl("international.jsonl"):
        for form in [body.get("ar", "")] + list(body.get("forms_ar", [])):
            if form:
                for keys in _ar_key_variants(form):
                    ix.bodies.add(keys, body["id"])
    ix.places = _ar_places()
    for r in lexicon.ranks():
        for form in _as_list(_field(r, "ar")):
            ix.ranks.add(_ar_keys(form), _field(r, "key"))
    for h in lexicon.honorifics():
        if _field(h, "lang") == "ar":
            ix.honorifics.add(_ar_keys(_field(h, "form")), True)
    for m in lexicon.media():
        d = {k: _field(m, k) for k in ("id", "en", "country", "kind")}
        d["ar"] = _as_list(_field(m, "ar"))[0] if _as_list(_field(m, "ar")) else _field(m, "en")
        for name in _as_list(_field(m, "ar")):
            ix.media.add(_ar_keys(name), d)
    for o in lexicon.officials():
        for name in _as_list(_field(o, "ar")) + _as_list(_field(o, "alt_ar")):
            for keys in _ar_key_variants(name):
                ix.officials.add(keys, _field(o, "en"))
    fw = _load_json("function_words.json")
    # the parts of a day (صباح, نهار, مساء أمس) end a name as function words do
    ix.function_words = frozenset(inner_key(normalize_ar(w)) for w in fw["ar"]) | day_words_ar()
    ix.madda_words = frozenset(inner_key(normalize_ar(w)) for w in fw["ar"] if w[:1] == "آ")
    given_json = _load_json("given_names.json")
    given = {inner_key(normalize_ar(w)) for w in given_json["ar"]}
    ix.given_with_article = frozenset(normalize_ar(w) for w in given_json["ar_with_article"])
    ix.bal_family = frozenset(normalize_ar(w) for w in given_json["ar_bal_family"])
    ix.plain_spelled = frozenset(given_json["ar_plain_spelled"])
    ix.nationality_names = frozenset(
        inner_key(normalize_ar(w)) for w in given_json["ar_nationality_names"]
    )
    for o in lexicon.officials():
        for name in _as_list(_field(o, "ar")):
            first = inner_key(normalize_ar(name.split()[0]))
            # إمام علي رحمون: a gazetteer's first word that is a function word (أمام, in
            # front of) is no given name elsewhere; given_names.json may still list it
            if first not in ix.function_words:
                given.add(first)
    ix.given_names = frozenset(given)
    # the nouns of the events' triggers (اتصالات, مشاورات, زيارتهما) end a name too, unless
    # a given name is so written (هبة); not their verbs, some of which are names (رفعت, هاتف)
    triggers = {
        inner_key(normalize_ar(form.split()[0]))
        for row in lexicon.load_jsonl("events.jsonl")
        if "type" in row and row.get("kind") in ("noun", "anaphor", "summit")
        for form in lexicon.post_phrases(row, "ar")
        if form.strip()
    }
    ix.function_words |= frozenset(triggers - ix.given_names)
    bare = {inner_key(normalize_ar(w)) for w in fw["ar"] if not normalize_ar(w).startswith("ال")}
    # (and the given names so written: محمد جمعة, not Friday, الجمعة)
    names = [row["ar"] for row in lexicon.load_jsonl("name_spellings.jsonl")] + given_json["ar"]
    ix.names_not_bare_words = frozenset(
        k
        for name in names
        if " " not in name
        and (k := inner_key(normalize_ar(name))) in ix.function_words
        and k not in bare
    )
    return ix


def _slug(s: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", normalize_en(s)).strip("-")


@dataclass
class EnglishIndex:
    posts: Trie = field(default_factory=Trie)
    countries: Trie = field(default_factory=Trie)
    adjectives: Trie = field(default_factory=Trie)
    places: Trie = field(default_factory=Trie)
    ranks: Trie = field(default_factory=Trie)
    honorifics: Trie = field(default_factory=Trie)
    media: Trie = field(default_factory=Trie)
    officials: Trie = field(default_factory=Trie)
    function_words: frozenset = frozenset()
    info: dict = field(default_factory=dict)
    orgs: dict = field(default_factory=dict)


def rank_abbreviations(form: str) -> tuple[str, ...]:
    """An English rank's form in the ways papers abbreviate it: with or without each
    word's full stop, and Lt. as Lieut. (Lt. Gen., Lt Gen., Lieut. Gen, Lieut Gen).

    >>> sorted(rank_abbreviations("Lt. Gen."))[:3]
    ['Lieut Gen', 'Lieut Gen.', 'Lieut. Gen']
    >>> rank_abbreviations("General")
    ('General',)
    """
    options = []
    for word in form.split(" "):
        stem = word[:-1] if word.endswith(".") else word
        forms = {word}
        if word.endswith(".") and "-" not in word:
            forms.add(stem)  # Gen. and Gen
        if stem in ("Lt", "Sen"):
            longer = {"Lt": "Lieut", "Sen": "Senior"}[stem]
            forms |= {longer, longer + "."} if stem == "Lt" else {longer}
            forms |= {stem, stem + "."}
        options.append(sorted(forms))
    out = [""]
    for forms in options:
        out = [f"{a} {b}".strip() for a in out for b in forms]
    return tuple(dict.fromkeys(out))


_NAME_PARTICLE = re.compile(r"\b(al|el|ad|ar|as|ash|at|az|an|ud|ul)([- ])(?=\w)", re.IGNORECASE)


def _particle_spellings(name: str) -> set[str]:
    """An English name with its Arabic article written both ways, with a hyphen and
    apart (el-Sisi, El Sisi; Al Thani, Al-Thani), as the press writes either.

    >>> sorted(_particle_spellings("Abdel Fattah el-Sisi"))
    ['Abdel Fattah el Sisi', 'Abdel Fattah el-Sisi']
    """
    return {
        name,
        _NAME_PARTICLE.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), name),
    }


def _en_keys(phrase: str) -> tuple[str, ...]:
    """The keys of an English phrase as the tokenizer splits it: a possessive's 's apart
    (the prime minister's office: minister, 's, office).

    >>> _en_keys("Minister in the Prime Minister's Department")[-3:]
    ('minister', "'s", 'department')
    """
    text = re.sub(r"(\w)['’]s\b", r"\1 's", normalize_en(phrase))
    return tuple(w for w in re.findall(r"[\w'’.-]+|[^\w\s]", text) if w)


@cache
def english_index() -> EnglishIndex:
    """The English index, built from data/lexicon once per process."""
    ix = EnglishIndex()
    for e in lexicon.load_jsonl("posts.jsonl"):
        for phrase in lexicon.post_phrases(e, "en"):
            ix.posts.add(_en_keys(phrase), _post_entry(e, head=_en_keys(phrase)[0]))
    for e in lexicon.load_jsonl("organizations.jsonl"):
        ix.orgs[e["id"]] = e
    countries = lexicon.countries()
    ix.info = _country_info(countries)
    for c in countries:
        code = _field(c, "code")
        for name in [_field(c, "en")] + _as_list(_field(c, "alt_en")):
            if name:
                ix.countries.add(_en_keys(name), code)
                if " and " in name:  # Antigua & Barbuda, Trinidad & Tobago
                    ix.countries.add(_en_keys(name.replace(" and ", " & ")), code)
        for adj in _as_list(_field(c, "adj_en")):
            ix.adjectives.add(_en_keys(adj), code)
    for p in lexicon.places():
        d = {k: _field(p, k) for k in ("id", "en", "ar", "country", "kind")}
        for name in [_field(p, "en")] + _as_list(_field(p, "alt_en")):
            if name:
                ix.places.add(_en_keys(name), d)
    retired = sorted(rule_words("en")["retired_marks"])
    services = sorted(rule_words("en")["rank_services"])
    for r in lexicon.ranks():
        for form in _as_list(_field(r, "en_forms")) + [_field(r, "en")]:
            for f in rank_abbreviations(form) if form else ():
                ix.ranks.add(_en_keys(f), _field(r, "key"))
                if f.count(" ") == 1 and "." not in f:
                    ix.ranks.add(_en_keys(f.replace(" ", "-")), _field(r, "key"))  # Brig-Gen
                for service in services:  # Police Colonel-General X
                    ix.ranks.add((*_en_keys(service), *_en_keys(f)), _field(r, "key"))
                # Maj Gen (retd.) X, Brig (rtd) X: a retired officer's rank, his name after
                for mark in retired:
                    ix.ranks.add((*_en_keys(f), "(", mark, ")"), _field(r, "key"))
    for h in lexicon.honorifics():
        if _field(h, "lang") == "en":
            form = _field(h, "form")
            for f in [form, *lexicon.en_spellings(form)]:  # Right Honourable, Right Honorable
                ix.honorifics.add(_en_keys(f), True)
    for m in lexicon.media():
        d = {k: _field(m, k) for k in ("id", "en", "country", "kind")}
        d["ar"] = _as_list(_field(m, "ar"))[0] if _as_list(_field(m, "ar")) else _field(m, "en")
        for name in [_field(m, "en")] + _as_list(_field(m, "alt_en")):
            if name:
                ix.media.add(_en_keys(name), d)
    for o in lexicon.officials():
        for name in [_field(o, "en")] + _as_list(_field(o, "alt_en")):
            for form in _particle_spellings(name) if name else ():
                ix.officials.add(_en_keys(form), _field(o, "en"))
    fw = _load_json("function_words.json")
    ix.function_words = frozenset(normalize_en(w) for w in fw["en"])
    return ix
