"""How the HTML view copes with a big graph: render time, page size, time to still.

``python -m kg.bench.view [--nodes 5000] [--out DIR] [--no-browser]`` builds a synthetic
graph in the shape of the output contract (states, organizations, posts, people and
events, labelled in English and Arabic), renders it with :func:`kg.render.render_html`,
opens the page in headless Chromium and prints:

- the seconds spent in Python, by phase (RDF -> networkx, measures, report, page);
- the size of the HTML file;
- what the first screen shows (nodes, labels, pairs of labels overlapping), and the
  same for the whole view (``#view=all``);
- when the page became still: the page records ``performance.now()`` when its layout is
  done and the network has been drawn (``timing`` in ``#kg-state``, ``window.__kgStable``),
  read back from the DOM that ``chromium --dump-dom`` prints.

Chromium runs with ``--virtual-time-budget``: timers are fast-forwarded, so the page's
clock counts the work done (script parsing, layout, drawing), not idle waits. The wall
time of the whole Chromium run is printed too, next to that of an empty page.

>>> g = synthetic_graph(nodes=60, states=3)
>>> from kg.analyze import to_networkx
>>> G = to_networkx(g)
>>> 55 <= G.number_of_nodes() <= 65, sorted({k for _, k in G.nodes(data="kind")})
(True, ['country', 'event', 'organization', 'person', 'post'])
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, Namespace
from rdflib.namespace import FOAF, ORG, SKOS

from kg.settings import BASE, ONTOLOGY

__all__ = ["synthetic_graph", "render_phases", "time_to_still", "main"]

KGR = Namespace(BASE)
KGO = Namespace(ONTOLOGY)
SDO = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
CHROMIUM = Path("/usr/bin/chromium")

# Syllables for made-up names in both scripts (index-aligned transliterations).
_SYL_EN = ["ha", "ka", "mu", "sa", "ri", "da", "na", "fi", "la", "ba", "ta", "zu", "qa", "ya"]
_SYL_AR = ["ها", "كا", "مو", "سا", "ري", "دا", "نا", "في", "لا", "با", "تا", "زو", "قا", "يا"]
_ROLES = [
    ("foreign_minister", "foreign minister", "وزير الخارجية"),
    ("defence_minister", "defence minister", "وزير الدفاع"),
    ("interior_minister", "interior minister", "وزير الداخلية"),
    ("intelligence_chief", "intelligence chief", "رئيس الاستخبارات"),
    ("ambassador", "ambassador", "سفير"),
    ("adviser", "adviser", "مستشار"),
]
_EVENTS = [
    ("meeting", "meeting", "اجتماع"),
    ("phone_call", "phone call", "اتصال هاتفي"),
    ("visit", "visit", "زيارة"),
]


def _name(rng: random.Random) -> tuple[str, str]:
    parts_en, parts_ar = [], []
    for _ in range(2):
        idx = [rng.randrange(len(_SYL_EN)) for _ in range(rng.randint(2, 3))]
        parts_en.append("".join(_SYL_EN[i] for i in idx).capitalize())
        parts_ar.append("".join(_SYL_AR[i] for i in idx))
    return " ".join(parts_en), " ".join(parts_ar)


def synthetic_graph(*, nodes: int = 5000, states: int = 12, seed: int = 0) -> Graph:
    """A contract-shaped graph of about ``nodes`` nodes once read by :func:`kg.analyze.to_networkx`.

    Of the nodes, ``states`` are states (the analysis's brokers cost grows with their
    pairs), then 8% organizations, 24% posts, 32% people and the rest events of two to
    four people, mostly from two states. Deterministic for a seed.
    """
    rng = random.Random(seed)
    g = Graph()
    n_states = max(2, states)
    n_orgs = max(2, nodes * 8 // 100)
    n_posts = max(2, nodes * 24 // 100)
    n_people = max(2, nodes * 32 // 100)
    n_events = max(1, nodes - n_states - n_orgs - n_posts - n_people)
    for key, en, ar in _ROLES:
        r = KGO[f"role-{key}"]
        g.add((r, RDF.type, SKOS.Concept))
        g.add((r, SKOS.notation, Literal(key)))
        g.add((r, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((r, SKOS.prefLabel, Literal(ar, lang="ar")))
    for key, en, ar in _EVENTS:
        t = KGO[f"event-{key}"]
        g.add((t, RDF.type, SKOS.Concept))
        g.add((t, SKOS.notation, Literal(key)))
        g.add((t, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((t, SKOS.prefLabel, Literal(ar, lang="ar")))
    states = []
    for i in range(n_states):
        code = chr(65 + i // 26 % 26) + chr(65 + i % 26)
        s = KGR[f"country/{code}"]
        states.append(s)
        g.add((s, RDF.type, SDO.Country))
        g.add((s, SKOS.notation, Literal(code)))
        g.add((s, SKOS.prefLabel, Literal(f"State {code}", lang="en")))
        g.add((s, SKOS.prefLabel, Literal(f"دولة {code}", lang="ar")))
    orgs = []
    for i in range(n_orgs):
        o = KGR[f"org/o{i}"]
        orgs.append(o)
        state = states[i % n_states]
        g.add((o, RDF.type, ORG.Organization))
        g.add((o, SKOS.prefLabel, Literal(f"Ministry {i}", lang="en")))
        g.add((o, SKOS.prefLabel, Literal(f"وزارة {i}", lang="ar")))
        if i >= n_states and rng.random() < 0.3:
            g.add((o, ORG.subOrganizationOf, orgs[i % n_states]))
        else:
            g.add((o, KGO.country, state))
    posts = []
    for i in range(n_posts):
        p = KGR[f"post/p{i}"]
        posts.append(p)
        g.add((p, RDF.type, ORG.Post))
        g.add((p, ORG.postIn, orgs[i % n_orgs]))
        g.add((p, ORG.role, KGO[f"role-{_ROLES[i % len(_ROLES)][0]}"]))
    people = []
    by_state: dict[int, list] = {}
    for i in range(n_people):
        person = KGR[f"person/x{i}"]
        people.append(person)
        en, ar = _name(rng)
        g.add((person, RDF.type, FOAF.Person))
        g.add((person, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((person, SKOS.prefLabel, Literal(ar, lang="ar")))
        post = posts[i % n_posts]
        m = KGR[f"membership/m{i}"]
        g.add((m, RDF.type, ORG.Membership))
        g.add((m, ORG.member, person))
        g.add((m, OPENGOV.post, post))
        g.add((m, ORG.organization, orgs[i % n_posts % n_orgs]))
        g.add((m, ORG.role, KGO[f"role-{_ROLES[i % n_posts % len(_ROLES)][0]}"]))
        g.add((m, KGO.observedOn, Literal("2025-10-01", datatype=XSD.date)))
        by_state.setdefault(i % n_posts % n_orgs % n_states, []).append(person)
    for i in range(n_events):
        e = KGR[f"event/e{i}"]
        key = _EVENTS[i % len(_EVENTS)][0]
        g.add((e, RDF.type, SEM.Event))
        g.add((e, SEM.eventType, KGO[f"event-{key}"]))
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        g.add((e, SEM.hasTimeStamp, Literal(day, datatype=XSD.date)))
        a, b = (
            rng.sample(range(n_states), 2) if rng.random() < 0.8 else (rng.randrange(n_states),) * 2
        )
        for s in (a, b):
            members = by_state.get(s, [])
            for person in rng.sample(members, min(len(members), rng.randint(1, 2))):
                g.add((e, SEM.hasActor, person))
        if rng.random() < 0.3:
            g.add((e, KGO.host, states[a]))
    return g


def render_phases(g: Graph, path: Path) -> dict[str, float]:
    """Render ``g`` to ``path`` as :func:`kg.render.render_html` does, timing each phase."""
    from kg import analyze, render

    t = [time.perf_counter()]
    G = analyze.to_networkx(g)
    t.append(time.perf_counter())
    measures = analyze.centrality(G)
    t.append(time.perf_counter())
    report = analyze.report_graph(G, measures=measures)
    t.append(time.perf_counter())
    text = render.page(render.build_network(G, measures=measures), title="Benchmark", report=report)
    path.write_text(text, encoding="utf-8")
    t.append(time.perf_counter())
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "to_networkx_s": round(t[1] - t[0], 2),
        "centrality_s": round(t[2] - t[1], 2),
        "report_s": round(t[3] - t[2], 2),
        "network_and_page_s": round(t[4] - t[3], 2),
        "total_s": round(t[4] - t[0], 2),
    }


def _chromium(url: str, *, profile: Path, budget_ms: int) -> tuple[str, float]:
    cmd = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=127.0.0.1:9",
        f"--user-data-dir={profile}",
        "--window-size=1400,900",
        f"--virtual-time-budget={budget_ms}",
        "--dump-dom",
        url,
    ]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    return done.stdout, time.perf_counter() - started


def time_to_still(page: Path, *, budget_ms: int = 120_000, fragment: str = "") -> dict[str, Any]:
    """Open ``page`` (with ``#fragment``: ``view=all`` for the whole view) in headless
    Chromium; the page's own timing, its labels and how many pairs of them overlap, and
    the run's wall time."""
    with tempfile.TemporaryDirectory() as tmp:
        blank = Path(tmp) / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        _, base_wall = _chromium(blank.as_uri(), profile=Path(tmp) / "p0", budget_ms=budget_ms)
        url = page.as_uri() + (f"#{fragment}" if fragment else "")
        dom, wall = _chromium(url, profile=Path(tmp) / "p1", budget_ms=budget_ms)
    m = re.search(r'<pre id="kg-state">(.*?)</pre>', dom, re.S)
    state = json.loads(html.unescape(m.group(1))) if m and m.group(1).strip() else {}
    return {
        "ready": state.get("ready"),
        "mode": state.get("mode"),
        "nodes_shown": state.get("nodes"),
        "labels": state.get("labels"),
        "overlaps": state.get("overlaps"),
        **(state.get("timing") or {}),
        "chromium_wall_s": round(wall, 2),
        "blank_page_wall_s": round(base_wall, 2),
    }


_SHOWN = (
    "ready",
    "nodes_shown",
    "labels",
    "overlaps",
    "script_ms",
    "ready_ms",
    "stable_ms",
    "chromium_wall_s",
    "blank_page_wall_s",
)


def main(argv: list[str] | None = None) -> None:
    """Command line of ``python -m kg.bench.view``."""
    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.view", description=__doc__.split("\n\n")[0]
    )
    ap.add_argument("--nodes", type=int, default=5000, help="size of the synthetic graph")
    ap.add_argument("--states", type=int, default=12, help="how many states")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, help="folder to keep graph.html in (default: a temp dir)")
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium run")
    args = ap.parse_args(argv)
    tmp = None
    if args.out is None:
        tmp = tempfile.mkdtemp(prefix="kg-bench-")
        out_dir = Path(tmp)
    else:
        out_dir = args.out
        out_dir.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        g = synthetic_graph(nodes=args.nodes, states=args.states, seed=args.seed)
        print(f"synthetic graph: {len(g)} triples in {time.perf_counter() - t0:.2f}s")
        page = out_dir / "graph.html"
        phases = render_phases(g, page)
        print(f"nodes {phases['nodes']}, edges {phases['edges']}")
        print(
            "python render: {total_s}s (to_networkx {to_networkx_s}s, centrality "
            "{centrality_s}s, report {report_s}s, network+page {network_and_page_s}s)".format(
                **phases
            )
        )
        print(f"html size: {page.stat().st_size / 1e6:.2f} MB")
        if args.no_browser or not CHROMIUM.exists():
            print("chromium: skipped")
            return
        for fragment, name in (("", "first screen"), ("view=all", "everything")):
            still = time_to_still(page, fragment=fragment)
            print(
                "chromium, {name}: ready {ready}, {nodes_shown} nodes shown, {labels} "
                "labels ({overlaps} pairs overlapping); script started at {script_ms} ms, "
                "layout done at {ready_ms} ms, still (drawn) at {stable_ms} ms (page "
                "clock); wall {chromium_wall_s}s vs {blank_page_wall_s}s for a blank "
                "page".format(name=name, **{k: still.get(k) for k in _SHOWN})
            )
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
