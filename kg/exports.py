"""A built graph in the formats of other tools: JSON-LD, CSV tables, a Neo4j import,
FollowTheMoney entities and a Wikidata-style mapping of tenures (GraphML and GEXF, for
Gephi, are :func:`kg.analyze.write_gephi`).

Every export reads the RDF graph that ``kg build`` wrote (any graph that keeps the output
contract), never the extraction's own objects: :func:`kg.analyze.to_networkx` gives the
things, one node per real thing (people, organizations, news outlets, states, posts, events,
places), and memberships as edges from a person to a post with their dates and evidence;
articles and the evidence's offsets are read from the graph itself. So every format has one
record per real thing, and a tenure is a row, a relationship or an ``Occupancy``, never a
node of its own.

What each format holds (and the choices it makes) is in :data:`FORMATS` and the docstring of
its function. :func:`export` writes one: a single file (``jsonld``, ``ftm``, ``wikidata``,
``graphml``, ``gexf``) through :func:`kg.atomic.write_atomic`, a folder of files (``csv``,
``neo4j``) as one transaction through :class:`kg.atomic.OutputFolder`, so a failed export
leaves the old complete output, never a half-written one.

Output is deterministic: rows and entities are sorted by id, columns fixed.

>>> g = _example()
>>> [(r["name_en"], r["name_ar"]) for r in tables(g)["persons"][1]]
[('Rufus Firefly', 'روفوس فايرفلاي')]
>>> sorted(tables(g))  # doctest: +NORMALIZE_WHITESPACE
['events', 'evidence', 'organizations', 'participants', 'persons', 'places', 'posts',
 'sources', 'states', 'tenures']
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import PROV

# Bends a boundary on purpose: the exports read the graph with kg.analyze's private readers
# (_label, _evidence, _concept_key ...), so that the view, the analysis and every export
# classify and label the same things alike.
from kg import analyze
from kg.analyze import NIF, SDO
from kg.errors import UsageError
from kg.settings import BASE

__all__ = [
    "FORMATS",
    "FOLDER_FORMATS",
    "format_from_suffix",
    "jsonld_context",
    "jsonld",
    "tables",
    "csv_files",
    "neo4j_files",
    "ftm_entities",
    "wikidata_claims",
    "jsonlines",
    "render",
    "export",
]

#: Every format of ``kg export``, with what it writes.
FORMATS: dict[str, str] = {
    "graphml": "GraphML, one file (Gephi, networkx, yEd)",
    "gexf": "GEXF, one file (Gephi)",
    "jsonld": "JSON-LD of every triple, one file, the context made of the ontology's prefixes",
    "csv": "a folder of CSV tables (UTF-8 with a byte order mark), one row per thing",
    "neo4j": "a folder of CSV files with neo4j-admin import headers, and import.sh",
    "ftm": "FollowTheMoney entities, one JSON object a line",
    "wikidata": "tenures as Wikidata statements (P39 and qualifiers), one JSON object a line",
}
#: The formats that write a folder of files rather than one file.
FOLDER_FORMATS = frozenset({"csv", "neo4j"})
_SUFFIXES = {"graphml": "graphml", "gexf": "gexf", "jsonld": "jsonld", "json-ld": "jsonld"}

_EXAMPLE_TTL = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <https://schema.org/> .
@prefix opengov: <http://www.w3.org/ns/opengov#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kgo: <https://w3id.org/officials-kg/ontology#> .
@prefix : <https://w3id.org/officials-kg/id/> .
:XF a schema:Country ; skos:notation "XF" ; skos:prefLabel "Freedonia"@en, "فريدونيا"@ar .
:fm a skos:Concept ; skos:notation "foreign_minister" ; skos:prefLabel "foreign minister"@en .
:mfa a org:Organization, kgo:Ministry ; skos:prefLabel "Foreign Ministry of Freedonia"@en ;
    kgo:country :XF .
:rufus a foaf:Person ; skos:prefLabel "Rufus Firefly"@en, "روفوس فايرفلاي"@ar .
:post a org:Post ; org:postIn :mfa ; org:role :fm .
:a1 a schema:NewsArticle ; schema:url <https://news.example/a1> ;
    schema:datePublished "2025-10-17"^^xsd:date .
:m1 a org:Membership ; org:member :rufus ; org:organization :mfa ; org:role :fm ;
    opengov:post :post ; kgo:observedOn "2025-10-17"^^xsd:date ; prov:wasDerivedFrom :a1 .
"""


def _example() -> Graph:
    """A small graph for the examples in this module's docstrings."""
    return Graph().parse(data=_EXAMPLE_TTL, format="turtle")


def format_from_suffix(out: str) -> str | None:
    """The format a file name implies (``.graphml``, ``.gexf``, ``.jsonld``), else None.

    >>> format_from_suffix("officials.jsonld"), format_from_suffix("tables")
    ('jsonld', None)
    """
    return _SUFFIXES.get(Path(out).suffix.lower().lstrip("."))


# --------------------------------------------------------------------------- reading


