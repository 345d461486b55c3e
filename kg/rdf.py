"""The resolved model as RDF: triples (a generator), the graph, deterministic Turtle.

:func:`triples` turns a :class:`kg.model.Resolved` into the triples of the output
contract (``CONTRACT.md``); :func:`build_graph` assembles them into an rdflib graph with the
contract's prefixes; :func:`serialize` writes Turtle that is byte-identical for the same
content whatever the order the facts came in; :func:`write_turtle` writes it atomically.

Two choices keep queries of the contract honest (see their ``rdfs:comment`` in
``ontology/officials.ttl``):

- a tenure with status ``designate`` is a ``kgo:Designation`` (``kgo:designee``,
  ``kgo:designatedFor``), never an ``org:Membership`` with ``org:role``, which says that
  the post is held;
- a ``planned`` event is a ``kgo:PlannedEvent`` typed with ``kgo:plannedEventType``, never
  with ``sem:eventType``, which queries take as an event that took place.

One membership is one tenure (:class:`kg.model.Occupancy`): every article that states the
same person in the same post is a ``prov:wasDerivedFrom``, each date a ``kgo:observedOn``,
each mention a ``kgo:evidence`` of it, and ``org:memberDuring`` is a ``time:Interval`` from
the first to the last day it was seen held (or the start and end the text gives), its ends
``time:Instant`` s with ``time:inXSDDate``, one IRI per day. Its IRI hashes the person and
the post only, so it does not depend on which articles state it.

The concepts that the facts use (roles, event types, CAMEO codes, ranks, statuses,
organization types), with their broader chains and schemes, are copied from the ontology
into the output, so that the graph answers the contract's queries on its own.

>>> from kg.model import Resolved, Person
>>> g = build_graph(Resolved(persons=(Person(id="hakan-fidan", name_en="Hakan Fidan"),)))
>>> print(serialize(g).decode())  # doctest: +NORMALIZE_WHITESPACE
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<BLANKLINE>
<https://w3id.org/officials-kg/id/person/hakan-fidan> a foaf:Person ;
    skos:prefLabel "Hakan Fidan"@en .
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import FOAF, ORG, PROV, SKOS, TIME
from rdflib.plugins.stores.memory import SimpleMemory

from kg import model, settings
from kg.atomic import write_atomic
from kg.errors import ValidationError
from kg.vocab import (
    KGO,
    KGR,
    NIF,
    OPENGOV,
    PREFIXES,
    SCHEMA,
    SEM,
    cameo_iri,
    event_type_iri,
    load_ontology,
    org_class_iri,
    org_type_iri,
    rank_iri,
    role_iri,
    status_iri,
)

__all__ = [
    "Triple",
    "triples",
    "build_graph",
    "CompactStore",
    "Released",
    "serialize",
    "write_turtle",
    "segment",
    "article_iri",
    "person_iri",
    "org_iri",
    "country_iri",
    "place_iri",
    "post_iri",
    "event_iri",
    "mention_iri",
    "tenure_iri",
    "interval_iri",
    "instant_iri",
]

Triple = tuple[URIRef, URIRef, URIRef | Literal]

# rdflib's XSD warns on unknown attribute lookups (doctest collection does some), so it
# is not kept as a module global here.
_NON_NEGATIVE = ns.XSD.nonNegativeInteger
_ANY_URI = ns.XSD.anyURI

#: Tenure statuses that say the post is held (written as org:Membership).
HELD_TENURES = frozenset({"current", "former"})


# ------------------------------------------------------------------------------ identifiers


def segment(value: str) -> str:
    """One path segment of a ``kgr:`` IRI: ASCII, with anything else percent-encoded.

    Ids should be slugs already; this keeps IRIs valid and stable when they are not.

    >>> segment("hakan-fidan")
    'hakan-fidan'
    >>> segment("a1#p1")
    'a1%23p1'
    >>> segment("فيدان")
    '%D9%81%D9%8A%D8%AF%D8%A7%D9%86'
    """
    return quote(value, safe="-._~")


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article.

    >>> article_iri("a1")
    rdflib.term.URIRef('https://w3id.org/officials-kg/id/article/a1')
    """
    return KGR[f"article/{segment(article_id)}"]


def person_iri(person_id: str) -> URIRef:
    """The IRI of a person.

    >>> person_iri("hakan-fidan").n3()
    '<https://w3id.org/officials-kg/id/person/hakan-fidan>'
    """
    return KGR[f"person/{segment(person_id)}"]


def org_iri(org_id: str) -> URIRef:
    """The IRI of an organization.

    >>> str(org_iri("tr-mfa"))
    'https://w3id.org/officials-kg/id/org/tr-mfa'
    """
    return KGR[f"org/{segment(org_id)}"]


def country_iri(code: str) -> URIRef:
    """The IRI of a country from its ISO code, in upper case.

    >>> str(country_iri("tr"))
    'https://w3id.org/officials-kg/id/country/TR'
    """
    return KGR[f"country/{segment(code.upper())}"]


def place_iri(place_id: str) -> URIRef:
    """The IRI of a place.

    >>> str(place_iri("ankara"))
    'https://w3id.org/officials-kg/id/place/ankara'
    """
    return KGR[f"place/{segment(place_id)}"]


