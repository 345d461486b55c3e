"""Tests of kg.ingest: every input form, and every way an input can be bad."""

from __future__ import annotations

import codecs
import io
import json
import logging
import tracemalloc
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, UsageError
from kg.ingest import (
    DEFAULT_MAX_ARTICLE_BYTES,
    article_id,
    decode,
    detect_lang,
    iter_articles,
    max_article_bytes,
    read_html,
    read_jsonl_line,
    read_txt,
)
from kg.model import Article, Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"

AR = "التقى وزير الخارجية السعودي نظيره العُماني في مسقط أمس وبحثا التعاون الاقتصادي."
EN = "The foreign minister of Bahrain met the ambassador of Greece in Manama on Monday."


def read_all(*inputs, **options) -> list[Article | Skipped]:
    return list(iter_articles(list(inputs), **options))


def one(*inputs, **options) -> Article | Skipped:
    (result,) = read_all(*inputs, **options)
    return result


def write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- good forms


def test_ingest_txt_header_fields():
    a = one(FIXTURES / "header_ar.txt")
    assert isinstance(a, Article)
    assert (a.lang, a.date, a.url) == ("ar", date(2025, 3, 4), a.url)
    assert a.url == "https://example.org/ar/2025/03/04/amman-talks"
    assert a.title == "مباحثات مصرية أردنية في عمّان"
    raw = (FIXTURES / "header_ar.txt").read_text(encoding="utf-8")
    assert a.text == raw.split("\n\n", 1)[1]  # the text is what follows the blank line
    assert a.text.startswith("التقى وزير الخارجية المصري")
    assert a.origin == str(FIXTURES / "header_ar.txt")


def test_ingest_txt_date_unknown_is_no_date(caplog):
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        a = one(FIXTURES / "nested" / "unknown_date_en.txt")
    assert a.date is None and a.lang == "en"
    assert not caplog.records  # "unknown" is not an error


def test_ingest_txt_seed_first_line_form():
    a = one(FIXTURES / "seed_form.txt")
    assert a.date == date(2025, 6, 11)
    assert a.summary == "Oman and Kuwait discuss regional security"
    # The summary line stays in the text, so events reported there have offsets.
    assert a.text == (FIXTURES / "seed_form.txt").read_text(encoding="utf-8")
    begin = a.text.index(a.summary)
    assert a.text[begin : begin + len(a.summary)] == a.summary


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (AR, "ar"),
        (EN, "en"),
        (f"{AR} (Reuters, AFP, SPA)", "ar"),
        (f"{EN} «وزير»", "en"),
        ("2025 — 12 : 30", "en"),
    ],
)
def test_ingest_txt_without_header_detects_lang(tmp_path, text, lang):
    a = one(write(tmp_path / "a.txt", text + "\n"))
    assert a.lang == lang
    assert a.text == text + "\n"
    assert detect_lang(text) == lang


def test_ingest_txt_body_that_only_looks_like_a_header_is_text(tmp_path):
    raw = f"Ankara: {EN}\n\n{EN}\n"
    a = one(write(tmp_path / "a.txt", raw))
    assert a.text == raw and a.url is None


