"""bench/same_output.py marks an entry whose seed is a held-out gold text, under any file name."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

from generator.seeds.reader import read_seeds

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import same_output  # noqa: E402


def _sha(path: Path) -> str:
    seeds, problems = read_seeds((path,), path.parent, today=dt.date(2026, 1, 1))
    assert not problems
    return seeds[0].sha256


def test_a_copy_of_a_held_out_text_is_marked_and_a_dev_text_is_not(tmp_path: Path) -> None:
    wide = same_output.REPO / "tests/gold/wide"
    held = next(g for g in sorted(wide.glob("*.yaml")) if "\nsplit: heldout" in g.read_text(encoding="utf-8"))
    dev = next(g for g in sorted(wide.glob("*.yaml")) if "\nsplit: dev" in g.read_text(encoding="utf-8"))
    copy = tmp_path / "another-name.txt"  # as tests/corpus holds byte copies of some held-out texts
    shutil.copyfile(held.with_suffix(".txt"), copy)
    content = tmp_path / "content"
    content.mkdir()
    for name, seed in (("a.md", copy), ("b.md", dev.with_suffix(".txt"))):
        (content / name).write_text(f"---\ntitle: x\nseed_sha256: {_sha(seed)}\n---\n", encoding="utf-8")
    marked = same_output.mark_held_out(["differs: a.md", "differs: b.md", "only on one side: c.md"], content)
    assert marked[0].endswith("(held out: count it, do not read it)")
    assert marked[1] == "differs: b.md"
    assert marked[2] == "only on one side: c.md"
