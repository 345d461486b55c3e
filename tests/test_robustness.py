"""Bad input, faults and large corpora, end to end through ``kg build``.

Every kind of bad input gets a clear message, is listed in ``report.md`` and the summary,
and the batch goes on; exit codes are 0 (all read), 1 (some skipped), 2 (usage error), 3
(environment), 4 (a bug); ``--strict`` stops without touching an old output; every output
file is replaced atomically (the folder as a whole: tests/test_faults.py); names keep
whole whatever invisible character hides in them; a corpus with 5% bad inputs loses no
good article.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import random
import shutil
import stat
import time
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cli as kg_cli
from kg import rdf, render
from kg.model import Resolved

PREFIXES = (
    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
    "PREFIX schema: <https://schema.org/>\n"
)
OUTPUTS = ("graph.ttl", "report.json", "report.md", "graph.html")

EN = (
    "The Turkish foreign minister Hakan Fidan met his Jordanian counterpart Ayman Safadi "
    "in Ankara on Monday."
)
AR = "التقى وزير الخارجية التركي هاكان فيدان نظيره الأردني أيمن الصفدي في أنقرة يوم الاثنين."


def good(n: int, lang: str = "en") -> str:
    """A distinct good article (its number makes its id distinct)."""
    return f"{EN} ({n})" if lang == "en" else f"{AR} ({n})"


def jline(text: str, **fields) -> bytes:
    return (json.dumps({"text": text, **fields}, ensure_ascii=False) + "\n").encode()


def write_tree(root: Path, files: dict[str, bytes | str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    return root


def parse(path: Path) -> ox.Store:
    """The graph in a file, parsed by pyoxigraph (fast, and not the writer's own parser)."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _select(store: ox.Store, query: str) -> list:
    return list(store.query(PREFIXES + query))


def article_texts(store: ox.Store) -> set[str]:
    rows = _select(store, "SELECT ?s WHERE { ?a a schema:NewsArticle ; nif:isString ?s }")
    return {row["s"].value for row in rows}


def assert_anchors(store: ox.Store) -> int:
    """Every mention's offsets slice exactly its anchor text; returns how many there are."""
    rows = _select(
        store,
        """SELECT ?s ?b ?e ?t WHERE {
             ?m nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?t .
             ?a nif:isString ?s }""",
    )
    for row in rows:
        begin, end = int(row["b"].value), int(row["e"].value)
        assert row["s"].value[begin:end] == row["t"].value
    return len(rows)


def skipped_lines(report_md: str) -> list[str]:
    if "## Skipped inputs" not in report_md:
        return []
    section = report_md.split("## Skipped inputs", 1)[1].split("\n#", 1)[0]
    return [line for line in section.strip("\n").split("\n") if line.strip()]


# ------------------------------------------------------------------------------ bad inputs

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
BAD_LINE = b'{"text": "caf\xe9 ministre"}\n'

# (case, files, env, [(origin relative to the folder, words of the reason)])
BAD = [
    ("empty file", {"empty.txt": b""}, {}, [("empty.txt", "empty (no article text)")]),
    ("blank file", {"blank.txt": b" \n\t\r\n"}, {}, [("blank.txt", "empty (no article text)")]),
    (
        "header only",
        {"header.txt": "date: 2025-01-02\nlang: en\n"},
        {},
        [("header.txt", "empty")],
    ),
    (
        "binary",
        {"image.txt": PNG},
        {},
        [("image.txt", "binary file (a NUL byte at byte offset 8)")],
    ),
    (
        "UTF-16 without a byte order mark",
        {"wide.txt": EN.encode("utf-16-le")},
        {},
        [("wide.txt", "binary file")],
    ),
    (
        "invalid UTF-8 file",
        {"latin1.txt": "Le ministre a visité le café.".encode("latin-1")},
        {},
        [("latin1.txt", "invalid UTF-8 at byte offset 19 (0xE9); save the file as UTF-8")],
    ),
    (
        "invalid UTF-8 line",
        {"lines.jsonl": jline(good(1)) + BAD_LINE + jline(good(2))},
        {},
        [("lines.jsonl:2", f"invalid UTF-8 at byte offset {len(jline(good(1))) + 13} (0xE9)")],
    ),
    (
        "malformed JSON line",
        {"lines.jsonl": jline(good(1)) + b'{"text": "unterminated\n' + jline(good(2))},
        {},
        [("lines.jsonl:2", "not valid JSON at column")],
    ),
    (
        "JSON line without text",
        {"lines.jsonl": jline(good(1)) + b'{"title": "t", "date": "2025-01-02"}\n'},
        {},
        [("lines.jsonl:2", 'no "text" field')],
    ),
    (
        "JSON text not a string",
        {"lines.jsonl": b'{"id": "n1", "text": null}\n' + jline(good(1))},
        {},
        [("lines.jsonl:1 (id n1)", '"text" is null, not a string')],
    ),
    (
        "JSON line not an object",
        {"lines.jsonl": b'["a list"]\n' + jline(good(1))},
        {},
        [("lines.jsonl:1", "a JSON list, not an object")],
    ),
    (
        "unknown language",
        {"fr.txt": "lang: fr\n\nLe ministre est arrivé.", "l.jsonl": jline(EN, lang="tr")},
        {},
        [("fr.txt", "unsupported language 'fr'"), ("l.jsonl:1", "unsupported language 'tr'")],
    ),
    (
        "1 MB line over a lowered limit",
        {"lines.jsonl": jline(good(1)) + jline("x" * (1 << 20)) + jline(good(2))},
        {"KG_MAX_ARTICLE_BYTES": str(256 * 1024)},
        [("lines.jsonl:2", "line too long")],
    ),
    (
        "1 MB single-line file over a lowered limit",
        {"oneline.txt": ("word " * (1 << 18)).encode()},
        {"KG_MAX_ARTICLE_BYTES": str(256 * 1024)},
        [("oneline.txt", "too large (1310720 bytes")],
    ),
    (
        "HTML page without text",
        {"page.html": "<html><head><title>x</title></head><body></body></html>"},
        {},
        [("page.html", "empty")],
    ),
]


@pytest.mark.parametrize(
    ("files", "env", "expected"), [c[1:] for c in BAD], ids=[c[0] for c in BAD]
)
def test_robustness_bad_input_is_reported_and_the_batch_goes_on(
    tmp_path, kg_build, monkeypatch, files, env, expected
):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    folder = write_tree(tmp_path / "in", {"good.txt": good(0, "ar"), **files})
    build = kg_build(folder)
    assert build.code == 1, build.stderr
    report = build.text("report.md")
    lines = skipped_lines(report)
    assert len(lines) == len(expected), report
    for (origin, reason), line in zip(sorted(expected), lines, strict=True):
        assert line.startswith(f"- `{folder / origin}`: ")
        assert reason in line
        assert f"skipped {folder / origin}: " in build.stderr
    assert f"({len(expected)} skipped)" in build.stderr
    raw = b"".join(d if isinstance(d, bytes) else d.encode() for d in files.values())
    wanted = {good(0, "ar")} | {good(i) for i in (1, 2) if good(i).encode() in raw}
    assert article_texts(parse(build.out / "graph.ttl")) == wanted  # the batch went on


def test_robustness_50mb_file_is_skipped_without_reading_it(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {"good.txt": good(0)})
    with open(folder / "huge.txt", "wb") as fh:
        chunk = (AR + "\n").encode() * 1000
        while fh.tell() < 50 * (1 << 20):
            fh.write(chunk)
        size = fh.tell()
    build = kg_build(folder)
    assert build.code == 1
    (line,) = skipped_lines(build.text("report.md"))
    assert f"`{folder / 'huge.txt'}`: too large ({size} bytes" in line
    assert "KG_MAX_ARTICLE_BYTES" in line  # says how to fix it
    assert article_texts(parse(build.out / "graph.ttl")) == {good(0)}


def test_robustness_1mb_line_with_the_default_limit_is_read_or_reported(tmp_path, kg_build):
    # English over a million characters: the NLP pipeline refuses it, the batch goes on.
    big = (EN + " ") * ((1 << 20) // len(EN))
    folder = write_tree(tmp_path / "in", {"a.jsonl": jline(good(1)) + jline(big) + jline(good(2))})
    build = kg_build(folder)
    texts = article_texts(parse(build.out / "graph.ttl"))
    assert {good(1), good(2)} <= texts
    if big in texts:
        assert build.code == 0
    else:
        assert build.code == 1
        (line,) = skipped_lines(build.text("report.md"))
        assert line.startswith(f"- `{folder / 'a.jsonl'}:2`: ")


# Inputs that are odd but readable: (case, file name, bytes, the text as read)
ODD = [
    ("UTF-8 byte order mark", "bom.txt", codecs.BOM_UTF8 + AR.encode(), AR),
    ("UTF-16 LE", "le.txt", AR.encode("utf-16"), AR),
    ("UTF-16 BE", "be.txt", codecs.BOM_UTF16_BE + AR.encode("utf-16-be"), AR),
    (
        "CRLF",
        "crlf.txt",
        f"lang: en\r\n\r\n{EN}\r\nSecond line.\r\n".encode(),
        f"{EN}\nSecond line.\n",
    ),
    ("lone CR", "cr.txt", f"{EN}\rSecond line.".encode(), f"{EN}\nSecond line."),
    ("JSONL with BOM and CRLF", "b.jsonl", codecs.BOM_UTF8 + jline(EN).replace(b"\n", b"\r\n"), EN),
    ("JSONL in UTF-16", "w.jsonl", jline(AR).decode().encode("utf-16"), AR),
    (
        "bidi controls, ZWJ, ZWNJ",
        "bidi.txt",
        "\u200fالتقى وزير الخارجية التركي \u202bهاكان\u200c فيدان\u202c نظيره الأردني أيمن\u200d "
        "الصفدي في \u2067أنقرة\u2069.",
        None,
    ),
    ("kashida", "kashida.txt", "التقى وزيــر الخارجيـــة التركي هاكان فيــــدان في أنقرة.", None),
    (
        "presentation forms",
        "forms.txt",
        "التقى \ufef7\ufeae\ufea9\ufee7\ufef2 \ufefb \ufe8e وزير الخارجية التركي هاكان فيدان.",
        None,
    ),
    ("name with quotes and angle brackets", 'a "quoted" <name> & co.txt', EN, EN),
    ("name with a newline", "two\nlines.txt", EN + " (nl)", EN + " (nl)"),
    ("JSON escapes of line separators", "s.jsonl", jline(EN + "\u2028x\u2029y\u0085z"), None),
]


@pytest.mark.parametrize(("name", "data", "text"), [c[1:] for c in ODD], ids=[c[0] for c in ODD])
def test_robustness_odd_but_readable_input_is_read_exactly(tmp_path, kg_build, name, data, text):
    folder = write_tree(tmp_path / "in", {name: data})
    build = kg_build(folder)
    assert build.code == 0, build.stderr
    assert "skipped" not in build.text("report.md").split("## Extracted")[1]
    g = parse(build.out / "graph.ttl")
    (got,) = article_texts(g)
    if text is None:  # kept exactly as written: nothing but line ends is normalised
        raw = data if isinstance(data, str) else json.loads(data)["text"]
        text = raw
    assert got == text
    assert assert_anchors(g) >= (1 if "Fidan" in text or "فيدان" in text else 0)


def test_robustness_bad_date_is_read_without_a_date_and_warned(tmp_path, kg_build, caplog):
    folder = write_tree(
        tmp_path / "in",
        {"d.txt": f"date: 2025-13-45\n\n{EN}", "d.jsonl": jline(AR, date="yesterday")},
    )
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        build = kg_build(folder)
    assert build.code == 0  # a bad date does not skip the article
    g = parse(build.out / "graph.ttl")
    assert article_texts(g) == {EN, AR}
    assert not _select(g, "SELECT ?d WHERE { ?a schema:datePublished ?d }")
    assert f"{folder / 'd.txt'}: date '2025-13-45' is not a date" in caplog.text
    assert f"{folder / 'd.jsonl'}:1: date 'yesterday' is not a date" in caplog.text


def test_robustness_skipped_name_with_newline_is_one_report_line(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {"ok.txt": EN, 'empty "x" <y>\nz`.txt': b""})
    build = kg_build(folder)
    assert build.code == 1
    (line,) = skipped_lines(build.text("report.md"))
    assert line.endswith(": empty (no article text)")


def test_robustness_extraction_failure_skips_one_article(tmp_path, kg_build, monkeypatch):
    import kg.extract

    real = kg.extract.extract

    def flaky(article):
        if "(13)" in article.text:
            raise RuntimeError("a rule broke")
        return real(article)

    monkeypatch.setattr(kg.extract, "extract", flaky)
    folder = write_tree(
        tmp_path / "in", {"a.jsonl": b"".join(jline(good(i)) for i in range(12, 15))}
    )
    build = kg_build(folder)
    assert build.code == 1
    (line,) = skipped_lines(build.text("report.md"))
    assert line == f"- `{folder / 'a.jsonl'}:2`: extraction failed: RuntimeError: a rule broke"
    assert article_texts(parse(build.out / "graph.ttl")) == {good(12), good(14)}


# ------------------------------------------------------------------------------ exit codes


def test_robustness_exit_0_when_every_input_is_read(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {"a.txt": EN, "b.jsonl": jline(AR)})
    build = kg_build(folder, html=True)
    assert build.code == 0 and "(0 skipped)" in build.stderr
    assert "## Skipped inputs" not in build.text("report.md")
    assert {p.name for p in build.out.iterdir()} == set(OUTPUTS)  # no temporary files left


def test_robustness_empty_folder_is_skipped(tmp_path, kg_build):
    write_tree(tmp_path / "in", {"notes.md": EN})
    ok = write_tree(tmp_path / "ok", {"a.txt": EN})
    build = kg_build(tmp_path / "in", ok)
    assert build.code == 1
    report = build.text("report.md")
    assert f"- `{tmp_path / 'in'}`: no article files in the folder" in report


def test_robustness_missing_input_is_a_usage_error_and_keeps_the_old_output(tmp_path, kg_build):
    out = tmp_path / "out"
    assert kg_build(write_tree(tmp_path / "articles", {"a.txt": EN}), out=out, html=True).code == 0
    before = _snapshot(out)
    build = kg_build(tmp_path / "artcles", tmp_path / "nope.txt", out=out, html=True)
    assert build.code == 2
    assert f"no such file or folder: {tmp_path / 'artcles'}, {tmp_path / 'nope.txt'}" in (
        build.stderr
    )
    assert _snapshot(out) == before
    fresh = kg_build(tmp_path / "artcles", out=tmp_path / "fresh")
    assert fresh.code == 2 and not fresh.out.exists()


def test_robustness_nothing_read_writes_nothing(tmp_path, kg_build):
    out = tmp_path / "out"
    assert kg_build(write_tree(tmp_path / "articles", {"a.txt": EN}), out=out, html=True).code == 0
    before = _snapshot(out)
    bad = write_tree(tmp_path / "bad", {"empty.txt": b"", "image.txt": PNG})
    build = kg_build(bad, out=out, html=True)
    assert build.code == 2
    assert "no input could be read (2 skipped)" in build.stderr
    assert f"skipped {bad / 'empty.txt'}: empty (no article text)" in build.stderr
    assert f"skipped {bad / 'image.txt'}: binary file" in build.stderr
    assert _snapshot(out) == before
    assert kg_build(bad, out=tmp_path / "new").code == 2 and not (tmp_path / "new").exists()


def test_robustness_allow_empty_writes_an_empty_graph(tmp_path, kg_build):
    bad = write_tree(tmp_path / "bad", {"empty.txt": b""})
    build = kg_build(bad, options=["--allow-empty"])
    assert build.code == 1
    assert not article_texts(parse(build.out / "graph.ttl"))
    assert "empty (no article text)" in build.text("report.md")


def test_robustness_summary_lists_20_and_the_report_every_skipped_input(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {f"e{i:02d}.txt": b"" for i in range(25)} | {"a.txt": EN})
    build = kg_build(folder)
    assert build.code == 1
    assert len(skipped_lines(build.text("report.md"))) == 25
    assert build.stderr.count("  skipped ") == 20
    assert "... and 5 more (see report.md)" in build.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--out", "OUT"],  # no input
        ["build", "IN"],  # no --out
        ["build", "IN", "--out", "FILE"],  # --out is a file
        ["build", "IN", "--out", "OUT", "--jobs", "0"],
        ["build", "IN", "--out", "OUT", "--no-such-option"],
        ["no-such-command"],
    ],
    ids=["no input", "no out", "out is a file", "jobs 0", "unknown option", "unknown command"],
)
def test_robustness_usage_error_exits_2_and_writes_nothing(tmp_path, args):
    from click.testing import CliRunner

    write_tree(tmp_path / "in", {"a.txt": EN})
    (tmp_path / "file").write_text("x")
    names = {"IN": tmp_path / "in", "OUT": tmp_path / "out", "FILE": tmp_path / "file"}
    result = CliRunner().invoke(kg_cli.cli, [str(names.get(a, a)) for a in args])
    assert result.exit_code == 2, result.output
    assert "Error" in result.output
    assert not (tmp_path / "out").exists()


