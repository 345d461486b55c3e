"""Arabic-script personal names written in Latin letters, as English-language news spells them.

A name is read word by word, left to right:

1. the longest run of one to three words that ``data/lexicon/name_spellings.jsonl`` lists
   (common Arabic given names, compound names such as عبد العزيز and نور الدين, family
   names such as آل ثاني or الشمري, and Western, Turkish, Persian and Kurdish names as the
   Arabic press writes them) gives its usual spelling;
2. the particles and joins of ``data/lexicon/name_rules.json``: بن → bin, أبو → Abu,
   آل X → Al X, the article ال → al-, عبد الX → AbdulX, X الله → Xallah,
   X الدين → X al-Din, دي → de, فون → von; a middle initial (جي) is left out;
3. a word with a Turkish, Slavic or Persian ending (أوغلو, ـوف, ـيف, ـسكي, ـزاده ...) is its
   stem and the ending's usual Latin form;
4. any other word goes to the arabic-name-romanizer package (its dictionary of attested
   spellings, then its small model), one word at a time.

Time: the tables are hash lookups; the package's beam search (about 30 ms a word) runs
once per distinct word in the process, as its answers are all kept, so a corpus's names
cost O(W) searches for W distinct words that the tables do not spell. Those answers are the
package memo: :func:`package_memo` gives it and :func:`remember` takes one back, so that a
``kg add`` store (:mod:`kg.store`) keeps it from one process to the next and searches only
the words it has not seen. The memo saves work and changes no spelling: the package is
deterministic, a memo is taken only from the same release of it, and a word the package
failed on is never kept in it.

The tables are lists of common names, not of people: a person's full English name comes
from the officials gazetteer (``kg.resolve.english_label``) before any of this.

>>> romanize("محمد بن عبد العزيز آل ثاني")
'Mohammed bin Abdulaziz Al Thani'
>>> romanize("يوسف الشمري"), romanize("الشمري")
('Youssef al-Shammari', 'Al-Shammari')
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from kg.errors import LexiconError
from kg.nlp.normalize import _DIACRITICS, is_arabic, normalize_ar, strip_invisible

__all__ = ["romanize", "romanize_word", "spellings", "rules", "package_memo", "remember", "forget"]

_MAX_RUN = 3
# The article as the package writes it apart: Al-, al-, El (not joined: Alaoui is al-Alawi).
_ARTICLE = re.compile(r"^[AaEe]l[- ](?=[A-Za-z]{2})", re.ASCII)


@lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """Folded Arabic spelling (one to three words) → English spelling, from
    ``data/lexicon/name_spellings.jsonl``."""
    return {key: en for key, (en, _) in _table().items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    from kg.lexicon import load_jsonl

    out: dict[str, tuple[str, str]] = {}
    for row in load_jsonl("name_spellings"):
        key = _key(row["ar"])
        if key in out and out[key][0] != row["en"]:
            raise LexiconError(
                f"name_spellings.jsonl: {row['ar']} is spelt both {out[key][0]} and {row['en']}; "
                "keep one"
            )
        out[key] = (row["en"], row["kind"])
    return out


@lru_cache(maxsize=1)
def _western() -> dict[str, str]:
    """The table's Western names (folded Arabic → English)."""
    kinds = set(rules()["western"]["kinds"])
    return {key: en for key, (en, kind) in _table().items() if kind in kinds}


@lru_cache(maxsize=1)
def _family_stems() -> dict[str, str]:
    """The names of the table's families (آل نهيان → Nahyan), which are given names too."""
    family = rules()["family"] + " "
    return {
        key.split(" ", 1)[1]: en.removeprefix(family)
        for key, en in spellings().items()
        if key.startswith("ال ") and en.startswith(family)
    }


def _western_word(w: str) -> str | None:
    """A Western name the table knows, written with ج for g (جاري), or a surname made of a
    given name and سون (جونسون); ``w`` folded."""
    west = rules()["western"]
    names = _western()
    j, g = west["g"]
    for form in dict.fromkeys((w, w.replace(j, g))):
        if form != w and form in names:
            return names[form]
        son_ar, son_en = west["son"]
        stem = form.removesuffix(son_ar)
        if stem != form and stem in names:
            return names[stem] + son_en
    return None


@lru_cache(maxsize=1)
def rules() -> dict:
    """The particles, joins and endings of ``data/lexicon/name_rules.json``, folded."""
    from kg.settings import LEXICON_DIR

    data = json.loads((LEXICON_DIR / "name_rules.json").read_text(encoding="utf-8"))
    return {
        "article": data["article"],
        "family": data["family"],
        "particles": {normalize_ar(k): v for k, v in data["particles"].items()},
        "abd": (normalize_ar(data["abd"]["ar"]), data["abd"]["en"], data["abd"]["alone"]),
        "joined": {normalize_ar(k): v for k, v in data["joined"].items()},
        "endings": [(normalize_ar(e["ar"]), e["en"], e["min"]) for e in data["endings"]],
        "western": {
            "kinds": data["western"]["kinds"],
            "g": [normalize_ar(c) for c in data["western"]["g"]],
            "son": (normalize_ar(data["western"]["son"]["ar"]), data["western"]["son"]["en"]),
        },
    }


