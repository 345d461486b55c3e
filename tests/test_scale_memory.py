"""A build's memory: the graph holds one object per distinct term in a store without
named-graph records, and its Turtle is streamed from the graph's index; the outputs stay
byte for byte those of a plain rdflib graph written by rdflib's serializer."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest
from rdflib import RDFS, Graph

from kg import analyze, rdf, render
from kg.bench.scale import write_corpus
from kg.cli import _report_md, build_corpus, run_build
from kg.settings import DATA_DIR
from kg.vocab import PREFIXES


def _plain_graph(resolved) -> Graph:
    """The graph as it was built before: rdflib's default store, a new term at each use."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("rdfs", RDFS)
    for triple in rdf.triples(resolved):
        graph.add(triple)
    return graph


def _traced(make):
    """What ``make()`` returns, the bytes it still holds, and its peak over that."""
    gc.collect()
    tracemalloc.start()
    try:
        value = make()
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return value, current, peak - current


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("memory") / "corpus.jsonl", 200, seed=11)


@pytest.fixture(scope="module")
def resolved(corpus):
    resolved, counts = build_corpus([str(corpus)])
    assert counts["extracted"] == 200 and counts["events"] > 100
    return resolved


def test_scale_memory_lean_graph_has_the_triples_and_turtle_of_a_plain_one(resolved):
    lean, plain = rdf.build_graph(resolved, lean=True), _plain_graph(resolved)
    assert len(lean) == len(plain) > 10_000
    assert set(lean) == set(plain)
    assert rdf.serialize(lean) == plain.serialize(format="turtle", encoding="utf-8")


def test_scale_memory_each_distinct_term_is_one_object(resolved):
    g = rdf.build_graph(resolved)
    objects = {id(t) for triple in g for t in triple}
    terms = {t for triple in g for t in triple}
    assert len(objects) == len(terms)


def test_scale_memory_lean_graph_takes_a_third_less_than_a_plain_one(resolved):
    _, lean, _ = _traced(lambda: rdf.build_graph(resolved, lean=True))
    _, plain, _ = _traced(lambda: _plain_graph(resolved))
    assert lean < 0.7 * plain


def test_scale_memory_turtle_holds_no_copy_of_the_graph(resolved, tmp_path):
    graph, held, _ = _traced(lambda: rdf.build_graph(resolved, lean=True))
    out, _, extra = _traced(lambda: rdf.write_turtle(graph, tmp_path / "graph.ttl"))
    assert out.read_bytes() == rdf.serialize(graph)
    # A copy of the graph's index (or the whole document held as text and bytes) took
    # more than half the graph's own size.
    assert extra < 0.25 * held


@pytest.mark.parametrize("source", ["synthetic", "articles"])
def test_scale_memory_build_outputs_are_those_of_the_plain_path(source, corpus, tmp_path):
    inputs = [str(corpus)] if source == "synthetic" else [str(DATA_DIR / "articles")]
    resolved, counts = run_build(inputs, tmp_path / "out")
    plain = _plain_graph(resolved)
    G = analyze.to_networkx(plain)
    report = analyze.report_graph(G)
    expected = {
        "graph.ttl": plain.serialize(format="turtle", encoding="utf-8"),
        "report.json": analyze.report_json(report).encode("utf-8"),
        "report.md": _report_md(resolved, counts, analyze.report_markdown(report)).encode(),
    }
    render.render_html(plain, tmp_path / "plain.html", report=report, G=G)
    expected["graph.html"] = (tmp_path / "plain.html").read_bytes()
    for name, data in expected.items():
        assert (tmp_path / "out" / name).read_bytes() == data, name
