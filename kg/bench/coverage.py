"""A recall check without gold: which title heads produced no post, and why.

``python -m kg.bench.coverage INPUT ...`` extracts every article and looks at every
occurrence of a title head (``data/lexicon/coverage.json``: وزير, سفير, رئيس, قائد ...,
minister, ambassador, president ...). An occurrence is

- *read* when it lies inside the evidence of a post the extractor found (a held post or
  a designation), or
- *explained* when one of the reasons below says why it names no holder here, or
- *unexplained*: a miss to look at. These are printed grouped by the head and the two
  words after it, most frequent first, with an article id for each group.

The reasons, each a small function of the token and its sentence:

``generic plural``
    the plural of a head names a group (الوزراء, ambassadors), not a holder;
``an institution``
    the head is part of an institution's name (مجلس الوزراء, رئاسة; the President's office);
``someone else's title``
    the head completes a noun whose holder is another person (مستشار الوزير, نجل الرئيس);
``nobility``
    الأمير, Prince, Sheikh before a name (whether read as a person or not) is a title of
    nobility, not a post;
``a holder read elsewhere``
    a person named within reach of the head holds a post the article states elsewhere
    (الرئيس أردوغان after the full title): most often a short second mention;
``no name in reach``
    no person the extractor found is named within a few words of the head, in its
    sentence (الوزير قال ..., the minister said ...): there is no holder to give a post to.

The share explained is (read + explained) / all heads. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import partial

__all__ = ["Occurrence", "coverage", "main"]

# How far a holder may stand from the head, in tokens: a title, a nationality, a rank and
# an honorific come between them (before: "X, minister of ...", after: "minister ... X").
_BEFORE, _AFTER = 4, 10


@dataclass(frozen=True)
class Occurrence:
    """One title head in one article: whether a post was read there, or why not."""

    article: str
    head: str
    after: str  # the two words after it, for grouping
    reason: str  # "read", a reason of the module docstring, or "unexplained"


def _words() -> dict:
    from kg.settings import LEXICON_DIR

    return json.loads((LEXICON_DIR / "coverage.json").read_text(encoding="utf-8"))


def _fold(token, lang: str) -> list[str]:
    """The lookup keys of a token: Arabic without clitics and article, English lower case."""
    if lang == "ar":
        from kg.extract.index import first_keys

        return [k for k, _ in first_keys(token.norm_)]
    return [token.text.lower()]


def coverage(articles) -> list[Occurrence]:
    """Every title head of ``articles`` with its outcome (see the module docstring)."""
    from kg.extract import extract
    from kg.extract.index import arabic_index, inner_key, rule_words
    from kg.nlp import get_pipeline
    from kg.nlp.normalize import normalize_ar

    data = _words()
    fold_ar = lambda w: inner_key(normalize_ar(w))  # noqa: E731
    heads = {"ar": {fold_ar(w) for w in data["heads"]["ar"]}, "en": set(data["heads"]["en"])}
    plurals = {
        "ar": {fold_ar(w) for w in data["plurals"]["ar"]},
        "en": set(data["plurals"]["en"]),
    }
    ar_rules = rule_words("ar")
    institution = {"ar": set(ar_rules["institution_heads"]), "en": set()}
    possessors = {"ar": set(ar_rules["possessors"]), "en": set()}
    after_institution = set(data.get("after_institution", {}).get("en", []))
    given = arabic_index().given_names
    known = _known_words_en()
    nobility = {
        "ar": {fold_ar(w) for w in data["nobility"]["ar"]},
        "en": set(data["nobility"]["en"]),
    }
    out: list[Occurrence] = []
    for article in articles:
        lang = article.lang if article.lang in ("ar", "en") else "ar"
        ex = extract(article)
        doc = get_pipeline(lang)(article.text)
        # held posts and designations alike are tenures (a designation by its status)
        read = [(m.begin, m.end) for t in ex.tenures for m in t.mentions]
        named = [(m.begin, m.end) for p in ex.persons for m in p.mentions]
        with_post = {t.person for t in ex.tenures}
        holders = {(m.begin, m.end) for p in ex.persons if p.id in with_post for m in p.mentions}
        for tok in doc:
            keys = _fold(tok, lang)
            head = next((k for k in keys if k in heads[lang] or k in plurals[lang]), None)
            if head is None:
                continue
            nxt = [t.text for t in doc[tok.i + 1 : tok.i + 3]]
            reason = _reason(
                tok,
                head,
                lang=lang,
                read=read,
                named=named,
                plural=head in plurals[lang],
                institution=institution[lang],
                possessors=possessors[lang],
                after_institution=after_institution,
                fold=partial(_fold, lang=lang),
                given=given,
                nobility=nobility[lang],
                holders=holders,
                known=known,
            )
            out.append(Occurrence(article.id, tok.text, " ".join(nxt), reason))
    return out


def _reason(
    tok,
    head,
    *,
    lang,
    read,
    named,
    plural,
    institution,
    possessors,
    after_institution,
    fold,
    given=frozenset(),
    nobility=frozenset(),
    holders=frozenset(),
    known=frozenset(),
) -> str:
    at = tok.idx
    if any(b <= at < e for b, e in read):
        return "read"
    if plural:
        return "generic plural"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if prev is not None and (set(fold(prev)) & institution):
        return "an institution"
    if lang == "en" and nxt is not None and nxt.text.lower() in after_institution:
        return "an institution"
    if (
        lang == "en"
        and nxt is not None
        and nxt.text in ("'s", "’s")
        and tok.i + 2 < len(tok.doc)
        and tok.doc[tok.i + 2].text.lower() in after_institution
    ):
        return "an institution"
    if prev is not None and (set(fold(prev)) & possessors):
        return "someone else's title"
    sent = tok.sent
    lo = max(sent.start, tok.i - _BEFORE)
    hi = min(sent.end, tok.i + _AFTER + 1)
    span_lo, span_hi = tok.doc[lo].idx, tok.doc[hi - 1].idx + len(tok.doc[hi - 1])
    near = [(b, e) for b, e in named if b < span_hi and e > span_lo]
    window = tok.doc[lo:hi]
    if head in nobility and (
        any(b > at for b, _e in near)
        or any(
            _name_shaped(t, lang=lang, given=given, fold=fold, known=known)
            for t in window
            if t.i > tok.i
        )
    ):
        return "nobility"  # a name after it, read as a person or not: no post to read
    if any((b, e) in holders for b, e in near):
        return "a holder read elsewhere"
    if near:
        return "unexplained"  # a person is named there, but no post was read
    if any(
        _name_shaped(t, lang=lang, given=given, fold=fold, known=known)
        for t in window
        if t.i != tok.i
    ):
        return "unexplained"  # a name no rule read as a person
    return "no name in reach"


def _name_shaped(t, *, lang, given, fold, known=frozenset()) -> bool:
    """A word that looks like part of a personal name: a known given name (Arabic), a
    capitalised word that is not the sentence's first and no word of a title, a state or
    a place the lexicon knows (English: Minister of Defense of Greece names nobody)."""
    if lang == "ar":
        return bool(set(fold(t)) & given)
    return (
        t.text[:1].isupper()
        and t.is_alpha
        and not t.is_sent_start
        and len(t.text) > 1
        and t.text.lower() not in known
    )


def _known_words_en() -> frozenset[str]:
    """The lower-case words of the English post phrases, states, nationalities, places
    and capitalised non-names of the lexicon."""
    from kg import lexicon
    from kg.extract.index import rule_words

    phrases: list[str] = []
    for row in lexicon.load_jsonl("posts.jsonl"):
        phrases += lexicon.post_phrases(row, "en")
    for c in lexicon.countries():
        phrases += [c.en, *c.alt_en, *c.adj_en]
    for p in lexicon.places():
        phrases += [p.en, *p.alt_en]
    words = {w.lower() for phrase in phrases if phrase for w in phrase.replace("-", " ").split()}
    en = rule_words("en")
    words |= {w.lower() for key in ("not_a_name", "organization_words") for w in en[key]}
    return frozenset(words)


def main(argv: list[str] | None = None) -> None:
    from kg.ingest import iter_articles
    from kg.model import Article

    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.coverage", description=__doc__.splitlines()[0]
    )
    ap.add_argument("inputs", nargs="+", help="files or folders of articles")
    ap.add_argument("--top", type=int, default=40, help="unexplained groups to list")
    args = ap.parse_args(argv)
    articles = [a for a in iter_articles(args.inputs) if isinstance(a, Article)]
    if not articles:
        sys.exit("no readable articles in the inputs")
    occ = coverage(articles)
    counts = Counter(o.reason for o in occ)
    total = len(occ)
    explained = total - counts["unexplained"]
    print(f"articles: {len(articles)}; title heads: {total}")
    for reason, n in counts.most_common():
        print(f"  {reason:<22} {n:>6}  ({n / total:.1%})")
    print(f"share explained: {explained / total:.3f}" if total else "share explained: -")
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occ:
        if o.reason == "unexplained":
            groups[f"{o.head} {o.after}"].append(o)
    if groups:
        print(f"\nunexplained, by the head and the two words after it (top {args.top}):")
        for key, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: args.top]:
            print(f"  {len(items):>3}  {key}   [{items[0].article}]")


if __name__ == "__main__":
    main()