def _short_id(iri: str) -> str:
    """An IRI of the project's resources without its base (``person/rufus-firefly``)."""
    return iri[len(BASE) :] if iri.startswith(BASE) else iri


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _one_line(text: Any) -> str:
    """Text for a cell that other tools read line by line: no line breaks."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(text)) if text is not None else ""


def _of_kind(G: nx.MultiDiGraph, *kinds: str) -> list[tuple[str, dict[str, Any]]]:
    return [(n, d) for n, d in G.nodes(data=True) if d["kind"] in kinds]


def _memberships(G: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    """Every membership edge (``holds_post`` or ``member_of``), sorted by membership IRI."""
    out = [
        (u, v, d)
        for u, v, d in G.edges(data=True)
        if d["kind"] in ("holds_post", "member_of") and d.get("membership")
    ]
    return sorted(out, key=lambda e: e[2]["membership"])


def _sighted(d: dict[str, Any]) -> tuple[str, str]:
    """The first and last day an article says a membership's post was held: the ends of its
    ``org:memberDuring`` that are not the start or end the text gives (which the interval
    takes instead when there is one), "" where there is none."""
    begin, end = d.get("seen_from") or "", d.get("seen_until") or ""
    return (
        begin if begin != (d.get("start") or "") else "",
        end if end != (d.get("end") or "") else "",
    )


def _status(g: Graph, fact: str) -> str:
    value = g.value(URIRef(fact), analyze.KGO.status)
    return analyze._local(value).removeprefix("status-") if value is not None else ""


def _event_names(g: Graph, e: str, d: dict[str, Any]) -> tuple[str, str, str]:
    """An event's type key and its English and Arabic names; a planned event is typed by
    ``kgo:plannedEventType`` and named with its status ("visit (planned) 2025-12-01 ...")."""
    node = URIRef(e)
    planned = g.value(node, analyze.KGO.plannedEventType)
    if g.value(node, analyze.SEM.eventType) is not None or planned is None:
        return d["event_type"], d["label_en"], d["label_ar"]
    key = analyze._concept_key(g, planned, analyze._EVENT_KEYS) or "other"
    status = g.value(node, analyze.KGO.status)
    names = []
    for lang in ("en", "ar"):
        what = analyze._label(g, planned, lang) or key.replace("_", " ")
        state = analyze._label(g, status, lang) if status is not None else ""
        when = d.get("date") or (" to " if lang == "en" else " – ").join(
            x for x in (d.get("begin"), d.get("end")) if x
        )
        names.append(" ".join(x for x in (what, f"({state})" if state else "", when) if x))
    return key, names[0], names[1]


def _articles(g: Graph) -> list[dict[str, str]]:
    """The articles of ``g`` (``schema:NewsArticle``, or anything a fact is derived from)."""
    found = analyze._instances(g, SDO.NewsArticle) | {
        a for a in g.objects(None, PROV.wasDerivedFrom) if isinstance(a, URIRef)
    }
    rows = []
    for a in analyze._sorted(found):
        rows.append(
            {
                "id": str(a),
                "title": _one_line(analyze._value(g, a, SDO.headline) or ""),
                "url": analyze._value(g, a, SDO.url) or "",
                "published": analyze._value(g, a, SDO.datePublished) or "",
                "language": analyze._value(g, a, SDO.inLanguage) or "",
                "credit": _join(sorted({str(o) for o in g.objects(a, SDO.creditText)})),
            }
        )
    return rows


def _rules(g: Graph) -> dict[tuple[str, int | None, int | None], str]:
    """Each mention's rule, keyed as :func:`kg.analyze._evidence` gives a mention."""
    out = {}
    for m in g.subjects(NIF.referenceContext, None):
        begin, end = g.value(m, NIF.beginIndex), g.value(m, NIF.endIndex)
        key = (
            str(g.value(m, NIF.referenceContext)),
            int(begin) if begin is not None else None,
            int(end) if end is not None else None,
        )
        out[key] = analyze._value(g, m, analyze.KGO.rule) or ""
    return out


# --------------------------------------------------------------------------- JSON-LD


def jsonld_context() -> dict[str, str]:
    """The JSON-LD ``@context``: the prefixes that ``ontology/officials.ttl`` declares
    (``rdfs:``, ``owl:`` ... for the concepts copied into a graph) and the output contract's
    (:data:`kg.vocab.PREFIXES`, ``kgr:`` among them).

    >>> ctx = jsonld_context()
    >>> ctx["org"], ctx["rdfs"], ctx["kgr"]
    ('http://www.w3.org/ns/org#', 'http://www.w3.org/2000/01/rdf-schema#', 'https://w3id.org/officials-kg/id/')
    """
    from kg.settings import ONTOLOGY_DIR
    from kg.vocab import PREFIXES

    text = (ONTOLOGY_DIR / "officials.ttl").read_text(encoding="utf-8")
    declared = dict(re.findall(r"^@prefix\s+([A-Za-z][\w-]*):\s*<([^>]+)>", text, flags=re.M))
    context = {**declared, **{prefix: str(ns) for prefix, ns in PREFIXES.items()}}
    return dict(sorted(context.items()))