def test_robustness_bad_setting_is_a_usage_error(tmp_path, kg_build, monkeypatch):
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "lots")
    build = kg_build(write_tree(tmp_path / "in", {"a.txt": EN}))
    assert "KG_MAX_ARTICLE_BYTES='lots' is not a positive number" in build.stderr
    assert build.code == 2


# ------------------------------------------------------------------------------ --strict


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    ("files", "origin", "reason"),
    [
        ({"a.txt": EN, "b.txt": b"", "c.txt": AR}, "b.txt", "empty (no article text)"),
        (
            {"a.jsonl": jline(good(1)) + b"{oops\n" + jline(good(2))},
            "a.jsonl:2",
            "not valid JSON at column 2",
        ),
        ({"a.txt": EN, "z.txt": PNG}, "z.txt", "binary file"),
    ],
    ids=["empty file", "bad JSON line", "binary file last"],
)
def test_robustness_strict_stops_and_keeps_the_old_output(
    tmp_path, kg_build, files, origin, reason
):
    out = tmp_path / "out"
    assert kg_build(write_tree(tmp_path / "old", {"x.txt": AR}), out=out, html=True).code == 0
    before = _snapshot(out)
    build = kg_build(write_tree(tmp_path / "in", files), out=out, html=True, options=["--strict"])
    assert build.code != 0
    assert f"Error: {tmp_path / 'in' / origin}: {reason}" in build.stderr
    assert _snapshot(out) == before  # nothing written over the old output, nothing added