def post_iri(org_id: str, role: str) -> URIRef:
    """The IRI of the post of ``role`` in an organization.

    >>> str(post_iri("tr-mfa", "foreign_minister"))
    'https://w3id.org/officials-kg/id/post/tr-mfa/foreign_minister'
    """
    return KGR[f"post/{segment(org_id)}/{segment(role)}"]


def event_iri(event_id: str) -> URIRef:
    """The IRI of an event.

    >>> str(event_iri("e1"))
    'https://w3id.org/officials-kg/id/event/e1'
    """
    return KGR[f"event/{segment(event_id)}"]


def mention_iri(mention: model.Mention) -> URIRef:
    """The IRI of a mention: its article and offsets (one IRI per span, whatever rule).

    >>> m = model.Mention(article="a1", begin=0, end=5, text="Fidan", rule="r")
    >>> str(mention_iri(m))
    'https://w3id.org/officials-kg/id/mention/a1/0-5'
    """
    return KGR[f"mention/{segment(mention.article)}/{mention.begin}-{mention.end}"]


def tenure_iri(tenure: model.Occupancy | model.Tenure) -> URIRef:
    """The IRI of a membership (or designation): readable, with a hash of what makes it one.

    The hash covers person, role, organization, country and whether the post is held or
    only designated: one tenure gets one IRI in every run and from every input order,
    whichever articles state it and whatever its status (current or former).

    >>> t = model.Tenure(person="hakan-fidan", role="foreign_minister", org=None,
    ...                  country="TR", article="a1", mentions=())
    >>> str(tenure_iri(t))
    'https://w3id.org/officials-kg/id/membership/hakan-fidan/foreign_minister/9ebc2bae5b4a'
    >>> tenure_iri(t) == tenure_iri(replace(t, article="a2", status="former"))
    True
    """
    held = tenure.status in HELD_TENURES
    key = "\x1f".join(
        (
            tenure.person,
            tenure.role,
            tenure.org or "",
            (tenure.country or "").upper(),
            "held" if held else "designate",
        )
    )
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    kind = "membership" if held else "designation"
    return KGR[f"{kind}/{segment(tenure.person)}/{segment(tenure.role)}/{digest}"]


def interval_iri(tenure: model.Occupancy) -> URIRef:
    """The IRI of the ``time:Interval`` a membership was seen in: the membership's path
    under ``interval/``.

    >>> t = model.Occupancy("hakan-fidan", "foreign_minister", None, "TR", "current", ())
    >>> str(interval_iri(t))
    'https://w3id.org/officials-kg/id/interval/hakan-fidan/foreign_minister/9ebc2bae5b4a'
    """
    path = str(tenure_iri(tenure)).removeprefix(str(KGR)).split("/", 1)[1]
    return KGR[f"interval/{path}"]


def instant_iri(day: date) -> URIRef:
    """The IRI of a day as a ``time:Instant``, one per date in the whole graph.

    >>> str(instant_iri(date(2025, 10, 17)))
    'https://w3id.org/officials-kg/id/date/2025-10-17'
    """
    return KGR[f"date/{day.isoformat()}"]


# ------------------------------------------------------------------------------ triples


def _labels(subject: URIRef, en: str | None, ar: str | None) -> Iterator[Triple]:
    if en:
        yield subject, SKOS.prefLabel, Literal(en, lang="en")
    if ar:
        yield subject, SKOS.prefLabel, Literal(ar, lang="ar")


def _mention(m: model.Mention) -> Iterator[Triple]:
    node = mention_iri(m)
    yield node, RDF.type, KGO.Mention
    yield node, RDF.type, NIF.String
    yield node, NIF.referenceContext, article_iri(m.article)
    yield node, NIF.beginIndex, Literal(m.begin, datatype=_NON_NEGATIVE)
    yield node, NIF.endIndex, Literal(m.end, datatype=_NON_NEGATIVE)
    yield node, NIF.anchorOf, Literal(m.text)
    if m.rule:
        yield node, KGO.rule, Literal(m.rule)


def _evidence(
    subject: URIRef, mentions: Iterable[model.Mention], sources: Iterable[model.Source] = ()
) -> Iterator[Triple]:
    """kgo:evidence for each mention, kgo:reportedBy each source (whose own mention is
    evidence too: it is the text that says who reported the fact)."""
    for m in mentions:
        yield subject, KGO.evidence, mention_iri(m)
        yield from _mention(m)
    for source in sources:
        yield subject, KGO.reportedBy, org_iri(source.org)
        yield subject, KGO.evidence, mention_iri(source.mention)
        yield from _mention(source.mention)


