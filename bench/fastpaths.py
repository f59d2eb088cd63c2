#!/usr/bin/env python3
"""The fast paths against their references, on real annotated entries (run by ``make bench``).

    python bench/fastpaths.py                      # about 2,000 entries, 5 rounds
    python bench/fastpaths.py --copies 10 --rounds 3 --json .bench/fastpaths.json

Real entries: the seeds in seeds/, tests/gold/dev/ and tests/gold/wide/ annotated once by the
product's ingest into a content folder, then copied with distinct dates and slugs (digests stamped
again) up to about 2,000 entries. The code measured is a copy of generator/ and themes/ frozen at
the start (others may edit the repository meanwhile). Each round makes a clean build of the
project (``python -m generator build``, a fresh process) with every fast path on, and with
``TIMELINE_REFERENCE`` = workers and all, in an order that rotates every round; the builds must
write the same bytes. Prints medians and ratios; ``--json`` writes them. The fast paths there are
and the switch: ``generator/core/fastpaths.py``; the figures, and the ones removed: bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

WORK = REPO / ".bench" / "fastpaths"
REAL_TEXTS = ("seeds", "tests/gold/dev", "tests/gold/wide")
SITE_YAML = REPO / "tests" / "fixtures" / "golden" / "content" / "site.yaml"
BUILDS = ("default", "workers", "all")  # TIMELINE_REFERENCE of each build ("default": unset)
_DATE = re.compile(r"^date: '(\d{4}-\d{2}-\d{2})'$", re.M)
_DIGEST = re.compile(r"^(  digest: ).*$", re.M)


# --------------------------------------------------------------------------- real entries
def real_seed_paths() -> tuple[Path, ...]:
    return tuple(p for folder in REAL_TEXTS for p in sorted((REPO / folder).glob("*.txt")))


def ingest_real(content: Path) -> int:
    """Annotate every real text into ``content`` with the product's ingest; the number of entries."""
    from generator.ingest import run_ingest

    content.mkdir(parents=True, exist_ok=True)
    shutil.copy(SITE_YAML, content / "site.yaml")
    report = run_ingest(real_seed_paths(), content, force=False, root=REPO)
    errors = [str(p) for p in report.problems if p.severity == "error"]
    if errors:
        raise SystemExit("ingesting the real texts failed: " + "; ".join(errors[:3]))
    return len(report.annotated)


def replicate(source: Path, target: Path, copies: int) -> int:
    """``copies`` of every entry of the content folder ``source`` in ``target`` (with its registry and
    site.yaml): copy k is dated k * 11 days later, its file named after that date with ``-rk`` added,
    and its digest stamped again, so it is an unedited annotated entry. Returns the number of entries."""
    from generator.content.entries import stamp_digest

    shutil.rmtree(target, ignore_errors=True)
    (target / "entries").mkdir(parents=True)
    for name in ("site.yaml", "actors.yaml"):
        shutil.copy(source / name, target / name)
    count = 0
    for path in sorted((source / "entries").rglob("*.md")):
        text = path.read_text("utf-8")
        found = _DATE.search(text)
        assert found, f"{path}: no date line"
        date = dt.date.fromisoformat(found[1])
        stem = path.stem[11:] if path.stem.startswith(found[1]) else path.stem
        for k in range(copies):
            day = (date + dt.timedelta(days=11 * k)).isoformat()
            new = text if k == 0 else stamp_digest(_DIGEST.sub(r"\1''", _DATE.sub(f"date: '{day}'", text, 1), 1))
            out = target / "entries" / day[:4] / (f"{day}-{stem}" + (f"-r{k}" if k else "") + ".md")
            out.parent.mkdir(exist_ok=True)
            out.write_text(new, "utf-8")
            count += 1
    return count


