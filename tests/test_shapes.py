"""Tests of kg.shapes and ontology/shapes.ttl: the golden graph conforms, and each way of
breaking the contract is reported in plain words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, Literal
from rdflib.namespace import ORG, SKOS, TIME

from kg.rdf import event_iri, mention_iri, org_iri, person_iri, place_iri
from kg.shapes import Report, describe, validate
from kg.vocab import (
    KGO,
    KGR,
    NIF,
    OPENGOV,
    SCHEMA,
    SEM,
    event_type_iri,
    role_iri,
    status_iri,
)

GOLDEN = Path(__file__).parent / "fixtures" / "golden.ttl"

FIDAN = person_iri("hakan-fidan")
HELD = event_iri("a2-visit-1")
PLANNED = event_iri("a1-visit-1")
FIDAN_MENTION = KGR["mention/a1/0-36"]


@pytest.fixture(scope="module")
def golden() -> rdflib.Graph:
    return rdflib.Graph().parse(GOLDEN, format="turtle")


def membership(g: rdflib.Graph, role: str) -> rdflib.URIRef:
    (m,) = (m for m in g.subjects(ORG.member, FIDAN) if g.value(m, ORG.role) == role_iri(role))
    return m


def designation(g: rdflib.Graph) -> rdflib.URIRef:
    (d,) = g.subjects(RDF.type, KGO.Designation)
    return d


def test_shapes_golden_conforms(golden):
    report = validate(golden)
    assert report == Report(conforms=True, problems=[], warnings=[])


def _drop_en_label(g):
    g.remove((FIDAN, SKOS.prefLabel, Literal("Hakan Fidan", lang="en")))


def _second_en_label(g):
    g.add((FIDAN, SKOS.prefLabel, Literal("H. Fidan", lang="en")))


def _membership_designate(g):
    m = membership(g, "foreign_minister")
    g.set((m, KGO.status, status_iri("designate")))


def _interval_with_two_ends(g):
    during = g.value(membership(g, "foreign_minister"), ORG.memberDuring)
    g.add((during, TIME.hasEnd, KGR["date/2025-10-18"]))


def _instant_without_date(g):
    g.remove((KGR["date/2025-10-17"], TIME.inXSDDate, None))


def _designation_with_role(g):
    g.add((designation(g), ORG.role, role_iri("prime_minister")))


def _planned_with_event_type(g):
    g.add((PLANNED, SEM.eventType, event_type_iri("visit")))


def _held_without_evidence(g):
    g.remove((HELD, KGO.evidence, None))


def _wrong_anchor(g):
    g.set((FIDAN_MENTION, NIF.anchorOf, Literal("Turkish Foreign Minister Hakan Fida")))


def _begin_after_end(g):
    g.set((FIDAN_MENTION, NIF.beginIndex, Literal(40, datatype=rdflib.XSD.nonNegativeInteger)))


def _lower_case_country(g):
    g.set((KGR["country/TR"], SKOS.notation, Literal("tr")))


def _role_without_key(g):
    g.remove((role_iri("foreign_minister"), SKOS.notation, None))
    g.remove((role_iri("foreign_minister"), SKOS.broader, None))


def _role_without_arabic(g):
    g.remove((role_iri("foreign_minister"), SKOS.prefLabel, Literal("وزير الخارجية", lang="ar")))


def _event_type_without_cameo(g):
    g.remove((event_type_iri("visit"), SKOS.closeMatch, None))


def _place_as_actor(g):
    g.add((HELD, SEM.hasActor, place_iri("damascus")))


def _membership_without_article(g):
    g.remove((membership(g, "intelligence_chief"), rdflib.namespace.PROV.wasDerivedFrom, None))


def _article_in_french(g):
    g.set((KGR["article/a1"], SCHEMA.inLanguage, Literal("fr")))


def _event_without_type(g):
    g.remove((HELD, SEM.eventType, None))


def _membership_without(prop):
    def breaks(g):
        g.remove((membership(g, "foreign_minister"), prop, None))

    breaks.__name__ = f"_membership_without_{prop.n3().rsplit('#', 1)[-1].strip('<>')}"
    return breaks


def _untyped_membership(g):
    g.remove((membership(g, "foreign_minister"), RDF.type, None))


def _untyped_event(g):
    g.remove((HELD, RDF.type, None))


def _untyped_designation(g):
    g.remove((designation(g), RDF.type, None))


def _event_without_article(g):
    g.remove((HELD, rdflib.namespace.PROV.wasDerivedFrom, None))


def _planned_without_type(g):
    g.remove((PLANNED, KGO.plannedEventType, None))


BROKEN: list[tuple[Callable, str]] = [
    # one per rule of the contract for memberships
    (
        _membership_without(ORG.organization),
        "membership {m} has not exactly one org:organization that is an organization",
    ),
    (
        _membership_without(OPENGOV.post),
        "membership {m} has not exactly one opengov:post that is a post",
    ),
    (_membership_without(ORG.role), "membership {m} has not exactly one org:role"),
    (
        _membership_without(ORG.member),
        "membership {m} has not exactly one member who is a person",
    ),
    (_membership_without(KGO.evidence), "membership {m} has no mention as kgo:evidence"),
    (
        _membership_without(rdflib.namespace.PROV.wasDerivedFrom),
        "membership {m} is not derived from an article (prov:wasDerivedFrom)",
    ),
    (
        _untyped_membership,
        "membership {m} has org:member, org:organization or opengov:post but is not typed "
        "org:Membership",
    ),
    # and for events and designations
    (
        _untyped_event,
        "event kgr:event/a2-visit-1 has an event type or actors but is not typed sem:Event",
    ),
    (
        _untyped_designation,
        "designation {d} has kgo:designee or kgo:designatedFor but is not typed kgo:Designation",
    ),
    (
        _event_without_article,
        "event kgr:event/a2-visit-1 is not derived from an article (prov:wasDerivedFrom)",
    ),
    (
        _planned_without_type,
        "event kgr:event/a1-visit-1 has no type, or both sem:eventType and kgo:plannedEventType",
    ),
    (_drop_en_label, "person kgr:person/hakan-fidan has no English label (skos:prefLabel @en)"),
    (
        _second_en_label,
        "person kgr:person/hakan-fidan has more than one skos:prefLabel in one language",
    ),
    (
        _membership_designate,
        "membership {m} has not exactly one status, current or former "
        "(a designation is a kgo:Designation)",
    ),
    (
        _interval_with_two_ends,
        "interval {i} has more than one time:hasEnd, or one that is not a time:Instant",
    ),
    (
        _instant_without_date,
        "instant kgr:date/2025-10-17 has not exactly one time:inXSDDate, an xsd:date",
    ),
    (_designation_with_role, "designation {d} has org:role, which says that the post is held"),
    (
        _planned_with_event_type,
        "event kgr:event/a1-visit-1 has sem:eventType, which says that it took place",
    ),
    (_held_without_evidence, "event kgr:event/a2-visit-1 has no mention as kgo:evidence"),
    (
        _wrong_anchor,
        "mention kgr:mention/a1/0-36 has a nif:anchorOf that is not the article's "
        "text between its offsets",
    ),
    (
        _begin_after_end,
        "mention kgr:mention/a1/0-36 has not exactly one nif:beginIndex "
        "(a non-negative integer, at most nif:endIndex)",
    ),
    (
        _lower_case_country,
        "country kgr:country/TR has not exactly one ISO 3166-1 alpha-2 code "
        "in upper case as skos:notation",
    ),
    (
        _role_without_key,
        "role kgo:role-foreign_minister has no role key as skos:notation, itself or through "
        "skos:broader",
    ),
    (
        _role_without_arabic,
        "role kgo:role-foreign_minister has no Arabic label (skos:prefLabel @ar)",
    ),
    (
        _event_type_without_cameo,
        "event type kgo:event-visit has no CAMEO concept as skos:closeMatch",
    ),
    (
        _place_as_actor,
        "event kgr:event/a2-visit-1 has an actor that is not a person, an "
        "organization or a country",
    ),
    (
        _membership_without_article,
        "membership {mi} is not derived from an article (prov:wasDerivedFrom)",
    ),
    (
        _article_in_french,
        'article kgr:article/a1 has a schema:inLanguage other than one "ar" or "en"',
    ),
    (
        _event_without_type,
        "event kgr:event/a2-visit-1 has no type, or both sem:eventType and kgo:plannedEventType",
    ),
]


@pytest.mark.parametrize(
    ("breaks", "expected"), BROKEN, ids=[f"{i:02d}{b.__name__}" for i, (b, _) in enumerate(BROKEN)]
)
def test_shapes_report_broken_contract_in_plain_words(golden, breaks, expected):
    g = rdflib.Graph()
    g += golden
    breaks(g)
    expected = expected.format(
        m=describe(membership(golden, "foreign_minister")),
        mi=describe(membership(golden, "intelligence_chief")),
        d=describe(designation(golden)),
        i=describe(golden.value(membership(golden, "foreign_minister"), ORG.memberDuring)),
    )
    report = validate(g)
    assert not report.conforms
    assert expected in report.problems, "\n".join(report.problems)


def test_shapes_organization_without_country_is_a_warning(golden):
    g = rdflib.Graph()
    g += golden
    g.remove((org_iri("tr-mit"), KGO.country, None))
    report = validate(g)
    assert report.conforms
    assert report.warnings == [
        "organization kgr:org/tr-mit has no kgo:country, nor has any organization it is part of"
    ]


def test_shapes_international_organization_needs_no_country(golden):
    g = rdflib.Graph()
    g += golden
    g.remove((org_iri("tr-mit"), KGO.country, None))
    g.add((org_iri("tr-mit"), RDF.type, KGO.InternationalOrganization))
    assert validate(g) == Report(conforms=True, problems=[], warnings=[])


def test_shapes_mention_iri_matches_golden():
    from kg.model import Mention

    m = Mention(
        article="a1",
        begin=0,
        end=36,
        text="Turkish Foreign Minister Hakan Fidan",
        rule="en.title_name",
    )
    assert mention_iri(m) == FIDAN_MENTION


def test_shapes_file_is_valid_shacl():
    import pyshacl

    from kg.shapes import load_shapes

    conforms, _, text = pyshacl.validate(
        rdflib.Graph(), shacl_graph=load_shapes(), meta_shacl=True, advanced=True
    )
    assert conforms, text
