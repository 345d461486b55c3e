"""RDF graph -> networkx graph; centrality, brokers, communities, counterparts, timelines.

:func:`to_networkx` reads only the terms of the output contract (people, organizations,
states, posts, memberships, events, evidence), so it works on any graph ``kg build``
writes and on graphs other tools write to the same contract. Classes, labels and
concepts never become nodes: a country with fifty organizations is one node, not a hub
of ``rdf:type`` edges.

The graph has one node per real thing: person, organization, news outlet, state, post,
event and place, each of its own kind. A membership (``org:Membership``, one per tenure)
is an edge from its person to its post (``holds_post``), or to its organization or state
when it names no post (``member_of``), with its dates and evidence as attributes; it is
never a node, nor is a designation or an article.

Measures run on the undirected simple projection of the *social* edges (who holds
which post, which post is in which organization, who took part in or hosted which
event); provenance (``reported_by``) is kept in the graph but left out of the measures,
since a news agency that reports every event would otherwise sit on every path, and so is
geography (``happened_in``, ``place_in``): two events in one city months apart do not tie
the people who took part in them.

Every function is deterministic: nodes and edges are inserted in sorted order,
Louvain runs with ``seed=0``, floats are rounded, and lists are sorted.

>>> G = to_networkx(_example())
>>> sorted(G.nodes[n]["label_en"] for n in G if G.nodes[n]["kind"] == "person")
['Asaad al-Shaibani', 'Hakan Fidan']
>>> counterparts(G)[0]["role"]
'foreign_minister'
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SKOS, TIME

from kg.errors import UsageError
from kg.model import EVENT_KEYS, ROLE_KEYS
from kg.settings import ONTOLOGY

__all__ = [
    "KINDS",
    "EDGE_KINDS",
    "SOCIAL_EDGE_KINDS",
    "to_networkx",
    "Evidence",
    "projection",
    "person_graph",
    "BETWEENNESS_EXACT_MAX",
    "BETWEENNESS_SAMPLES",
    "BROKER_SOURCES",
    "centrality",
    "brokers",
    "communities",
    "counterparts",
    "ego_network",
    "shortest_path",
    "explain_path",
    "timeline",
    "state_timeline",
    "state_timelines",
    "normalize_name",
    "node_names",
    "match_people",
    "similar_people",
    "find_person",
    "report",
    "report_json",
    "report_json_chunks",
    "scalar_graph",
    "write_gephi",
    "report_graph",
    "report_markdown",
]

# The contract's namespaces that rdflib does not ship. Kept here rather than in a
# vocabulary module because this reader must accept any contract-conforming graph,
# including terms the project's own vocabulary may not define.
SDO = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
KGO = Namespace(ONTOLOGY)

#: Node kinds, in the order they are inserted and listed. One node per real thing: an
#: ``outlet`` is a news organization (``kgo:NewsAgency``, ``kgo:MediaOrganization``), an
#: ``organization`` any other; memberships are edges, never nodes.
KINDS: tuple[str, ...] = ("person", "organization", "outlet", "country", "post", "event", "place")
#: Edge kinds of :func:`to_networkx`.
EDGE_KINDS: tuple[str, ...] = (
    "holds_post",
    "member_of",
    "post_in",
    "part_of",
    "in_country",
    "took_part_in",
    "hosted",
    "happened_in",
    "place_in",
    "reported_by",
)
#: Edge kinds the measures see (provenance and geography left out, see the module docstring).
SOCIAL_EDGE_KINDS: frozenset[str] = frozenset(EDGE_KINDS) - {
    "reported_by",
    "happened_in",
    "place_in",
}

_ROUND = 6
# News organizations: the project's classes, and schema.org's for graphs of other tools.
_OUTLET_CLASSES = (KGO.NewsAgency, KGO.MediaOrganization, SDO.NewsMediaOrganization)
_ROLE_KEYS = frozenset(ROLE_KEYS)
_EVENT_KEYS = frozenset(EVENT_KEYS)

_EXAMPLE_TTL = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <https://schema.org/> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix opengov: <http://www.w3.org/ns/opengov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kgo: <https://w3id.org/officials-kg/ontology#> .
@prefix : <https://w3id.org/officials-kg/id/> .
:TR a schema:Country ; skos:notation "TR" ; skos:prefLabel "Türkiye"@en, "تركيا"@ar .
:SY a schema:Country ; skos:notation "SY" ; skos:prefLabel "Syria"@en, "سوريا"@ar .
:fm a skos:Concept ; skos:notation "foreign_minister" ; skos:prefLabel "foreign minister"@en .
:call a skos:Concept ; skos:notation "phone_call" ; skos:prefLabel "phone call"@en .
:mfa-tr a org:Organization ; skos:prefLabel "Ministry of Foreign Affairs"@en ; kgo:country :TR .
:mfa-sy a org:Organization ; skos:prefLabel "Ministry of Foreign Affairs"@en ; kgo:country :SY .
:fidan a foaf:Person ; skos:prefLabel "Hakan Fidan"@en, "هاكان فيدان"@ar .
:shaibani a foaf:Person ; skos:prefLabel "Asaad al-Shaibani"@en, "أسعد الشيباني"@ar .
:p1 a org:Post ; org:postIn :mfa-tr ; org:role :fm .
:p2 a org:Post ; org:postIn :mfa-sy ; org:role :fm .
:m1 a org:Membership ; org:member :fidan ; org:organization :mfa-tr ; org:role :fm ;
    opengov:post :p1 .
:m2 a org:Membership ; org:member :shaibani ; org:organization :mfa-sy ; org:role :fm ;
    opengov:post :p2 .
:e1 a sem:Event ; sem:eventType :call ; sem:hasActor :fidan, :shaibani ;
    sem:hasTimeStamp "2025-10-17"^^xsd:date .
"""


def _example() -> Graph:
    """A five-line graph for the examples in this module's docstrings."""
    return Graph().parse(data=_EXAMPLE_TTL, format="turtle")


# --------------------------------------------------------------------------- reading RDF


def _sorted(nodes: Iterable[Any]) -> list[Any]:
    return sorted(set(nodes), key=str)


def _closure(g: Graph, cls: URIRef) -> set[URIRef]:
    """``cls`` and every class declared (transitively) ``rdfs:subClassOf`` it in ``g``."""
    seen, todo = {cls}, [cls]
    while todo:
        for sub in g.subjects(RDFS.subClassOf, todo.pop()):
            if isinstance(sub, URIRef) and sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return seen


def _instances(g: Graph, cls: URIRef) -> set[URIRef]:
    out: set[URIRef] = set()
    for c in _closure(g, cls):
        out.update(s for s in g.subjects(RDF.type, c) if isinstance(s, URIRef))
    return out


def _local(iri: Any) -> str:
    return re.split(r"[/#]", str(iri).rstrip("/#"))[-1]


def _label(g: Graph, s: Any, lang: str) -> str:
    """The ``skos:prefLabel`` in ``lang``; English falls back to untagged labels and the IRI."""
    labels = sorted(
        str(o) for o in g.objects(s, SKOS.prefLabel) if getattr(o, "language", None) == lang
    )
    if labels:
        return labels[0]
    if lang != "en":
        return ""
    for p in (SKOS.prefLabel, RDFS.label, FOAF.name):
        plain = sorted(str(o) for o in g.objects(s, p) if isinstance(o, Literal) and not o.language)
        if plain:
            return plain[0]
    return _local(s).replace("-", " ").replace("_", " ")


def _alt_labels(g: Graph, s: Any) -> list[str]:
    return sorted({str(o) for o in g.objects(s, SKOS.altLabel)})


def _value(g: Graph, s: Any, p: URIRef) -> str | None:
    values = sorted(str(o) for o in g.objects(s, p))
    return values[0] if values else None