def freeze_code() -> Path:
    """A copy of generator/ and themes/ under .bench/fastpaths/code, first on sys.path: every
    measurement of this run (in this process and in the builds) uses the code as it was when the run
    started, whatever is edited in the repository meanwhile."""
    code = WORK / "code"
    shutil.rmtree(code, ignore_errors=True)
    for name in ("generator", "themes"):
        shutil.copytree(REPO / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(str(code / "generator"), quiet=1)
    assert "generator" not in sys.modules, "freeze the code before importing it"
    sys.path.insert(0, str(code))
    return code


def bench_builds(pristine: Path, rounds: int, code: Path) -> dict:
    """Clean builds of the project, a fresh process each, with each TIMELINE_REFERENCE of BUILDS,
    in a rotating order."""
    from bench.run import code_fingerprint, measure

    base_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    base_env.pop("TIMELINE_REFERENCE", None)
    base_env["PYTHONPATH"] = str(code)
    runs: dict[str, list[dict]] = {b: [] for b in BUILDS}
    sites: dict[str, dict[str, bytes]] = {}
    for r in range(rounds):
        order = BUILDS[r % len(BUILDS) :] + BUILDS[: r % len(BUILDS)]
        for b in order:
            work = WORK / "work"
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(pristine, work)
            env = dict(base_env, TIMELINE_REFERENCE=b) if b != "default" else base_env
            log = WORK / "logs" / f"{b}-r{r + 1}.log"
            m = measure([sys.executable, "-m", "generator", "build", "--root", "."], work, env, log)
            m["load_1m"] = round(os.getloadavg()[0], 2)
            m["code"] = code_fingerprint()  # the repository's: shows whether others edited it meanwhile
            # Exit 1 is a build that reported problems (the annotator's registry may hold a clash) and still
            # wrote the site; anything else is a failure.
            if m["exit"] not in (0, 1) or not (work / "site").is_dir():
                raise SystemExit(f"build {b} failed (exit {m['exit']}): see {log}")
            runs[b].append(m)
            print(
                f"  round {r + 1} build {b:<8} {m['wall_s']:6.2f} s (cpu {m['cpu_s']:6.2f} s, load {m['load_1m']:.1f})",
                flush=True,
            )
            if r == 0:
                site = work / "site"
                sites[b] = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    base = sites["default"]
    differ = {b: sorted(p for p in set(base) | set(site) if base.get(p) != site.get(p)) for b, site in sites.items()}
    differ = {b: paths for b, paths in differ.items() if paths}
    if differ:
        raise SystemExit(
            "builds differ from the default build: "
            + "; ".join(f"TIMELINE_REFERENCE={b}: {len(p)} files, e.g. {p[:3]}" for b, p in differ.items())
        )
    out = {}
    for b, ms in runs.items():
        walls, cpus = [m["wall_s"] for m in ms], [m["cpu_s"] for m in ms]
        out[b] = {
            "runs": ms,
            "median_s": statistics.median(walls),
            "min_s": min(walls),
            "max_s": max(walls),
            "cpu_median_s": statistics.median(cpus),
        }
    out["pages"] = len(sites["default"])
    out["code"] = sorted({m["code"] for ms in runs.values() for m in ms})
    return out


# --------------------------------------------------------------------------- report
def verdicts(results: dict) -> dict:
    """The budget: a fast path stays if it is at least 1.15x on its own stage and saves at least 5% of
    the default clean build. For the workers the stage is the build (every stage runs on the pool)."""
    builds = results["builds"]
    default = builds["default"]
    saved = builds["workers"]["median_s"] - default["median_s"]
    v = {
        "stage_ratio": builds["workers"]["median_s"] / default["median_s"],
        "saved_s": saved,
        "share_of_build": saved / default["median_s"],
        "cpu_ratio": builds["workers"]["cpu_median_s"] / default["cpu_median_s"],
    }
    v["keep"] = v["stage_ratio"] >= 1.15 and v["share_of_build"] >= 0.05
    return {"workers": v}


def format_table(results: dict) -> str:
    b = results["builds"]
    lines = [
        f"Fast paths on real entries: {results['entries']:,} entries ({results['real_entries']} annotated texts "
        f"x {results['copies']}), {b['pages']:,} files, {results['rounds']} rounds, clean builds, medians (min-max)",
        f"{'TIMELINE_REFERENCE':<20} {'wall s':>22} {'ratio':>6} {'cpu s':>7} {'ratio':>6}",
    ]
    default = b["default"]
    for name in BUILDS:
        s = b[name]
        cell = f"{s['median_s']:.2f} ({s['min_s']:.2f}-{s['max_s']:.2f})"
        lines.append(
            f"{'(unset)' if name == 'default' else name:<20} {cell:>22} {s['median_s'] / default['median_s']:>5.2f}x "
            f"{s['cpu_median_s']:>7.2f} {s['cpu_median_s'] / default['cpu_median_s']:>5.2f}x"
        )
    loads = [m["load_1m"] for name in BUILDS for m in b[name]["runs"]]
    lines.append(f"load average (1 min) during the builds {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} CPUs")
    if len(b["code"]) > 1:
        lines.append(
            f"note: generator/ or themes/ was edited during the run ({len(b['code'])} versions); "
            "every build used the copy frozen at its start"
        )
    lines.append("budget: keep if >= 1.15x on its stage and saving >= 5% of the default clean build")
    for name, v in results["verdicts"].items():
        lines.append(
            f"  {name:<8} {v['stage_ratio']:.2f}x, saves {v['saved_s']:+.2f} s = {v['share_of_build']:+.1%} of the "
            f"build's wall time (cpu {v['cpu_ratio']:.2f}x) -> {'keep' if v['keep'] else 'REMOVE'}"
        )
    return "\n".join(lines)


def run(copies: int, rounds: int) -> dict:
    code = freeze_code()
    real = WORK / "real" / "content"
    shutil.rmtree(real.parent, ignore_errors=True)
    t0 = time.perf_counter()
    n_real = ingest_real(real)
    print(f"fast paths: {n_real} real texts annotated in {time.perf_counter() - t0:.1f} s", flush=True)
    pristine = WORK / "project"
    shutil.rmtree(pristine, ignore_errors=True)
    n = replicate(real, pristine / "content", copies)
    print(f"fast paths: {n:,} entries in {pristine.relative_to(REPO)}", flush=True)
    results: dict = {
        "generated": "bench/fastpaths.py",
        "date": dt.date.today().isoformat(),
        "entries": n,
        "real_entries": n_real,
        "copies": copies,
        "rounds": rounds,
        "builds": bench_builds(pristine, rounds, code),
    }
    results["verdicts"] = verdicts(results)
    results["report"] = format_table(results)
    shutil.rmtree(WORK / "work", ignore_errors=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=38, help="copies of each real entry (default 38: about 2,000)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds, fast and reference alternating (default 5)")
    ap.add_argument("--json", default=str(WORK / "results.json"), help="where to write the figures")
    args = ap.parse_args(argv)
    results = run(args.copies, args.rounds)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print("\n" + results["report"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
