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
    # A list of the graph's triples held while writing would take a tenth more than the
    # compact graph itself (72 bytes a triple, against about 66 with its terms), and so
    # would the document held as text and bytes; the writer's own tables of IRI texts take
    # nine tenths of it.
    assert extra < held


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


def test_scale_memory_compact_store_packs_subjects_in_the_order_they_came():
    """Triples come in any order and twice; a read gives each subject's triples together,
    subjects in the order they first came, predicates in the order they first came in
    each, and adding after a read keeps all of that."""
    store = rdf.CompactStore()
    g = Graph(store=store)
    a, b, c, p, q = (URIRef(f"x:{n}") for n in "abcpq")
    for t in [(b, q, a), (a, p, b), (b, p, c), (a, q, c), (a, p, c), (b, q, a), (a, p, b)]:
        g.add(t)
    assert list(g) == [(b, q, a), (b, p, c), (a, p, b), (a, p, c), (a, q, c)]
    assert list(g.predicate_objects(a)) == [(p, b), (p, c), (q, c)]
    assert sorted(g.subjects(p, c)) == [a, b] and list(g.objects(c, None)) == []
    # One array for every subject's pairs, none per subject.
    assert len(store._pairs) == len(g) == 5
    g.add((c, p, a))
    g.add((a, q, b))
    g.add((a, p, b))
    assert list(g.predicate_objects(a)) == [(p, b), (p, c), (q, c), (q, b)]
    assert list(g)[-1] == (c, p, a) and len(g) == 7
    # The subject comes back as the store's own term, the first equal one it was given.
    first, r = URIRef("x:d"), URIRef("x:r")
    g.add((a, r, first))
    g.add((URIRef("x:d"), r, a))
    assert list(g.subjects(r, a)) == [first] and next(iter(g.subjects(r, a))) is first


def test_scale_memory_centrality_shares_a_record_between_nodes_of_the_same_figures(resolved):
    G = analyze.to_networkx(rdf.build_graph(resolved, lean=True))
    measures = analyze.centrality(G)
    records = {id(m) for m in measures.values()}
    assert len(records) < len(measures) / 4
    for figures in measures.values():
        assert set(figures) == {"degree", "betweenness", "eigenvector"}
    same = [m for m in measures.values() if m == next(iter(measures.values()))]
    assert len(same) > 1 and all(m is same[0] for m in same)
    # The report's figures of the people are the same ones.
    rows = analyze.report_graph(G, measures=measures)["people"]
    assert rows and all(r["degree"] == measures[r["id"]]["degree"] for r in rows)


def test_scale_memory_evidence_is_a_record_of_seven_fields_read_as_a_mapping(resolved):
    G = analyze.to_networkx(rdf.build_graph(resolved, lean=True))
    plain = analyze.to_networkx(_plain_graph(resolved))
    events = [d for _, d in G.nodes(data=True) if d["kind"] == "event"]
    records = [e for d in events for e in d["evidence"]]
    assert records and all(type(e) is analyze.Evidence for e in records)
    e = records[0]
    assert set(e) == {"text", "article", "begin", "end", "published", "url", "lang"}
    assert e["begin"] < e["end"] and e.get("none", 1) == 1 and not hasattr(e, "__dict__")
    with pytest.raises(KeyError):
        e["none"]
    # The same evidence, in the same order, as a plain graph gives it; equal to dicts.
    assert [dict(x) for x in records] == [
        dict(x) for _, d in plain.nodes(data=True) if d["kind"] == "event" for x in d["evidence"]
    ]
    assert records[0] == dict(records[0])
    # Written for Gephi as JSON objects, as dicts were.
    S = analyze.scalar_graph(G)
    node = next(n for n, d in G.nodes(data=True) if d["kind"] == "event")
    assert S.nodes[node]["evidence"].startswith('[{"article": ')


def test_scale_memory_view_is_written_as_it_is_made(resolved, tmp_path):
    G = analyze.to_networkx(rdf.build_graph(resolved, lean=True))
    report = analyze.report_graph(G)
    net = render.build_network(G, budget=40)
    chunks = list(render.page_chunks(net, title="T", report=report))
    text = "".join(chunks)
    assert text == render.page(net, title="T", report=report)
    # The data comes a node or an edge at a time: the largest pieces are the script
    # library's, the same in a page of two nodes.
    small = list(render.page_chunks(render.build_network(G, budget=2), title="T", report=report))
    assert len(chunks) > len(net.nodes) and len(text) > len("".join(small)) + 10_000
    assert sorted(map(len, chunks))[-3:] == sorted(map(len, small))[-3:]
    out = render.render_html(
        None, tmp_path / "graph.html", report=report, G=G, budget=40, articles={}
    )
    page = out.read_text(encoding="utf-8")
    assert page.count("<!--KG:") == 0 and '"hidden":[{' in page


def test_scale_memory_build_lets_go_of_the_report_but_what_the_view_reads(
    corpus, tmp_path, monkeypatch
):
    """The timelines and communities (most of the report) go once report.json and
    report.md are written; the view gets the people, the counterparts and the brokers,
    and draws the same page as from the whole report."""
    seen = {}
    render_html = render.render_html

    def watched(g, path, *, report, G, articles, **kw):
        seen["keys"] = set(report)
        seen["page"] = render_html(
            None,
            tmp_path / "whole.html",
            report=analyze.report_graph(G),
            G=G,
            articles=articles,
            **kw,
        ).read_bytes()
        return render_html(g, path, report=report, G=G, articles=articles, **kw)

    monkeypatch.setattr(render, "render_html", watched)
    run_build([str(corpus)], tmp_path / "out", keep=False)
    assert seen["keys"] == {"people", "counterparts", "brokers"}
    assert (tmp_path / "out" / "graph.html").read_bytes() == seen["page"]
    assert '"timelines"' in (tmp_path / "out" / "report.json").read_text(encoding="utf-8")