def _canonical(value: Any) -> Any:
    """JSON with every list sorted, for an output that does not depend on the graph's order."""
    if isinstance(value, dict):  # an @list (an RDF collection) keeps its order
        return {k: v if k == "@list" else _canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def jsonld(g: Graph) -> str:
    """Every triple of ``g`` as compacted JSON-LD whose ``@context`` is
    :func:`jsonld_context`, the nodes in ``@graph`` sorted by ``@id``. The context is
    written in the document, so a reader needs no network.

    >>> doc = json.loads(jsonld(_example()))
    >>> rufus = next(n for n in doc["@graph"] if n["@id"] == "kgr:rufus")
    >>> rufus["@type"], rufus["skos:prefLabel"][0]
    ('foaf:Person', {'@language': 'ar', '@value': 'روفوس فايرفلاي'})
    """
    context = jsonld_context()
    data = json.loads(g.serialize(format="json-ld", context=context, auto_compact=False))
    nodes = data.get("@graph", data if isinstance(data, list) else [data])
    nodes = [{k: v for k, v in n.items() if k != "@context"} for n in nodes]
    nodes = sorted((_canonical(n) for n in nodes), key=lambda n: str(n.get("@id", "")))
    doc = {"@context": context, "@graph": nodes}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# --------------------------------------------------------------------------- CSV tables

#: The columns of each CSV table, in order.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "persons": ("id", "name_en", "name_ar", "other_names", "rank", "states", "roles"),
    "organizations": ("id", "name_en", "name_ar", "kind", "types", "state", "part_of"),
    "states": ("id", "iso", "name_en", "name_ar"),
    "posts": ("id", "name_en", "name_ar", "role", "organization", "state"),
    "tenures": (
        "id",
        "person",
        "person_en",
        "post",
        "post_en",
        "role",
        "organization",
        "state",
        "status",
        "start",
        "end",
        "seen_from",
        "seen_until",
        "observed_on",
        "articles",
    ),
    "events": (
        "id",
        "type",
        "planned",
        "name_en",
        "name_ar",
        "date",
        "earliest",
        "latest",
        "place",
        "place_en",
        "states",
        "reported_by",
        "articles",
    ),
    "participants": ("event", "participant", "kind", "name_en", "name_ar", "host"),
    "places": ("id", "name_en", "name_ar", "state"),
    "sources": ("id", "title", "url", "published", "language", "credit"),
    "evidence": ("fact", "kind", "article", "begin", "end", "text", "rule"),
}


def _event_articles(d: dict[str, Any]) -> list[str]:
    return sorted({e["article"] for e in d.get("evidence", ()) if e.get("article")})


