"""The data model: what `kg` reads, extracts and resolves, free of rdflib and spaCy.

Every module between ingestion and RDF speaks in these frozen dataclasses. They are
language-agnostic: a :class:`Person` carries an English and an Arabic label whatever
language it was read in, and every fact carries the :class:`Mention` that proves it.

Identifiers come in two kinds. Extraction is a pure function of one article, so the
persons it finds get *local* ids (``"<article id>#p1"``); :mod:`kg.resolve` merges them
across articles and languages into *global* ids (slugs of the English name). Countries
are their ISO 3166-1 alpha-2 codes; organizations, places and posts get ids from the
lexicon, so they are global from the start.

>>> m = Mention(article="a1", begin=0, end=5, text="Fidan", rule="ar.title_name")
>>> m.text
'Fidan'
"""

from __future__ import annotations

import io
import pickle
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ROLE_KEYS",
    "EVENT_KEYS",
    "OUTLET_KINDS",
    "Article",
    "Mention",
    "Country",
    "Organization",
    "Place",
    "Person",
    "Post",
    "Tenure",
    "Occupancy",
    "Event",
    "Source",
    "Extraction",
    "Skipped",
    "Resolved",
    "PackedExtractions",
]

#: Role keys of the output contract (``skos:notation`` of the role scheme's top concepts).
ROLE_KEYS: tuple[str, ...] = (
    "head_of_state",
    "deputy_head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "minister",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
    "deputy_minister",
    "intelligence_chief",
    "chief_of_staff",
    "military_commander",
    "ambassador",
    "envoy",
    "spokesperson",
    "adviser",
    "director_general",
    "official",
)

#: Organization kinds that are news outlets (``kgo:NewsAgency``, ``kgo:MediaOrganization``):
#: the analysis and the build report count them apart from the other organizations.
OUTLET_KINDS: frozenset[str] = frozenset({"news_agency", "media"})

#: Event type keys of the output contract.
EVENT_KEYS: tuple[str, ...] = (
    "phone_call",
    "meeting",
    "visit",
    "agreement",
    "supply",
    "statement",
    "other",
)


@dataclass(frozen=True)
class Article:
    """One news article as read.

    ``id`` is derived from the text (and address), never from the file it came in, so
    the same article read from a ``.txt`` or a ``.jsonl`` line gets the same id.
    ``text`` is the body exactly as read: every :class:`Mention` offset points into it.
    """

    id: str
    text: str
    lang: str
    date: date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    summary: str | None = None
    origin: str | None = None  # where it was read from ("file.jsonl:3"), for messages


@dataclass(frozen=True, order=True)
class Mention:
    """A span of an article's text that proves a fact, and the rule that found it.

    ``begin``/``end`` are Python string offsets into :attr:`Article.text`, so
    ``article.text[begin:end] == text`` always holds.
    """

    article: str
    begin: int
    end: int
    text: str
    rule: str


@dataclass(frozen=True)
class Country:
    """A state, identified by its ISO 3166-1 alpha-2 code (upper case)."""

    code: str
    label_en: str
    label_ar: str


@dataclass(frozen=True)
class Organization:
    """A ministry, agency, armed force, presidency, news agency ...

    ``kind`` is a key of the ontology's organization-type scheme (``ministry``,
    ``agency``, ``armed_forces``, ``presidency``, ``government``, ``news_agency``,
    ``media``, ``international``, ``other``). ``country`` is an ISO code or None;
    ``parent`` the id of the organization this one is part of.
    """

    id: str
    label_en: str
    label_ar: str
    kind: str = "other"
    country: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class Place:
    """A city, region or state named as where something happened."""

    id: str
    label_en: str
    label_ar: str
    kind: str = "city"  # city | capital | region | country
    country: str | None = None


