"""Load the lexicons in ``data/lexicon``: gazetteers and rule data as JSON Lines.

Each lexicon file holds one JSON object per line. :func:`load_jsonl` reads any of them
as plain dicts (and says which file and line is broken); :func:`load_entries` turns the
rows into frozen dataclasses, checking their keys and value types. The six lexicons this
module knows (countries, places, ranks, honorifics, media, officials) each have an entry
class and a loader that is cached once per process; other lexicon files can reuse
:func:`load_entries` with their own frozen dataclass.

The folder is :data:`kg.settings.LEXICON_DIR` (``KG_LEXICON_DIR`` overrides it).

>>> country_by_code("TR").en
'Turkey'
>>> "تركية" in country_by_code("TR").adj_ar
True
>>> place_by_id("ankara").country
'TR'
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from kg import settings
from kg.errors import LexiconError
from kg.model import Country, Place

__all__ = [
    "CountryEntry",
    "PlaceEntry",
    "RankEntry",
    "HonorificEntry",
    "MediaEntry",
    "OfficialEntry",
    "lexicon_path",
    "load_jsonl",
    "post_phrases",
    "role_in_state",
    "load_entries",
    "countries",
    "places",
    "ranks",
    "honorifics",
    "media",
    "officials",
    "official_state",
    "official_names",
    "official_english",
    "official_by_lineage",
    "country_by_code",
    "place_by_id",
    "rank_by_key",
    "media_by_id",
]

E = TypeVar("E")


@dataclass(frozen=True)
class CountryEntry:
    """A state: ISO 3166-1 alpha-2 ``code``, names, nisba adjectives and capital.

    ``adj_ar`` lists every gender and number of the adjective without the article;
    ``capital_*`` are None where the capital is disputed.
    """

    code: str
    en: str
    ar: str
    alt_en: tuple[str, ...] = ()
    alt_ar: tuple[str, ...] = ()
    adj_en: tuple[str, ...] = ()
    adj_ar: tuple[str, ...] = ()
    capital_en: str | None = None
    capital_ar: str | None = None
    capital_alt_ar: tuple[str, ...] = ()

    @property
    def names_en(self) -> tuple[str, ...]:
        """The English name first, then the other English names."""
        return (self.en, *self.alt_en)

    @property
    def names_ar(self) -> tuple[str, ...]:
        """The Arabic name first, then the other Arabic names."""
        return (self.ar, *self.alt_ar)

    def to_model(self) -> Country:
        """The :class:`kg.model.Country` of this entry.

        >>> country_by_code("SY").to_model().label_ar
        'سوريا'
        """
        return Country(code=self.code, label_en=self.en, label_ar=self.ar)


@dataclass(frozen=True)
class PlaceEntry:
    """A city, region or venue; ``kind`` is ``capital``, ``city``, ``region`` or ``venue``
    (a palace or seat of government known by its own name: قصر بيان, the Elysee Palace).

    ``country`` is an ISO code, or None where sovereignty is disputed.
    """

    id: str
    en: str
    ar: str
    alt_en: tuple[str, ...] = ()
    alt_ar: tuple[str, ...] = ()
    country: str | None = None
    kind: str = "city"

    @property
    def names_en(self) -> tuple[str, ...]:
        """The English name first, then the other English names."""
        return (self.en, *self.alt_en)

    @property
    def names_ar(self) -> tuple[str, ...]:
        """The Arabic name first, then the other Arabic names."""
        return (self.ar, *self.alt_ar)

    def to_model(self) -> Place:
        """The :class:`kg.model.Place` of this entry.

        >>> place_by_id("aleppo").to_model().label_en
        'Aleppo'
        """
        return Place(
            id=self.id, label_en=self.en, label_ar=self.ar, kind=self.kind, country=self.country
        )


@dataclass(frozen=True)
class RankEntry:
    """A military or police rank; ``order`` ranks seniority across services."""

    key: str
    en: str
    ar: tuple[str, ...]
    en_forms: tuple[str, ...]
    order: int


@dataclass(frozen=True)
class HonorificEntry:
    """A word or phrase that may stand before a name and is not part of it."""

    form: str
    lang: str


@dataclass(frozen=True)
class MediaEntry:
    """A news agency, broadcaster, newspaper or platform cited as a source.

    ``kind`` is ``news_agency``, ``media`` or ``platform``.
    """

    id: str
    en: str
    ar: tuple[str, ...]
    alt_en: tuple[str, ...] = ()
    country: str | None = None
    kind: str = "media"


@dataclass(frozen=True)
class OfficialEntry:
    """A well-known person: English press spelling and Arabic spellings (no posts)."""

    en: str
    ar: tuple[str, ...]
    alt_en: tuple[str, ...] = ()
    alt_ar: tuple[str, ...] = ()
    country: str | None = None


def lexicon_path(name: str, *, directory: Path | None = None) -> Path:
    """The path of lexicon ``name`` (with or without ``.jsonl``).

    >>> lexicon_path("ranks").name
    'ranks.jsonl'
    """
    filename = name if name.endswith(".jsonl") else f"{name}.jsonl"
    return Path(directory if directory is not None else settings.LEXICON_DIR) / filename


def _rows(name: str, *, directory: Path | None = None) -> Iterator[tuple[Path, int, dict]]:
    """Yield ``(path, line number, object)`` for every non-blank line of a lexicon."""
    path = lexicon_path(name, directory=directory)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(
            f"{path}: lexicon file not found; restore it from data/lexicon or point "
            "KG_LEXICON_DIR at a folder that has it"
        ) from None
    except UnicodeDecodeError as e:
        raise LexiconError(f"{path}: not UTF-8 ({e.reason}); save the file as UTF-8") from None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise LexiconError(
                f"{path}:{lineno}: not valid JSON ({e.msg} at column {e.colno}); "
                "each line must be one JSON object"
            ) from None
        if not isinstance(obj, dict):
            raise LexiconError(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
        yield path, lineno, obj


def load_jsonl(name: str, *, directory: Path | None = None) -> list[dict]:
    """Read lexicon ``name`` as a list of dicts, one per non-blank line.

    Raises :class:`kg.errors.LexiconError` naming the file and line of a malformed line.

    >>> rows = load_jsonl("countries")
    >>> sorted(rows[0]) == sorted(f.name for f in fields(CountryEntry))
    True
    """
    return [obj for _, _, obj in _rows(name, directory=directory)]


def _annotation(tp: Any) -> str:
    """A field's type as source text, whether or not annotations are postponed."""
    if isinstance(tp, str):
        return tp
    return tp.__name__ if isinstance(tp, type) else str(tp)


