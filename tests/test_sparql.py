"""Tests of kg.sparql: the shipped queries run unchanged in pyoxigraph (bound and unbound),
bound values are checked against their declared types, undated events sort last, and the
queries stay fast on a graph the size of a few hundred articles."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg import sparql
from kg.errors import UsageError
from kg.settings import ONTOLOGY_DIR

QUERIES = sorted((ONTOLOGY_DIR / "queries").glob("*.rq"))
FIXTURES = Path(__file__).parent / "fixtures"

PREFIXES = """\
@prefix kgo: <https://w3id.org/officials-kg/ontology#> .
@prefix kgr: <https://w3id.org/officials-kg/id/> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

# Two invented foreign ministers of two states, three shared events, one of them undated,
# and two planned visits, one without any date.
SMALL = (
    PREFIXES
    + """
kgr:jo a schema:Country ; skos:notation "JO" .
kgr:eg a schema:Country ; skos:notation "EG" .
kgr:rana a foaf:Person ; skos:prefLabel "Rana Example"@en , "رنا مثال"@ar .
kgr:omar a foaf:Person ; skos:prefLabel "Omar Sample"@en .
kgr:m-rana a org:Membership ; org:member kgr:rana ; org:role kgo:role-foreign_minister ;
    kgo:country kgr:jo ; kgo:status kgo:status-current ; kgo:observedOn "2025-01-01"^^xsd:date .
kgr:m-omar a org:Membership ; org:member kgr:omar ; org:role kgo:role-foreign_minister ;
    kgo:country kgr:eg ; kgo:status kgo:status-current ; kgo:observedOn "2025-01-01"^^xsd:date .
kgr:e-undated sem:eventType kgo:event-meeting ; sem:hasActor kgr:rana , kgr:omar .
kgr:e-late sem:eventType kgo:event-meeting ; sem:hasActor kgr:rana , kgr:omar ;
    sem:hasTimeStamp "2025-03-04"^^xsd:date .
kgr:e-early sem:eventType kgo:event-phone_call ; sem:hasActor kgr:rana , kgr:omar ;
    sem:hasTimeStamp "2025-01-02"^^xsd:date .
kgr:e-early prov:wasDerivedFrom kgr:article-1 ; kgo:reportedBy kgr:outlet .
kgr:outlet skos:prefLabel "Example Wire"@en , "وكالة المثال"@ar .
kgr:article-1 a schema:NewsArticle ; schema:url <https://news.example/one> ;
    schema:datePublished "2025-01-02"^^xsd:date .
kgr:p-undated a kgo:PlannedEvent ; kgo:plannedEventType kgo:event-visit ; sem:hasActor kgr:omar .
kgr:p-dated a kgo:PlannedEvent ; kgo:plannedEventType kgo:event-visit ; sem:hasActor kgr:rana ;
    sem:hasEarliestBeginTimeStamp "2025-05-01"^^xsd:date .
"""
)

KGR = "https://w3id.org/officials-kg/id/"

# A valid value of each parameter type, to run every query with each parameter bound.
EXAMPLES = {
    "xsd:date": "2025-01-02",
    "country-code": "JO",
    "role-key": "minister",
    "event-key": "meeting",
    "name": "Rana Example",
    "source": "officials-kg",
}


def _store(turtle: str) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(ONTOLOGY_DIR / "officials.ttl"), format=ox.RdfFormat.TURTLE)
    store.bulk_load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def small() -> ox.Store:
    return _store(SMALL)


def _column(store, text: str, column: str) -> list[str | None]:
    answer = sparql.run(store, text)
    i = answer.header.index(column)
    return [r[i] for r in answer.strings()]


