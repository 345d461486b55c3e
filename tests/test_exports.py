"""Tests of kg.exports and ``kg export``: each format loads in its target and keeps one
record per real thing (JSON-LD in Oxigraph, CSV with the ``csv`` module, the Neo4j import's
headers and ids, FollowTheMoney's published schema, Wikidata's P39 qualifiers)."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from conftest import synthetic_articles
from rdflib.namespace import FOAF, ORG, RDF

import kg
from kg import exports
from kg.cli import cli
from kg.settings import ARTICLES_DIR, DATA_DIR

FIXTURES = Path(__file__).parent / "fixtures"
ANALYSIS = FIXTURES / "analysis.ttl"
SCHEMA = "https://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
OPENGOV_POST = rdflib.URIRef("http://www.w3.org/ns/opengov#post")


@pytest.fixture(scope="module")
def sample() -> rdflib.Graph:
    """The shipped sample article, built."""
    return kg.build([ARTICLES_DIR])


@pytest.fixture(scope="module")
def synthetic() -> rdflib.Graph:
    """Sixteen invented articles in both languages: many memberships, places, events."""
    news = [kg.article(a.text, **{"lang": a.lang, **a.fields}) for a in synthetic_articles(16)]
    return kg.build(news)


@pytest.fixture(scope="module")
def fixture_graph() -> rdflib.Graph:
    """The hand-written analysis graph: outlets, places, a stated start date, URLs."""
    return kg.load(ANALYSIS)


GRAPHS = ("sample", "synthetic", "fixture_graph")


def _memberships(g: rdflib.Graph) -> set[str]:
    return {str(m) for m in g.subjects(RDF.type, ORG.Membership)}


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


# ------------------------------------------------------------------------------ JSON-LD


def _oxigraph(data: bytes, fmt) -> set[str]:
    store = ox.Store()
    store.load(data, format=fmt)
    return {str(q.triple) for q in store}


@pytest.mark.parametrize("name", GRAPHS)
def test_exports_jsonld_loads_in_oxigraph_with_the_triples_of_the_turtle(name, request):
    g = request.getfixturevalue(name)
    turtle = _oxigraph(g.serialize(format="turtle", encoding="utf-8"), ox.RdfFormat.TURTLE)
    text = exports.jsonld(g)
    loaded = _oxigraph(text.encode("utf-8"), ox.RdfFormat.JSON_LD)
    assert len(loaded) == len(turtle) == len(g)
    assert loaded == turtle
    doc = json.loads(text)
    assert doc["@context"]["org"] == "http://www.w3.org/ns/org#"
    assert doc["@context"]["kgr"] == "https://w3id.org/officials-kg/id/"
    # compacted with the ontology's prefixes: no IRI of a declared namespace written out
    assert any(n.get("@type") == "foaf:Person" for n in doc["@graph"])
    nodes = json.dumps(doc["@graph"], ensure_ascii=False)
    for prefix, iri in doc["@context"].items():
        if prefix != "kgr":  # resources' IRIs with a "/" after the prefix are kept whole
            assert f'"{iri}' not in nodes, iri


def test_exports_jsonld_does_not_depend_on_the_order_of_the_triples(synthetic):
    lines = synthetic.serialize(format="nt").splitlines()
    random.Random(3).shuffle(lines)
    shuffled = rdflib.Graph().parse(data="\n".join(lines), format="nt")
    assert exports.jsonld(shuffled) == exports.jsonld(synthetic)


# ------------------------------------------------------------------------------ CSV tables


@pytest.mark.parametrize("name", GRAPHS)
def test_exports_csv_tables_read_back_with_one_row_per_thing(name, request, tmp_path):
    g = request.getfixturevalue(name)
    folder = exports.export(g, "csv", tmp_path / "tables")
    names = {p.name for p in folder.iterdir()}
    assert {"persons.csv", "posts.csv", "tenures.csv", "events.csv"} <= names
    assert {"participants.csv", "sources.csv", "evidence.csv"} <= names
    tables = {}
    for path in sorted(folder.iterdir()):
        raw = path.read_bytes()
        assert raw.startswith("\ufeff".encode()), path.name  # spreadsheets read it as UTF-8
        header, rows = _read_csv(path)
        assert header and header[0] in ("id", "event", "fact"), path.name
        keys = [tuple(r[c] for c in header[:2]) for r in rows]
        assert keys == sorted(keys), f"{path.name} is not in a stable order"
        tables[path.stem] = rows
    persons = {r["id"] for r in tables["persons"]}
    assert persons == {str(p) for p in g.subjects(RDF.type, FOAF.Person)}
    # a tenure is a row, never a thing of its own
    assert {r["id"] for r in tables["tenures"]} == _memberships(g)
    things = [r["id"] for t in ("persons", "organizations", "states", "posts", "places")
              for r in tables[t]]  # fmt: skip
    assert len(things) == len(set(things))
    assert not set(things) & _memberships(g)
    assert all(r["person"] in persons for r in tables["tenures"])
    posts = {r["id"] for r in tables["posts"]}
    assert all(r["post"] in posts for r in tables["tenures"] if r["post"])
    events = {r["id"] for r in tables["events"]}
    assert all(r["event"] in events for r in tables["participants"])
    assert set(things) >= {r["participant"] for r in tables["participants"]}


def test_exports_csv_keeps_arabic_labels_and_the_evidence(sample, tmp_path):
    folder = exports.export(sample, "csv", tmp_path / "tables")
    _, persons = _read_csv(folder / "persons.csv")
    for row in persons:
        ar = {str(o) for o in sample.objects(rdflib.URIRef(row["id"]), rdflib.SKOS.prefLabel)
              if o.language == "ar"}  # fmt: skip
        assert row["name_ar"] in ar and re.search("[\u0600-\u06ff]", row["name_ar"])
    _, evidence = _read_csv(folder / "evidence.csv")
    assert evidence
    for row in evidence:
        text = str(sample.value(rdflib.URIRef(row["article"]), rdflib.URIRef(NIF + "isString")))
        assert text[int(row["begin"]) : int(row["end"])] == row["text"]
        assert row["rule"]
    _, tenures = _read_csv(folder / "tenures.csv")
    assert all(r["seen_from"] == r["observed_on"] == "2025-11-05" for r in tenures)
    assert all(r["start"] == "" for r in tenures)  # the sample gives no start date
    _, events = _read_csv(folder / "events.csv")
    planned = [r for r in events if r["planned"] == "yes"]
    assert [(r["type"], r["name_en"].split(" 2025")[0]) for r in planned] == [
        ("visit", "visit (planned)")
    ]


def _stated_starts(g: rdflib.Graph) -> dict[str, str]:
    """Membership IRI -> the start date the text gives, as the graph holds it."""
    start = rdflib.URIRef(SCHEMA + "startDate")
    return {str(m): str(d) for m, d in g.subject_objects(start) if str(m) in _memberships(g)}


def test_exports_csv_of_a_stated_start(fixture_graph, tmp_path):
    _, tenures = _read_csv(exports.export(fixture_graph, "csv", tmp_path / "t") / "tenures.csv")
    starts = {r["id"]: r["start"] for r in tenures if r["start"]}
    assert starts == _stated_starts(fixture_graph) and len(starts) == 1


# ------------------------------------------------------------------------------ Neo4j


def _neo4j(files: dict[str, str]) -> tuple[dict[str, list[list[str]]], dict[str, list[str]]]:
    parsed, headers = {}, {}
    for name, text in files.items():
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(text)))
            headers[name], parsed[name] = rows[0], rows[1:]
    return parsed, headers


@pytest.mark.parametrize("name", GRAPHS)
def test_exports_neo4j_headers_and_every_relationship_end_is_a_node(name, request):
    g = request.getfixturevalue(name)
    files = exports.neo4j_files(g)
    parsed, headers = _neo4j(files)
    labels = {"Person", "Organization", "Post", "State", "Event", "Place", "Outlet"}
    node_files = [n for n, h in headers.items() if "id:ID" in h]
    rel_files = [n for n, h in headers.items() if ":START_ID" in h]
    assert sorted(node_files + rel_files) == sorted(headers)
    ids: dict[str, str] = {}
    for n in node_files:
        header = headers[n]
        assert header[0] == "id:ID" and header[-1] == ":LABEL"
        for row in parsed[n]:
            assert len(row) == len(header)
            assert row[-1] in labels and f"{row[-1]}.csv" == n
            assert row[0] not in ids, f"{row[0]} is two nodes"
            ids[row[0]] = row[-1]
    assert not set(ids) & _memberships(g)  # memberships are relationships
    assert sum(1 for v in ids.values() if v == "Person") == len(
        set(g.subjects(RDF.type, FOAF.Person))
    )
    for n in rel_files:
        header = headers[n]
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in parsed[n]:
            assert len(row) == len(header)
            assert row[0] in ids and row[1] in ids, f"{n}: {row[:3]} ends outside the nodes"
            assert f"{row[2]}.csv" == n
            for column, value in zip(header, row, strict=True):
                if column.endswith(":date") and value:
                    assert re.fullmatch(r"\d{4}-\d\d-\d\d", value), (column, value)
                if column.endswith(":date[]") and value:
                    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in value.split(";"))
    holds = parsed.get("HOLDS.csv", [])
    with_post = {str(m) for m in _memberships(g) if g.value(rdflib.URIRef(m), OPENGOV_POST)}
    assert {r[3] for r in holds} == with_post
    assert all((ids[r[0]], ids[r[1]]) == ("Person", "Post") for r in holds)
    assert all(ids[r[1]] == "Event" for r in parsed.get("PARTICIPATED_IN.csv", []))
    assert all(ids[r[1]] == "Place" for r in parsed.get("AT_PLACE.csv", []))
    script = files["import.sh"]
    assert "neo4j-admin" in script and "database import full" in script
    assert all(f'"$here/{n}"' in script for n in headers)


def test_exports_neo4j_has_places_and_outlets(fixture_graph):
    parsed, _ = _neo4j(exports.neo4j_files(fixture_graph))
    assert parsed["Place.csv"] and parsed["Outlet.csv"] and parsed["REPORTED_BY.csv"]
    assert parsed["AT_PLACE.csv"] and parsed["IN_STATE.csv"]


# ------------------------------------------------------------------------------ FollowTheMoney

FTM = json.loads((DATA_DIR / "ftm_schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", GRAPHS)
def test_exports_ftm_entities_follow_the_published_schema(name, request):
    g = request.getfixturevalue(name)
    lines = exports.jsonlines(exports.ftm_entities(g)).splitlines()
    entities = [json.loads(x) for x in lines]
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities)
    assert all(re.match(FTM["entity_id"], i) for i in by_id), "an id FtM refuses"
    for e in entities:
        schema = FTM["schemata"][e["schema"]]  # a schema this table knows
        props = e["properties"]
        missing = [p for p in schema["required"] if not props.get(p)]
        assert not missing, (e["id"], missing)
        for prop, values in props.items():
            assert prop in schema["properties"], f"{e['schema']} has no property {prop}"
            assert values and all(isinstance(v, str) and v for v in values)
            kind, _, target = schema["properties"][prop].partition(":")
            if kind == "entity":
                for v in values:
                    assert v in by_id, f"{e['id']}.{prop} -> {v} is no entity"
                    assert by_id[v]["schema"] in FTM["ranges"][target], (prop, v)
            if kind == "date":
                assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)
            if kind == "country":
                assert all(re.fullmatch(r"[a-z]{2}", v) for v in values)
    schemata = [e["schema"] for e in entities]
    assert schemata.count("Person") == len(set(g.subjects(RDF.type, FOAF.Person)))
    with_post = {m for m in _memberships(g) if g.value(rdflib.URIRef(m), OPENGOV_POST)}
    assert schemata.count("Occupancy") == len(with_post)


def test_exports_ftm_occupancy_dates_only_where_the_text_gives_them(fixture_graph, sample):
    occupancies = [e for e in exports.ftm_entities(fixture_graph) if e["schema"] == "Occupancy"]
    dated = {e["id"]: e["properties"]["startDate"]
             for e in occupancies if "startDate" in e["properties"]}  # fmt: skip
    stated = _stated_starts(fixture_graph)
    assert dated == {exports._ftm_id(m): [d] for m, d in stated.items()} and len(dated) == 1
    for e in exports.ftm_entities(sample):
        if e["schema"] == "Occupancy":
            assert "startDate" not in e["properties"] and "endDate" not in e["properties"]
            assert e["properties"]["status"] == ["current"]
            assert "2025-11-05" in e["properties"]["description"][0]


def test_exports_ftm_validates_with_the_followthemoney_package(synthetic):
    # followthemoney is not a dependency (it brings SQLAlchemy, PyICU ...): where it is
    # installed, every value must pass its own cleaning unchanged
    pytest.importorskip("followthemoney")
    from followthemoney import model

    entities = exports.ftm_entities(synthetic)
    by_id = {e["id"]: e for e in entities}
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert not [r for r in proxy.schema.required if not data["properties"].get(r)]
        for name, values in data["properties"].items():
            prop = proxy.schema.get(name)
            assert prop is not None, (data["schema"], name)
            for value in values:
                assert prop.type.clean(value, proxy=proxy) is not None, (name, value)
                if prop.type.name == "entity":
                    assert model.get(by_id[value]["schema"]).is_a(prop.range)
        assert model.get_proxy(data).to_dict()["properties"] == data["properties"]


# ------------------------------------------------------------------------------ Wikidata


def test_exports_wikidata_p580_only_where_the_text_gives_the_start(fixture_graph):
    claims = exports.wikidata_claims(fixture_graph)
    assert {c["id"] for c in claims} == _memberships(fixture_graph)
    for c in claims:
        assert c["property"] == "P39" and c["subject"]["qid"] is None
        assert c["value"]["qid"] is None and c["value"]["label_en"]
        q = c["qualifiers"]
        stated = _stated_starts(fixture_graph)
        if c["id"] in stated:
            assert q["P580"][0]["time"] == f"+{stated[c['id']]}T00:00:00Z"
            assert q["P580"][0]["precision"] == 11
        else:
            assert "P580" not in q and "P582" not in q
        for ref in c["references"]:
            if "S854" in ref:
                assert ref["S854"].startswith("https://news.example.org/")


def test_exports_wikidata_sightings_are_points_in_time_with_quoted_references(sample):
    claims = exports.wikidata_claims(sample)
    assert len(claims) == len(_memberships(sample)) == 7
    for c in claims:
        assert set(c["qualifiers"]) == {"P585"}
        assert [x["time"] for x in c["qualifiers"]["P585"]] == ["+2025-11-05T00:00:00Z"]
        assert "not its start or end" in c["note"]
        (ref,) = c["references"]
        assert "S854" not in ref  # the sample article has no URL
        assert ref["S577"]["time"] == "+2025-11-05T00:00:00Z"
        text = str(sample.value(rdflib.URIRef(ref["article"]), rdflib.URIRef(NIF + "isString")))
        for quote, (begin, end) in zip(ref["S1683"], ref["offsets"], strict=True):
            assert text[begin:end] == quote


# ------------------------------------------------------------------------------ kg export


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env)


@pytest.mark.parametrize("fmt", ["jsonld", "csv", "neo4j", "ftm", "wikidata"])
def test_exports_cli_writes_each_format_and_the_same_bytes_twice(fmt, tmp_path):
    out = tmp_path / f"x-{fmt}"
    first = run("export", ANALYSIS, "--format", fmt, "--out", out)
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()} if out.is_dir() else out.read_bytes()
    assert run("export", ANALYSIS, "--format", fmt, "--out", out).exit_code == 0
    after = {p.name: p.read_bytes() for p in out.iterdir()} if out.is_dir() else out.read_bytes()
    assert before == after and before


def test_exports_cli_format_from_the_suffix_and_stdout(tmp_path):
    assert run("export", ANALYSIS, "--out", tmp_path / "g.jsonld").exit_code == 0
    assert json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))["@graph"]
    result = run("export", ANALYSIS, "--format", "ftm", "--out", "-")
    assert result.exit_code == 0
    assert all(json.loads(x)["schema"] for x in result.stdout.splitlines())
    result = run("export", ANALYSIS, "--format", "csv", "--out", "-")
    assert result.exit_code == 2 and "writes a folder" in result.output
    result = run("export", ANALYSIS, "--out", tmp_path / "tables")
    assert result.exit_code == 2 and "--format" in result.output


def test_exports_cli_folder_is_replaced_whole_and_keeps_files_it_did_not_write(tmp_path):
    out = tmp_path / "tables"
    assert run("export", ANALYSIS, "--format", "csv", "--out", out).exit_code == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "persons.csv").write_text("stale", encoding="utf-8")
    assert run("export", ANALYSIS, "--format", "csv", "--out", out).exit_code == 0
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "persons.csv").read_text(encoding="utf-8-sig").startswith("id,")


@pytest.mark.parametrize(
    ("fmt", "name", "point"),
    [("csv", "tables", "write:tenures.csv"), ("jsonld", "g.jsonld", "write:g.jsonld")],
)
def test_exports_cli_failed_export_leaves_the_old_output(fmt, name, point, tmp_path, sample):
    out = tmp_path / name
    exports.export(sample, fmt, out)
    old = {p.name: p.read_bytes() for p in out.iterdir()} if out.is_dir() else out.read_bytes()
    result = run(
        "export", ANALYSIS, "--format", fmt, "--out", out, env={"KG_FAULT": f"{point}=enospc"}
    )
    assert result.exit_code == 3, result.output
    now = {p.name: p.read_bytes() for p in out.iterdir()} if out.is_dir() else out.read_bytes()
    assert now == old
    assert [p.name for p in tmp_path.iterdir() if ".new-" in p.name or p.suffix == ".tmp"] == []


STATED_START = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix schema: <https://schema.org/> .
@prefix opengov: <http://www.w3.org/ns/opengov#> . @prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kgo: <https://w3id.org/officials-kg/ontology#> .
@prefix : <https://w3id.org/officials-kg/id/> .
:XX a schema:Country ; skos:notation "XX" ; skos:prefLabel "Freedonia"@en .
:fm a skos:Concept ; skos:notation "foreign_minister" ; skos:prefLabel "foreign minister"@en .
:mfa a org:Organization ; skos:prefLabel "Foreign Ministry of Freedonia"@en ; kgo:country :XX .
:rufus a foaf:Person ; skos:prefLabel "Rufus Firefly"@en .
:post a org:Post ; org:postIn :mfa ; org:role :fm .
:m a org:Membership ; org:member :rufus ; org:organization :mfa ; org:role :fm ;
    opengov:post :post ; schema:startDate "2024-01-01"^^xsd:date ;
    kgo:observedOn "2025-03-01"^^xsd:date, "2025-10-17"^^xsd:date ; org:memberDuring :i .
:i a time:Interval ; time:hasBeginning :d1 ; time:hasEnd :d2 .
:d1 a time:Instant ; time:inXSDDate "2024-01-01"^^xsd:date .
:d2 a time:Instant ; time:inXSDDate "2025-10-17"^^xsd:date .
"""


