#!/usr/bin/env python3
"""Raw articles to a finished site: the first build of a project that has only seeds/.

    python bench/raw.py                          # N = 1,000 and 10,000, --jobs 1 and --jobs 2, 1 round
    python bench/raw.py --sizes 1000 --rounds 3 --dask

The corpus: N articles made from the 133 real texts of the repository (seeds/, tests/gold/dev/,
tests/gold/wide/, tests/corpus/real/), varied so that no two are the same text: article k starts from
text k mod 133, keeps about half of its paragraphs (its first one always) and takes the others from
texts of the same folder, in a shuffled order; its date is shifted by k days. ``random.Random(k)``
and nothing else decides, so the corpus is the same on every run. Each build is a fresh
``python -m generator build --root . --jobs J`` child on a fresh copy (wall, CPU of the child and its
children, peak RSS), the job counts alternating within a round. ``--dask`` adds a build on a
``LocalCluster`` of two worker processes (``--scheduler``), whose content/ must equal the local one's.
``--base DIR`` adds the same builds with the code of another checkout (say ``git archive BASE | tar -x
-C DIR``), alternating with this one's in each round: before and after side by side in one run.
Each build runs with ``--timings``: the wall and CPU seconds of each stage go into the JSON.
Prints a table and writes JSON (.bench/raw/results.json unless --json).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / ".bench" / "raw"
FOLDERS = ("seeds", "tests/gold/dev", "tests/gold/wide", "tests/corpus/real")


def _texts() -> list[tuple[str, dt.date, list[str]]]:
    """(folder, date, paragraphs) of each real text."""
    sys.path.insert(0, str(REPO))
    from generator.seeds.reader import parse_seed

    out = []
    for folder in FOLDERS:
        for path in sorted((REPO / folder).glob("*.txt")):
            seed = parse_seed(path.name, path.read_bytes(), today=dt.date(2100, 1, 1))
            blocks = [b.text for b in getattr(seed, "blocks", ()) if b.kind == "paragraph"]
            if blocks:
                out.append((folder, seed.date, blocks))
    return out


def make_corpus(n: int, folder: Path) -> dict:
    """N varied articles as seeds/ of a project in ``folder``; returns words and articles."""
    texts = _texts()
    by_folder: dict[str, list[str]] = {}
    for f, _, blocks in texts:
        by_folder.setdefault(f, []).extend(blocks)
    (folder / "seeds").mkdir(parents=True)
    words = 0
    for k in range(n):
        rng = random.Random(k)
        f, date, blocks = texts[k % len(texts)]
        keep = [blocks[0]] + [b for b in blocks[1:] if rng.random() < 0.5]
        others = rng.sample(by_folder[f], min(len(by_folder[f]), max(1, len(blocks) - len(keep))))
        body = keep[:1] + rng.sample(keep[1:] + others, len(keep) - 1 + len(others))
        day = date + dt.timedelta(days=k // len(texts))
        text = f" date {day.isoformat()}\n\n" + "\n\n".join(body) + "\n"
        words += len(text.split()) - 2
        (folder / "seeds" / f"a{k:05}.txt").write_text(text, encoding="utf-8")
    return {"articles": n, "words": words}


def measure(cmd: list[str], cwd: Path, log: Path, code: Path = REPO) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PYTHONPATH"] = str(code)
    with open(log, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    return {
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "max_rss_mib": ru.ru_maxrss / 1024,
        "exit": os.waitstatus_to_exitcode(status),
        "load_1m": round(os.getloadavg()[0], 2),
        "stages": stages(log.read_text(encoding="utf-8", errors="replace")),
    }


_LAP = re.compile(r"([a-z][a-z ]*?) ([0-9.]+)s(?: \(cpu ([0-9.]+)s\))?")


def stages(output: str) -> dict[str, dict[str, float | None]]:
    """The stages of a build's ``timings:`` line: {stage: {"wall_s", "cpu_s"}} (no CPU from a build
    that printed wall seconds only)."""
    line = next((x for x in output.splitlines() if x.startswith("timings: ")), "")
    return {
        m[1]: {"wall_s": float(m[2]), "cpu_s": float(m[3]) if m[3] else None}
        for m in _LAP.finditer(line[len("timings: ") :])
    }


def content_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted((folder / "content").rglob("*")):
        if p.is_file():
            h.update(p.relative_to(folder).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--jobs", default="1,2", help="the --jobs values to compare (default 1,2)")
    ap.add_argument("--dask", action="store_true", help="also build on a LocalCluster of two worker processes")
    ap.add_argument("--base", default=None, help="another checkout's folder: its builds alternate with this one's")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    code = {"": REPO} | ({"base ": Path(args.base).resolve()} if args.base else {})
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict = {"date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "sizes": []}
    cluster = None
    if args.dask:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    kinds = [f"{c}jobs {j}" for j in jobs for c in code] + (["dask 2"] if cluster else [])
    try:
        for n in sizes:
            pristine = OUT / f"corpus-{n}"
            if not (pristine / "meta.json").exists():
                shutil.rmtree(pristine, ignore_errors=True)
                meta = make_corpus(n, pristine)
                (pristine / "meta.json").write_text(json.dumps(meta))
            meta = json.loads((pristine / "meta.json").read_text())
            print(f"N={n:,}: {meta['words']:,} words", flush=True)
            runs: dict[str, list[dict]] = {k: [] for k in kinds}
            digests: dict[str, str] = {}
            for r in range(args.rounds):
                order = kinds if r % 2 == 0 else kinds[::-1]  # alternate which goes first
                for kind in order:
                    work = OUT / f"work-{n}"
                    shutil.rmtree(work, ignore_errors=True)
                    shutil.copytree(pristine, work, ignore=shutil.ignore_patterns("meta.json"))
                    how = ["--jobs", kind.split()[-1]] if "jobs" in kind else ["--scheduler", cluster.scheduler_address]  # type: ignore[union-attr]
                    cmd = [sys.executable, "-m", "generator", "build", "--root", ".", "--timings", *how]
                    log = OUT / f"{n}-{kind.replace(' ', '')}-r{r + 1}.log"
                    m = measure(cmd, work, log, code["base " if kind.startswith("base ") else ""])
                    m["words_per_s"] = meta["words"] / m["wall_s"]
                    m["words_per_cpu_s"] = meta["words"] / m["cpu_s"]
                    digests.setdefault(kind, content_digest(work))
                    runs[kind].append(m)
                    print(
                        f"  round {r + 1} {kind:<12} wall {m['wall_s']:7.1f} s  cpu {m['cpu_s']:7.1f} s  "
                        f"{m['words_per_s']:7,.0f} words/s  {m['words_per_cpu_s']:7,.0f} words/cpu-s  "
                        f"load {m['load_1m']:.1f}  exit {m['exit']}",
                        flush=True,
                    )
            shutil.rmtree(OUT / f"work-{n}", ignore_errors=True)
            summary = {
                k: {
                    "wall_median_s": statistics.median(m["wall_s"] for m in v),
                    "cpu_median_s": statistics.median(m["cpu_s"] for m in v),
                    "words_per_s": meta["words"] / statistics.median(m["wall_s"] for m in v),
                    "words_per_cpu_s": meta["words"] / statistics.median(m["cpu_s"] for m in v),
                    "content": digests[k],
                }
                for k, v in runs.items()
            }
            results["sizes"].append({"n": n, "corpus": meta, "runs": runs, "summary": summary})
            (Path(args.json) if args.json else OUT / "results.json").write_text(json.dumps(results, indent=1))
    finally:
        if cluster is not None:
            cluster.close()
    print(format_report(results))
    return 0


def format_report(results: dict) -> str:
    lines = ["raw articles -> site, first build (median wall and CPU s; words per wall s and per CPU s)"]
    for size in results["sizes"]:
        c = size["corpus"]
        lines.append(f"N = {c['articles']:,} articles, {c['words']:,} words")
        for kind, s in size["summary"].items():
            base = size["summary"].get(kind.rpartition("jobs")[0] + "jobs 1")  # the same code's --jobs 1
            speedup = f"{base['wall_median_s'] / s['wall_median_s']:.2f}x" if base and base is not s else ""
            lines.append(
                f"  {kind:<12} wall {s['wall_median_s']:7.1f} s  cpu {s['cpu_median_s']:7.1f} s  "
                f"{s['words_per_s']:7,.0f} words/s  {s['words_per_cpu_s']:7,.0f} words/cpu-s  {speedup:>6}  "
                f"content {s['content']}"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
