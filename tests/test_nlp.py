"""The Arabic pipeline: tokenizer fixes and the normaliser (which writes only norm_)."""

from __future__ import annotations

import pytest

from kg.nlp import get_pipeline, normalize_ar

NORMALISE = [
    ("وَزِيرُ", "وزير"),  # harakat
    ("الخارجـــية", "الخارجيه"),  # tatweel, ta marbuta
    ("إبراهيم", "ابراهيم"),  # alef with hamza below
    ("أحمد", "احمد"),  # alef with hamza above
    ("آل", "ال"),  # alef madda
    ("مصطفى", "مصطفي"),  # alef maqsura
    ("کاظمی", "كاظمي"),  # Persian keheh and yeh
    ("٢٠٢٥", "2025"),  # Arabic-Indic digits
    ("۱۲", "12"),  # Persian digits
    ("فيد\u200cان", "فيدان"),  # zero-width non-joiner
    ("\u202bدمشق\u202c", "دمشق"),  # bidi embedding
    ("\ufe8d\ufedf\ufeae\ufe8b\ufef4\ufeb2", "الرييس"),  # presentation forms of الرئيس
    ("مسؤول", "مسوول"),  # hamza on waw
]


@pytest.mark.parametrize(("text", "folded"), NORMALISE)
def test_nlp_normalize_ar_folds(text, folded):
    assert normalize_ar(text) == folded


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("قالت (سانا).", ["قالت", "(", "سانا", ")", "."]),
        ('وقال "الأردني".', ["وقال", '"', "الأردني", '"', "."]),
        ("في عام 2025.", ["في", "عام", "2025", "."]),
        # a full stop with no space after it between two words ends the first
        ("التقى كمال.وصرح الوزير", ["التقى", "كمال", ".", "وصرح", "الوزير"]),
        # a one-letter abbreviation glued to a name is a word of its own
        ("استقبل د.نادر الوفد", ["استقبل", "د.", "نادر", "الوفد"]),
        # web addresses stay whole
        ("عبر www.example.com اليوم", ["عبر", "www.example.com", "اليوم"]),
    ],
)
def test_nlp_full_stop_after_quote_bracket_digit_splits(text, tokens):
    assert [t.text for t in get_pipeline("ar")(text)] == tokens


def test_nlp_no_hadith_norm_exceptions():
    doc = get_pipeline("ar")("أنا ونا وثنا")
    assert [t.norm_ for t in doc] == ["انا", "ونا", "وثنا"]


def test_nlp_norm_never_changes_text_or_offsets():
    text = "وَزيرُ الخارجـــية\u200c التركيّ ٢٠٢٥"
    doc = get_pipeline("ar")(text)
    assert "".join(t.text_with_ws for t in doc) == text
    for t in doc:
        assert text[t.idx : t.idx + len(t.text)] == t.text


def test_nlp_sentences_end_at_newlines_not_at_abbreviations():
    doc = get_pipeline("ar")("دمشق - سانا\n\nاستقبل د. بدر الوفد. وقال الوزير.")
    assert [s.text.strip() for s in doc.sents] == [
        "دمشق - سانا",
        "استقبل د. بدر الوفد.",
        "وقال الوزير.",
    ]


def test_nlp_full_stop_with_no_space_ends_the_sentence():
    doc = get_pipeline("ar")("استقبل الوزير السفير كمال نادر.وصرح المكتب بأن اللقاء مثمر.")
    assert [s.text.strip() for s in doc.sents] == [
        "استقبل الوزير السفير كمال نادر.",
        "وصرح المكتب بأن اللقاء مثمر.",
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_nlp_long_sentences_are_split(lang):
    from kg.nlp.pipeline import MAX_SENTENCE_TOKENS

    word = "كلمة" if lang == "ar" else "word"
    comma = "،" if lang == "ar" else ","
    clause = " ".join([word] * 29) + comma  # 30 tokens
    doc = get_pipeline(lang)(" ".join([clause] * 40) + " " + word)  # 1,201 tokens, no stop
    lengths = [len(s) for s in doc.sents]
    assert sum(lengths) == len(doc) and max(lengths) <= MAX_SENTENCE_TOKENS
    # split after a comma, never inside a clause
    assert all(s[-1].text == comma for s in list(doc.sents)[:-1])


def test_nlp_sentences_of_news_length_are_kept_whole():
    sentence = " ".join(["word"] * 150) + "."
    doc = get_pipeline("en")(sentence + " " + sentence)
    assert [len(s) for s in doc.sents] == [151, 151]


# A line wrapped inside a sentence (the next line in lower case, the line ending on a word
# no sentence ends on, or any line with no stop in a text most of whose breaks are such)
# does not end it; a headline's line does.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The chief arrived on a\ntwo-day visit.", 1),
        ("The envoy of\nthe union spoke.", 1),
        ("Minister Arrives\nThe minister arrived today.", 2),
        (
            "The chief arrived on a\ntwo-day visit and met General Tarven Oskalid at the\n"
            "headquarters. Matters of\nmutual interest were discussed.",
            2,
        ),
        ("Minister Arrives\nThe chief met General\nTarven Oskalid.", 3),
        # (a list set out in lines, in a text wrapped to a width, keeps its lines)
        (
            "The delegation arrived on a\nthree-day visit. It comprised:\nTarven Oskalid, "
            "Foreign Minister\nLena Korvath, Trade Minister\nand senior officials of the\n"
            "ministry.",
            4,
        ),
        ("وصل الوزير إلى\nالعاصمة اليوم.", 1),
    ],
)
def test_wrapped_lines_stay_in_their_sentence(text, sentences):
    assert len(list(get_pipeline("en" if text.isascii() else "ar")(text).sents)) == sentences


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_list_s_dash_typed_against_an_arabic_word_is_a_token_of_its_own(dash):
    # -زهران قطمير والي ولاية X،: the line's dash, then the name's first word
    doc = get_pipeline("ar")(f"ذكرهم.\n{dash}زهران قطمير والي ولاية مدنين،")
    assert [t.text for t in doc][3:5] == [dash, "زهران"]