def test_robustness_strict_stops_at_an_extraction_failure(tmp_path, kg_build, monkeypatch):
    import kg.extract

    def broken(article):
        raise ValueError("no rules")

    out = tmp_path / "out"
    assert kg_build(write_tree(tmp_path / "old", {"x.txt": AR}), out=out).code == 0
    before = _snapshot(out)
    monkeypatch.setattr(kg.extract, "extract", broken)
    build = kg_build(write_tree(tmp_path / "in", {"a.txt": EN}), out=out, options=["--strict"])
    assert build.code != 0
    assert "extraction failed: ValueError: no rules" in build.stderr
    assert _snapshot(out) == before


# ------------------------------------------------------------------------------ atomic writes


def _writers():
    small = rdf.build_graph(Resolved())
    return {
        "graph.ttl": lambda p: rdf.write_turtle(small, p),
        "report.md": lambda p: kg_cli._write_text_atomic(p, "# new report\n"),
        "graph.html": lambda p: render.render_html(small, p),
    }


@pytest.mark.parametrize("name", ["graph.ttl", "report.md", "graph.html"])
@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_robustness_interrupted_write_leaves_the_old_file(tmp_path, monkeypatch, name, where):
    target = tmp_path / name
    target.write_bytes(b"old and complete\n")
    write = _writers()[name]

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, where, interrupt)
    with pytest.raises(KeyboardInterrupt):
        write(target)
    monkeypatch.undo()
    assert target.read_bytes() == b"old and complete\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # the temporary file is gone
    write(target)
    assert target.read_bytes() != b"old and complete\n"


