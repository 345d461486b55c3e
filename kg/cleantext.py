"""Clean text in, clean names out: the text the rules see, and the way back to the text as read.

An article is kept exactly as read (its evidence offsets point into it), but the rules read a
cleaned copy: Unicode NFC (a decomposed accent is one character again) with the zero-width
and bidirectional control characters removed (a zero-width space or a right-to-left override
inside a name would otherwise cut the name). :func:`clean` returns that copy with an offset
map; :meth:`Cleaned.span` takes a span of the copy back to the span of the original that
holds the same characters, so that ``original[begin:end]`` is the evidence as written.

:func:`printable` is the other end: a file name (or any text from outside) as it may be
printed in a message or a report, with control and format characters escaped.

>>> read = "Karim​ Had‮dad met the minister."
>>> c = clean(read)
>>> c.text
'Karim Haddad met the minister.'
>>> begin, end = c.span(0, 12)
>>> (begin, end), read[begin:end] == "Karim​ Had‮dad"
((0, 14), True)
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import fields, is_dataclass, replace
from typing import Any

from kg.model import Mention

__all__ = ["INVISIBLE", "Cleaned", "clean", "clean_label", "remap_mentions", "printable"]

#: Characters removed from the text the rules see: zero-width spaces and joiners, the word
#: joiner and invisible operators, the soft hyphen, byte order marks, and every bidi control
#: (marks, embeddings, overrides, isolates).
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_TOKEN = re.compile(r"\S+|\s+")
_LINE = re.compile(r"[^\n]*\n?")


class Cleaned:
    """A cleaned text and its map back to the original (see :func:`clean`).

    The map is a list of pieces, each a span of the clean text and the span of the original
    it came from; an *exact* piece is the same characters in both (offsets move one for
    one), any other piece (an NFC composition) maps as a whole. Removed characters belong to
    no piece. Only the pieces are held: a text with nothing to clean holds one.
    """

    __slots__ = ("text", "original_length", "_cs", "_os", "_oe", "_exact")

    def __init__(
        self, text: str, original_length: int, pieces: list[tuple[int, int, int, int, bool]]
    ):
        self.text = text
        self.original_length = original_length
        self._cs = array("q")
        self._os, self._oe = array("q"), array("q")
        self._exact = bytearray()
        for cs, _ce, os_, oe, exact in pieces:
            self._cs.append(cs)
            self._os.append(os_)
            self._oe.append(oe)
            self._exact.append(exact)

    @property
    def identity(self) -> bool:
        """True when the clean text is the original (nothing to map)."""
        if len(self.text) != self.original_length or len(self._cs) > 1:
            return False
        return not self._cs or bool(self._exact[0])

    def _piece(self, i: int) -> int:
        return max(bisect_right(self._cs, i) - 1, 0)

    def begin(self, i: int) -> int:
        """The original offset where the clean character ``i`` begins."""
        if i >= len(self.text):
            return self.original_length
        k = self._piece(i)
        return self._os[k] + (i - self._cs[k] if self._exact[k] else 0)

    def end(self, j: int) -> int:
        """The original offset where the clean character ``j - 1`` ends."""
        if j <= 0:
            return 0
        k = self._piece(j - 1)
        return self._os[k] + (j - self._cs[k]) if self._exact[k] else self._oe[k]

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """The original span of the clean span ``[begin, end)``.

        >>> clean("cafe\u0301 noir").span(0, 4)
        (0, 5)
        """
        if end <= begin:
            at = self.begin(begin)
            return at, at
        return self.begin(begin), self.end(end)


def clean(text: str) -> Cleaned:
    """``text`` in NFC without invisible characters, with its offset map.

    A text that needs nothing (the usual case) is checked at C speed and not copied; else
    only the lines, and in them the words, that need it are looked at character by
    character.

    >>> c = clean("été")
    >>> c.text, c.span(0, 1), c.span(1, 2), c.span(0, 3)
    ('été', (0, 2), (2, 3), (0, 5))
    >>> clean("plain text").identity
    True
    """
    if unicodedata.is_normalized("NFC", text) and not INVISIBLE.search(text):
        return Cleaned(text, len(text), [(0, len(text), 0, len(text), True)])
    parts: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    pos = 0  # length of the clean text so far

    def keep(begin: int, end: int) -> None:
        nonlocal pos
        if begin >= end:
            return
        n = end - begin
        parts.append(text[begin:end])
        last = pieces[-1] if pieces else None
        if last and last[4] and last[1] == pos and last[3] == begin:
            pieces[-1] = (last[0], last[1] + n, last[2], last[3] + n, True)
        else:
            pieces.append((pos, pos + n, begin, end, True))
        pos += n

    for line in _LINE.finditer(text):
        if unicodedata.is_normalized("NFC", line.group()) and not INVISIBLE.search(line.group()):
            keep(line.start(), line.end())
            continue
        for m in _TOKEN.finditer(text, line.start(), line.end()):
            token = m.group()
            if unicodedata.is_normalized("NFC", token) and not INVISIBLE.search(token):
                keep(m.start(), m.end())
                continue
            for cluster, begin, end in _clusters(text, m.start(), m.end()):
                composed = unicodedata.normalize("NFC", cluster)
                if composed == text[begin:end]:
                    keep(begin, end)
                else:
                    pieces.append((pos, pos + len(composed), begin, end, False))
                    parts.append(composed)
                    pos += len(composed)
    return Cleaned("".join(parts), len(text), pieces)


def _clusters(text: str, begin: int, end: int) -> list[tuple[str, int, int]]:
    """The characters of ``text[begin:end]`` that stay, grouped into what NFC composes: a
    starter and the marks (or Hangul jamo) that combine with it; each with its original span."""
    out: list[list] = []  # [characters, begin, end]
    for i in range(begin, end):
        ch = text[i]
        if INVISIBLE.match(ch):
            continue
        if out and (
            unicodedata.combining(ch)
            or len(unicodedata.normalize("NFC", out[-1][0] + ch))
            <= len(unicodedata.normalize("NFC", out[-1][0]))
        ):
            out[-1][0] += ch
            out[-1][2] = i + 1
        else:
            out.append([ch, i, i + 1])
    return [(c, b, e) for c, b, e in out]


def clean_label(text: str | None) -> str | None:
    """A short text (a title, an outlet's name) as the rules and the labels should see it.

    >>> clean_label("Al\u200b Ahram\u202e")
    'Al Ahram'
    """
    if text is None:
        return None
    return INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def remap_mentions(obj: Any, cleaned: Cleaned, original: str) -> Any:
    """``obj`` (an extraction, or any dataclass, tuple or list holding mentions) with every
    :class:`~kg.model.Mention` taken back to the original text: its offsets mapped and its
    text the original's slice. Everything else is returned as it is.

    >>> m = Mention("a1", 0, 11, "Hakan Fidan", "r")
    >>> remap_mentions((m,), clean("Hakan\u200b Fidan"), "Hakan\u200b Fidan")[0].end
    12
    """
    if isinstance(obj, Mention):
        begin, end = cleaned.span(obj.begin, obj.end)
        return replace(obj, begin=begin, end=end, text=original[begin:end])
    if isinstance(obj, tuple | list):
        items = [remap_mentions(x, cleaned, original) for x in obj]
        if all(a is b for a, b in zip(items, obj, strict=True)):
            return obj
        return type(obj)(items) if isinstance(obj, list) else tuple(items)
    if isinstance(obj, dict):
        return {k: remap_mentions(v, cleaned, original) for k, v in obj.items()}
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {}
        for f in fields(obj):
            value = getattr(obj, f.name)
            new = remap_mentions(value, cleaned, original)
            if new is not value:
                changes[f.name] = new
        return replace(obj, **changes) if changes else obj
    return obj


def printable(name: str) -> str:
    """A file name (or any outside text) safe to print on one line: control, format and
    separator characters (bidi overrides, zero-width spaces, newlines) escaped as ``\\uXXXX``
    and backslashes doubled; everything else, Arabic included, kept.

    >>> printable("تقرير\u202egnp.txt")
    'تقرير\\\\u202egnp.txt'
    >>> printable("two\\nlines.txt")
    'two\\\\u000alines.txt'
    """
    out = []
    for ch in name:
        if ch == "\\":
            out.append("\\\\")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            o = ord(ch)
            out.append(f"\\u{o:04x}" if o <= 0xFFFF else f"\\U{o:08x}")
        else:
            out.append(ch)
    return "".join(out)