def _key(words: str) -> str:
    return " ".join(normalize_ar(w) for w in words.split())


def _words(name: str) -> list[str]:
    """Words without harakat; عبدالعزيز is عبد العزيز, as names are written either way."""
    abd = rules()["abd"][0]
    out: list[str] = []
    for w in _DIACRITICS.sub("", strip_invisible(name)).split():
        if normalize_ar(w).startswith(abd + "ال") and len(w) > len(abd) + 3:
            out += [abd, w[len(abd) :]]
        else:
            out.append(w)
    return out


def _candidates(word: str, top_k: int) -> list[str] | None:
    """The package's Latin spellings of ``word``, best first; ``None`` when it failed."""
    try:
        from arabic_name_romanizer import transliterate

        found = transliterate(word, top_k=top_k)
    except Exception:  # noqa: BLE001 - a transliteration failure must not stop a build
        return None
    out = []
    for c in [found] if isinstance(found, str) else found:  # top_k=1 gives the text alone
        text = str(getattr(c, "text", c) or "").strip()
        if text and not is_arabic(text):
            # ASCII, as the officials gazetteer writes English names (Maïdine -> Maidine)
            nfkd = unicodedata.normalize("NFKD", text)
            out.append("".join(ch for ch in nfkd if not unicodedata.combining(ch)))
    return out


# The package's two lookups keep every word they have spelt (unbounded): a beam search
# costs about 30 ms a word, and resolution spells each distinct word of the corpus's names.
# A bounded cache smaller than those words (8,192 entries before: 26,900 words at 100,000
# synthetic articles) evicted words that came back, so the same words were searched again
# and again, 470,000 searches where 25,700 suffice, and the time per article grew with the
# corpus. One entry per distinct word, some 200 bytes: a few MB at that size. Plain dicts
# rather than functools caches, so that a store can keep them (package_memo, remember).
_WORD: dict[str, str] = {}  # word -> _package(word)
_WITH_ARTICLE: dict[str, str | None] = {}  # word -> _package_article(word)
# (lookup, word) the package failed on: kept for this process only, as a failure may be
# of this run (a model file unreadable) and a memo must hold only what the package says.
_FAILED: set[tuple[str, str]] = set()


def _package(word: str) -> str:
    """The package's spelling of one word; the word itself if the package fails."""
    if word in _WORD:
        return _WORD[word]
    found = _candidates(word, 1)
    if found is None:
        _FAILED.add(("word", word))
    out = _WORD[word] = next(iter(found or ()), word)
    return out


def _package_article(word: str) -> str | None:
    """The package's spelling of a word with the article ال, without the article: from its
    first candidate that writes the article apart (al-Sisi, not Elsisi)."""
    if word in _WITH_ARTICLE:
        return _WITH_ARTICLE[word]
    found = _candidates(word, 5)
    if found is None:
        _FAILED.add(("article", word))
    out = _WITH_ARTICLE[word] = next(
        (
            _capital(_ARTICLE.sub("", text))
            for text in found or ()
            if _ARTICLE.match(text) and " " not in _ARTICLE.sub("", text)
        ),
        None,
    )
    return out