def test_robustness_outputs_are_readable_like_any_new_file(tmp_path, kg_build):
    old = os.umask(0o022)
    try:
        build = kg_build(write_tree(tmp_path / "in", {"a.txt": EN}), html=True)
    finally:
        os.umask(old)
    modes = {n: stat.S_IMODE((build.out / n).stat().st_mode) for n in OUTPUTS}
    assert modes == dict.fromkeys(OUTPUTS, 0o644)


# ------------------------------------------------------------------------------ a corpus


def _bad_inputs(i: int) -> list[tuple[str, bytes, str]]:
    """Every kind of bad input once: (file name, bytes, words of the reason); ``.jsonl``
    entries are single lines that go into a shared file."""
    return [
        (f"bad/empty-{i}.txt", b"", "empty (no article text)"),
        (f"bad/header-{i}.txt", b"url: https://example.org/x\ndate: 2025-01-01\n", "empty"),
        (f"bad/binary-{i}.txt", PNG, "binary file"),
        (f"bad/latin1-{i}.txt", "café de la paix".encode("latin-1"), "invalid UTF-8"),
        (f"bad/french-{i}.txt", b"lang: fr\n\nLe ministre.", "unsupported language"),
        (f"bad/huge-{i}.txt", b"word " * 40_000, "too large"),
        ("lines.jsonl", b'{"text": "broken', "not valid JSON"),
        ("lines.jsonl", b'{"title": "no text"}', 'no "text" field'),
        ("lines.jsonl", b'{"text": 42}', '"text" is int'),
        ("lines.jsonl", b'{"text": "caf\xe9"}', "invalid UTF-8"),
        ("lines.jsonl", json.dumps({"text": EN, "lang": "xx"}).encode(), "unsupported language"),
        ("lines.jsonl", b'{"text": "' + b"y" * 150_000 + b'"}', "line too long"),
    ]


