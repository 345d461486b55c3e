"""Tests of kg.analyze on the hand-written fixture graph tests/fixtures/analysis.ttl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg import analyze
from kg.errors import UsageError

FIXTURE = Path(__file__).parent / "fixtures" / "analysis.ttl"
KGR = "https://w3id.org/officials-kg/id/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


@pytest.fixture(scope="module")
def G(graph):
    return analyze.to_networkx(graph)


def _labels(G, nodes):
    return sorted(G.nodes[n]["label_en"] for n in nodes)


def test_analyze_nodes_by_kind_without_class_or_label_hubs(G):
    kinds = {}
    for _, k in G.nodes(data="kind"):
        kinds[k] = kinds.get(k, 0) + 1
    assert kinds == {
        "person": 7,
        "organization": 8,
        "outlet": 1,
        "country": 2,
        "post": 7,
        "event": 3,
        "place": 2,
    }
    # no node for a class, a role concept, an article or a mention
    for n in G:
        assert "role-" not in n and "article-" not in n and "Ministry" not in n


def test_analyze_node_attributes(G):
    fidan = G.nodes[KGR + "hakan-fidan"]
    assert (fidan["label_en"], fidan["label_ar"], fidan["country"]) == (
        "Hakan Fidan",
        "هاكان فيدان",
        "TR",
    )
    assert fidan["roles"] == ["foreign_minister"]
    # the role without a key of its own gets its broader concept's key
    assert G.nodes[KGR + "asaad-al-shaibani"]["roles"] == ["foreign_minister"]
    # the country of an organization comes from an ancestor when it has none of its own
    assert G.nodes[KGR + "mit"]["country"] == "TR"
    assert G.nodes[KGR + "ibrahim-kalin"]["countries"] == ["TR"]
    visit = G.nodes[KGR + "event-fidan-damascus-visit"]
    assert (visit["event_type"], visit["date"], visit["begin"], visit["end"]) == (
        "visit",
        None,
        "2025-10-20",
        "2025-10-21",
    )
    assert visit["place_en"] == "Damascus" and visit["evidence_text"].startswith("وصل وزير")
    assert G.nodes[KGR + "event-ankara-talks"]["event_type"] == "meeting"
    assert G.nodes[KGR + "anadolu-agency"]["kind"] == "outlet"
    assert G.nodes[KGR + "damascus"]["kind"] == "place"


@pytest.mark.parametrize(
    ("u", "v", "kind"),
    [
        ("hakan-fidan", "post-foreign-minister-tr", "holds_post"),
        ("post-foreign-minister-tr", "mfa-tr", "post_in"),
        ("mit", "presidency-tr", "part_of"),
        ("mfa-sy", "SY", "in_country"),
        ("yasar-guler", "event-ankara-talks", "took_part_in"),
        ("TR", "event-ankara-talks", "hosted"),
        ("ahmed-al-sharaa", "event-fidan-damascus-visit", "hosted"),
        ("event-fidan-shaibani-call", "anadolu-agency", "reported_by"),
        ("ahmed-al-sharaa", "anadolu-agency", "reported_by"),
        ("event-fidan-damascus-visit", "damascus", "happened_in"),
    ],
)
def test_analyze_typed_edges(G, u, v, kind):
    kinds = {d["kind"] for d in G.get_edge_data(KGR + u, KGR + v, default={}).values()}
    assert kind in kinds


def test_analyze_holds_post_carries_dates_and_evidence(G):
    (d,) = G.get_edge_data(KGR + "hakan-fidan", KGR + "post-foreign-minister-tr").values()
    assert (d["start"], d["observed"], d["role"]) == (
        "2023-06-03",
        "2025-10-12",
        "foreign_minister",
    )
    assert d["evidence"][0]["text"] == "Foreign Minister Hakan Fidan"
    assert (d["evidence"][0]["begin"], d["evidence"][0]["end"]) == (0, 28)


def test_analyze_ankara_meeting_joins_six_people(G):
    talks = KGR + "event-ankara-talks"
    people = [u for u, _, k in G.in_edges(talks, data="kind") if k == "took_part_in"]
    assert _labels(G, people) == [
        "Asaad al-Shaibani",
        "Hakan Fidan",
        "Hussein al-Salama",
        "Murhaf Abu Qasra",
        "Yaşar Güler",
        "İbrahim Kalın",
    ]
    assert G.nodes[talks]["states"] == ["SY", "TR"]


def test_analyze_counterparts_found(G):
    found = {(c["role"], c["a"]["label_en"], c["b"]["label_en"]) for c in analyze.counterparts(G)}
    assert found == {
        ("foreign_minister", "Asaad al-Shaibani", "Hakan Fidan"),
        ("defence_minister", "Murhaf Abu Qasra", "Yaşar Güler"),
        ("intelligence_chief", "Hussein al-Salama", "İbrahim Kalın"),
    }
    fm = next(c for c in analyze.counterparts(G) if c["role"] == "foreign_minister")
    assert [e["id"] for e in fm["events"]] == [
        KGR + "event-ankara-talks",
        KGR + "event-fidan-shaibani-call",
    ]


def test_analyze_broker_between_states(G):
    (broker,) = analyze.brokers(G)
    assert broker["label_en"] == "Hakan Fidan" and broker["state_pairs"] == ["SY-TR"]


def test_analyze_centrality_ranks_fidan_first(G):
    c = analyze.centrality(G)
    people = [n for n, k in G.nodes(data="kind") if k == "person"]
    top = max(people, key=lambda n: c[n]["betweenness"])
    assert top == KGR + "hakan-fidan"
    assert all(0 <= c[n]["eigenvector"] <= 1 for n in G)


def test_analyze_communities_deterministic(graph):
    runs = [analyze.communities(analyze.to_networkx(graph)) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert sorted(n for c in runs[0] for n in c) == sorted(analyze.to_networkx(graph).nodes)


@pytest.mark.parametrize(
    ("a", "b", "steps"),
    [
        (
            "Hakan Fidan",
            "أحمد الشرع",
            [
                "Hakan Fidan took part in visit in Damascus between 2025-10-20 and 2025-10-21"
                " with Ahmed al-Sharaa"
            ],
        ),
        (
            "ibrahim kalin",
            "Ahmed al-Sharaa",
            [
                "İbrahim Kalın took part in security talks in Ankara on 2025-10-12"
                " with Hakan Fidan",
                "Hakan Fidan took part in visit in Damascus between 2025-10-20 and 2025-10-21"
                " with Ahmed al-Sharaa",
            ],
        ),
    ],
)
def test_analyze_path_explained(G, a, b, steps):
    path = analyze.shortest_path(G, analyze.find_person(G, a), analyze.find_person(G, b))
    assert analyze.explain_path(G, path) == steps


def test_analyze_path_explains_structural_hops(G):
    path = [
        KGR + "ibrahim-kalin",
        KGR + "post-head-of-mit",
        KGR + "mit",
        KGR + "presidency-tr",
        KGR + "TR",
    ]
    assert analyze.explain_path(G, path) == [
        "İbrahim Kalın holds the post Head of the National Intelligence Organization",
        "Head of the National Intelligence Organization is a post in"
        " National Intelligence Organization",
        "National Intelligence Organization is part of Presidency of Türkiye",
        "Presidency of Türkiye is an organization of Türkiye",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hakan Fidan", "hakan-fidan"),
        ("HAKAN FIDAN", "hakan-fidan"),
        ("فيدان", "hakan-fidan"),
        ("ابراهيم قالن", "ibrahim-kalin"),  # bare alef for إ
        ("Ibrahim Kalin", "ibrahim-kalin"),  # no Turkish letters
        ("Yasar Guler", "yasar-guler"),
        ("al Shaibani", "asaad-al-shaibani"),
        ("أسعد حسن الشيباني", "asaad-al-shaibani"),  # another name
    ],
)
def test_analyze_find_person(G, query, expected):
    assert analyze.find_person(G, query) == KGR + expected


def test_analyze_find_person_unknown(G):
    with pytest.raises(UsageError, match="nobody"):
        analyze.find_person(G, "Nobody Atall")


def test_analyze_ego_network(G):
    E = analyze.ego_network(G, KGR + "ahmed-al-sharaa", radius=2)
    people = [n for n, k in E.nodes(data="kind") if k == "person"]
    assert _labels(E, people) == ["Ahmed al-Sharaa", "Hakan Fidan"]


def test_analyze_timelines(G):
    rows = analyze.timeline(G, KGR + "hakan-fidan")
    assert [r["event_type"] for r in rows] == ["meeting", "phone_call", "visit"]
    assert rows[1]["participants"] == ["Asaad al-Shaibani"]
    pair = analyze.state_timeline(G, "tr", "sy")
    assert [r["begin"] for r in pair] == ["2025-10-12", "2025-10-17", "2025-10-20"]


def test_analyze_report_json_stable(graph):
    first = json.dumps(analyze.report(graph), ensure_ascii=False)
    again = json.dumps(analyze.report(Graph().parse(FIXTURE, format="turtle")), ensure_ascii=False)
    assert first == again
    data = json.loads(first)
    assert set(data) == {
        "summary",
        "people",
        "brokers",
        "communities",
        "counterparts",
        "ego",
        "timelines",
    }
    assert data["people"][0]["label_en"] == "Hakan Fidan"
    assert list(data["timelines"]["state_pairs"]) == ["SY-TR"]


def test_analyze_report_markdown(graph):
    text = analyze.report_markdown(analyze.report(graph))
    assert text.startswith("# Officials network report\n")
    assert "| foreign\\_minister | Asaad al-Shaibani (SY) | Hakan Fidan (TR) |" in text
    assert "هاكان فيدان" in text


def test_analyze_markdown_escapes_table_text():
    data = {
        "summary": {"nodes": {}, "edges": {}},
        "people": [
            {
                "label_en": "a|b <x>",
                "label_ar": "",
                "countries": [],
                "roles": [],
                "degree": 0,
                "betweenness": 0,
                "eigenvector": 0,
            }
        ],
        "brokers": [],
        "counterparts": [],
        "communities": [],
        "timelines": {"state_pairs": {}},
    }
    assert "a\\|b \\<x\\>" in analyze.report_markdown(data)


def test_analyze_empty_graph():
    data = analyze.report(Graph())
    assert data["people"] == [] and data["communities"] == []


def test_analyze_path_read_backwards_keeps_who_does_what(G):
    path = [
        KGR + "TR",
        KGR + "presidency-tr",
        KGR + "mit",
        KGR + "post-head-of-mit",
        KGR + "ibrahim-kalin",
    ]
    assert analyze.explain_path(G, path) == [
        "Türkiye has the organization Presidency of Türkiye",
        "Presidency of Türkiye includes National Intelligence Organization",
        "National Intelligence Organization has the post"
        " Head of the National Intelligence Organization",
        "Head of the National Intelligence Organization is held by İbrahim Kalın",
    ]


# --------------------------------------------------------------------------- one node per thing


def _many_memberships_graph(n_people: int = 12, n_articles: int = 8) -> tuple[Graph, dict]:
    """A built graph of invented officials of two invented states: every person holds a
    post seen in many articles, some change post, events happen in places of both states,
    a news agency reports them, one person is only designated."""
    from datetime import date

    from kg.model import (
        Article,
        Country,
        Event,
        Mention,
        Organization,
        Person,
        Place,
        Resolved,
        Source,
        Tenure,
    )
    from kg.rdf import build_graph
    from kg.resolve import fold_tenures

    text = "An invented sentence that every mention of this graph points into."
    states = ("ZY", "ZZ")
    orgs = [Organization("wire", "Invented Wire", "وكالة مخترعة", "news_agency", "ZZ")]
    for c in states:
        orgs.append(Organization(f"{c.lower()}-gov", f"Government {c}", "", "government", c))
        orgs.append(
            Organization(
                f"{c.lower()}-mfa", f"Foreign Ministry {c}", "", "ministry", c, f"{c.lower()}-gov"
            )
        )
    places = [
        Place(f"city-{c.lower()}-{k}", f"City {k} of {c}", "", "city", c)
        for c in states
        for k in (1, 2)
    ]
    articles = [Article(f"a{i}", text, "en", date(2031, 1, 1 + i)) for i in range(n_articles)]
    persons, sightings, events = [], [], []
    for p in range(n_people):
        state = states[p % 2]
        pid = f"official-{p}"
        persons.append(Person(pid, name_en=f"Official Number{p} Invented"))
        for i, a in enumerate(articles):
            m = Mention(a.id, 0, 2, text[:2], "t")
            role = "foreign_minister" if p % 3 or i < 4 else "deputy_minister"
            org = f"{state.lower()}-mfa"
            sightings.append(Tenure(pid, role, org, state, a.id, (m,)))
    wire = Source("wire", Mention("a0", 3, 11, text[3:11], "t"))
    for i, a in enumerate(articles):
        m = Mention(a.id, 0, 2, text[:2], "t")
        events.append(
            Event(
                f"e{i}",
                "meeting",
                a.id,
                (m,),
                actors=(f"official-{i % n_people}", f"official-{(i + 1) % n_people}"),
                place=places[i % len(places)].id,
                date=a.date,
                sources=(wire,),
            )
        )
    designate = Tenure("official-0", "head_of_government", "zy-gov", "ZY", "a1",
                       (Mention("a1", 0, 2, text[:2], "t"),), status="designate")  # fmt: skip
    resolved = Resolved(
        articles=tuple(articles),
        persons=tuple(persons),
        organizations=tuple(sorted(orgs, key=lambda o: o.id)),
        countries=tuple(Country(c, f"State {c}", "") for c in states),
        places=tuple(places),
        tenures=fold_tenures([*sightings, designate]),
        events=tuple(events),
    )
    return build_graph(resolved), {
        "organizations": len(orgs) - 1,
        "outlets": 1,
        "places": len(places),
        "persons": n_people,
        "memberships": sum(1 for t in resolved.tenures if t.status != "designate"),
        "sightings": len(sightings),
    }


def _is_hex_id(label: str) -> bool:
    import re

    return bool(re.fullmatch(r"[0-9a-f]{6,}", label.replace(" ", "")))


def test_analyze_one_node_per_real_thing_and_memberships_as_edges():
    g, want = _many_memberships_graph()
    G = analyze.to_networkx(g)
    kinds = {}
    for _, k in G.nodes(data="kind"):
        kinds[k] = kinds.get(k, 0) + 1
    assert kinds["organization"] == want["organizations"]
    assert kinds["outlet"] == want["outlets"]
    assert kinds["place"] == want["places"]
    assert kinds["person"] == want["persons"]
    assert want["memberships"] < want["sightings"]  # the sightings were folded
    for n, d in G.nodes(data=True):
        assert not any(f"/{x}/" in n for x in ("membership", "designation", "interval", "date"))
        assert not _is_hex_id(d["label_en"]), (n, d["label_en"])
    held = [d for _, _, d in G.edges(data=True) if d["kind"] == "holds_post"]
    assert len(held) == want["memberships"]
    assert all(d["seen_from"] and d["seen_until"] and d["observed_dates"] for d in held)
    assert {d["kind"] for _, _, d in G.edges(data=True)} >= {"happened_in", "place_in"}
    data = analyze.report_graph(G)
    assert data["summary"]["nodes"]["organization"] == want["organizations"]
    S = analyze.scalar_graph(G)
    assert {d["kind"] for _, d in S.nodes(data=True)} == set(kinds)


# --------------------------------------------------------------------------- measures at scale


def test_analyze_person_graph_ties_people_by_shared_events(G):
    P = analyze.person_graph(G)
    assert set(P) == {n for n, k in G.nodes(data="kind") if k == "person"}
    fidan, shaibani = KGR + "hakan-fidan", KGR + "asaad-al-shaibani"
    assert P[fidan][shaibani]["weight"] == 2  # the Ankara talks and the phone call
    assert not P.has_edge(KGR + "ahmed-al-sharaa", shaibani)


def test_analyze_betweenness_is_the_peoples_and_sampled_past_the_stated_size(G, monkeypatch):
    exact = analyze.centrality(G)
    assert all(exact[n]["betweenness"] == 0 for n, k in G.nodes(data="kind") if k != "person")
    calls = []
    real = analyze.nx.betweenness_centrality

    def spy(P, k=None, seed=None, **kw):
        calls.append((P.number_of_nodes(), k, seed))
        return real(P, k=k, seed=seed, **kw)

    monkeypatch.setattr(analyze.nx, "betweenness_centrality", spy)
    monkeypatch.setattr(analyze, "BETWEENNESS_EXACT_MAX", 5)
    monkeypatch.setattr(analyze, "BETWEENNESS_SAMPLES", 4)
    sampled = analyze.centrality(G)
    assert calls == [(7, 4, 0)]  # the 7 people, 4 sources, a fixed seed
    assert analyze.centrality(G) == sampled


def test_analyze_centrality_is_computed_once_for_report_and_view(graph, monkeypatch, tmp_path):
    from kg import render

    calls = []
    real = analyze._betweenness
    monkeypatch.setattr(analyze, "_betweenness", lambda P: calls.append(1) or real(P))
    data = analyze.report(graph)
    render.render_html(graph, tmp_path / "graph.html", report=data)
    assert len(calls) == 1


_RANKING_TTL = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <https://schema.org/> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kgo: <https://w3id.org/officials-kg/ontology#> .
@prefix : <https://w3id.org/officials-kg/id/> .
:AA a schema:Country ; skos:notation "AA" . :BB a schema:Country ; skos:notation "BB" .
:CC a schema:Country ; skos:notation "CC" .
:amb a skos:Concept ; skos:notation "ambassador" .
:fm a skos:Concept ; skos:notation "foreign_minister" .
:meet a skos:Concept ; skos:notation "meeting" ; skos:prefLabel "meeting"@en, "اجتماع"@ar .
:planned a skos:Concept ; skos:prefLabel "planned"@en, "مرتقب"@ar .
:oa a org:Organization ; kgo:country :AA . :ob a org:Organization ; kgo:country :BB .
:oc a org:Organization ; kgo:country :CC .
"""


