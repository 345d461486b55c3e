"""Tests of kg.vocab and ontology/officials.ttl: the closed vocabulary and the ontology agree,
the concept schemes hold every key of the contract, and the ontology declares what it uses."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import SKOS

from kg import settings
from kg.model import EVENT_KEYS, ROLE_KEYS
from kg.vocab import (
    KGO,
    concept_keys,
    event_type_iri,
    load_ontology,
    org_class_iri,
    org_type_iri,
    rank_iri,
    role_iri,
    status_iri,
)

GOLDEN = Path(__file__).parent / "fixtures" / "golden.ttl"
ORG_KINDS = (
    "ministry",
    "agency",
    "armed_forces",
    "presidency",
    "government",
    "news_agency",
    "media",
    "international",
    "other",
)
SPECIFIC_MINISTERS = (
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "finance_minister",
)
TERM_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    SKOS.ConceptScheme,
)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
BUILT_IN = (str(RDF), str(RDFS), str(OWL))


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return load_ontology()


def own(iri) -> bool:
    return isinstance(iri, URIRef) and iri.startswith(settings.ONTOLOGY)


def labels(graph, node, prop=SKOS.prefLabel) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for label in graph.objects(node, prop):
        out.setdefault(label.language, []).append(str(label))
    return out


def notations_up(graph, concept) -> set[str]:
    """The notations of a concept and of every concept above it."""
    found, todo, seen = set(), [concept], set()
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        found |= {str(n) for n in graph.objects(c, SKOS.notation)}
        todo += list(graph.objects(c, SKOS.broader))
    return found


# ------------------------------------------------------------------------------ KGO <-> ontology


def test_vocab_kgo_terms_are_the_ontology_declarations(onto):
    declared = {s for t in TERM_TYPES for s in onto.subjects(RDF.type, t) if own(s)}
    assert set(dir(KGO)) == declared


def test_vocab_kgo_is_closed():
    with pytest.raises(AttributeError):
        KGO.Minstry  # noqa: B018


@pytest.mark.parametrize("term", sorted(dir(KGO)), ids=lambda t: t.fragment)
def test_vocab_own_terms_have_labels_in_both_languages_and_a_comment(onto, term):
    if (term, RDF.type, SKOS.ConceptScheme) in onto:
        found = labels(onto, term)
    else:
        found = labels(onto, term, RDFS.label)
        assert list(onto.objects(term, RDFS.comment)), f"{term.fragment} has no rdfs:comment"
    assert len(found.get("en", [])) == 1 and len(found.get("ar", [])) == 1, found


def test_vocab_every_own_iri_in_the_ontology_is_described(onto):
    """No kgo: IRI is used without being declared (a typo in the Turtle)."""
    used = {term for triple in onto for term in triple if own(term)}
    undescribed = {iri for iri in used if (iri, RDF.type, None) not in onto}
    assert not undescribed


def test_vocab_ontology_declares_every_property_and_class_it_uses(onto):
    """OWL 2 tools need every entity declared; the ontology declares, not imports, them."""
    properties = {p for t in PROPERTY_TYPES for p in onto.subjects(RDF.type, t)}
    classes = set(onto.subjects(RDF.type, OWL.Class))
    for p in {p for _, p, _ in onto}:
        assert str(p).startswith(BUILT_IN) or p in properties, p
    for c in set(onto.objects(None, RDF.type)):
        assert str(c).startswith(BUILT_IN) or c in classes, c


def test_vocab_ontology_declares_everything_the_writer_uses(onto):
    golden = rdflib.Graph().parse(GOLDEN, format="turtle")
    properties = {p for t in PROPERTY_TYPES for p in onto.subjects(RDF.type, t)}
    classes = set(onto.subjects(RDF.type, OWL.Class))
    assert {p for _, p, _ in golden if not str(p).startswith(BUILT_IN)} <= properties
    assert set(golden.objects(None, RDF.type)) <= classes


# ------------------------------------------------------------------------------ schemes


@pytest.mark.parametrize("key", ROLE_KEYS)
def test_vocab_every_role_key_has_its_concept(onto, key):
    concept = role_iri(key)
    assert (concept, RDF.type, SKOS.Concept) in onto
    assert (concept, SKOS.inScheme, KGO.roleScheme) in onto
    assert list(onto.objects(concept, SKOS.notation)) == [Literal(key)]


@pytest.mark.parametrize("key", SPECIFIC_MINISTERS)
def test_vocab_specific_ministers_are_ministers(onto, key):
    assert (role_iri(key), SKOS.broader, role_iri("minister")) in onto


def test_vocab_narrower_roles_have_no_notation_and_reach_a_key(onto):
    narrower = concept_keys("role") - set(ROLE_KEYS)
    assert {"justice_minister", "deputy_foreign_minister", "army_commander"} <= narrower
    for key in narrower:
        concept = role_iri(key)
        assert (concept, SKOS.notation, None) not in onto, key
        assert notations_up(onto, concept) & set(ROLE_KEYS), key


def test_vocab_deputy_foreign_minister_is_a_deputy_minister(onto):
    assert notations_up(onto, role_iri("deputy_foreign_minister")) == {"deputy_minister"}


@pytest.mark.parametrize("key", EVENT_KEYS)
def test_vocab_every_event_key_has_its_concept_and_cameo_match(onto, key):
    concept = event_type_iri(key)
    assert list(onto.objects(concept, SKOS.notation)) == [Literal(key)]
    matches = list(onto.objects(concept, SKOS.closeMatch))
    if key != "other":
        assert matches, key
    for match in matches:
        assert (match, SKOS.inScheme, KGO.cameoScheme) in onto
        assert str(onto.value(match, SKOS.notation)).isdigit()


def test_vocab_narrower_event_types_reach_a_key_and_match_cameo(onto):
    for key in concept_keys("event") - set(EVENT_KEYS):
        concept = event_type_iri(key)
        assert (concept, SKOS.notation, None) not in onto, key
        assert len(notations_up(onto, concept) & set(EVENT_KEYS)) == 1, key
        assert (concept, SKOS.closeMatch, None) in onto, key


@pytest.mark.parametrize(
    "scheme", ["role", "event", "rank", "orgtype", "tenure_status", "event_status"]
)
def test_vocab_concepts_have_one_label_per_language(onto, scheme):
    from kg.vocab import SCHEMES

    prefix, _ = SCHEMES[scheme]
    for key in concept_keys(scheme):
        found = labels(onto, URIRef(settings.ONTOLOGY + prefix + key))
        assert len(found.get("en", [])) == 1 and len(found.get("ar", [])) == 1, (key, found)


def test_vocab_cameo_concepts_have_code_and_english_label(onto):
    for code in concept_keys("cameo"):
        concept = URIRef(settings.ONTOLOGY + "cameo-" + code)
        assert [str(n) for n in onto.objects(concept, SKOS.notation)] == [code]
        assert labels(onto, concept).get("en")


@pytest.mark.parametrize("kind", ORG_KINDS)
def test_vocab_every_org_kind_has_a_concept_and_a_class(onto, kind):
    assert (org_type_iri(kind), SKOS.inScheme, KGO.orgTypeScheme) in onto
    cls = org_class_iri(kind)
    assert (cls, RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("status", ["current", "former", "designate", "held", "planned"])
def test_vocab_every_status_has_a_concept(onto, status):
    assert (status_iri(status), RDF.type, SKOS.Concept) in onto


@pytest.mark.parametrize(
    ("rank", "arabic"),
    [
        ("Major General", "لواء"),
        ("Lieutenant General", "فريق"),
        ("Brigadier General", "عميد"),
        ("General", "فريق أول"),
        ("lieutenant_general", "فريق"),
        ("rear admiral", "لواء بحري"),
    ],
)
def test_vocab_ranks_as_written_have_their_concept(onto, rank, arabic):
    assert Literal(arabic, lang="ar") in set(onto.objects(rank_iri(rank), SKOS.prefLabel))


@pytest.mark.parametrize("bad", ["Foreign Minister", "", "role-minister", "وزير"])
def test_vocab_helpers_reject_what_is_not_a_key(bad):
    with pytest.raises(ValueError):
        role_iri(bad)


@pytest.mark.parametrize("name", ["officials.ttl", "shapes.ttl"])
def test_vocab_ontology_files_parse_with_a_strict_parser(name):
    import pyoxigraph

    path = settings.ONTOLOGY_DIR / name
    strict = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(strict) == len(rdflib.Graph().parse(path, format="turtle"))
