"""Annotation throughput of two checkouts side by side: bench/annotate_speed.py run on each in turn.

    python bench/annotate_ab.py BASE_TREE [--rounds 5] [--texts seeds] [--repeat 5] [--batch K] [--base-batch K]

BASE_TREE is a checkout of the commit to compare with (``git archive BASE | tar -x -C DIR``); the
other side is this repository. Each round runs one fresh process per side, the order alternating
from round to round (A B, B A, ...) so that a busy phase of the machine does not land on one side
only; ``--batch K`` is passed to this side only (``annotate_many``, which a base may not have), ``--base-batch K``
to the base.
Prints words per CPU-second of each run and the medians, and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def measure(tree: Path, texts: str, repeat: int, batch: int = 1) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    cmd = [sys.executable, str(REPO / "bench" / "annotate_speed.py"), "--code", str(tree)]
    args = [*cmd, "--texts", texts, "--repeat", str(repeat)] + (["--batch", str(batch)] if batch > 1 else [])
    out = subprocess.run(args, cwd=tree, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="a checkout of the commit to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--texts", default="seeds", help="comma list of folders of .txt articles")
    ap.add_argument("--repeat", type=int, default=5, help="times each process annotates the texts")
    ap.add_argument("--batch", type=int, default=1, help="this side annotates this many articles at a time")
    ap.add_argument("--base-batch", type=int, default=1, help="the base annotates this many articles at a time")
    args = ap.parse_args(argv)
    sides = {"base": args.base.resolve(), "this": REPO}
    rates: dict[str, list[float]] = {name: [] for name in sides}
    for r in range(args.rounds):
        for name in list(sides)[:: 1 if r % 2 == 0 else -1]:
            res = measure(sides[name], args.texts, args.repeat, args.batch if name == "this" else args.base_batch)
            rates[name].append(res["words_per_cpu_second"])
            print(
                f"round {r + 1} {name}: {res['words']:,} words, {res['words_per_cpu_second']:,.0f} words/CPU-s",
                flush=True,
            )
    med = {name: statistics.median(v) for name, v in rates.items()}
    for name, v in rates.items():
        print(f"{name}: median {med[name]:,.0f} words/CPU-s ({', '.join(f'{x:,.0f}' for x in v)})")
    print(f"this / base: {med['this'] / med['base']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
