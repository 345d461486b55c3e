"""Tests of kg.rdf: the golden graph, determinism, atomic writes, and the scorer's view.

Regenerate the golden file after an intended change with::

    KG_UPDATE_GOLDEN=1 python -m pytest tests/test_rdf.py
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib.util
import json
import os
import random
from datetime import date
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, Literal
from rdflib.namespace import ORG, SKOS, TIME

from kg import rdf
from kg.errors import ValidationError
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
from kg.rdf import build_graph, serialize, triples, write_turtle
from kg.resolve import fold_tenures
from kg.shapes import validate
from kg.vocab import KGO, NIF, SEM, role_iri, status_iri

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "fixtures" / "golden.ttl"
QUERIES = ROOT / "ontology" / "queries"

# Sentences written for these tests.
TEXT_EN = (
    "Turkish Foreign Minister Hakan Fidan, a former head of the intelligence agency, "
    "is expected to visit Damascus next week, Anadolu Agency reported."
)
TEXT_AR = (
    "استقبل وزير الدفاع السوري اللواء مرهف أبو قصرة في دمشق اليوم وزير الخارجية التركي "
    "هاكان فيدان. وكُلّف سامر الخطيب بتشكيل الحكومة الجديدة."
)


def mention(article: str, text: str, span: str, rule: str) -> Mention:
    begin = text.index(span)
    return Mention(article=article, begin=begin, end=begin + len(span), text=span, rule=rule)


def make_resolved() -> Resolved:
    """A small resolved graph: three persons, two articles, a designation, a planned event."""
    a1 = Article(
        id="a1",
        text=TEXT_EN,
        lang="en",
        date=date(2025, 10, 17),
        url="https://news.example/a1",
        title="Fidan to visit Damascus",
        source="Anadolu Agency",
    )
    a2 = Article(id="a2", text=TEXT_AR, lang="ar", date=date(2025, 10, 18))
    m_fidan_en = mention("a1", TEXT_EN, "Turkish Foreign Minister Hakan Fidan", "en.title_name")
    m_fidan_mit = mention("a1", TEXT_EN, "a former head of the intelligence agency", "en.former")
    m_visit = mention("a1", TEXT_EN, "is expected to visit Damascus next week", "en.visit_planned")
    m_aa = mention("a1", TEXT_EN, "Anadolu Agency reported", "en.source")
    m_qasra = mention("a2", TEXT_AR, "وزير الدفاع السوري اللواء مرهف أبو قصرة", "ar.title_name")
    m_fidan_ar = mention("a2", TEXT_AR, "وزير الخارجية التركي هاكان فيدان", "ar.title_name")
    m_host = mention("a2", TEXT_AR, "استقبل", "ar.host_verb")
    m_khatib = mention("a2", TEXT_AR, "كُلّف سامر الخطيب بتشكيل الحكومة", "ar.designate")
    anadolu = Source(org="anadolu-agency", mention=m_aa)
    return Resolved(
        articles=(a1, a2),
        persons=(
            Person(
                id="hakan-fidan",
                name_en="Hakan Fidan",
                name_ar="هاكان فيدان",
                alt_labels=(("Fidan", "en"), ("Hakan Fidan", "en")),
                mentions=(m_fidan_en, m_fidan_ar),
            ),
            # seen only in Arabic: the English label is a transliteration
            Person(
                id="murhaf-abu-qasra",
                name_en="Murhaf Abu Qasra",
                name_ar="مرهف أبو قصرة",
                alt_labels=(("أبو قصرة", "ar"), ("Abu Qasra", "en")),
                rank="major_general",
                mentions=(m_qasra,),
            ),
            Person(
                id="samer-al-khatib",
                name_en="Samer al-Khatib",
                name_ar="سامر الخطيب",
                mentions=(m_khatib,),
            ),
        ),
        organizations=(
            Organization(
                id="anadolu-agency",
                label_en="Anadolu Agency",
                label_ar="وكالة الأناضول",
                kind="news_agency",
                country="TR",
            ),
            Organization(
                id="sy-government",
                label_en="Government of Syria",
                label_ar="الحكومة السورية",
                kind="government",
                country="SY",
            ),
            Organization(
                id="sy-mod",
                label_en="Ministry of Defence of Syria",
                label_ar="وزارة الدفاع السورية",
                kind="ministry",
                parent="sy-government",
            ),
            Organization(
                id="tr-mfa",
                label_en="Ministry of Foreign Affairs of Turkey",
                label_ar="وزارة الخارجية التركية",
                kind="ministry",
                country="TR",
            ),
            Organization(
                id="tr-mit",
                label_en="National Intelligence Organization",
                label_ar="جهاز الاستخبارات التركي",
                kind="agency",
                country="TR",
            ),
        ),
        countries=(Country("SY", "Syria", "سوريا"), Country("TR", "Turkey", "تركيا")),
        places=(
            Place(
                id="damascus", label_en="Damascus", label_ar="دمشق", kind="capital", country="SY"
            ),
        ),
        tenures=fold_tenures(
            (
                Tenure(
                    person="hakan-fidan",
                    role="foreign_minister",
                    org="tr-mfa",
                    country="TR",
                    article="a1",
                    mentions=(m_fidan_en,),
                    sources=(anadolu,),
                ),
                Tenure(
                    person="hakan-fidan",
                    role="intelligence_chief",
                    org="tr-mit",
                    country="TR",
                    article="a1",
                    mentions=(m_fidan_mit,),
                    status="former",
                ),
                Tenure(
                    person="murhaf-abu-qasra",
                    role="defence_minister",
                    org="sy-mod",
                    country=None,
                    article="a2",
                    mentions=(m_qasra,),
                    rank="major_general",
                    start=date(2025, 3, 29),
                ),
                Tenure(
                    person="samer-al-khatib",
                    role="prime_minister",
                    org="sy-government",
                    country="SY",
                    article="a2",
                    mentions=(m_khatib,),
                    status="designate",
                ),
            )
        ),
        events=(
            Event(
                id="a2-visit-1",
                type="visit",
                article="a2",
                mentions=(m_host,),
                actors=("hakan-fidan", "murhaf-abu-qasra"),
                country_actors=("SY", "TR"),
                hosts=("murhaf-abu-qasra",),
                place="damascus",
                date=date(2025, 10, 18),
                cameo="043",
            ),
            Event(
                id="a1-visit-1",
                type="visit",
                article="a1",
                mentions=(m_visit,),
                actors=("hakan-fidan",),
                country_actors=("TR",),
                place="damascus",
                earliest=date(2025, 10, 20),
                latest=date(2025, 10, 26),
                status="planned",
                sources=(anadolu,),
            ),
        ),
    )


def shuffled(resolved: Resolved, seed: int) -> Resolved:
    """The same content with every tuple (and nested tuple of ids) in another order."""
    rng = random.Random(seed)

    def mix(items: tuple) -> tuple:
        items = list(items)
        rng.shuffle(items)
        return tuple(items)

    def deep(obj):
        if not dataclasses.is_dataclass(obj):
            return obj
        changes = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, tuple):
                changes[f.name] = mix(tuple(deep(v) for v in value))
        return dataclasses.replace(obj, **changes)

    return deep(resolved)


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return build_graph(make_resolved())


# ------------------------------------------------------------------------------ golden file


def test_rdf_serialize_matches_golden(graph):
    data = serialize(graph)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(data)
    expected = GOLDEN.read_text(encoding="utf-8")
    got = data.decode("utf-8")
    if got != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                got.splitlines(keepends=True),
                "tests/fixtures/golden.ttl",
                "serialize(graph)",
            )
        )
        pytest.fail(f"Turtle differs from the golden file (KG_UPDATE_GOLDEN=1 to accept):\n{diff}")


def test_rdf_golden_conforms_to_shapes():
    golden = rdflib.Graph().parse(GOLDEN, format="turtle")
    report = validate(golden)
    assert report.problems == []
    assert report.conforms


def test_rdf_golden_parses_with_rdflib_and_oxigraph_alike():
    data = GOLDEN.read_bytes()
    with_rdflib = rdflib.Graph().parse(data=data, format="turtle")
    with_oxigraph = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(with_rdflib) == len(with_oxigraph) > 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rdf_serialize_does_not_depend_on_input_order(graph, seed):
    again = build_graph(shuffled(make_resolved(), seed))
    assert serialize(again) == serialize(graph)


def test_rdf_triples_is_a_generator_of_triples():
    stream = triples(make_resolved())
    first = next(stream)
    assert len(first) == 3
    assert all(len(t) == 3 for t in stream)


# ------------------------------------------------------------------------------ contract


def test_rdf_designation_is_not_a_membership(graph):
    khatib = rdf.person_iri("samer-al-khatib")
    assert not list(graph.subjects(ORG.member, khatib))
    (designation,) = graph.subjects(KGO.designee, khatib)
    assert (designation, RDF.type, KGO.Designation) in graph
    assert (designation, ORG.role, None) not in graph
    assert graph.value(designation, KGO.designatedFor) == role_iri("prime_minister")


def test_rdf_planned_event_has_no_sem_event_type(graph):
    planned = rdf.event_iri("a1-visit-1")
    assert (planned, SEM.eventType, None) not in graph
    assert (planned, RDF.type, KGO.PlannedEvent) in graph
    assert (planned, SEM.hasEarliestBeginTimeStamp, Literal(date(2025, 10, 20))) in graph
    held = rdf.event_iri("a2-visit-1")
    assert (held, SEM.hasTimeStamp, Literal(date(2025, 10, 18))) in graph
    assert (held, KGO.host, rdf.person_iri("murhaf-abu-qasra")) in graph


def test_rdf_mentions_point_at_their_text(graph):
    for m in graph.subjects(RDF.type, KGO.Mention):
        text = str(graph.value(graph.value(m, NIF.referenceContext), NIF.isString))
        begin, end = int(graph.value(m, NIF.beginIndex)), int(graph.value(m, NIF.endIndex))
        assert text[begin:end] == str(graph.value(m, NIF.anchorOf))


def test_rdf_used_concepts_are_copied_with_their_broader_chain(graph):
    pm = role_iri("prime_minister")
    assert (pm, SKOS.broader, role_iri("head_of_government")) in graph
    assert (role_iri("head_of_government"), SKOS.notation, Literal("head_of_government")) in graph
    assert (role_iri("foreign_minister"), SKOS.broader, role_iri("minister")) in graph
    # unused concepts are not copied
    assert (role_iri("envoy"), None, None) not in graph


def test_rdf_iris_are_ascii(graph):
    for triple in graph:
        for term in triple:
            if isinstance(term, rdflib.URIRef):
                assert str(term).isascii(), term


def test_rdf_non_ascii_ids_are_percent_encoded():
    g = build_graph(Resolved(persons=(Person(id="فيدان", name_en="Fidan"),)))
    (person,) = g.subjects(RDF.type, rdflib.namespace.FOAF.Person)
    assert str(person).isascii() and "%D9%81" in str(person)


def test_rdf_unknown_role_is_an_error_when_strict():
    resolved = dataclasses.replace(
        make_resolved(),
        tenures=fold_tenures(
            (
                Tenure(
                    person="hakan-fidan",
                    role="grand_vizier",
                    org=None,
                    country="TR",
                    article="a1",
                    mentions=(),
                ),
            )
        ),
    )
    with pytest.raises(ValidationError, match="role-grand_vizier"):
        build_graph(resolved)
    lenient = build_graph(resolved, strict=False)
    problems = validate(lenient).problems
    assert any("kgo:role-grand_vizier has no role key" in p for p in problems), problems


@settings(max_examples=40, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_rdf_article_text_survives_turtle(text):
    resolved = Resolved(
        articles=(Article(id="x", text=text, lang="en"),),
        persons=(Person(id="p", name_en=text, mentions=(Mention("x", 0, len(text), text, "r"),)),),
    )
    data = serialize(build_graph(resolved))
    back = rdflib.Graph().parse(data=data, format="turtle")
    assert str(back.value(rdf.article_iri("x"), NIF.isString)) == text
    assert len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))) == len(back)


# ------------------------------------------------------------------------------ tenures

# An invented official of an invented state (code "ZZ") in invented articles.
TEXT_TENURE = "Foreign Minister Quentin Marlowe of Zedland arrived for talks."


def tenure_resolved(*sightings: tuple[str, date, str, str]) -> Resolved:
    """Articles (id, date) that each state Quentin Marlowe in a role, with a status."""
    span = "Foreign Minister Quentin Marlowe"
    m = {aid: mention(aid, TEXT_TENURE, span, "en.title_name") for aid, *_ in sightings}
    return Resolved(
        articles=tuple(
            Article(id=aid, text=TEXT_TENURE, lang="en", date=day) for aid, day, *_ in sightings
        ),
        persons=(Person(id="quentin-marlowe", name_en="Quentin Marlowe"),),
        organizations=(
            Organization("zz-mfa", "Foreign Ministry of Zedland", "", "ministry", "ZZ"),
        ),
        countries=(Country("ZZ", "Zedland", "زدلاند"),),
        tenures=fold_tenures(
            Tenure("quentin-marlowe", role, "zz-mfa", "ZZ", aid, (m[aid],), status=status)
            for aid, _, role, status in sightings
        ),
    )


def _one(g: rdflib.Graph, s, p):
    (value,) = g.objects(s, p)
    return value


def test_rdf_one_post_in_two_articles_is_one_membership_with_both_sightings():
    g = build_graph(
        tenure_resolved(
            ("b2", date(2031, 3, 9), "foreign_minister", "current"),
            ("b1", date(2031, 1, 5), "foreign_minister", "current"),
        )
    )
    (membership,) = g.subjects(RDF.type, ORG.Membership)
    assert len(set(g.objects(membership, KGO.evidence))) == 2
    assert set(g.objects(membership, rdflib.namespace.PROV.wasDerivedFrom)) == {
        rdf.article_iri("b1"),
        rdf.article_iri("b2"),
    }
    assert sorted(str(d) for d in g.objects(membership, KGO.observedOn)) == [
        "2031-01-05",
        "2031-03-09",
    ]
    during = _one(g, membership, ORG.memberDuring)
    assert (during, RDF.type, TIME.Interval) in g
    begin, end = _one(g, during, TIME.hasBeginning), _one(g, during, TIME.hasEnd)
    assert str(_one(g, begin, TIME.inXSDDate)) == "2031-01-05"
    assert str(_one(g, end, TIME.inXSDDate)) == "2031-03-09"
    assert (begin, RDF.type, TIME.Instant) in g
    assert validate(g).conforms


def test_rdf_two_posts_are_two_memberships():
    g = build_graph(
        tenure_resolved(
            ("b1", date(2031, 1, 5), "foreign_minister", "current"),
            ("b2", date(2031, 3, 9), "deputy_head_of_government", "current"),
        )
    )
    roles = {_one(g, m, ORG.role) for m in g.subjects(RDF.type, ORG.Membership)}
    assert roles == {role_iri("foreign_minister"), role_iri("deputy_head_of_government")}


def test_rdf_membership_iri_and_turtle_do_not_depend_on_the_sightings_order():
    sightings = [(f"b{n}", date(2031, 1, n), "foreign_minister", "current") for n in (1, 2, 3)]
    one = serialize(build_graph(tenure_resolved(*sightings)))
    other = serialize(build_graph(tenure_resolved(*reversed(sightings))))
    assert one == other
    alone = build_graph(tenure_resolved(sightings[0]))
    assert set(alone.subjects(RDF.type, ORG.Membership)) == set(
        build_graph(tenure_resolved(*sightings)).subjects(RDF.type, ORG.Membership)
    )


def test_rdf_former_tenure_interval_ends_on_the_last_day_it_was_held():
    g = build_graph(
        tenure_resolved(
            ("b1", date(2031, 1, 5), "foreign_minister", "current"),
            ("b2", date(2031, 3, 9), "foreign_minister", "former"),
        )
    )
    (membership,) = g.subjects(RDF.type, ORG.Membership)
    assert _one(g, membership, KGO.status) == status_iri("former")
    end = _one(g, _one(g, membership, ORG.memberDuring), TIME.hasEnd)
    assert str(_one(g, end, TIME.inXSDDate)) == "2031-01-05"


def test_rdf_who_held_gives_one_row_per_folded_membership():
    g = build_graph(
        tenure_resolved(
            ("b1", date(2031, 1, 5), "foreign_minister", "current"),
            ("b2", date(2031, 3, 9), "foreign_minister", "current"),
        )
    )
    query = (QUERIES / "who_held.rq").read_text(encoding="utf-8")
    rows = list(g.query(query, initBindings={"date": Literal(date(2031, 2, 1))}))
    assert [(str(r.name), str(r.observed)) for r in rows] == [("Quentin Marlowe", "2031-03-09")]
    assert not list(g.query(query, initBindings={"date": Literal(date(2030, 12, 31))}))


# ------------------------------------------------------------------------------ writing


def test_rdf_write_turtle_writes_the_serialization(graph, tmp_path):
    out = write_turtle(graph, tmp_path / "graph.ttl")
    assert out.read_bytes() == serialize(graph)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_rdf_write_turtle_keeps_old_file_when_serialization_fails(graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def broken(*_args):  # the Turtle is streamed: it breaks after a first chunk is written
        yield b"@prefix x: <x:> .\n"
        raise RuntimeError("serializer broke")

    monkeypatch.setattr(rdf, "_turtle_blocks", broken)
    with pytest.raises(RuntimeError):
        write_turtle(graph, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_rdf_write_turtle_keeps_old_file_when_writing_fails(graph, tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")

    def broken(_fd):
        raise OSError("disk full")

    monkeypatch.setattr(rdf.os, "fsync", broken)
    with pytest.raises(OSError):
        write_turtle(graph, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


# ------------------------------------------------------------------------------ queries


@pytest.mark.parametrize("query", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.name)
def test_rdf_queries_run_on_golden(query):
    golden = rdflib.Graph().parse(GOLDEN, format="turtle")
    rows = list(golden.query(query.read_text(encoding="utf-8")))
    if query.name in NEEDS_MORE_THAN_GOLDEN:
        return  # it runs; its rows are tested on tests/fixtures/analysis.ttl (test_cli.py)
    assert rows, f"{query.name} finds nothing in the golden graph"


# The golden graph has no two officials of one role from two states sharing an event.
NEEDS_MORE_THAN_GOLDEN = {"counterparts.rq"}


def test_rdf_holders_query_finds_held_posts_only():
    golden = rdflib.Graph().parse(GOLDEN, format="turtle")
    rows = golden.query((QUERIES / "holders.rq").read_text(encoding="utf-8"))
    found = {(str(r.name), str(r.key), str(r.iso)) for r in rows}
    assert found == {
        ("Hakan Fidan", "foreign_minister", "TR"),
        ("Hakan Fidan", "intelligence_chief", "TR"),
        ("Murhaf Abu Qasra", "defence_minister", "SY"),
    }


# ------------------------------------------------------------------------------ the scorer


def _scorer():
    path = Path(os.environ.get("KG_SCORER") or ROOT.parent / "shared" / "tools" / "score.py")
    if not path.is_file():
        pytest.skip(f"no scorer at {path} (set KG_SCORER)")
    spec = importlib.util.spec_from_file_location("kg_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rdf_scorer_counts_held_posts_and_events_only():
    score = _scorer()
    golden = score.load_graph(GOLDEN)
    fidan, qasra = rdf.person_iri("hakan-fidan"), rdf.person_iri("murhaf-abu-qasra")
    assert score.graph_roles(golden) == {
        (fidan, "foreign_minister", "TR"),
        (fidan, "intelligence_chief", "TR"),
        (qasra, "defence_minister", "SY"),
    }
    (event,) = score.graph_events(golden)
    assert event == {
        "types": {"visit"},
        "actors": {fidan, qasra},
        "dates": {"2025-10-18"},
        "places": {"Damascus"},
    }
    assert len(score.graph_persons(golden)) == 3


def test_rdf_scorer_scores_golden_perfectly_against_its_gold(tmp_path):
    score = _scorer()
    gold = {
        "roles": [
            {
                "person_en": "Hakan Fidan",
                "person_ar": "هاكان فيدان",
                "role": "foreign_minister",
                "country": "TR",
            },
            {"person_en": "Hakan Fidan", "role": "intelligence_chief", "country": "TR"},
            {
                "person_en": "Murhaf Abu Qasra",
                "person_ar": "مرهف أبو قصرة",
                "role": "defence_minister",
                "country": "SY",
            },
        ],
        "events": [
            {
                "type": "visit",
                "participants_en": ["Hakan Fidan", "Murhaf Abu Qasra"],
                "date": "2025-10-18",
                "place_en": "Damascus",
            },
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = score.score(GOLDEN, tmp_path)
    assert result["roles"]["f1"] == 1.0, result["roles"]
    assert result["events"]["f1"] == 1.0, result["events"]
    assert result["events"]["date_accuracy"] == 1.0
    assert result["events"]["place_accuracy"] == 1.0
    # the designated prime minister is a person of the graph but not a gold one
    assert len(result["persons"]["unknown"]) == 1