def _article(a: model.Article) -> Iterator[Triple]:
    node = article_iri(a.id)
    yield node, RDF.type, SCHEMA.NewsArticle
    # The article is also the NIF context that every mention's offsets point into.
    yield node, RDF.type, NIF.Context
    yield node, NIF.isString, Literal(a.text)
    yield node, NIF.beginIndex, Literal(0, datatype=_NON_NEGATIVE)
    yield node, NIF.endIndex, Literal(len(a.text), datatype=_NON_NEGATIVE)
    if a.lang:
        yield node, SCHEMA.inLanguage, Literal(a.lang)
    if a.date:
        yield node, SCHEMA.datePublished, Literal(a.date)
    if a.url:
        yield node, SCHEMA.url, Literal(a.url, datatype=_ANY_URI)
    if a.title:
        yield node, SCHEMA.headline, Literal(a.title)
    if a.summary:
        yield node, SCHEMA.abstract, Literal(a.summary)
    if a.source:
        # A name as the article gives it, not (yet) an organization: a literal.
        yield node, SCHEMA.creditText, Literal(a.source)


def _country(c: model.Country) -> Iterator[Triple]:
    node = country_iri(c.code)
    yield node, RDF.type, SCHEMA.Country
    yield node, SKOS.notation, Literal(c.code.upper())
    yield from _labels(node, c.label_en, c.label_ar)


def _organization(o: model.Organization) -> Iterator[Triple]:
    node = org_iri(o.id)
    yield node, RDF.type, ORG.Organization
    cls = org_class_iri(o.kind)
    if cls != ORG.Organization:
        yield node, RDF.type, cls
    yield node, KGO.orgType, org_type_iri(o.kind)
    yield from _labels(node, o.label_en, o.label_ar)
    if o.parent:
        yield node, ORG.subOrganizationOf, org_iri(o.parent)
    if o.country:
        yield node, KGO.country, country_iri(o.country)


def _place(p: model.Place) -> Iterator[Triple]:
    node = place_iri(p.id)
    yield node, RDF.type, SCHEMA.Place
    yield node, RDF.type, SEM.Place
    yield from _labels(node, p.label_en, p.label_ar)
    if p.country:
        yield node, KGO.country, country_iri(p.country)


def _person(p: model.Person) -> Iterator[Triple]:
    node = person_iri(p.id)
    yield node, RDF.type, FOAF.Person
    yield from _labels(node, p.name_en, p.name_ar)
    preferred = {(p.name_en, "en"), (p.name_ar, "ar")}
    for text, lang in p.alt_labels:
        # SKOS: a label is not both preferred and alternative in one language.
        if text and (text, lang) not in preferred:
            yield node, SKOS.altLabel, Literal(text, lang=lang or None)
    if p.rank:
        yield node, KGO.rank, rank_iri(p.rank)
    yield from _evidence(node, p.mentions)


def _post(org_id: str, role: str) -> Iterator[Triple]:
    node = post_iri(org_id, role)
    yield node, RDF.type, ORG.Post
    yield node, ORG.postIn, org_iri(org_id)
    yield node, ORG.role, role_iri(role)


def _dated(o: model.Occupancy, published: dict[str, date | None]) -> model.Occupancy:
    """``o`` with each sighting's ``observed_on`` its article's date where the text gave none."""
    sightings = tuple(
        s if s.observed_on else replace(s, observed_on=published.get(s.article))
        for s in o.sightings
    )
    return replace(o, sightings=sightings)


def _instant(day: date) -> Iterator[Triple]:
    node = instant_iri(day)
    yield node, RDF.type, TIME.Instant
    yield node, TIME.inXSDDate, Literal(day)


def _interval(o: model.Occupancy) -> Iterator[Triple]:
    """``org:memberDuring`` a ``time:Interval`` from the first to the last day an article
    says the post was held, or from and to the dates the text gives (schema:startDate,
    schema:endDate); nothing when neither end is known."""
    seen = o.seen
    begin = o.start or (seen[0] if seen else None)
    end = o.end or (seen[-1] if seen else None)
    if begin is None and end is None:
        return
    node = interval_iri(o)
    yield tenure_iri(o), ORG.memberDuring, node
    yield node, RDF.type, TIME.Interval
    if begin is not None:
        yield node, TIME.hasBeginning, instant_iri(begin)
        yield from _instant(begin)
    if end is not None:
        yield node, TIME.hasEnd, instant_iri(end)
        yield from _instant(end)


def _tenure(o: model.Occupancy, *, published: dict[str, date | None]) -> Iterator[Triple]:
    """One tenure: the membership (or designation, or unplaced role) and every sighting of
    it as evidence: each article, each date, each mention."""
    o = _dated(o, published)
    node = tenure_iri(o)
    if o.status in HELD_TENURES and not o.org and not o.country:
        # No state anywhere: the organization is unknown, so no org:Membership.
        yield node, RDF.type, KGO.UnplacedRole
        yield node, KGO.roleHolder, person_iri(o.person)
        yield node, KGO.unplacedRole, role_iri(o.role)
    elif o.status in HELD_TENURES:
        yield node, RDF.type, ORG.Membership
        yield node, ORG.member, person_iri(o.person)
        yield node, ORG.role, role_iri(o.role)
        if o.org:
            yield node, ORG.organization, org_iri(o.org)
            yield node, OPENGOV.post, post_iri(o.org, o.role)
        yield from _interval(o)
    else:
        # Not org:Membership/org:role: those say the post is held (see module docstring).
        yield node, RDF.type, KGO.Designation
        yield node, KGO.designee, person_iri(o.person)
        yield node, KGO.designatedFor, role_iri(o.role)
        if o.org:
            yield node, KGO.designatedPost, post_iri(o.org, o.role)
    if o.org:
        yield from _post(o.org, o.role)
    yield node, KGO.status, status_iri(o.status)
    for article in o.articles:
        yield node, PROV.wasDerivedFrom, article_iri(article)
    if o.country:
        yield node, KGO.country, country_iri(o.country)
    if o.rank:
        yield node, KGO.rank, rank_iri(o.rank)
    if o.start:
        yield node, SCHEMA.startDate, Literal(o.start)
    if o.end:
        yield node, SCHEMA.endDate, Literal(o.end)
    for day in o.observed:
        yield node, KGO.observedOn, Literal(day)
    yield from _evidence(node, o.mentions, o.sources)


