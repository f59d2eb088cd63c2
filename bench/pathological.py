"""The time a build takes on seeds made to stall it (spaCy's tokenizer is quadratic on long runs of
punctuation: 60 KB of '[' took 522 s before seeds were bounded), next to an ordinary seed.

Each seed is built alone in a fresh project with the command line, and timed; the report says
whether the seed was refused (one line naming it) or annotated. Run by ``make bench``; alone:

    python bench/pathological.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CASES = {
    "'[' x 60,000": "[" * 60_000,
    "'<&' x 10,000": "<&" * 10_000,
    "'*' x 20,000": "*" * 20_000,
    "'_' x 20,000": "_" * 20_000,
    "900-character runs of '%', 60 lines": "\n\n".join(["%" * 900] * 60),
}


def build_seconds(body: str) -> tuple[float, int, str]:
    """(wall seconds, exit code, the first line it printed to stderr) of a build of one seed."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seeds").mkdir()
        (root / "seeds" / "x.txt").write_text(f" date 2022-04-06\n\nNATO ministers met.\n\n{body}\n", encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(root)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=900,
        )
        lines = [line for line in done.stderr.splitlines() if "x.txt" in line]
        return time.perf_counter() - start, done.returncode, (lines[0] if lines else "")[:160]


def main() -> int:
    results = {}
    for name, body in {"an ordinary seed": "", **CASES}.items():
        seconds, code, line = build_seconds(body)
        results[name] = {"seconds": round(seconds, 2), "exit": code, "message": line}
        print(f"pathological: {name:<40} {seconds:6.2f} s (exit {code}) {line}")
    out = REPO / ".bench" / "pathological.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