def test_ingest_txt_unknown_header_key_is_ignored(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        a = one(write(tmp_path / "a.txt", f"lang: en\nauthor: Staff\n\n{EN}"))
    assert a.text == EN
    assert "author" in caplog.text


def test_ingest_jsonl_lines():
    path = FIXTURES / "articles.jsonl"
    got = read_all(path)
    assert [type(x) for x in got] == [Article, Article, Article]
    first, second, third = got
    assert first.origin == f"{path}:1 (id t-001)"  # the line's id goes to origin only
    assert first.id != "t-001" and len(first.id) == 12
    assert (first.date, first.lang, first.url) == (None, "ar", "https://example.org/ar/jsonl/1")
    assert second.origin == f"{path}:3 (id t-002)"  # the blank line 2 is counted, not read
    assert (second.date, second.lang, second.title) == (date(2024, 11, 20), "en", "Qatar-Iran call")
    assert third.origin == f"{path}:4" and third.lang == "ar"


def test_ingest_same_article_same_id_in_txt_and_jsonl(tmp_path):
    url = "https://example.org/x/1"
    txt = write(tmp_path / "a.txt", f"url: {url}\nlang: ar\n\n{AR}\n")
    jsonl = write(
        tmp_path / "b.jsonl",
        json.dumps({"id": "other", "url": url, "text": AR}, ensure_ascii=False) + "\n",
    )
    a, b = read_all(txt, jsonl)
    assert a.id == b.id == article_id(AR, url)
    assert a.id != article_id(AR, None)  # the address is part of the id


def test_ingest_html_metadata():
    a = one(FIXTURES / "page_en.html")
    assert a.title == "Algeria and Libya hold talks on border trade"
    assert a.url == "https://example.org/en/2024/05/14/algeria-libya-talks"
    assert a.date == date(2024, 5, 14)
    assert a.lang == "en"
    assert "met his Libyan counterpart in Algiers on Tuesday" in a.text
    assert "Copyright" not in a.text and "Home" not in a.text


def _page(body: str, *, head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><p>{body}</p>"
        f"<p>{body}</p></article></body></html>"
    )


def test_ingest_html_arabic_in_declared_legacy_charset(tmp_path):
    # Older Arabic sites still serve windows-1256; the page's <meta> says so.
    html = _page(
        AR, head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    )
    a = one(write(tmp_path / "p.htm", html.encode("cp1256")))
    assert isinstance(a, Article), a
    assert a.lang == "ar" and AR in a.text and a.date is None


def test_ingest_html_without_text_is_skipped(tmp_path):
    s = one(write(tmp_path / "p.html", "<html><head><title>x</title></head><body></body></html>"))
    assert isinstance(s, Skipped) and "empty" in s.reason


def test_ingest_html_is_never_fetched(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    a = read_html(_page(EN, head='<link rel="canonical" href="https://example.org/z">'), origin="p")
    assert a.url == "https://example.org/z"


def test_ingest_folder_is_recursive_sorted_and_filtered(tmp_path):
    got = read_all(FIXTURES)
    assert all(isinstance(x, Article) for x in got)
    names = [x.origin.split(":")[0].removeprefix(str(FIXTURES) + "/") for x in got]
    assert names == [
        "articles.jsonl",
        "articles.jsonl",
        "articles.jsonl",
        "header_ar.txt",
        "nested/unknown_date_en.txt",
        "page_en.html",
        "plain_en.txt",
        "seed_form.txt",
    ]  # README.md is not an article
    write(tmp_path / ".hidden.txt", EN)
    write(tmp_path / "notes.md", EN)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "B.TXT", EN)
    assert [x.origin for x in read_all(tmp_path)] == [str(tmp_path / "sub" / "B.TXT")]


def test_ingest_explicit_file_of_other_suffix_is_txt(tmp_path):
    a = one(write(tmp_path / "notes.md", f"lang: en\n\n{EN}"))
    assert a.text == EN


def test_ingest_check_inputs_refuses_missing_paths(tmp_path):
    from kg.errors import UsageError
    from kg.ingest import check_inputs

    check_inputs(["-", FIXTURES / "plain_en.txt", tmp_path])
    with pytest.raises(UsageError, match=r"no such file or folder: .*nope\.txt, .*gone; check"):
        check_inputs([FIXTURES / "plain_en.txt", tmp_path / "nope.txt", tmp_path / "gone"])


def test_ingest_missing_path_is_skipped(tmp_path):
    got = read_all(tmp_path / "nope.txt", FIXTURES / "plain_en.txt")
    assert isinstance(got[0], Skipped) and "no such file" in got[0].reason
    assert isinstance(got[1], Article)


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (f"date: 2025-01-02\n\n{EN}\n", [("<stdin>", "en")]),
        (
            "\n  \n" + json.dumps({"text": AR}) + "\n" + json.dumps({"text": EN}) + "\n",
            [("<stdin>:3", "ar"), ("<stdin>:4", "en")],
        ),
        (f"\n\n{AR}", [("<stdin>", "ar")]),
    ],
    ids=["txt", "jsonl", "txt-leading-blank-lines"],
)
@pytest.mark.parametrize("binary", [False, True], ids=["text-stream", "byte-stream"])
def test_ingest_stdin_txt_or_jsonl(stdin, expected, binary):
    stream = (
        io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        if binary
        else io.StringIO(stdin)
    )
    got = read_all("-", stdin=stream)
    assert [(a.origin, a.lang) for a in got] == expected
    if expected == [("<stdin>", "ar")]:
        assert got[0].text == f"\n\n{AR}"


