"""Benchmark: how fast extraction runs, against spaCy's bare tokenizer on the same text.

``python -m kg.bench.extract [INPUT ...] [--repeat N]`` reads articles (default: the
project's ``data/articles``), then times

- ``spacy.blank(lang).tokenizer`` over every article's text (the floor: no pipeline can
  be faster than tokenising), and
- :func:`kg.extract.extract` over the same articles (pipeline, rules, events),

and prints articles per second for both, their ratio, and the process's peak memory.
Both are timed in the process's CPU time (best of ``--repeat`` runs), so that other work
on a shared machine weighs less on the ratio than on wall-clock seconds; both run in
one thread, where the two clocks agree on an idle machine.
``--scaling`` also times one article repeated 50, 200 and 800 times, to show that the
time grows with the length of an article and not with its square; with ``--one-line`` the
copies are run together into one line with no full stop (one endless sentence, which the
pipeline splits every 200 tokens).
Figures, not assertions: run it on the machine you care about.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

__all__ = ["main", "measure"]


def measure(articles: list, *, repeat: int = 3) -> dict:
    """Time the bare tokenizer and the extractor over ``articles`` (best of ``repeat``)."""
    import spacy

    from kg.extract import extract
    from kg.nlp import get_pipeline

    by_lang: dict[str, list] = {}
    for a in articles:
        by_lang.setdefault(a.lang, []).append(a)
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in by_lang}
    for lang in by_lang:  # build pipelines and lexicon indexes before timing
        get_pipeline(lang)
    extract(articles[0])

    def best(fn) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    def tokenize_all() -> None:
        for lang, arts in by_lang.items():
            tok = tokenizers[lang]
            for a in arts:
                tok(a.text)

    def extract_all() -> None:
        for a in articles:
            extract(a)

    t_tok = best(tokenize_all)
    t_ext = best(extract_all)
    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    return {
        "articles": n,
        "characters": chars,
        "tokenizer_articles_per_s": n / t_tok,
        "extract_articles_per_s": n / t_ext,
        "ratio_extract_to_tokenizer": t_tok / t_ext,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def scaling(
    article, *, sizes: tuple[int, ...] = (50, 200, 800), one_line: bool = False
) -> list[tuple[int, float]]:
    """Seconds to extract ``article``'s text repeated ``n`` times, for each ``n`` (run
    together on one line without full stops with ``one_line``)."""
    from dataclasses import replace

    from kg.extract import extract

    extract(article)
    out = []
    for n in sizes:
        if one_line:
            words = article.text.replace(".", " ").split()
            long = replace(article, text=" ".join(words * n))
        else:
            long = replace(article, text=(article.text.strip() + "\n") * n)
        t0 = time.perf_counter()
        extract(long)
        out.append((n, time.perf_counter() - t0))
    return out


def main(argv: list[str] | None = None) -> None:
    from kg.ingest import iter_articles
    from kg.model import Article
    from kg.settings import ARTICLES_DIR

    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.extract", description=__doc__.splitlines()[0]
    )
    ap.add_argument("inputs", nargs="*", default=[str(ARTICLES_DIR)])
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    ap.add_argument(
        "--scaling",
        action="store_true",
        help="also time the first article repeated 50, 200 and 800 times",
    )
    ap.add_argument(
        "--one-line",
        action="store_true",
        help="with --scaling: the copies on one line, without full stops",
    )
    ap.add_argument(
        "--copies",
        type=int,
        default=1,
        help="repeat the input articles this many times (a bigger sample)",
    )
    args = ap.parse_args(argv)
    articles = [a for a in iter_articles(args.inputs) if isinstance(a, Article)]
    if not articles:
        sys.exit("no readable articles in the inputs")
    articles = articles * args.copies
    r = measure(articles, repeat=args.repeat)
    print(f"articles:                 {r['articles']} ({r['characters']:,} characters)")
    print(f"bare spaCy tokenizer:     {r['tokenizer_articles_per_s']:,.1f} articles/s")
    print(f"kg extraction:            {r['extract_articles_per_s']:,.1f} articles/s")
    print(
        f"extraction / tokenizer:   {r['ratio_extract_to_tokenizer']:.3f} of the tokenizer's speed"
    )
    print(f"peak memory (RSS):        {r['peak_rss_mib']:,.0f} MiB")
    if args.scaling:
        for n, secs in scaling(articles[0], one_line=args.one_line):
            print(f"one article x{n:<4}        {secs:.2f} s ({secs / n * 1000:.1f} ms per copy)")


if __name__ == "__main__":
    main()