def tables(g: Graph, *, G: nx.MultiDiGraph | None = None) -> dict[str, tuple[tuple, list]]:
    """The graph as tables: name -> (columns, rows), each row a dict, sorted by its first
    columns. One row per person, organization (news outlets with ``kind`` ``outlet``),
    state, post, place, event and article (``sources``); a tenure (one membership) is a
    row of ``tenures``, an actor of an event a row of ``participants``, and each piece of
    evidence (the article, offsets, quoted text and rule behind a tenure, an event or a
    person) a row of ``evidence``. Ids are the resources' IRIs; lists are joined with "; ".

    ``start``/``end`` of a tenure are the dates the text gives; ``seen_from``/``seen_until``
    the first and last day an article says the post was held (the ends of
    ``org:memberDuring`` that are not a stated start or end).

    >>> t = tables(_example())
    >>> row = t["tenures"][1][0]
    >>> row["person_en"], row["post_en"], row["seen_from"] or "-", row["observed_on"]
    ('Rufus Firefly', 'foreign minister, Foreign Ministry of Freedonia', '-', '2025-10-17')
    """
    G = analyze.to_networkx(g) if G is None else G
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in _COLUMNS}
    label = {n: d.get("label_en", "") for n, d in G.nodes(data=True)}

    for n, d in _of_kind(G, "person"):
        out["persons"].append(
            {
                "id": n,
                "name_en": d["label_en"],
                "name_ar": d["label_ar"],
                "other_names": _join(d["alt_labels"]),
                "rank": d.get("rank") or "",
                "states": _join(d.get("countries", ())),
                "roles": _join(d.get("roles", ())),
            }
        )
    for n, d in _of_kind(G, "organization", "outlet"):
        parents = sorted(v for _, v, k in G.out_edges(n, data="kind") if k == "part_of")
        out["organizations"].append(
            {
                "id": n,
                "name_en": d["label_en"],
                "name_ar": d["label_ar"],
                "kind": d["kind"],
                "types": _join(d.get("org_types", ())),
                "state": d.get("country") or "",
                "part_of": _join(parents),
            }
        )
    for n, d in _of_kind(G, "country"):
        row = {"id": n, "iso": d["country"], "name_en": d["label_en"], "name_ar": d["label_ar"]}
        out["states"].append(row)
    for n, d in _of_kind(G, "post"):
        out["posts"].append(
            {
                "id": n,
                "name_en": d["label_en"],
                "name_ar": d["label_ar"],
                "role": d["role"],
                "organization": d.get("organization") or "",
                "state": d.get("country") or "",
            }
        )
    for n, d in _of_kind(G, "place"):
        row = {"id": n, "name_en": d["label_en"], "name_ar": d["label_ar"]}
        out["places"].append({**row, "state": d.get("country") or ""})

    rules = _rules(g)

    def evidence(fact: str, kind: str, items: list[dict[str, Any]]) -> None:
        for e in items:
            if e.get("begin") is None:
                continue
            out["evidence"].append(
                {
                    "fact": fact,
                    "kind": kind,
                    "article": e["article"] or "",
                    "begin": e["begin"],
                    "end": e["end"],
                    "text": _one_line(e["text"]),
                    "rule": rules.get((e["article"], e["begin"], e["end"]), ""),
                }
            )

    for u, v, d in _memberships(G):
        m = d["membership"]
        out["tenures"].append(
            {
                "id": m,
                "person": u,
                "person_en": label.get(u, ""),
                "post": v if d["kind"] == "holds_post" else "",
                "post_en": label.get(v, "") if d["kind"] == "holds_post" else "",
                "role": d.get("role") or "",
                "organization": d.get("organization") or "",
                "state": G.nodes[v].get("country") or "",
                "status": _status(g, m),
                "start": d.get("start") or "",
                "end": d.get("end") or "",
                "seen_from": _sighted(d)[0],
                "seen_until": _sighted(d)[1],
                "observed_on": _join(d.get("observed_dates", ())),
                "articles": _join(sorted({e["article"] for e in d["evidence"] if e["article"]})),
            }
        )
        evidence(m, "tenure", d["evidence"])

    for n, d in _of_kind(G, "event"):
        places = sorted(v for _, v, k in G.out_edges(n, data="kind") if k == "happened_in")
        key, name_en, name_ar = _event_names(g, n, d)
        out["events"].append(
            {
                "id": n,
                "type": key,
                "planned": "yes" if _status(g, n) == "planned" else "no",
                "name_en": name_en,
                "name_ar": name_ar,
                "date": d.get("date") or "",
                "earliest": "" if d.get("date") else d.get("begin") or "",
                "latest": "" if d.get("date") else d.get("end") or "",
                "place": _join(places),
                "place_en": d.get("place_en") or "",
                "states": _join(d.get("states", ())),
                "reported_by": _join(d.get("reported_by", ())),
                "articles": _join(_event_articles(d)),
            }
        )
        evidence(n, "event", d["evidence"])
        hosts = set(d.get("hosts", ()))
        actors = sorted(
            {u for u, _, k in G.in_edges(n, data="kind") if k in ("took_part_in", "hosted")}
        )
        for a in actors:
            out["participants"].append(
                {
                    "event": n,
                    "participant": a,
                    "kind": G.nodes[a]["kind"],
                    "name_en": G.nodes[a]["label_en"],
                    "name_ar": G.nodes[a]["label_ar"],
                    "host": "yes" if a in hosts else "no",
                }
            )
    for n, _ in _of_kind(G, "person"):
        evidence(n, "person", analyze._evidence(g, URIRef(n)))
    out["sources"] = _articles(g)
    out["evidence"].sort(key=lambda r: (r["fact"], r["article"], r["begin"], r["end"]))
    for name, rows in out.items():  # stable: the evidence keeps its offsets' order
        rows.sort(key=lambda r, cols=_COLUMNS[name][:2]: tuple(str(r[c]) for c in cols))
    return {name: (_COLUMNS[name], out[name]) for name in _COLUMNS}