def test_ingest_stdin_empty_is_skipped():
    s = one("-", stdin=io.StringIO("\n \n"))
    assert isinstance(s, Skipped) and "empty" in s.reason


def test_ingest_stdin_utf16():
    stream = io.TextIOWrapper(io.BytesIO(f"lang: ar\n\n{AR}".encode("utf-16")), encoding="utf-8")
    a = one("-", stdin=stream)
    assert a.text == AR


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\n\n", "empty"),
        (b"url: https://example.org/1\ndate: 2025-01-01\n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a NUL byte at byte offset 8)"),
        (
            "lang: fr\n\nLe ministre est arrivé.".encode(),
            "unsupported language 'fr' (kg reads ar and en)",
        ),
    ],
    ids=["empty", "whitespace", "header-only", "binary", "french"],
)
def test_ingest_bad_txt_is_skipped_and_batch_goes_on(tmp_path, data, reason):
    bad = write(tmp_path / "bad.txt", data)
    good = write(tmp_path / "good.txt", EN)
    s, a = read_all(bad, good)
    assert s == Skipped(str(bad), s.reason) and reason in s.reason
    assert isinstance(a, Article)


def test_ingest_invalid_utf8_names_offset_and_byte(tmp_path):
    data = "وزير ".encode() + "café".encode("latin-1")  # é as one Latin-1 byte
    s = one(write(tmp_path / "latin.txt", data))
    offset = len("وزير caf".encode())
    assert s.origin == str(tmp_path / "latin.txt")
    assert f"invalid UTF-8 at byte offset {offset} (0xE9)" in s.reason
    with pytest.raises(InputError, match=r"latin\.txt: invalid UTF-8 at byte offset 12 \(0xE9\)"):
        read_all(tmp_path / "latin.txt", strict=True)


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_ingest_byte_order_marks_are_honoured_and_dropped(tmp_path, codec):
    raw = f"lang: ar\n\n{AR}\n"
    data = raw.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no mark: add it
        data = (codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE) + data
    a = one(write(tmp_path / "a.txt", data))
    assert a.text == f"{AR}\n" and a.lang == "ar"
    assert not a.text.startswith("\ufeff")


def test_ingest_crlf_and_cr_are_normalised_before_offsets(tmp_path):
    unix = f"lang: en\n\n{EN}\n{EN}\n"
    a = one(write(tmp_path / "unix.txt", unix))
    b = one(write(tmp_path / "dos.txt", unix.replace("\n", "\r\n")))
    c = one(write(tmp_path / "mac.txt", unix.replace("\n", "\r")))
    d = read_jsonl_line(json.dumps({"text": f"{EN}\r\n{EN}"}), origin="x:1")
    assert a.text == b.text == c.text == f"{EN}\n{EN}\n"
    assert a.id == b.id == c.id == d.id
    assert "\r" not in d.text
    assert decode(b"a\r\nb\rc", origin="x") == "a\nb\nc"


def test_ingest_special_characters_are_kept_as_is(tmp_path):
    # RLM/LRM and an isolate, ZWNJ/ZWJ, kashida, presentation forms, a no-break space.
    text = "\u200fوزيـــر\u200c الخارجية\u200d \u2067ﻻ\u2069 ﷲ \ufefb\u00a0\u200e(AFP)"
    a = one(write(tmp_path / "a.txt", f"lang: ar\n\n{text}"))
    assert a.text == text


