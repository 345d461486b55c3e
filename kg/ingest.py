"""Read articles from files, folders and stdin: ``.txt``, ``.jsonl``, ``.html`` -> :class:`Article`.

Every input is turned into :class:`~kg.model.Article` objects, or into a
:class:`~kg.model.Skipped` that says which input could not be read and why; one bad input
never stops a batch (unless ``strict=True``).

Input forms (see the output contract):

- ``.txt``: one article. An optional header of ``key: value`` lines (``date``, ``url``,
  ``lang``, ``title``, ``source``, ``summary``) ended by a blank line; ``text`` is what
  follows that blank line. Or the seed's first-line form ``date YYYY-MM-DD - summary``: the
  date is the article's date, the rest its ``summary``, and that line **stays in** ``text``
  (events are reported in it, and every offset must point into one string).
- ``.jsonl``: one article per line ``{"id", "text", "date", "url", "lang", "title",
  "source"}``; only ``text`` is required. A line's ``id`` is kept in ``origin`` only.
- ``.html`` / ``.htm``: the main text, title, date and address are extracted offline.

What "exactly as read" means for offsets: bytes are decoded (a UTF-8 or UTF-16/32 byte
order mark is honoured and dropped) and line ends are normalised to ``\\n`` (``\\r\\n``
and a lone ``\\r`` alike, in every form, JSON strings included) *before* anything else, so
the text, its offsets and its id do not depend on the platform that wrote the file.
Nothing else is changed: bidi controls, ZWJ/ZWNJ, kashida and Arabic presentation forms
are kept as they are; the rules read a cleaned copy (:mod:`kg.cleantext`: NFC, no zero-width
or bidi controls) whose offsets are mapped back into this text.

>>> a = read_txt("url: https://example.org/1\\ndate: 2025-03-04\\nlang: en\\n\\n"
...              "The Egyptian foreign minister met his Jordanian counterpart.\\n",
...              origin="a.txt")
>>> a.lang, a.date.isoformat(), a.text
('en', '2025-03-04', 'The Egyptian foreign minister met his Jordanian counterpart.\\n')
>>> b = read_jsonl_line('{"id": "x7", "url": "https://example.org/1", "text": '
...                     '"The Egyptian foreign minister met his Jordanian counterpart."}',
...                     origin="b.jsonl:1")
>>> a.id == b.id, b.origin
(True, 'b.jsonl:1 (id x7)')
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.cleantext import printable
from kg.errors import InputError, UsageError
from kg.model import Article, Skipped

__all__ = [
    "DEFAULT_MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "check_inputs",
    "input_bytes",
    "expected_articles",
    "iter_articles",
    "read_txt",
    "read_jsonl_line",
    "read_html",
    "detect_lang",
    "article_id",
    "decode",
    "max_article_bytes",
]

log = logging.getLogger(__name__)

#: Suffixes read when walking a folder (an explicitly named file of another suffix is a .txt).
SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".html", ".htm")

#: Largest single article (a .txt or .html file, a stdin text, one .jsonl line), in bytes.
#: A .jsonl file may be any size: it is read line by line. Override with KG_MAX_ARTICLE_BYTES.
DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024

#: Header keys of the .txt form (the contract's five, and ``summary``).
_HEADER_KEYS = frozenset({"date", "url", "lang", "title", "source", "summary"})
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*(.*)")
_SEED_LINE = re.compile(r"date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+[-\u2013\u2014][ \t]+(.*\S)[ \t]*")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
#: Values that mean "no date" without being an error.
_NO_DATE = frozenset({"", "unknown", "none", "null", "n/a", "na", "-"})
_NO_LANG = frozenset({"unknown", "und", "none", "null", "auto"})
_LANGS = {"ar": "ar", "ara": "ar", "arabic": "ar", "en": "en", "eng": "en", "english": "en"}
_NON_SPACE = re.compile(r"\S")
_SURROGATE = re.compile("[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Longest BOMs first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
#: Longest line looked at as a header line (or the seed's first line).
_MAX_HEADER_LINE = 4096
#: Characters looked at to tell the language: enough for any article, cheap for huge ones.
_LANG_SAMPLE = 20_000


# --------------------------------------------------------------------------- errors


def _fail(origin: str, reason: str) -> InputError:
    """An InputError whose message names the input; ``reason`` is kept for :class:`Skipped`."""
    err = InputError(f"{printable(origin)}: {reason}")
    err.origin = origin  # type: ignore[attr-defined]
    err.reason = reason  # type: ignore[attr-defined]
    return err


def _skipped(err: InputError, origin: str) -> Skipped:
    return Skipped(origin=getattr(err, "origin", origin), reason=getattr(err, "reason", str(err)))


# --------------------------------------------------------------------------- settings


def max_article_bytes() -> int:
    """The size limit of one article in bytes: ``KG_MAX_ARTICLE_BYTES`` or 20 MiB.

    >>> max_article_bytes() > 0
    True
    """
    raw = os.environ.get("KG_MAX_ARTICLE_BYTES", "").strip()
    if not raw:
        return DEFAULT_MAX_ARTICLE_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise UsageError(
            f"KG_MAX_ARTICLE_BYTES={raw!r} is not a positive number of bytes; "
            f"set it to e.g. {DEFAULT_MAX_ARTICLE_BYTES} or unset it"
        )
    return value


# --------------------------------------------------------------------------- small pieces


def _newlines(text: str) -> str:
    # Offsets are Python string offsets into the text, so line ends must be settled first.
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:  # old Mac line ends; a second pass only when there are some
            text = text.replace("\r", "\n")
    return text


def _bom(data: bytes) -> tuple[bytes, str, str] | None:
    """``(mark, codec, name)`` of the byte order mark ``data`` starts with, if any."""
    return next((bom for bom in _BOMS if data.startswith(bom[0])), None)


def decode(data: bytes, *, origin: str, base: int = 0) -> str:
    r"""Decode the bytes of an input to text, with ``\n`` line ends.

    UTF-8 unless a byte order mark says UTF-16 or UTF-32; the mark is dropped. A NUL byte
    (outside UTF-16/32) means a binary file. ``base`` is added to the byte offsets that
    error messages give (the offset of a .jsonl line in its file).

    >>> decode("وزير\r\n".encode("utf-8-sig"), origin="a.txt")
    'وزير\n'
    >>> decode(b"caf\xe9", origin="a.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: a.txt: invalid UTF-8 at byte offset 3 (0xE9); save the file as UTF-8
    """
    bom = _bom(data)
    codec, name, skip = (bom[1], bom[2], len(bom[0])) if bom else ("utf-8", "UTF-8", 0)
    if name == "UTF-8":
        nul = data.find(b"\x00")
        if nul >= 0:
            raise _fail(
                origin,
                f"binary file (a NUL byte at byte offset {base + nul}); kg reads UTF-8 text",
            )
    try:
        text = data[skip:].decode(codec) if skip else data.decode(codec)
    except UnicodeDecodeError as err:
        at = base + skip + err.start
        raise _fail(
            origin,
            f"invalid {name} at byte offset {at} (0x{data[skip + err.start]:02X}); "
            "save the file as UTF-8",
        ) from None
    if "\x00" in text:
        raise _fail(origin, f"binary file (a NUL character in the {name} text)")
    return _newlines(text)


def detect_lang(text: str) -> str:
    """``"ar"`` or ``"en"`` from the script: Arabic letters against Latin letters.

    Only the first 20,000 characters are looked at. Text with no letters of either
    script is taken as English (nothing Arabic will be found in it either way).

    >>> detect_lang("التقى وزير الخارجية نظيره الأردني في عمّان، Reuters")
    'ar'
    >>> detect_lang("The minister met the ambassador of Oman (سلطنة عمان).")
    'en'
    """
    arabic = latin = 0
    for ch in text[:_LANG_SAMPLE]:
        if ch.isalpha():
            o = ord(ch)
            if (
                0x0600 <= o <= 0x06FF
                or 0x0750 <= o <= 0x077F
                or 0x08A0 <= o <= 0x08FF
                or 0xFB50 <= o <= 0xFDFF
                or 0xFE70 <= o <= 0xFEFF
            ):
                arabic += 1
            elif o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
                latin += 1
    return "ar" if arabic and arabic >= latin else "en"


def article_id(text: str, url: str | None) -> str:
    """The article's id: the first 12 hex digits of sha1(url + newline + text).

    Surrounding whitespace of the text is left out (a .txt file ends with a line end, the
    same text in a .jsonl line usually does not), so the id depends on the content only,
    never on the file or form it came in.

    >>> article_id("The minister arrived.\\n", None) == article_id("The minister arrived.", "")
    True
    >>> len(article_id("نص", "https://example.org/1"))
    12
    """
    digest = hashlib.sha1(((url or "").strip() + "\n").encode("utf-8"))
    # The stripped text is hashed in slices, never copied whole: an article may be 20 MB.
    first = _NON_SPACE.search(text)
    begin = first.start() if first else 0
    end = len(text)
    while end > begin and text[end - 1].isspace():
        end -= 1
    step = 1 << 20
    for i in range(begin, end, step):
        digest.update(text[i : min(i + step, end)].encode("utf-8"))
    return digest.hexdigest()[:12]


def _parse_date(value: object, *, origin: str) -> date | None:
    """A date from a header or field value; None (and a logged warning) when it is not one."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in _NO_DATE:
            return None
        m = _ISO_DATE.fullmatch(text)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    log.warning(
        "%s: date %r is not a date (YYYY-MM-DD); the article is read without a date",
        origin,
        value,
    )
    return None


def _parse_lang(value: object, *, origin: str) -> str | None:
    """``ar``/``en`` from a declared language (``ar``, ``en-GB``, ``Arabic``...); None if absent."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        shown = value.strip()
        if shown.lower() in _NO_LANG:
            return None
        key = re.split(r"[-_]", shown.lower(), maxsplit=1)[0]
        if key in _LANGS:
            return _LANGS[key]
    else:
        shown = value  # type: ignore[assignment]
    raise _fail(origin, f"unsupported language {shown!r} (kg reads ar and en)")


def _optional_str(value: object, *, name: str, origin: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        log.warning("%s: %s %r is not a string; ignored", origin, name, value)
        return None
    return _newlines(value).strip() or None


def _article(
    text: str,
    *,
    origin: str,
    lang: str | None,
    when: date | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    summary: str | None = None,
) -> Article:
    """Check the text and build the Article (id, language)."""
    if _blank(text):
        raise _fail(origin, "empty (no article text)")
    if "\x00" in text:
        raise _fail(origin, "binary input (a NUL character in the text)")
    for name, value in (("text", text), ("url", url), ("title", title), ("source", source)):
        m = _SURROGATE.search(value or "")
        if m:
            raise _fail(
                origin,
                f"the {name} has an unpaired surrogate U+{ord(m[0]):04X} at character "
                f"{m.start()} (a broken \\u escape?); fix or remove it",
            )
    return Article(
        id=article_id(text, url),
        text=text,
        lang=lang or detect_lang(text),
        date=when,
        url=url,
        title=title,
        source=source,
        summary=summary,
        origin=origin,
    )


# --------------------------------------------------------------------------- the three forms


def _blank(text: str, begin: int = 0, end: int | None = None) -> bool:
    """Whether ``text[begin:end]`` is all whitespace, without copying it."""
    return _NON_SPACE.search(text, begin, len(text) if end is None else end) is None


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """Where the line that starts at ``pos`` ends, and where the next one starts."""
    nl = text.find("\n", pos)
    return (len(text), len(text)) if nl < 0 else (nl, nl + 1)


def read_txt(raw: str, *, origin: str) -> Article:
    """One article from the text of a ``.txt`` file (see the module docstring for the forms).

    A header is recognised when the first non-blank lines are all ``key: value`` and one
    key is known; unknown keys are ignored with a logged warning. ``date: unknown`` means
    no date. A header that ends the file leaves no text: the input is empty.

    >>> a = read_txt("date 2025-10-17 - Egypt and Jordan discuss trade\\n\\n"
    ...              "Cairo's foreign minister received his counterpart.", origin="s.txt")
    >>> a.date.isoformat(), a.summary, a.text.startswith("date 2025-10-17")
    ('2025-10-17', 'Egypt and Jordan discuss trade', True)
    >>> read_txt("lang: fr\\n\\nLe ministre est arrivé.", origin="f.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: f.txt: unsupported language 'fr' (kg reads ar and en)
    """
    text = _newlines(raw)
    if text.startswith("\ufeff"):  # a byte order mark that came through a text stream
        text = text[1:]
    if _blank(text):
        raise _fail(origin, "empty (no article text)")

    # Lines are looked at in place (no copy of the text): an article may be 20 MB.
    pos = 0
    stop, after = _line_at(text, pos)
    while _blank(text, pos, stop):  # leading blank lines; the text is not all blank
        pos = after
        stop, after = _line_at(text, pos)
    first = text[pos:stop].strip() if stop - pos <= _MAX_HEADER_LINE else ""
    seed = _SEED_LINE.fullmatch(first)
    if seed:
        when = _parse_date(seed[1], origin=origin)
        return _article(text, origin=origin, lang=None, when=when, summary=seed[2])

    fields: dict[str, str] = {}
    body_start = len(text)  # when the header runs to the end of the file
    while pos < len(text):
        stop, after = _line_at(text, pos)
        if _blank(text, pos, stop):
            body_start = after
            break
        m = (
            _HEADER_LINE.fullmatch(text[pos:stop].strip())
            if stop - pos <= _MAX_HEADER_LINE
            else None
        )
        if not m:
            fields = {}
            break
        fields[m[1].lower()] = m[2].strip()
        pos = after
    if not fields.keys() & _HEADER_KEYS:
        return _article(text, origin=origin, lang=None)

    unknown = sorted(fields.keys() - _HEADER_KEYS)
    if unknown:
        log.warning(
            "%s: header keys %s are not read (known: %s)", origin, unknown, sorted(_HEADER_KEYS)
        )
    body = text[body_start:]
    if _blank(body):
        raise _fail(origin, "empty (a header and no article text after it)")
    return _article(
        body,
        origin=origin,
        lang=_parse_lang(fields.get("lang"), origin=origin),
        when=_parse_date(fields.get("date"), origin=origin),
        url=fields.get("url") or None,
        title=fields.get("title") or None,
        source=fields.get("source") or None,
        summary=fields.get("summary") or None,
    )


def read_jsonl_line(line: str, *, origin: str) -> Article:
    """One article from one line of a ``.jsonl`` file; ``origin`` is ``"file.jsonl:N"``.

    Only ``text`` (a string) is required; ``"date": null`` is no date. A line's ``id`` is
    not the article's id (ids depend on content only): it is appended to ``origin``.

    >>> read_jsonl_line('{"text": "الوزير في عمّان", "date": null}', origin="x.jsonl:2").lang
    'ar'
    >>> read_jsonl_line('{"title": "no text"}', origin="x.jsonl:3")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: x.jsonl:3: no "text" field; every line needs {"text": "..."}
    """
    if not line.strip():
        raise _fail(origin, "empty line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise _fail(
            origin, f"not valid JSON at column {err.colno} ({err.msg}); fix or remove the line"
        ) from None
    except RecursionError:
        raise _fail(origin, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise _fail(origin, f'a JSON {type(record).__name__}, not an object like {{"text": "..."}}')
    if "id" in record and record["id"] is not None:
        origin = f"{origin} (id {record['id']})"
    if "text" not in record:
        raise _fail(origin, 'no "text" field; every line needs {"text": "..."}')
    text = record["text"]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        raise _fail(origin, f'"text" is {kind}, not a string')
    return _article(
        _newlines(text),
        origin=origin,
        lang=_parse_lang(record.get("lang"), origin=origin),
        when=_parse_date(record.get("date"), origin=origin),
        url=_optional_str(record.get("url"), name="url", origin=origin),
        title=_optional_str(record.get("title"), name="title", origin=origin),
        source=_optional_str(record.get("source"), name="source", origin=origin),
        summary=_optional_str(record.get("summary"), name="summary", origin=origin),
    )


def read_html(raw: str, *, origin: str) -> Article:
    """One article from an HTML page: its main text, title, date and address, offline.

    The page is never fetched. The language is detected from the extracted text, because
    a page's ``lang`` attribute is often a template default.

    >>> page = ('<html><head><title>Talks in Amman</title>'
    ...         '<link rel="canonical" href="https://example.org/news/7"></head><body><article>'
    ...         '<p>The foreign ministers of Egypt and Jordan met in Amman on Tuesday and '
    ...         'discussed border security, trade and the situation in the region.</p>'
    ...         '</article></body></html>')
    >>> a = read_html(page, origin="p.html")
    >>> a.url, a.title, a.lang
    ('https://example.org/news/7', 'Talks in Amman', 'en')
    """
    if "\x00" in raw:
        raise _fail(origin, "binary input (a NUL character in the page)")
    if _blank(raw):
        raise _fail(origin, "empty (no article text)")
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            # Dates from the page's metadata and address only: a date guessed from the
            # body could be any date the article mentions.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as err:  # a third-party parser on arbitrary input: any failure is a skip
        raise _fail(origin, f"the HTML could not be parsed ({type(err).__name__}: {err})") from None
    text = _newlines(getattr(doc, "text", None) or "") if doc is not None else ""
    if _blank(text):
        if _too_deep(raw):
            raise _fail(
                origin,
                f"the HTML nests elements too deep (more than {_HTML_DEPTH} levels, the "
                "parser's limit); its text cannot be read",
            )
        raise _fail(origin, "empty (no article text found in the HTML page)")
    return _article(
        text,
        origin=origin,
        lang=None,
        when=_parse_date(getattr(doc, "date", None), origin=origin),
        url=_optional_str(getattr(doc, "url", None), name="url", origin=origin),
        title=_optional_str(getattr(doc, "title", None), name="title", origin=origin),
    )


#: The deepest nesting of elements the HTML parser (libxml2) reads; deeper is cut off.
_HTML_DEPTH = 255


def _too_deep(raw: str) -> bool:
    """Whether the parser gave up on ``raw`` for its depth (only asked of an empty page)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(raw, parser=parser)
    except Exception:  # noqa: BLE001 - a page that does not parse at all is not "too deep"
        pass
    return any("Excessive depth" in e.message for e in parser.error_log)


def _decode_html(data: bytes, *, origin: str) -> str:
    """Decode a page: UTF-8 (or a BOM), else the charset its ``<meta>`` declares."""
    try:
        return decode(data, origin=origin)
    except InputError as err:
        if "UTF-8" not in str(err):
            raise
        m = _META_CHARSET.search(data[:8192])
        if not m:
            raise
        try:
            codec = codecs.lookup(m[1].decode("ascii"))
        except LookupError:
            raise err from None
        if codec.name == "utf-8":
            raise
        try:
            return _newlines(data.decode(codec.name))
        except UnicodeDecodeError as bad:
            raise _fail(
                origin,
                f"invalid {codec.name} (the page's declared charset) at byte offset "
                f"{bad.start} (0x{data[bad.start]:02X}); save the page as UTF-8",
            ) from None


# --------------------------------------------------------------------------- streams


@dataclass(frozen=True)
class _Line:
    number: int
    offset: int  # byte (or character) offset of the line in its stream
    data: bytes | str | None  # None: longer than the limit (and skipped over)
    size: int


def _iter_lines(readline: Callable[[int], bytes | str], limit: int) -> Iterator[_Line]:
    """The lines of a stream, never holding more than ``limit`` of one line in memory."""
    number = offset = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        number += 1
        nl = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) > limit and not line.endswith(nl):
            size = len(line)
            while True:  # skip the rest of the long line
                more = readline(1 << 20)
                size += len(more)
                if not more or more.endswith(nl):
                    break
            yield _Line(number, offset, None, size)
        else:
            size = len(line)
            yield _Line(number, offset, line, size)
        offset += size


def _jsonl_articles(
    lines: Iterable[_Line], *, origin: str, limit: int
) -> Iterator[Article | Skipped]:
    seen = False
    it = iter(lines)
    while True:
        try:
            line = next(it)
        except StopIteration:
            break
        except UnicodeDecodeError as err:  # from a UTF-16/32 text stream
            yield Skipped(
                origin, f"invalid {err.encoding} text ({err.reason}); the rest is not read"
            )
            return
        where = f"{origin}:{line.number}"
        if line.data is None:
            seen = True
            yield Skipped(
                where,
                f"line too long ({line.size} bytes, the limit is {limit}; "
                "set KG_MAX_ARTICLE_BYTES to raise it)",
            )
            continue
        if not line.data.strip():
            continue
        seen = True
        try:
            text = (
                decode(line.data, origin=where, base=line.offset)
                if isinstance(line.data, bytes)
                else line.data
            )
            yield read_jsonl_line(text.rstrip("\n"), origin=where)
        except InputError as err:
            yield _skipped(err, where)
    if not seen:
        yield Skipped(origin, "empty (no JSON lines)")


def _read_upto(fh: BinaryIO | TextIO, n: int) -> bytes | str:
    """At most ``n`` bytes (or characters) from ``fh``, in slices: never a buffer of ``n``."""
    parts = []
    while n > 0:
        part = fh.read(min(n, 1 << 20))
        if not part:
            break
        parts.append(part)
        n -= len(part)
    if parts:
        return parts[0][:0].join(parts)
    return fh.read(0)


def _too_large(size: int, limit: int) -> str:
    return (
        f"too large ({size} bytes, the limit for one article is {limit}); "
        "set KG_MAX_ARTICLE_BYTES to raise it, or split it into a .jsonl file"
    )


def _read_jsonl_file(path: Path, *, origin: str, limit: int) -> Iterator[Article | Skipped]:
    with open(path, "rb") as fh:
        head = fh.peek(8192)[:8192]
        bom = _bom(head)
        if bom and bom[2] != "UTF-8":
            fh.read(len(bom[0]))
            text = io.TextIOWrapper(fh, encoding=bom[1], newline="\n")
            yield from _jsonl_articles(
                _iter_lines(text.readline, limit), origin=origin, limit=limit
            )
            text.detach()
            return
        nul = head.find(b"\x00")
        if nul >= 0:
            yield Skipped(
                origin, f"binary file (a NUL byte at byte offset {nul}); kg reads UTF-8 text"
            )
            return
        yield from _jsonl_articles(_iter_lines(fh.readline, limit), origin=origin, limit=limit)


def _read_one_file(path: Path, *, origin: str, kind: str, limit: int) -> Article:
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise _fail(origin, _too_large(size, limit))
        # read(limit + 1) would allocate the whole limit up front: ask for what is there.
        data = fh.read(size + 1) if size else b""
        if len(data) > size or not size:  # a file that grows, or a pipe: still bounded
            data += _read_upto(fh, limit + 1 - len(data))
    if len(data) > limit:
        raise _fail(origin, _too_large(len(data), limit))
    if kind == "html":
        raw = _decode_html(data, origin=origin)
        del data
        return read_html(raw, origin=origin)
    raw = decode(data, origin=origin)
    del data
    return read_txt(raw, origin=origin)


def _read_file(path: Path, *, kind: str, limit: int) -> Iterator[Article | Skipped]:
    origin = os.fspath(path)
    try:
        if kind == "jsonl":
            yield from _read_jsonl_file(path, origin=origin, limit=limit)
        else:
            yield _read_one_file(path, origin=origin, kind=kind, limit=limit)
    except InputError as err:
        yield _skipped(err, origin)
    except OSError as err:
        yield Skipped(origin, f"cannot be read ({err.strerror or err})")


def _head(data: bytes | str) -> bytes | str:
    """A line without a leading byte order mark and surrounding whitespace."""
    if isinstance(data, bytes):
        return data.removeprefix(codecs.BOM_UTF8).strip()
    return data.removeprefix("\ufeff").strip()


def _wide_bom(data: bytes) -> bool:
    bom = _bom(data)
    return bom is not None and bom[2] != "UTF-8"


def _read_stdin(stream: TextIO, *, limit: int) -> Iterator[Article | Skipped]:
    """``-``: a .jsonl stream if its first non-blank character is ``{``, else one .txt."""
    origin = "<stdin>"
    binary: BinaryIO | None = getattr(stream, "buffer", None)
    source = binary if binary is not None else stream
    lines = _iter_lines(source.readline, limit)
    pending: list[_Line] = []
    for line in lines:
        pending.append(line)
        if line.number == 1 and isinstance(line.data, bytes) and _wide_bom(line.data):
            # UTF-16/32: bytes cannot be split at b"\n"; read it whole (it is bounded).
            yield from _stdin_whole(pending, source, origin=origin, limit=limit, wide=True)
            return
        if line.data is None or _head(line.data):
            break
    else:
        yield Skipped(origin, "empty (nothing on stdin)")
        return
    first = pending[-1].data
    if first is not None and _head(first)[:1] in (b"{", "{"):
        yield from _jsonl_articles(_chain_lines(pending, lines), origin=origin, limit=limit)
    else:
        yield from _stdin_whole(pending, source, origin=origin, limit=limit, wide=False)


def _chain_lines(pending: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from pending
    yield from rest


def _stdin_whole(
    pending: list[_Line], source: BinaryIO | TextIO, *, origin: str, limit: int, wide: bool
) -> Iterator[Article | Skipped]:
    """Stdin read as one text (bounded by the limit): a .txt article, or UTF-16/32 input."""
    try:
        if any(ln.data is None for ln in pending):
            raise _fail(origin, _too_large(sum(ln.size for ln in pending), limit))
        got = sum(ln.size for ln in pending)
        head = (
            b"".join(ln.data for ln in pending)
            if isinstance(pending[0].data, bytes)
            else "".join(ln.data for ln in pending)
        )
        data = head + _read_upto(source, limit + 1 - got)
        if len(data) > limit:
            raise _fail(origin, _too_large(len(data), limit))
        text = decode(data, origin=origin) if isinstance(data, bytes) else data
        if wide and text.lstrip()[:1] == "{":
            lines = (_Line(i, 0, s, len(s)) for i, s in enumerate(text.split("\n"), start=1))
            yield from _jsonl_articles(lines, origin=origin, limit=limit)
            return
        yield read_txt(text, origin=origin)
    except InputError as err:
        yield _skipped(err, origin)


# --------------------------------------------------------------------------- folders


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".jsonl": "jsonl", ".html": "html", ".htm": "html"}.get(suffix, "txt")


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """Article files under ``folder``, depth first in name order; hidden names are skipped.

    Symbolic links to folders are not followed (no cycles). Only the listings of the
    folders on the current path are held, never the whole tree.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        yield Skipped(os.fspath(folder), f"folder cannot be listed ({err.strerror or err})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_file() and path.suffix.lower() in SUFFIXES:
                yield path
        except OSError as err:
            yield Skipped(entry.path, f"cannot be read ({err.strerror or err})")


def _read_input(
    item: str | Path, *, stdin: TextIO | None, limit: int
) -> Iterator[Article | Skipped]:
    if isinstance(item, str) and item == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin, limit=limit)
        return
    path = Path(item)
    if path.is_dir():
        empty = True
        for found in _walk(path):
            empty = False
            if isinstance(found, Skipped):
                yield found
            else:
                yield from _read_file(found, kind=_kind(found), limit=limit)
        if empty:
            # A named folder with nothing to read is a mistake worth reporting (a wrong
            # path, files with another suffix), not a silent empty graph.
            yield Skipped(
                os.fspath(path),
                f"no article files in the folder (kg reads {', '.join(SUFFIXES)})",
            )
    elif path.exists():
        yield from _read_file(path, kind=_kind(path), limit=limit)
    else:
        yield Skipped(os.fspath(path), "no such file or folder")


def check_inputs(inputs: Iterable[str | Path]) -> None:
    """Refuse, before any work starts, the inputs that cannot be articles: a usage error.

    A path that does not exist is a mistake of the command line (a typo), not an input
    that could not be read: a build of nothing must never replace a good graph. A FIFO, a
    device or a socket named as an input is refused too: reading one may never end (pipe
    it to ``-`` instead). Inside a folder such entries are passed over.

    >>> check_inputs(["-"])
    >>> check_inputs(["no/such/folder"])
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: no such file or folder: no/such/folder; check the path
    >>> check_inputs(["/dev/null"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: /dev/null is a device, not a file or folder; kg reads files, ...
    """
    missing = []
    for item in inputs:
        if isinstance(item, str) and item == "-":
            continue
        try:
            mode = os.stat(item).st_mode
        except OSError:
            if os.path.lexists(item) and not os.path.exists(item):
                raise UsageError(
                    f"{printable(os.fspath(item))} is a broken symbolic link; check the path"
                ) from None
            if not os.path.lexists(item):
                missing.append(printable(os.fspath(item)))
            continue  # exists but cannot be looked at: reported as skipped when read
        kind = _special(mode)
        if kind:
            shown = printable(os.fspath(item))
            raise UsageError(
                f"{shown} is {kind}, not a file or folder; kg reads files, folders, and - "
                f"for standard input (kg build - < {shown})"
            )
    if missing:
        listed = ", ".join(missing[:5])
        if len(missing) > 5:
            listed += f" and {len(missing) - 5} more"
        raise UsageError(
            f"no such file or folder: {listed}; check the path" + ("s" if len(missing) > 1 else "")
        )


def _special(mode: int) -> str | None:
    """What a special file is (``a FIFO``...), or None for a file or folder."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def input_bytes(inputs: Iterable[str | Path]) -> int:
    """The size in bytes of the files the inputs name (folders walked as when read; 0 for
    stdin and for what cannot be listed): the base of the estimate of the output's size.

    >>> input_bytes(["-"])
    0
    """
    total = 0
    for item in inputs:
        if isinstance(item, str) and item == "-":
            continue
        path = Path(item)
        if path.is_dir():
            found = (f for f in _walk(path) if not isinstance(f, Skipped))
        else:
            found = iter([path])
        for f in found:
            try:
                total += f.stat().st_size
            except OSError:
                pass
    return total


def expected_articles(inputs: Iterable[str | Path]) -> int | None:
    """How many articles the inputs hold, counted without reading them: a line of a
    ``.jsonl`` file that is not blank, one per other file (folders walked as when read).
    ``None`` when an input is stdin. For the time left of ``kg build``'s progress; reads
    the ``.jsonl`` files once, in blocks (their size in bytes, nothing parsed).

    >>> expected_articles(["-"]) is None
    True
    """
    total = 0
    for item in inputs:
        if isinstance(item, str) and item == "-":
            return None
        path = Path(item)
        found = (
            (f for f in _walk(path) if not isinstance(f, Skipped))
            if path.is_dir()
            else iter([path])
        )
        for f in found:
            total += _count_lines(f) if _kind(f) == "jsonl" else 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    try:
        with open(path, "rb") as fh:
            for line in fh:
                n += bool(line.strip())
    except OSError:
        pass
    return n


def iter_articles(
    inputs: Iterable[str | Path],
    *,
    stdin: TextIO | None = None,
    strict: bool = False,
    max_bytes: int | None = None,
) -> Iterator[Article | Skipped]:
    """Read every input, in order, as :class:`Article` objects and :class:`Skipped` notes.

    ``inputs`` are files, folders (walked recursively in name order; only .txt, .jsonl,
    .html and .htm files are read, hidden names are skipped; a named folder with none of
    them is skipped) and ``-`` for ``stdin``
    (``sys.stdin`` by default; a .jsonl stream if its first non-blank character is ``{``,
    else one .txt article). An explicitly named file of another suffix is read as .txt.

    Everything streams: folders are walked lazily and a .jsonl is read line by line, so a
    .jsonl may be any size. One article (a file, a stdin text, a .jsonl line) may not be
    larger than ``max_bytes`` (default: :func:`max_article_bytes`); a larger one is
    skipped. Each input that cannot be read yields a :class:`Skipped` with the reason and
    the batch goes on; with ``strict=True`` the first one raises :class:`InputError`.
    A date that is not a date does not skip the article: it is read without a date and a
    warning is logged. Reading one article takes at most about four times its size in
    memory (its bytes, the decoded text, a copy with normalised line ends).

    >>> import io
    >>> items = list(iter_articles(["-"], stdin=io.StringIO(
    ...     '{"text": "The minister arrived in Doha."}\\n{"text": 3}\\n')))
    >>> items[0].lang, items[1]
    ('en', Skipped(origin='<stdin>:2', reason='"text" is int, not a string'))
    """
    limit = max_bytes if max_bytes is not None else max_article_bytes()
    for item in inputs:
        for result in _read_input(item, stdin=stdin, limit=limit):
            if strict and isinstance(result, Skipped):
                raise _fail(result.origin, result.reason)
            yield result
