"""Fault injection: the output folder of ``kg build`` is one transaction.

Faults are triggered by the ``KG_FAULT`` hook of :mod:`kg.atomic` (a SIGKILL, an ENOSPC, a
bug at a named point of the write step), never by sleeping; concurrent builds are real
processes. After each fault the folder holds exactly one build's complete set (graph,
reports, view), the exit code is the documented one, and what the killed build left beside
the folder is removed by the next build.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import cli as kg_cli
from kg.atomic import OUTPUT_NAMES, OutputFolder

SLOW = os.environ.get("KG_SLOW") == "1"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def sets(tmp_path_factory):
    """Two inputs (3 and 8 articles) and the complete output set each gives."""
    from conftest import synthetic_articles

    root = tmp_path_factory.mktemp("sets")
    arts = synthetic_articles(8, seed=5)
    refs = {}
    for name, part in (("old", arts[:3]), ("new", arts)):
        folder = root / f"in-{name}"
        folder.mkdir()
        (folder / "a.jsonl").write_text("\n".join(a.jsonl() for a in part), encoding="utf-8")
        out = root / f"ref-{name}"
        result = CliRunner().invoke(kg_cli.cli, ["build", str(folder), "--out", str(out)])
        assert result.exit_code == 0, result.output
        refs[name] = (folder, snapshot(out))
    assert (
        set(refs["old"][1])
        == set(refs["new"][1])
        == OUTPUT_NAMES - {"analysis.md", "analysis.json"}
    )
    return refs


def fresh_out(tmp_path: Path, sets) -> Path:
    """An output folder holding the old complete set, as a previous build left it."""
    out = tmp_path / "out"
    shutil.copytree(sets["old"][0].parent / "ref-old", out)
    return out


def kg_process(inputs: Path, out: Path, *, fault: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "KG_FAULT"}
    if fault:
        env["KG_FAULT"] = fault
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def snapshot_kg(out: Path) -> dict:
    """The files of kg's own in ``out``, name -> bytes."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name in OUTPUT_NAMES}


def which_set(out: Path, sets) -> str:
    """``old`` or ``new``: the one complete set the folder holds (fails on anything else)."""
    got = snapshot(out)
    for name in ("old", "new"):
        if got == sets[name][1]:
            return name
    raise AssertionError(f"{out} holds a mix or a partial set: {sorted(got)}")


def leftovers(out: Path) -> list[str]:
    return sorted(
        p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")
    ) + sorted(p.name for p in out.iterdir() if p.name not in OUTPUT_NAMES)


def next_build_cleans_up(out: Path) -> None:
    """What the next build does first (under the lock), then nothing is left over."""
    with OutputFolder(out):
        pass
    assert leftovers(out) == [f".{out.name}.lock"]


# ------------------------------------------------------------------------------ kill -9

# (KG_FAULT, the set the folder holds after the kill)
KILLS = [
    ("locked", "old"),
    ("before:graph.ttl", "old"),
    ("write:graph.ttl", "old"),
    ("after:graph.ttl", "old"),
    ("write:report.json", "old"),
    ("after:report.md", "old"),
    ("write:graph.html", "old"),
    ("after:graph.html", "old"),
    ("before:swap", "old"),
    ("after:swap", "new"),
    ("exchange=einval,after:swap", "new"),  # the two-rename swap
]


@pytest.mark.parametrize(("fault", "expected"), KILLS, ids=[k[0] for k in KILLS])
def test_faults_kill_at_each_point_of_the_write_step(tmp_path, sets, fault, expected):
    out = fresh_out(tmp_path, sets)
    proc = kg_process(sets["new"][0], out, fault=fault)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == -9, err.decode()
    assert which_set(out, sets) == expected
    next_build_cleans_up(out)
    assert which_set(out, sets) == expected