# ------------------------------------------------------------------------------ declarations


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sparql_shipped_query_runs_unchanged_in_pyoxigraph(small, path):
    text = path.read_text(encoding="utf-8")
    query = sparql.Query.parse(text, path.stem)
    assert sparql.bind(query, {}) == text
    list(small.query(text))  # pyoxigraph itself, no kg code in between
    for p in query.parameters:
        bound = sparql.bind(query, {p.name: EXAMPLES[p.type]})
        assert bound != text and "UNDEF" in text
        list(small.query(bound))
    if query.parameters:
        every = sparql.bind(query, {p.name: EXAMPLES[p.type] for p in query.parameters})
        assert "UNDEF" not in every.split("WHERE", 1)[1]
        list(small.query(every))


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_sparql_shipped_query_header_matches_its_values_block(path):
    text = path.read_text(encoding="utf-8")
    declared = [p.name for p in sparql.declared_parameters(text)]
    blocks = sparql._VALUES_BLOCK.findall(text)
    if declared:
        assert [[v.lstrip("?") for v in b[0].split()] for b in blocks] == [declared]
        assert "Example: kg query out " in text
    else:
        assert blocks == []


def test_sparql_a_declared_parameter_without_values_block_is_an_error():
    with pytest.raises(UsageError, match=r"has no VALUES \(\?d\) \{ \(UNDEF\) \} block"):
        sparql.Query.parse("#   ?d  [xsd:date]  a day\nSELECT * WHERE { ?s ?p ?d }", "q")
    with pytest.raises(UsageError, match=r"parameter type \[day\] is not one of"):
        sparql.Query.parse("#   ?d  [day]  a day\nSELECT * WHERE { VALUES (?d) { (UNDEF) } }")


# ------------------------------------------------------------------------------ the values


@pytest.mark.parametrize(
    ("type_name", "value", "term"),
    [
        ("xsd:date", "2024-02-29", '"2024-02-29"^^<http://www.w3.org/2001/XMLSchema#date>'),
        ("country-code", "eg", '"EG"'),
        ("role-key", "Foreign minister", '"foreign_minister"'),
        ("event-key", "phone-call", '"phone_call"'),
        ("name", ' Rana "the" Example ', '"Rana \\"the\\" Example"'),
        ("source", "<https://news.example/a1>", "<https://news.example/a1>"),
        ("source", "https://news.example/a1", '"https://news.example/a1"'),
    ],
)
def test_sparql_values_become_typed_terms(type_name, value, term):
    assert sparql.check_value("x", type_name, value) == term


@pytest.mark.parametrize(
    ("type_name", "value", "message"),
    [
        ("xsd:date", "17-10-2025", "--bind x=17-10-2025: expected a day written YYYY-MM-DD"),
        ("xsd:date", "2025-13-45", "2025-13-45 is not a day of the calendar"),
        ("xsd:date", "2023-02-29", "2023-02-29 is not a day of the calendar"),
        ("country-code", "Jordan", "expected the ISO 3166-1 alpha-2 code of a state"),
        ("country-code", "الأردن", "(Jordan is JO)"),
        ("country-code", "QQ", "two letters, e.g. JO or EG"),
        ("role-key", "king", "the role keys are adviser, ambassador"),
        ("event-key", "summit", "the event keys are "),
        ("name", "", "expected a person's name"),
        ("name", "a\x00b", "expected a person's name"),
        ("source", "<a b>", "an IRI in <...>"),
    ],
)
def test_sparql_bad_values_name_the_expected_form(type_name, value, message):
    with pytest.raises(UsageError) as err:
        sparql.check_value("x", type_name, value)
    assert message in str(err.value)


def test_sparql_bound_value_cannot_escape_its_literal(small):
    query = sparql.load_query("counterparts")
    text = sparql.bind(query, {"name": 'x") } } SELECT * WHERE { ?s ?p ?o } #'})
    assert sparql.run(small, text).rows == []


# ------------------------------------------------------------------------------ the answers