def _concept_key(g: Graph, concept: Any, keys: frozenset[str]) -> str | None:
    """The nearest ``skos:notation`` in ``keys`` on ``concept`` or a ``skos:broader*`` one."""
    level, seen = [concept], {concept}
    while level:
        found = sorted({str(n) for c in level for n in g.objects(c, SKOS.notation)} & keys)
        if found:
            return found[0]
        nxt = []
        for c in level:
            for b in g.objects(c, SKOS.broader):
                if b not in seen:
                    seen.add(b)
                    nxt.append(b)
        level = _sorted(nxt)
    return None


def _iso(g: Graph, country: Any) -> str:
    code = _value(g, country, SKOS.notation)
    return (code or _local(country)).upper()


def _org_country(g: Graph, org: Any) -> Any | None:
    """The ``kgo:country`` of ``org`` or of its nearest ``org:subOrganizationOf*`` ancestor."""
    level, seen = [org], {org}
    while level:
        found = _sorted(c for o in level for c in g.objects(o, KGO.country))
        if found:
            return found[0]
        nxt = [p for o in level for p in g.objects(o, ORG.subOrganizationOf) if p not in seen]
        seen.update(nxt)
        level = _sorted(nxt)
    return None


def _article_facts(
    g: Graph, a: Any, cache: dict[Any, tuple[Any, ...]] | None
) -> tuple[str, str | None, str | None, str | None]:
    """An article's IRI, date, address and language as strings; with ``cache``, read once
    per article and the same strings shared by every piece of evidence in it."""
    found = cache.get(a) if cache is not None else None
    if found is None:
        found = (
            str(a),
            _value(g, a, SDO.datePublished),
            _value(g, a, SDO.url),
            _value(g, a, SDO.inLanguage),
        )
        if cache is not None:
            cache[a] = found
    return found


class Evidence(Mapping):
    """One piece of a fact's evidence in the analysis graph: the mention's ``text``, its
    ``article`` IRI, ``begin`` and ``end`` offsets, and the article's ``published`` date,
    ``url`` and ``lang``. A read-only mapping of those seven keys (``e["text"]``,
    ``e.get("url")``, ``dict(e)``), held as seven slots: a graph of a corpus holds one per
    mention, and a dictionary took three times the memory.

    >>> e = Evidence("X", "kgr:a1", 0, 1, "2025-01-01", None, "en")
    >>> e["text"], e.get("url"), e.get("other", "-"), len(e)
    ('X', None, '-', 7)
    >>> e == dict(e) and dict(e)["lang"] == "en"
    True
    """

    __slots__ = ("text", "article", "begin", "end", "published", "url", "lang")

    def __init__(
        self,
        text: str,
        article: str | None,
        begin: int | None,
        end: int | None,
        published: str | None,
        url: str | None,
        lang: str | None,
    ) -> None:
        self.text, self.article, self.begin, self.end = text, article, begin, end
        self.published, self.url, self.lang = published, url, lang

    def __getitem__(self, key: str) -> Any:
        if key in _EVIDENCE_KEYS:
            return getattr(self, key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.__slots__)

    def __len__(self) -> int:
        return len(self.__slots__)

    def __repr__(self) -> str:
        return repr(dict(self))


_EVIDENCE_KEYS = frozenset(Evidence.__slots__)


def _evidence(
    g: Graph, s: Any, articles: dict[Any, tuple[Any, ...]] | None = None
) -> list[Evidence]:
    """The ``kgo:evidence`` mentions of ``s`` with their article's date, address and source.

    ``articles`` caches what is read of each article (:func:`_article_facts`)."""
    out = []
    for m in _sorted(g.objects(s, KGO.evidence)):
        article = g.value(m, NIF.referenceContext)
        begin, end = g.value(m, NIF.beginIndex), g.value(m, NIF.endIndex)
        if article:
            iri, published, url, lang = _article_facts(g, article, articles)
        else:
            iri = str(article) if article is not None else None
            published = url = lang = None
        out.append(
            Evidence(
                _value(g, m, NIF.anchorOf) or "",
                iri,
                int(begin) if begin is not None else None,
                int(end) if end is not None else None,
                published,
                url,
                lang,
            )
        )
    # Articles the fact was derived from but that no mention points into.
    cited = {e.article for e in out}
    for a in _sorted(g.objects(s, PROV.wasDerivedFrom)):
        if str(a) not in cited:
            iri, published, url, lang = _article_facts(g, a, articles)
            out.append(Evidence("", iri, None, None, published, url, lang))
    return sorted(out, key=lambda e: (e.published or "", e.article or "", e.begin or 0))


def _membership_dates(g: Graph, m: Any) -> dict[str, Any]:
    """A membership's dates for its edge: ``start``/``end`` as the text gives them,
    ``seen_from``/``seen_until`` the span it was seen held (``org:memberDuring``),
    ``observed`` the last day an article stated it and ``observed_dates`` every such day."""
    during = g.value(m, ORG.memberDuring)
    bounds = {}
    for name, prop in (("seen_from", TIME.hasBeginning), ("seen_until", TIME.hasEnd)):
        instant = g.value(during, prop) if during is not None else None
        bounds[name] = _value(g, instant, TIME.inXSDDate) if instant is not None else None
    observed = sorted(str(o) for o in g.objects(m, KGO.observedOn))
    return {
        "start": _value(g, m, SDO.startDate),
        "end": _value(g, m, SDO.endDate),
        **bounds,
        "observed": observed[-1] if observed else None,
        "observed_dates": observed,
    }


def _node(kind: str, g: Graph, s: Any, **attrs: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "iri": str(s),
        "label_en": _label(g, s, "en"),
        "label_ar": _label(g, s, "ar"),
        "alt_labels": _alt_labels(g, s),
        **attrs,
    }


def _classify(g: Graph) -> dict[str, set[URIRef]]:
    """The contract's resources by kind, by type or, when untyped, by the properties they carry."""

    def objs(p: URIRef) -> set[URIRef]:
        return {o for o in g.objects(None, p) if isinstance(o, URIRef)}

    def subs(p: URIRef) -> set[URIRef]:
        return {s for s in g.subjects(p, None) if isinstance(s, URIRef)}

    countries = _instances(g, SDO.Country) | objs(KGO.country)
    people = _instances(g, FOAF.Person) | objs(ORG.member)
    outlets = set().union(*(_instances(g, c) for c in _OUTLET_CLASSES)) - countries - people
    # Not "whatever has a kgo:country": memberships, designations and places carry one too.
    orgs = (
        _instances(g, ORG.Organization)
        | objs(ORG.postIn)
        | objs(ORG.organization)
        | objs(ORG.subOrganizationOf)
        | subs(ORG.subOrganizationOf)
        | objs(KGO.reportedBy)
    )
    orgs -= countries | people | outlets
    posts = _instances(g, ORG.Post) | objs(OPENGOV.post) | subs(ORG.postIn)
    events = _instances(g, SEM.Event) | subs(SEM.eventType) | subs(SEM.hasActor)
    places = _instances(g, SDO.Place) | _instances(g, SEM.Place) | objs(SEM.hasPlace)
    places -= countries | orgs | outlets | people
    return {
        "person": people,
        "organization": orgs,
        "outlet": outlets,
        "country": countries,
        "post": posts,
        "event": events,
        "place": places,
    }


