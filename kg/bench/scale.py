"""Benchmark: ``kg build`` end to end on N synthetic articles, stage by stage.

``python -m kg.bench.scale [--n N] [--big]`` makes N distinct articles (default 1,000;
``--big`` 100,000), about 65 % Arabic and 35 % English, each of 3 to 6 sentences in which
officials named by their post and state meet, call or receive one another, and a closing
sentence with the article's serial number. Names are made of invented syllables and the
sentences come from the templates of ``data/bench/synthetic.json``, so no text of any
publication is used; the states and capitals come from the country lexicon. The people
are a pool that grows with N (one for every four articles), so the graph grows with the
corpus as a news archive's does.

The articles are written as one ``.jsonl`` in a temporary folder and built with the same
code as ``kg build`` (:func:`kg.cli.run_build`, view included unless ``--no-html``), after
the pipelines are loaded. It prints the articles per second end to end, the ratio to
spaCy's bare tokenizers (``spacy.blank("ar")`` and ``spacy.blank("en")``) on the same
texts (best of three passes, as :mod:`kg.bench.extract`, and their first pass), the
same ratio for extraction alone, the peak memory of the process, the size of
``graph.ttl`` and the seconds and share of each stage (extraction, resolution, rdf graph,
turtle, analysis, report, view).
Figures, not assertions: run it on the machine you care about.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kg.settings import DATA_DIR, LEXICON_DIR

__all__ = ["SYNTHETIC", "Official", "officials", "articles", "write_corpus", "measure", "main"]

#: The word tables of the synthetic corpus.
SYNTHETIC = DATA_DIR / "bench" / "synthetic.json"
#: One person in the pool for this many articles.
_ARTICLES_PER_PERSON = 4
_MIN_PEOPLE = 40
_ARABIC_SHARE = 0.65


@dataclass(frozen=True)
class Official:
    """An invented official: names in both scripts, a post, a state."""

    name_ar: str
    name_en: str
    post: dict
    state: dict


def _tables() -> dict:
    return json.loads(SYNTHETIC.read_text(encoding="utf-8"))


def _states() -> list[dict]:
    rows = []
    with open(LEXICON_DIR / "countries.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("adj_ar") and r.get("adj_en") and r.get("capital_ar") and r.get("capital_en"):
                rows.append(r)
    return rows


def _word(rng: random.Random, syllables: list[str], endings: list[str], n: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(n)) + rng.choice(endings)


def officials(n: int, *, seed: int = 0) -> list[Official]:
    """``n`` invented officials with distinct names, posts of the tables and states of the
    lexicon (drawn with ``seed``).

    >>> people = officials(3)
    >>> len({p.name_en for p in people}), all(" " in p.name_ar for p in people)
    (3, True)
    """
    t = _tables()
    rng = random.Random(seed)
    states = _states()
    seen_ar: set[str] = set()
    seen_en: set[str] = set()
    out = []
    while len(out) < n:
        ar = " ".join(
            (
                _word(rng, t["syllables_ar"], t["endings_ar"], 2),
                _word(rng, t["syllables_ar"], t["endings_ar"], 3),
            )
        )
        en = " ".join(
            (
                _word(rng, t["syllables_en"], t["endings_en"], 2).capitalize(),
                _word(rng, t["syllables_en"], t["endings_en"], 3).capitalize(),
            )
        )
        if ar in seen_ar or en in seen_en:
            continue
        seen_ar.add(ar)
        seen_en.add(en)
        out.append(Official(ar, en, rng.choice(t["posts"]), rng.choice(states)))
    return out


def _fill(template: str, lang: str, a: Official, b: Official, serial: int) -> str:
    return template.format(
        a_title=a.post[lang],
        a_adj=a.state[f"adj_{lang}"][0],
        a_name=a.name_ar if lang == "ar" else a.name_en,
        b_title=b.post[lang],
        b_adj=b.state[f"adj_{lang}"][0],
        b_name=b.name_ar if lang == "ar" else b.name_en,
        city=a.state[f"capital_{lang}"],
        n=serial,
    )


def articles(n: int, *, seed: int = 0) -> Iterator[dict]:
    """``n`` distinct synthetic articles as ``.jsonl`` records (``id``, ``date``, ``lang``,
    ``text``), about 65 % Arabic.

    >>> rows = list(articles(20))
    >>> len({r["text"] for r in rows}), sorted({r["lang"] for r in rows})
    (20, ['ar', 'en'])
    >>> 3 <= rows[0]["text"].count("\\n\\n") <= 6
    True
    """
    t = _tables()
    pool = officials(max(_MIN_PEOPLE, n // _ARTICLES_PER_PERSON), seed=seed)
    rng = random.Random(seed + 1)
    start = date(2024, 1, 1)
    for serial in range(1, n + 1):
        lang = "ar" if rng.random() < _ARABIC_SHARE else "en"
        sentences = []
        for _ in range(rng.randint(3, 6)):
            a, b = rng.sample(pool, 2)
            sentences.append(_fill(rng.choice(t[f"templates_{lang}"]), lang, a, b, serial))
        sentences.append(t[f"closing_{lang}"].format(n=serial))
        yield {
            "id": f"synthetic-{serial}",
            "date": (start + timedelta(days=rng.randrange(730))).isoformat(),
            "lang": lang,
            "text": "\n\n".join(sentences),
        }


def write_corpus(path: Path, n: int, *, seed: int = 0) -> Path:
    """Write ``n`` synthetic articles to ``path`` as ``.jsonl``; return ``path``."""
    with open(path, "w", encoding="utf-8") as fh:
        for row in articles(n, seed=seed):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _tokenizer_seconds(rows: list[dict], *, repeat: int = 3) -> tuple[float, float]:
    """Seconds of the bare tokenizers over ``rows``: the first pass of fresh tokenizers,
    and the best of ``repeat`` passes (as :mod:`kg.bench.extract` times them; spaCy's
    tokenizer caches the words it has seen, which a synthetic corpus repeats)."""
    import spacy

    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("ar", "en")}
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for r in rows:
            tokenizers[r["lang"]](r["text"])
        times.append(time.perf_counter() - t0)
    return times[0], min(times)


def _warm_up(rows: list[dict]) -> None:
    """Load both pipelines and the lexicon indexes, as the tokenizers are made before
    they are timed."""
    from kg.extract import extract
    from kg.ingest import read_jsonl_line

    for lang in ("ar", "en"):
        row = next((r for r in rows if r["lang"] == lang), None)
        if row:
            extract(read_jsonl_line(json.dumps(row, ensure_ascii=False), origin="warm-up"))


def measure(n: int, *, seed: int = 0, html: bool = True, jobs: int = 1, keep: Path | None = None):
    """Build ``n`` synthetic articles and return the figures (a dict)."""
    from kg.cli import run_build
    from kg.progress import Progress, Stages

    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = write_corpus(folder / "corpus.jsonl", n, seed=seed)
        rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        t_first, t_tok = _tokenizer_seconds(rows)
        _warm_up(rows)
        chars = sum(len(r["text"]) for r in rows)
        arabic = sum(r["lang"] == "ar" for r in rows)
        del rows
        stages = Stages()
        out = folder / "out"
        t0 = time.perf_counter()
        _, counts = run_build(
            [str(corpus)],
            out,
            jobs=jobs,
            html=html,
            progress=Progress(),
            stages=stages,
            keep=False,
        )
        total = time.perf_counter() - t0
        return {
            "articles": n,
            "arabic": arabic,
            "characters": chars,
            "corpus_bytes": corpus.stat().st_size,
            "seconds": total,
            "articles_per_s": n / total,
            "tokenizer_articles_per_s": n / t_tok,
            "ratio_to_tokenizer": t_tok / total,
            "tokenizer_first_pass_articles_per_s": n / t_first,
            "ratio_to_tokenizer_first_pass": t_first / total,
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "turtle_bytes": (out / "graph.ttl").stat().st_size,
            "stages": dict(stages.seconds),
            "extraction_ratio": t_tok / stages.seconds["extraction"],
            "counts": {k: counts[k] for k in ("persons", "tenures", "events", "organizations")},
        }


def _print(r: dict) -> None:
    n = r["articles"]
    print(
        f"articles:                 {n:,} ({r['arabic'] / n:.0%} Arabic, "
        f"{r['characters']:,} characters, {r['corpus_bytes']:,} bytes of .jsonl)"
    )
    c = r["counts"]
    print(
        f"graph:                    {c['persons']:,} persons, {c['tenures']:,} posts held, "
        f"{c['events']:,} events, {c['organizations']:,} organizations"
    )
    print(
        f"bare spaCy tokenizers:    {r['tokenizer_articles_per_s']:,.1f} articles/s "
        f"(best of 3; first pass {r['tokenizer_first_pass_articles_per_s']:,.1f})"
    )
    print(f"kg build, end to end:     {r['articles_per_s']:,.1f} articles/s ({r['seconds']:.1f} s)")
    print(
        f"build / tokenizer:        {r['ratio_to_tokenizer']:.4f} of the tokenizers' speed "
        f"({r['ratio_to_tokenizer_first_pass']:.4f} of their first pass)"
    )
    print(f"extraction / tokenizer:   {r['extraction_ratio']:.4f} (extraction alone)")
    print(f"peak memory (RSS):        {r['peak_rss_mib']:,.0f} MiB")
    print(f"graph.ttl:                {r['turtle_bytes']:,} bytes")
    print("stage                     seconds   share")
    total = r["seconds"]
    for name, secs in r["stages"].items():
        print(f"  {name:<22} {secs:8.2f}   {secs / total:5.1%}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="python -m kg.bench.scale", description=__doc__.splitlines()[0]
    )
    ap.add_argument("--n", type=int, default=1000, help="articles to make (default 1,000)")
    ap.add_argument("--big", action="store_true", help="100,000 articles (hours, GBs)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    ap.add_argument("--jobs", "-j", type=int, default=1, help="extraction processes")
    ap.add_argument("--no-html", action="store_true", help="skip the view")
    ap.add_argument(
        "--keep", type=Path, help="write the corpus and the build's output into this folder"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    n = 100_000 if args.big else args.n
    r = measure(n, seed=args.seed, html=not args.no_html, jobs=args.jobs, keep=args.keep)
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        _print(r)


if __name__ == "__main__":
    main()
