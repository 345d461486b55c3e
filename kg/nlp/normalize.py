"""Normalising Arabic (and English) word forms for matching, never the text itself.

The normaliser's output goes only to ``token.norm_`` and to lexicon keys: the article's
text is never rewritten, so every offset stays exact.

>>> normalize_ar("إبراهيمُ")
'ابراهيم'
>>> normalize_ar("الخارجيّة")
'الخارجيه'
>>> normalize_ar("مصطفى ١٢")
'مصطفي 12'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "normalize_ar",
    "normalize_en",
    "strip_invisible",
    "is_arabic",
    "inner_key",
    "ar_key_variants",
    "person_key",
]

# Harakat, Quranic marks, superscript alef, tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Zero-width and bidi controls that scraped text carries inside words.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ة": "ه",
        "ک": "ك",  # Persian keheh
        "ی": "ي",  # Persian yeh
        "ې": "ي",
        "ہ": "ه",
        "ھ": "ه",
        "ڤ": "ف",  # ve, used for v in loanwords
        "پ": "ب",
        "چ": "ج",
        "گ": "ك",
        "ڨ": "ق",  # Maghrebi g (Algeria, Tunisia): قايد / ڨايد
        "ڧ": "ق",  # Maghrebi qaf
        "ڢ": "ف",  # Maghrebi feh
        "ڭ": "ك",  # Moroccan g
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    }
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def strip_invisible(s: str) -> str:
    """Drop zero-width joiners, bidi controls and soft hyphens.

    >>> strip_invisible("فيد\u200cان")
    'فيدان'
    """
    return _INVISIBLE.sub("", s)


@lru_cache(maxsize=65536)
def normalize_ar(s: str) -> str:
    """Fold an Arabic word form for matching: presentation forms, harakat, tatweel,
    alef and hamza seats, alef maqsura, ta marbuta, Persian letters, digits, invisibles.
    """
    s = strip_invisible(s)
    if any("\ufb50" <= c <= "\ufeff" for c in s):
        s = unicodedata.normalize("NFKC", s)  # presentation forms -> base letters
    s = _DIACRITICS.sub("", s)
    return s.translate(_FOLD)


@lru_cache(maxsize=65536)
def normalize_en(s: str) -> str:
    """Fold an English word form: case, accents, dotless i, curly apostrophes.

    >>> normalize_en("Güler’s")
    "guler's"
    """
    s = strip_invisible(s).replace("ı", "i").replace("\u2019", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def is_arabic(s: str) -> bool:
    """True when the string holds an Arabic letter.

    >>> is_arabic("Fidan"), is_arabic("فيدان")
    (False, True)
    """
    return bool(_ARABIC.search(s))


@lru_cache(maxsize=65536)
def inner_key(norm: str) -> str:
    """The lookup key of a folded Arabic word inside a phrase: ال and لل dropped,
    a conjunction or preposition kept before the stem (وال -> و, بال -> ب).

    >>> inner_key("الخارجيه"), inner_key("للشوون"), inner_key("والدفاع")
    ('خارجيه', 'لشوون', 'ودفاع')
    """
    if len(norm) > 4 and norm[:3] in ("وال", "بال", "فال", "كال"):
        return norm[0] + norm[3:]
    if len(norm) > 3 and norm.startswith("لل"):
        return "ل" + norm[2:]
    if len(norm) > 3 and norm.startswith("ال"):
        return norm[2:]
    return norm


def ar_key_variants(phrase: str) -> list[tuple[str, ...]]:
    """The word keys of an Arabic phrase, and for a word that starts with a hamza on alef
    then lam (ألماني, إلكاي) also the reading where that ال is not the article: the folded
    text ``الالماني`` strips to ``الماني``, which is what must match.

    >>> ar_key_variants("إلكاي")
    [('كاي',), ('الكاي',)]
    """
    keys = tuple(inner_key(normalize_ar(w)) for w in phrase.split())
    out = [keys]
    for n, w in enumerate(phrase.split()):
        if w[:2] in ("أل", "إل", "آل") and len(w) > 3:
            alt = list(out[-1])
            alt[n] = normalize_ar(w)
            out.append(tuple(alt))
    return out


def person_key(name: str) -> str:
    """The one comparison key of a personal name in either script (article, hamza, case
    folded), used by extraction, resolution and analysis alike.

    >>> person_key("أسعد الشيباني") == person_key("اسعد الشيبانى")
    True
    >>> person_key("Asaad al-Shaibani")
    'asaad shaibani'
    """
    if is_arabic(name):
        words = [normalize_ar(w) for w in name.split()]
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
        return " ".join(w for w in words if w)
    s = re.sub(r"[^a-z0-9 ]+", " ", normalize_en(name))
    return " ".join(w for w in s.split() if w not in {"al", "el"})