def _csv_text(columns: tuple[str, ...], rows: list[dict[str, Any]], *, bom: bool) -> str:
    buf = io.StringIO()
    if bom:
        buf.write("\ufeff")  # spreadsheets read the file as UTF-8 only with it
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="raise", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def csv_files(g: Graph, *, G: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """:func:`tables` as CSV files, ``NAME.csv`` -> text: UTF-8 with a byte order mark (so
    that spreadsheets read Arabic as Arabic), a header row, RFC 4180 quoting and line ends.

    >>> files = csv_files(_example())
    >>> files["persons.csv"].splitlines()[0]
    '\\ufeffid,name_en,name_ar,other_names,rank,states,roles'
    """
    return {
        f"{name}.csv": _csv_text(columns, rows, bom=True)
        for name, (columns, rows) in tables(g, G=G).items()
    }


# --------------------------------------------------------------------------- Neo4j

#: Node kinds of :func:`kg.analyze.to_networkx` -> Neo4j labels.
_NEO4J_LABELS = {
    "person": "Person",
    "organization": "Organization",
    "outlet": "Outlet",
    "country": "State",
    "post": "Post",
    "event": "Event",
    "place": "Place",
}
#: Edge kinds -> relationship types (memberships are HOLDS or MEMBER_OF).
_NEO4J_TYPES = {
    "holds_post": "HOLDS",
    "member_of": "MEMBER_OF",
    "post_in": "POST_IN",
    "part_of": "PART_OF",
    "in_country": "IN_STATE",
    "place_in": "IN_STATE",
    "took_part_in": "PARTICIPATED_IN",
    "hosted": "HOSTED",
    "happened_in": "AT_PLACE",
    "reported_by": "REPORTED_BY",
}
_NEO4J_NODE_COLUMNS = ("id:ID", "name_en", "name_ar", "other_names:string[]")
_NEO4J_EXTRA: dict[str, tuple[tuple[str, str], ...]] = {
    # (header, node attribute); dates are typed, lists are arrays
    "Person": (("rank", "rank"), ("states:string[]", "countries"), ("roles:string[]", "roles")),
    "Organization": (("state", "country"), ("types:string[]", "org_types")),
    "Outlet": (("state", "country"), ("types:string[]", "org_types")),
    "State": (("iso", "country"),),
    "Post": (("role", "role"), ("state", "country")),
    "Event": (
        ("type", "event_type"),
        ("date:date", "date"),
        ("earliest:date", "begin"),
        ("latest:date", "end"),
        ("place_en", "place_en"),
    ),
    "Place": (("state", "country"),),
}
_HOLDS_COLUMNS = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "membership",
    "role",
    "status",
    "start:date",
    "end:date",
    "seen_from:date",
    "seen_until:date",
    "observed_on:date[]",
    "articles:string[]",
    "evidence:string[]",
)
_REL_COLUMNS = (":START_ID", ":END_ID", ":TYPE")


def _cell(value: Any) -> str:
    """A Neo4j import cell: lists joined by ";" (the array delimiter), one line."""
    if isinstance(value, list | tuple):
        return ";".join(_one_line(v).replace(";", ",") for v in value if v not in (None, ""))
    return _one_line(value) if value is not None else ""


def neo4j_files(g: Graph, *, G: nx.MultiDiGraph | None = None) -> dict[str, str]:
    """CSV files for ``neo4j-admin database import full``: one node file per label
    (``Person.csv`` ...: ``id:ID`` the IRI, ``:LABEL``) and one relationship file per type
    (``HOLDS.csv`` ...: ``:START_ID``, ``:END_ID``, ``:TYPE``), plain UTF-8, and
    ``import.sh`` with the command. A membership is a ``HOLDS`` relationship from a person
    to a post (``MEMBER_OF`` to a state or organization where it names no post) carrying its
    dates and evidence (``ARTICLE#BEGIN-END``). Files of labels and types the graph lacks
    are left out.

    >>> files = neo4j_files(_example())
    >>> files["HOLDS.csv"].splitlines()[0].split(",")[:4]
    [':START_ID', ':END_ID', ':TYPE', 'membership']
    >>> sorted(files)  # doctest: +NORMALIZE_WHITESPACE
    ['HOLDS.csv', 'IN_STATE.csv', 'Organization.csv', 'POST_IN.csv', 'Person.csv', 'Post.csv',
     'State.csv', 'import.sh']
    """
    G = analyze.to_networkx(g) if G is None else G
    node_rows: dict[str, list[list[str]]] = {}
    for n, d in G.nodes(data=True):
        label = _NEO4J_LABELS[d["kind"]]
        if label == "Event":
            key, name_en, name_ar = _event_names(g, n, d)
            d = {**d, "event_type": key, "label_en": name_en, "label_ar": name_ar}
        extra = [_cell(d.get(attr)) for _, attr in _NEO4J_EXTRA[label]]
        row = [n, _cell(d["label_en"]), _cell(d["label_ar"]), _cell(d["alt_labels"]), *extra]
        node_rows.setdefault(label, []).append([*row, label])
    rel_rows: dict[str, list[list[str]]] = {}
    for u, v, d in G.edges(data=True):
        rel = _NEO4J_TYPES[d["kind"]]
        if rel in ("HOLDS", "MEMBER_OF"):
            m = d["membership"]
            evidence = [
                f"{e['article']}#{e['begin']}-{e['end']}"
                for e in d["evidence"]
                if e.get("begin") is not None
            ]
            articles = sorted({e["article"] for e in d["evidence"] if e["article"]})
            row = [u, v, rel, m, d.get("role") or "", _status(g, m)]
            row += [_cell(d.get("start")), _cell(d.get("end")), *_sighted(d)]
            row += [_cell(d.get("observed_dates", ())), _cell(articles), _cell(evidence)]
        else:
            row = [u, v, rel]
        rel_rows.setdefault(rel, []).append(row)
    files: dict[str, str] = {}
    for label, rows in node_rows.items():
        header = [*_NEO4J_NODE_COLUMNS, *(h for h, _ in _NEO4J_EXTRA[label]), ":LABEL"]
        files[f"{label}.csv"] = _plain_csv(header, rows)
    for rel, rows in rel_rows.items():
        header = _HOLDS_COLUMNS if rel in ("HOLDS", "MEMBER_OF") else _REL_COLUMNS
        files[f"{rel}.csv"] = _plain_csv(list(header), rows)
    files["import.sh"] = _neo4j_script(sorted(node_rows), sorted(rel_rows))
    return dict(sorted(files.items()))


