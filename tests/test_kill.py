"""Issue #15, 6: a build killed at any moment leaves the old site or the new one, byte for byte.

A project of a few hundred entries is built once (the old site); its site title is then changed, so
every page changes (the new site, built once in a copy). Then, many times: a fresh copy of the old
project, a build started in it (full: the build state deleted; incremental: the last build's state
kept, so it renders the changed pages and swaps them in), SIGKILL to the build and its workers, and
site/ compared with both. Half the kills come after a delay spread over the build's whole run, half
in its last step (the staging folder holds every file it renders: a few milliseconds after that, the
old writer was moving them into site/ one by one). Bounded: TIMELINE_KILL_TRIES tries each (12).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_hardening import REPO, entry_text, project

TRIES = int(os.environ.get("TIMELINE_KILL_TRIES", "12"))
ENTRIES = 300


def build_cmd(root: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "build", "--root", str(root)]


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def copy_project(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns(".build.lock"))
    return target


def retitle(root: Path) -> None:
    (root / "content" / "site.yaml").write_text("title: The new timeline\n", encoding="utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """(the old project, built; the old site's files; the new site's files)."""
    base = tmp_path_factory.mktemp("kill")
    entries = {
        f"2022-{1 + i // 28:02d}-{1 + i % 28:02d}-e{i}.md": entry_text(
            f"Entry {i}", f"2022-{1 + i // 28:02d}-{1 + i % 28:02d}"
        )
        for i in range(ENTRIES)
    }
    old = project(base / "old", entries, site="title: The old timeline\n")
    assert subprocess.run(build_cmd(old), cwd=REPO, capture_output=True).returncode == 0
    new = copy_project(old, base / "new")
    retitle(new)
    assert subprocess.run(build_cmd(new), cwd=REPO, capture_output=True).returncode == 0
    old_site, new_site = tree(old / "site"), tree(new / "site")
    assert old_site.keys() == new_site.keys() and old_site != new_site
    changed = sum(old_site[k] != new_site[k] for k in old_site)
    assert changed > ENTRIES, changed  # every page changes: the step that writes them takes a while
    return old, old_site, new_site


def run_time(root: Path) -> float:
    started = time.perf_counter()
    r = subprocess.run(build_cmd(root), cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return time.perf_counter() - started


def wait_for_staging(proc: subprocess.Popen, root: Path, files: int) -> float:
    """Seconds until a staging folder beside site/ holds ``files`` files (or the build ended)."""
    started = time.perf_counter()
    while proc.poll() is None and time.perf_counter() - started < 60:
        for folder in root.glob(".site.new-*"):
            if sum(len(names) for _, _, names in os.walk(folder)) >= files:
                return time.perf_counter() - started
        time.sleep(0.002)
    return time.perf_counter() - started


@pytest.mark.parametrize("kind", ["full", "incremental"])
def test_a_killed_build_leaves_the_old_or_the_new_site(sites, tmp_path, kind):
    old, old_site, new_site = sites

    def fresh(name: str) -> Path:
        root = copy_project(old, tmp_path / name)
        retitle(root)
        if kind == "full":
            (root / ".cache" / "build-state.json").unlink()
        return root

    duration = run_time(fresh("timed"))
    changed = sum(old_site[k] != new_site[k] for k in old_site)  # the files every build renders
    rng = random.Random(15)
    outcomes = []
    for i in range(TRIES):
        root = fresh(f"try{i}")
        delay = duration * (i + rng.random()) / TRIES  # spread over the whole run
        started = time.perf_counter()
        proc = subprocess.Popen(
            build_cmd(root), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        if i % 2:
            delay = wait_for_staging(proc, root, changed) + rng.random() * 0.03
        time.sleep(max(0.0, delay - (time.perf_counter() - started)))
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its rendering workers, as a crash would
        proc.wait()
        got = tree(root / "site")
        assert got in (old_site, new_site), (
            f"try {i} (killed after {delay:.2f} s of {duration:.2f} s): "
            f"{sum(got.get(k) == v for k, v in new_site.items())} new files, "
            f"{sum(got.get(k) == v for k, v in old_site.items())} old, of {len(new_site)}"
        )
        outcomes.append("new" if got == new_site else "old")
        if i % 4 == 0:  # the next build finishes the job
            assert subprocess.run(build_cmd(root), cwd=REPO, capture_output=True).returncode == 0
            assert tree(root / "site") == new_site
            assert not [p for p in root.iterdir() if p.name.startswith(".site.")]
        shutil.rmtree(root, ignore_errors=True)
    print(kind, outcomes)
