"""The page in a real headless Chromium, offline: it draws, searches, and runs no injected script.

Skipped when /usr/bin/chromium is not installed. Saves tests/artifacts/seed-view.png.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import FOAF, RDF, SKOS

from kg import render

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
FIXTURE = Path(__file__).parent / "fixtures" / "analysis.ttl"
KGR = Namespace("https://w3id.org/officials-kg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]


def _chromium(tmp_path: Path, *args: str) -> str:
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        # Network off: every host name fails to resolve and every proxy connection is refused.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=5000",
        *args,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    return done.stdout


def hostile_graph() -> Graph:
    """The fixture plus two people whose names are markup that would set window.__pwned."""
    g = Graph().parse(FIXTURE, format="turtle")
    for i, name in enumerate(
        ['<img src=x onerror="window.__pwned=1">', "</script><script>window.__pwned=1</script>"]
    ):
        p = KGR[f"hostile-{i}"]
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((KGR["event-fidan-shaibani-call"], SEM.hasActor, p))
    return g


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    render.render_html(hostile_graph(), path, title="Türkiye–Syria officials")
    return path


def test_browser_page_draws_searches_and_stays_safe(built, tmp_path):
    url = built.as_uri() + "#selftest=" + quote("Fidan|فيدان|إبراهيم|ابراهيم")
    dom = _chromium(tmp_path, "--dump-dom", url)
    m = re.search(r'<pre id="kg-state">(.*?)</pre>', dom, re.S)
    assert m, dom[-2000:]
    state = json.loads(html.unescape(m.group(1)))
    assert state["ready"] is True
    # 9 people (2 of them hostile), 8 organizations, 7 posts, 3 events, 2 states, 2 places, 1 outlet
    assert state["nodes"] == state["total_nodes"] == 32
    assert state["edges"] == state["total_edges"] > 30
    assert state["search"]["Fidan"] == ["Hakan Fidan"]
    assert state["search"]["فيدان"] == ["Hakan Fidan"]
    assert state["search"]["إبراهيم"] == state["search"]["ابراهيم"] == ["İbrahim Kalın"]
    assert state["pwned"] is False
    assert "<img src=" not in dom.split('id="kg-data"')[0]


def test_browser_screenshot(tmp_path):
    path = tmp_path / "graph.html"
    render.render_html(Graph().parse(FIXTURE), path, title="Türkiye–Syria officials")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "seed-view.png"
    shot.unlink(missing_ok=True)
    _chromium(tmp_path, "--window-size=1400,900", f"--screenshot={shot}", path.as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000


#: The first screen of a big graph may have at most this many pairs of labels overlapping.
MAX_OVERLAPS = 6


def _state(dom: str) -> dict:
    m = re.search(r'<pre id="kg-state">(.*?)</pre>', dom, re.S)
    assert m, dom[-2000:]
    return json.loads(html.unescape(m.group(1)))


@pytest.fixture(scope="module")
def big_page(tmp_path_factory) -> Path:
    """A synthetic graph of 1,100 nodes (more than the node budget) rendered to a page."""
    from kg.bench.view import synthetic_graph

    path = tmp_path_factory.mktemp("big") / "graph.html"
    render.render_html(synthetic_graph(nodes=1100, states=12, seed=3), path, title="Big")
    return path


def test_browser_big_graph_first_screen_is_legible(big_page, tmp_path):
    url = big_page.as_uri() + "#hovertest=1"
    state = _state(_chromium(tmp_path, "--window-size=1400,900", "--dump-dom", url))
    assert state["ready"] is True and state["mode"] == "first"
    assert state["total_nodes"] == render.NODE_BUDGET
    # the most central people, their states, their shared events: not the hairball
    assert 0 < state["nodes"] <= render.FIRST_PEOPLE * 3 + 12
    assert 0 < state["labels"] <= render.FIRST_PEOPLE + 12
    assert state["overlaps"] <= MAX_OVERLAPS, state


def test_browser_hover_card_goes_when_the_pointer_leaves(big_page, tmp_path):
    url = big_page.as_uri() + "#hovertest=1"
    state = _state(_chromium(tmp_path, "--window-size=1400,900", "--dump-dom", url))
    test = state["hovertest"]
    assert test["node"] and test["on_node"] is True  # the card comes on the node
    assert test["after_moving_away"] is False  # and goes when the pointer moves off it
    assert test["on_node_again"] is True
    assert test["after_leaving"] is False  # and when it leaves the canvas
    assert state["hover"] is False


def test_browser_person_hash_opens_their_neighbourhood_and_reset_clears(built, tmp_path):
    url = built.as_uri() + "#person=" + quote("Fidan") + "&lang=ar&resettest=1"
    state = _state(_chromium(tmp_path, "--dump-dom", url))
    assert state["ready"] is True and state["lang"] == "ar"
    assert state["reset"]["mode"] == "first" and state["reset"]["search"] == ""
    assert state["reset"]["details"] == "Click a node or search a name."


def test_browser_person_hash_shows_around_that_person(big_page, tmp_path):
    data = json.loads(
        re.search(
            r'<script id="kg-data" type="application/json">(.*?)</script>',
            big_page.read_text(encoding="utf-8"),
            re.S,
        ).group(1)
    )
    person = max(
        (n for n in data["nodes"] if n["kg"]["kind"] == "person" and not n["kg"]["first"]),
        key=lambda n: -n["kg"]["rank"],
    )
    url = big_page.as_uri() + "#person=" + quote(person["id"])
    state = _state(_chromium(tmp_path, "--dump-dom", url))
    assert state["mode"] == "around"
    assert 1 < state["nodes"] < state["total_nodes"] / 4
    assert person["kg"]["label_en"] in state["details"]


def test_browser_everything_grouped_by_state(big_page, tmp_path):
    url = big_page.as_uri() + "#view=all&group=state"
    state = _state(_chromium(tmp_path, "--window-size=1400,900", "--dump-dom", url))
    assert state["mode"] == "all" and state["nodes"] == state["total_nodes"]
    assert state["clusters"] >= 6  # the synthetic graph's 12 states, those with 3+ nodes
    assert state["drawn"] < state["nodes"] / 3  # one node per state, and what crosses states