def _event_attrs(
    g: Graph, e: Any, kind_of: dict[Any, str], articles: dict[Any, tuple[Any, ...]] | None = None
) -> dict[str, Any]:
    etype = g.value(e, SEM.eventType)
    # A planned event is typed by kgo:plannedEventType and named with its status, in both
    # languages ("meeting (planned)", "اجتماع (مرتقب)"), as the exports name it.
    planned = g.value(e, KGO.plannedEventType) if etype is None else None
    concept = etype if etype is not None else planned
    key = _concept_key(g, concept, _EVENT_KEYS) if concept is not None else None
    type_en = (
        _label(g, concept, "en") if concept is not None else (key or "event").replace("_", " ")
    )
    type_ar = _label(g, concept, "ar") if concept is not None else ""
    if planned is not None:
        status = g.value(e, KGO.status)
        tag_en = _label(g, status, "en") if status is not None else "planned"
        tag_ar = _label(g, status, "ar") if status is not None else ""
        type_en = f"{type_en} ({tag_en or 'planned'})"
        type_ar = f"{type_ar} ({tag_ar})" if type_ar and tag_ar else type_ar
    date = _value(g, e, SEM.hasTimeStamp)
    begin = date or _value(g, e, SEM.hasEarliestBeginTimeStamp)
    end = date or _value(g, e, SEM.hasLatestEndTimeStamp)
    places = _sorted(g.objects(e, SEM.hasPlace))
    place_en = ", ".join(_label(g, p, "en") for p in places)
    place_ar = "، ".join(x for x in (_label(g, p, "ar") for p in places) if x)
    when = date or " to ".join(x for x in (begin, end) if x)
    when_ar = date or " – ".join(x for x in (begin, end) if x)
    own_en = sorted(
        str(o) for o in g.objects(e, SKOS.prefLabel) if getattr(o, "language", None) == "en"
    )
    own_ar = sorted(
        str(o) for o in g.objects(e, SKOS.prefLabel) if getattr(o, "language", None) == "ar"
    )
    label_en = own_en[0] if own_en else " ".join(x for x in (type_en, when) if x)
    label_ar = own_ar[0] if own_ar else " ".join(x for x in (type_ar, when_ar) if x and type_ar)
    evidence = _evidence(g, e, articles)
    return {
        "kind": "event",
        "iri": str(e),
        "label_en": label_en,
        "label_ar": label_ar,
        "alt_labels": _alt_labels(g, e),
        "event_type": key or "other",
        "planned": planned is not None,
        "type_label_en": type_en,
        "type_label_ar": type_ar,
        "date": date,
        "begin": begin,
        "end": end,
        "place_en": place_en,
        "place_ar": place_ar,
        "hosts": [str(h) for h in _sorted(g.objects(e, KGO.host)) if h in kind_of],
        "targets": [str(t) for t in _sorted(g.objects(e, KGO.target)) if t in kind_of],
        "evidence": evidence,
        "evidence_text": next((x["text"] for x in evidence if x["text"]), ""),
        "reported_by": [str(r) for r in _sorted(g.objects(e, KGO.reportedBy))],
    }


def to_networkx(g: Graph) -> nx.MultiDiGraph:
    """The people, organizations, outlets, states, posts, events and places of ``g``, one
    node each, and their typed edges.

    Node attributes: ``kind`` (one of :data:`KINDS`), ``label_en``, ``label_ar``,
    ``alt_labels``, ``iri``, and per kind ``countries``/``roles`` (people), ``country`` (ISO
    code: organizations, outlets, posts, states, places), ``role`` (posts),
    ``event_type``/``date``/``begin``/``end``/``place_en``/``evidence`` (events). Edge kinds
    are :data:`EDGE_KINDS`; a membership is a ``holds_post`` edge (or ``member_of`` when it
    names no post) that carries its dates (:func:`_membership_dates`) and evidence. Node
    ids are the resources' IRIs. Evidence is a list of :class:`Evidence` records: read-only
    mappings, not dicts (``dict(e)`` for one, ``json.dumps(..., default=dict)`` to write
    them). Time O(T log T) for T triples (each resource's properties are looked up in
    rdflib's indexes and sorted).

    >>> G = to_networkx(_example())
    >>> sorted({d["kind"] for _, _, d in G.edges(data=True)})
    ['holds_post', 'in_country', 'post_in', 'took_part_in']
    >>> G.nodes["https://w3id.org/officials-kg/id/e1"]["date"]
    '2025-10-17'
    """
    kinds = _classify(g)
    kind_of: dict[Any, str] = {}
    for kind in reversed(KINDS):  # a resource typed twice keeps the first kind of KINDS
        for s in kinds[kind]:
            kind_of[s] = kind
    G = nx.MultiDiGraph()
    edges: list[tuple[str, str, str, dict[str, Any]] | None] = []
    articles: dict[Any, tuple[Any, ...]] = {}  # each article's facts, read once

    ids: dict[Any, str] = {}  # each node's id, made once

    def edge(u: Any, v: Any, kind: str, key: str | None = None, **attrs: Any) -> None:
        if u in kind_of and v in kind_of:
            su = ids.get(u) or ids.setdefault(u, str(u))
            sv = ids.get(v) or ids.setdefault(v, str(v))
            edges.append((su, sv, key or kind, {"kind": kind, **attrs}))

    # Memberships first: they give people their states and roles.
    person_roles: dict[Any, set[str]] = defaultdict(set)
    person_countries: dict[Any, set[str]] = defaultdict(set)
    person_posts: dict[Any, set[str]] = defaultdict(set)
    for m in _sorted(_instances(g, ORG.Membership) | {s for s in g.subjects(ORG.member, None)}):
        person = g.value(m, ORG.member)
        post = g.value(m, OPENGOV.post)
        org = g.value(m, ORG.organization) or (g.value(post, ORG.postIn) if post else None)
        role = g.value(m, ORG.role) or (g.value(post, ORG.role) if post else None)
        if person is None:
            continue
        key = _concept_key(g, role, _ROLE_KEYS) if role is not None else None
        person_roles[person].add(key or "official")
        country = _org_country(g, org) if org is not None else None
        country = country if country is not None else g.value(m, KGO.country)
        if country is not None:
            person_countries[person].add(_iso(g, country))
        if post is not None:
            person_posts[person].add(str(post))
        # The membership is an edge: to its post, else its organization, else its state.
        target, kind = (post, "holds_post") if post is not None else (org or country, "member_of")
        if target is not None:
            edge(
                person,
                target,
                kind,
                key=f"{kind} {m}",
                membership=str(m),
                role=key or "official",
                organization=str(org) if org is not None else None,
                **_membership_dates(g, m),
                evidence=_evidence(g, m, articles),
            )
        for src in _sorted(g.objects(m, KGO.reportedBy)):
            edge(person, src, "reported_by", key=f"reported_by {m}", membership=str(m))

    nodes: dict[str, dict[str, Any]] = {}
    for s in kinds["country"]:
        if kind_of[s] == "country":
            nodes[str(s)] = _node("country", g, s, country=_iso(g, s))
    for kind in ("organization", "outlet"):
        for s in kinds[kind]:
            if kind_of[s] != kind:
                continue
            c = _org_country(g, s)
            types = sorted(_local(t) for t in g.objects(s, RDF.type) if t != ORG.Organization)
            nodes[str(s)] = _node(
                kind, g, s, country=_iso(g, c) if c is not None else None, org_types=types
            )
            for parent in _sorted(g.objects(s, ORG.subOrganizationOf)):
                edge(s, parent, "part_of")
            for country in _sorted(g.objects(s, KGO.country)):
                edge(s, country, "in_country")
    for s in kinds["place"]:
        if kind_of[s] != "place":
            continue
        c = next(iter(_sorted(g.objects(s, KGO.country))), None)
        nodes[str(s)] = _node("place", g, s, country=_iso(g, c) if c is not None else None)
        for country in _sorted(g.objects(s, KGO.country)):
            edge(s, country, "place_in")
    for s in kinds["post"]:
        if kind_of[s] != "post":
            continue
        org, role = g.value(s, ORG.postIn), g.value(s, ORG.role)
        c = _org_country(g, org) if org is not None else None
        key = (_concept_key(g, role, _ROLE_KEYS) if role is not None else None) or "official"
        attrs = _node("post", g, s, role=key, country=_iso(g, c) if c is not None else None)
        if not list(g.objects(s, SKOS.prefLabel)):  # posts need not be labelled: say what they are
            role_en = _label(g, role, "en") if role is not None else key.replace("_", " ")
            org_en = _label(g, org, "en") if org is not None else ""
            attrs["label_en"] = f"{role_en}, {org_en}" if org_en else role_en
            role_ar = _label(g, role, "ar") if role is not None else ""
            org_ar = _label(g, org, "ar") if org is not None else ""
            attrs["label_ar"] = "، ".join(x for x in (role_ar, org_ar) if x)
        attrs["role_label_en"] = _label(g, role, "en") if role is not None else key
        attrs["role_label_ar"] = _label(g, role, "ar") if role is not None else ""
        attrs["organization"] = str(org) if org is not None else None
        nodes[str(s)] = attrs
        if org is not None:
            edge(s, org, "post_in")
    for s in kinds["person"]:
        if kind_of[s] == "person":
            countries = sorted(person_countries[s])
            nodes[str(s)] = _node(
                "person",
                g,
                s,
                countries=countries,
                country=countries[0] if countries else None,
                roles=sorted(person_roles[s]),
                posts=sorted(person_posts[s]),
                rank=_label(g, g.value(s, KGO.rank), "en") if g.value(s, KGO.rank) else None,
            )
    for s in kinds["event"]:
        if kind_of[s] != "event":
            continue
        nodes[str(s)] = _event_attrs(g, s, kind_of, articles)
        for actor in _sorted(g.objects(s, SEM.hasActor)):
            edge(actor, s, "took_part_in")
        for host in _sorted(g.objects(s, KGO.host)):
            edge(host, s, "hosted")
        for place in _sorted(g.objects(s, SEM.hasPlace)):
            edge(s, place, "happened_in")
        for src in _sorted(g.objects(s, KGO.reportedBy)):
            edge(s, src, "reported_by")

    # Every node's states, for filters and state timelines.
    for attrs in nodes.values():
        if attrs["kind"] == "person":
            attrs["states"] = list(attrs["countries"])
        elif attrs.get("country"):
            attrs["states"] = [attrs["country"]]
        else:
            attrs["states"] = []
    by_event: dict[str, set[str]] = defaultdict(set)
    for u, v, _, d in edges:
        if d["kind"] in ("took_part_in", "hosted") and v in nodes:
            by_event[v].update(nodes[u]["states"] if u in nodes else ())
    for e, states in by_event.items():
        nodes[e]["states"] = sorted(states)

    # Each node's and edge's attributes are copied into G: the originals are let go one
    # by one, so that the graph is not held twice. Equal strings (node ids at both ends
    # of every edge, dates, labels, addresses) become one object (_shared).
    order = {k: i for i, k in enumerate(KINDS)}
    canon: dict[str, str] = {}
    for n in sorted(nodes, key=lambda n: (order[nodes[n]["kind"]], n)):
        G.add_node(canon.setdefault(n, n), **_shared(nodes.pop(n), canon))
    edges.sort(key=lambda e: (e[0], e[1], e[2]))
    for i, (u, v, key, d) in enumerate(edges):
        edges[i] = None
        u, v = canon.setdefault(u, u), canon.setdefault(v, v)
        if not G.has_edge(u, v, key):
            G.add_edge(u, v, key=canon.setdefault(key, key), **_shared(d, canon))
    return G