def _package_version() -> str | None:
    """The arabic-name-romanizer release installed (its answers are those of a release)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("arabic-name-romanizer")
    except PackageNotFoundError:
        return None


def package_memo() -> dict:
    """What the package has spelt in this process, as plain JSON data: the package's
    release and, for each of its two lookups (``word``: a word's spelling; ``article``: a
    word with the article ال spelt without it, or ``None``), word -> answer. Words the
    package failed on are left out.

    >>> forget()
    >>> remember({**package_memo(), "word": {"زرقون": "Zarqoun"}})
    True
    >>> package_memo()["word"]
    {'زرقون': 'Zarqoun'}
    >>> forget()
    """
    return {
        "package": _package_version(),
        "word": {w: v for w, v in _WORD.items() if ("word", w) not in _FAILED},
        "article": {w: v for w, v in _WITH_ARTICLE.items() if ("article", w) not in _FAILED},
    }


def remember(memo: object) -> bool:
    """Take the answers of ``memo`` (what :func:`package_memo` gave, perhaps in another
    process) as the package's, so that their words are not searched again; return whether
    it was taken. A memo of another shape, or of another release of the package, is left
    (``False``): the words are then spelt by the package, as without a memo.

    >>> remember({"package": "another release", "word": {"زرقون": "Zarqoun"}, "article": {}})
    False
    >>> remember(["not", "a", "memo"])
    False
    """
    release = _package_version()
    # without the package there are no answers to take: every word gives itself
    if release is None or not isinstance(memo, dict) or memo.get("package") != release:
        return False
    word, article = memo.get("word"), memo.get("article")
    if not (isinstance(word, dict) and isinstance(article, dict)):
        return False
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in word.items()):
        return False
    if not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in article.items()
    ):
        return False
    for key, lookup in (("word", word), ("article", article)):
        for w in lookup:
            _FAILED.discard((key, w))
    _WORD.update(word)
    _WITH_ARTICLE.update(article)
    romanize_word.cache_clear()  # a word the package failed on here may have an answer now
    return True


def forget() -> None:
    """Empty the package memo and the word cache, as in a new process.

    >>> forget()
    >>> package_memo()["word"], package_memo()["article"]
    ({}, {})
    """
    _WORD.clear()
    _WITH_ARTICLE.clear()
    _FAILED.clear()
    romanize_word.cache_clear()


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


@lru_cache(maxsize=8192)
def romanize_word(word: str) -> str:
    """One word: the table, the article ال, an ending, else the package.

    >>> romanize_word("الحربي"), romanize_word("أحمد")
    ('al-Harbi', 'Ahmed')
    """
    w = normalize_ar(word)
    table, r = spellings(), rules()
    if w in table:
        return table[w]
    if w in _family_stems():
        return _family_stems()[w]
    west = _western_word(w)
    if west:
        return west
    if _has_article(word):
        # the package knows family names with their article best (العوهلي, not عوهلي)
        stem = _package_article(word) or romanize_word(word[2:])
        return stem if stem.startswith(r["article"]) else r["article"] + _capital(stem)
    for ending, latin, least in r["endings"]:
        if w.endswith(ending) and len(w) >= least:
            stem = word[: -len(ending)]
            base = table.get(normalize_ar(stem)) or _package(stem)
            return _capital(base.rstrip("aeiou") if latin[0] in "aeiou" else base) + latin
    return " ".join(_capital(p) for p in _package(word).split())


def _has_article(word: str) -> bool:
    """The word begins with the article ال, always written with a bare alef: أليستر and
    إلهان begin with a hamza and are names.

    >>> _has_article("الحربي"), _has_article("أليستر")
    (True, False)
    """
    return word.startswith("ال") and len(word) > 3


def _initials() -> frozenset[str]:
    """Latin letters as Arab media write a middle initial (data/lexicon/initials.json)."""
    from kg import lexicon

    return lexicon.initials()["ar"]


def _joined(word: str, join: str) -> str:
    """A word and the word that joins it (عطا الله, نور الدين): the package's one-word
    spelling of the pair, else the word's spelling and the join's."""
    pair = _package(f"{word} {join}")
    latin = rules()["joined"][join]
    if " " not in pair and not latin.startswith(" "):
        return _capital(pair)
    base = romanize_word(word)
    return base + latin if latin.startswith(" ") else base.rstrip("aeiou") + latin


def romanize(name: str) -> str | None:
    """The usual Latin spelling of an Arabic-script personal name, or None when it holds no
    Arabic letter.

    >>> romanize("عطا الله أبو زيد")
    'Atallah Abu Zaid'
    """
    if not is_arabic(name):
        return None
    words = _words(name)
    folded = [normalize_ar(w) for w in words]
    table, r = spellings(), rules()
    out: list[str] = []
    i = 0
    while i < len(words):
        run = next(
            (
                k
                for k in range(min(_MAX_RUN, len(words) - i), 0, -1)
                if " ".join(folded[i : i + k]) in table
            ),
            0,
        )
        w = folded[i]
        nxt = folded[i + 1] if i + 1 < len(words) else None
        if run and (run > 1 or nxt not in r["joined"]):
            out.append(table[" ".join(folded[i : i + run])])
            i += run
            continue
        if w in r["particles"] and nxt is not None:
            p = r["particles"][w]
            out.append(_capital(p) if not out else p)
            i += 1
            continue
        if w == "ال" and nxt is not None:  # آل, folded
            out.append(f"{r['family']} {romanize_word(words[i + 1]).removeprefix(r['article'])}")
            i += 2
            continue
        if w == r["abd"][0] and nxt is not None:
            if not _has_article(words[i + 1]):
                out.append(r["abd"][2])  # عبد before a word with no article: its own word
                i += 1
                continue
            stem = romanize_word(words[i + 1]).removeprefix(r["article"]).lower()
            out.append(r["abd"][1] + stem.replace(" ", ""))
            i += 2
            continue
        if nxt in r["joined"]:
            out.append(_joined(words[i], nxt))
            i += 2
            continue
        if (w in _initials() or w.rstrip(".") in _initials() or w.endswith(".")) and (
            0 < i < len(words) - 1
        ):
            i += 1  # a middle initial (لويد جي أوستن): the letter is ambiguous, leave it out
            continue
        out.append(romanize_word(words[i]))
        i += 1
    if out and out[0].startswith(r["article"]):
        out[0] = _capital(out[0])  # a name that begins with its family name: Al-Harbi
    return " ".join(out) or None