def _plain_csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(sorted(rows))
    return buf.getvalue()


def _neo4j_script(labels: list[str], types: list[str]) -> str:
    args = [f'  --nodes="$here/{x}.csv" \\' for x in labels]
    args += [f'  --relationships="$here/{x}.csv" \\' for x in types]
    return "\n".join(
        [
            "#!/bin/sh",
            "# Import this folder into a new Neo4j database (Neo4j 5; the database must not",
            "# exist or --overwrite-destination replaces it). Usage: sh import.sh [DATABASE]",
            'here=$(cd "$(dirname "$0")" && pwd)',
            'exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}" \\',
            *args,
            '  --array-delimiter=";" --skip-duplicate-nodes=false',
            "",
        ]
    )


# --------------------------------------------------------------------------- FollowTheMoney

#: Organization classes of the ontology that make a FollowTheMoney ``PublicBody``.
_PUBLIC_BODY_TYPES = frozenset(
    {"Government", "Ministry", "Presidency", "Agency", "ArmedForces", "Parliament", "Embassy"}
)
#: Tenure statuses -> FtM ``Occupancy.status`` (the values OpenSanctions uses).
_OCCUPANCY_STATUS = {"current": "current", "former": "ended"}


def _ftm_id(iri: str) -> str:
    """An FtM entity id of an IRI: ``okg-`` and the IRI's path, ``/`` as ``.`` and any other
    character FtM refuses in an id (``_`` of role keys) as ``-``.

    >>> _ftm_id("https://w3id.org/officials-kg/id/post/jo-presidency/head_of_state")
    'okg-post.jo-presidency.head-of-state'
    """
    return "okg-" + re.sub(r"[^A-Za-z0-9.-]+", "-", _short_id(iri).replace("/", ".")).strip("-.")


def _entity(iri: str, schema: str, **props: Iterable[Any] | Any) -> dict[str, Any]:
    properties = {}
    for key, value in props.items():
        values = value if isinstance(value, list | tuple | set) else [value]
        values = sorted({str(v) for v in values if v not in (None, "")})
        if values:
            properties[key] = values
    return {"id": _ftm_id(iri), "schema": schema, "properties": properties}


def ftm_entities(g: Graph, *, G: nx.MultiDiGraph | None = None) -> list[dict[str, Any]]:
    """FollowTheMoney entities (``{"id", "schema", "properties"}``, every value a list of
    strings), by the property names of FtM's published schema: ``Person`` (name, alias,
    country: the states of the posts held), ``PublicBody`` for government bodies and
    ``Organization`` for others and news outlets (name, alias, country, parent),
    ``Position`` for a post (name, organization, country), ``Occupancy`` for a tenure
    (holder, post, startDate/endDate only where the text gives them, status ``current`` or
    ``ended``, the span seen in ``description``, sourceUrl, publisher), ``Event`` (name,
    date or startDate/endDate, location, involved, organizer, country, sourceUrl,
    publisher). Countries are lowercase ISO codes, as in FtM; a state that acts in an event
    is its ``country``. Ids are ``okg-`` and the IRI's path.

    >>> [(e["schema"], e["id"]) for e in ftm_entities(_example())]  # doctest: +NORMALIZE_WHITESPACE
    [('Occupancy', 'okg-m1'), ('PublicBody', 'okg-mfa'), ('Position', 'okg-post'),
     ('Person', 'okg-rufus')]
    """
    G = analyze.to_networkx(g) if G is None else G
    articles = {a["id"]: a for a in _articles(g)}
    out = []

    def urls(evidence: list[dict[str, Any]]) -> list[str]:
        return [articles[e["article"]]["url"] for e in evidence if e["article"] in articles]

    def names(d: dict[str, Any]) -> dict[str, Any]:
        alias = [d["label_ar"], *d["alt_labels"]]
        return {"name": d["label_en"], "alias": [a for a in alias if a != d["label_en"]]}

    for n, d in _of_kind(G, "person"):
        countries = [c.lower() for c in d.get("countries", ())]
        out.append(_entity(n, "Person", **names(d), country=countries))
    for n, d in _of_kind(G, "organization", "outlet"):
        public = d["kind"] == "organization" and _PUBLIC_BODY_TYPES & set(d.get("org_types", ()))
        parents = [_ftm_id(v) for _, v, k in G.out_edges(n, data="kind") if k == "part_of"]
        country = (d.get("country") or "").lower()
        schema = "PublicBody" if public else "Organization"
        out.append(_entity(n, schema, **names(d), country=country, parent=parents))
    for n, d in _of_kind(G, "post"):
        org = d.get("organization")
        org_ok = org in G and G.nodes[org]["kind"] in ("organization", "outlet")
        out.append(
            _entity(
                n,
                "Position",
                **names(d),
                organization=_ftm_id(org) if org and org_ok else None,
                country=(d.get("country") or "").lower(),
            )
        )
    for u, v, d in _memberships(G):
        if d["kind"] != "holds_post":
            continue  # FtM's Occupancy needs a Position: a membership with no post has none
        m = d["membership"]
        status = _status(g, m)
        seen = [x for x in _sighted(d) if x]
        if len(set(seen)) > 1:
            span = f"Articles say the post was held from {seen[0]} to {seen[-1]}"
        else:
            span = f"An article says the post was held on {seen[0]}" if seen else ""
        out.append(
            _entity(
                m,
                "Occupancy",
                holder=_ftm_id(u),
                post=_ftm_id(v),
                startDate=d.get("start"),
                endDate=d.get("end"),
                status=_OCCUPANCY_STATUS.get(status, status),
                description=span,
                sourceUrl=urls(d["evidence"]),
            )
        )
    for n, d in _of_kind(G, "event"):
        date = d.get("date")
        hosts = set(d.get("hosts", ()))
        actors = {u for u, _, k in G.in_edges(n, data="kind") if k in ("took_part_in", "hosted")}
        legal = sorted(a for a in actors if G.nodes[a]["kind"] != "country")
        states = {G.nodes[a]["country"].lower() for a in actors if G.nodes[a]["kind"] == "country"}
        publishers = [G.nodes[r]["label_en"] for r in d.get("reported_by", ()) if r in G]
        _, name_en, name_ar = _event_names(g, n, d)
        out.append(
            _entity(
                n,
                "Event",
                name=name_en,
                alias=name_ar,
                date=date,
                startDate=None if date else d.get("begin"),
                endDate=None if date else d.get("end"),
                location=d.get("place_en"),
                involved=[_ftm_id(a) for a in legal],
                organizer=[_ftm_id(a) for a in legal if a in hosts],
                country=sorted(states),
                sourceUrl=urls(d["evidence"]),
                publisher=publishers,
            )
        )
    return sorted(out, key=lambda e: e["id"])