def _ranking_graph() -> Graph:
    """Three ambassadors at one reception; two ministers who met twice, alone."""
    lines = [_RANKING_TTL]
    people = [("x", "oa", "amb"), ("y", "ob", "amb"), ("z", "oc", "amb")]
    people += [("m", "oa", "fm"), ("n", "ob", "fm")]
    for p, o, r in people:
        lines.append(
            f':{p} a foaf:Person ; skos:prefLabel "Person {p.upper()}"@en .\n'
            f":ms-{p} a org:Membership ; org:member :{p} ; org:organization :{o} ; org:role :{r} ."
        )
    lines.append(":recv a sem:Event ; sem:eventType :meet ; sem:hasActor :x, :y, :z .")
    for i in (1, 2):
        lines.append(f":talk{i} a sem:Event ; sem:eventType :meet ; sem:hasActor :m, :n .")
    lines.append(
        ":plan a sem:Event, kgo:PlannedEvent ; kgo:plannedEventType :meet ; kgo:status :planned ;"
        ' sem:hasActor :m, :n ; sem:hasTimeStamp "2025-12-01"^^xsd:date .'
    )
    return Graph().parse(data="\n".join(lines), format="turtle")


def test_analyze_counterparts_rank_face_to_face_before_one_reception():
    G = analyze.to_networkx(_ranking_graph())
    rows = analyze.counterparts(G)
    first = rows[0]
    assert (first["a"]["label_en"], first["b"]["label_en"]) == ("Person M", "Person N")
    assert first["principal"] == 3 and len(first["events"]) == 3
    guests = [r for r in rows if r["role"] == "ambassador"]
    assert len(guests) == 3 and all(r["principal"] == 0 for r in guests)
    assert rows.index(guests[0]) > 0


def test_analyze_planned_event_named_as_planned_in_both_languages():
    G = analyze.to_networkx(_ranking_graph())
    d = G.nodes[KGR + "plan"]
    assert d["planned"] is True and d["event_type"] == "meeting"
    assert d["type_label_en"] == "meeting (planned)"
    assert d["type_label_ar"] == "اجتماع (مرتقب)"
    assert d["label_en"] == "meeting (planned) 2025-12-01"
    assert G.nodes[KGR + "talk1"]["planned"] is False
