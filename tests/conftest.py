"""Shared fixtures of the test suite: hypothesis profiles, the ``slow`` marker, ``kg build``.

Hypothesis budgets come from a profile chosen by ``KG_HYPOTHESIS_PROFILE``:

- ``ci`` (the default): derandomized and without an example database, so that a run is
  short and repeatable; tests that set no budget get hypothesis's usual 100 examples, and
  the expensive end-to-end properties take a fraction of that (see ``budget``);
- ``long``: ten times the examples, random, for a run by hand:
  ``KG_HYPOTHESIS_PROFILE=long pytest tests/test_properties.py``.

Tests marked ``@pytest.mark.slow`` (minutes on 2 cores) run only when ``KG_SLOW=1``.

The synthetic articles here are sentences written for these tests from templates; the
names are public officials' names as any news story spells them, and a few made up.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("KG_HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config, items):  # noqa: ARG001 - pytest's hook signature
    if os.environ.get("KG_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set KG_SLOW=1 to run it")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# ------------------------------------------------------------------------------ kg build


@dataclass
class Build:
    """What one ``kg build`` left: the click result and the output folder."""

    result: Result
    out: Path

    @property
    def code(self) -> int:
        return self.result.exit_code

    @property
    def stderr(self) -> str:
        return self.result.stderr

    def read(self, name: str) -> bytes:
        return (self.out / name).read_bytes()

    def text(self, name: str) -> str:
        return (self.out / name).read_text(encoding="utf-8")


@pytest.fixture
def kg_build(tmp_path) -> Callable[..., Build]:
    """Run ``kg build INPUT... --out DIR [OPTIONS]`` in process; ``--no-html`` by default.

    ``kg_build(folder)`` writes to ``tmp_path/out``; pass ``out=`` for another folder and
    ``html=True`` for the view.
    """
    from kg.cli import cli

    def run(*inputs, out: Path | None = None, html: bool = False, options=(), input=None):  # noqa: A002
        out = out if out is not None else tmp_path / "out"
        args = ["build", *map(str, inputs), "--out", str(out), *options]
        if not html:
            args.append("--no-html")
        result = CliRunner().invoke(cli, args, input=input, catch_exceptions=False)
        return Build(result=result, out=out)

    return run


# ------------------------------------------------------------------------------ articles

# (Arabic name, English name, Arabic post, English post, Arabic adjective, English adjective)
OFFICIALS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("هاكان فيدان", "Hakan Fidan", "وزير الخارجية", "foreign minister", "التركي", "Turkish"),
    ("أيمن الصفدي", "Ayman Safadi", "وزير الخارجية", "foreign minister", "الأردني", "Jordanian"),
    ("بدر عبد العاطي", "Badr Abdelatty", "وزير الخارجية", "foreign minister", "المصري", "Egyptian"),
    ("عباس عراقجي", "Abbas Araghchi", "وزير الخارجية", "foreign minister", "الإيراني", "Iranian"),
    ("يشار غولر", "Yasar Guler", "وزير الدفاع", "defence minister", "التركي", "Turkish"),
    ("سمير الحداد", "Samir Haddad", "وزير المالية", "finance minister", "اللبناني", "Lebanese"),
    ("ليلى الكعبي", "Laila Kaabi", "وزيرة الاقتصاد", "economy minister", "الإماراتية", "Emirati"),
    ("نادر العمري", "Nader Omari", "سفير", "ambassador", "العماني", "Omani"),
)
PLACES: tuple[tuple[str, str], ...] = (
    ("أنقرة", "Ankara"),
    ("عمّان", "Amman"),
    ("القاهرة", "Cairo"),
    ("الدوحة", "Doha"),
    ("مسقط", "Muscat"),
)
DAYS: tuple[tuple[str, str], ...] = (
    ("الاثنين", "Monday"),
    ("الثلاثاء", "Tuesday"),
    ("الأربعاء", "Wednesday"),
)
AR_TEMPLATES: tuple[str, ...] = (
    "التقى {post1} {adj1} {name1} نظيره {adj2} {name2} في {place} يوم {day}، "
    "وبحث الجانبان التعاون الثنائي (رقم {n}).",
    "أجرى {post1} {adj1} {name1} اتصالا هاتفيا مع {post2} {adj2} {name2}، "
    "بحثا خلاله مستجدات المنطقة، بحسب بيان صدر في {place} (رقم {n}).",
    "استقبل {post1} {adj1} {name1} في {place} {post2} {adj2} {name2} "
    "الذي يزور البلاد يوم {day} (رقم {n}).",
)
EN_TEMPLATES: tuple[str, ...] = (
    "The {adj1} {post1} {name1} met his {adj2} counterpart {name2} in {place} on {day} "
    "to discuss bilateral cooperation (no. {n}).",
    "{adj1} {post1} {name1} held a phone call with the {adj2} {post2} {name2}, "
    "a statement issued in {place} said (no. {n}).",
    "{name2}, the {adj2} {post2}, arrived in {place} on {day} for talks with the "
    "{adj1} {post1} {name1} (no. {n}).",
)


@dataclass(frozen=True)
class Synthetic:
    """One synthetic article: its text and the fields a .jsonl line or .txt header gives."""

    text: str
    lang: str
    fields: dict = field(default_factory=dict)

    def jsonl(self, *, ascii: bool = False) -> str:
        return json.dumps({"text": self.text, **self.fields}, ensure_ascii=ascii)

    def txt(self) -> str:
        """The .txt form: a header when there are fields, then exactly the same text."""
        header = "".join(f"{k}: {v}\n" for k, v in self.fields.items())
        return f"{header}\n{self.text}" if header else self.text


def synthetic_articles(n: int, *, seed: int = 0) -> list[Synthetic]:
    """``n`` distinct articles (each carries its number), half Arabic, half English."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(OFFICIALS, 2)
        place, day = rng.choice(PLACES), rng.choice(DAYS)
        lang = "ar" if i % 2 == 0 else "en"
        k = 0 if lang == "ar" else 1
        templates = AR_TEMPLATES if lang == "ar" else EN_TEMPLATES
        sentences = [
            rng.choice(templates).format(
                name1=a[k],
                post1=a[2 + k],
                adj1=a[4 + k],
                name2=b[k],
                post2=b[2 + k],
                adj2=b[4 + k],
                place=place[k],
                day=day[k],
                n=f"{i}-{j}",
            )
            for j in range(rng.randint(1, 3))
        ]
        fields: dict = {}
        if rng.random() < 0.7:
            fields["date"] = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.5:
            fields["url"] = f"https://example.org/{lang}/{seed}/{i}"
        if rng.random() < 0.3:
            fields["lang"] = lang
        out.append(Synthetic(text="\n\n".join(sentences), lang=lang, fields=fields))
    return out


@pytest.fixture
def articles() -> Callable[..., list[Synthetic]]:
    """``articles(n, seed=0)``: synthetic articles (see :func:`synthetic_articles`)."""
    return synthetic_articles


@pytest.fixture
def scale_halves(tmp_path) -> Callable[[int, int], list]:
    """``scale_halves(n, cut)``: the first ``n`` invented articles of ``kg.bench.scale``
    (seed 7, whose officials recur) written to two .jsonl files, split at ``cut``."""
    from kg.bench.scale import articles as scale_articles

    def make(n: int, cut: int) -> list:
        rows = list(scale_articles(n, seed=7))
        paths = []
        for i, part in enumerate((rows[:cut], rows[cut:])):
            path = tmp_path / f"part{i}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part))
            paths.append(path)
        return paths

    return make