def _event(e: model.Event, *, known: dict[str, URIRef]) -> Iterator[Triple]:
    node = event_iri(e.id)
    yield node, RDF.type, SEM.Event
    if e.status == "planned":
        # Not sem:eventType: queries take that as an event that took place.
        yield node, RDF.type, KGO.PlannedEvent
        yield node, KGO.plannedEventType, event_type_iri(e.type)
    else:
        yield node, SEM.eventType, event_type_iri(e.type)
    yield node, KGO.status, status_iri(e.status)
    if e.cameo:
        yield node, KGO.cameoType, cameo_iri(e.cameo)
    # Hosts and targets are ids of any kind of actor: the event's own lists say which.
    own = {a: person_iri(a) for a in e.actors}
    own |= {o: org_iri(o) for o in e.org_actors}
    own |= {c: country_iri(c) for c in e.country_actors}
    for actor in own.values():
        yield node, SEM.hasActor, actor
    for prop, ids in ((KGO.host, e.hosts), (KGO.target, e.targets)):
        for actor_id in ids:
            actor = own.get(actor_id) or known.get(actor_id)
            if actor is None:  # an id that names nothing in the graph: leave it out
                continue
            yield node, prop, actor
            yield node, SEM.hasActor, actor  # kgo:host/target are sub-properties
    if e.place:
        yield node, SEM.hasPlace, place_iri(e.place)
    if e.date:
        yield node, SEM.hasTimeStamp, Literal(e.date)
    else:
        if e.earliest:
            yield node, SEM.hasEarliestBeginTimeStamp, Literal(e.earliest)
        if e.latest:
            yield node, SEM.hasLatestEndTimeStamp, Literal(e.latest)
    yield node, PROV.wasDerivedFrom, article_iri(e.article)
    yield from _evidence(node, e.mentions, e.sources)


class Released:
    """The content of a :class:`kg.model.Resolved` in lists that :func:`build_graph` empties
    as it goes: each article, person, tenure and event is let go once its triples are
    made, so that the model's memory is reused by the graph's instead of adding to it.
    Made from a model no one else holds (``kg build`` does this), it is read once.

    >>> parts = Released(model.Resolved(persons=(model.Person(id="p", name_en="P"),)))
    >>> g = build_graph(parts, lean=True)
    >>> len(g), parts.persons
    (2, [None])
    """

    def __init__(self, resolved: model.Resolved) -> None:
        for name in model.Resolved.__dataclass_fields__:
            setattr(self, name, list(getattr(resolved, name)))


def _drain(items: list) -> Iterator:
    """Each item of ``items`` in order, its place in the list emptied as it is given."""
    for i in range(len(items)):
        item = items[i]
        items[i] = None
        yield item


def _facts(resolved: model.Resolved | Released) -> Iterator[Triple]:
    published = {a.id: a.date for a in resolved.articles}
    known: dict[str, URIRef] = {c.code: country_iri(c.code) for c in resolved.countries}
    known |= {o.id: org_iri(o.id) for o in resolved.organizations}
    known |= {p.id: person_iri(p.id) for p in resolved.persons}
    each = _drain if isinstance(resolved, Released) else iter
    for a in each(resolved.articles):
        yield from _article(a)
    for c in resolved.countries:
        yield from _country(c)
    # A country named by code only still gets its notation, so the state of a post is
    # known; the shapes report its missing labels.
    described = {c.code.upper() for c in resolved.countries}
    referenced = {o.country for o in resolved.organizations}
    referenced |= {p.country for p in resolved.places} | {t.country for t in resolved.tenures}
    referenced |= {c for e in resolved.events for c in e.country_actors}
    for code in sorted({c.upper() for c in referenced if c} - described):
        yield country_iri(code), RDF.type, SCHEMA.Country
        yield country_iri(code), SKOS.notation, Literal(code)
    for o in resolved.organizations:
        yield from _organization(o)
    for p in resolved.places:
        yield from _place(p)
    for p in each(resolved.persons):
        yield from _person(p)
    for t in each(resolved.tenures):
        yield from _tenure(t, published=published)
    for e in each(resolved.events):
        yield from _event(e, known=known)


# What of a scheme's description goes along with its concepts: not the list of all its
# top concepts, which would name concepts that the graph does not use.
_SCHEME_SKIP = frozenset({SKOS.hasTopConcept})
_FOLLOW = (SKOS.broader, SKOS.closeMatch, SKOS.inScheme, SKOS.topConceptOf)