@dataclass(frozen=True)
class Person:
    """A person. Before resolution ``id`` is local to one article; after, global.

    ``name_en`` is always set after resolution (a gazetteer spelling or a
    transliteration); ``name_ar`` when the person was seen in Arabic.
    ``alt_labels`` holds every other surface form seen, as ``(text, lang)`` pairs.
    """

    id: str
    name_en: str | None = None
    name_ar: str | None = None
    alt_labels: tuple[tuple[str, str], ...] = ()
    rank: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Post:
    """A position in an organization: ``role`` (a role key or a narrower concept) in ``org``."""

    org: str
    role: str

    @property
    def id(self) -> str:
        """A stable id for the post.

        >>> Post(org="tr-ministry-of-foreign-affairs", role="foreign_minister").id
        'tr-ministry-of-foreign-affairs/foreign_minister'
        """
        return f"{self.org}/{self.role}"


@dataclass(frozen=True)
class Source:
    """Who reported a fact ("Anadolu Agency reported"): an organization id and its evidence."""

    org: str
    mention: Mention


@dataclass(frozen=True)
class Tenure:
    """A person holding a post, as one article states it (an ``org:Membership``).

    ``status`` is ``current``, ``former`` or ``designate``; only ``current`` and
    ``former`` tenures say the person held the post. ``country`` is the ISO code of
    the state the post serves (for ambassadors, the sending state).
    """

    person: str
    role: str
    org: str | None
    country: str | None
    article: str
    mentions: tuple[Mention, ...]
    rank: str | None = None
    start: date | None = None
    end: date | None = None
    observed_on: date | None = None
    status: str = "current"
    sources: tuple[Source, ...] = ()

    @property
    def post(self) -> Post | None:
        return Post(org=self.org, role=self.role) if self.org else None

    @property
    def rule(self) -> str:
        return self.mentions[0].rule if self.mentions else ""


@dataclass(frozen=True)
class Occupancy:
    """One person in one post, every sighting folded in: the tenure that resolution
    writes as one ``org:Membership`` (FollowTheMoney's Occupancy, Popolo's membership).

    ``sightings`` are the :class:`Tenure` statements of the articles that state it, with
    resolved person ids and ``observed_on`` filled with the article's date where the text
    gives none, sorted. A designation (``status`` ``designate``) folds the same way but stays
    apart from the memberships of the same post. ``start``/``end`` are the dates the text
    gives for the tenure (the earliest start, the latest end), not the span it was seen in:
    that is :attr:`seen`.

    >>> m1 = Mention("a1", 0, 5, "Fidan", "r")
    >>> m2 = Mention("a2", 0, 5, "Fidan", "r")
    >>> s1 = Tenure("p", "foreign_minister", "tr-mfa", "TR", "a1", (m1,),
    ...             observed_on=date(2025, 1, 2))
    >>> s2 = Tenure("p", "foreign_minister", "tr-mfa", "TR", "a2", (m2,),
    ...             observed_on=date(2025, 3, 4))
    >>> o = Occupancy("p", "foreign_minister", "tr-mfa", "TR", "current", (s1, s2))
    >>> o.articles, [str(d) for d in o.seen]
    (('a1', 'a2'), ['2025-01-02', '2025-03-04'])
    """

    person: str
    role: str
    org: str | None
    country: str | None
    status: str
    sightings: tuple[Tenure, ...]
    rank: str | None = None
    start: date | None = None
    end: date | None = None

    @property
    def post(self) -> Post | None:
        return Post(org=self.org, role=self.role) if self.org else None

    @property
    def articles(self) -> tuple[str, ...]:
        """Every article that states the tenure, sorted."""
        return tuple(sorted({s.article for s in self.sightings}))

    @property
    def observed(self) -> tuple[date, ...]:
        """Every date the tenure was stated on (current or former), sorted."""
        return tuple(sorted({s.observed_on for s in self.sightings if s.observed_on}))

    @property
    def seen(self) -> tuple[date, ...]:
        """The first and last dates on which an article says the post was held (its
        ``current`` sightings), or ``()`` when none is dated."""
        held = sorted(
            s.observed_on for s in self.sightings if s.observed_on and s.status == "current"
        )
        return (held[0], held[-1]) if held else ()

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(sorted({m for s in self.sightings for m in s.mentions}))

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(
            sorted({x for s in self.sightings for x in s.sources}, key=lambda x: (x.org, x.mention))
        )