def _check(value: Any, annotation: str) -> Any:
    """Return ``value`` converted for a field of type ``annotation``, or raise TypeError."""
    if annotation == "str":
        if not isinstance(value, str) or not value.strip():
            raise TypeError("a non-empty string")
        return value
    if annotation == "str | None":
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise TypeError("a non-empty string or null")
        return value
    if annotation == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("an integer")
        return value
    if annotation == "tuple[str, ...]":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise TypeError("a list of non-empty strings")
        return tuple(value)
    return value  # other annotations are the entry class's business


def load_entries(
    name: str, cls: type[E], *, key: str | None = None, directory: Path | None = None
) -> tuple[E, ...]:
    """Read lexicon ``name`` as instances of the dataclass ``cls``, in file order.

    Every row must have each field of ``cls`` that has no default and no other key;
    lists become tuples. With ``key``, that field's values must be unique.

    >>> load_entries("ranks", RankEntry, key="key")[0].key in {r.key for r in ranks()}
    True
    """
    if not is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a dataclass")
    specs = {f.name: f for f in fields(cls)}
    required = {n for n, f in specs.items() if f.default is f.default_factory is MISSING}
    entries: list[E] = []
    seen: dict[Any, int] = {}
    for path, lineno, obj in _rows(name, directory=directory):
        where = f"{path}:{lineno}"
        unknown = sorted(set(obj) - set(specs))
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {unknown}; the keys are {sorted(specs)}")
        missing = sorted(required - set(obj))
        if missing:
            raise LexiconError(f"{where}: missing key(s) {missing}")
        values = {}
        for k, v in obj.items():
            try:
                values[k] = _check(v, _annotation(specs[k].type))
            except TypeError as e:
                raise LexiconError(f"{where}: {k!r} must be {e}, got {v!r}") from None
        if key is not None:
            if values[key] in seen:
                raise LexiconError(
                    f"{where}: duplicate {key} {values[key]!r} (first on line "
                    f"{seen[values[key]]}); merge the two entries"
                )
            seen[values[key]] = lineno
        entries.append(cls(**values))
    return tuple(entries)


