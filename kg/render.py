"""Report data + graph -> one self-contained HTML page (pyvis, vis-network), readable offline.

:func:`render_html` builds the network with pyvis (nodes sized by centrality, coloured and
shaped by kind) and writes it into the page of ``kg/templates/graph.html``, with
vis-network's script and style inlined from the pyvis package. The page makes no network
request: nothing is linked, the few addresses inside vis-network's licence comments and
strings are written with escaped slashes, and a Content-Security-Policy with the hashes of
the page's two scripts stops anything else from loading or running.

Text from articles (names, evidence sentences) is data, never markup: it goes into the
page as JSON in a ``<script type="application/json">`` block with ``<``, ``>``, ``&`` and
the line separators escaped, and the page shows it with ``textContent``.

>>> json_for_script({"name": "</script><b>"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import pyvis
from pyvis.network import Network
from rdflib import Graph, URIRef
from rdflib.namespace import PROV

from kg import analyze, settings
from kg.atomic import write_atomic

__all__ = [
    "KIND_STYLES",
    "NODE_BUDGET",
    "FIRST_PEOPLE",
    "WHOLE_VIEW",
    "LABELS_MAX",
    "arabic_date",
    "article_index",
    "sentence_span",
    "first_screen",
    "json_for_script",
    "most_central",
    "build_network",
    "page",
    "page_chunks",
    "render_html",
]

#: How each kind of node looks: vis-network shape, colour, legend glyph and names.
KIND_STYLES: dict[str, dict[str, str]] = {
    "person": {
        "shape": "dot",
        "color": "#2563eb",
        "glyph": "●",
        "label_en": "person",
        "label_ar": "شخص",
    },
    "organization": {
        "shape": "square",
        "color": "#16a34a",
        "glyph": "■",
        "label_en": "organization",
        "label_ar": "منظمة",
    },
    "outlet": {
        "shape": "star",
        "color": "#9333ea",
        "glyph": "★",
        "label_en": "news outlet",
        "label_ar": "وسيلة إعلام",
    },
    "country": {
        "shape": "hexagon",
        "color": "#dc2626",
        "glyph": "⬢",
        "label_en": "state",
        "label_ar": "دولة",
    },
    "post": {
        "shape": "triangle",
        "color": "#d97706",
        "glyph": "▲",
        "label_en": "post",
        "label_ar": "منصب",
    },
    "event": {
        "shape": "diamond",
        "color": "#0891b2",
        "glyph": "◆",
        "label_en": "event",
        "label_ar": "حدث",
    },
    "place": {
        "shape": "triangleDown",
        "color": "#78716c",
        "glyph": "▼",
        "label_en": "place",
        "label_ar": "مكان",
    },
}
_EDGE_STYLES: dict[str, dict[str, Any]] = {
    "holds_post": {"color": "#d9a55b", "label": "holds post"},
    "member_of": {"color": "#d9a55b", "label": "holds a post in"},
    "post_in": {"color": "#b8c2cc", "label": "post in"},
    "part_of": {"color": "#8fbf9f", "label": "part of"},
    "in_country": {"color": "#e2a3a3", "label": "in state"},
    "took_part_in": {"color": "#6bb7c7", "label": "took part in"},
    "hosted": {"color": "#0e7490", "label": "hosted", "width": 2.5},
    "happened_in": {"color": "#a8a29e", "label": "took place in"},
    "place_in": {"color": "#d6d3d1", "label": "place in"},
    "reported_by": {"color": "#c4a5e8", "label": "reported by", "dashes": True},
    # not an edge of the graph: a person's state, drawn to gather its people around it
    "of_state": {"color": "#f3c4c4", "label": "serves the state", "width": 0.8},
}
_BIG = 1000  # above this many nodes, positions are computed here and physics stays off

#: The most nodes the view draws. A bigger graph's view draws its most central nodes (by
#: the measure that sizes them: betweenness and degree) and says in the page what it left
#: out; search still finds every node left out but events, and shows its card. At this
#: size (``_BIG``) the browser lays the nodes out itself, in under two seconds, so no
#: layout is computed here (a spring layout is quadratic in the nodes: 10 s for 1,500),
#: and the page stays a few MB whatever the size of the corpus.
NODE_BUDGET = _BIG
#: Kinds of node that search finds when they are left out of the drawing (events are
#: found through their participants, and are most of a big graph).
_FOUND_HIDDEN = frozenset({"person", "organization", "outlet", "country", "post", "place"})

#: How many of the most central people the first screen shows, with their states and the
#: events they share; every other node is one click ("Everything") or a search away.
FIRST_PEOPLE = 24
#: A graph of this many nodes or fewer opens whole: it reads as it is.
WHOLE_VIEW = 150
#: The most labels drawn at once at the zoom that fits the view; the others appear on
#: zooming in (the page's ``ZOOM_LABELS``) and in the hover card.
LABELS_MAX = 30
#: The zoom (vis-network's scale) from which every node shown is labelled.
ZOOM_LABELS = 1.4
#: The least height, in screen pixels, of a label drawn at the zoom that fits the view.
LABEL_PX = 11

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@cache
def _arabic_months() -> tuple[str, ...]:
    """The Arabic month names of the lexicon (the first, pan-Arab spelling of each)."""
    path = Path(settings.LEXICON_DIR) / "time.json"
    months = json.loads(path.read_text(encoding="utf-8"))["ar"]["months"]
    return tuple(months[str(i)][0] for i in range(1, 13))


def arabic_date(iso: str | None) -> str:
    """An ISO date as Arabic readers write it: day, month name, year, in Arabic-Indic
    digits, read right to left with no reordering of its parts (no Latin digits or
    hyphens for the bidirectional algorithm to turn around). A month or a year alone, or
    anything else, keeps its ISO form.

    >>> arabic_date("2025-10-17")
    '١٧ أكتوبر ٢٠٢٥'
    >>> arabic_date("2025-03"), arabic_date("2025"), arabic_date(None)
    ('مارس ٢٠٢٥', '٢٠٢٥', '')
    """
    if not iso:
        return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso[:10])
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return iso
    year, month, day = m.groups()
    parts = [str(int(day))] if day else []
    parts += [_arabic_months()[int(month) - 1]] if month else []
    return " ".join([*parts, year]).translate(_ARABIC_DIGITS)


def _arabic_when(d: dict[str, Any]) -> str:
    if d.get("date"):
        return arabic_date(d["date"])
    return " – ".join(arabic_date(x) for x in (d.get("begin"), d.get("end")) if x)


_SENTENCE_END = re.compile(r"[.!?؟]+[\"'”»)]*(?=\s)|\n")


def sentence_span(text: str, begin: int, end: int, *, reach: int = 280) -> tuple[int, int]:
    """The start and end offsets of the sentence of ``text`` around ``begin:end``: from the
    last sentence end (``.``, ``!``, ``?``, ``؟`` before a space, or a line break) before
    ``begin`` to the first after ``end``, at most ``reach`` characters either side.

    >>> t = "Talks began. The minister met his counterpart in the capital. Later, none."
    >>> b = t.index("met"); s, e = sentence_span(t, b, b + 3); t[s:e]
    'The minister met his counterpart in the capital.'
    """
    lo = max(0, begin - reach)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, begin):
        start = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    stop = m.end() if m else min(len(text), end + reach)
    while start < begin and text[start].isspace():
        start += 1
    while stop > end and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _headline(g: Graph, a: URIRef, text: str) -> str:
    """The article's ``schema:headline``; else its first line when that stands alone
    (short, followed by a blank line, no full stop), as a headline does."""
    title = analyze._value(g, a, analyze.SDO.headline)
    if title:
        return " ".join(title.split())
    first, sep, _rest = text.partition("\n\n")
    first = first.strip()
    if sep and first and "\n" not in first and len(first) <= 200 and first[-1] not in ".!?؟":
        return first
    return ""


def _outlet(g: Graph, a: URIRef, url: str | None) -> str:
    """Who published the article: its ``schema:creditText``, else its address's host."""
    credit = sorted(str(o) for o in g.objects(a, analyze.SDO.creditText))
    if credit:
        return "; ".join(credit)
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def article_index(g: Graph) -> dict[str, dict[str, Any]]:
    """Each article of ``g`` by IRI: its text (``nif:isString``), title, outlet, date,
    address and language, for the cards' sentences. Time O(articles).

    >>> g = Graph().parse(format="turtle", data='''
    ... @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
    ... @prefix schema: <https://schema.org/> .
    ... <x:a> a schema:NewsArticle ; schema:url "https://www.example.org/n/1" ;
    ...     nif:isString "Ministers meet\\\\n\\\\nThe two ministers met on Monday." .''')
    >>> info = article_index(g)["x:a"]
    >>> info["title"], info["outlet"]
    ('Ministers meet', 'example.org')
    """
    found = analyze._instances(g, analyze.SDO.NewsArticle) | {
        a for a in g.subjects(analyze.NIF.isString, None) if isinstance(a, URIRef)
    }
    found |= {a for a in g.objects(None, PROV.wasDerivedFrom) if isinstance(a, URIRef)}
    out = {}
    for a in analyze._sorted(found):
        text = analyze._value(g, a, analyze.NIF.isString) or ""
        url = analyze._value(g, a, analyze.SDO.url)
        out[str(a)] = {
            "text": text,
            "title": _headline(g, a, text),
            "outlet": _outlet(g, a, url),
            "published": analyze._value(g, a, analyze.SDO.datePublished),
            "url": url,
            "lang": analyze._value(g, a, analyze.SDO.inLanguage),
        }
    return out


