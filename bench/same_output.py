"""Does a change to the annotator leave its output alone? Ingest the real texts with two copies of
the code and compare the content folders byte for byte.

    python bench/same_output.py BASE_TREE [--texts seeds,tests/gold/dev,...] [--keep DIR]

BASE_TREE is a checkout of the commit to compare with (``git archive BASE | tar -x -C DIR``); the
code of this repository is the other side. Each side copies the texts into a project folder of its
own and runs ``python -m generator ingest --jobs 1`` there with its tree's ``generator/`` (checked)
over all of them into one content folder, in the order given, as a user's ingest would; ``TZ=UTC``,
hash seed 0. Prints the files that differ and exits 1 when any does, else prints the number of
files compared and exits 0. An entry whose seed is the text of a held-out gold article
(``split: heldout`` in tests/gold/wide), under any name (tests/corpus holds byte copies of some),
is marked ``(held out: count it, do not read it)``.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.seeds.reader import normalise_text

REPO = Path(__file__).resolve().parent.parent
TEXTS = ("seeds", "tests/gold/dev", "tests/gold/wide", "tests/corpus/real")


def texts(folders: list[str]) -> list[str]:
    return [p.relative_to(REPO).as_posix() for f in folders for p in sorted((REPO / f).glob("*.txt"))]


# ``python -m generator`` with ``tree`` first on sys.path (``-m`` would put the working folder first,
# and the working folder is the project, so that entries name their seeds by relative paths).
_RUN = """import runpy, sys
tree = sys.argv.pop(1)
sys.path.insert(0, tree)
import generator
assert generator.__file__.startswith(tree), generator.__file__
runpy.run_module("generator", run_name="__main__", alter_sys=True)
"""


def ingest(tree: Path, seeds: list[str], project: Path) -> None:
    """Ingest ``seeds`` (paths relative to the repository) into ``project``/content with ``tree``'s code."""
    for rel in seeds:
        (project / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / rel, project / rel)
    env = dict(os.environ, TZ="UTC", PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, "-c", _RUN, str(tree), "ingest", "--content", "content", "--jobs", "1", *seeds]
    subprocess.run(cmd, cwd=project, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def differences(a: Path, b: Path) -> list[str]:
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    only = sorted(files_a ^ files_b)
    changed = sorted(f for f in files_a & files_b if not filecmp.cmp(a / f, b / f, shallow=False))
    return [f"only on one side: {f}" for f in only] + [f"differs: {f}" for f in changed]


def held_out_texts() -> frozenset[str]:
    """The sha256 of each held-out gold article's text, as the reader computes it (``seed_sha256``)."""
    found = set()
    for gold in sorted((REPO / "tests/gold/wide").glob("*.yaml")):
        if "\nsplit: heldout" in gold.read_text(encoding="utf-8") and gold.with_suffix(".txt").exists():
            text = normalise_text(gold.with_suffix(".txt").read_bytes())
            found.add(hashlib.sha256(text.strip().encode("utf-8")).hexdigest())
    return frozenset(found)


def mark_held_out(diff: list[str], content: Path) -> list[str]:
    """``diff`` with each line of an entry whose seed is a held-out text marked so."""
    held = held_out_texts()
    marked = []
    for line in diff:
        path = content / line.split(": ", 1)[1]
        head = path.read_text(encoding="utf-8")[:2000] if path.suffix == ".md" and path.exists() else ""
        sha = next((x.split(":", 1)[1].strip() for x in head.splitlines() if x.startswith("seed_sha256:")), "")
        marked.append(line + ("  (held out: count it, do not read it)" if sha in held else ""))
    return marked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="a checkout of the commit to compare with")
    ap.add_argument("--texts", default=",".join(TEXTS), help="comma list of folders of .txt articles")
    ap.add_argument("--keep", type=Path, help="write both content folders here (default: a temporary folder)")
    args = ap.parse_args(argv)
    seeds = texts(args.texts.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        for name, tree in (("base", args.base.resolve()), ("this", REPO)):
            ingest(tree, seeds, out / name)
        diff = mark_held_out(differences(out / "base" / "content", out / "this" / "content"), out / "this" / "content")
        compared = sum(1 for p in (out / "this" / "content").rglob("*") if p.is_file())
    print("\n".join(diff) if diff else f"same bytes: {compared} files from {len(seeds)} texts")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
