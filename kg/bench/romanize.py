"""Labels: do persons seen in Arabic keep an Arabic label, and how good is their English one.

``python -m kg.bench.romanize INPUT... [--gold GOLD_DIR] [--worst N]`` builds the inputs (the
library form of ``kg build``) and prints

- the share of persons seen in Arabic (a mention in an Arabic article) that have an Arabic
  label, and the share of all persons that have an English label (both should be 100 %);
- with ``--gold`` (a folder of ``NNN.json`` gold files: ``roles`` entries give a person's
  ``person_en`` and ``person_ar``): for every person mentioned only in Arabic articles and
  found in the gold by its Arabic name, whether the English label the project gives equals
  the gold's English name (exact) or nearly (near-exact), and the worst misses; the same
  for those of them whose label is romanised (no officials gazetteer spelling of the name).

Matching a person to the gold uses the Arabic names alone (never the English label under
test): a person's Arabic label or alternative label folds (:func:`kg.extract.person_key`:
hamza, ta marbuta, alef maqsura, the article ال) to the gold's Arabic name, or the shorter
of the two, of two words or more, begins with the same word and its words are all in the
longer (a lineage left out).

*Near-exact* (:func:`near_exact`): the two English names are the same after folding
(:func:`fold_latin`: case, diacritics, apostrophes and ayn signs dropped, hyphens as spaces,
the articles al/el/ad/ar/as/ash/at/az/ud and bin/ibn/ben dropped, Abd/Abu joined to the word
that follows) and, word by word, differ by at most one edit (two in words of seven letters
or more), or equal without spaces (Abdulrahman / Abdul Rahman).

>>> fold_latin("Abdel-Fattah el-Sisi")
['abdelfattah', 'sisi']
>>> near_exact("Mohammed Abdel-Aati", "Mohamed Abdelatty"), near_exact("Ali Bakr", "Ali Bakir")
(True, True)
>>> near_exact("Ahmad Khalid", "Ahmad Walid"), near_exact("Sami Ali", "Sami Ali Omar")
(False, False)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "LabelReport",
    "fold_latin",
    "near_exact",
    "edit_distance",
    "gold_persons",
    "measure",
    "main",
]

_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "bin", "ibn", "ben", "b"}
_JOIN = {"abd", "abdel", "abdul", "abdal", "abdu", "abu", "abou"}


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance.

    >>> edit_distance("fidan", "fiddan"), edit_distance("", "ab")
    (1, 2)
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def fold_latin(name: str) -> list[str]:
    """The words of a Latin name, folded for comparison (see the module's docstring)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("ı", "i")
    s = re.sub(r"[\u2018\u2019'`ʿʾ]", "", s)
    words = [w for w in re.sub(r"[^a-z0-9]+", " ", s).split() if w not in _PARTICLES]
    out: list[str] = []
    for w in words:
        if out and out[-1] in _JOIN:
            out[-1] += w
        else:
            out.append(w)
    return out


def near_exact(ours: str, gold: str) -> bool:
    """Two English spellings of one name that a reader takes for the same (module docstring)."""
    a, b = fold_latin(ours), fold_latin(gold)
    if not a or not b:
        return False
    if "".join(a) == "".join(b):
        return True
    if len(a) != len(b):
        return False
    return all(
        edit_distance(x, y) <= (2 if max(len(x), len(y)) >= 7 else 1)
        for x, y in zip(a, b, strict=True)
    )


def gold_persons(gold_dir: Path) -> list[tuple[str, list[str]]]:
    """``(English name, [Arabic names])`` of every gold role entry that gives both, one entry
    per English name (its Arabic spellings gathered)."""
    out: dict[str, list[str]] = {}
    for f in sorted(gold_dir.glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        for r in doc.get("roles", []):
            en, ar = r.get("person_en"), r.get("person_ar")
            if en and ar and ar not in out.setdefault(en, []):
                out[en].append(ar)
    return sorted(out.items())


def _ar_match(a: str, b: str) -> bool:
    from kg.extract import person_key

    ka, kb = person_key(a).split(), person_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    small, big = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(small) >= 2 and small[0] == big[0] and set(small) <= set(big)


@dataclass
class LabelReport:
    """What :func:`measure` found."""

    persons: int = 0
    seen_ar: int = 0
    with_ar_label: int = 0
    with_en_label: int = 0
    arabic_only: int = 0
    matched: list = field(default_factory=list)  # (arabic, ours, gold)
    romanised: list = field(default_factory=list)  # those the gazetteer does not spell
    missing_ar: list = field(default_factory=list)

    def exact(self, *, romanised: bool = False) -> int:
        pairs = self.romanised if romanised else self.matched
        return sum(ours == gold for _, ours, gold in pairs)

    def near(self, *, romanised: bool = False) -> int:
        pairs = self.romanised if romanised else self.matched
        return sum(near_exact(ours, gold) for _, ours, gold in pairs)

    def other_form(self) -> int:
        """Misses whose two names differ in their number of words: the gold gives a longer
        or shorter form of the name (a lineage, a family name), not another spelling."""
        return sum(
            len(fold_latin(o)) != len(fold_latin(g))
            for _, o, g in self.matched
            if not near_exact(o, g)
        )

    def worst(self, n: int) -> list[tuple[int, str, str, str]]:
        """The ``n`` misses farthest from the gold (edit distance of the folded names)."""
        misses = [
            (edit_distance(" ".join(fold_latin(o)), " ".join(fold_latin(g))), a, o, g)
            for a, o, g in self.matched
            if not near_exact(o, g)
        ]
        return sorted(misses, key=lambda m: (-m[0], m[1]))[:n]


def measure(resolved, gold: list[tuple[str, list[str]]] | None = None) -> LabelReport:
    """Count labels over a :class:`~kg.model.Resolved`; compare with ``gold`` if given."""
    from kg.resolve import gazetteer_english

    lang_of = {a.id: a.lang for a in resolved.articles}
    rep = LabelReport(persons=len(resolved.persons))
    for p in resolved.persons:
        langs = {lang_of.get(m.article) for m in p.mentions}
        rep.with_en_label += bool(p.name_en and p.name_en.strip())
        if "ar" not in langs:
            continue
        rep.seen_ar += 1
        if p.name_ar:
            rep.with_ar_label += 1
        else:
            rep.missing_ar.append(p.name_en)
        if langs != {"ar"} or not p.name_ar or not gold:
            continue
        rep.arabic_only += 1
        names_ar = [p.name_ar] + [t for t, lang in p.alt_labels if lang == "ar"]
        hit = next(
            (en for en, ars in gold if any(_ar_match(n, g) for n in names_ar for g in ars)), None
        )
        if hit:
            rep.matched.append((p.name_ar, p.name_en or "", hit))
            if not any(gazetteer_english(n) for n in names_ar):
                rep.romanised.append((p.name_ar, p.name_en or "", hit))
    return rep


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f} %)" if d else "0/0"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", help="articles to build (files or folders)")
    ap.add_argument("--gold", type=Path, help="folder of NNN.json gold files")
    ap.add_argument("--worst", type=int, default=15, help="how many misses to list")
    args = ap.parse_args(argv)
    from kg.cli import build_corpus

    resolved, _ = build_corpus(args.inputs)
    rep = measure(resolved, gold_persons(args.gold) if args.gold else None)
    print(f"persons seen in Arabic with an Arabic label: {_share(rep.with_ar_label, rep.seen_ar)}")
    print(f"persons with an English label: {_share(rep.with_en_label, rep.persons)}")
    for name in rep.missing_ar:
        print(f"  no Arabic label: {name}")
    if args.gold:
        n = len(rep.matched)
        print(f"persons mentioned only in Arabic: {rep.arabic_only}, found in the gold: {n}")
        print(f"English label exact: {_share(rep.exact(), n)}")
        print(f"English label exact or near-exact: {_share(rep.near(), n)}")
        print(f"misses that are a longer or shorter form of the name: {rep.other_form()}")
        k = len(rep.romanised)
        print(
            f"romanised (no gazetteer spelling): {k}, exact {_share(rep.exact(romanised=True), k)}"
            f", exact or near-exact {_share(rep.near(romanised=True), k)}"
        )
        for dist, ar, ours, gold in rep.worst(args.worst):
            print(f"  {dist:2d}  {ar}  ->  {ours}  (gold: {gold})")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