@cache
def countries() -> tuple[CountryEntry, ...]:
    """Every state in ``countries.jsonl``, sorted by code.

    >>> len(countries()) > 90
    True
    """
    return load_entries("countries", CountryEntry, key="code")


@cache
def initials() -> dict[str, frozenset[str]]:
    """Middle initials and suffixes a name may carry or leave out (``initials.json``):
    ``ar``, the names of Latin letters as Arab media write an initial (folded); ``en``,
    generational suffixes.

    ``ar_written``: the Arabic ones as written, not folded (folded, إل is the family's آل).

    >>> "ar" in initials() and "en" in initials() and "إي" in initials()["ar_written"]
    True
    """
    from kg.nlp.normalize import normalize_ar

    path = settings.LEXICON_DIR / "initials.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        "ar": frozenset(normalize_ar(w) for w in data["ar"]),
        "ar_written": frozenset(data["ar"]),
        "en": frozenset(data["en"]),
    }


@cache
def misspellings() -> Mapping[str, str]:
    """Common misspellings of English title words and the words they miss (``rules_en.json``
    misspellings).

    >>> misspellings()["minster"]
    'minister'
    """
    path = settings.LEXICON_DIR / "rules_en.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType(dict(data.get("misspellings", {})))


@cache
def father_son_suffixes() -> Mapping[str, str]:
    """The suffixes that tell a son from his father (``initials.json``: Jr., Junior -> jr).

    >>> father_son_suffixes()["junior"]
    'jr'
    """
    path = settings.LEXICON_DIR / "initials.json"
    return MappingProxyType(json.loads(path.read_text(encoding="utf-8"))["father_son"])


@cache
def places() -> tuple[PlaceEntry, ...]:
    """Every city and region in ``places.jsonl``."""
    return load_entries("places", PlaceEntry, key="id")


@cache
def ranks() -> tuple[RankEntry, ...]:
    """Every military and police rank in ``ranks.jsonl``."""
    return load_entries("ranks", RankEntry, key="key")


@cache
def honorifics() -> tuple[HonorificEntry, ...]:
    """Every honorific in ``honorifics.jsonl``.

    >>> any(h.form == "معالي" for h in honorifics())
    True
    """
    return load_entries("honorifics", HonorificEntry)


@cache
def media() -> tuple[MediaEntry, ...]:
    """Every news agency, outlet and platform in ``media.jsonl``."""
    return load_entries("media", MediaEntry, key="id")


@cache
def officials() -> tuple[OfficialEntry, ...]:
    """Every person in ``officials.jsonl``.

    >>> next(o for o in officials() if o.en == "Hakan Fidan").ar
    ('هاكان فيدان',)
    """
    return load_entries("officials", OfficialEntry, key="en")


@cache
def _official_states() -> Mapping[str, str]:
    return MappingProxyType({o.en: o.country for o in officials() if o.country})


@cache
def _officials_by_en() -> Mapping[str, OfficialEntry]:
    return MappingProxyType({o.en: o for o in officials()})


def official_names(english: str | None) -> tuple[str, ...]:
    """Every spelling the gazetteer knows of a person, by its English name.

    >>> "فيصل بن فرحان" in official_names("Faisal bin Farhan Al Saud")
    True
    >>> official_names("Nobody Known"), official_names(None)
    ((), ())
    """
    o = _officials_by_en().get(english) if english else None
    return (o.en, *o.alt_en, *o.ar, *o.alt_ar) if o else ()


def _name_keys(name: str) -> list[tuple[str, ...]]:
    """The folded word keys a whole name is looked up by: Arabic words as phrases fold
    them (and, for a word that starts with a hamza on alef then lam, its reading where that
    ال is not the article: إلكاي), English words lower-cased."""
    import re

    from kg.nlp.normalize import ar_key_variants, is_arabic, normalize_en

    if not is_arabic(name):
        return [tuple(re.findall(r"[\w'’.-]+", normalize_en(name)))]
    return ar_key_variants(name)


def _lineage_skeleton(name: str) -> tuple[str, ...]:
    """A name's words, folded, with an "Al"/"El" before a family name joined to it
    (Al-Busaidi, Al Busaidi, Albusaidi: albusaidi; البوسعيدي stays one word)."""
    from kg.nlp.normalize import is_arabic, normalize_ar, normalize_en

    if is_arabic(name):
        return tuple(normalize_ar(name).split())
    words = re.findall(r"[a-z']+", normalize_en(name).replace("-", " "))
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("al", "el"):
            out[-1] = "al" + w
        else:
            out.append(w)
    return tuple(out)