@dataclass(frozen=True)
class Event:
    """Something officials did (SEM): a call, a meeting, a visit, an agreement, a supply ...

    ``actors`` are person ids; ``org_actors`` organization ids and ``country_actors`` ISO
    codes of states acting as such. ``hosts`` (a subset of the actors, any kind) are the
    host side of a visit or meeting, ``targets`` the recipient side of a supply or the
    called party. One known day is ``date``; otherwise ``earliest``/``latest`` bound it.
    ``status`` is ``held`` or ``planned`` (intended, expected, scheduled).
    """

    id: str
    type: str
    article: str
    mentions: tuple[Mention, ...]
    actors: tuple[str, ...] = ()
    org_actors: tuple[str, ...] = ()
    country_actors: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    date: date | None = None
    earliest: date | None = None
    latest: date | None = None
    status: str = "held"
    sources: tuple[Source, ...] = ()
    cameo: str | None = None

    @property
    def rule(self) -> str:
        return self.mentions[0].rule if self.mentions else ""


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why (shown in the report and summary)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article: the unit that resolution takes in."""

    article: Article
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    countries: tuple[Country, ...] = ()
    places: tuple[Place, ...] = ()
    tenures: tuple[Tenure, ...] = ()
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = field(default=())  # sources of the article as a whole


@dataclass(frozen=True)
class Resolved:
    """The whole graph's content after resolution, ready for :mod:`kg.rdf`.

    Every tuple is sorted by id, so what is written does not depend on input order.
    ``tenures`` holds one :class:`Occupancy` per person and post, whatever the number of
    articles that state it.
    """

    articles: tuple[Article, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    countries: tuple[Country, ...] = ()
    places: tuple[Place, ...] = ()
    tenures: tuple[Occupancy, ...] = ()
    events: tuple[Event, ...] = ()
    skipped: tuple[Skipped, ...] = ()


#: Strings up to this long are kept once for all the articles of a
#: :class:`PackedExtractions` (names, ids, rule names, role keys), longer ones per article.
_SHARED_MAX = 64


class PackedExtractions(Sequence):
    """Extractions held compressed until resolution reads them: each one a zlib-compressed
    pickle, about 2.5 KB for an article of 550 characters that takes about 15 KB as
    objects; the short strings (names, ids, rule names, role keys) are kept once for all
    the articles, so that what comes out shares them as one object each.

    It is a sequence: ``packed[i]`` unpacks the ``i``-th extraction again (a new object
    equal to the one appended), so an extraction is held whole only while it is read.
    Time O(size of the extraction) to append or read one.

    >>> packed = PackedExtractions()
    >>> ex = Extraction(article=Article(id="a1", text="Fidan met Shaibani.", lang="en"))
    >>> packed.append(ex)
    >>> len(packed), packed[0] == ex, list(packed) == [ex]
    (1, True, True)
    """

    def __init__(self) -> None:
        self._blobs: list[bytes] = []
        self._strings: list[str] = []  # id -> string
        self._ids: dict[str, int] = {}  # string -> id

    def append(self, extraction: Extraction) -> None:
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
        ids, strings = self._ids, self._strings

        def persistent_id(obj):
            if type(obj) is not str or len(obj) > _SHARED_MAX:
                return None
            found = ids.get(obj)
            if found is None:
                found = ids[obj] = len(strings)
                strings.append(obj)
            return found

        pickler.persistent_id = persistent_id
        pickler.dump(extraction)
        self._blobs.append(zlib.compress(buf.getvalue(), 1))

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        unpickler = pickle.Unpickler(io.BytesIO(zlib.decompress(self._blobs[index])))
        unpickler.persistent_load = self._strings.__getitem__
        return unpickler.load()

    def __iter__(self) -> Iterator[Extraction]:
        for i in range(len(self._blobs)):
            yield self[i]
