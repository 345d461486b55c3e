"""Tests of kg.cleantext: the cleaned text the rules read, its map back to the text as
read, and names escaped for messages."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.cleantext import INVISIBLE, clean, printable, remap_mentions
from kg.model import Mention

# Letters, decomposed accents, Arabic, spaces and every kind of invisible character.
ALPHABET = "abcé e\u0301\u0308AZ وزير\u064e \u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u00ad"


@pytest.mark.parametrize(
    ("text", "clean_text"),
    [
        ("Karim\u200b Haddad", "Karim Haddad"),
        ("Rene\u0301e Marchetti", "Renée Marchetti"),
        ("Karim Had\u202edad\u202c", "Karim Haddad"),
        ("كريم\u200f الحداد", "كريم الحداد"),
        ("\ufeffplain", "plain"),
    ],
)
def test_cleantext_clean_text(text, clean_text):
    c = clean(text)
    assert c.text == clean_text
    assert not INVISIBLE.search(c.text) and unicodedata.is_normalized("NFC", c.text)
    begin, end = c.span(0, len(c.text))
    assert clean(text[begin:end]).text == clean_text


def test_cleantext_nothing_to_clean_is_not_copied():
    text = "The minister arrived. وصل الوزير"
    c = clean(text)
    assert c.identity and c.text is text and c.span(4, 12) == (4, 12)


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_cleantext_every_span_maps_back_to_the_same_characters(text):
    c = clean(text)
    assert c.text == unicodedata.normalize("NFC", INVISIBLE.sub("", text))
    for i in range(len(c.text) + 1):
        for j in range(i, len(c.text) + 1):
            begin, end = c.span(i, j)
            assert 0 <= begin <= end <= len(text)
            # the original span, cleaned, holds the clean span (whole compositions at most)
            assert c.text[i:j] in clean(text[begin:end]).text
            if j > i:
                assert not INVISIBLE.match(text[begin]) and not INVISIBLE.match(text[end - 1])


def test_cleantext_remap_mentions_in_nested_dataclasses():
    read = "The minister Karim\u200b Had\u202edad."
    c = clean(read)
    start = c.text.index("Karim")
    m = Mention("a1", start, start + 12, c.text[start : start + 12], "r")
    (got,) = remap_mentions([m], c, read)
    assert read[got.begin : got.end] == got.text == "Karim\u200b Had\u202edad"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("report\u202etxt.md", "report\\u202etxt.md"),
        ("a\nb.txt", "a\\u000ab.txt"),
        ("zero\u200bwidth.txt", "zero\\u200bwidth.txt"),
        ("c:\\x.txt", "c:\\\\x.txt"),
        ("تقرير.txt", "تقرير.txt"),
    ],
)
def test_cleantext_printable_escapes_controls(name, shown):
    assert printable(name) == shown
