"""Breadth of the Arabic lexicons: the spellings Arab media use for states, the given
names that tell a name from a noun, and the cabinet portfolios after وزير.

Each table lists spellings that differ after folding (kg.nlp.normalize_ar), so each row
checks an entry of data/lexicon/, not the normaliser. The sentences are invented.
"""

from __future__ import annotations

import pytest

from kg.extract.index import arabic_index, inner_key
from kg.nlp.normalize import normalize_ar


def _keys(phrase: str) -> list[list[str]]:
    return [[inner_key(normalize_ar(w))] for w in phrase.split()]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # g written غ, ج or ق; a long vowel written or left out
        ("بنغلادش", "BD"),
        ("بنجلادش", "BD"),
        ("جمهورية بنجلاديش الشعبية", "BD"),
        ("بلجاريا", "BG"),
        ("هنجاريا", "HU"),
        ("البرتجال", "PT"),
        ("السنجال", "SN"),
        ("الجابون", "GA"),
        ("أوجندا", "UG"),
        ("يوغندا", "UG"),
        ("قازاقستان", "KZ"),
        ("كيرغيزستان", "KG"),
        ("تاجيكستان", "TJ"),
        ("منجوليا", "MN"),
        ("جينيا بيساو", "GW"),
        ("فينزويلا", "VE"),
        ("فييتنام", "VN"),
        ("ليبريا", "LR"),
        ("نيجريا", "NG"),
        ("لتوانيا", "LT"),
        ("فنلاندا", "FI"),
        ("إرتريا", "ER"),
        ("موريطانيا", "MR"),
        ("مالطة", "MT"),
        ("الفيليبين", "PH"),
        # long official forms and the styles of the press
        ("الجمهورية الجزائرية الديموقراطية الشعبية", "DZ"),
        ("الجماهيرية العربية الليبية", "LY"),
        ("المملكة الهاشمية", "JO"),
        ("الاتحاد القمري", "KM"),
        ("جمهورية الصومال الاتحادية", "SO"),
        ("الجمهورية التشيكية", "CZ"),
        ("جمهورية الكونجو الديمقراطية", "CD"),
        ("الكونجو برازافيل", "CG"),
        ("كوريا الديموقراطية", "KP"),
        ("دولة الاحتلال", "IL"),
    ],
)
def test_breadth_state_spellings(name, code):
    assert arabic_index().countries.longest(_keys(name)) == (len(name.split()), code)


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("بنجلاديشي", "BD"),
        ("بنغلادشيون", "BD"),
        ("قرغيزستانية", "KG"),
        ("تاجيكيين", "TJ"),
        ("موريطانيتين", "MR"),
        ("فينزويليات", "VE"),
        ("سنجالية", "SN"),
        ("أوجنديان", "UG"),
        ("برتجاليون", "PT"),
        ("أيرلاندية", "IE"),
        ("بورمي", "MM"),
    ],
)
def test_breadth_state_adjectives(adjective, code):
    assert arabic_index().adjectives[inner_key(normalize_ar(adjective))] == code