def _shared(value: Any, canon: dict[str, str]) -> Any:
    """``value`` with every string in it (in dicts and lists, recursively) replaced by the
    first equal string in ``canon``; dicts and lists are changed in place.

    >>> canon = {}
    >>> a, b = _shared({"x": ["2025-01-0" + "1"]}, canon), _shared(["2025-01-0" + "1"], canon)
    >>> a["x"][0] is b[0]
    True
    """
    if type(value) is str:
        return canon.setdefault(value, value)
    if type(value) is dict:
        for k, v in value.items():
            if type(v) in (str, dict, list):
                value[k] = _shared(v, canon)
    elif type(value) is list:
        for i, v in enumerate(value):
            if type(v) in (str, dict, list, Evidence):
                value[i] = _shared(v, canon)
    elif type(value) is Evidence:
        value.text = canon.setdefault(value.text, value.text)
    return value


# --------------------------------------------------------------------------- measures


def projection(G: nx.MultiDiGraph, *, kinds: Iterable[str] = SOCIAL_EDGE_KINDS) -> nx.Graph:
    """The undirected simple graph of ``G``'s edges of ``kinds``, built in sorted order.

    Time O(n + m log m) for n nodes and m edges (the edges are sorted).

    >>> H = projection(to_networkx(_example()))
    >>> H.number_of_nodes(), H.number_of_edges()
    (9, 8)
    """
    keep = set(kinds)
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes))
    H.add_edges_from(
        sorted(
            {
                tuple(sorted((u, v)))
                for u, v, d in G.edges(data=True)
                if d["kind"] in keep and u != v
            }
        )
    )
    return H


def person_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """The people of ``G``, two of them tied when they took part in (or hosted) one event;
    ``weight`` is the number of events they share.

    This is the graph the person measures run on (:func:`centrality`, :func:`brokers`):
    posts, organizations and states tie people only through what they did together, so a
    state with fifty officials is not a hub that every path crosses. Time O(sum over
    events of participants squared), and O(P log P + L log L) to insert P people and L ties
    in sorted order.

    >>> P = person_graph(to_networkx(_example()))
    >>> sorted(P.nodes[n]["label_en"] for n in P), P.number_of_edges()
    (['Asaad al-Shaibani', 'Hakan Fidan'], 1)
    """
    ties: dict[tuple[str, str], int] = defaultdict(int)
    for e in (n for n, k in G.nodes(data="kind") if k == "event"):
        people = sorted(
            {u for u, _, k in G.in_edges(e, data="kind") if k in ("took_part_in", "hosted")}
            & _people_set(G)
        )
        for a, b in combinations(people, 2):
            ties[(a, b)] += 1
    P = nx.Graph()
    for n in sorted(_people(G)):
        P.add_node(n, label_en=G.nodes[n]["label_en"])
    P.add_edges_from((a, b, {"weight": w}) for (a, b), w in sorted(ties.items()))
    return P


def _people_set(G: nx.MultiDiGraph) -> frozenset[str]:
    # Cached on the graph: person_graph asks once per event.
    cached = G.graph.get("_people")
    if cached is None:
        cached = G.graph["_people"] = frozenset(_people(G))
    return cached


