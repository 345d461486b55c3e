"""The fast paths of extraction give what the plain definitions give.

Each shortcut taken for speed (a trie walked over the tokens themselves, per-word views
read once and shared) is checked here against the slow, obvious form it replaces, on
random input; the words are letters strung together, not text from any article.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract import events
from kg.extract.index import Trie, first_keys, inner_key
from kg.nlp import get_pipeline

WORDS = ["ا", "ب", "بب", "-", ".", "،", "ج", "جج"]


def _tok(i: int, word: str) -> events._Tok:
    return events._Tok(
        i=i,
        text=word,
        norm=word,
        key=word,
        begin=i,
        end=i + 1,
        sent=0,
        punct=not word.isalpha(),
        firsts=[word, word[:1]] if word.isalpha() else [word],
        clitics={word: ""},
    )


@given(
    phrases=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), max_size=8),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    i=st.integers(0, 12),
    end=st.integers(0, 14),
)
def test_longest_walks_the_tokens_as_the_trie_walks_their_options(phrases, words, i, end):
    trie = Trie()
    for n, phrase in enumerate(phrases):
        trie.add(tuple(phrase), n)
    toks = [_tok(j, w) for j, w in enumerate(words)]
    assert events._longest(trie, toks, i, end) == trie.longest(events._opts(toks, i, end))


def test_longest_prefers_the_longer_reading_of_the_first_word():
    trie = Trie()
    trie.add(("ب",), "short")
    trie.add(("بب", "ج"), "long")
    toks = [_tok(0, "بب"), _tok(1, "ج")]
    assert events._longest(trie, toks, 0, 2) == (2, "long")
    assert events._longest(trie, toks, 0, 1) == (1, "short")  # the end cuts the phrase


def test_longest_reads_through_a_hyphen_but_not_other_punctuation():
    trie = Trie()
    trie.add(("ج", "-", "ب"), "hyphen")
    trie.add(("ج", "،", "ب"), "comma")
    assert events._longest(trie, [_tok(0, "ج"), _tok(1, "-"), _tok(2, "ب")], 0, 3) == (
        3,
        "hyphen",
    )
    assert events._longest(trie, [_tok(0, "ج"), _tok(1, "،"), _tok(2, "ب")], 0, 3) is None


def test_arabic_token_view_reads_clitics_and_the_future_prefix():
    doc = get_pipeline("ar")("وسيزور الوزير وسيزور")
    toks = events._tokens(doc, "ar")
    first, noun, again = toks
    assert "يزور" in first.firsts and first.clitics["يزور"] == "وس"
    assert first.firsts[: len(first_keys("وسيزور"))] == [k for k, _ in first_keys("وسيزور")]
    assert noun.key == inner_key("الوزير") and noun.definite and not first.definite
    assert again.firsts == first.firsts and again.clitics == first.clitics
    assert [t.sent for t in toks] == [0, 0, 0]


def test_token_view_numbers_sentences():
    doc = get_pipeline("en")("One word. Two words here.")
    toks = events._tokens(doc, "en")
    assert [t.sent for t in toks] == [0, 0, 0, 1, 1, 1, 1]
    assert toks[0].firsts == [toks[0].norm] and toks[0].clitics == {toks[0].norm: ""}


def test_arabic_match_asks_the_trie_only_what_it_would_answer():
    from kg.extract import arabic
    from kg.extract.index import arabic_index

    ix = arabic_index()
    doc = get_pipeline("ar")("قال وزير الخارجية المصري - فلان الفلاني، وللرئيس السوري رأي.")
    parser = arabic._Parser(doc, ix)
    answered = 0
    for trie in (ix.posts, ix.countries, ix.adjective_phrases, ix.honorifics, ix.places):
        for i in range(parser.n):
            for first in (True, False):
                slow = trie.longest(parser._opts(i, first))
                assert parser.match(trie, i, first=first) == slow
                answered += slow is not None
    assert answered  # the sentence holds phrases the tries know


def test_english_walk_still_reads_a_word_with_its_full_stop():
    from kg.extract import english
    from kg.extract.index import english_index

    doc = get_pipeline("en")("Lt. Gen. Someone spoke.")
    parser = english._Parser(doc, english_index())
    trie = Trie()
    trie.add(("lt.", "gen."), "rank")
    assert parser.walk(trie, 0) == (4, "rank")
    assert parser.walk(trie, 1) is None


def test_doc_text_is_joined_once_per_doc():
    from kg.nlp import doc_text

    doc = get_pipeline("ar")("قال  الوزير.\nثم غادر")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # kept, not joined again


def test_norms_are_folded_in_every_vocabulary():
    import spacy

    word = "إبراهيمَ والمُستشار"
    folded = ["ابراهيم", "والمستشار"]
    assert [t.norm_ for t in get_pipeline("ar")(word)] == folded
    other = spacy.blank("ar")  # a vocabulary of its own, whose strings lack the forms
    other.add_pipe("kg_normalizer_ar")
    assert [t.norm_ for t in other(word)] == folded
    assert [t.norm_ for t in get_pipeline("ar")(word)] == folded


def test_english_words_are_cut_as_before_when_read_from_the_cache():
    from kg.extract import english

    text = "The president-elect met Acting-Envoy Dalworth, ex-minister Querin. BaxendaleHe left."
    toks = english._tokens(get_pipeline("en")(text))
    assert [t.text for t in toks] == [
        "The", "president", "-elect", "met", "Acting", "Envoy", "Dalworth", ",",
        "ex-", "minister", "Querin", ".", "Baxendale", "He", "left", ".",
    ]  # fmt: skip
    assert all(text[t.idx : t.end] == t.text for t in toks)
    assert english._pieces("president-elect") is english._pieces("president-elect")


@given(
    words=st.lists(
        st.sampled_from(["قال", "الوزيرُ", "أنا", ".", "،", "\n", "Mr.", "x", "؟", "12", " ", "\t"]),
        max_size=30,
    )
)
def test_doc_tokens_read_what_spacys_tokens_say(words):
    from kg.nlp import doc_text, doc_tokens

    doc = get_pipeline("ar")(" ".join(words))
    toks = doc_tokens(doc)
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents if len(doc) else ()):
        sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
    assert list(toks.texts) == [t.text for t in doc]
    assert list(toks.norms) == [t.norm_ for t in doc]
    assert list(toks.starts) == [t.idx for t in doc]
    assert list(toks.punct) == [t.is_punct for t in doc]
    assert list(toks.sents) == sent_of
    assert doc_tokens(doc) is toks  # kept with the Doc, not read again
    fresh = get_pipeline("ar")(" ".join(words))
    assert doc_text(fresh) == fresh.text  # joined from the tokens' arrays


@given(
    text=st.text(alphabet="أإاب َُـ\u200b\u00adة١x", max_size=24),
    cut=st.tuples(st.integers(0, 24), st.integers(0, 24)),
)
def test_time_fold_maps_offsets_as_one_character_at_a_time(text, cut):
    from kg.extract import time as kgtime

    start, end = min(cut[0], len(text)), min(max(cut), len(text))
    kept = [i for i in range(start, end) if not kgtime._DROP.match(text[i])]
    folded, pos = kgtime._fold_with_map(text, start, end)
    assert folded == "".join(text[i].translate(kgtime._FOLD) for i in kept)
    assert list(pos) == kept + [end]


def _time_words(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [w for k, v in node.items() for w in [k, *_time_words(v)]]
    if isinstance(node, list):
        return [w for v in node for w in _time_words(v)]
    return []


@given(data=st.data(), lang=st.sampled_from(["ar", "en"]))
def test_time_patterns_search_only_texts_with_the_pieces_they_need(data, lang):
    from kg.extract import time as kgtime

    lex = kgtime.load_time_lexicon()
    words = sorted(set(_time_words(lex[lang]))) + ["12", "2025", "1446", "3/10/2025", "في", "on"]
    seps = [" ", " ", ", ", "، ", "-", "/", " (", ") ", "ال", "و"]
    parts = data.draw(
        st.lists(st.tuples(st.sampled_from(words), st.sampled_from(seps)), max_size=7)
    )
    text = "".join(w + s for w, s in parts)
    if lang == "en" and data.draw(st.booleans()):
        text = text.title()
    patterns = kgtime._patterns(lang, id(lex))
    # a text with none of its pieces is never searched (a pattern with no pieces always is)
    assert {p.name for p in patterns if p.needs} >= {
        f"{lang}.date",
        f"{lang}.month",
        f"{lang}.weekday",
        "numeric.ymd",
    }
    for pattern in patterns:
        if pattern.regex.search(text):
            assert all(n.search(text) for n in pattern.needs), (pattern.name, text)
