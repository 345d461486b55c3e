"""The store's package memo (``spellings.json``): an add asks the arabic-name-romanizer
package only for words the store has not spelt before, and the graph is the same, byte for
byte, with the memo, without it, and with a broken one. The articles are invented
(``kg.bench.scale``), with Arabic-only names."""

from __future__ import annotations

import json

import arabic_name_romanizer
import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg.nlp import romanize as rom
from kg.store import GENERATION, SPELLINGS


@pytest.fixture
def halves(scale_halves):
    """Two files of invented articles, most of them Arabic, whose officials recur."""
    return scale_halves(12, 6)


@pytest.fixture(autouse=True)
def new_process():
    """Each test starts, and leaves, with the romanizer's memo empty."""
    _new_process()
    yield
    _new_process()


def _new_process():
    """Forget what the romanizer keeps in this process, as a new ``kg add`` process has."""
    rom.forget()


@pytest.fixture
def package_calls(monkeypatch):
    """The package's lookups, as (word, top_k), each still answered by the package."""
    calls: list[tuple[str, int]] = []
    real = arabic_name_romanizer.transliterate

    def counted(word, *args, top_k=1, **kwargs):
        calls.append((word, top_k))
        return real(word, *args, top_k=top_k, **kwargs)

    monkeypatch.setattr(arabic_name_romanizer, "transliterate", counted)
    return calls


def run(*args):
    return CliRunner().invoke(kg_cli.cli, [str(a) for a in args], catch_exceptions=False)


def _memo(store) -> dict:
    return json.loads((store / SPELLINGS).read_text(encoding="utf-8"))


def test_store_memo_an_add_keeps_the_package_spellings(halves, tmp_path):
    store = tmp_path / "store"
    assert run("add", halves[0], "--store", store).exit_code == 0
    text = (store / SPELLINGS).read_text(encoding="utf-8")
    memo = json.loads(text)
    assert set(memo) == {"package", "word", "article"}
    assert memo["word"] and all(isinstance(v, str) for v in memo["word"].values())
    assert text == json.dumps(memo, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)  # Arabic as itself, in UTF-8


def test_store_memo_a_new_process_asks_the_package_no_word_it_holds(
    halves, tmp_path, package_calls
):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    assert package_calls  # the first add spelt its names with the package
    # the whole store resolved again in a new process, with nothing new to extract
    _new_process()
    package_calls.clear()
    (store / GENERATION).unlink()
    assert run("add", halves[0], "--store", store).exit_code == 0
    assert package_calls == []
    first = _memo(store)
    # new articles: only the words the store has not spelt go to the package
    _new_process()
    package_calls.clear()
    assert run("add", halves[1], "--store", store).exit_code == 0
    lookup = {1: first["word"], 5: first["article"]}
    assert not [(w, k) for w, k in package_calls if w in lookup[k]]
    second = _memo(store)
    for key in ("word", "article"):
        assert first[key].items() <= second[key].items()


def test_store_memo_changes_no_byte_of_the_graph(halves, tmp_path):
    with_memo, without = tmp_path / "with", tmp_path / "without"
    for store in (with_memo, without):
        _new_process()
        run("add", halves[0], "--store", store)
        assert (store / SPELLINGS).exists()
    (without / SPELLINGS).unlink()
    for store in (with_memo, without):
        _new_process()
        assert run("add", halves[1], "--store", store).exit_code == 0
    _new_process()
    assert run("build", *halves, "--out", tmp_path / "built", "--no-html").exit_code == 0
    expected = (tmp_path / "built" / "graph.ttl").read_bytes()
    assert (with_memo / "graph.ttl").read_bytes() == expected
    assert (without / "graph.ttl").read_bytes() == expected
    assert _memo(with_memo) == _memo(without)


@pytest.mark.parametrize(
    "broken",
    [
        b"{not json",
        b"\xff\xfe\x00",  # not UTF-8
        b'{"package": "RELEASE", "word": {"x": 3}, "article": []}',  # this release's, askew
        "another release",  # the memo's words, spelt wrongly, by another release
    ],
)
def test_store_memo_a_broken_memo_is_ignored(halves, tmp_path, broken):
    store = tmp_path / "store"
    run("add", halves[0], "--store", store)
    expected, memo = (store / "graph.ttl").read_bytes(), _memo(store)
    if broken == "another release":
        wrong = {
            "package": "0.0.0-another",
            "word": dict.fromkeys(memo["word"], "Wrong"),
            "article": dict.fromkeys(memo["article"], "Wrong"),
        }
        broken = json.dumps(wrong, ensure_ascii=False).encode("utf-8")
    broken = broken.replace(b"RELEASE", memo["package"].encode("ascii"))
    (store / SPELLINGS).write_bytes(broken)
    (store / GENERATION).unlink()  # the next add resolves the store again
    _new_process()
    result = run("add", halves[0], "--store", store)
    assert result.exit_code == 0 and "added 0 articles" in result.stderr
    assert (store / "graph.ttl").read_bytes() == expected
    assert _memo(store) == memo  # written anew


def test_store_memo_keeps_no_word_the_package_failed_on(monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("no model")

    monkeypatch.setattr(arabic_name_romanizer, "transliterate", boom)
    assert rom.romanize("سامي زرقون") == "Sami زرقون"  # the word itself, in this process
    memo = rom.package_memo()
    assert "زرقون" not in memo["word"] and "زرقون" not in memo["article"]
