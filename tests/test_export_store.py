"""``kg export --store DIR``: a store's graph of record in Turtle, TriG or N-Triples, and the
other export formats from the graph.ttl a store keeps."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg.bench.scale import articles
from kg.store import GENERATION, GRAPH_STORE


def run(*args):
    return CliRunner().invoke(kg_cli.cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A store of invented articles."""
    folder = tmp_path_factory.mktemp("export")
    src = folder / "news.jsonl"
    rows = [json.dumps(r, ensure_ascii=False) for r in articles(12, seed=4)]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run("add", src, "--store", folder / "store").exit_code == 0
    return folder / "store"


def _expected(store) -> set[str]:
    """The store's graph.ttl as Oxigraph holds it (xsd:nonNegativeInteger as xsd:integer)."""
    g = ox.Store()
    g.bulk_load((store / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    return {str(q.triple) for q in g}


def _triples(data: bytes, fmt: ox.RdfFormat) -> set[str]:
    return {str(q.triple) for q in ox.parse(data, format=fmt)}


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("g.nt", ox.RdfFormat.N_TRIPLES),
        ("g.ttl", ox.RdfFormat.TURTLE),
        ("g.trig", ox.RdfFormat.TRIG),
    ],
)
def test_export_store_writes_the_graph_of_record(store, tmp_path, name, fmt):
    result = run("export", "--store", store, "--out", tmp_path / name)
    assert result.exit_code == 0, result.stderr
    got = _triples((tmp_path / name).read_bytes(), fmt)
    assert len(got) > 100
    assert got == _expected(store)


def test_export_store_to_standard_output_with_a_format(store):
    result = run("export", "--store", store, "--format", "nt", "--out", "-")
    assert result.exit_code == 0, result.stderr
    assert _triples(result.stdout_bytes, ox.RdfFormat.N_TRIPLES) == _expected(store)


def test_export_store_other_formats_read_its_graph_ttl(store, tmp_path):
    by_store = run("export", "--store", store, "--out", tmp_path / "a.gexf")
    by_graph = run("export", store, "--out", tmp_path / "b.gexf")
    assert by_store.exit_code == by_graph.exit_code == 0
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()


def test_export_store_usage_errors(store, tmp_path):
    out = tmp_path / "g.nt"
    neither = run("export", "--out", out)
    both = run("export", store, "--store", store, "--out", out)
    assert neither.exit_code == both.exit_code == 2
    assert "give GRAPH or --store DIR" in both.stderr
    rdf_of_a_file = run("export", store / "graph.ttl", "--format", "nt", "--out", out)
    assert rdf_of_a_file.exit_code == 2 and "give --store DIR" in rdf_of_a_file.stderr
    missing = run("export", "--store", tmp_path / "nowhere", "--out", out)
    assert missing.exit_code == 2 and "is not a store" in missing.stderr
    assert not (tmp_path / "nowhere").exists()
    onto_folder = run("export", "--store", store, "--format", "nt", "--out", tmp_path)
    assert onto_folder.exit_code == 2 and "is a folder" in onto_folder.stderr
    assert not out.exists()


def test_export_store_stopped_halfway_is_refused(tmp_path, store):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(store, copy)
    assert (copy / GRAPH_STORE).is_dir()
    (copy / GENERATION).unlink()  # as an add killed before it wrote the generation
    result = run("export", "--store", copy, "--out", tmp_path / "g.nt")
    assert result.exit_code == 2 and "stopped in the middle of an add" in result.stderr
    assert not (tmp_path / "g.nt").exists()


def test_export_store_held_by_an_add_is_an_environment_error(store, tmp_path):
    from kg.store import GraphStore

    with GraphStore(store):  # as a kg add in progress holds it
        result = run("export", "--store", store, "--out", tmp_path / "g.nt")
    assert result.exit_code == 3 and "another kg add is writing the store" in result.stderr
    assert not (tmp_path / "g.nt").exists()