def test_ingest_malformed_jsonl_line_names_file_and_line(tmp_path):
    lines = [
        json.dumps({"text": AR}, ensure_ascii=False),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        json.dumps({"text": ["a", "list"]}),
        json.dumps({"id": 7, "text": None}),
        "[1, 2]",
        json.dumps({"text": EN, "lang": "fr"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": EN}),
    ]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    got = read_all(path)
    assert [type(x).__name__ for x in got] == ["Article"] + ["Skipped"] * 7 + ["Article"]
    reasons = {x.origin: x.reason for x in got if isinstance(x, Skipped)}
    assert reasons == {
        f"{path}:2": "not valid JSON at column 10 (Unterminated string starting at); "
        "fix or remove the line",
        f"{path}:3": 'no "text" field; every line needs {"text": "..."}',
        f"{path}:4": '"text" is list, not a string',
        f"{path}:5 (id 7)": '"text" is null, not a string',
        f"{path}:6": 'a JSON list, not an object like {"text": "..."}',
        f"{path}:7": "unsupported language 'fr' (kg reads ar and en)",
        f"{path}:8": "empty (no article text)",
    }
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: not valid JSON"):
        read_all(path, strict=True)


def test_ingest_jsonl_bad_bytes_skip_one_line_only(tmp_path):
    good = json.dumps({"text": EN}).encode()
    path = write(tmp_path / "x.jsonl", good + b"\n" + b'{"text": "caf\xe9"}\n' + good + b"\n")
    got = read_all(path)
    assert [type(x) for x in got] == [Article, Skipped, Article]
    offset = len(good) + 1 + len(b'{"text": "caf')
    assert got[1].origin == f"{path}:2"
    assert f"invalid UTF-8 at byte offset {offset} (0xE9)" in got[1].reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty (no JSON lines)"), (b"\x00\x01\x02{}\n", "binary file")],
    ids=["empty", "binary"],
)
def test_ingest_jsonl_empty_or_binary_file(tmp_path, data, reason):
    s = one(write(tmp_path / "x.jsonl", data))
    assert isinstance(s, Skipped) and reason in s.reason


def test_ingest_jsonl_utf16_and_bom_and_crlf(tmp_path):
    body = json.dumps({"text": AR}, ensure_ascii=False) + "\r\n" + json.dumps({"text": EN})
    a16 = read_all(write(tmp_path / "a.jsonl", body.encode("utf-16")))
    a8 = read_all(write(tmp_path / "b.jsonl", body.encode("utf-8-sig")))
    assert [x.text for x in a16] == [x.text for x in a8] == [AR, EN]


@pytest.mark.parametrize("value", ["yesterday", "2025-13-40", "04/03/2025", "2025-02-30"], ids=str)
def test_ingest_invalid_date_keeps_article_and_logs(tmp_path, caplog, value):
    path = write(tmp_path / "a.txt", f"date: {value}\nlang: en\n\n{EN}")
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        a = one(path)
    assert isinstance(a, Article) and a.date is None
    assert str(path) in caplog.text and repr(value) in caplog.text
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        b = read_jsonl_line(json.dumps({"text": EN, "date": 20250304}), origin="j:1")
    assert b.date is None and "20250304" in caplog.text


def test_ingest_dates_with_a_time_are_read(tmp_path):
    a = read_jsonl_line(json.dumps({"text": EN, "date": "2025-03-04T10:15:00Z"}), origin="j:1")
    assert a.date == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("declared", "lang"),
    [("AR", "ar"), ("en-GB", "en"), ("ar_EG", "ar"), ("English", "en"), ("unknown", "ar")],
)
def test_ingest_declared_language_variants(declared, lang):
    assert read_txt(f"lang: {declared}\n\n{AR}", origin="a").lang == lang


def test_ingest_too_large_txt_is_refused_without_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # ~25 MB, sparse: cheap to make, and never read
        fh.seek(25 * 1024 * 1024)
        fh.write(b"x")
    s, a = read_all(big, FIXTURES / "plain_en.txt")
    assert isinstance(s, Skipped) and s.reason.startswith("too large (26214401 bytes")
    assert "KG_MAX_ARTICLE_BYTES" in s.reason and isinstance(a, Article)


def test_ingest_size_limit_setting(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_MAX_ARTICLE_BYTES", raising=False)
    assert max_article_bytes() == DEFAULT_MAX_ARTICLE_BYTES
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "100")
    s = one(write(tmp_path / "a.txt", EN * 2))
    assert isinstance(s, Skipped) and "limit for one article is 100" in s.reason
    s = one("-", stdin=io.StringIO(EN * 2))
    assert isinstance(s, Skipped) and "too large" in s.reason
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "lots")
    with pytest.raises(UsageError, match="KG_MAX_ARTICLE_BYTES"):
        read_all(tmp_path / "a.txt")