_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def json_for_script(obj: Any) -> str:
    """``obj`` as JSON that is safe inside a ``<script>`` element of an HTML page.

    ``<``, ``>``, ``&``, U+2028 and U+2029 become ``\\uXXXX`` escapes, and the slashes of
    ``scheme://`` are escaped so that no address appears literally in the page.

    >>> json_for_script(["a & b", "x://y"])
    '["a \\\\u0026 b","x:\\\\/\\\\/y"]'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)
    return text.replace("://", ":\\/\\/")


def _inline_js(source: str) -> str:
    """Script text that cannot end its ``<script>`` element early nor name an address.

    In vis-network the ``scheme://`` addresses are in licence comments and string literals
    (the SVG namespace, error messages), where ``\\/`` reads the same as ``/``.
    """
    source = re.sub(r"//[#@] sourceMappingURL=\S*", "", source)
    source = re.sub(r"(?i)\b(https?):/{2}", r"\1:\\/\\/", source)
    return source.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _inline_css(source: str) -> str:
    source = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", source)
    return source.replace("</style", "<\\/style")


def _template(name: str) -> str:
    return resources.files("kg").joinpath("templates", name).read_text(encoding="utf-8")


def _source(
    G: nx.MultiDiGraph, ev: dict[str, Any], reporters: list[str], info: dict[str, Any] | None
) -> str:
    """The line under a quote: who reported it, the outlet, the date (the address, or the
    article's id, only when no outlet is known)."""
    parts = [", ".join(G.nodes[r]["label_en"] for r in reporters if r in G)]
    outlet = (info or {}).get("outlet") or ""
    parts += [outlet, ev.get("published") or ""]
    if not outlet:
        parts.append(ev.get("url") or "")
        if not ev.get("url") and ev.get("article"):
            parts.append(ev["article"].rsplit("/", 1)[-1])
    return " · ".join(p for p in parts if p)


def _parts(sentence: str, marks: list[list[int]]) -> list[list[Any]]:
    """``sentence`` cut into ``[text, 1]`` (the fact's words) and ``[text, 0]`` pieces.

    >>> _parts("A met B in C.", [[2, 5], [4, 5], [11, 12]])
    [['A ', 0], ['met', 1], [' B in ', 0], ['C', 1], ['.', 0]]
    """
    out: list[list[Any]] = []
    at = 0
    for b, e in sorted(marks):
        b = max(b, at)
        if e <= b:
            continue
        if b > at:
            out.append([sentence[at:b], 0])
        out.append([sentence[b:e], 1])
        at = e
    if at < len(sentence):
        out.append([sentence[at:], 0])
    return out


def _quotes(
    G: nx.MultiDiGraph,
    evidence: list[dict],
    reporters: list[str],
    *,
    articles: dict[str, dict[str, Any]] | None = None,
    limit: int = 3,
) -> list:
    """A fact's quotes: each sentence that states it, the fact's words marked (``parts``),
    with the article's title, outlet and date. Mentions in one sentence make one quote;
    without the article's text a quote is the mention's words alone."""
    articles = articles or {}
    quotes: dict[tuple, dict[str, Any]] = {}
    for e in evidence:
        info = articles.get(e.get("article") or "")
        text = info["text"] if info else ""
        b, end = e.get("begin"), e.get("end")
        if text and b is not None and end is not None and 0 <= b < end <= len(text):
            s0, s1 = sentence_span(text, b, end)
            key: tuple = (e["article"], s0, s1)
            q = quotes.get(key)
            if q is None:
                q = quotes[key] = {
                    "text": text[s0:s1],
                    "marks": [],
                    "lang": e.get("lang") or info.get("lang") or "",
                    "title": info.get("title") or "",
                    "url": e.get("url") or "",
                    "source": _source(G, e, reporters, info),
                }
            q["marks"].append([b - s0, end - s0])
        elif e.get("text"):
            key = (e.get("article"), e.get("begin"), e["text"])
            quotes.setdefault(
                key,
                {
                    "text": e["text"],
                    "marks": [],
                    "lang": e.get("lang") or "",
                    "title": (info or {}).get("title") or "",
                    "url": e.get("url") or "",
                    "source": _source(G, e, reporters, info),
                },
            )
    out = []
    for q in list(quotes.values())[:limit]:
        marks = q.pop("marks")
        q["parts"] = _parts(q["text"], marks) if marks else [[q["text"], 0]]
        out.append(q)
    return out


def _dates(e: dict[str, Any]) -> str:
    """A membership edge's dates in words: the term the text gives, and when it was seen.

    >>> _dates({"start": "2023-06-03", "seen_from": "2025-01-02", "seen_until": "2025-03-04"})
    'since 2023-06-03; seen held 2025-01-02 to 2025-03-04'
    >>> _dates({"observed": "2025-10-12"})
    'reported 2025-10-12'
    """
    start, end = e.get("start"), e.get("end")
    if start and end:
        span = f"{start} to {end}"
    elif start:
        span = f"since {start}"
    elif end:
        span = f"until {end}"
    else:
        span = ""
    first, last = e.get("seen_from"), e.get("seen_until")
    if first and last and first != last:
        seen = f"seen held {first} to {last}"
    elif first or last:
        seen = f"seen held {first or last}"
    else:
        seen = f"reported {e['observed']}" if e.get("observed") else ""
    return "; ".join(x for x in (span, seen) if x)


def _states_text(G: nx.MultiDiGraph, codes: list[str], country_nodes: dict[str, str]) -> str:
    return ", ".join(
        f"{G.nodes[country_nodes[c]]['label_en']} ({c})" if c in country_nodes else c for c in codes
    )


def _node_card(
    G: nx.MultiDiGraph,
    n: str,
    m: dict[str, float],
    country_nodes: dict[str, str],
    articles: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    d = G.nodes[n]
    kind = KIND_STYLES[d["kind"]]["label_en"]
    rows: list[list[str]] = []
    quotes: list[dict] = []
    if d.get("states"):
        rows.append(["State", _states_text(G, d["states"], country_nodes)])
    if d["kind"] == "person":
        for _, post, e in sorted(
            G.out_edges(n, data=True), key=lambda x: (x[1], x[2].get("membership", ""))
        ):
            if e["kind"] not in ("holds_post", "member_of"):
                continue
            when = _dates(e)
            rows.append(["Post", G.nodes[post]["label_en"] + (f" ({when})" if when else "")])
            reporters = [
                v
                for _, v, x in G.out_edges(n, data=True)
                if x["kind"] == "reported_by" and x.get("membership") == e.get("membership")
            ]
            quotes += _quotes(G, e.get("evidence", []), reporters, articles=articles, limit=2)
        if d.get("rank"):
            rows.append(["Rank", d["rank"]])
        events = [v for _, v, k in G.out_edges(n, data="kind") if k in ("took_part_in", "hosted")]
        if events:
            rows.append(["Events", str(len(set(events)))])
    elif d["kind"] == "event":
        rows.insert(
            0,
            [
                "Type",
                d["type_label_en"] + (f" / {d['type_label_ar']}" if d["type_label_ar"] else ""),
            ],
        )
        when = d.get("date") or " to ".join(x for x in (d.get("begin"), d.get("end")) if x)
        if when:
            rows.append(["When", when])
        if d.get("place_en"):
            rows.append(
                ["Where", d["place_en"] + (f" / {d['place_ar']}" if d.get("place_ar") else "")]
            )
        who = [u for u, _, k in G.in_edges(n, data="kind") if k == "took_part_in"]
        if who:
            rows.append(["Participants", ", ".join(sorted({G.nodes[u]["label_en"] for u in who}))])
        if d.get("hosts"):
            rows.append(
                ["Hosted by", ", ".join(G.nodes[h]["label_en"] for h in d["hosts"] if h in G)]
            )
        if d.get("targets"):
            rows.append(
                ["Towards", ", ".join(G.nodes[t]["label_en"] for t in d["targets"] if t in G)]
            )
        quotes = _quotes(G, d.get("evidence", []), d.get("reported_by", []), articles=articles)
    elif d["kind"] == "post":
        holders = [u for u, _, k in G.in_edges(n, data="kind") if k == "holds_post"]
        if holders:
            rows.append(["Held by", ", ".join(sorted({G.nodes[u]["label_en"] for u in holders}))])
        orgs = [v for _, v, k in G.out_edges(n, data="kind") if k == "post_in"]
        if orgs:
            rows.append(["In", ", ".join(G.nodes[o]["label_en"] for o in orgs)])
    elif d["kind"] == "place":
        events = {u for u, _, k in G.in_edges(n, data="kind") if k == "happened_in"}
        if events:
            rows.append(["Events", str(len(events))])
    elif d["kind"] in ("organization", "outlet"):
        parents = [v for _, v, k in G.out_edges(n, data="kind") if k == "part_of"]
        if parents:
            rows.append(["Part of", ", ".join(G.nodes[p]["label_en"] for p in parents)])
        if d.get("org_types"):
            rows.append(["Type", ", ".join(d["org_types"])])
    if d.get("alt_labels"):
        rows.append(["Also", "; ".join(d["alt_labels"][:6])])
    rows.append(
        [
            "Centrality",
            f"degree {m['degree']:.3f} · betweenness {m['betweenness']:.3f}"
            f" · eigenvector {m['eigenvector']:.3f}",
        ]
    )
    if d["kind"] == "event" and d.get("planned"):
        kind = "planned event"
    return {
        "kind": kind,
        "title_en": d["label_en"],
        "title_ar": _canvas_labels(d)[1] if d["kind"] in ("event", "post") else d["label_ar"],
        "rows": rows,
        "quotes": quotes,
    }


def _edge_card(
    G: nx.MultiDiGraph,
    u: str,
    v: str,
    datas: list[dict],
    articles: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    rows, quotes = [], []
    for e in datas:
        label = _EDGE_STYLES[e["kind"]]["label"]
        rows.append([label, f"{G.nodes[u]['label_en']} → {G.nodes[v]['label_en']}"])
        if e["kind"] in ("holds_post", "member_of"):
            when = _dates(e)
            if when:
                rows.append(["When", when])
            quotes += _quotes(G, e.get("evidence", []), [], articles=articles, limit=2)
    return {"kind": "link", "title_en": "", "title_ar": "", "rows": rows, "quotes": quotes}


_FONTS = {
    "person": {"size": 15, "bold": {"size": 15}},
    "event": {"size": 13},
    "country": {"size": 16},
    "default": {"size": 12, "color": "#4b5563"},
}


def _canvas_labels(d: dict[str, Any]) -> tuple[str, str]:
    """The labels drawn on the canvas; posts are named short, by role and state, and an
    event's Arabic label gives its date as :func:`arabic_date` writes it.

    >>> _canvas_labels({"kind": "event", "label_en": "visit (planned) 2025-12-01",
    ...     "label_ar": "", "type_label_ar": "زيارة (مرتقب)", "date": "2025-12-01"})[1]
    'زيارة (مرتقب) ١ ديسمبر ٢٠٢٥'
    """
    if d["kind"] == "event" and d.get("type_label_ar"):
        return d["label_en"], " ".join(x for x in (d["type_label_ar"], _arabic_when(d)) if x)
    if d["kind"] != "post":
        return d["label_en"], d["label_ar"]
    state = f" · {d['country']}" if d.get("country") else ""
    en = (d.get("role_label_en") or d["label_en"]) + state
    ar = (d.get("role_label_ar") or d["label_ar"] or d.get("role_label_en") or "") + state
    return en, ar


def _size(m: dict[str, float], top: dict[str, float], kind: str) -> float:
    score = 0.5 * (m["betweenness"] / top["betweenness"] if top["betweenness"] else 0.0)
    score += 0.5 * (m["degree"] / top["degree"] if top["degree"] else 0.0)
    base = {"person": 12, "event": 10, "country": 14}.get(kind, 9)
    return round(base + 26 * math.sqrt(score), 2)


def _centrality_score(m: dict[str, float], top: dict[str, float]) -> float:
    score = 0.5 * (m["betweenness"] / top["betweenness"] if top["betweenness"] else 0.0)
    return score + 0.5 * (m["degree"] / top["degree"] if top["degree"] else 0.0)


def most_central(
    G: nx.MultiDiGraph, measures: dict[str, dict[str, float]], *, budget: int = NODE_BUDGET
) -> tuple[list[str], list[str]]:
    """The nodes of ``G`` to draw and those left out: the ``budget`` most central (half
    betweenness, half degree, each against the graph's highest, as :func:`_size` weighs
    them; ties by id), in ``G``'s order. Time O(n log n).

    >>> from kg.analyze import _example, centrality, to_networkx
    >>> G = to_networkx(_example())
    >>> drawn, left = most_central(G, centrality(G), budget=3)
    >>> len(drawn), len(left) == G.number_of_nodes() - 3
    (3, True)
    """
    if G.number_of_nodes() <= budget:
        return list(G), []
    top = {k: max((measures[n][k] for n in G), default=0.0) for k in ("betweenness", "degree")}
    ranked = sorted(G, key=lambda n: (-_centrality_score(measures[n], top), n))
    keep = set(ranked[:budget])
    return [n for n in G if n in keep], [n for n in G if n not in keep]


def first_screen(
    G: nx.MultiDiGraph,
    measures: dict[str, dict[str, float]],
    drawn: list[str] | None = None,
    *,
    people: int = FIRST_PEOPLE,
    whole: int = WHOLE_VIEW,
) -> set[str]:
    """What the view opens on: every node drawn if they are ``whole`` or fewer; else the
    ``people`` most central people drawn, the states they serve and the events that two or
    more of them share (at most two per person, those with most of them first, then by
    date). Time O(n log n + their events' participants).

    >>> from kg.analyze import _example, centrality, to_networkx
    >>> G = to_networkx(_example())
    >>> sorted(G.nodes[n]["kind"] for n in first_screen(G, centrality(G), whole=0))
    ['country', 'country', 'event', 'person', 'person']
    """
    drawn_set = set(G) if drawn is None else set(drawn)
    if len(drawn_set) <= whole:
        return drawn_set
    top = {k: max((measures[n][k] for n in G), default=0.0) for k in ("betweenness", "degree")}
    ranked = sorted(
        (n for n in drawn_set if G.nodes[n]["kind"] == "person"),
        key=lambda n: (-_centrality_score(measures[n], top), n),
    )[:people]
    core = set(ranked)
    countries = {d["country"]: n for n, d in G.nodes(data=True) if d["kind"] == "country"}
    states = {
        countries[c]
        for p in ranked
        for c in G.nodes[p].get("countries") or ()
        if c in countries and countries[c] in drawn_set
    }
    shared: dict[str, int] = {}
    for p in ranked:
        for e in analyze._events_of(G, p):
            if e in drawn_set:
                shared[e] = shared.get(e, 0) + 1
    events = sorted(
        (e for e, k in shared.items() if k >= 2),
        key=lambda e: (-shared[e], analyze._event_sort_key(G, e)),
    )[: 2 * people]
    return core | states | set(events)


def _left_out(
    G: nx.MultiDiGraph,
    left: list[str],
    measures: dict[str, dict[str, float]],
    country_nodes: dict[str, str],
    articles: dict[str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """What search finds of the nodes left out of the drawing, with their cards."""
    out = []
    for n in left:
        d = G.nodes[n]
        if d["kind"] not in _FOUND_HIDDEN:
            continue
        label_en, label_ar = _canvas_labels(d)
        out.append(
            {
                "id": n,
                "kg": {
                    "kind": d["kind"],
                    "label_en": label_en,
                    "label_ar": label_ar,
                    "states": d.get("states", []),
                    "search": sorted(
                        {analyze.normalize_name(x) for x in analyze.node_names(d)} - {""}
                    ),
                    "card": _node_card(G, n, measures[n], country_nodes, articles),
                },
            }
        )
    return out


def budget_note(total: int, drawn: int, left_by_kind: dict[str, int]) -> str:
    """The page's sentence on what the view left out ("" when it draws everything).

    >>> print(budget_note(5000, 1500, {"event": 3000, "person": 500, "post": 1}))
    ... # doctest: +NORMALIZE_WHITESPACE
    This view draws the 1,500 most central of 5,000 nodes; left out: 3,000 events,
    500 people, 1 post. Search finds every person, organization, news outlet, state, post
    and place, drawn or not.
    """
    if drawn >= total:
        return ""
    plural = {"person": "people", "country": "states", "outlet": "news outlets"}

    def name(kind: str, k: int) -> str:
        one = KIND_STYLES[kind]["label_en"]
        return one if k == 1 else plural.get(kind, one + "s")

    parts = [f"{k:,} {name(kind, k)}" for kind, k in left_by_kind.items() if k]
    return (
        f"This view draws the {drawn:,} most central of {total:,} nodes; left out: "
        f"{', '.join(parts)}. Search finds every person, organization, news outlet, state, "
        "post and place, drawn or not."
    )


def _positions(G: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed positions for big graphs, where in-browser physics would take too long.

    Time O(i n squared) for n nodes and i iterations (networkx's spring layout compares
    every pair of nodes at each iteration): the stage that grows fastest with the graph.
    """
    H = analyze.projection(G)
    scale = 120 * math.sqrt(H.number_of_nodes())
    try:
        # fewer iterations on very big graphs: the layout settles early and time grows fast
        iterations = 50 if H.number_of_nodes() <= 2000 else 20
        pos = nx.spring_layout(H, seed=0, iterations=iterations, scale=scale)
    except ImportError:  # networkx needs scipy for spring layouts of 500+ nodes
        pos = nx.circular_layout(H, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def _options(*, physics: bool, n: int) -> dict[str, Any]:
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1.5,
            "font": {
                "size": 14,
                "face": "system-ui, 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif",
                "color": "#1f2937",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {"inherit": False},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3}
            if physics
            else False,
            "width": 1.4,
            "selectionWidth": 1.5,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 300},
        "layout": {"randomSeed": 7, "improvedLayout": n <= 150},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.07,
                "damping": 0.5,
                "avoidOverlap": 0.5,
            },
            "stabilization": {
                "enabled": physics,
                "iterations": 600,
                "updateInterval": 50,
                "fit": True,
            },
        },
    }


def build_network(
    G: nx.MultiDiGraph,
    *,
    measures: dict[str, dict[str, float]] | None = None,
    budget: int = NODE_BUDGET,
    articles: dict[str, dict[str, Any]] | None = None,
) -> Network:
    """A pyvis :class:`~pyvis.network.Network` of ``G``: styled nodes and edges, each with a card.

    Nodes carry ``kg`` data for the page (kind, both labels, states, dates, search keys,
    hover card); parallel edges between two nodes are merged into one. At most ``budget``
    nodes are drawn (:func:`most_central`); the network's ``kg_left_out`` lists what
    search finds of the others and ``kg_budget`` counts them, for :func:`page`. Time
    O(n log n + m log m) for n nodes and m edges, plus :func:`_positions` (quadratic) over
    the nodes drawn past ``_BIG`` of them, at most ``budget``.

    Each node's ``kg`` says whether the first screen shows it (``first``,
    :func:`first_screen`) and its rank by centrality among the nodes drawn (``rank``: the
    page labels the first :data:`LABELS_MAX`); each person drawn is tied to the states it
    serves by an ``of_state`` edge, which draws a state's people around it. ``articles``
    (:func:`article_index`) gives the cards their sentences, titles and outlets.

    >>> from kg.analyze import _example, to_networkx
    >>> net = build_network(to_networkx(_example()))
    >>> sorted(n["kg"]["label_ar"] for n in net.nodes if n["kg"]["kind"] == "person")
    ['أسعد الشيباني', 'هاكان فيدان']
    """
    measures = analyze.centrality(G) if measures is None else measures
    articles = articles or {}
    drawn, left = most_central(G, measures, budget=budget)
    D = G.subgraph(drawn) if left else G  # the drawing; cards read the whole graph
    big = D.number_of_nodes() > _BIG
    pos = _positions(D) if big else {}
    top = {k: max((measures[n][k] for n in G), default=0.0) for k in ("betweenness", "degree")}
    country_nodes = {d["country"]: n for n, d in G.nodes(data=True) if d["kind"] == "country"}
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.options = _options(physics=not big, n=D.number_of_nodes())
    left_by_kind = {k: 0 for k in KIND_STYLES}
    for n in left:
        left_by_kind[G.nodes[n]["kind"]] += 1
    net.kg_budget = {
        "limit": budget,
        "total": G.number_of_nodes(),
        "drawn": D.number_of_nodes(),
        "left_out": {k: v for k, v in left_by_kind.items() if v},
        "note": budget_note(G.number_of_nodes(), D.number_of_nodes(), left_by_kind),
    }
    net.kg_left_out = _left_out(G, left, measures, country_nodes, articles)
    first = first_screen(G, measures, list(D))
    rank = {
        n: i
        for i, n in enumerate(sorted(D, key=lambda n: (-_centrality_score(measures[n], top), n)))
    }
    for n, d in D.nodes(data=True):
        style = KIND_STYLES[d["kind"]]
        extra: dict[str, Any] = {"x": pos[n][0], "y": pos[n][1], "physics": False} if big else {}
        label_en, label_ar = _canvas_labels(d)
        net.add_node(
            n,
            label=label_en,
            font=_FONTS.get(d["kind"], _FONTS["default"]),
            shape=style["shape"],
            color={
                "background": style["color"],
                "border": "#ffffff",
                "highlight": {"background": style["color"], "border": "#111827"},
                "hover": {"background": style["color"], "border": "#111827"},
            },
            size=_size(measures[n], top, d["kind"]),
            title=d["label_en"],
            kg={
                "kind": d["kind"],
                "label_en": label_en,
                "label_ar": label_ar,
                "states": d.get("states", []),
                "begin": d.get("begin"),
                "end": d.get("end"),
                "search": sorted({analyze.normalize_name(x) for x in analyze.node_names(d)} - {""}),
                "card": _node_card(G, n, measures[n], country_nodes, articles),
                "first": n in first,
                "rank": rank[n],
            },
            **extra,
        )
    merged: dict[tuple[str, str], list[dict]] = {}
    for u, v, d in D.edges(data=True):
        merged.setdefault((u, v), []).append(d)
    order = {k: i for i, k in enumerate(analyze.EDGE_KINDS)}
    for i, ((u, v), datas) in enumerate(sorted(merged.items())):
        datas = sorted(datas, key=lambda d: (order[d["kind"]], d.get("membership", "")))
        main = min(
            datas,
            key=lambda d: (
                ("hosted", "holds_post", "took_part_in").index(d["kind"])
                if d["kind"] in ("hosted", "holds_post", "took_part_in")
                else 9
            ),
        )
        style = _EDGE_STYLES[main["kind"]]
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            color={"color": style["color"], "highlight": "#111827", "hover": "#374151"},
            width=style.get("width", 1.4),
            dashes=style.get("dashes", False),
            title=style["label"],
            kg={"kinds": [d["kind"] for d in datas], "card": _edge_card(G, u, v, datas, articles)},
        )
    style = _EDGE_STYLES["of_state"]
    for i, (u, v) in enumerate(_state_ties(D, country_nodes)):
        net.add_edge(
            u,
            v,
            id=f"s{i}",
            color={"color": style["color"], "highlight": "#111827", "hover": "#374151"},
            width=style["width"],
            dashes=True,
            arrows={"to": {"enabled": False}},
            title=style["label"],
            kg={
                "kinds": ["of_state"],
                "card": {
                    "kind": "link",
                    "title_en": "",
                    "title_ar": "",
                    "rows": [
                        [style["label"], f"{D.nodes[u]['label_en']} → {D.nodes[v]['label_en']}"]
                    ],
                    "quotes": [],
                },
            },
        )
    return net


def _state_ties(D: nx.MultiDiGraph, country_nodes: dict[str, str]) -> list[tuple[str, str]]:
    """(person, state) for each person drawn and each state drawn that it serves."""
    return sorted(
        (n, country_nodes[c])
        for n, d in D.nodes(data=True)
        if d["kind"] == "person"
        for c in d.get("countries") or ()
        if c in country_nodes and country_nodes[c] in D
    )


def _csp(scripts: list[str]) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def page(net: Network, *, title: str, report: dict[str, Any]) -> str:
    """The HTML page for ``net``: one string, everything inlined (:func:`page_chunks`
    joined).

    >>> from kg.analyze import _example, report_graph, to_networkx
    >>> G = to_networkx(_example())
    >>> text = page(build_network(G), title="Demo", report=report_graph(G))
    >>> "<title>Demo</title>" in text, "http://" in text, "https://" in text
    (True, False, False)
    """
    return "".join(page_chunks(net, title=title, report=report))


#: The parts of the page's data written one element at a time (:func:`_data_chunks`).
_LISTED = frozenset({"nodes", "edges", "hidden"})


def _data_chunks(data: dict[str, Any]) -> Iterator[str]:
    """``json_for_script(data)`` in pieces: the lists of :data:`_LISTED` one element at a
    time, so that the page's data (most of it the cards of the nodes drawn and of those
    search finds) is never held as one text, let alone escaped copies of it.

    >>> data = {"nodes": [{"a": "<b>"}, 2], "n": "x://y", "hidden": []}
    >>> "".join(_data_chunks(data)) == json_for_script(data)
    True
    """
    yield "{"
    for i, (key, value) in enumerate(data.items()):
        yield ("," if i else "") + json_for_script(key) + ":"
        if key in _LISTED and isinstance(value, list):
            yield "["
            for j, item in enumerate(value):
                yield ("," if j else "") + json_for_script(item)
            yield "]"
        else:
            yield json_for_script(value)
    yield "}"


def page_chunks(net: Network, *, title: str, report: dict[str, Any]) -> Iterator[str]:
    """The HTML page for ``net``, everything inlined, as pieces of text: the template
    between its markers, and the data a node or an edge at a time (:func:`_data_chunks`).
    A view of a large corpus writes its page as it is made, holding neither the whole
    text nor its bytes (they were a view's peak: four copies of the page's data)."""
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    dates = sorted(
        x
        for n in nodes
        if n["kg"]["kind"] == "event"
        for x in (n["kg"]["begin"], n["kg"]["end"])
        if x
    )
    states = sorted({s for n in nodes for s in n["kg"]["states"]})
    by_code = {
        n["kg"]["states"][0]: n for n in nodes if n["kg"]["kind"] == "country" and n["kg"]["states"]
    }
    kinds_used = {n["kg"]["kind"] for n in nodes}
    kinds = [
        {"kind": k, **{x: v for x, v in s.items() if x != "shape"}, "filter": True}
        for k, s in KIND_STYLES.items()
        if k in kinds_used
    ]
    data = {
        "nodes": nodes,
        "edges": edges,
        "kinds": kinds,
        "states": [
            {
                "code": c,
                "label_en": by_code[c]["kg"]["label_en"] if c in by_code else c,
                "label_ar": by_code[c]["kg"]["label_ar"] if c in by_code else "",
            }
            for c in states
        ],
        "dates": {
            "min": dates[0][:10] if dates else None,
            "max": dates[-1][:10] if dates else None,
        },
        "report": {
            "counterparts": report.get("counterparts", []),
            "brokers": report.get("brokers", []),
        },
        "budget": getattr(net, "kg_budget", None)
        or {"limit": None, "total": len(nodes), "drawn": len(nodes), "left_out": {}, "note": ""},
        "hidden": getattr(net, "kg_left_out", []),
        "view": {"labels_max": LABELS_MAX, "zoom_labels": ZOOM_LABELS, "label_px": LABEL_PX},
    }
    vis_js = _inline_js((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8"))
    vis_css = _inline_css((_VIS_DIR / "vis-network.css").read_text(encoding="utf-8"))
    app_js = _inline_js(_template("graph.js"))
    parts = {
        "CSP": html.escape(_csp([vis_js, app_js]), quote=False),  # no quotes inside
        "TITLE": html.escape(title),
        "VIS_CSS": vis_css,
        "OPTIONS": json_for_script(json.loads(options)),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    # The template is read once, between its markers, so that nothing inserted is read
    # again as a marker.
    at = 0
    template = _template("graph.html")
    for m in re.finditer(r"<!--KG:([A-Z_]+)-->", template):
        yield template[at : m.start()]
        if m.group(1) == "DATA":
            yield from _data_chunks(data)
        else:
            yield parts[m.group(1)]
        at = m.end()
    yield template[at:]


def _write_atomic(path: Path, data: str | Iterable[bytes]) -> None:
    write_atomic(path, data)


def render_html(
    g: Graph | None,
    path: str | os.PathLike[str],
    *,
    report: dict[str, Any] | None = None,
    title: str = "Officials network",
    G: nx.MultiDiGraph | None = None,
    budget: int = NODE_BUDGET,
    articles: dict[str, dict[str, Any]] | None = None,
) -> Path:
    """Write the interactive view of ``g`` to ``path`` (UTF-8, written atomically).

    ``report`` is :func:`kg.analyze.report` data if already computed (its counterparts and
    brokers fill the side panel, its people's measures size the nodes, so centrality is not
    computed twice); otherwise it is computed here. ``G`` is ``g`` already read with
    :func:`kg.analyze.to_networkx`, if it was, and ``articles`` its
    :func:`article_index`: given both, ``g`` is not read (it may be ``None``, so that a
    build need not keep its graph for the view). Time: :func:`kg.analyze.to_networkx`
    (unless ``G`` is given), then :func:`build_network`, which draws at most ``budget``
    nodes.

    >>> import tempfile, pathlib
    >>> from kg.analyze import _example
    >>> out = render_html(_example(), pathlib.Path(tempfile.mkdtemp()) / "graph.html")
    >>> "هاكان فيدان" in out.read_text(encoding="utf-8")
    True
    """
    G = analyze.to_networkx(g) if G is None else G
    if report is None:
        measures = analyze.centrality(G)
        data = analyze.report_graph(G, measures=measures)
    else:  # the people's measures are in the report: centrality is not computed again
        measures = analyze.centrality(G, people=report["people"])
        data = report
    articles = article_index(g) if articles is None else articles
    net = build_network(G, measures=measures, budget=budget, articles=articles)
    out = Path(path)
    chunks = page_chunks(net, title=title, report=data)
    _write_atomic(out, (chunk.encode("utf-8") for chunk in chunks))
    return out