@cache
def _officials_by_ends() -> Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    by: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for o in officials():
        for name in (o.en, *o.alt_en, *o.ar, *o.alt_ar):
            sk = _lineage_skeleton(name)
            if len(sk) >= 2:
                by.setdefault((sk[0], sk[-1]), []).append((sk, o.en))
    return MappingProxyType({k: tuple(v) for k, v in by.items()})


def official_by_lineage(name: str) -> str | None:
    """The gazetteer's English for a name written with more of its lineage than the
    gazetteer holds (X bin Y bin Z Al W for X bin Y Al W): one official one of whose forms
    with a lineage opens the name word for word up to its last father, and ends it with
    its family name; None when no one or more than one.

    >>> official_by_lineage("Zaradin bin Omar bin Tarvel Al-Qasimi") is None
    True
    """
    sk = _lineage_skeleton(name)
    lineage = patronymic_particles()
    if len(sk) < 3 or lineage.isdisjoint(sk):
        return None
    found = set()
    for form, english in _officials_by_ends().get((sk[0], sk[-1]), ()):
        # the form's lineage as far as it goes, word for word (Badr bin Hamad), then more
        # fathers, then its family name: not Khalid bin Turki bin Salman for Khalid bin
        # Salman, another man
        last = max((k for k, w in enumerate(form) if w in lineage), default=-1)
        if last < 0 or len(sk) <= len(form):
            continue
        head, tail = form[: last + 2], form[last + 2 :]
        if sk[: len(head)] == head and (not tail or sk[-len(tail) :] == tail):
            found.add(english)
    return found.pop() if len(found) == 1 else None


