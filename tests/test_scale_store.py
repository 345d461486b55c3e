"""``kg add INPUT... --store DIR``: an on-disk graph of record that equals a rebuild and
that re-adding leaves as it was."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg.store import EXTRACTIONS, GENERATION, GraphStore


@pytest.fixture
def halves(scale_halves):
    """Two files of invented articles whose officials recur across both."""
    return scale_halves(40, 25)


def run(*args):
    return CliRunner().invoke(kg_cli.cli, [str(a) for a in args], catch_exceptions=False)


def _triples(data: bytes, fmt=ox.RdfFormat.TURTLE) -> set[str]:
    return {str(q.triple) for q in ox.parse(data, format=fmt)}


def test_scale_store_two_adds_equal_one_build(halves, tmp_path):
    store = tmp_path / "store"
    assert run("add", halves[0], "--store", store).exit_code == 0
    result = run("add", halves[1], "--store", store)
    assert result.exit_code == 0 and "added 15 articles" in result.stderr
    built = run("build", *halves, "--out", tmp_path / "built", "--no-html")
    assert built.exit_code == 0
    expected = (tmp_path / "built" / "graph.ttl").read_bytes()
    assert (store / "graph.ttl").read_bytes() == expected
    # the rebuild as Oxigraph holds it (it keeps xsd:nonNegativeInteger as xsd:integer)
    rebuilt = ox.Store()
    rebuilt.bulk_load(expected, format=ox.RdfFormat.TURTLE)
    expected_nt = _triples(
        rebuilt.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
        ox.RdfFormat.N_TRIPLES,
    )
    assert len(expected_nt) == len(_triples(expected))
    with GraphStore(store) as s:
        assert _triples(s.dump("nt"), ox.RdfFormat.N_TRIPLES) == expected_nt
        assert _triples(s.dump("ttl")) == expected_nt
        assert {str(q.triple) for q in ox.parse(s.dump("trig"), format=ox.RdfFormat.TRIG)} == (
            expected_nt
        )


def test_scale_store_new_sightings_join_the_people_already_there(halves, tmp_path):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    with GraphStore(store) as s:
        before = {p.name_en or p.name_ar for p in _persons(s)}
    run("add", halves[1], "--store", store)
    with GraphStore(store) as s:
        after = _persons(s)
    names = [p.name_en or p.name_ar for p in after]
    assert len(names) == len(set(names))  # nobody twice
    assert before <= set(names)


def _persons(store: GraphStore):
    from kg.resolve import resolve

    return resolve(store.extractions()).persons


def test_scale_store_re_adding_changes_nothing(halves, tmp_path, monkeypatch):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    files = {name: (store / name).read_bytes() for name in (EXTRACTIONS, "graph.ttl", GENERATION)}
    stamp = (store / "graph.ttl").stat().st_mtime_ns
    calls = []
    real = kg_cli._extract_one
    monkeypatch.setattr(kg_cli, "_extract_one", lambda a, t=0.0: calls.append(a.id) or real(a, t))
    result = run("add", halves[0], "--store", store)
    assert result.exit_code == 0 and "nothing new" in result.stderr
    assert calls == []  # nothing extracted again
    assert {name: (store / name).read_bytes() for name in files} == files
    assert (store / "graph.ttl").stat().st_mtime_ns == stamp
    # both files: only the second one's articles are extracted
    run("add", *halves, "--store", store)
    assert len(calls) == 15


def test_scale_store_stopped_halfway_is_written_again(halves, tmp_path):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    expected = (store / "graph.ttl").read_bytes()
    (store / GENERATION).unlink()  # as if killed before the graph was written
    (store / "graph.ttl").write_bytes(b"")
    result = run("add", halves[0], "--store", store)
    assert result.exit_code == 0 and "added 0 articles" in result.stderr
    assert (store / "graph.ttl").read_bytes() == expected


def test_scale_store_refuses_a_foreign_folder_and_a_second_writer(halves, tmp_path):
    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "mine.txt").write_text("x")
    result = run("add", halves[0], "--store", foreign)
    assert result.exit_code == 2 and "not a kg store" in result.output
    store = tmp_path / "store"
    with GraphStore(store):
        result = run("add", halves[0], "--store", store)
    assert result.exit_code == 3 and "another kg add" in result.output


def test_scale_store_is_read_by_the_commands_that_read_a_folder(halves, tmp_path):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    result = run("query", store, "who_held", "--format", "csv")
    assert result.exit_code == 0 and result.output.count("\n") > 10
