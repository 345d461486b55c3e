"""The README stays true: every command, the two set-up commands, the layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_every_command_is_in_the_readme(command):
    assert re.search(rf"\bkg {command}\b", README), f"README does not show `kg {command}`"


def test_docs_readme_test_command_is_what_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(
        line for line in README.splitlines() if "pip install" in line and "pytest" in line
    )
    assert test_command.strip() in ci


def test_docs_readme_build_command_builds_the_included_articles():
    assert "kg build data/articles --out out" in README
    assert any((ROOT / "data" / "articles").glob("*.txt"))


def test_docs_layout_names_every_module():
    modules = {p.stem for p in (ROOT / "kg").glob("*.py") if not p.stem.startswith("_")}
    missing = sorted(m for m in modules if f"{m}.py" not in README)
    assert not missing, f"README's layout does not mention {missing}"


def test_docs_readme_links_to_files_that_exist():
    links = re.findall(r"\]\(([^)#:]+)\)", README)
    assert "CONTRACT.md" in links
    missing = [link for link in links if not (ROOT / link).exists()]
    assert not missing, f"README links to missing files: {missing}"


def test_docs_contract_lists_every_export_format():
    from kg.exports import FORMATS

    contract = (ROOT / "CONTRACT.md").read_text(encoding="utf-8")
    assert contract.startswith("# The output contract")
    for fmt in FORMATS:
        assert f"`{fmt}`" in contract, fmt
        assert f"`{fmt}`" in README, fmt
