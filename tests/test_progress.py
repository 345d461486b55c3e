"""Progress of a long build: shown on a terminal (articles done, rate, time left), quiet
when piped, silenced by ``--quiet``. A terminal is simulated by ``Progress(tty=True)``."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg.ingest import expected_articles
from kg.progress import Progress, Stages, duration, progress_line


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "line"),
    [
        (50, 200, 10.0, "50/200 articles, 5.0/s, 30 s left"),
        (100, 10_000, 20.0, "100/10000 articles, 5.0/s, 33 min 0 s left"),
        (200, 200, 10.0, "200/200 articles, 20.0/s"),
        (7, None, 2.0, "7 articles, 3.5/s"),
        (0, 10, 0.0, "0/10 articles, 0.0/s"),
    ],
)
def test_progress_line(done, total, elapsed, line):
    assert progress_line(done, total, elapsed) == line


def test_progress_duration_in_hours():
    assert duration(7300) == "2 h 1 min"


def _ticks():
    t = iter(range(0, 1000))
    return lambda: float(next(t))


def test_progress_on_a_terminal_shows_articles_rate_and_time_left():
    out = io.StringIO()
    p = Progress(total=4, stream=out, tty=True, every=0, clock=_ticks())
    for n in range(1, 5):
        p.update(n)
    p.note("resolving")
    p.close()
    text = out.getvalue()
    assert "\r1/4 articles\x1b[K" in text  # no rate before a second article is done
    assert "\r2/4 articles, 1.0/s, 2 s left" in text
    assert "\r4/4 articles, 1.0/s" in text and "resolving" in text
    assert text.endswith("\n")


def test_progress_rewrites_the_line_at_most_every_interval():
    out = io.StringIO()
    p = Progress(total=100, stream=out, tty=True, every=10, clock=_ticks())
    for n in range(1, 31):
        p.update(n)
    assert out.getvalue().count("\r") == 3  # at 0, 10 and 20 s


@pytest.mark.parametrize("kwargs", [{"tty": False}, {"tty": True, "quiet": True}, {}])
def test_progress_piped_or_quiet_writes_nothing(kwargs):
    out = io.StringIO()  # not a terminal: isatty() is False
    p = Progress(total=3, stream=out, every=0, **kwargs)
    for n in range(1, 4):
        p.update(n)
    p.note("resolving")
    p.close()
    assert out.getvalue() == "" and not p.enabled


def test_progress_stages_add_up_per_name():
    t = iter([0.0, 1.0, 1.0, 3.0, 3.0, 3.5])
    s = Stages(clock=lambda: next(t))
    for name in ("a", "b", "a"):
        with s(name):
            pass
    assert s.seconds == {"a": 1.5, "b": 2.0}


def _corpus(tmp_path, n=3):
    path = tmp_path / "news.jsonl"
    rows = [
        {"text": f"التقى وزير الخارجية زيلان كوراد نظيره مارو تينان في اليوم {i}.", "lang": "ar"}
        for i in range(n)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "\n")
    return path


def test_progress_expected_articles_counts_lines_and_files(tmp_path):
    _corpus(tmp_path, 3)
    (tmp_path / "one.txt").write_text("text", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "two.txt").write_text("text", encoding="utf-8")
    assert expected_articles([tmp_path]) == 5
    assert expected_articles([tmp_path / "news.jsonl"]) == 3
    assert expected_articles([str(tmp_path), "-"]) is None


def test_progress_build_corpus_reports_every_article_on_a_terminal(tmp_path):
    out = io.StringIO()
    p = Progress(total=3, stream=out, tty=True, every=0)
    kg_cli.build_corpus([str(_corpus(tmp_path))], progress=p)
    p.close()
    text = out.getvalue()
    assert "3/3 articles" in text and "resolving" in text


def _build(tmp_path, monkeypatch, *options):
    # As on a terminal (CliRunner's stderr is not one).
    monkeypatch.setattr(kg_cli, "_stderr_is_terminal", lambda: True)
    args = ["build", str(_corpus(tmp_path)), "--out", str(tmp_path / "out"), "--no-html"]
    return CliRunner().invoke(kg_cli.cli, [*args, *options], catch_exceptions=False)


def test_progress_kg_build_on_a_terminal_shows_progress_with_the_total(tmp_path, monkeypatch):
    result = _build(tmp_path, monkeypatch)
    assert result.exit_code == 0, result.output
    assert "3/3 articles" in result.stderr and "/s" in result.stderr
    assert "writing graph.ttl" in result.stderr


def test_progress_kg_build_quiet_silences_it(tmp_path, monkeypatch):
    result = _build(tmp_path, monkeypatch, "--quiet")
    assert result.exit_code == 0, result.output
    assert "articles," not in result.stderr and "\r" not in result.stderr
    assert "read 3 articles" in result.stderr  # the summary stays


def test_progress_kg_build_piped_shows_none(tmp_path):
    args = ["build", str(_corpus(tmp_path)), "--out", str(tmp_path / "out"), "--no-html"]
    result = CliRunner().invoke(kg_cli.cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "\r" not in result.stderr and "articles," not in result.stderr