def _concepts(used: set[URIRef], *, strict: bool) -> Iterator[Triple]:
    """The ontology's description of the used concepts, their broader chains, CAMEO
    matches and schemes, in a stable order."""
    onto = load_ontology()
    todo, done = sorted(used), set()
    out: set[Triple] = set()
    while todo:
        concept = todo.pop()
        if concept in done:
            continue
        done.add(concept)
        if (concept, None, None) not in onto:
            if strict:
                name = concept.removeprefix(settings.ONTOLOGY)
                raise ValidationError(
                    f"kgo:{name} is not a concept of ontology/officials.ttl: add it there "
                    "(with skos:inScheme, labels and skos:broader a concept with a key), "
                    "or fix the key in the lexicon"
                )
            continue
        for _, p, o in onto.triples((concept, None, None)):
            if p in _SCHEME_SKIP:
                continue
            out.add((concept, p, o))
            if p in _FOLLOW and isinstance(o, URIRef):
                todo.append(o)
    yield from sorted(out)


def triples(resolved: model.Resolved | Released, *, strict: bool = True) -> Iterator[Triple]:
    """Every triple of the graph of ``resolved``, facts first, then the concepts they use.

    A triple may come more than once (a mention that proves two facts). With ``strict``,
    a role, event type, rank, status or organization kind that the ontology does not know
    raises :class:`kg.errors.ValidationError`; without, its IRI is written bare (and
    :func:`kg.shapes.validate` reports it). Time O(T) for T triples of facts, and
    O(C log C) for the C triples of the concepts they use.

    >>> from kg.model import Resolved, Country
    >>> for t in triples(Resolved(countries=(Country("TR", "Turkey", "تركيا"),))):
    ...     print(t[1].n3(), t[2].n3())
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Country>
    <http://www.w3.org/2004/02/skos/core#notation> "TR"
    <http://www.w3.org/2004/02/skos/core#prefLabel> "Turkey"@en
    <http://www.w3.org/2004/02/skos/core#prefLabel> "تركيا"@ar
    """
    used: set[URIRef] = set()
    for triple in _facts(resolved):
        obj = triple[2]
        if triple[1] != RDF.type and isinstance(obj, URIRef) and obj.startswith(settings.ONTOLOGY):
            used.add(obj)
        yield triple
    yield from _concepts(used, strict=strict)


# ------------------------------------------------------------------------------ compact store


