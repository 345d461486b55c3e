"""The analysis of a big graph stays linear: state timelines in one pass, brokers from a
bounded number of source people."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

from kg import analyze, rdf
from kg.bench.scale import write_corpus
from kg.cli import build_corpus


@pytest.fixture(scope="module")
def G(tmp_path_factory):
    path = write_corpus(tmp_path_factory.mktemp("scale") / "corpus.jsonl", 60, seed=5)
    resolved, _ = build_corpus([str(path)])
    return analyze.to_networkx(rdf.build_graph(resolved))


def test_scale_analysis_state_timelines_equal_the_pairwise_timelines(G):
    pairs = sorted(
        {
            pair
            for _, d in G.nodes(data=True)
            if d["kind"] == "event"
            for pair in combinations(sorted(d.get("states", ())), 2)
        }
    )
    assert len(pairs) > 20
    expected = {f"{a}-{b}": analyze.state_timeline(G, a, b) for a, b in pairs}
    assert analyze.state_timelines(G) == expected


def test_scale_analysis_report_reads_state_timelines_once(G, monkeypatch):
    calls = []
    monkeypatch.setattr(analyze, "state_timeline", lambda *a: calls.append(a) or [])
    data = analyze.report_graph(G)
    assert calls == []  # not asked pair by pair
    assert data["timelines"]["state_pairs"] == analyze.state_timelines(G)


def _many_people(states: int, per_state: int, events: int) -> nx.MultiDiGraph:
    """People of a few big states, tied by events between random pairs of them."""
    rng = random.Random(0)
    G = nx.MultiDiGraph()
    people = []
    for s in range(states):
        code = chr(65 + s) * 2
        for i in range(per_state):
            p = f"p-{code}-{i}"
            G.add_node(p, kind="person", label_en=p, label_ar="", countries=[code], roles=[])
            people.append(p)
    for e in range(events):
        ev = f"e{e}"
        G.add_node(ev, kind="event", label_en=ev, label_ar="")
        for p in rng.sample(people, 2):
            G.add_edge(p, ev, key="took_part_in", kind="took_part_in")
    return G


def test_scale_analysis_brokers_run_from_a_bounded_number_of_sources(monkeypatch):
    G = _many_people(states=7, per_state=70, events=900)
    P = analyze.person_graph(G)
    measures = {p: {"betweenness": 0.0} for p in P}
    sources: list[int] = []
    real = nx.betweenness_centrality_subset

    def counting(P, src, targets, **kw):
        sources.append(len(src))
        return real(P, src, targets, **kw)

    monkeypatch.setattr(nx, "betweenness_centrality_subset", counting)
    monkeypatch.setattr(analyze, "BROKER_SOURCES", 35)
    found = analyze.brokers(G, P=P, measures=measures)
    assert len(sources) == 7  # one run per state past six states
    assert sum(sources) <= 35 + 7  # each state's share, at least one: not 7 x 70
    assert found and all(r["score"] > 0 for r in found)


def test_scale_analysis_brokers_of_a_small_graph_use_every_person(monkeypatch):
    G = _many_people(states=7, per_state=5, events=60)
    P = analyze.person_graph(G)
    sources: list[int] = []
    real = nx.betweenness_centrality_subset

    def counting(P, src, targets, **kw):
        sources.append(len(src))
        return real(P, src, targets, **kw)

    monkeypatch.setattr(nx, "betweenness_centrality_subset", counting)
    analyze.brokers(G, P=P, measures={p: {"betweenness": 0.0} for p in P})
    assert sum(sources) == 35  # below BROKER_SOURCES nothing is sampled


def test_scale_analysis_evidence_shares_each_articles_strings(G):
    by_article: dict[str, list[dict]] = {}
    for _, _, d in G.edges(data=True):
        for e in d.get("evidence", ()):
            by_article.setdefault(e["article"], []).append(e)
    for _, d in G.nodes(data=True):
        for e in d.get("evidence", ()):
            by_article.setdefault(e["article"], []).append(e)
    shared = [rows for rows in by_article.values() if len(rows) > 1]
    assert len(shared) > 20
    for rows in shared:
        for key in ("article", "published", "lang"):
            assert len({id(e[key]) for e in rows}) == 1, key


def test_scale_analysis_graph_is_not_held_twice_while_it_is_made(tmp_path):
    """to_networkx lets go of each node's and edge's attributes as it copies them into
    the graph: its peak stays near what the graph it returns holds."""
    import gc
    import tracemalloc

    path = write_corpus(tmp_path / "corpus.jsonl", 150, seed=8)
    resolved, _ = build_corpus([str(path)])
    g = rdf.build_graph(resolved, lean=True)
    gc.collect()
    tracemalloc.start()
    try:
        made = analyze.to_networkx(g)
        gc.collect()
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert made.number_of_nodes() > 500
    # Holding every node's and edge's attributes twice peaked at 1.4 times the graph as it
    # was then; the graph now shares its equal strings (a quarter smaller), the attributes
    # as first made do not: 1.4 times this smaller graph is less than that graph was.
    assert peak < 1.45 * held
    # Both ends of every edge are the node's own id, and equal dates one object.
    nodes = {n: n for n in made}
    assert all(u is nodes[u] and v is nodes[v] for u, v in made.edges())
    dates = {}
    for _, d in made.nodes(data=True):
        if d.get("date"):
            assert dates.setdefault(d["date"], d["date"]) is d["date"]


def test_scale_analysis_communities_of_a_big_projection_by_label_propagation(G, monkeypatch):
    # past the bound, label propagation stands in for Louvain: every node in one community,
    # the same answer every run
    calls = []
    louvain = nx.community.louvain_communities
    monkeypatch.setattr(
        nx.community, "louvain_communities", lambda *a, **k: calls.append(1) or louvain(*a, **k)
    )
    H = analyze.projection(G)
    small = analyze.communities(G, H=H)
    assert calls == [1]
    monkeypatch.setattr(analyze, "COMMUNITIES_LOUVAIN_MAX_EDGES", H.number_of_edges() - 1)
    big = analyze.communities(G, H=H)
    assert calls == [1]
    assert sorted(n for c in big for n in c) == sorted(H.nodes)
    assert big == analyze.communities(G, H=H)
    assert [len(c) for c in big] == sorted((len(c) for c in big), reverse=True)
    assert sorted(n for c in small for n in c) == sorted(H.nodes)


def test_scale_analysis_build_collects_young_less_often_and_puts_the_thresholds_back(
    tmp_path, monkeypatch
):
    """The build runs with a first threshold of BUILD_GC_THRESHOLD (its measures' temporaries
    die young instead of bringing full collections over the whole graph), and the
    caller's thresholds are back after it, also when it fails."""
    import gc

    from kg import cli

    seen = []
    report_graph = analyze.report_graph

    def watched_report(G, **kw):
        seen.append(gc.get_threshold())
        return report_graph(G, **kw)

    monkeypatch.setattr(analyze, "report_graph", watched_report)
    corpus = write_corpus(tmp_path / "corpus.jsonl", 5, seed=2)
    before = gc.get_threshold()
    try:
        gc.set_threshold(500, 11, 12)
        cli.run_build([str(corpus)], tmp_path / "out", html=False)
        assert seen == [(cli.BUILD_GC_THRESHOLD, 11, 12)]
        assert gc.get_threshold() == (500, 11, 12)
        monkeypatch.setattr(analyze, "report_graph", lambda G, **kw: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            cli.run_build([str(corpus)], tmp_path / "out2", html=False)
        assert gc.get_threshold() == (500, 11, 12)
    finally:
        gc.set_threshold(*before)
