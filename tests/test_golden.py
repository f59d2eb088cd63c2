"""A small golden site: the full output of tests/fixtures/golden/, committed under tests/golden/site.

Any change to what the generator writes shows up here as a reviewable diff. After an intended
change, regenerate it with ``make golden`` (``UPDATE_GOLDEN=1 pytest tests/test_golden.py``),
read the diff, and commit it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.build import build

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "golden"
GOLDEN = HERE / "golden" / "site"


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_golden_site(tmp_path):
    root = tmp_path / "golden"
    shutil.copytree(FIXTURE, root)
    report = build(root)
    assert not report.problems, [str(p) for p in report.problems]
    got = _tree(root / "site")
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, data in got.items():
            (GOLDEN / path).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / path).write_bytes(data)
    want = _tree(GOLDEN)
    assert sorted(got) == sorted(want), "files differ: run `make golden` after an intended change and review the diff"
    changed = [path for path in got if got[path] != want[path]]
    assert not changed, (
        f"{len(changed)} files differ from tests/golden/site, e.g. {changed[:5]} (`make golden` regenerates)"
    )


def test_rendering_on_every_core_gives_the_same_bytes(tmp_path, monkeypatch):
    """The path that shares the work with a forked process (large sites) writes exactly what the
    in-process path writes."""
    import generator.render.produce as produce

    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    shutil.copytree(FIXTURE, serial)
    shutil.copytree(FIXTURE, parallel)
    build(serial)
    monkeypatch.setattr(produce, "PARALLEL_MIN_UNITS", 1)
    monkeypatch.setattr("generator.core.workers.cores", lambda: 2)
    build(parallel)
    assert _tree(parallel / "site") == _tree(serial / "site")


def test_an_edit_after_a_parallel_build_equals_a_clean_build(tmp_path, monkeypatch):
    """A clean build shared with a forked process works out the keys while the pages render, and keeps the
    exports' fragments: the next build must still re-render exactly what an edit changed."""
    import re

    import generator.render.produce as produce

    project, clean = tmp_path / "project", tmp_path / "clean"
    shutil.copytree(FIXTURE, project)
    monkeypatch.setattr(produce, "PARALLEL_MIN_UNITS", 1)
    monkeypatch.setattr("generator.core.workers.cores", lambda: 2)
    build(project)
    entry = sorted((project / "content" / "entries").rglob("*.md"))[0]
    text = entry.read_text("utf-8")
    entry.write_text(re.sub(r"^title: .*$", "title: An edited headline", text, count=1, flags=re.M), "utf-8")
    report = build(project)
    assert 0 < report.written < report.files and report.reused > 0
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns("site", ".cache"))
    build(clean)
    assert _tree(project / "site") == _tree(clean / "site")
    assert b"An edited headline" in (project / "site" / "data" / "entries.json").read_bytes()