class CompactStore(SimpleMemory):
    """A read-mostly rdflib store that holds each triple as two 64-bit integers, for the
    graph that ``kg build`` makes, writes and reads once.

    rdflib's in-memory stores keep three indexes of nested dictionaries, about 600 bytes a
    triple (most of a build's memory: 130 KB per article of news). Here each distinct term
    is one object with an integer id, and triples are added as they come (a triple may
    come twice) to two flat arrays: the subject's id, and the predicate's and object's ids
    packed into one 64-bit integer. The first read settles them in O(T) for T triples: a
    counting sort groups them by subject, in the order the subjects came; in each subject
    duplicates are dropped and the triples grouped by predicate in the order they came,
    as ``SimpleMemory`` gives them; each subject's first pair and count are kept by its id,
    and each predicate's ``(object, subject)`` ids indexed. That is under 60 bytes a triple
    with the terms (12.5 KB for an article of the scale benchmark's), in a few large
    arrays rather than one per subject (an array and a dictionary entry per subject, keyed
    by a second copy of many IRIs, took 18 KB). Patterns with a subject read its run
    of pairs; with a predicate and no subject, the predicate's array (a linear scan for an
    object); with neither, every subject's, in the order the subjects came. The namespace
    bindings are ``SimpleMemory``'s. Adding after a read unpacks the triples again and
    settles them all at the next read; removing is not supported (the build never
    removes).

    >>> g = Graph(store=CompactStore())
    >>> a, b = URIRef("x:a"), URIRef("x:b")
    >>> for t in [(a, RDF.type, b), (a, RDF.type, b), (b, RDFS.label, Literal("B"))]:
    ...     _ = g.add(t)
    >>> len(g), sorted(g.subjects(RDF.type, b)), [str(o) for o in g.objects(b, RDFS.label)]
    (2, [rdflib.term.URIRef('x:a')], ['B'])
    """

    def __init__(self, configuration: str | None = None, identifier=None) -> None:
        super().__init__(configuration, identifier)
        self._ids: dict = {}  # term -> id
        self._terms: list = []  # id -> term
        self._is_subject = bytearray()  # id -> 1 once the term has been a subject
        # Ids, starts and counts are 32-bit: the pairs pack ids into 32 bits already.
        self._subjects = array("I")  # the subjects' ids, in the order they came
        # While adding: each triple's subject id, and its (predicate << 32 | object).
        self._added_s, self._added_po = array("I"), array("q")
        # Settled: every subject's pairs one after another, in the order the subjects
        # came; each subject's first pair and count by its id (0 and 0 for a term that is
        # no subject).
        self._pairs, self._start, self._count_of = array("q"), array("I"), array("I")
        self._pos: dict[int, array] = {}  # predicate id -> array of (object << 32 | subject)
        self._settled = True

    def _id(self, term) -> int:
        found = self._ids.get(term)
        if found is None:
            found = self._ids[term] = len(self._terms)
            self._terms.append(term)
            self._is_subject.append(0)
        return found

    def add(self, triple, context, quoted: bool = False) -> None:  # noqa: ARG002 - Store's signature
        s, p, o = triple
        if self._settled and self._pairs:
            self._unpack()
        sid = self._id(s)
        if not self._is_subject[sid]:
            self._is_subject[sid] = 1
            self._subjects.append(sid)
        self._added_s.append(sid)
        self._added_po.append(self._id(p) << 32 | self._id(o))
        self._settled = False

    def remove(self, triple_pattern, context=None) -> None:  # noqa: ARG002 - Store's signature
        raise NotImplementedError("CompactStore does not remove triples")

    def _run(self, sid: int) -> array:
        """The settled pairs of subject ``sid``."""
        if sid >= len(self._start):
            return array("q")
        start = self._start[sid]
        return self._pairs[start : start + self._count_of[sid]]

    def _unpack(self) -> None:
        """Back to the triples as added, for more to be added."""
        added_s, added_po = array("I"), array("q")
        for sid in self._subjects:
            run = self._run(sid)
            added_s.extend(array("I", [sid]) * len(run))
            added_po.extend(run)
        self._added_s, self._added_po = added_s, added_po
        self._pairs, self._start, self._count_of = array("q"), array("I"), array("I")

    def _settle(self) -> None:
        """Group the triples by subject in the order the subjects came (a counting sort,
        stable), then in each subject drop duplicates and group by predicate in the order
        they came, packed in place; index predicates."""
        if self._settled:
            return
        self._settled = True
        size = len(self._terms)
        added_s, added_po = self._added_s, self._added_po
        self._added_s, self._added_po = array("I"), array("q")
        count_of = array("I", bytes(4 * size))
        for sid in added_s:
            count_of[sid] += 1
        start = array("I", bytes(4 * size))
        at = 0
        for sid in self._subjects:
            start[sid] = at
            at += count_of[sid]
        packed = array("q", bytes(8 * len(added_po)))
        cursor = array("I", start)
        for sid, code in zip(added_s, added_po, strict=True):
            packed[cursor[sid]] = code
            cursor[sid] += 1
        del added_s, added_po, cursor
        pos: dict[int, array] = {}
        kept = 0  # the pairs kept so far, moved down over the duplicates dropped
        for sid in self._subjects:
            first_pair = start[sid]
            pairs = packed[first_pair : first_pair + count_of[sid]]
            unique = list(dict.fromkeys(pairs))
            if len(unique) < len(pairs) or len({c >> 32 for c in unique}) > 1:
                first: dict[int, int] = {}
                for code in unique:
                    first.setdefault(code >> 32, len(first))
                unique.sort(key=lambda code: first[code >> 32])
                pairs = array("q", unique)
            packed[kept : kept + len(pairs)] = pairs
            start[sid], count_of[sid] = kept, len(pairs)
            kept += len(pairs)
            for code in pairs:
                p = code >> 32
                column = pos.get(p)
                if column is None:
                    column = pos[p] = array("q")
                column.append((code & 0xFFFFFFFF) << 32 | sid)
        del packed[kept:]
        self._pairs, self._start, self._count_of, self._pos = packed, start, count_of, pos

    def triples(self, triple_pattern, context=None):  # noqa: ARG002 - Store's signature
        """The triples matching ``triple_pattern`` (``None`` for any term)."""
        self._settle()
        s, p, o = triple_pattern
        terms, ids = self._terms, self._ids
        none = iter(())
        if s is not None:
            sid = ids.get(s)
            if sid is None:
                return
            subject = terms[sid]
            pid = None if p is None else ids.get(p)
            oid = None if o is None else ids.get(o)
            if (p is not None and pid is None) or (o is not None and oid is None):
                return
            for code in self._run(sid):
                cp, co = code >> 32, code & 0xFFFFFFFF
                if (pid is None or cp == pid) and (oid is None or co == oid):
                    yield (subject, terms[cp], terms[co]), none
        elif p is not None:
            pid = ids.get(p)
            column = self._pos.get(pid) if pid is not None else None
            if column is None:
                return
            if o is None:
                for code in column:
                    yield (terms[code & 0xFFFFFFFF], p, terms[code >> 32]), none
                return
            oid = ids.get(o)
            if oid is None:
                return
            for code in column:
                if code >> 32 == oid:
                    yield (terms[code & 0xFFFFFFFF], p, o), none
        else:
            oid = None if o is None else ids.get(o)
            if o is not None and oid is None:
                return
            pairs, start, count_of = self._pairs, self._start, self._count_of
            for sid in self._subjects:
                subject, first = terms[sid], start[sid]
                for i in range(first, first + count_of[sid]):
                    code = pairs[i]
                    co = code & 0xFFFFFFFF
                    if oid is None or co == oid:
                        yield (subject, terms[code >> 32], terms[co]), none

    def __len__(self, context=None) -> int:  # noqa: ARG002 - Store's signature
        self._settle()
        return len(self._pairs)


