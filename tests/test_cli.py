"""Tests of kg.cli's analysis commands (analyze, path, query, export) and of the shipped
SPARQL queries, on the hand-written fixture graphs; every command is documented."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from kg import cli as kg_cli
from kg import sparql

FIXTURES = Path(__file__).parent / "fixtures"
ANALYSIS = FIXTURES / "analysis.ttl"
GOLDEN = FIXTURES / "golden.ttl"
QUERIES = Path(__file__).parent.parent / "ontology" / "queries"
KGR = "https://w3id.org/officials-kg/id/"


def run(*args: str, input: str | None = None):  # noqa: A002 - CliRunner's name
    result = CliRunner().invoke(kg_cli.cli, [str(a) for a in args], input=input)
    return result


# ------------------------------------------------------------------------------ help


def _commands():
    return sorted(kg_cli.cli.commands)


def test_cli_has_the_analysis_commands():
    assert {"build", "validate", "analyze", "path", "query", "export"} <= set(_commands())


@pytest.mark.parametrize("name", _commands())
def test_cli_every_command_has_help_with_an_example(name):
    result = run(name, "--help")
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"kg {name} " in result.output.split("Example:")[1]


def test_cli_group_help_has_an_example():
    result = run("--help")
    assert result.exit_code == 0 and "Example:" in result.output


# ------------------------------------------------------------------------------ kg analyze


def test_cli_analyze_writes_reports_next_to_the_graph(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_bytes(ANALYSIS.read_bytes())
    result = run("analyze", graph)
    assert result.exit_code == 0, result.output
    assert "7 people, 8 organizations, 1 outlet, 2 states, 7 posts, 3 events, 2 places" in (
        result.output
    )
    assert "1. Hakan Fidan · هاكان فيدان (TR; foreign_minister)" in result.output
    assert "foreign_minister: Asaad al-Shaibani (SY) and Hakan Fidan (TR), 2 shared events" in (
        result.output
    )
    data = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    assert data["summary"]["nodes"]["person"] == 7
    assert (tmp_path / "analysis.md").read_text(encoding="utf-8").startswith("# Officials network")


def test_cli_analyze_keeps_the_build_report(tmp_path):
    (tmp_path / "graph.ttl").write_bytes(ANALYSIS.read_bytes())
    build_report = "# kg build report\n\n## Inputs\n\n- inputs skipped: 1\n"
    (tmp_path / "report.md").write_text(build_report, encoding="utf-8")
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    result = run("analyze", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == build_report
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "{}"
    assert "analysis.md" in result.output


def test_cli_build_again_after_analyze(tmp_path):
    # kg analyze writes into a build's folder; the next build still replaces that folder
    article = tmp_path / "a.txt"
    article.write_text("lang: ar\n\nاستقبل وزير الخارجية الأردني سامر الحداد الوفد.\n", "utf-8")
    out = tmp_path / "out"
    assert run("build", article, "--out", out, "--no-html").exit_code == 0
    assert run("analyze", out).exit_code == 0
    assert (out / "analysis.md").exists()
    result = run("build", article, "--out", out, "--no-html")
    assert result.exit_code == 0, result.output
    assert not (out / "analysis.md").exists()


def test_cli_analyze_out_dir_json_and_folder_graph(tmp_path):
    build_dir = tmp_path / "out"
    build_dir.mkdir()
    (build_dir / "graph.ttl").write_bytes(ANALYSIS.read_bytes())
    result = run("analyze", build_dir, "--out", tmp_path / "reports", "--format", "json")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == json.loads((tmp_path / "reports" / "analysis.json").read_text("utf-8"))
    assert not (build_dir / "analysis.json").exists()


def test_cli_analyze_stdin_needs_out(tmp_path):
    text = ANALYSIS.read_text(encoding="utf-8")
    result = run("analyze", "-", input=text)
    assert result.exit_code == 2 and "give --out DIR" in result.output
    result = run("analyze", "-", "--out", tmp_path, input=text)
    assert result.exit_code == 0 and (tmp_path / "analysis.md").exists()


@pytest.mark.parametrize(
    ("graph", "hint"),
    [("missing.ttl", "no graph at missing.ttl"), (".", "no graph.ttl in .")],
)
def test_cli_analyze_missing_graph_says_what_to_do(graph, hint, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("analyze", graph)
    assert result.exit_code == 2
    assert hint in result.output and "kg build" in result.output


def test_cli_analyze_unreadable_graph(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    result = run("analyze", bad)
    assert result.exit_code == 2 and "is not a graph rdflib can read" in result.output


# ------------------------------------------------------------------------------ kg path


@pytest.mark.parametrize(
    ("a", "b", "steps"),
    [
        (
            "Hakan Fidan",
            "Ahmed al-Sharaa",
            [
                "Hakan Fidan took part in visit in Damascus between 2025-10-20 and 2025-10-21 "
                "with Ahmed al-Sharaa"
            ],
        ),
        (  # Arabic names, without hamza, partial
            "فيدان",
            "الشرع",
            [
                "Hakan Fidan took part in visit in Damascus between 2025-10-20 and 2025-10-21 "
                "with Ahmed al-Sharaa"
            ],
        ),
        (
            "ابراهيم قالن",
            "Hakan Fidan",
            ["İbrahim Kalın took part in security talks in Ankara on 2025-10-12 with Hakan Fidan"],
        ),
    ],
)
def test_cli_path_explains_the_links(a, b, steps):
    result = run("path", ANALYSIS, a, b)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1:] == [f"  {i}. {s}" for i, s in enumerate(steps, 1)]


def test_cli_path_json():
    result = run("path", ANALYSIS, "Ahmed al-Sharaa", "Yaşar Güler", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["from"]["label_ar"] == "أحمد الشرع"
    assert [n["kind"] for n in data["nodes"]] == ["person", "event", "person", "event", "person"]
    assert len(data["steps"]) == 2


def test_cli_path_unknown_person_suggests_names():
    result = run("path", ANALYSIS, "Hakan Fidn", "Ahmed al-Sharaa")
    assert result.exit_code == 2
    assert f"no person named 'Hakan Fidn' in {ANALYSIS}; try one of: Hakan Fidan" in result.output


def test_cli_path_same_person_and_not_connected(tmp_path):
    result = run("path", ANALYSIS, "Hakan Fidan", "هاكان فيدان")
    assert result.exit_code == 2 and "the same person" in result.output
    lonely = tmp_path / "graph.ttl"
    lonely.write_text(
        ANALYSIS.read_text(encoding="utf-8")
        + '\nkgr:lonely a foaf:Person ; skos:prefLabel "Lonely Official"@en .\n',
        encoding="utf-8",
    )
    result = run("path", lonely, "Lonely Official", "Hakan Fidan")
    assert result.exit_code == 1 and "are not connected" in result.output


# ------------------------------------------------------------------------------ kg query


def test_cli_query_lists_shipped_queries():
    result = run("query", ANALYSIS)
    assert result.exit_code == 0
    for name in ("who_held", "counterparts", "meetings", "from_source", "holders"):
        assert f"  {name} " in result.output
    assert "parameters: role [role-key], date [xsd:date], state [country-code]" in result.output


def test_cli_query_table_with_bindings():
    result = run(
        "query", ANALYSIS, "who_held", "--bind", "role=foreign_minister", "-b", "date=2025-10-17"
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "person", "name", "nameAr", "key", "iso", "start", "end", "observed", "status",
    ]  # fmt: skip
    assert lines[2].startswith("kgr:asaad-al-shaibani  Asaad al-Shaibani")
    assert lines[3].startswith("kgr:hakan-fidan        Hakan Fidan")
    assert len(lines) == 4 and "2 rows" in result.output


def test_cli_query_csv_and_json():
    result = run("query", ANALYSIS, "meetings", "-b", "a=TR", "-b", "b=sy", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["eventType"] for r in rows] == ["meeting", "phone_call", "visit"]
    assert rows[0]["event"] == KGR + "event-ankara-talks"
    result = run("query", ANALYSIS, "counterparts", "-b", "name=هاكان فيدان", "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert (row["counterpartName"], row["key"], row["events"]) == (
        "Asaad al-Shaibani",
        "foreign_minister",
        "2",
    )


def test_cli_query_file_and_ask(tmp_path):
    q = tmp_path / "ask.rq"
    q.write_text(
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nASK { ?p a foaf:Person }", encoding="utf-8"
    )
    result = run("query", ANALYSIS, q)
    assert result.exit_code == 0 and result.stdout.strip() == "true"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no_such_query"], "no query file no_such_query; give the path of a .rq file"),
        (["who_held", "-b", "person=x"], "who_held has no parameter 'person'; it takes: role"),
        (["who_held", "-b", "role"], "write NAME=VALUE"),
        (
            ["who_held", "-b", "date=17-10-2025"],
            "date=17-10-2025: expected a day written YYYY-MM-DD",
        ),
        (["who_held", "-b", "date=2025-13-45"], "2025-13-45 is not a day of the calendar"),
        (
            ["who_held", "-b", "role=president"],
            "expected a role key, e.g. foreign_minister (the role keys are ",
        ),
        (["who_held", "-b", "state=TUR"], "expected the ISO 3166-1 alpha-2 code of a state"),
        (
            ["meetings", "-b", "a=Türkiye"],
            "a=Türkiye: expected the ISO 3166-1 alpha-2 code of a state, two letters, e.g. JO or EG (Turkey is TR)",
        ),
        (
            ["meetings", "-b", "type=summit"],
            "expected an event key, e.g. meeting (the event keys are ",
        ),
        (["counterparts", "-b", "name= "], "expected a person's name"),
        (
            ["from_source", "-b", "source=<not an iri>"],
            "expected a source's name, an article's URL, or an IRI",
        ),
        (["-", "-b", "x=1"], "standard input has no variable ?x to bind"),
    ],
)
def test_cli_query_errors_say_how_to_fix(args, message):
    result = run("query", ANALYSIS, *args, input="SELECT ?s WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_query_checked_values_are_normalised():
    result = run("query", ANALYSIS, "who_held", "-b", "role=Foreign-Minister", "-b", "state=tr",
                 "-b", "date=2025-10-17", "--format", "csv")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["Hakan Fidan"]


def test_cli_query_graph_from_stdin_and_own_query_bound(tmp_path):
    q = tmp_path / "people.rq"
    q.write_text(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?p ?name WHERE { ?p skos:prefLabel ?name } ORDER BY ?name",
        encoding="utf-8",
    )
    turtle = ANALYSIS.read_text(encoding="utf-8")
    result = run("query", "-", q, "-b", f"p=<{KGR}hakan-fidan>", "--format", "json", input=turtle)
    assert result.exit_code == 0, result.output
    assert {r["name"] for r in json.loads(result.stdout)} == {"Hakan Fidan", "هاكان فيدان"}


def test_cli_query_unreadable_or_empty_graph_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = run("query", bad, "holders")
    assert result.exit_code == 2 and "is not a graph Oxigraph can read" in result.output
    empty = tmp_path / "empty.ttl"
    empty.write_text("# nothing\n", encoding="utf-8")
    result = run("query", empty, "holders")
    assert result.exit_code == 2 and "holds no triples" in result.output


def test_cli_query_refuses_remote_graphs(tmp_path):
    q = tmp_path / "remote.rq"
    q.write_text("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    result = run("query", ANALYSIS, q)
    assert result.exit_code == 2 and "offline" in result.output
    q.write_text("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }")
    assert run("query", ANALYSIS, q).exit_code == 2


def test_cli_query_parameters_parsed_from_the_header():
    text = (QUERIES / "meetings.rq").read_text(encoding="utf-8")
    assert kg_cli.query_parameters(text) == ["a", "b", "type"]


def test_cli_query_construct_answers_turtle(tmp_path):
    q = tmp_path / "c.rq"
    q.write_text(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        f"CONSTRUCT {{ ?p skos:prefLabel ?n }} WHERE {{ BIND(<{KGR}hakan-fidan> AS ?p) "
        "?p skos:prefLabel ?n }",
        encoding="utf-8",
    )
    result = run("query", ANALYSIS, q)
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert {str(o) for o in g.objects()} == {"Hakan Fidan", "هاكان فيدان"}


# ------------------------------------------------------------------------------ kg export


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_cli_export_round_trips(fmt, tmp_path):
    out = tmp_path / f"officials.{fmt}"
    result = run("export", ANALYSIS, "--out", out)
    assert result.exit_code == 0, result.output
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    G = read(out)
    assert (G.number_of_nodes(), G.number_of_edges()) == (30, 41)
    # one node per real thing, typed by its kind: no membership node, places their own kind
    assert not [n for n in G if "/m-" in n]
    assert G.nodes[KGR + "damascus"]["kind"] == "place"
    assert G.nodes[KGR + "anadolu-agency"]["kind"] == "outlet"
    fidan = G.nodes[KGR + "hakan-fidan"]
    assert fidan["label"] == "Hakan Fidan" and fidan["label_ar"] == "هاكان فيدان"
    asaad = G.nodes[KGR + "asaad-al-shaibani"]
    assert asaad["alt_labels"] == "Asaad Hassan al-Shaibani; أسعد حسن الشيباني"
    for _, d in G.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in d.values())


def test_cli_export_format_and_stdout():
    result = run("export", ANALYSIS, "--out", "officials.txt")
    assert result.exit_code == 2 and "--format graphml" in result.output
    result = run("export", ANALYSIS, "--format", "gexf", "--out", "-")
    assert result.exit_code == 0 and result.stdout.startswith("<?xml")


# ------------------------------------------------------------------------------ the queries
# Each shipped query, with and without parameters, on the fixture graphs: the rows expected.


@pytest.fixture(scope="module")
def graphs():
    return {
        name: sparql.open_store(path) for name, path in (("analysis", ANALYSIS), ("golden", GOLDEN))
    }


@pytest.fixture(scope="module")
def rdflib_graphs():
    return {
        "analysis": rdflib.Graph().parse(ANALYSIS, format="turtle"),
        "golden": rdflib.Graph().parse(GOLDEN, format="turtle"),
    }


def _bound(query, binds):
    return sparql.bind(sparql.load_query(query), binds)


def _cell(column, value):
    if value is None:
        return None
    # GROUP_CONCAT follows no order: compare the names sorted
    return " | ".join(sorted(value.split(" | "))) if column == "participants" else value


def _rows(graphs, graph, query, binds, columns):
    """The rows of a shipped query run by pyoxigraph itself on the bound text."""
    answer = sparql.run(graphs[graph], _bound(query, binds))
    at = [answer.header.index(c) for c in columns]
    return [
        tuple(_cell(c, r[i]) for c, i in zip(columns, at, strict=True)) for r in answer.strings()
    ]


QUERY_CASES = [
    # who held post X on day D
    ("analysis", "who_held", {"role": "foreign_minister", "date": "2025-10-17"}, ["name", "iso"],
     [("Asaad al-Shaibani", "SY"), ("Hakan Fidan", "TR")]),
    ("analysis", "who_held", {"role": "minister", "date": "2025-10-12", "state": "tr"},
     ["name", "key"], [("Yaşar Güler", "defence_minister"), ("Hakan Fidan", "foreign_minister")]),
    ("analysis", "who_held", {"date": "2024-01-01"}, ["name"], [("Hakan Fidan",)]),
    ("analysis", "who_held", {"role": "head_of_state", "date": "2025-10-17"}, ["name"], []),
    ("analysis", "who_held", {"role": "head_of_state", "date": "2025-10-21"}, ["name"],
     [("Ahmed al-Sharaa",)]),
    ("golden", "who_held", {"date": "2025-10-18"}, ["name", "key", "start"],
     [("Murhaf Abu Qasra", "defence_minister", "2025-03-29"),
      ("Hakan Fidan", "foreign_minister", None)]),
    ("golden", "who_held", {}, ["name", "key", "status"],
     [("Murhaf Abu Qasra", "defence_minister", "current"),
      ("Hakan Fidan", "foreign_minister", "current"),
      ("Hakan Fidan", "intelligence_chief", "former")]),
    # all counterparts of X
    ("analysis", "counterparts", {"name": "HAKAN FIDAN"},
     ["counterpartName", "key", "otherIso", "events", "first", "last"],
     [("Asaad al-Shaibani", "foreign_minister", "SY", "2", "2025-10-12", "2025-10-17")]),
    ("analysis", "counterparts", {"name": "ياشار غولر"}, ["counterpartName", "key"],
     [("Murhaf Abu Qasra", "defence_minister")]),
    ("analysis", "counterparts", {"name": "Ahmed al-Sharaa"}, ["counterpartName"], []),
    ("golden", "counterparts", {"name": "Hakan Fidan"}, ["counterpartName"], []),
    # all meetings between states A and B
    ("analysis", "meetings", {"a": "TR", "b": "SY"}, ["event", "eventType", "participants"],
     [(KGR + "event-ankara-talks", "meeting",
       "Asaad al-Shaibani | Hakan Fidan | Hussein al-Salama | Murhaf Abu Qasra | Yaşar Güler | "
       "İbrahim Kalın"),
      (KGR + "event-fidan-shaibani-call", "phone_call", "Asaad al-Shaibani | Hakan Fidan"),
      (KGR + "event-fidan-damascus-visit", "visit", "Ahmed al-Sharaa | Hakan Fidan")]),
    ("analysis", "meetings", {"a": "sy", "b": "tr", "type": "visit"}, ["eventType", "place"],
     [("visit", "Damascus")]),
    ("analysis", "meetings", {"a": "TR", "b": "IQ"}, ["event"], []),
    ("golden", "meetings", {}, ["event", "status", "date", "stateA", "stateB"],
     [(KGR + "event/a2-visit-1", "held", "2025-10-18", "SY", "TR")]),
    # every fact from source S
    ("analysis", "from_source", {"source": "Anadolu Agency"}, ["fact", "kind"],
     [(KGR + "event-ankara-talks", "event"), (KGR + "event-fidan-shaibani-call", "event"),
      (KGR + "event-fidan-damascus-visit", "event"), (KGR + "m-sharaa", "membership")]),
    ("analysis", "from_source", {"source": "وكالة الأناضول"}, ["fact"],
     [(KGR + "event-ankara-talks",), (KGR + "event-fidan-shaibani-call",),
      (KGR + "event-fidan-damascus-visit",), (KGR + "m-sharaa",)]),
    ("golden", "from_source", {"source": "https://news.example/a1"}, ["who", "what", "kind"],
     [(None, "visit", "event"), ("Hakan Fidan", "foreign minister", "membership"),
      ("Hakan Fidan", "intelligence chief", "membership")]),
    ("golden", "from_source", {"source": f"<{KGR}article/a2>"}, ["who", "kind"],
     [("Samer al-Khatib", "designation"), (None, "event"), ("Murhaf Abu Qasra", "membership")]),
    # the queries that were there before
    ("golden", "holders", {}, ["name", "key", "iso"],
     [("Hakan Fidan", "foreign_minister", "TR"), ("Hakan Fidan", "intelligence_chief", "TR"),
      ("Murhaf Abu Qasra", "defence_minister", "SY")]),
    ("golden", "events", {}, ["type", "date", "participants"],
     [("visit", "2025-10-18", "Hakan Fidan | Murhaf Abu Qasra")]),
    ("golden", "planned_events", {}, ["type", "earliest", "latest", "place"],
     [("visit", "2025-10-20", "2025-10-26", "Damascus")]),
    ("golden", "designations", {}, ["name", "roleLabel"], [("Samer al-Khatib", "prime minister")]),
    ("analysis", "events", {}, ["type", "place"],
     [("meeting", "Ankara"), ("phone_call", None), ("visit", "Damascus")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("graph", "query", "binds", "columns", "expected"),
    QUERY_CASES,
    ids=[f"{c[1]}-{c[0]}-{'-'.join(c[2].values()) or 'all'}" for c in QUERY_CASES],
)
def test_cli_queries_return_expected_rows(graphs, graph, query, binds, columns, expected):
    rows = _rows(graphs, graph, query, binds, columns)
    assert sorted(rows, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("graph", "query", "binds", "columns", "expected"),
    QUERY_CASES,
    ids=[f"{c[1]}-{c[0]}-{'-'.join(c[2].values()) or 'all'}" for c in QUERY_CASES],
)
def test_cli_queries_answer_alike_in_another_engine(
    rdflib_graphs, graph, query, binds, columns, expected
):
    """The bound text is plain SPARQL 1.1: rdflib, another engine, finds the same rows."""
    result = rdflib_graphs[graph].query(_bound(query, binds))
    rows = [tuple(_cell(c, None if getattr(r, c) is None else str(getattr(r, c))) for c in columns)
            for r in result]  # fmt: skip
    assert sorted(rows, key=str) == sorted(expected, key=str)


def test_cli_evidence_query_rows_quote_the_text(graphs):
    rows = _rows(graphs, "golden", "evidence", {}, ["text", "begin", "end", "rule"])
    assert ("Turkish Foreign Minister Hakan Fidan", "0", "36", "en.title_name") in rows
    assert all(int(e) - int(b) == len(t) for t, b, e, _ in rows)


def test_cli_every_shipped_query_is_tested():
    tested = {c[1] for c in QUERY_CASES} | {"evidence"}
    assert tested == {p.stem for p in QUERIES.glob("*.rq")}


# ------------------------------------------------------------------------------ the README
# Every `kg` example of the README and of the --help texts runs as written on the shipped
# sample (after `kg build data/articles --out out`), and every query example finds rows.

ROOT = Path(__file__).resolve().parent.parent
# kg add needs inputs the sample folder lacks: tests/test_scale_store.py runs it.
SKIP_EXAMPLE = ("kg build", "../shared", "c120", "my-question.rq", "|", ">", "--store")


def _examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
    lines = [x for b in blocks for x in b.splitlines()]
    for command in kg_cli.cli.commands.values():
        lines += (command.help or "").split("Example:")[-1].splitlines()
    found = []
    for line in lines:
        line = re.sub(r"\s+#\s.*$", "", line.strip())  # a trailing comment
        if line.startswith("kg ") and not any(s in line for s in SKIP_EXAMPLE):
            found.append(line)
    return sorted(set(found))


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    here = tmp_path_factory.mktemp("sample")
    result = CliRunner().invoke(
        kg_cli.cli, ["build", str(ROOT / "data" / "articles"), "--out", str(here / "out")]
    )
    assert result.exit_code == 0, result.output
    return here


def test_cli_examples_are_found():
    examples = _examples()
    assert "kg query out who_held --bind role=foreign_minister --bind date=2025-11-05" in examples
    assert any(e.startswith("kg path out ") for e in examples)
    assert "kg query out" in examples
    assert len([e for e in examples if e.startswith("kg query out ")]) >= 4


@pytest.mark.parametrize("example", _examples())
def test_cli_example_runs_as_written_on_the_sample(sample, example, monkeypatch):
    monkeypatch.chdir(sample)
    result = CliRunner().invoke(kg_cli.cli, shlex.split(example)[1:])
    assert result.exit_code == 0, result.output
    m = re.search(r"^(\d+) rows?$", result.stderr, flags=re.M)
    if example.startswith("kg query out ") and len(shlex.split(example)) > 3:
        assert m and int(m.group(1)) > 0, f"{example} finds no row on the sample"


def test_cli_build_counts_organizations_as_the_analysis_and_the_view_do(tmp_path):
    result = run("build", FIXTURES / "articles", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    built = {
        k: int(re.search(rf"^- {k}: (\d+)$", md, re.M).group(1))
        for k in ("organizations", "news outlets")
    }
    nodes = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["nodes"]
    assert (nodes["organization"], nodes["outlet"]) == (
        built["organizations"],
        built["news outlets"],
    )
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    shown = [n["kg"]["kind"] for n in json.loads(data.group(1))["nodes"]]
    assert shown.count("organization") == built["organizations"] > 0
    assert f"{built['organizations']} organizations" in result.output


def test_cli_build_international_post_is_a_membership_of_the_body(tmp_path):
    # the scorer and SPARQL read a UN envoy's post as a membership in the UN, with no state
    article = tmp_path / "a.txt"
    article.write_text(
        "lang: ar\n\nاختتم مبعوث الأمين العام للأمم المتحدة الخاص إلى اليمن هانس كارلسون "
        "زيارته إلى عمان.\n",
        "utf-8",
    )
    out = tmp_path / "out"
    assert run("build", article, "--out", out, "--no-html").exit_code == 0
    g = rdflib.Graph().parse(out / "graph.ttl")
    rows = list(
        g.query(
            """PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX kgo: <https://w3id.org/officials-kg/ontology#>
            SELECT ?o ?c WHERE { ?m a org:Membership ; org:organization ?o .
                                 ?o a kgo:InternationalOrganization .
                                 OPTIONAL { ?m kgo:country ?c } }"""
        )
    )
    assert [(str(o).rsplit("/", 1)[-1], c) for o, c in rows] == [("un", None)]
    assert run("validate", out / "graph.ttl").exit_code == 0