# --------------------------------------------------------------------------- Wikidata


def _wd_time(day: str) -> dict[str, Any]:
    """A day as a Wikidata time value (precision 11: a day; Gregorian calendar)."""
    return {
        "time": f"+{day}T00:00:00Z",
        "precision": 11,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }


def wikidata_claims(g: Graph, *, G: nx.MultiDiGraph | None = None) -> list[dict[str, Any]]:
    """Each tenure as a Wikidata-style "position held" (P39) statement, one dict each.

    The graph has no Wikidata ids: the subject and the position are given by their labels
    (English and Arabic) and IRIs, with ``"qid": null``, to be reconciled (OpenRefine, a
    search by label) before anything is written to Wikidata. Qualifiers follow the evidence:

    - ``P580`` (start time) and ``P582`` (end time) only where an article gives the
      tenure's start or end (``schema:startDate``/``schema:endDate``);
    - otherwise the first and last day an article says the post was held
      (``org:memberDuring``) go as ``P585`` (point in time: a day the statement was true),
      never as a start or end, since a sighting says nothing of when the tenure began;
    - ``status`` ``former`` (the latest article calls the holder a former one) is said in
      ``note``, since it gives no end date.

    Each article that states the tenure is a reference: ``S854`` (reference URL) where the
    article has one, ``S577`` (publication date), ``S1683`` (quote: the text of the
    evidence) with ``offsets`` (begin, end) into the article as read. ``S813`` (retrieved)
    is not given: the graph does not record when an article was fetched.

    >>> claim = wikidata_claims(_example())[0]
    >>> claim["property"], claim["value"]["label_en"], claim["qualifiers"]
    ('P39', 'foreign minister, Foreign Ministry of Freedonia', {})
    >>> claim["references"][0]["S854"], claim["references"][0]["S577"]["time"]
    ('https://news.example/a1', '+2025-10-17T00:00:00Z')
    """
    G = analyze.to_networkx(g) if G is None else G
    articles = {a["id"]: a for a in _articles(g)}
    out = []
    for u, v, d in _memberships(G):
        m = d["membership"]
        p, target = G.nodes[u], dict(G.nodes[v])
        if d["kind"] == "member_of":  # no post: the role in the organization or state
            role = (d.get("role") or "official").replace("_", " ")
            target["label_en"] = f"{role}, {target['label_en']}"
        qualifiers: dict[str, list[dict[str, Any]]] = {}
        if d.get("start"):
            qualifiers["P580"] = [_wd_time(d["start"])]
        if d.get("end"):
            qualifiers["P582"] = [_wd_time(d["end"])]
        seen = sorted({x for x in _sighted(d) if x})
        if seen:
            qualifiers["P585"] = [_wd_time(x) for x in seen]
        status = _status(g, m)
        notes = []
        if "P585" in qualifiers:
            notes.append("P585: days an article says the post was held, not its start or end")
        if status == "former":
            notes.append("the latest article calls the holder a former one; no end date given")
        by_article: dict[str, list[dict[str, Any]]] = {}
        for e in d["evidence"]:
            by_article.setdefault(e["article"] or "", []).append(e)
        references = []
        for article, items in sorted(by_article.items()):
            a = articles.get(article, {})
            ref: dict[str, Any] = {"article": article}
            if a.get("url"):
                ref["S854"] = a["url"]
            if a.get("published"):
                ref["S577"] = _wd_time(a["published"])
            quotes = [x for x in items if x.get("begin") is not None]
            if quotes:
                ref["S1683"] = [_one_line(x["text"]) for x in quotes]
                ref["offsets"] = [[x["begin"], x["end"]] for x in quotes]
            references.append(ref)
        out.append(
            {
                "id": m,
                "subject": {
                    "qid": None,
                    "iri": u,
                    "label_en": p["label_en"],
                    "label_ar": p["label_ar"],
                },
                "property": "P39",
                "value": {
                    "qid": None,
                    "iri": v,
                    "label_en": target["label_en"],
                    "label_ar": target["label_ar"],
                    "role": d.get("role") or "",
                },
                "qualifiers": qualifiers,
                "status": status,
                "note": "; ".join(notes),
                "references": references,
            }
        )
    return out