# ------------------------------------------------------------------------------ graph, files


def build_graph(
    resolved: model.Resolved | Released, *, strict: bool = True, lean: bool = False
) -> Graph:
    """The graph of ``resolved`` with the contract's prefixes bound. Time O(T) for T triples.

    The graph is what a build holds most of, so it is kept small without changing a
    triple: each distinct term is one object (:func:`_interned`; a quarter less memory).
    With ``lean``, the store is a :class:`CompactStore`, which holds the same triples in
    about a sixth of the memory of rdflib's ``SimpleMemory``, for a graph that is only
    read and written (``kg build``); SHACL validation (pyshacl) and SPARQL need the
    default, context-aware store. Given a :class:`Released` model, it empties it as the
    triples are made (``kg build``: the model and the graph are not held whole at once).

    >>> g = build_graph(model.Resolved())
    >>> len(g), dict(g.namespaces())["kgr"]
    (0, rdflib.term.URIRef('https://w3id.org/officials-kg/id/'))
    """
    graph = Graph(store=CompactStore() if lean else "default", bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("rdfs", RDFS)
    add = graph.store.add
    # The compact store keeps one object per distinct term by itself.
    made = triples(resolved, strict=strict)
    for triple in made if lean else _interned(made):
        add(triple, graph)
    len(graph)  # settles a compact store's arrays here, not at the first read
    return graph


def _interned(items: Iterable[Triple]) -> Iterator[Triple]:
    """``items`` with every term replaced by the first equal term seen: one object per
    distinct IRI or literal, where :func:`triples` makes a new one at each use (an
    article's IRI once per mention of it, say). Equal terms are interchangeable in a graph,
    so the graph and its Turtle are the same, in a quarter less memory.

    >>> a, b = URIRef("x:a"), URIRef("x:a")
    >>> t1, t2 = _interned([(a, a, a), (b, b, b)])
    >>> t2[0] is a and t2[2] is a
    True
    """
    canon: dict = {}
    keep = canon.setdefault
    for s, p, o in items:
        yield keep(s, s), keep(p, p), keep(o, o)


def serialize(graph: Graph) -> bytes:
    """Turtle in UTF-8, byte-identical for the same triples whatever their insertion order.

    The bytes are those of rdflib's Turtle serializer (prefixes, subjects, predicates and
    objects sorted; the prefixes that are used, and only those), written by
    :func:`_turtle`, which makes each term's text once and sorts once, where rdflib's
    serializer looks every term up again at each use (a third of a build's time on 2,000
    articles). A graph that :func:`_turtle` does not write as rdflib would (blank nodes,
    RDF lists, a base IRI; :func:`build_graph` makes none of them) goes through rdflib's
    serializer. Time O(T log T) for T triples (the sorts), with a small constant.

    >>> serialize(Graph())
    b'\\n'
    """
    fast = _turtle(graph)
    return graph.serialize(format="turtle", encoding="utf-8") if fast is None else fast


def _sorted_objects(objects: list) -> list:
    """``objects`` in rdflib's order: as strings when all are plain IRIs (the same order,
    without a Python comparison per pair), else by rdflib's own comparisons."""
    if all(type(o) is URIRef for o in objects):
        return sorted(objects, key=str)
    return sorted(objects)


class _IriText:
    """The Turtle text of IRIs as subjects and objects, as rdflib's serializer writes them,
    without asking rdflib's namespace manager about IRIs that cannot have a prefixed name.

    rdflib writes ``prefix:local`` when the namespace it splits off the IRI (before the
    last run of name characters) is bound, and ``<iri>`` when it is not; looking that up
    inserts every namespace it splits off into a trie whose every insertion walks the
    trie's top level, which grows with the corpus (an article's mentions share a
    namespace). An IRI that no bound namespace at least as long as its split point
    starts cannot have a prefixed name: it is written ``<iri>`` at once, and any other
    goes through rdflib's own writer."""

    def __init__(self, serializer, namespaces: Iterable[str]) -> None:
        from rdflib.namespace import split_uri
        from rdflib.plugins.serializers.turtle import OBJECT

        self.ser = serializer
        self.bound = tuple(sorted({str(n) for n in namespaces}, key=len, reverse=True))
        self.split = split_uri
        self.position = OBJECT

    def __call__(self, iri: URIRef) -> str:
        longest = next((n for n in self.bound if iri.startswith(n)), None)
        if longest is not None:
            try:
                ns, _ = self.split(iri)
            except ValueError:
                ns = ""
            if not ns or len(longest) >= len(ns):
                return self.ser.label(iri, self.position)
        return iri.n3()


def _turtle(graph: Graph) -> bytes | None:
    """rdflib's Turtle for ``graph``, byte for byte (:func:`_turtle_chunks` joined);
    ``None`` where only rdflib's serializer writes it."""
    chunks = _turtle_chunks(graph)
    return None if chunks is None else b"".join(chunks)


def _turtle_chunks(graph: Graph) -> Iterator[bytes] | None:
    """rdflib's Turtle for ``graph``, byte for byte, in O(T log T), as UTF-8 chunks of one
    subject each (so that a writer need not hold the whole document, twice, as text and
    bytes); ``None`` where the graph needs what only rdflib's serializer writes (blank
    nodes, lists, a base IRI, terms that are not plain IRIs or literals).

    It follows ``rdflib.plugins.serializers.turtle.TurtleSerializer`` step by step and
    borrows its term writer (``label``, which registers each prefix it uses), called once
    per distinct term (:class:`_IriText` for IRIs): the prefixes in use are registered in
    the order rdflib's ``preprocess`` registers them (the graph's triple order), subjects
    typed ``rdfs:Class`` come first, then every subject by the number of triples that point
    at it and its IRI; ``rdf:type`` and ``rdfs:label`` lead the predicates, then the others
    sorted; objects sorted. Tests check it against rdflib on the golden graph and on
    generated ones (``tests/test_scale_turtle.py``).
    """
    from rdflib.plugins.serializers.turtle import OBJECT, VERB, TurtleSerializer

    if graph.base is not None:
        return None
    ser = TurtleSerializer(graph)
    ser.base = None
    iri_text = _IriText(ser, (ns for _, ns in graph.namespaces()))
    rdf_type, nil = str(RDF.type), str(RDF.nil)
    # IRIs are keyed by their plain string (a dict lookup compares strings in C, where
    # rdflib's terms compare in Python). This pass makes the text of every IRI (which
    # registers the prefixes in use) and counts references; the triples themselves are
    # read again from the graph's index subject by subject as they are written, rather
    # than copied (a copy of the graph's index was most of a build's peak memory).
    subjects: dict[str, URIRef] = {}
    refs: dict[str, int] = {}
    iris: dict[str, str] = {}  # IRI -> its text as subject or object
    datatypes: set[URIRef] = set()
    verbs: dict[str, str] = {rdf_type: "a"}
    for s, p, o in graph:
        if type(s) is not URIRef or type(p) is not URIRef:
            return None
        ks, kp = str(s), str(p)
        if ks not in iris:
            iris[ks] = iri_text(s)
        if ks not in subjects:
            subjects[ks] = s
        if kp not in verbs:
            verbs[kp] = ser.label(p, VERB)
        if type(o) is URIRef:
            ko = str(o)
            if ko == nil:
                return None
            refs[ko] = refs.get(ko, 0) + 1
            if ko not in iris:
                iris[ko] = iri_text(o)
        elif type(o) is Literal:
            # A datatype's prefix is registered even when written plainly (1, true).
            if o.datatype is not None and o.datatype not in datatypes:
                datatypes.add(o.datatype)
                ser.get_pname(o.datatype, gen_prefix=False)
        else:
            return None
    top = sorted({str(c) for c in graph.subjects(RDF.type, RDFS.Class)} & subjects.keys())
    first = set(top)
    rest = sorted((s for s in subjects if s not in first), key=lambda s: (refs.get(s, 0), s))
    head = "".join(f"@prefix {p}: <{uri}> .\n" for p, uri in sorted(ser.namespaces.items()))
    order = [subjects[s] for s in top + rest]
    return _turtle_blocks(graph, head, order, iris, verbs, lambda o: ser.label(o, OBJECT))


def _turtle_blocks(
    graph: Graph,
    head: str,
    subjects: list[URIRef],
    iris: dict[str, str],
    verbs: dict[str, str],
    literal_text,
) -> Iterator[bytes]:
    """The chunks of :func:`_turtle_chunks`: the prefixes, one block per subject (in the
    order given, its triples read from ``graph``), the closing line."""
    rdf_type, rdfs_label = str(RDF.type), str(RDFS.label)
    yield head.encode("utf-8", "replace")
    leading = [rdf_type, rdfs_label]
    for s in subjects:
        by_p: dict[str, list] = {}
        for p, o in graph.predicate_objects(s):
            by_p.setdefault(str(p), []).append(o)
        preds = [p for p in leading if p in by_p]
        preds += sorted(p for p in by_p if p != rdf_type and p != rdfs_label)
        parts = []
        for p in preds:
            objs = [
                iris[str(o)] if type(o) is URIRef else literal_text(o)
                for o in _sorted_objects(by_p[p])
            ]
            sep = ",\n        " if len(objs) > 1 else ""
            parts.append(f"{verbs[p]} " + sep.join(objs))
        block = f"\n{iris[str(s)]} " + " ;\n    ".join(parts) + " .\n"
        yield block.encode("utf-8", "replace")
    yield b"\n"


def write_turtle(graph: Graph, path: str | os.PathLike[str]) -> Path:
    """Write ``graph`` as Turtle to ``path`` atomically and return the path.

    The Turtle is written as it is made, one subject at a time (the bytes of
    :func:`serialize`), to a temporary file in the same folder, synced to disk and renamed
    over ``path``: a failure at any point leaves the old file as it was.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = write_turtle(Graph(), pathlib.Path(d) / "graph.ttl")
    ...     out.read_bytes()
    b'\\n'
    """
    chunks = _turtle_chunks(graph)
    return write_atomic(path, serialize(graph) if chunks is None else chunks)
