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
