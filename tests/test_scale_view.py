"""The view of a big graph draws its most central part, says what it left out, and its
search still finds every person."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from kg import analyze, render
from kg.bench.view import synthetic_graph

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def graph():
    return synthetic_graph(nodes=240, states=4, seed=1)


@pytest.fixture(scope="module")
def G(graph):
    return analyze.to_networkx(graph)


def _data(text: str) -> dict:
    m = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def test_scale_view_draws_at_most_the_budget_and_the_most_central(G):
    measures = analyze.centrality(G)
    net = render.build_network(G, measures=measures, budget=50)
    drawn = {n["id"] for n in net.nodes}
    assert len(drawn) == 50 < G.number_of_nodes()
    top = {k: max(m[k] for m in measures.values()) for k in ("betweenness", "degree")}
    best = max(G, key=lambda n: (render._centrality_score(measures[n], top), n))
    assert best in drawn
    assert all(e["from"] in drawn and e["to"] in drawn for e in net.edges)


def test_scale_view_a_graph_within_the_budget_is_drawn_whole(G):
    net = render.build_network(G, budget=G.number_of_nodes())
    assert len(net.nodes) == G.number_of_nodes()
    assert net.kg_left_out == [] and net.kg_budget["note"] == ""


def test_scale_view_page_says_what_it_left_out_and_search_finds_it(graph, G, tmp_path):
    path = render.render_html(graph, tmp_path / "graph.html", budget=50)
    text = path.read_text(encoding="utf-8")
    data = _data(text)
    budget = data["budget"]
    assert budget["drawn"] == 50 and budget["total"] == G.number_of_nodes()
    assert sum(budget["left_out"].values()) == G.number_of_nodes() - 50
    assert "most central of" in budget["note"] and "left out" in budget["note"]
    drawn = {n["id"] for n in data["nodes"]}
    hidden = {n["id"] for n in data["hidden"]}
    people = {n for n, k in G.nodes(data="kind") if k == "person"}
    assert people - drawn, "the budget should leave some people out"
    assert people <= drawn | hidden  # every person can be found
    assert not hidden & drawn
    sample = next(n for n in data["hidden"] if n["kg"]["kind"] == "person")
    assert sample["kg"]["search"] and sample["kg"]["card"]["title_en"]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_scale_view_browser_search_finds_a_person_left_out(graph, tmp_path):
    path = render.render_html(graph, tmp_path / "graph.html", budget=50)
    data = _data(path.read_text(encoding="utf-8"))
    name = next(n["kg"]["label_en"] for n in data["hidden"] if n["kg"]["kind"] == "person")
    url = path.as_uri() + "#selftest=" + quote(name) + "&q=" + quote(name)
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=5000",
        "--dump-dom",
        url,
    ]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False).stdout
    m = re.search(r'<pre id="kg-state">(.*?)</pre>', dom, re.S)
    assert m, dom[-2000:]
    state = json.loads(html.unescape(m.group(1)))
    assert state["ready"] is True and state["total_nodes"] == 50
    assert name in state["search"][name]
    assert "Not drawn" in state["details"] and name in state["details"]
    assert "most central of" in dom.split('id="kg-budget"')[1].split("</p>")[0]
