"""Per-language spaCy pipelines: ``spacy.blank`` plus the project's own fixes.

- A full stop after a closing quote, bracket or digit splits off (``سانا).`` is three tokens).
- spaCy's Arabic tokenizer exceptions that rewrite a word's NORM (أنا -> أنبأنا, ثنا, نا:
  hadith abbreviations) are dropped: in news أنا means "I".
- ``kg_normalizer`` writes :func:`normalize_ar` / :func:`normalize_en` into ``token.norm_``
  and nothing else, so token offsets into the text stay exact.
- A sentence longer than :data:`MAX_SENTENCE_TOKENS` tokens (a page with no full stop, a
  list run together) is split, at its last comma before the limit if there is one, so
  that no rule's work on one sentence grows with the article: news sentences are far
  shorter (the longest of the development articles has 128 tokens).

One pipeline per language and process (``functools.lru_cache``): building one is the
expensive part, and a pipeline holds no state between documents.

>>> nlp = get_pipeline("ar")
>>> [t.text for t in nlp('قالت (سانا).')]
['قالت', '(', 'سانا', ')', '.']
>>> [t.norm_ for t in nlp("أنا إبراهيم")]
['انا', 'ابراهيم']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kg import lexicon
from kg.nlp.normalize import normalize_ar, normalize_en

__all__ = [
    "get_pipeline",
    "split_long_sentences",
    "doc_text",
    "doc_tokens",
    "DocTokens",
    "SUPPORTED",
    "MAX_SENTENCE_TOKENS",
]

SUPPORTED = ("ar", "en")

# spaCy keeps runs of newlines as one whitespace token: each ends a sentence (paragraphs,
# datelines and headlines carry no full stop).
_NEWLINES = ["\n" * n for n in range(1, 7)] + ["\n" * n + " " for n in range(1, 3)]

# A one-letter Arabic abbreviation glued to the next word is a word of its own (د.سامر:
# د. and the name, as when a space follows it); a slash set against an Arabic word, as
# some agencies enclose names (/محمد سابو/), is punctuation of its own.
# (and a list's dash typed against its first word: "-سعيد بن X والي ولاية Y")
_EXTRA_PREFIXES = [
    r"[\u0621-\u064a]\.(?=[\u0621-\u064a])",
    r"/(?=[\u0621-\u064a])",
    r"[-\u2013\u2014](?=[\u0621-\u064a])",
]
# A full stop that follows a quote, a bracket or a digit is sentence punctuation ...
_EXTRA_SUFFIXES = [
    r"(?<=[\"'\u201d\u2019\u00bb)\]}0-9])\.",
    # ... and so does one after an Arabic word that carries a vowel sign or a shadda
    # ("قيس سعيّد."), which spaCy's rule, two letters before the stop, does not see
    r"(?<=[\u064b-\u065f\u0670][\u0621-\u064a])\.",
    r"(?<=[\u064b-\u065f\u0670])\.",
    r"(?<=[\u0621-\u064a])/",
    r"(?<=[\u0621-\u064a]/)\.",
    # a stray full stop after a comma set against a word (X الزعبلاوي,. وتناول): both
    # punctuation of their own
    r"(?<=[\u0621-\u064a][,\u060c])\.",
    r"(?<=[\u0621-\u064a])[,\u060c](?=\.?$)",
    # the Arabic thousands separator that Moroccan wire copy types for a comma (ماكي سال٬
    # أول أمس): after a letter, a comma of its own (between digits it stays a separator)
    r"(?<=[\u0621-\u064a])\u066c",
]
# An Arabic comma or semicolon typed with no space after it still ends the word
# ("عبد الله،اليوم").
# A full stop typed with no space after it between two Arabic words ends the first
# ("تاناكا.وصرح"); one letter before it is an abbreviation (د.خليل, أ.د.).
# A quote typed against Arabic words on both sides (السيد"X") stands apart, and so does
# a full stop between a closing quote and an Arabic word ("X".حسبما).
_EXTRA_INFIXES = [
    r"[\u060c\u061b]",
    r"(?<=[\u0621-\u064a])\u066c",
    r"(?<=[\u0621-\u064a]{2})\.(?=[\u0621-\u064a])",
    r"(?<=[\u0621-\u064a])[\"\u00ab\u00bb\u201c\u201d](?=[\u0621-\u064a.])",
    r"(?<=[\"\u00bb\u201d])\.(?=[\u0621-\u064a])",
]


@Language.component("kg_normalizer_ar")
def _normalize_ar(doc: Doc) -> Doc:
    return _set_norms(doc, normalize_ar)


@Language.component("kg_normalizer_en")
def _normalize_en(doc: Doc) -> Doc:
    return _set_norms(doc, normalize_en_word)


def normalize_en_word(s: str) -> str:
    """:func:`normalize_en`, a misspelt title word in lower case read as the word it misses
    (minster: minister); capitalised, it may be a name (York Minster).

    >>> normalize_en_word("minster"), normalize_en_word("Minster"), normalize_en_word("Minister")
    ('minister', 'minster', 'minister')
    """
    n = normalize_en(s)
    return lexicon.misspellings().get(n, n) if s[:1].islower() else n


# Per fold: the vocabulary strings it was last used with, and a word's ORTH id -> the id
# of its folded form (already added to those strings).
_NORM_OF: dict = {}
_NORM_CACHE_MAX = 1 << 20


def _set_norms(doc: Doc, fold) -> Doc:
    """``token.norm_ = fold(token.text)`` for every token, in one array write: words
    repeat, so each is folded and added to the vocabulary's strings once.

    >>> doc = get_pipeline("ar")("أنا إبراهيم وأنا")
    >>> [t.norm_ for t in doc]
    ['انا', 'ابراهيم', 'وانا']
    """
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    seen, cache = _NORM_OF.get(fold, (None, None))
    if seen is not strings or len(cache) > _NORM_CACHE_MAX:
        cache = {}  # another vocabulary (or a long run): its strings lack our forms
        _NORM_OF[fold] = (strings, cache)
    orths = doc.to_array(ORTH)
    norms = orths.copy()
    for i, orth in enumerate(orths.tolist()):
        norm = cache.get(orth)
        if norm is None:
            norm = cache[orth] = strings.add(fold(strings[orth]))
        norms[i] = norm
    doc.from_array([NORM], norms.reshape(-1, 1))
    return doc


# A full stop after these ends an abbreviation, not a sentence (Lt. Gen. X; د. بدر; a
# retired officer's Maj Gen (retd.) X; Amb. X; Hon. X).
_ABBREVIATIONS = frozenset(
    "lt lieut gen maj col brig adm capt cmdr cdr cdre comdr sgt cpl "
    "mr mrs ms dr prof sen rep gov st no vs retd rtd purn amb hon "
    # an engineer's and an advocate's styles, the air force's short ranks (Eng. X, Adv. X,
    # Sqn. Ldr. X, Wg. Cdr. X, Flt. Lt. X)
    "eng engr adv sqn ldr wg flt "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n h.e د م أ ا "
    # given names written short (Md. Rafiqul Islam, Mohd. Asri)
    "md mohd muhd mhd mst".split()
)


# What ends a sentence: these tokens, then a word that is neither one nor punctuation.
_SENT_ENDS = (".", "!", "?", "؟", "۔", *_NEWLINES)


# Words a line of running text does not end a sentence on (a line wrapped to a width:
# "arrived on a" / "two-day visit"; "وصل إلى" / "العاصمة").
_RUN_ON_WORDS = frozenset(
    "a an the of to and or in on at for with by from as that his her its their whose "
    "في من على إلى الى عن مع أو التي الذي بين لدى".split()
)
_LINE_BREAKS = frozenset({"\n", "\n "})


def _run_on_breaks(doc: Doc, orths: list[int]) -> set[int]:
    """The single line breaks inside a sentence: the next line starts in lower case, or
    the line ends on a word no sentence ends on. (Not every break after a line with no
    stop, even in a text wrapped to a width: headlines, datelines and lists set out in
    lines have none either.)

    >>> [s.text for s in get_pipeline("en")("The chief arrived on a\\ntwo-day visit.").sents]
    ['The chief arrived on a\\ntwo-day visit.']
    >>> [s.text for s in get_pipeline("en")("Headline\\nThe chief arrived.").sents]
    ['Headline\\n', 'The chief arrived.']
    """
    breaks = {doc.vocab.strings.add(s) for s in _LINE_BREAKS}
    return {
        i
        for i, o in enumerate(orths)
        if o in breaks
        and 0 < i < len(orths) - 1
        and (doc[i + 1].text[:1].islower() or doc[i - 1].lower_ in _RUN_ON_WORDS)
    }


# marks that open a quotation or an aside: after a sentence's end, one with a space before
# it and a word right after it opens the next sentence (Two. "Three," he said.)
_OPENERS = frozenset({'"', "“", "«", "("})


def _opens(doc: Doc, i: int) -> bool:
    return (
        doc[i].text in _OPENERS
        and bool(doc[i - 1].whitespace_)
        and not doc[i].whitespace_
        and i + 1 < len(doc)
    )


@Language.component("kg_sentencizer")
def _sentencizer(doc: Doc) -> Doc:
    """spaCy's ``sentencizer`` with :data:`_SENT_ENDS`, read from one array and written in
    one (spaCy's makes a Token of each word): a sentence starts at the first token and at
    each word after an end (a token that already has a start or not is kept).

    >>> [s.text for s in get_pipeline("en")("One. Two!) Three\\n\\nFour").sents]
    ['One.', 'Two!)', 'Three\\n\\n', 'Four']
    >>> [s.text for s in get_pipeline("en")('One. "Two," he said.').sents]
    ['One.', '"Two," he said.']
    """
    if not len(doc):
        return doc
    ends = {doc.vocab.strings.add(s) for s in _SENT_ENDS}
    orths, punct = doc.to_array([ORTH, IS_PUNCT]).T.tolist()
    run_on = _run_on_breaks(doc, orths)
    # (the line breaks kept inside a sentence, by offset, for the rules that read lines)
    doc.user_data["kg_run_on"] = frozenset(doc[i].idx for i in run_on)
    starts = [1] + [-1] * (len(doc) - 1)
    seen_end = False
    for i, orth in enumerate(orths):
        if orth in ends and i not in run_on:
            seen_end = True
        elif seen_end and (not punct[i] or _opens(doc, i)):
            starts[i] = 1
            seen_end = False
    given = doc.to_array([SENT_START])  # kept where set (spaCy's does not overwrite)
    found = numpy.array(starts, dtype="int64").astype("uint64")
    doc.from_array([SENT_START], numpy.where(given == 0, found, given))
    return doc


@Language.component("kg_abbreviations")
def _abbreviations(doc: Doc) -> Doc:
    stop = doc.vocab.strings["."]
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # only full stops are read
        if orth != stop or not 1 <= i < len(doc) - 1:
            continue
        prev = doc[i]
        if doc[i - 1].norm_.rstrip(".") in _ABBREVIATIONS and (
            not prev.whitespace_ or "\n" not in prev.whitespace_
        ):
            doc[i + 1].is_sent_start = False
            if doc[i + 1].text in (")", "]") and i + 2 < len(doc):
                doc[i + 2].is_sent_start = False  # Maj Gen (retd.) X: the bracket closes
    return doc


#: The longest sentence the rules are given, in tokens; a longer one is split.
MAX_SENTENCE_TOKENS = 200
# Where a long sentence is best split: after a comma or a semicolon of either script.
_CLAUSE_ENDS = frozenset({",", ";", "\u060c", "\u061b"})


@Language.component("kg_long_sentences")
def split_long_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Split every sentence of ``doc`` longer than ``limit`` tokens (in place).

    >>> nlp = get_pipeline("en")
    >>> doc = split_long_sentences(nlp("one, two three, four five six"), limit=3)
    >>> [s.text for s in doc.sents]
    ['one,', 'two three,', 'four five six']
    """
    long = [(s.start, s.end) for s in doc.sents if len(s) > limit]
    if not long:
        return doc
    # One array write: setting token.is_sent_start checks the whole doc each time.
    starts = doc.to_array([SENT_START])
    for start, end in long:
        while end - start > limit:
            cut = start + limit
            for k in range(start + limit - 1, start + limit // 2 - 1, -1):
                if doc[k].text in _CLAUSE_ENDS:
                    cut = k + 1
                    break
            starts[cut] = 1
            start = cut
    doc.from_array([SENT_START], starts)
    return doc


_TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept in ``doc.user_data`` (spaCy joins the
    tokens again on every read of ``Doc.text``). The pipelines never change a Doc's
    tokens after it is made, so the text stays true.

    >>> doc = get_pipeline("en")("Two  words.")
    >>> doc_text(doc) == doc.text == "Two  words."
    True
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        # Doc.text joins each token's text_with_ws: its text, and a space if one follows
        spaced = doc.to_array(SPACY).tolist() if len(doc) else []
        words = doc_tokens(doc).texts
        text = "".join([w + " " if s else w for w, s in zip(words, spaced, strict=True)])
        doc.user_data[_TEXT_KEY] = text
    return text


_TOKENS_KEY = "kg_tokens"


def blank(text: str) -> bool:
    """Is a token only spaces within a line (spaCy's token for a second space)? The rule
    sets read past it; a line break stays a token of its own, as it ends a title.

    >>> blank("  "), blank(chr(10)), blank("word")
    (True, False, False)
    """
    return not text.strip() and "\n" not in text


@dataclass(frozen=True)
class DocTokens:
    """Every token of a Doc as plain Python values, one tuple per attribute: its text,
    ``norm_``, start offset (``idx``), ``is_punct`` and the number of its sentence (0 for
    the first; a sentence starts where spaCy's ``is_sent_start`` is true)."""

    texts: tuple[str, ...]
    norms: tuple[str, ...]
    starts: tuple[int, ...]
    punct: tuple[bool, ...]
    sents: tuple[int, ...]


# a character typed for the Arabic comma, read as the comma (one character for one, so
# that every offset stays the text's)
_COMMA_FOR = {"\u066c": "\u060c"}


def doc_tokens(doc: Doc) -> DocTokens:
    """The tokens of ``doc`` read once, in one array read, and kept in ``doc.user_data``:
    each rule set walks the tokens, and a spaCy Token made for each word at each walk costs
    more than the rules' own look at it. The pipelines never change a Doc after it is made.

    >>> toks = doc_tokens(get_pipeline("en")("Two words. And more"))
    >>> toks.texts, toks.starts, toks.sents
    (('Two', 'words', '.', 'And', 'more'), (0, 4, 9, 11, 15), (0, 0, 0, 1, 1))
    """
    got = doc.user_data.get(_TOKENS_KEY)
    if got is not None:
        return got
    string = doc.vocab.strings.__getitem__
    cols = doc.to_array([ORTH, NORM, IDX, IS_PUNCT, SENT_START]).T.tolist() if len(doc) else []
    orths, norms, starts, punct, sent_starts = cols or ([], [], [], [], [])
    sents: list[int] = []
    s_i = -1
    for i, start in enumerate(sent_starts):
        if start == 1 or i == 0:
            s_i += 1
        sents.append(s_i)
    got = doc.user_data[_TOKENS_KEY] = DocTokens(
        # (the Arabic thousands separator split off a word is the comma it was typed for)
        texts=tuple(_COMMA_FOR.get(t, t) for t in map(string, orths)),
        norms=tuple(map(string, norms)),
        starts=tuple(starts),
        punct=tuple(p == 1 for p in punct),
        sents=tuple(sents),
    )
    return got


def _orth(piece: dict):
    return piece.get(ORTH, piece.get("ORTH"))


def _norm(piece: dict):
    return piece.get(NORM, piece.get("NORM"))


def _latin_url(match):
    """spaCy's URL match, but never over Arabic letters: "تاناكا.وصرح" is two words and a
    full stop typed with no space, not a web address."""

    def url_match(text: str):
        return None if _ARABIC_LETTER.search(text) else match(text)

    return url_match


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def _glued_styles() -> list[str]:
    """A one-word Arabic honorific written glued to the عبد that opens the name after it
    (الدكتورعبد الله, والمهندسعبد الرحمن, بالدكتورعبد الله): split off as a prefix. No
    Arabic word begins with a style and عبد, so the split never cuts a word."""
    from kg import lexicon

    words = sorted(
        {
            h.form
            for h in lexicon.honorifics()
            if h.lang == "ar" and len(h.form) >= 3 and _ARABIC_WORD.fullmatch(h.form)
        },
        key=len,
        reverse=True,
    )
    return [rf"(?:و?[بل]?ال|و?لل)?(?:{'|'.join(map(re.escape, words))})(?=عبد)"]


_ARABIC_WORD = re.compile("[\u0621-\u064a]+")


@cache
def get_pipeline(lang: str) -> Language:
    """The pipeline for ``lang`` (``ar`` or ``en``), built once per process."""
    if lang not in SUPPORTED:
        raise ValueError(f"no pipeline for language {lang!r}; kg reads {', '.join(SUPPORTED)}")
    nlp = spacy.blank(lang)
    # spaCy guards against long texts for the memory of parsers we do not load; ingest
    # already caps an article at KG_MAX_ARTICLE_BYTES (20 MiB by default).
    nlp.max_length = 25_000_000
    prefixes = list(nlp.Defaults.prefixes or ()) + _EXTRA_PREFIXES + _glued_styles()
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(nlp.Defaults.suffixes or ()) + _EXTRA_SUFFIXES
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infixes = list(nlp.Defaults.infixes or ()) + _EXTRA_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if nlp.tokenizer.url_match is not None:
        nlp.tokenizer.url_match = _latin_url(nlp.tokenizer.url_match)
    # Drop exceptions that rewrite NORM (Arabic hadith abbreviations); keep the rest.
    nlp.tokenizer.rules = {
        orth: pieces
        for orth, pieces in (nlp.tokenizer.rules or {}).items()
        if all(_norm(p) in (None, _orth(p)) for p in pieces)
    }
    nlp.add_pipe(f"kg_normalizer_{lang}")
    nlp.add_pipe("kg_sentencizer")
    nlp.add_pipe("kg_abbreviations")
    nlp.add_pipe("kg_long_sentences")
    return nlp