def test_exports_a_stated_start_is_never_a_sighting():
    # the interval runs from the stated start to the last sighting: the start is P580 and
    # the start column, only the last sighting is a day seen held
    g = rdflib.Graph().parse(data=STATED_START, format="turtle")
    (row,) = exports.tables(g)["tenures"][1]
    assert (row["start"], row["seen_from"], row["seen_until"]) == ("2024-01-01", "", "2025-10-17")
    (claim,) = exports.wikidata_claims(g)
    q = claim["qualifiers"]
    assert [x["time"][1:11] for x in q["P580"]] == ["2024-01-01"]
    assert [x["time"][1:11] for x in q["P585"]] == ["2025-10-17"] and "P582" not in q
    occupancy = next(e for e in exports.ftm_entities(g) if e["schema"] == "Occupancy")
    assert occupancy["properties"]["startDate"] == ["2024-01-01"]
    assert occupancy["properties"]["description"] == [
        "An article says the post was held on 2025-10-17"
    ]


def test_exports_cli_refuses_an_output_of_the_wrong_kind(tmp_path):
    (tmp_path / "file.txt").write_text("keep", encoding="utf-8")
    (tmp_path / "folder" / "inner").mkdir(parents=True)
    cases = [
        ("csv", tmp_path / "file.txt", "is a file"),
        ("ftm", tmp_path / "folder", "is a folder"),
        ("neo4j", tmp_path / "folder", "holds folders (inner)"),
    ]
    for fmt, out, message in cases:
        result = run("export", ANALYSIS, "--format", fmt, "--out", out)
        assert result.exit_code == 2 and message in result.output, (fmt, result.output)
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "keep"
    assert [p.name for p in (tmp_path / "folder").iterdir()] == ["inner"]


def test_exports_jsonld_keeps_the_order_of_a_list():
    from rdflib.collection import Collection
    from rdflib.compare import isomorphic

    g = rdflib.Graph()
    head = rdflib.BNode()
    items = [rdflib.Literal(x) for x in ("zeta", "alpha", "mu")]
    Collection(g, head, items)
    g.add((rdflib.URIRef("https://w3id.org/officials-kg/id/x"), RDF.value, head))
    store = ox.Store()
    store.load(exports.jsonld(g).encode("utf-8"), format=ox.RdfFormat.JSON_LD)
    nt = store.dump(format=ox.RdfFormat.N_QUADS, from_graph=ox.DefaultGraph())
    assert isomorphic(rdflib.Graph().parse(data=nt, format="nt"), g)