@cache
def _officials_by_key() -> Mapping[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for o in officials():
        for name in (o.en, *o.alt_en, *o.ar, *o.alt_ar):
            for keys in _name_keys(name):
                out[keys] = o.en
    return MappingProxyType(out)


def official_english(name: str) -> str | None:
    """The gazetteer's English spelling of a whole name in either script, or None.

    >>> official_english("هاكان فيدان"), official_english("Hakan  FIDAN")
    ('Hakan Fidan', 'Hakan Fidan')
    >>> official_english("سامي زرقون") is None
    True
    """
    by_key = _officials_by_key()
    return next((by_key[k] for k in _name_keys(name) if k in by_key), None)


@cache
def patronymic_particles() -> frozenset[str]:
    """The words of son of, daughter of (bin, بن), folded: the word after them is a
    father's name, never a surname a person is called by (``name_rules.json``).

    >>> "bin" in patronymic_particles(), "بن" in patronymic_particles()
    (True, True)
    """
    return _name_rule_words("patronymic")


@cache
def compound_heads() -> frozenset[str]:
    """The first words of a compound given name (عبد, أبو, Abdul), folded: a name's
    first word of them says nothing of whom it names without the word after it
    (``name_rules.json``).

    >>> "عبد" in compound_heads(), "abdul" in compound_heads(), "بن" in compound_heads()
    (True, True, False)
    """
    return _name_rule_words("compound_heads")


def _name_rule_words(key: str) -> frozenset[str]:
    """The words of one class of ``name_rules.json``, each folded in its script."""
    from kg.nlp.normalize import is_arabic, normalize_ar, normalize_en

    path = settings.LEXICON_DIR / "name_rules.json"
    words = json.loads(path.read_text(encoding="utf-8"))[key]
    return frozenset(normalize_ar(w) if is_arabic(w) else normalize_en(w) for w in words)


@cache
def _officials_by_surname() -> Mapping[str, str | None]:
    """The folded last word of every spelling of two words or more -> the one official
    whose name it ends, or None where two officials' names end with it. Not the word
    after bin (a father's name: Hamdan bin Rashid is not "Rashid")."""
    patronymic = patronymic_particles()
    out: dict[str, str | None] = {}
    for o in officials():
        for name in (o.en, *o.alt_en, *o.ar, *o.alt_ar):
            for keys in _name_keys(name):
                if len(keys) < 2 or len(keys[-1]) < 4 or keys[-2] in patronymic:
                    continue
                out[keys[-1]] = o.en if out.get(keys[-1], o.en) == o.en else None
    return MappingProxyType(out)


def official_by_surname(word: str) -> str | None:
    """The gazetteer's English name of the one official whose name, in either script,
    ends with ``word`` (President X, الرئيس X), or None: none does, or two do.

    >>> official_by_surname("فيدان"), official_by_surname("Fidan")
    ('Hakan Fidan', 'Hakan Fidan')
    >>> official_by_surname("Zarqoun") is None
    True
    """
    by_last = _officials_by_surname()
    for keys in _name_keys(word):
        if len(keys) == 1 and by_last.get(keys[0]):
            return by_last[keys[0]]
    return None


def official_state(english: str | None) -> str | None:
    """The state a person of the gazetteer serves, by the gazetteer's English name.

    >>> official_state("Hakan Fidan"), official_state("Antonio Guterres"), official_state(None)
    ('TR', None, None)
    """
    return _official_states().get(english) if english else None


@cache
def _index(lexicon: str) -> Mapping[str, Any]:
    """Entries of a cached lexicon by their key, read-only."""
    if lexicon == "countries":
        return MappingProxyType({c.code: c for c in countries()})
    if lexicon == "places":
        return MappingProxyType({p.id: p for p in places()})
    if lexicon == "ranks":
        return MappingProxyType({r.key: r for r in ranks()})
    if lexicon == "media":
        return MappingProxyType({m.id: m for m in media()})
    raise ValueError(f"no index for {lexicon!r}")


def country_by_code(code: str) -> CountryEntry | None:
    """The country with ISO alpha-2 ``code`` (any case), or None.

    >>> country_by_code("sy").capital_ar
    'دمشق'
    >>> country_by_code("XX") is None
    True
    """
    return _index("countries").get(code.upper())


def place_by_id(place_id: str) -> PlaceEntry | None:
    """The place with id ``place_id``, or None.

    >>> place_by_id("tripoli").country
    'LY'
    """
    return _index("places").get(place_id)


def rank_by_key(key: str) -> RankEntry | None:
    """The rank with key ``key``, or None.

    >>> rank_by_key("major_general").en
    'Major General'
    """
    return _index("ranks").get(key)


def media_by_id(media_id: str) -> MediaEntry | None:
    """The news agency, outlet or platform with id ``media_id``, or None.

    >>> media_by_id("sana").country
    'SY'
    """
    return _index("media").get(media_id)


@cache
def _state_roles() -> tuple[tuple[str, str, Mapping[str, str]], ...]:
    rows = []
    for row in load_jsonl("posts.jsonl"):
        for lang in ("ar", "en"):
            for phrase in post_phrases(row, lang) if "role_in" in row else ():
                rows.append((row["role"], phrase.lower(), MappingProxyType(dict(row["role_in"]))))
    return tuple(rows)


def role_in_state(title: str, role: str, country: str | None) -> str:
    """The role a title means in a state that uses it for another post (``role_in`` of
    posts.jsonl): India's Foreign Secretary is the ministry's highest civil servant (an
    official), not its minister.

    >>> role_in_state("Foreign Secretary", "foreign_minister", "IN")
    'official'
    >>> role_in_state("Foreign Secretary", "foreign_minister", "GB")
    'foreign_minister'
    """
    if country is None:
        return role
    low = title.lower()
    for row_role, phrase, by_state in _state_roles():
        # the row's own role: "Secretary of State for Foreign Affairs" is not a junior
        # "secretary of state for" X, whatever the state
        if row_role == role and country in by_state and re.search(rf"\b{re.escape(phrase)}\b", low):
            return by_state[country]
    if (
        role.endswith("minister")
        and (m := re.search(r"(\w+)\s+secretary\b", low))
        and m.group(1) not in _NOT_PORTFOLIO_SECRETARIES
        and "minister" not in low
        and not re.search(r"\bsecretary\s+(?:of|for|general)\b", low)
        and country in _civil_secretaries()
    ):
        # Commerce Secretary X in Dhaka, Defence Secretary X in Delhi: the ministry's
        # highest civil servant, as a home secretary there is (its row's states)
        return _civil_secretaries()[country]
    return role


# the words before "Secretary" that make no portfolio's secretary (a Parliamentary
# Secretary is a junior minister; a Press, Private or Principal Secretary an aide's post)
_NOT_PORTFOLIO_SECRETARIES = frozenset(
    {
        "parliamentary",
        "private",
        "principal",
        "press",
        "political",
        "permanent",
        "additional",
        "joint",
        "special",
        "cabinet",
        "chief",
        "general",
        "deputy",
        "assistant",
        "under",
        "state",
        "federal",
        "union",
        "executive",
        "first",
        "second",
    }
)


@cache
def _civil_secretaries() -> dict[str, str]:
    """The states where a portfolio's secretary (Home Secretary) is the ministry's civil
    servant, not its minister, and his role there: the ``role_in`` of the home
    secretary's row of posts.jsonl."""
    return next(
        (dict(by_state) for _r, phrase, by_state in _state_roles() if phrase == "home secretary"),
        {},
    )


def post_phrases(row: dict, lang: str) -> list[str]:
    """The phrases of a row of posts.jsonl (or events.jsonl) in ``lang``: those listed
    (``ar``, ``en``) and those its grammar spells out (``ar_grammar``, ``en_grammar``: a
    list of slots, each a list of words or phrases, ``""`` for a slot that may stay
    empty; every choice of one item a slot, in order, is a phrase). A family of titles is
    written once as its parts, not as every combination seen in some article.

    >>> post_phrases({"ar": ["مدير المخابرات"],
    ...               "ar_grammar": [["رئيس", "مدير"], ["جهاز", ""], ["المخابرات"]]}, "ar")
    ['مدير المخابرات', 'رئيس جهاز المخابرات', 'رئيس المخابرات', 'مدير جهاز المخابرات']
    """
    out = list(row.get(lang, []))
    seen = set(out)
    for slots in [row[f"{lang}_grammar"]] if f"{lang}_grammar" in row else []:
        for choice in itertools.product(*slots):
            phrase = " ".join(w for w in choice if w)
            if phrase and phrase not in seen:
                seen.add(phrase)
                out.append(phrase)
    if lang == "en":
        for phrase in list(out):
            for variant in en_spellings(phrase) + hyphen_spellings(phrase):
                if variant not in seen:
                    seen.add(variant)
                    out.append(variant)
    return out


@cache
def _hyphen_variants() -> tuple[str, ...]:
    path = Path(settings.LEXICON_DIR) / "rules_en.json"
    try:
        return tuple(json.loads(path.read_text(encoding="utf-8"))["hyphen_variants"])
    except (OSError, ValueError, KeyError) as exc:
        raise LexiconError(f"{path}: hyphen_variants: {exc}; fix or restore the file") from exc


def hyphen_spellings(phrase: str) -> list[str]:
    """An English title written the other way, with hyphens or with spaces, where it holds
    words the press writes both ways (data/lexicon/rules_en.json ``hyphen_variants``).

    >>> hyphen_spellings("army chief of staff"), hyphen_spellings("commander-in-chief")
    (['army chief-of-staff'], ['commander in chief'])
    >>> hyphen_spellings("foreign minister")
    []
    """
    out = []
    for words in _hyphen_variants():
        joined = words.replace(" ", "-")
        if words in phrase:
            out.append(phrase.replace(words, joined))
        elif joined in phrase:
            out.append(phrase.replace(joined, words))
    return out


@cache
def _spelling_pairs() -> Mapping[str, str]:
    path = Path(settings.LEXICON_DIR) / "rules_en.json"
    try:
        pairs = json.loads(path.read_text(encoding="utf-8"))["spelling_variants"]
    except (OSError, ValueError, KeyError) as exc:
        raise LexiconError(f"{path}: spelling_variants: {exc}; fix or restore the file") from exc
    both = {b: a for b, a in pairs.items()} | {a: b for b, a in pairs.items()}
    return MappingProxyType(both)


def en_spellings(phrase: str) -> list[str]:
    """The other spelling of an English phrase whose words are spelt one way, British or
    American (data/lexicon/rules_en.json ``spelling_variants``); [] when it has none.

    >>> en_spellings("Minister of Defence")
    ['Minister of Defense']
    >>> en_spellings("Foreign Minister")
    []
    """
    pairs = _spelling_pairs()
    words = phrase.split(" ")
    swapped = [_same_case(pairs.get(w.lower(), w), w) for w in words]
    return [" ".join(swapped)] if swapped != words else []


def _same_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() and word != like else word
