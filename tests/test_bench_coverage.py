"""The recall check without gold (kg.bench.coverage) on articles written for the test."""

from __future__ import annotations

from kg.bench.coverage import coverage, main
from kg.model import Article


def _reasons(text: str, lang: str = "ar") -> dict[str, str]:
    occ = coverage([Article(id="t", text=text, lang=lang)])
    return {o.head: o.reason for o in occ}


def test_bench_coverage_reasons_ar():
    got = _reasons(
        "استقبل وزير الخارجية الأردني سامر الحداد السفراء. وقال الوزراء إن الاجتماع مثمر. "
        "وأكد مستشار الوزير أن الزيارة ناجحة."
    )
    assert got["وزير"] == "read"
    assert got["الوزراء"] == "generic plural"
    assert got["الوزير"] == "someone else's title"


def test_bench_coverage_no_name_in_reach_and_unexplained_en():
    got = _reasons("The minister said the talks were useful. Officials met in Paris.", lang="en")
    assert got["minister"] == "no name in reach"
    assert got["Officials"] == "generic plural"
    got = _reasons("Talks went on as Chancellor Tarven Oskalid's aide flew home.", lang="en")
    assert got["Chancellor"] in ("read", "unexplained")


def test_bench_coverage_title_and_state_words_are_no_names_en():
    # the capitalised words of a title and a state name nobody
    got = _reasons("Later the Minister of Defense of Greece spoke to reporters.", lang="en")
    assert got["Minister"] == "no name in reach"
    got = _reasons(
        "Later the Minister of Defense and Tarven Oskalid spoke to reporters.", lang="en"
    )
    assert got["Minister"] == "unexplained"


def test_bench_coverage_main_prints_the_share(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("lang: ar\n\nاستقبل وزير الخارجية الأردني سامر الحداد السفراء.\n", "utf-8")
    main([str(f)])
    out = capsys.readouterr().out
    assert "share explained: 1.000" in out
