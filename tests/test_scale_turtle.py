"""The fast Turtle writer (``kg.rdf._turtle``) writes rdflib's bytes, without rdflib's
serializer, and hands over to it what it does not write."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.plugins.serializers.turtle import TurtleSerializer

from kg import rdf
from kg.bench.scale import write_corpus
from kg.cli import build_corpus
from kg.settings import BASE, ONTOLOGY
from kg.vocab import PREFIXES

GOLDEN = Path(__file__).parent / "fixtures" / "golden.ttl"


def _bound(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("rdfs", RDFS)
    return graph


def _rdflib(graph: Graph) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def test_scale_turtle_golden_graph_is_written_as_rdflib_writes_it():
    g = _bound(Graph(bind_namespaces="none").parse(GOLDEN, format="turtle"))
    assert rdf._turtle(g) == _rdflib(g) == GOLDEN.read_bytes()


@pytest.fixture(scope="module")
def synthetic_graph(tmp_path_factory):
    path = write_corpus(tmp_path_factory.mktemp("scale") / "corpus.jsonl", 40, seed=3)
    resolved, counts = build_corpus([str(path)])
    assert counts["persons"] > 10 and counts["events"] > 10
    return rdf.build_graph(resolved)


def test_scale_turtle_built_graph_is_written_as_rdflib_writes_it(synthetic_graph):
    assert rdf._turtle(synthetic_graph) == _rdflib(synthetic_graph)


def test_scale_turtle_serialize_does_not_use_rdflibs_serializer(synthetic_graph, monkeypatch):
    expected = _rdflib(synthetic_graph)

    def refuse(*args, **kwargs):
        raise AssertionError("rdflib's Turtle serializer was used")

    monkeypatch.setattr(TurtleSerializer, "serialize", refuse)
    assert rdf.serialize(synthetic_graph) == expected


def test_scale_turtle_blank_nodes_go_through_rdflib():
    g = _bound(Graph(bind_namespaces="none"))
    g.add((URIRef(BASE + "person/x"), URIRef(ONTOLOGY + "rank"), BNode("b1")))
    g.add((BNode("b1"), RDFS.label, Literal("a rank")))
    assert rdf._turtle(g) is None
    assert rdf.serialize(g) == _rdflib(g)


_IRIS = st.sampled_from(
    [
        BASE + "person/a-b",
        BASE + "mention/a1/96-128",
        BASE + "x",  # a prefixed name of kgr:
        BASE + "ends.",
        ONTOLOGY + "role-foreign_minister",
        ONTOLOGY + "cameo-043",
        ONTOLOGY + "a(b)",
        ONTOLOGY + "p%zz",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "https://schema.org/Country",
        "http://example.org/other/thing",
        "http://example.org/other/",
        "urn:x-local:1",
    ]
)
_PREDICATES = st.sampled_from(
    [
        str(RDF.type),
        str(RDFS.label),
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        ONTOLOGY + "evidence",
        BASE + "p",
        "http://example.org/vocab#p",  # no prefix bound: rdflib makes one
    ]
)
_LITERALS = st.one_of(
    st.text(max_size=12).map(Literal),
    st.tuples(st.text(max_size=8), st.sampled_from(["en", "ar", "en-GB"])).map(
        lambda t: Literal(t[0], lang=t[1])
    ),
    st.integers(-5, 5).map(lambda i: Literal(i, datatype=XSD.nonNegativeInteger)),
    st.integers().map(Literal),
    st.booleans().map(Literal),
    st.sampled_from(["2025-10-17", "2024-02-29"]).map(lambda v: Literal(v, datatype=XSD.date)),
    st.sampled_from(["1.50", "2"]).map(lambda v: Literal(v, datatype=XSD.decimal)),
    st.just(Literal("v", datatype=URIRef("http://example.org/dt#t"))),
)
_TRIPLES = st.lists(
    st.tuples(_IRIS, _PREDICATES, st.one_of(_IRIS.map(URIRef), _LITERALS)), max_size=25
)


@settings(max_examples=150, deadline=None)
@given(_TRIPLES)
def test_scale_turtle_generated_graphs_are_written_as_rdflib_writes_them(triples):
    g = _bound(Graph(bind_namespaces="none"))
    for s, p, o in triples:
        g.add((URIRef(s), URIRef(p), o))
    h = _bound(Graph(bind_namespaces="none"))
    for t in reversed(list(g)):
        h.add(t)
    fast = rdf._turtle(g)
    assert fast is not None
    assert fast == _rdflib(h)  # h: the same triples, inserted in another order
