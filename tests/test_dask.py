"""``kg build --engine dask``: extraction on a ``dask.distributed`` cluster writes what the
local build writes, byte for byte, and skips a broken article as the local build does."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg import engine
from kg.bench.scale import articles as invented
from kg.model import Article, Extraction, Skipped
from kg.settings import ROOT

try:
    import distributed
except ImportError:  # the tests of a missing dask still run
    distributed = None
needs_dask = pytest.mark.skipif(distributed is None, reason="dask.distributed not installed")

SAMPLE = ROOT / "data" / "articles"


def run(*args):
    return CliRunner().invoke(kg_cli.cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, for the whole module."""
    import logging

    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",  # any free port: no clash with another cluster
        silence_logs=logging.ERROR,
    ) as c:
        yield c


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster) as c:
        yield c


@pytest.fixture
def corpus(tmp_path, articles) -> list[Path]:
    """The shipped sample, invented articles in both languages, and an empty file."""
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [json.dumps(r, ensure_ascii=False) for r in invented(30, seed=3)]
    rows += [a.jsonl() for a in articles(12, seed=5)]
    (folder / "news.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return [SAMPLE, folder]


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@needs_dask
def test_dask_build_on_a_cluster_equals_the_local_build(tmp_path, corpus, cluster):
    local = run("build", *corpus, "--out", tmp_path / "local", "--no-html")
    assert local.exit_code == 1  # the empty file is skipped, in both builds alike
    on_dask = run(
        "build",
        *corpus,
        "--out",
        tmp_path / "dask",
        "--no-html",
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert on_dask.exit_code == 1, on_dask.stderr
    expected = _outputs(tmp_path / "local")
    assert {"graph.ttl", "report.json", "report.md"} <= set(expected)
    assert _outputs(tmp_path / "dask") == expected
    assert b"empty (no article text)" in expected["report.md"]


@needs_dask
def test_dask_build_on_a_local_cluster_equals_the_local_build(tmp_path):
    local = run("build", SAMPLE, "--out", tmp_path / "local", "--no-html")
    assert local.exit_code == 0
    on_dask = run(
        "build", SAMPLE, "--out", tmp_path / "dask", "--no-html", "--engine", "dask", "-j", "2"
    )
    assert on_dask.exit_code == 0, on_dask.stderr
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


def _article(i: int, lang: str = "en") -> Article:
    row = list(invented(i + 1, seed=11))[i]
    return Article(id=f"a{i}", text=row["text"], lang=lang, origin=f"news.jsonl:{i + 1}")


@needs_dask
def test_dask_extractions_keep_input_order_and_skip_a_broken_article(client):
    # lang "zz" has no pipeline: extraction raises on the worker, as a broken rule would
    batch = [_article(i) for i in range(7)]
    batch[3] = Article(id="a3", text=batch[3].text, lang="zz", origin="news.jsonl:4")
    got = list(
        engine.dask_extractions(batch, kg_cli._extract_one, client=client, batch=2, window=1)
    )
    assert [getattr(x, "origin", None) for x in got[3:4]] == ["news.jsonl:4"]
    assert isinstance(got[3], Skipped)
    assert (
        got[3].reason
        == "extraction failed: ValueError: no pipeline for language 'zz'; kg reads ar, en"
    )
    assert [x.article.id for i, x in enumerate(got) if i != 3] == [
        "a0",
        "a1",
        "a2",
        "a4",
        "a5",
        "a6",
    ]
    assert all(isinstance(x, Extraction) for i, x in enumerate(got) if i != 3)
    assert got[5] == kg_cli._extract_one(batch[5])


def _dies_on_a2(article: Article):
    if article.id == "a2":
        raise SystemError("the task itself failed")
    return kg_cli._extract_one(article)


@needs_dask
def test_dask_a_failed_task_skips_its_articles_and_the_rest_go_on(client):
    # a task that fails outside the per-article guard (here: raised by the task itself)
    # skips the articles of its batch with the reason, and the others are extracted
    batch = [_article(i) for i in range(5)]
    got = list(engine.dask_extractions(batch, _dies_on_a2, client=client, batch=1))
    assert [type(x).__name__ for x in got] == [
        "Extraction",
        "Extraction",
        "Skipped",
        "Extraction",
        "Extraction",
    ]
    assert got[2].origin == "news.jsonl:3"
    assert got[2].reason.startswith("extraction failed on the Dask cluster: SystemError")


def _slow_first(article: Article):
    if article.id == "a0":
        time.sleep(1.0)  # done after the articles behind it
    return kg_cli._extract_one(article)


@needs_dask
def test_dask_results_come_back_in_input_order_within_the_window(client, monkeypatch):
    submitted = []
    real = client.submit

    def counting(*args, **kwargs):
        submitted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(client, "submit", counting)
    seen = []
    stream = engine.dask_extractions(
        (_article(i) for i in range(6)), _slow_first, client=client, batch=1, window=2
    )
    for item in stream:
        seen.append((item.article.id, len(submitted)))
    assert [s[0] for s in seen] == [f"a{i}" for i in range(6)]
    # a1 was done long before a0, yet nothing more was sent while a0 was out: at most
    # `window` tasks out or waiting at once
    assert seen[0] == ("a0", 2)
    assert all(n <= k + 1 + 2 for k, (_, n) in enumerate(seen))


def test_dask_without_dask_installed_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = run("build", SAMPLE, "--out", tmp_path / "out", "--engine", "dask")
    assert result.exit_code == 2
    assert "pip install 'officials-kg[dask]'" in result.stderr
    assert not (tmp_path / "out").exists()


def test_dask_scheduler_needs_the_dask_engine(tmp_path):
    result = run("build", SAMPLE, "--out", tmp_path / "o", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr
    result = run(
        "build",
        *(SAMPLE, "--out", tmp_path / "o", "--engine", "dask", "-j", "2"),
        *("--scheduler", "tcp://127.0.0.1:1"),
    )
    assert result.exit_code == 2 and "--jobs sets the processes" in result.stderr
    assert not (tmp_path / "o").exists()


@needs_dask
def test_dask_unreachable_scheduler_is_an_environment_error(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", 0.5)
    result = run(
        "build",
        *(SAMPLE, "--out", tmp_path / "o", "--engine", "dask"),
        *("--scheduler", "tcp://127.0.0.1:1"),
    )
    assert result.exit_code == 3, result.stderr
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr
    assert not (tmp_path / "o").exists()


class _Cluster:
    """What :func:`kg.engine._check_workers` asks of a client: each worker's kg version."""

    def __init__(self, versions):
        self.versions = versions

    def run(self, function, *args, on_error):
        assert on_error == "return"
        return self.versions


def test_dask_workers_with_another_kg_are_refused():
    from importlib.metadata import version

    from kg.errors import ResourceError

    here = version("officials-kg")
    engine._check_workers(_Cluster({"tcp://w1:1": here, "tcp://w2:1": here}))
    with pytest.raises(ResourceError, match="tcp://w2:1 has kg 0.0.1; install the same"):
        engine._check_workers(_Cluster({"tcp://w1:1": here, "tcp://w2:1": "0.0.1"}))
    with pytest.raises(ResourceError, match="tcp://w1:1 has no kg"):
        engine._check_workers(_Cluster({"tcp://w1:1": ModuleNotFoundError("kg")}))


def _in_a_thread(function):
    """Run ``function`` in a thread other than the main one; its result or its exception."""
    import threading

    box = {}

    def target():
        try:
            box["result"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    t = threading.Thread(target=target)
    t.start()
    t.join(20)
    assert not t.is_alive()
    return box


def _spin(seconds: float) -> int:
    """A rule that runs (Python, not a sleep in C) for ``seconds``."""
    n, end = 0, time.monotonic() + seconds
    while time.monotonic() < end:
        n += 1
    return n


def test_dask_time_budget_stops_a_block_in_a_worker_thread():
    from kg.errors import ArticleTimeout

    def over():
        with kg_cli._time_budget(0.3):
            _spin(10)

    started = time.monotonic()
    box = _in_a_thread(over)
    assert isinstance(box.get("error"), ArticleTimeout)
    assert time.monotonic() - started < 5


def test_dask_time_budget_left_in_time_raises_nothing_later():
    def under():
        with kg_cli._time_budget(0.2):
            _spin(0.05)
        return _spin(0.5)  # past the budget, outside the block: nothing arrives

    box = _in_a_thread(under)
    assert "error" not in box and box["result"] > 0


def _stuck_on_a1(article: Article):
    """``_extract_one`` with a budget of 0.5 s, whose rules never end on article a1."""
    import kg.extract

    real = kg.extract.extract

    def stuck(a):
        if a.id == "a1":
            _spin(60)
        return real(a)

    kg.extract.extract = stuck
    try:
        return kg_cli._extract_one(article, timeout=0.5)
    finally:
        kg.extract.extract = real


@needs_dask
def test_dask_an_article_over_its_time_budget_on_a_worker_is_skipped(client):
    started = time.monotonic()
    got = list(
        engine.dask_extractions([_article(i) for i in range(3)], _stuck_on_a1, client=client)
    )
    assert time.monotonic() - started < 30
    assert [type(x).__name__ for x in got] == ["Extraction", "Skipped", "Extraction"]
    assert got[1].reason.startswith("took longer than 0.5 s, the time budget of one article")