# --------------------------------------------------------------------------- writing


def jsonlines(records: Iterable[dict[str, Any]]) -> str:
    """One JSON object a line, UTF-8 text kept, keys sorted.

    >>> jsonlines([{"b": 1, "a": "فيدان"}])
    '{"a": "فيدان", "b": 1}\\n'
    """
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def render(g: Graph, fmt: str) -> str | bytes | dict[str, str]:
    """The export of ``g`` in ``fmt``: the text (or bytes) of one file, or for a folder
    format a dict of file name -> text.

    >>> sorted(render(_example(), "csv"))[:2]
    ['events.csv', 'evidence.csv']
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "jsonld":
        return jsonld(g)
    G = analyze.to_networkx(g)
    if fmt in ("graphml", "gexf"):
        buf = io.BytesIO()
        analyze.write_gephi(G, buf, fmt=fmt)
        return buf.getvalue()
    makers: dict[str, Callable[..., Any]] = {
        "csv": csv_files,
        "neo4j": neo4j_files,
        "ftm": lambda g, G: jsonlines(ftm_entities(g, G=G)),
        "wikidata": lambda g, G: jsonlines(wikidata_claims(g, G=G)),
    }
    return makers[fmt](g, G=G)


def export(g: Graph, fmt: str, out: str | os.PathLike[str]) -> Path:
    """Write the export of ``g`` in ``fmt`` to ``out`` (a file, or a folder for ``csv`` and
    ``neo4j``), atomically; returns the path written.

    A folder is written as one transaction (:class:`kg.atomic.OutputFolder`): its old
    export files are replaced together, files that the export did not write are kept.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     sorted(p.name for p in export(_example(), "csv", Path(d) / "t").iterdir())[:3]
    ['events.csv', 'evidence.csv', 'organizations.csv']
    """
    from kg.atomic import OutputFolder, write_atomic

    target = Path(out)
    _check_target(target, folder=fmt.lower() in FOLDER_FORMATS, fmt=fmt.lower())
    data = render(g, fmt)
    if not isinstance(data, dict):
        return write_atomic(target, data)
    names = set(data) | (_NEO4J_FILES if fmt.lower() == "neo4j" else _CSV_FILES)
    with OutputFolder(target, names=names) as tx:
        assert tx.path is not None
        for name, text in data.items():
            write_atomic(tx.path / name, text)
        tx.commit()
    return target


def _check_target(target: Path, *, folder: bool, fmt: str) -> None:
    """Refuse, before any work, an output of the wrong kind: a folder format into a file, a
    file format onto a folder, a folder that holds folders (replacing it would take them)."""
    from kg.cleantext import printable

    shown = printable(str(target))
    if folder and target.exists() and not target.is_dir():
        raise UsageError(f"{shown} is a file; --format {fmt} writes a folder, give a folder name")
    if not folder and target.is_dir():
        raise UsageError(f"{shown} is a folder; --format {fmt} writes one file, give a file name")
    if folder and target.is_dir():
        inner = sorted(p.name for p in target.iterdir() if p.is_dir())
        if inner:
            raise UsageError(
                f"{shown} holds folders ({', '.join(printable(n) for n in inner[:3])}); the "
                f"export replaces the whole folder, so give --out a new or empty folder"
            )


# every file a folder export may write: an old one that the new export lacks is replaced
_CSV_FILES = frozenset(f"{name}.csv" for name in _COLUMNS)
_NEO4J_FILES = frozenset(
    {f"{x}.csv" for x in _NEO4J_LABELS.values()}
    | {f"{x}.csv" for x in _NEO4J_TYPES.values()}
    | {"import.sh"}
)
