"""Annotation throughput on each Python the project supports (3.11, 3.12, 3.13), side by side.

Runs ``bench/annotate_speed.py`` (the seeds annotated ``--repeat`` times in one process, after a
warm-up) with the interpreter of each virtual environment it finds: ``.venv`` (``make build``) and
``.venv-3.X`` (``make test-pythons`` makes them), in turn, for ``--rounds`` rounds, and prints the
median words per CPU-second of each (steadier than wall time on a shared machine) and which
is fastest. Also written into ``.bench/pythons.json``.

    python bench/pythons.py [--rounds 3] [--repeat 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEED = REPO / "bench" / "annotate_speed.py"


def interpreters() -> dict[str, Path]:
    """Python version -> the interpreter of a project venv of that version (the first venv found per version)."""
    found: dict[str, Path] = {}
    for venv in [REPO / ".venv", *sorted(REPO.glob(".venv-3.*"))]:
        python = venv / "bin" / "python"
        if not python.is_file():
            continue
        done = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True,
            text=True,
        )
        if done.returncode == 0:
            found.setdefault(done.stdout.strip(), python)
    return dict(sorted(found.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args(argv)
    pythons = interpreters()
    missing = [v for v in ("3.11", "3.12", "3.13") if not any(k.startswith(v + ".") for k in pythons)]
    if missing:
        print(f"pythons: no venv for {', '.join(missing)} (make test-pythons makes .venv-3.X)")
    rates: dict[str, list[float]] = {v: [] for v in pythons}
    for _ in range(args.rounds):
        for version, python in pythons.items():  # in turn, so load on the machine falls on each alike
            done = subprocess.run(
                [str(python), str(SPEED), "--repeat", str(args.repeat)], capture_output=True, text=True, cwd=REPO
            )
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            result = json.loads(lines[-1]) if lines else {}
            if "words_per_cpu_second" in result:
                rates[version].append(result["words_per_cpu_second"])
            else:
                print(f"pythons: {version}: {result or done.stderr[-500:]}")
    medians = {v: statistics.median(r) for v, r in rates.items() if r}
    for version, rate in medians.items():
        print(f"pythons: Python {version}: {rate:,.0f} words per CPU-second (median of {len(rates[version])})")
    if medians:
        best = max(medians, key=lambda v: medians[v])
        print(f"pythons: fastest: Python {best}")
    out = REPO / ".bench" / "pythons.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"words_per_s": medians, "rounds": rates}, indent=1, sort_keys=True) + "\n")
    return 0 if medians else 1


if __name__ == "__main__":
    sys.exit(main())