def test_ingest_jsonl_long_line_over_limit_is_skipped(tmp_path):
    long = json.dumps({"text": EN * 20})
    path = write(tmp_path / "x.jsonl", f"{long}\n{json.dumps({'text': EN})}\n")
    s, a = read_all(path, max_bytes=500)
    assert s.origin == f"{path}:1" and s.reason.startswith(f"line too long ({len(long) + 1} bytes")
    assert a.origin == f"{path}:2" and a.text == EN


def test_ingest_jsonl_streams_megabyte_lines(tmp_path):
    # 30 lines of 1 MB each: the file is 30 MB, memory stays at a few lines.
    path = tmp_path / "big.jsonl"
    text = (EN + " ") * (1024 * 1024 // (len(EN) + 1))
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(30):
            fh.write(json.dumps({"id": i, "lang": "en", "text": f"{i} {text}"}) + "\n")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = 0
        for a in iter_articles([path]):
            assert isinstance(a, Article) and len(a.text) > 1_000_000
            count += 1
        del a
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 30
    assert peak < size / 3, f"peak {peak} bytes reading a {size}-byte .jsonl"


def test_ingest_large_txt_uses_a_few_times_its_size(tmp_path):
    path = tmp_path / "long.txt"
    body = (AR + "\r\n") * (4 * 1024 * 1024 // len((AR + "\r\n").encode()))
    write(path, f"lang: ar\n\n{body}")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        a = one(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert a.text.startswith(AR + "\n")
    # The bytes, the decoded text and its CRLF-normalised copy: about 4 times the size.
    assert peak < 5 * size, f"peak {peak} bytes reading a {size}-byte .txt"


def test_ingest_unpaired_surrogate_in_json_is_skipped():
    with pytest.raises(InputError, match="unpaired surrogate U\\+D800"):
        read_jsonl_line('{"text": "minister \\ud800"}', origin="j:1")


def test_ingest_strict_raises_at_first_bad_input(tmp_path):
    bad = write(tmp_path / "a.txt", b"")
    results = iter_articles(
        [FIXTURES / "plain_en.txt", bad, FIXTURES / "seed_form.txt"], strict=True
    )
    assert isinstance(next(results), Article)
    with pytest.raises(InputError, match=r"a\.txt: empty"):
        next(results)


# --------------------------------------------------------------------------- round trip

_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
    min_size=1,
).filter(str.strip)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=_texts,
    url=st.sampled_from([None, "https://example.org/a?b=1"]),
    lang=st.sampled_from([None, "ar", "en"]),
)
def test_ingest_txt_and_jsonl_round_trip(tmp_path, text, url, lang):
    header = (
        "".join(f"{key}: {value}\n" for key, value in (("url", url), ("lang", lang)) if value)
        or "title: t\n"
    )
    txt = write(tmp_path / "a.txt", f"{header}\n{text}")
    record = {"text": text, "url": url, "lang": lang}
    jsonl = write(tmp_path / "a.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    a, b = read_all(txt, jsonl)
    assert a.text == b.text == text
    assert a.id == b.id == article_id(text, url)
    assert a.lang == b.lang == (lang or detect_lang(text))


def test_ingest_html_nested_too_deep_is_reported_as_such():
    body = "<p>The foreign ministers of two states met on Tuesday and discussed trade.</p>"
    page = "<html><body>" + "<div>" * 300 + body + "</div>" * 300 + "</body></html>"
    got = read_all_html(page)
    assert isinstance(got, Skipped) and "nests elements too deep" in got.reason
    shallow = "<html><body>" + "<div>" * 20 + body + "</div>" * 20 + "</body></html>"
    assert read_all_html(shallow).text.startswith("The foreign ministers")


def read_all_html(page: str):
    from kg.errors import InputError
    from kg.ingest import read_html

    try:
        return read_html(page, origin="p.html")
    except InputError as err:
        return Skipped(origin="p.html", reason=err.reason)