def test_faults_temporary_files_of_an_older_writer_are_removed(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    (out / ".graph.ttl.k2j4x.tmp").write_bytes(b"half a graph")
    (tmp_path / ".out.new-abc123").mkdir()
    next_build_cleans_up(out)
    assert which_set(out, sets) == "old"


def test_faults_kill_between_the_two_renames_is_put_back(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    proc = kg_process(sets["new"][0], out, fault="exchange=einval,between:swap")
    proc.communicate(timeout=120)
    assert proc.returncode == -9
    # Only where the one-step swap is missing: the folder is aside for that instant ...
    assert not out.exists()
    next_build_cleans_up(out)  # ... and the next build puts the old complete set back
    assert which_set(out, sets) == "old"


def test_faults_kill_at_random_moments(tmp_path, sets):
    """Killed at random moments of a whole build (30 times with KG_SLOW=1)."""
    rng = random.Random(11)
    seen = {"old": 0, "new": 0}
    for _ in range(30 if SLOW else 3):
        out = fresh_out(tmp_path, sets)
        proc = kg_process(sets["new"][0], out)
        deadline = time.monotonic() + rng.uniform(0.3, 2.5)
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
        proc.wait(timeout=60)
        seen[which_set(out, sets)] += 1
        next_build_cleans_up(out)
        shutil.rmtree(out)
    assert sum(seen.values()) == (30 if SLOW else 3)


# ------------------------------------------------------------------------------ errors


def build_in_process(inputs: Path, out: Path, *options: str, env=None):
    return CliRunner().invoke(
        kg_cli.cli, ["build", str(inputs), "--out", str(out), *options], env=env
    )


@pytest.mark.parametrize(
    "point", ["write:graph.ttl", "before:report.md", "write:graph.html", "before:swap"]
)
def test_faults_disk_full_keeps_the_old_set_exit_3(tmp_path, sets, point):
    out = fresh_out(tmp_path, sets)
    result = build_in_process(sets["new"][0], out, env={"KG_FAULT": f"{point}=enospc"})
    assert result.exit_code == 3, result.output
    assert "no space left on device" in result.output
    assert "the old output is kept as it was" in result.output
    assert which_set(out, sets) == "old"
    assert leftovers(out) == [".out.lock"]


def test_faults_bug_while_writing_keeps_the_old_set_exit_4(tmp_path, sets, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = fresh_out(tmp_path, sets)
    result = build_in_process(sets["new"][0], out, env={"KG_FAULT": "after:report.json=bug"})
    assert result.exit_code == 4 and "crash report" in result.output
    assert which_set(out, sets) == "old"
    assert leftovers(out) == [".out.lock"]


def test_faults_read_only_folder_exit_3_untouched(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    result = build_in_process(sets["new"][0], out, env={"KG_FAULT": "destination=erofs"})
    assert result.exit_code == 3 and "read-only file system" in result.output
    assert which_set(out, sets) == "old"


def test_faults_killed_worker_keeps_the_old_set_exit_3(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    result = build_in_process(sets["new"][0], out, "--jobs", "2", env={"KG_FAULT": "extract"})
    assert result.exit_code == 3 and "worker process died" in result.output
    assert which_set(out, sets) == "old"
    assert leftovers(out) == [".out.lock"]


def test_faults_other_files_in_the_folder_are_kept(tmp_path, sets):
    # kg replaces its own files only: a log the caller writes into DIR and notes stay, and
    # an open log goes on being written where it is seen
    out = fresh_out(tmp_path, sets)
    (out / "notes.txt").write_text("mine")
    with open(out / "log", "w") as log:
        result = build_in_process(sets["new"][0], out)
        log.write("after the build")
    assert result.exit_code == 0, result.output
    assert snapshot_kg(out) == sets["new"][1]
    assert (out / "notes.txt").read_text() == "mine"
    assert (out / "log").read_text() == "after the build"


def test_faults_folder_with_other_folders_is_refused(tmp_path, sets):
    # a folder of the user's would go with the old set at the swap: refused, nothing lost
    out = fresh_out(tmp_path, sets)
    (out / "mine").mkdir()
    (out / "mine" / "a.txt").write_text("a")
    before = snapshot_kg(out)
    result = build_in_process(sets["new"][0], out)
    assert result.exit_code == 2
    assert "holds folders kg build did not write (mine)" in result.output
    assert snapshot_kg(out) == before and (out / "mine" / "a.txt").read_text() == "a"


def test_faults_other_files_survive_a_failed_swap(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    (out / "notes.txt").write_text("mine")
    result = build_in_process(sets["new"][0], out, env={"KG_FAULT": "before:swap=enospc"})
    assert result.exit_code == 3
    assert (out / "notes.txt").read_text() == "mine"


def test_faults_symlinked_folder_stays_a_link(tmp_path, sets):
    real = fresh_out(tmp_path, sets)
    link = tmp_path / "link"
    link.symlink_to(real)
    assert build_in_process(sets["new"][0], link).exit_code == 0
    assert link.is_symlink() and which_set(real, sets) == "new"


# ------------------------------------------------------------------------------ concurrency


def test_faults_second_build_into_a_locked_folder_exits_3(tmp_path, sets):
    out = fresh_out(tmp_path, sets)
    with OutputFolder(out):  # a build in progress
        result = build_in_process(sets["new"][0], out)
        assert result.exit_code == 3
        assert f"another kg build (process {os.getpid()}) is writing into {out}" in result.output
    assert which_set(out, sets) == "old"


def test_faults_concurrent_builds_never_mix(tmp_path, sets):
    """Pairs of builds started together (10 pairs with KG_SLOW=1): the folder holds one
    build's complete set; the loser of the lock exits 3, or 0 if it came after."""
    out = tmp_path / "out"
    for i in range(10 if SLOW else 2):
        shutil.rmtree(out, ignore_errors=True)
        if i % 2:  # each pair starts from nothing or from the old set
            out = fresh_out(tmp_path, sets)
        procs = [kg_process(sets[name][0], out) for name in ("old", "new")]
        codes = []
        for proc in procs:
            _, err = proc.communicate(timeout=180)
            codes.append(proc.returncode)
            if proc.returncode == 3:
                assert b"another kg build" in err
        assert set(codes) <= {0, 3} and 0 in codes, codes
        which_set(out, sets)
        assert leftovers(out) == [".out.lock"]
