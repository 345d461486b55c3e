"""Tests of kg.render: one self-contained, offline, escaped HTML page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import FOAF, RDF, SKOS

from kg import analyze, render

FIXTURE = Path(__file__).parent / "fixtures" / "analysis.ttl"
KGR = Namespace("https://w3id.org/officials-kg/id/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SDO = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
KGO = Namespace("https://w3id.org/officials-kg/ontology#")
MALICIOUS = [
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=1</script>",
]


def hostile_graph() -> Graph:
    """The fixture plus two people whose names are markup, in the phone call."""
    g = Graph().parse(FIXTURE, format="turtle")
    for i, name in enumerate(MALICIOUS):
        p = KGR[f"hostile-{i}"]
        g.add((p, RDF.type, FOAF.Person))
        g.add((p, SKOS.prefLabel, Literal(name, lang="en")))
        g.add((p, SKOS.prefLabel, Literal(name + " عربي", lang="ar")))
        g.add((KGR["event-fidan-shaibani-call"], SEM.hasActor, p))
    return g


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("render") / "graph.html"
    render.render_html(hostile_graph(), path, title="Türkiye & Syria <officials>")
    return path, path.read_bytes().decode("utf-8")  # fails if not UTF-8


def _json_block(text: str, block: str):
    m = re.search(rf'<script id="{block}" type="application/json">(.*?)</script>', text, re.S)
    assert m, block
    return json.loads(m.group(1))


def test_render_no_remote_resources(page):
    _, text = page
    assert not re.search(r"https?://", text, re.I)
    assert not re.search(r"<script[^>]+src=", text, re.I)
    assert not re.search(r"<link[^>]+href=", text, re.I)
    for css in re.findall(r"<style>(.*?)</style>", text, re.S):
        assert not re.search(r"url\(\s*(?!['\"]?data:)", css, re.I)
    assert "@import" not in text
    assert "sourceMappingURL" not in text
    for host in ("cdnjs", "jsdelivr", "unpkg", "bootstrap.min"):
        assert host not in text


def test_render_inlines_vis_network(page):
    _, text = page
    assert "vis-network" in text and "new vis.Network(" in text
    assert len(text) > 400_000  # the library itself, not a link to it


def test_render_content_security_policy(page):
    _, text = page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert csp.count("'sha256-") == 2 and "unsafe-inline" not in csp.split("style-src")[0]


def test_render_utf8_and_arabic_unmangled(page):
    path, text = page
    assert '<meta charset="utf-8">' in text
    for name in ("هاكان فيدان", "أسعد الشيباني", "إبراهيم قالن", "Yaşar Güler", "İbrahim Kalın"):
        assert name in text
    path.read_text(encoding="utf-8", errors="strict")


def test_render_malicious_label_only_escaped(page):
    _, text = page
    for name in MALICIOUS:
        assert name not in text
    assert "onerror" in text  # it is there, as data
    assert len(re.findall(r"^<script", text, re.M)) == 4 and text.count("</script>") == 4
    data = _json_block(text, "kg-data")
    labels = {n["kg"]["label_en"] for n in data["nodes"]}
    assert set(MALICIOUS) <= labels  # and decodes back to the exact name
    assert "&lt;officials&gt;" in text and "<officials>" not in text


def test_render_search_data_has_both_scripts(page):
    _, text = page
    data = _json_block(text, "kg-data")
    fidan = next(n for n in data["nodes"] if n["id"] == str(KGR["hakan-fidan"]))
    assert fidan["kg"]["search"] == ["hakan fidan", "هاكان فيدان"]
    kalin = next(n for n in data["nodes"] if n["id"] == str(KGR["ibrahim-kalin"]))
    assert "ابراهيم قالن" in kalin["kg"]["search"]  # alef forms folded


def test_render_cards_carry_post_state_dates_evidence_source(page):
    _, text = page
    data = _json_block(text, "kg-data")
    fidan = next(n for n in data["nodes"] if n["id"] == str(KGR["hakan-fidan"]))
    rows = dict(fidan["kg"]["card"]["rows"])
    assert rows["State"] == "Türkiye (TR)"
    assert (
        rows["Post"]
        == "Minister of Foreign Affairs of Türkiye (since 2023-06-03; reported 2025-10-12)"
    )
    (quote,) = fidan["kg"]["card"]["quotes"]
    assert quote["text"] == "Foreign Minister Hakan Fidan"
    # no article text in the fixture: the mention's words alone, and the outlet by its host
    assert quote["parts"] == [["Foreign Minister Hakan Fidan", 0]]
    assert quote["source"] == "news.example.org · 2025-10-12"
    visit = next(n for n in data["nodes"] if n["id"] == str(KGR["event-fidan-damascus-visit"]))
    assert visit["kg"]["card"]["quotes"][0]["source"].startswith("Anadolu Agency · 2025-10-21")
    assert visit["kg"]["card"]["quotes"][0]["lang"] == "ar"


def test_render_styles_sizes_and_physics(page):
    _, text = page
    data = _json_block(text, "kg-data")
    options = _json_block(text, "kg-options")
    shapes = {n["kg"]["kind"]: n["shape"] for n in data["nodes"]}
    assert shapes == {
        "person": "dot",
        "organization": "square",
        "country": "hexagon",
        "post": "triangle",
        "event": "diamond",
        "outlet": "star",
        "place": "triangleDown",
    }
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes[str(KGR["hakan-fidan"])] > sizes[str(KGR["yasar-guler"])]
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] > 0
    assert "setOptions({ physics: false })" in text
    assert {k["kind"] for k in data["kinds"]} >= {"person", "event", "outlet", "place"}
    assert [s["code"] for s in data["states"]] == ["SY", "TR"]


def test_render_big_graph_precomputed_positions(monkeypatch):
    monkeypatch.setattr(render, "_BIG", 10)
    G = analyze.to_networkx(Graph().parse(FIXTURE, format="turtle"))
    net = render.build_network(G)
    assert all(isinstance(n["x"], float) and n["physics"] is False for n in net.nodes)
    assert net.options["physics"]["enabled"] is False


def test_render_deterministic_and_atomic(tmp_path):
    g = Graph().parse(FIXTURE, format="turtle")
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    render.render_html(g, a)
    render.render_html(g, b, report=analyze.report(g))
    assert a.read_bytes() == b.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_render_json_for_script_escapes():
    text = render.json_for_script({"k": "<>&\u2028\u2029 https://x"})
    assert text == '{"k":"\\u003c\\u003e\\u0026\\u2028\\u2029 https:\\/\\/x"}'
    assert json.loads(text) == {"k": "<>&\u2028\u2029 https://x"}


_TEXT = (
    "Ministers meet in the capital\n\n"
    "The talks opened early. Foreign Minister Rami Haddad received his counterpart"
    " on Monday, and they spoke of trade. Nothing else was said."
)


def _article_graph() -> Graph:
    """One article with its text, no headline, and an event whose words are in it."""
    g = Graph()
    a, e = KGR["article-t"], KGR["event-t"]
    g.add((a, RDF.type, SDO.NewsArticle))
    g.add((a, NIF.isString, Literal(_TEXT)))
    g.add((a, SDO.url, Literal("https://www.outlet.example/n/1")))
    g.add((a, SDO.datePublished, Literal("2025-10-17")))
    g.add((e, RDF.type, SEM.Event))
    g.add((e, SEM.hasTimeStamp, Literal("2025-10-17")))
    g.add((e, SEM.eventType, KGR["type-meeting"]))
    g.add((KGR["type-meeting"], SKOS.notation, Literal("meeting")))
    g.add((KGR["type-meeting"], SKOS.prefLabel, Literal("meeting", lang="en")))
    g.add((KGR["type-meeting"], SKOS.prefLabel, Literal("اجتماع", lang="ar")))
    for word in ("Rami Haddad", "received"):
        m = KGR[f"mention-{word[:4]}"]
        b = _TEXT.index(word)
        g.add((e, KGO.evidence, m))
        g.add((m, NIF.referenceContext, a))
        g.add((m, NIF.beginIndex, Literal(b)))
        g.add((m, NIF.endIndex, Literal(b + len(word))))
        g.add((m, NIF.anchorOf, Literal(word)))
    return g


def test_render_card_quotes_the_sentence_with_the_fact_marked_title_and_outlet():
    g = _article_graph()
    G = analyze.to_networkx(g)
    net = render.build_network(G, articles=render.article_index(g))
    card = next(n["kg"]["card"] for n in net.nodes if n["id"] == str(KGR["event-t"]))
    (quote,) = card["quotes"]  # two mentions, one sentence: one quote
    assert quote["text"] == (
        "Foreign Minister Rami Haddad received his counterpart on Monday, and they spoke of trade."
    )
    assert [p for p, marked in quote["parts"] if marked] == ["Rami Haddad", "received"]
    assert "".join(p for p, _ in quote["parts"]) == quote["text"]
    assert quote["title"] == "Ministers meet in the capital"
    assert quote["source"] == "outlet.example · 2025-10-17"


def test_render_sentence_span_stays_within_its_reach():
    text = "x" * 1000
    s, e = render.sentence_span(text, 500, 505, reach=50)
    assert (s, e) == (450, 555)


def test_render_arabic_dates_read_right_to_left_without_latin_digits():
    assert render.arabic_date("2025-11-05") == "٥ نوفمبر ٢٠٢٥"
    assert render.arabic_date("2025-13-45") == "2025-13-45"  # not a date: left as it is
    g = _article_graph()
    net = render.build_network(analyze.to_networkx(g))
    (event,) = [n for n in net.nodes if n["kg"]["kind"] == "event"]
    assert event["kg"]["label_en"].endswith("2025-10-17")
    assert event["kg"]["label_ar"] == "اجتماع ١٧ أكتوبر ٢٠٢٥"


def test_render_first_screen_is_the_central_people_their_states_and_shared_events(page):
    _, text = page
    data = _json_block(text, "kg-data")
    assert all(n["kg"]["first"] for n in data["nodes"])  # a small graph opens whole
    assert sorted(n["kg"]["rank"] for n in data["nodes"]) == list(range(len(data["nodes"])))
    G = analyze.to_networkx(hostile_graph())
    first = render.first_screen(G, analyze.centrality(G), people=3, whole=0)
    kinds = {G.nodes[n]["kind"] for n in first}
    assert kinds == {"person", "country", "event"}
    assert sum(G.nodes[n]["kind"] == "person" for n in first) == 3
    assert str(KGR["hakan-fidan"]) in first


def test_render_first_screen_bounded_on_a_big_graph():
    from kg.bench.view import synthetic_graph

    G = analyze.to_networkx(synthetic_graph(nodes=1200, states=12, seed=2))
    measures = analyze.centrality(G)
    first = render.first_screen(G, measures)
    people = [n for n in first if G.nodes[n]["kind"] == "person"]
    assert len(people) == render.FIRST_PEOPLE
    assert len(first) <= render.FIRST_PEOPLE * 3 + 12
    assert len(first) < G.number_of_nodes() / 5


def test_render_people_tied_to_their_states(page):
    _, text = page
    data = _json_block(text, "kg-data")
    ties = {(e["from"], e["to"]) for e in data["edges"] if e["kg"]["kinds"] == ["of_state"]}
    assert (str(KGR["hakan-fidan"]), str(KGR["TR"])) in ties
    people = {n["id"] for n in data["nodes"] if n["kg"]["kind"] == "person"}
    states = {n["id"] for n in data["nodes"] if n["kg"]["kind"] == "country"}
    assert all(a in people and b in states for a, b in ties)
