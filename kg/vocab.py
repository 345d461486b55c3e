"""The ontology's terms as a closed vocabulary, and the IRIs of its concepts.

:class:`KGO` lists the classes, properties and concept schemes that
``ontology/officials.ttl`` declares in ``kgo:``; it is a closed rdflib
``DefinedNamespace``, so a typo is an error, not a new term:

>>> KGO.Ministry
rdflib.term.URIRef('https://w3id.org/officials-kg/ontology#Ministry')
>>> KGO.Ministy
Traceback (most recent call last):
...
AttributeError: term 'Ministy' not in namespace 'https://w3id.org/officials-kg/ontology#'

The concepts of the schemes are not listed one by one (the ontology file is their source of
truth); their IRIs are computed from keys, one prefix per scheme::

    kgo:role-<role key>        roles            kgo:role-foreign_minister
    kgo:event-<event key>      event types      kgo:event-phone_call
    kgo:cameo-<CAMEO code>     CAMEO codes      kgo:cameo-042
    kgo:rank-<rank key>        military ranks   kgo:rank-major_general
    kgo:orgtype-<kind>         organization types
    kgo:status-<status>        tenure and event statuses

:func:`concept_keys` says which keys the ontology knows.

This module also holds the namespaces that rdflib does not ship (``kgr:``, SEM, NIF,
opengov) and :data:`PREFIXES`, the prefixes of the output contract.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib import namespace as ns
from rdflib.namespace import FOAF, ORG, PROV, SKOS, Namespace

from kg import settings

__all__ = [
    "KGO",
    "KGR",
    "SEM",
    "NIF",
    "OPENGOV",
    "SCHEMA",
    "PREFIXES",
    "SCHEMES",
    "role_iri",
    "event_type_iri",
    "cameo_iri",
    "rank_iri",
    "rank_key",
    "org_type_iri",
    "org_class_iri",
    "status_iri",
    "concept_keys",
    "load_ontology",
]


class KGO(ns.DefinedNamespace):
    """The officials-kg ontology (``ontology/officials.ttl``): its own classes, properties
    and concept schemes."""

    _fail = True
    _NS = Namespace(settings.ONTOLOGY)

    # owl:Class
    Ministry: URIRef  # A ministry or department of a government.
    Agency: URIRef  # A state agency that is not a ministry (intelligence, directorates).
    ArmedForces: URIRef  # The armed forces of a state, or a branch or command of them.
    Presidency: URIRef  # The office of a head of state.
    Government: URIRef  # The government (cabinet) of a state as a whole.
    MediaOrganization: URIRef  # A newspaper, broadcaster or news site.
    NewsAgency: URIRef  # A news agency that other media cite.
    InternationalOrganization: URIRef  # An organization of states; it has no kgo:country.
    Designation: URIRef  # A person named for a post not held yet (not an org:Membership).
    UnplacedRole: URIRef  # A role stated with no state or institution (not an org:Membership).
    PlannedEvent: URIRef  # An intended or scheduled event (typed with plannedEventType).
    Mention: URIRef  # A span of an article's text that is evidence for a fact.

    # owl:ObjectProperty
    country: URIRef  # The state an organization, place, membership or designation serves.
    rank: URIRef  # A military rank concept.
    evidence: URIRef  # A mention that states the subject.
    reportedBy: URIRef  # The organization named as the source of a fact.
    status: URIRef  # Status concept: current/former/designate, held/planned.
    host: URIRef  # An actor on the host side of a visit or meeting.
    target: URIRef  # An actor on the receiving side of a supply or call.
    plannedEventType: URIRef  # The type of a planned event (instead of sem:eventType).
    cameoType: URIRef  # The CAMEO code concept assigned to an event.
    designee: URIRef  # The person of a designation.
    designatedFor: URIRef  # The role of a designation.
    designatedPost: URIRef  # The post of a designation.
    roleHolder: URIRef  # The person of an unplaced role.
    unplacedRole: URIRef  # The role of an unplaced role.
    orgType: URIRef  # The organization-type concept of an organization.

    # owl:DatatypeProperty
    observedOn: URIRef  # The date of the article that states the fact.
    rule: URIRef  # The extraction rule that produced a mention.

    # skos:ConceptScheme
    roleScheme: URIRef
    eventTypeScheme: URIRef
    cameoScheme: URIRef
    rankScheme: URIRef
    orgTypeScheme: URIRef
    tenureStatusScheme: URIRef
    eventStatusScheme: URIRef


#: This project's resources.
KGR = Namespace(settings.BASE)
#: Simple Event Model.
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
#: NLP Interchange Format core.
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
#: Popolo's opengov namespace (``opengov:post``).
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
#: schema.org, with the ``https`` scheme that the contract fixes.
SCHEMA = Namespace("https://schema.org/")

#: The prefixes of the output contract (and xsd, for typed literals).
PREFIXES: dict[str, Namespace | str] = {
    "org": ORG,
    "skos": SKOS,
    "foaf": FOAF,
    "schema": SCHEMA,
    "prov": PROV,
    "sem": SEM,
    "opengov": OPENGOV,
    "nif": NIF,
    "time": ns.TIME,
    "kgo": settings.ONTOLOGY,
    "kgr": KGR,
    "xsd": ns.XSD,
}

#: Concept scheme name -> (IRI prefix inside kgo:, scheme IRI).
SCHEMES: dict[str, tuple[str, URIRef]] = {
    "role": ("role-", KGO.roleScheme),
    "event": ("event-", KGO.eventTypeScheme),
    "cameo": ("cameo-", KGO.cameoScheme),
    "rank": ("rank-", KGO.rankScheme),
    "orgtype": ("orgtype-", KGO.orgTypeScheme),
    "tenure_status": ("status-", KGO.tenureStatusScheme),
    "event_status": ("status-", KGO.eventStatusScheme),
}

_KEY = re.compile(r"[a-z0-9][a-z0-9_]*\Z")
_CAMEO = re.compile(r"[0-9]{2,4}\Z")


def _concept(prefix: str, key: str, *, what: str) -> URIRef:
    if not isinstance(key, str) or not _KEY.match(key):
        raise ValueError(f"{what} key {key!r} is not a key (lower-case letters, digits and _)")
    return URIRef(f"{settings.ONTOLOGY}{prefix}{key}")


def role_iri(key: str) -> URIRef:
    """The role concept of a role key (a contract key or a narrower one).

    >>> role_iri("foreign_minister")
    rdflib.term.URIRef('https://w3id.org/officials-kg/ontology#role-foreign_minister')
    """
    return _concept("role-", key, what="role")


def event_type_iri(key: str) -> URIRef:
    """The event type concept of an event key.

    >>> event_type_iri("phone_call").fragment
    'event-phone_call'
    """
    return _concept("event-", key, what="event type")


def cameo_iri(code: str) -> URIRef:
    """The concept of a CAMEO event code (two to four digits).

    >>> cameo_iri("042").fragment
    'cameo-042'
    """
    if not isinstance(code, str) or not _CAMEO.match(code):
        raise ValueError(f"CAMEO code {code!r} is not two to four digits")
    return URIRef(f"{settings.ONTOLOGY}cameo-{code}")


def rank_key(rank: str) -> str:
    """Fold a rank as extraction gives it in English ("Major General", "Lt.-Gen") to a key.

    >>> rank_key("Major General")
    'major_general'
    >>> rank_key(" lieutenant-general ")
    'lieutenant_general'
    """
    return re.sub(r"[^a-z0-9]+", "_", rank.lower()).strip("_")


def rank_iri(rank: str) -> URIRef:
    """The rank concept of a rank key (or a rank as written in English).

    >>> rank_iri("Brigadier General").fragment
    'rank-brigadier_general'
    """
    return _concept("rank-", rank_key(rank), what="rank")


def org_type_iri(kind: str) -> URIRef:
    """The organization-type concept of an organization kind (``model.Organization.kind``).

    >>> org_type_iri("news_agency").fragment
    'orgtype-news_agency'
    """
    return _concept("orgtype-", kind, what="organization type")


_ORG_CLASSES: dict[str, URIRef] = {
    "ministry": KGO.Ministry,
    "agency": KGO.Agency,
    "armed_forces": KGO.ArmedForces,
    "presidency": KGO.Presidency,
    "government": KGO.Government,
    "news_agency": KGO.NewsAgency,
    "media": KGO.MediaOrganization,
    "international": KGO.InternationalOrganization,
    "other": ORG.Organization,
}


def org_class_iri(kind: str) -> URIRef:
    """The class of an organization kind; ``org:Organization`` for ``other`` and unknown kinds.

    >>> org_class_iri("armed_forces").fragment
    'ArmedForces'
    >>> org_class_iri("club")
    rdflib.term.URIRef('http://www.w3.org/ns/org#Organization')
    """
    return _ORG_CLASSES.get(kind, ORG.Organization)


def status_iri(status: str) -> URIRef:
    """The concept of a tenure status (current, former, designate) or event status (held,
    planned).

    >>> status_iri("planned").fragment
    'status-planned'
    """
    return _concept("status-", status, what="status")


@lru_cache(maxsize=4)
def _load(path: str) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def load_ontology() -> Graph:
    """The ontology graph of ``ontology/officials.ttl`` (parsed once; do not modify it).

    >>> (KGO.Ministry, None, None) in load_ontology()
    True
    """
    return _load(str(settings.ONTOLOGY_DIR / "officials.ttl"))


def concept_keys(scheme: str) -> frozenset[str]:
    """The keys of the concepts of a scheme (a name of :data:`SCHEMES`) in the ontology,
    narrower concepts included.

    >>> sorted(concept_keys("event_status"))
    ['held', 'planned']
    >>> "justice_minister" in concept_keys("role")
    True
    """
    prefix, scheme_iri = SCHEMES[scheme]
    graph = load_ontology()
    start = settings.ONTOLOGY + prefix
    return frozenset(
        str(c)[len(start) :]
        for c in graph.subjects(SKOS.inScheme, scheme_iri)
        if str(c).startswith(start)
    )