def _corpus(root: Path, n: int, articles) -> tuple[list[str], dict[str, str]]:
    """``n`` inputs, 5% of them bad (every kind at least once), in .txt files and .jsonl
    files; returns the good texts and the expected skipped origins with their reasons."""
    rng = random.Random(n)
    arts = articles(n, seed=n)
    kinds = len(_bad_inputs(0))
    n_bad = max(kinds, n * 5 // 100)
    bad_at = set(rng.sample(range(n), n_bad))
    good_texts, expected = [], {}
    lines: list[bytes] = []
    k = 0
    odd = [  # good inputs in odd forms
        lambda a: codecs.BOM_UTF8 + a.txt().encode(),
        lambda a: a.txt().encode("utf-16"),
        lambda a: a.txt().replace("\n", "\r\n").encode(),
    ]
    for i, a in enumerate(arts):
        if i in bad_at:
            name, data, reason = _bad_inputs(i)[k % kinds]
            k += 1
            if name == "lines.jsonl":
                lines.append(data)
                expected[f"{root / name}:{len(lines)}"] = reason
            else:
                write_tree(root, {name: data})
                expected[str(root / name)] = reason
            continue
        good_texts.append(a.text)
        if i % 3 == 0:
            form = odd[i % len(odd)] if i % 7 == 0 else (lambda a: a.txt().encode())
            write_tree(root, {f"txt/{i // 100:02d}/{i:05d}.txt": form(a)})
        else:
            lines.append(a.jsonl(ascii=i % 2 == 0).encode())
    write_tree(root, {"lines.jsonl": b"\n".join(lines) + b"\n"})
    return good_texts, expected


def _check_corpus(tmp_path, kg_build, articles, monkeypatch, n: int) -> None:
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", str(128 * 1024))
    good_texts, expected = _corpus(tmp_path / "in", n, articles)
    build = kg_build(tmp_path / "in")
    assert build.code == 1
    lines = skipped_lines(build.text("report.md"))
    got = {}
    for line in lines:
        origin, reason = line[3:].split("`: ", 1)
        got[origin] = reason
    assert set(got) == set(expected)
    for origin, words in expected.items():
        assert words in got[origin], (origin, got[origin])
    g = parse(build.out / "graph.ttl")
    texts = article_texts(g)
    articles_n = _select(g, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")
    assert int(articles_n[0]["n"].value) == len(good_texts)
    assert texts == {t.replace("\r\n", "\n") for t in good_texts}
    assert assert_anchors(g) > n  # officials were found, with exact evidence


def test_robustness_corpus_of_200_with_5_percent_bad(tmp_path, kg_build, articles, monkeypatch):
    _check_corpus(tmp_path, kg_build, articles, monkeypatch, 200)


@pytest.mark.slow
def test_robustness_corpus_of_2000_with_5_percent_bad(tmp_path, kg_build, articles, monkeypatch):
    _check_corpus(tmp_path, kg_build, articles, monkeypatch, 2000)


# ------------------------------------------------------------------------------ exit codes 3, 4


def _invoke(*args, env=None):
    from click.testing import CliRunner

    return CliRunner().invoke(kg_cli.cli, [str(a) for a in args], env=env)


def _never_extract(monkeypatch):
    import kg.extract

    def called(article):
        raise AssertionError("extraction started before the destination was checked")

    monkeypatch.setattr(kg.extract, "extract", called)


def test_robustness_unwritable_out_is_exit_3_before_extraction(tmp_path, monkeypatch):
    folder = write_tree(tmp_path / "in", {"a.txt": EN})
    _never_extract(monkeypatch)
    result = _invoke(
        "build", folder, "--out", tmp_path / "out", env={"KG_FAULT": "destination=eacces"}
    )
    assert result.exit_code == 3, result.output
    assert f"Error: cannot write into {tmp_path / 'out'}: permission denied" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_robustness_read_only_out_is_exit_3(tmp_path, monkeypatch):
    folder = write_tree(tmp_path / "in", {"a.txt": EN})
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    _never_extract(monkeypatch)
    try:
        result = _invoke("build", folder, "--out", out)
    finally:
        out.chmod(0o755)
    assert result.exit_code == 3 and "cannot write into" in result.output


def test_robustness_too_little_free_space_is_exit_3_before_extraction(tmp_path, monkeypatch):
    import kg.atomic

    folder = write_tree(tmp_path / "in", {"a.txt": EN})
    _never_extract(monkeypatch)
    monkeypatch.setattr(kg.atomic.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(9, 9, 9))
    result = _invoke("build", folder, "--out", tmp_path / "out")
    assert result.exit_code == 3, result.output
    assert "not enough free space for" in result.output and "MiB needed" in result.output


def test_robustness_disk_full_while_writing_is_exit_3(tmp_path):
    folder = write_tree(tmp_path / "in", {"a.txt": EN})
    result = _invoke(
        "build", folder, "--out", tmp_path / "out", env={"KG_FAULT": "before:report.md=enospc"}
    )
    assert result.exit_code == 3, result.output
    assert "no space left on device" in result.output and "Traceback" not in result.output


def test_robustness_bug_is_exit_4_with_a_crash_report(tmp_path, monkeypatch):
    import tempfile

    folder = write_tree(tmp_path / "in", {"a.txt": EN})

    def broken(resolved, **_options):
        raise RuntimeError("a broken invariant")

    monkeypatch.setattr(rdf, "build_graph", broken)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    result = _invoke("build", folder, "--out", tmp_path / "out")
    assert result.exit_code == 4, result.output
    assert "internal error (RuntimeError: a broken invariant); this is a bug" in result.output
    assert "Traceback" not in result.output
    (report,) = (tmp_path / "tmp").glob("kg-crash-*.txt")
    assert str(report) in result.output
    assert "Traceback" in report.read_text() and "a broken invariant" in report.read_text()
    debug = _invoke("--debug", "build", folder, "--out", tmp_path / "out")
    assert isinstance(debug.exception, RuntimeError)  # --debug lets the traceback through


def test_robustness_killed_worker_is_one_sentence_exit_3(tmp_path):
    folder = write_tree(tmp_path / "in", {f"a{i}.txt": good(i) for i in range(4)})
    result = _invoke(
        "build", folder, "--out", tmp_path / "out", "--jobs", "2", env={"KG_FAULT": "extract"}
    )
    assert result.exit_code == 3, result.output
    assert "an extraction worker process died" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_robustness_validate_non_turtle_is_exit_2(tmp_path):
    bad = tmp_path / "graph.ttl"
    bad.write_text("<html><body>not turtle</body></html>", encoding="utf-8")
    result = _invoke("validate", bad)
    assert result.exit_code == 2 and "is not valid Turtle" in result.output


# ------------------------------------------------------------------------------ clean names

HIDDEN = {  # an invisible or decomposed character inside a name, as some sites publish it
    "zwsp.txt": "The French foreign minister Renée Mar\u200bchetti met her Jordanian "
    "counterpart Karim\u200b Haddad in Amman on Monday.",
    "nfd.txt": "The French foreign minister Rene\u0301e Marchetti met her Jordanian "
    "counterpart Karim Haddad in Amman on Monday.",
    "rlo.txt": "The French foreign minister Renée Marc\u202ehetti met her Jordanian "
    "counterpart Karim Had\u202edad in Amman on Monday.",
    "ar.txt": "التقى وزير الخارجية التركي سليم\u200b قورت\u202eلمش نظيره الأردني كريم\u200f "
    "الحداد في أنقرة يوم الاثنين.",
}


def test_robustness_invisible_characters_inside_names(tmp_path, kg_build):
    from kg.cleantext import INVISIBLE

    folder = write_tree(tmp_path / "in", HIDDEN)
    build = kg_build(folder)
    assert build.code == 0, build.stderr
    g = parse(build.out / "graph.ttl")
    assert article_texts(g) == set(HIDDEN.values())  # the text as read
    assert assert_anchors(g) >= 8  # evidence offsets point into it exactly
    rows = _select(
        g,
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
        "SELECT ?p ?l WHERE { ?p a foaf:Person ; skos:prefLabel ?l }",
    )
    people = {row["p"].value.rsplit("/", 1)[1]: set() for row in rows}
    for row in rows:
        people[row["p"].value.rsplit("/", 1)[1]].add(row["l"].value)
    assert people == {  # one person each, whole, whatever character hid in the name
        "renee-marchetti": {"Renée Marchetti"},
        "karim-haddad": {"Karim Haddad", "كريم الحداد"},
        "salim-kortelmech": {"Salim Kortelmech", "سليم قورتلمش"},
    }
    for quad in g:
        if quad.predicate.value.endswith(("#isString", "#anchorOf")):
            continue  # the text as read keeps what it had
        for term in (quad.subject, quad.predicate, quad.object):
            assert not INVISIBLE.search(term.value), quad
            assert unicodedata.is_normalized("NFC", term.value), quad


def test_robustness_control_characters_in_file_names_are_escaped(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {"ok.txt": EN, "evil\u202etxt.exe.txt": b""})
    build = kg_build(folder)
    assert build.code == 1
    assert "evil\\u202etxt.exe.txt" in build.stderr and "\u202e" not in build.stderr
    report = build.text("report.md")
    assert "evil\\u202etxt.exe.txt" in report and "\u202e" not in report


# ------------------------------------------------------------------------------ bounded work


def test_robustness_fifo_device_and_socket_are_refused_up_front(tmp_path):
    import socket

    os.mkfifo(tmp_path / "pipe")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    try:
        for path, kind in [
            (tmp_path / "pipe", "a FIFO (named pipe)"),
            (Path("/dev/null"), "a device"),
            (tmp_path / "sock", "a socket"),
        ]:
            result = _invoke("build", path, "--out", tmp_path / "out")  # never blocks
            assert result.exit_code == 2, result.output
            assert f"{path} is {kind}, not a file or folder" in result.output
            assert "kg build - <" in result.output and not (tmp_path / "out").exists()
    finally:
        sock.close()


def test_robustness_fifo_inside_a_folder_is_passed_over(tmp_path, kg_build):
    folder = write_tree(tmp_path / "in", {"a.txt": EN})
    os.mkfifo(folder / "b.txt")
    build = kg_build(folder)
    assert build.code == 0 and article_texts(parse(build.out / "graph.ttl")) == {EN}


def test_robustness_article_over_its_time_budget_is_skipped(tmp_path, kg_build, monkeypatch):
    import kg.extract

    real = kg.extract.extract

    def stuck(article):
        if "(13)" in article.text:
            try:  # a rule that swallows every Exception does not keep the article alive
                time.sleep(30)
            except Exception:  # noqa: BLE001
                pass
            time.sleep(30)
        return real(article)

    monkeypatch.setattr(kg.extract, "extract", stuck)
    folder = write_tree(
        tmp_path / "in", {"a.jsonl": b"".join(jline(good(i)) for i in range(12, 15))}
    )
    started = time.monotonic()
    build = kg_build(folder, options=["--article-timeout", "0.5"])
    assert time.monotonic() - started < 20
    assert build.code == 1
    (line,) = skipped_lines(build.text("report.md"))
    assert line.startswith(f"- `{folder / 'a.jsonl'}:2`: took longer than 0.5 s, the time budget")
    assert article_texts(parse(build.out / "graph.ttl")) == {good(12), good(14)}
