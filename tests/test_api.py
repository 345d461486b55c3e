"""Tests of the Python API in kg/__init__.py: build, load, query and the model types."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.errors import KgError, UsageError

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = (
    "Jordanian Foreign Minister Rami Haddad met Egyptian Foreign Minister Karim Nassar "
    "in Amman on Wednesday."
)


def test_api_all_names_exist_and_model_types_are_the_model():
    from kg import model

    for name in kg.__all__:
        assert hasattr(kg, name), name
    assert kg.Person is model.Person and kg.Tenure is model.Tenure
    assert kg.Occupancy is model.Occupancy  # a tenure: one org:Membership


def test_api_every_function_has_an_example_that_the_suite_runs():
    import tomllib

    functions = [n for n in kg.__all__ if callable(getattr(kg, n)) and n[0].islower()]
    assert {"article", "build", "load", "query", "export"} <= set(functions)
    for name in functions:
        assert ">>> " in (getattr(kg, name).__doc__ or ""), f"kg.{name} has no example"
    # the examples run with the tests: pytest collects doctests of the kg package
    config = tomllib.loads((FIXTURES.parent.parent / "pyproject.toml").read_text("utf-8"))
    pytest_config = config["tool"]["pytest"]["ini_options"]
    assert "kg" in pytest_config["testpaths"] and "--doctest-modules" in pytest_config["addopts"]


def test_api_export_writes_a_format_of_kg_export(tmp_path):
    graph = kg.build([kg.article(TEXT, lang="en", date="2025-11-05")])
    path = kg.export(graph, "wikidata", tmp_path / "tenures.jsonl")
    claims = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sorted(c["subject"]["label_en"] for c in claims) == ["Karim Nassar", "Rami Haddad"]
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.ttl").write_bytes(graph.serialize(format="turtle", encoding="utf-8"))
    folder = kg.export(tmp_path / "out", "neo4j", tmp_path / "neo4j")
    assert (folder / "HOLDS.csv").read_text(encoding="utf-8").count("\n") == 3
    with pytest.raises(UsageError, match="unknown export format"):
        kg.export(graph, "xlsx", tmp_path / "x.xlsx")


def test_api_query_takes_a_folder_a_file_a_store_or_a_graph(tmp_path):
    graph = kg.build([kg.article(TEXT, lang="en", date="2025-11-05")])
    (tmp_path / "graph.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    wanted = [("Rami Haddad", "JO", "EG")]
    for g in (graph, tmp_path, tmp_path / "graph.ttl", str(tmp_path), store, kg.load(tmp_path)):
        rows = kg.query(g, "counterparts", name="Rami Haddad")
        assert [(r["personName"], r["iso"], r["otherIso"]) for r in rows] == wanted


def test_api_query_runs_sparql_text_and_checks_bindings():
    graph = kg.load(FIXTURES / "analysis.ttl")
    rows = kg.query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows[0]["n"]) == len(graph)
    with pytest.raises(UsageError, match="expected a day written YYYY-MM-DD"):
        kg.query(graph, "who_held", date="17-10-2025")


def test_api_build_reads_folders_and_skips_bad_inputs_unless_strict(tmp_path):
    (tmp_path / "a.txt").write_text(f"lang: en\n\n{TEXT}\n", encoding="utf-8")
    graph = kg.build([tmp_path, tmp_path / "missing.txt"])
    assert [r["name"] for r in kg.query(graph, "holders")] == ["Karim Nassar", "Rami Haddad"]
    with pytest.raises(KgError, match="missing.txt"):
        kg.build([tmp_path / "missing.txt"], strict=True)