def test_sparql_undated_events_sort_last(small):
    events = sparql.bind(sparql.load_query("events"), {})
    assert _column(small, events, "event") == [KGR + "e-early", KGR + "e-late", KGR + "e-undated"]
    planned = sparql.bind(sparql.load_query("planned_events"), {})
    assert _column(small, planned, "event") == [KGR + "p-dated", KGR + "p-undated"]
    meetings = sparql.bind(sparql.load_query("meetings"), {"a": "JO"})
    assert _column(small, meetings, "event") == [KGR + "e-early", KGR + "e-late", KGR + "e-undated"]


def test_sparql_counterparts_dates_skip_undated_events(small):
    text = sparql.bind(sparql.load_query("counterparts"), {"name": "رنا مثال"})
    answer = sparql.run(small, text)
    row = dict(zip(answer.header, answer.strings()[0], strict=True))
    assert (row["counterpartName"], row["events"], row["first"], row["last"]) == (
        "Omar Sample",
        "3",
        "2025-01-02",
        "2025-03-04",
    )


@pytest.mark.parametrize(
    ("source", "through"),
    [
        (None, {"https://news.example/one", KGR + "article-1", "Example Wire", "وكالة المثال"}),
        ("https://NEWS.example/one", {"https://news.example/one"}),
        (f"<{KGR}article-1>", {KGR + "article-1"}),
        ("example wire", {"Example Wire"}),
        ("وكالة المثال", {"وكالة المثال"}),
    ],
)
def test_sparql_from_source_finds_a_fact_by_each_way_it_came(small, source, through):
    binds = {} if source is None else {"source": source}
    answer = sparql.run(small, sparql.bind(sparql.load_query("from_source"), binds))
    (row,) = [dict(zip(answer.header, r, strict=True)) for r in answer.strings()]
    assert row["fact"] == KGR + "e-early"
    assert set(row["through"].split(" | ")) == through


def test_sparql_undated_events_do_not_crash_rdflib():
    g = rdflib.Graph().parse(ONTOLOGY_DIR / "officials.ttl").parse(data=SMALL, format="turtle")
    for name in ("events", "planned_events", "meetings"):
        rows = list(g.query(sparql.load_query(name).text))
        assert rows and str(rows[-1].event).endswith("undated")


# ------------------------------------------------------------------------------ the speed


def _synthetic(n_states: int = 40, n_people: int = 400, n_events: int = 600) -> str:
    """A graph the size of a few hundred articles: people with posts, busy events."""
    lines = [PREFIXES]
    codes = [c.code for c in __import__("kg.lexicon").lexicon.countries()[:n_states]]
    for c in codes:
        lines.append(f'kgr:{c} a schema:Country ; skos:notation "{c}" .')
    roles = ["foreign_minister", "defence_minister", "head_of_state", "ambassador", "minister"]
    for i in range(n_people):
        c = codes[i % n_states]
        role = roles[(i // n_states) % len(roles)]
        lines.append(f'kgr:p{i} a foaf:Person ; skos:prefLabel "Person {i}"@en .')
        lines.append(
            f"kgr:m{i} a org:Membership ; org:member kgr:p{i} ; org:role kgo:role-{role} ; "
            f'kgo:country kgr:{c} ; kgo:status kgo:status-current ; kgo:observedOn "2025-01-01"^^xsd:date .'
        )
    for e in range(n_events):
        actors = ", ".join(f"kgr:p{(e * 7 + k * 13) % n_people}" for k in range(8))
        day = f' ; sem:hasTimeStamp "2025-{1 + e % 12:02d}-{1 + e % 28:02d}"^^xsd:date' * (
            e % 3 > 0
        )
        lines.append(f"kgr:e{e} sem:eventType kgo:event-meeting ; sem:hasActor {actors}{day} .")
    return "\n".join(lines)


def test_sparql_every_shipped_query_answers_fast_on_a_big_graph():
    store = _store(_synthetic())
    slow = {}
    for path in QUERIES:
        started = time.monotonic()
        list(store.query(path.read_text(encoding="utf-8")))
        secs = time.monotonic() - started
        if secs > 2.0:
            slow[path.stem] = round(secs, 2)
    assert not slow, f"slower than 2 s: {slow}"