def _eigenvector(H: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality by networkx's pure-Python power iteration, with fallbacks.

    The iteration starts from all ones (deterministic); if it does not converge, it is
    retried with a looser tolerance, then degree centrality stands in. Time O(i (n + m))
    for i iterations (at most 6,000).
    """
    if H.number_of_edges() == 0:
        return dict.fromkeys(H, 0.0)
    start = dict.fromkeys(H, 1.0)
    for max_iter, tol in ((1000, 1e-8), (5000, 1e-5)):
        try:
            return nx.eigenvector_centrality(H, max_iter=max_iter, tol=tol, nstart=start)
        except nx.PowerIterationFailedConvergence:
            continue
    return nx.degree_centrality(H)


#: Up to this many people, betweenness is exact (Brandes: O(P L) for P people and L ties,
#: which grows with the square of the corpus); above it, it is estimated from
#: :data:`BETWEENNESS_SAMPLES` source people drawn with a fixed seed (O(k L)).
BETWEENNESS_EXACT_MAX = 1000
#: The number of source people (networkx's ``k``) of the estimate past that size.
BETWEENNESS_SAMPLES = 256


#: Past six states, brokers are found from at most about this many source people in all
#: (each state's share, at least one each): a Brandes pass per source, O(k L).
BROKER_SOURCES = 512


def _betweenness(P: nx.Graph) -> dict[str, float]:
    n = P.number_of_nodes()
    k = None if n <= BETWEENNESS_EXACT_MAX else BETWEENNESS_SAMPLES
    return nx.betweenness_centrality(P, k=k, seed=0 if k else None)


def centrality(
    G: nx.MultiDiGraph,
    *,
    H: nx.Graph | None = None,
    P: nx.Graph | None = None,
    people: Iterable[dict[str, Any]] | None = None,
) -> dict[str, dict[str, float]]:
    """Degree, betweenness and eigenvector centrality of every node, rounded to 6 places.

    Degree is that of the whole projection ``H`` (:func:`projection`), for every node.
    Betweenness and eigenvector centrality are the people's, on the :func:`person_graph`
    ``P``, computed once: exact up to :data:`BETWEENNESS_EXACT_MAX` people, then estimated
    from :data:`BETWEENNESS_SAMPLES` sources (``seed=0``); other nodes have 0. ``people``
    are rows that already hold the people's measures (``report["people"]``): given them,
    nothing is computed again but the degrees. Nodes with the same three figures share one
    record: read them, do not change them. Time O(n + m) for the degrees, O(P L) (exact)
    or O(k L) (estimated) for betweenness, O(i (P + L)) for eigenvectors.

    >>> c = centrality(to_networkx(_example()))
    >>> c["https://w3id.org/officials-kg/id/fidan"]["degree"] > 0
    True
    >>> c["https://w3id.org/officials-kg/id/e1"]["betweenness"]
    0.0
    """
    H = projection(G) if H is None else H
    n = H.number_of_nodes()
    degree = nx.degree_centrality(H) if n > 1 else dict.fromkeys(H, 0.0)
    if people is not None:
        known = {r["id"]: r for r in people}
        betweenness = {p: r["betweenness"] for p, r in known.items()}
        eigen = {p: r["eigenvector"] for p, r in known.items()}
    else:
        P = person_graph(G) if P is None else P
        betweenness = _betweenness(P)
        eigen = _eigenvector(P)
    # Most nodes share their three figures with many others (every event of one degree,
    # say): nodes with the same figures share one record, to be read, not changed (a
    # record per node was a tenth of a large view's memory).
    records: dict[tuple[float, float, float], dict[str, float]] = {}
    out: dict[str, dict[str, float]] = {}
    for v in H:
        figures = (
            round(degree[v], _ROUND),
            round(betweenness.get(v, 0.0), _ROUND),
            round(abs(eigen.get(v, 0.0)), _ROUND),
        )
        record = records.get(figures)
        if record is None:
            d, b, e = figures
            record = records[figures] = {"degree": d, "betweenness": b, "eigenvector": e}
        out[v] = record
    return out


def _people(G: nx.MultiDiGraph) -> list[str]:
    return [n for n, k in G.nodes(data="kind") if k == "person"]


def _brief(G: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    d = G.nodes[n]
    return {"id": n, "label_en": d["label_en"], "label_ar": d["label_ar"]}


def brokers(
    G: nx.MultiDiGraph, *, P: nx.Graph | None = None, measures: dict | None = None
) -> list[dict[str, Any]]:
    """People on the shortest paths between people of two different states.

    For each pair of states A, B, the subset betweenness of every person on paths from
    people of A to people of B; a broker has a positive score for at least one pair.
    Sorted by score, then overall betweenness, then name. With more than six states the
    pairs are folded into one pass per state (paths from A to every other state, pair
    label ``A-*``), and a state with more than 100 people is sampled with a fixed seed, so
    that large graphs stay fast and the result stays reproducible; past
    :data:`BROKER_SOURCES` people in all, each state's sources are its share of that many
    (at least one). Paths run on the :func:`person_graph` ``P``. Time O(S L) for S source
    people in all the runs (every person of up to six states, pairwise; at most about
    :data:`BROKER_SOURCES` past six states) and L ties: linear in the graph.

    >>> brokers(to_networkx(_example()))  # two people, one call: nobody in between
    []
    """
    P = person_graph(G) if P is None else P
    measures = centrality(G, P=P) if measures is None else measures
    by_state: dict[str, list[str]] = defaultdict(list)
    for p in _people(G):
        for c in G.nodes[p]["countries"]:
            by_state[c].append(p)
    score: dict[str, float] = defaultdict(float)
    pairs: dict[str, list[str]] = defaultdict(list)
    people = set(_people(G))
    states = sorted(by_state)
    if len(states) <= 6:
        runs = [(f"{a}-{b}", by_state[a], by_state[b]) for a, b in combinations(states, 2)]
    else:
        rng = random.Random(0)
        runs = []
        everyone = sum(len(by_state[a]) for a in states)
        for a in states:
            sources = sorted(by_state[a])
            # each state's share of BROKER_SOURCES, at least one, at most 100
            share = max(1, len(sources) * BROKER_SOURCES // max(everyone, 1))
            cap = min(100, len(sources) if everyone <= BROKER_SOURCES else share)
            if len(sources) > cap:
                sources = sorted(rng.sample(sources, cap))
            others = sorted({p for b in states if b != a for p in by_state[b]} - set(by_state[a]))
            runs.append((f"{a}-*", sources, others))
    for label, sources, targets in runs:
        bc = nx.betweenness_centrality_subset(P, sources, targets, normalized=False)
        for p in sorted(people):
            if bc.get(p, 0) > 1e-12:
                score[p] += bc[p]
                pairs[p].append(label)
    out = [
        {
            **_brief(G, p),
            "countries": G.nodes[p]["countries"],
            "score": round(score[p], _ROUND),
            "betweenness": measures[p]["betweenness"],
            "state_pairs": pairs[p],
        }
        for p in score
    ]
    return sorted(out, key=lambda r: (-r["score"], -r["betweenness"], r["label_en"], r["id"]))


#: Up to this many edges of the projection, communities are Louvain's. Its first phase
#: repeats passes over every node until none moves, and their number is not bounded: on a
#: synthetic corpus of 30,000 articles (231,000 edges) it took 650 s, against 8 s for
#: 10,000 (78,000 edges). Past it, fast label propagation, O(m) per pass, takes their place.
COMMUNITIES_LOUVAIN_MAX_EDGES = 100_000


def communities(G: nx.MultiDiGraph, *, H: nx.Graph | None = None) -> list[list[str]]:
    """Communities of the projection, largest first, members sorted: Louvain's (``seed=0``)
    up to :data:`COMMUNITIES_LOUVAIN_MAX_EDGES` edges, fast label propagation (``seed=0``)
    past it.

    Time about O(m) per pass of either; Louvain's passes are unbounded, so it runs only on
    graphs of a bounded size, and the whole is O(m) past it.

    >>> [len(c) for c in communities(to_networkx(_example()))]
    [4, 3, 2]
    """
    H = projection(G) if H is None else H
    if H.number_of_edges() == 0:
        return [[n] for n in H]
    if H.number_of_edges() <= COMMUNITIES_LOUVAIN_MAX_EDGES:
        found = nx.community.louvain_communities(H, seed=0)
    else:
        found = nx.community.fast_label_propagation_communities(H, seed=0)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def _participants(G: nx.MultiDiGraph, event: str) -> list[str]:
    """Who took part in or hosted ``event``: people first, then by name."""
    order = {k: i for i, k in enumerate(KINDS)}
    found = {u for u, _, k in G.in_edges(event, data="kind") if k in ("took_part_in", "hosted")}
    return sorted(found, key=lambda n: (order[G.nodes[n]["kind"]], G.nodes[n]["label_en"], n))


def _events_of(G: nx.MultiDiGraph, node: str) -> list[str]:
    found = {
        v
        for _, v, k in G.out_edges(node, data="kind")
        if k in ("took_part_in", "hosted") and G.nodes[v]["kind"] == "event"
    }
    return sorted(found, key=lambda e: _event_sort_key(G, e))


def _event_sort_key(G: nx.MultiDiGraph, e: str) -> tuple[str, str]:
    d = G.nodes[e]
    return (d.get("begin") or d.get("end") or "9999", e)


def _principal(G: nx.MultiDiGraph, event: str, people: list[str], a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` face each other in ``event``: they are its only two people,
    or one of them hosted it (a visit, a reception given), not two guests of a gathering."""
    if len(people) == 2:
        return True
    hosts = set(G.nodes[event].get("hosts") or ())
    hosts |= {u for u, _, k in G.in_edges(event, data="kind") if k == "hosted"}
    return (a in hosts) != (b in hosts)


def counterparts(G: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Pairs of people with the same role key, of different states, who share an event.

    Each pair counts its events and, of those, the ones where the two are the principals
    (:func:`_principal`: the only two people, or host and guest); pairs are ranked by those,
    then by all their shared events, so that two ministers who met three times come before
    two ambassadors who attended one reception. Time O(sum over events of participants
    squared).

    >>> [(r["a"]["label_en"], r["b"]["label_en"]) for r in counterparts(to_networkx(_example()))]
    [('Asaad al-Shaibani', 'Hakan Fidan')]
    """
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    principal: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for e in (n for n, k in G.nodes(data="kind") if k == "event"):
        people = [p for p in _participants(G, e) if G.nodes[p]["kind"] == "person"]
        for a, b in combinations(people, 2):
            da, db = G.nodes[a], G.nodes[b]
            if not da["countries"] or not db["countries"]:
                continue
            if set(da["countries"]) & set(db["countries"]):
                continue
            face = _principal(G, e, people, a, b)
            for role in sorted(set(da["roles"]) & set(db["roles"])):
                found[(role, a, b)].add(e)
                if face:
                    principal[(role, a, b)].add(e)
    out = []
    for (role, a, b), events in found.items():
        ea = sorted(events, key=lambda e: _event_sort_key(G, e))
        out.append(
            {
                "role": role,
                "a": {**_brief(G, a), "countries": G.nodes[a]["countries"]},
                "b": {**_brief(G, b), "countries": G.nodes[b]["countries"]},
                "principal": len(principal[(role, a, b)]),
                "events": [{"id": e, "label_en": G.nodes[e]["label_en"]} for e in ea],
            }
        )
    return sorted(
        out,
        key=lambda r: (
            -r["principal"],
            -len(r["events"]),
            r["role"],
            r["a"]["label_en"],
            r["b"]["label_en"],
        ),
    )


def ego_network(
    G: nx.MultiDiGraph, node: str, *, radius: int = 2, H: nx.Graph | None = None
) -> nx.MultiDiGraph:
    """The subgraph of ``G`` within ``radius`` hops of ``node`` in the projection.

    >>> E = ego_network(to_networkx(_example()), "https://w3id.org/officials-kg/id/fidan")
    >>> sorted(E.nodes[n]["label_en"] for n in E if E.nodes[n]["kind"] == "person")
    ['Asaad al-Shaibani', 'Hakan Fidan']
    """
    H = projection(G) if H is None else H
    return G.subgraph(nx.ego_graph(H, node, radius=radius).nodes).copy()


def shortest_path(G: nx.MultiDiGraph, a: str, b: str) -> list[str]:
    """The nodes of a shortest path from ``a`` to ``b`` in the projection.

    Raises ``networkx.NetworkXNoPath`` when they are not connected.

    >>> G = to_networkx(_example())
    >>> path = shortest_path(G, find_person(G, "fidan"), find_person(G, "الشيباني"))
    >>> [G.nodes[n]["kind"] for n in path]
    ['person', 'event', 'person']
    """
    return nx.shortest_path(projection(G), a, b)


def _when(d: dict[str, Any]) -> str:
    if d.get("date"):
        return f" on {d['date']}"
    if d.get("begin") and d.get("end") and d["begin"] != d["end"]:
        return f" between {d['begin']} and {d['end']}"
    if d.get("begin") or d.get("end"):
        return f" on {d.get('begin') or d.get('end')}"
    return ""


def _event_phrase(d: dict[str, Any]) -> str:
    place = f" in {d['place_en']}" if d.get("place_en") else ""
    return f"{d['type_label_en']}{place}{_when(d)}"


# Each edge kind read from its source (u -> v) and from its target (a path that walks
# the edge backwards: the path's u is the edge's target).
_PHRASES = {
    "holds_post": ("{u} holds the post {v}", "{u} is held by {v}"),
    "member_of": ("{u} holds a post in {v}", "{u} has among its officials {v}"),
    "post_in": ("{u} is a post in {v}", "{u} has the post {v}"),
    "part_of": ("{u} is part of {v}", "{u} includes {v}"),
    "in_country": ("{u} is an organization of {v}", "{u} has the organization {v}"),
    "took_part_in": ("{u} took part in {v}", "{u} had among its participants {v}"),
    "hosted": ("{u} hosted {v}", "{u} was hosted by {v}"),
    "happened_in": ("{u} took place in {v}", "{u} was the place of {v}"),
    "place_in": ("{u} is a place in {v}", "{u} has the place {v}"),
    "reported_by": ("{u} was reported by {v}", "{u} reported {v}"),
}
_PRIORITY = (
    "hosted",
    "took_part_in",
    "holds_post",
    "member_of",
    "post_in",
    "part_of",
    "in_country",
    "happened_in",
    "place_in",
    "reported_by",
)


def _edge_kind(G: nx.MultiDiGraph, u: str, v: str) -> tuple[str, bool]:
    """The kind of the edge between ``u`` and ``v`` and whether it runs ``u -> v``."""
    kinds = [(k, True) for k in (d["kind"] for d in G.get_edge_data(u, v, default={}).values())]
    kinds += [(k, False) for k in (d["kind"] for d in G.get_edge_data(v, u, default={}).values())]
    return min(kinds, key=lambda kd: (_PRIORITY.index(kd[0]), not kd[1]))


def _name(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    return _event_phrase(d) if d["kind"] == "event" else d["label_en"]


def explain_path(G: nx.MultiDiGraph, path: list[str]) -> list[str]:
    """Each step of ``path`` in words; person-event-person hops make one sentence.

    >>> G = to_networkx(_example())
    >>> explain_path(G, shortest_path(G, find_person(G, "Hakan Fidan"), find_person(G, "Shaibani")))
    ['Hakan Fidan took part in phone call on 2025-10-17 with Asaad al-Shaibani']
    """
    steps, i = [], 0
    while i < len(path) - 1:
        u, v = path[i], path[i + 1]
        if G.nodes[v]["kind"] == "event" and i + 2 < len(path):
            w = path[i + 2]
            ku, fu = _edge_kind(G, u, v)
            kw, fw = _edge_kind(G, w, v)
            if fu and fw and ku in ("took_part_in", "hosted") and kw in ("took_part_in", "hosted"):
                verb = "hosted" if ku == "hosted" else "took part in"
                steps.append(f"{_name(G, u)} {verb} {_event_phrase(G.nodes[v])} with {_name(G, w)}")
                i += 2
                continue
        kind, forward = _edge_kind(G, u, v)
        pattern = _PHRASES[kind][0 if forward else 1]
        steps.append(pattern.format(u=_name(G, u), v=_name(G, v)))
        i += 1
    return steps


def _event_row(G: nx.MultiDiGraph, e: str, *, exclude: str | None = None) -> dict[str, Any]:
    d = G.nodes[e]
    return {
        "id": e,
        "date": d.get("date"),
        "begin": d.get("begin"),
        "end": d.get("end"),
        "event_type": d.get("event_type"),
        "label_en": d["label_en"],
        "label_ar": d["label_ar"],
        "place_en": d.get("place_en") or "",
        "participants": [G.nodes[p]["label_en"] for p in _participants(G, e) if p != exclude],
        "evidence": d.get("evidence_text") or "",
    }


def timeline(G: nx.MultiDiGraph, node: str) -> list[dict[str, Any]]:
    """The events ``node`` took part in or hosted, oldest first.

    >>> G = to_networkx(_example())
    >>> [(r["date"], r["participants"]) for r in timeline(G, find_person(G, "Fidan"))]
    [('2025-10-17', ['Asaad al-Shaibani'])]
    """
    return [_event_row(G, e, exclude=node) for e in _events_of(G, node)]


def state_timeline(G: nx.MultiDiGraph, a: str, b: str) -> list[dict[str, Any]]:
    """The events with participants of both states ``a`` and ``b`` (ISO codes), oldest first.

    >>> [r["event_type"] for r in state_timeline(to_networkx(_example()), "TR", "SY")]
    ['phone_call']
    """
    events = [
        n
        for n, d in G.nodes(data=True)
        if d["kind"] == "event" and {a.upper(), b.upper()} <= set(d.get("states", ()))
    ]
    return [_event_row(G, e) for e in sorted(events, key=lambda e: _event_sort_key(G, e))]


def state_timelines(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """:func:`state_timeline` of every pair of states that share an event, keyed ``"A-B"``.

    One pass over the events, each filed under the pairs of its states: time O(sum over
    events of states squared), where asking :func:`state_timeline` pair by pair would read
    every event once per pair (quadratic in the corpus, as pairs grow with it).

    >>> state_timelines(to_networkx(_example()))["SY-TR"][0]["event_type"]
    'phone_call'
    """
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        if d["kind"] == "event":
            for pair in set(combinations(sorted(d.get("states", ())), 2)):
                by_pair[pair].append(n)
    rows: dict[str, dict[str, Any]] = {}

    def row(e: str) -> dict[str, Any]:
        if e not in rows:
            rows[e] = _event_row(G, e)
        return rows[e]

    return {
        f"{a}-{b}": [row(e) for e in sorted(events, key=lambda e: _event_sort_key(G, e))]
        for (a, b), events in sorted(by_pair.items())
    }


# --------------------------------------------------------------------------- names

_FOLD = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ı": "i", "ـ": None, "ß": "ss"})
_NON_WORD = re.compile(r"[\W_]+")


def normalize_name(name: str) -> str:
    """A name folded for matching: case, diacritics, Arabic alef/ya/ta marbuta forms, punctuation.

    The page's search box (:mod:`kg.render`) folds queries the same way.

    >>> normalize_name("İbrahim Kalın"), normalize_name("al-Shaibani")
    ('ibrahim kalin', 'al shaibani')
    >>> normalize_name("إبراهيم قالِن") == normalize_name("ابراهيم قالن")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = stripped.translate(_FOLD).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def node_names(d: dict[str, Any]) -> list[str]:
    """Every name of a node: English and Arabic labels, then the other names.

    >>> node_names({"label_en": "Hakan Fidan", "label_ar": "هاكان فيدان", "alt_labels": []})
    ['Hakan Fidan', 'هاكان فيدان']
    """
    return [x for x in (d.get("label_en"), d.get("label_ar"), *d.get("alt_labels", ())) if x]


def match_people(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Every person whose English or Arabic label (or another name) matches ``name``.

    Exact matches of the folded name if there are any, else matches of whole words; the
    best connected first.

    >>> G = to_networkx(_example())
    >>> [G.nodes[n]["label_en"] for n in match_people(G, "al-shaibani")]
    ['Asaad al-Shaibani']
    >>> match_people(G, "Lavrov")
    []
    """
    q = normalize_name(name)
    if not q:
        return []
    exact, partial = [], []
    for n, d in G.nodes(data=True):
        if d["kind"] != "person":
            continue
        keys = [normalize_name(x) for x in node_names(d)]
        if q in keys:
            exact.append(n)
        elif any(f" {q} " in f" {k} " for k in keys):
            partial.append(n)
    return sorted(exact or partial, key=lambda n: (-G.degree(n), n))


def similar_people(G: nx.MultiDiGraph, name: str, *, limit: int = 5) -> list[str]:
    """The English labels of the people whose names look most like ``name``, for hints.

    Falls back to the best connected people when no name is close.

    >>> similar_people(to_networkx(_example()), "Hakan Fidn")
    ['Hakan Fidan']
    """
    import difflib

    q = normalize_name(name)
    scored: dict[str, float] = {}
    for n, d in G.nodes(data=True):
        if d["kind"] != "person":
            continue
        keys = [normalize_name(x) for x in node_names(d)]
        words = [w for k in keys for w in k.split()]
        best = max((difflib.SequenceMatcher(None, q, k).ratio() for k in keys + words), default=0.0)
        scored[n] = best
    close = [n for n, r in scored.items() if r >= 0.6]
    pool = close or list(scored)
    pool.sort(key=lambda n: (-scored[n] if close else 0, -G.degree(n), G.nodes[n]["label_en"]))
    return [G.nodes[n]["label_en"] for n in pool[:limit]]


def find_person(G: nx.MultiDiGraph, name: str) -> str:
    """The person whose English or Arabic label (or another name) matches ``name``.

    An exact match of the folded name wins, then a match of whole words; among several,
    the best connected. Raises :class:`kg.errors.UsageError` when nobody matches.

    >>> G = to_networkx(_example())
    >>> find_person(G, "HAKAN FIDAN") == find_person(G, "فيدان")
    True
    """
    if not normalize_name(name):
        raise UsageError("give a name to look for, in English or Arabic")
    found = match_people(G, name)
    if not found:
        raise UsageError(
            f"nobody in the graph is called {name!r}; check the spelling or try the Arabic name"
        )
    return found[0]


# --------------------------------------------------------------------------- report


def report_graph(G: nx.MultiDiGraph, *, measures: dict | None = None) -> dict[str, Any]:
    """:func:`report` for a graph already read with :func:`to_networkx`.

    The projection and the person graph are built once and every measure reads them;
    centrality is computed once (or taken from ``measures``). Time: that of
    :func:`centrality` and :func:`brokers`, plus O(m) per Louvain pass, plus the
    counterparts (O(sum over events of participants squared)) and timelines (O(n + m)).
    """
    H = projection(G)
    P = person_graph(G)
    measures = centrality(G, H=H, P=P) if measures is None else measures
    nodes_by_kind = {k: 0 for k in KINDS}
    for _, k in G.nodes(data="kind"):
        nodes_by_kind[k] += 1
    edges_by_kind = {k: 0 for k in EDGE_KINDS}
    for _, _, k in G.edges(data="kind"):
        edges_by_kind[k] += 1
    people = sorted(
        (
            {
                **_brief(G, p),
                "countries": G.nodes[p]["countries"],
                "roles": G.nodes[p]["roles"],
                **measures[p],
            }
            for p in _people(G)
        ),
        key=lambda r: (-r["betweenness"], -r["degree"], r["label_en"], r["id"]),
    )
    comms = communities(G, H=H)
    top = people[0]["id"] if people else None
    return {
        "summary": {"nodes": nodes_by_kind, "edges": edges_by_kind},
        "people": people,
        "brokers": brokers(G, P=P, measures=measures),
        "communities": [
            {
                "id": i,
                "size": len(c),
                "people": sorted(
                    G.nodes[n]["label_en"] for n in c if G.nodes[n]["kind"] == "person"
                ),
                "members": c,
            }
            for i, c in enumerate(comms)
        ],
        "counterparts": counterparts(G),
        "ego": {
            "person": top,
            "nodes": sorted(ego_network(G, top, H=H).nodes) if top else [],
        },
        "timelines": {
            "people": {
                p["id"]: timeline(G, p["id"]) for p in sorted(people, key=lambda r: r["id"])
            },
            "state_pairs": state_timelines(G),
        },
    }


def report(g: Graph) -> dict[str, Any]:
    """Everything the analysis finds, as JSON-ready data in a stable order.

    Keys: ``summary``, ``people`` (with centralities), ``brokers``, ``communities``,
    ``counterparts``, ``ego`` (of the most central person), ``timelines``.

    >>> data = report(_example())
    >>> data["summary"]["nodes"]["person"], data["counterparts"][0]["role"]
    (2, 'foreign_minister')
    >>> import json
    >>> json.loads(json.dumps(data)) == data
    True
    """
    return report_graph(to_networkx(g))


def _md(text: Any) -> str:
    """Text from an article made safe for a Markdown table cell."""
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", str(text)).replace("\n", " ")


def _rows(header: list[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    yield "| " + " | ".join(header) + " |"
    yield "|" + "---|" * len(header)
    for r in rows:
        yield "| " + " | ".join(_md(x) for x in r) + " |"


def report_markdown(data: dict[str, Any]) -> str:
    """The report as Markdown: people, brokers, counterparts, communities, timelines.

    >>> print(report_markdown(report(_example())).splitlines()[0])
    # Officials network report
    """
    out = ["# Officials network report", ""]
    s = data["summary"]
    out.append(
        "Nodes: "
        + ", ".join(f"{n} {k}" for k, n in s["nodes"].items())
        + ". Edges: "
        + ", ".join(f"{n} {k}" for k, n in s["edges"].items() if n)
        + "."
    )
    out += ["", "## People by betweenness", ""]
    out += _rows(
        ["Person", "Arabic", "State", "Roles", "Degree", "Betweenness", "Eigenvector"],
        (
            [
                p["label_en"],
                p["label_ar"],
                ", ".join(p["countries"]),
                ", ".join(p["roles"]),
                p["degree"],
                p["betweenness"],
                p["eigenvector"],
            ]
            for p in data["people"]
        ),
    )
    out += ["", "## Brokers between states", ""]
    if data["brokers"]:
        out += _rows(
            ["Person", "State", "Score", "Between"],
            (
                [b["label_en"], ", ".join(b["countries"]), b["score"], ", ".join(b["state_pairs"])]
                for b in data["brokers"]
            ),
        )
    else:
        out.append("None found.")
    out += ["", "## Counterparts", ""]
    if data["counterparts"]:
        out += _rows(
            ["Role", "Person", "Counterpart", "Face to face", "Shared events"],
            (
                [
                    c["role"],
                    f"{c['a']['label_en']} ({', '.join(c['a']['countries'])})",
                    f"{c['b']['label_en']} ({', '.join(c['b']['countries'])})",
                    str(c.get("principal", 0)),
                    "; ".join(e["label_en"] for e in c["events"]),
                ]
                for c in data["counterparts"]
            ),
        )
    else:
        out.append("None found.")
    out += ["", "## Communities", ""]
    for c in data["communities"]:
        if c["people"]:
            out.append(f"- {c['size']} nodes: " + ", ".join(_md(p) for p in c["people"]))
    out += ["", "## Events by pair of states", ""]
    for pair, rows in data["timelines"]["state_pairs"].items():
        out += [f"### {pair}", ""]
        out += _rows(
            ["When", "Event", "Where", "Who"],
            (
                [
                    r["date"] or " to ".join(x for x in (r["begin"], r["end"]) if x),
                    r["event_type"],
                    r["place_en"],
                    ", ".join(r["participants"]),
                ]
                for r in rows
            ),
        )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def report_json(data: dict[str, Any]) -> str:
    """The report as JSON text: UTF-8 names kept, keys sorted, two-space indents.

    >>> report_json({"b": 1, "a": "فيدان"}).splitlines()[1]
    '  "a": "فيدان",'
    """
    import json

    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


#: Characters of JSON text gathered into one chunk of :func:`report_json_chunks`.
_JSON_CHUNK = 1 << 20


def report_json_chunks(data: dict[str, Any]) -> Iterator[bytes]:
    """The bytes of :func:`report_json` in UTF-8, as chunks of about a million characters,
    so that a writer never holds the whole text (as text and again as bytes: a report is
    about 6 KB per article). Joined, the chunks are ``report_json(data).encode()``.

    >>> data = {"b": [1, 2], "a": "فيدان"}
    >>> b"".join(report_json_chunks(data)) == report_json(data).encode("utf-8")
    True
    """
    import json

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)
    parts: list[str] = []
    size = 0
    for piece in encoder.iterencode(data):
        parts.append(piece)
        size += len(piece)
        if size >= _JSON_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts, size = [], 0
    if parts:
        yield "".join(parts).encode("utf-8")


# --------------------------------------------------------------------------- export


def _scalar(value: Any) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: lists of names joined by "; ", records as JSON."""
    import json

    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        if all(isinstance(x, str | int | float) for x in items):
            return "; ".join(str(x) for x in items)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    """JSON's form of what it does not know: a mapping (:class:`Evidence`) as a dict."""
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_RESERVED = {"start": "start_date", "end": "end_date"}


def scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are all scalars, for GraphML and GEXF (Gephi).

    Lists of strings become "; "-joined strings, records (evidence) JSON text, and
    missing values are left out. Every node gets a ``label`` (its English label) for
    Gephi to show. ``start`` and ``end`` are renamed ``start_date`` and ``end_date``:
    GEXF reserves those names for a dynamic graph's time intervals.

    >>> S = scalar_graph(to_networkx(_example()))
    >>> d = S.nodes["https://w3id.org/officials-kg/id/shaibani"]
    >>> d["label"], d["label_ar"], d["roles"]
    ('Asaad al-Shaibani', 'أسعد الشيباني', 'foreign_minister')
    """
    S = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        attrs = {_RESERVED.get(k, k): _scalar(v) for k, v in d.items()}
        attrs["label"] = d.get("label_en") or str(n)
        S.add_node(n, **{k: v for k, v in attrs.items() if v is not None})
    for u, v, key, d in G.edges(keys=True, data=True):
        attrs = {_RESERVED.get(k, k): _scalar(x) for k, x in d.items()}
        attrs["label"] = d.get("kind", "")
        S.add_edge(u, v, key=key, **{k: x for k, x in attrs.items() if x is not None})
    return S


def write_gephi(G: nx.MultiDiGraph, out: Any, *, fmt: str) -> None:
    """Write ``G`` as GraphML (``fmt="graphml"``) or GEXF (``fmt="gexf"``) to a path or binary file.

    >>> import io
    >>> buf = io.BytesIO()
    >>> write_gephi(to_networkx(_example()), buf, fmt="gexf")
    >>> "Hakan Fidan" in buf.getvalue().decode("utf-8")
    True
    """
    S = scalar_graph(G)
    if fmt == "graphml":
        nx.write_graphml(S, out, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        nx.write_gexf(S, out, encoding="utf-8", prettyprint=True)
    else:
        raise UsageError(f"unknown export format {fmt!r}; use graphml or gexf")
