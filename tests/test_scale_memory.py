"""A build's memory: the graph holds one object per distinct term in a compact store of
packed integers, its Turtle is streamed from the store's arrays, and the build lets go of
the model and the graph once it has read them; the outputs stay byte for byte those of a
plain rdflib graph written by rdflib's serializer."""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, URIRef

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


def test_scale_memory_lean_graph_takes_a_fifth_of_a_plain_one(resolved):
    _, lean, _ = _traced(lambda: rdf.build_graph(resolved, lean=True))
    _, plain, _ = _traced(lambda: _plain_graph(resolved))
    # rdflib's SimpleMemory with one object per term took 0.63 of the plain graph.
    assert lean < 0.2 * plain


def _patterns(graph: Graph):
    """A few triple patterns of every shape, from ``graph``'s own triples."""
    some = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))[::97]
    out = [(None, None, None)]
    for s, p, o in some:
        out += [(s, None, None), (s, p, None), (s, p, o), (s, None, o)]
        out += [(None, p, None), (None, p, o), (None, None, o)]
    out += [(URIRef("x:none"), None, None), (None, URIRef("x:none"), None)]
    return out


def test_scale_memory_compact_store_answers_every_pattern_as_rdflib(resolved):
    lean, plain = rdf.build_graph(resolved, lean=True), _plain_graph(resolved)
    assert isinstance(lean.store, rdf.CompactStore)
    for pattern in _patterns(plain):
        assert sorted(lean.triples(pattern)) == sorted(plain.triples(pattern)), pattern
    # A subject's triples come grouped by predicate, in the order they were added, as
    # rdflib's in-memory store gives them.
    simple = Graph(store="SimpleMemory")
    for triple in rdf.triples(resolved):
        simple.add(triple)
    for s in list(plain.subjects(unique=True))[::53]:
        assert list(lean.predicate_objects(s)) == list(simple.predicate_objects(s))


def test_scale_memory_compact_store_settles_again_after_an_add():
    g = Graph(store=rdf.CompactStore())
    a, b, c = URIRef("x:a"), URIRef("x:b"), URIRef("x:c")
    g.add((a, RDFS.label, b))
    assert len(g) == 1 and set(g.subjects(RDFS.label, None)) == {a}
    g.add((c, RDFS.label, b))
    g.add((a, RDFS.label, b))
    assert len(g) == 2 and set(g.subjects(RDFS.label, b)) == {a, c}


def test_scale_memory_build_releases_the_model_and_the_graph(corpus, tmp_path, monkeypatch):
    """kg build (``keep=False``) lets go of the resolved model once the graph is built,
    and of the graph once the analysis graph is read from it."""
    refs = {}
    build_graph, report_graph = rdf.build_graph, analyze.report_graph

    def watched_build(resolved, **kw):
        refs["model"] = weakref.ref(resolved)
        graph = build_graph(resolved, **kw)
        refs["graph"] = weakref.ref(graph)
        return graph

    def watched_report(G, **kw):
        gc.collect()
        refs["alive"] = (refs["model"]() is not None, refs["graph"]() is not None)
        return report_graph(G, **kw)

    monkeypatch.setattr(rdf, "build_graph", watched_build)
    monkeypatch.setattr(analyze, "report_graph", watched_report)
    kept, counts = run_build([str(corpus)], tmp_path / "out", keep=False)
    assert refs["alive"] == (False, False)
    assert kept.persons == () and kept.events == () and counts["persons"] > 0


def test_scale_memory_build_lets_go_of_the_graph_before_the_report(corpus, tmp_path, monkeypatch):
    """The graph's store is gone when the report starts, with no collection in between:
    rdflib's graph is in a reference cycle, so the build collects it where it lets go."""
    refs = {}
    build_graph, report_graph = rdf.build_graph, analyze.report_graph

    def watched_build(resolved, **kw):
        graph = build_graph(resolved, **kw)
        refs["store"] = weakref.ref(graph.store)
        return graph

    def watched_report(G, **kw):
        refs["alive"] = refs["store"]() is not None
        return report_graph(G, **kw)

    monkeypatch.setattr(rdf, "build_graph", watched_build)
    monkeypatch.setattr(analyze, "report_graph", watched_report)
    run_build([str(corpus)], tmp_path / "out", keep=False, html=False)
    assert refs["alive"] is False


def test_scale_memory_turtle_holds_no_copy_of_the_graph(resolved, tmp_path):
    graph, held, _ = _traced(lambda: rdf.build_graph(resolved, lean=True))
    out, _, extra = _traced(lambda: rdf.write_turtle(graph, tmp_path / "graph.ttl"))
    assert out.read_bytes() == rdf.serialize(graph)
    # A list of the graph's triples held while writing took as much again as the compact
    # graph itself (so would the document held as text and bytes); the writer's own
    # tables of IRI texts take a half to two thirds of it.
    assert extra < 0.8 * held


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


def test_scale_memory_packed_extractions_resolve_as_the_held_ones(corpus):
    """Extractions held packed (compressed, strings shared) resolve to the same model as
    the extractions held as objects, duplicates of an article included."""
    from kg.cli import _extractions
    from kg.ingest import iter_articles
    from kg.model import PackedExtractions
    from kg.resolve import resolve

    held = [x for x in _extractions(iter_articles([str(corpus)]), jobs=1)]
    held += held[:5]  # the same articles read twice
    packed = PackedExtractions()
    for x in held:
        packed.append(x)
    assert len(packed) == len(held) and packed[3] == held[3]
    assert resolve(packed) == resolve(held) == resolve(iter(held))
    # The short strings come out as one object each, whatever the article.
    a, b, *_ = (x for x in packed if x.article.lang == "ar")
    assert a.article.lang is b.article.lang


def test_scale_memory_report_json_is_written_in_chunks(resolved):
    G = analyze.to_networkx(rdf.build_graph(resolved, lean=True))
    report = analyze.report_graph(G)
    chunks = list(analyze.report_json_chunks(report))
    assert b"".join(chunks) == analyze.report_json(report).encode("utf-8")
    assert max(map(len, chunks)) < 2 * analyze._JSON_CHUNK * 4


def test_scale_memory_released_model_gives_the_same_graph_and_is_emptied(resolved):
    parts = rdf.Released(resolved)
    drained = rdf.build_graph(parts, lean=True)
    held = rdf.build_graph(resolved, lean=True)
    assert rdf.serialize(drained) == rdf.serialize(held)
    assert list(drained) == list(held)  # the same triples in the same order
    for name in ("articles", "persons", "tenures", "events"):
        items = getattr(parts, name)
        assert items and set(items) == {None}, name
