"""The search index of a built site: its size, its files, what a query loads and how long it takes.

    python bench/search.py PROJECT_DIR [--queries '["word", "two words"]'] [--no-browser]

PROJECT_DIR is a built project (``content/`` and ``site/``). It reports the index's total size,
its files (term files, document blocks), the largest one; the time to make the index from the site
model with nothing remembered (a clean build's share: a rebuild takes the words and rows of the
unchanged entries' documents from the exports' memo); and, in headless Chromium over ``file://``
(tests/tools/browse.mjs, when the tools are installed), for each query typed key by key in a fresh
page, the bytes of the index files it loaded and the milliseconds search.js took for the last key,
and the same for the query pasted whole into a fresh page (one query's files, script loading
included). ``bench/run.py`` calls ``figures`` after our first clean build of each size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator.content.entries import entry_files, load_entry  # noqa: E402
from generator.content.registry import load_registry  # noqa: E402
from generator.content.siteconfig import load_config  # noqa: E402
from generator.render import search  # noqa: E402
from generator.render.formatting import Formatter  # noqa: E402
from generator.site.sitemodel import make_site  # noqa: E402

BROWSE = REPO / "tests" / "tools" / "browse.mjs"
# words of bench/corpus.py's vocabulary (each in thousands of documents at N = 10,000: the dense case),
# two words, a prefix as typed, and a word no document has
QUERIES = ["grain", "ministers budget", "sanctio", "inflation rates", "hospitals", "zzyzx"]


def index_files_figures(site_dir: Path) -> dict:
    files = sorted(p for p in (site_dir / "search").rglob("*.js"))
    sizes = {p.relative_to(site_dir).as_posix(): p.stat().st_size for p in files}
    terms = {k: v for k, v in sizes.items() if k.startswith("search/t/")}
    blocks = {k: v for k, v in sizes.items() if k.startswith("search/d/")}
    largest = max(sizes, key=lambda k: sizes[k])
    return {
        "total_bytes": sum(sizes.values()),
        "files": len(sizes),
        "term_files": len(terms),
        "term_bytes": sum(terms.values()),
        "largest_term_file_bytes": max(terms.values()),
        "median_term_file_bytes": statistics.median(terms.values()),
        "block_files": len(blocks),
        "median_block_bytes": statistics.median(blocks.values()),
        "largest_file": largest,
        "largest_file_bytes": sizes[largest],
    }


def index_build_seconds(project: Path, rounds: int = 3) -> dict:
    """Load the site model as a build does, then time ``search.index_files`` (the median of ``rounds``)."""
    content = project / "content"
    config, _ = load_config(content, "site.yaml")
    registry, _ = load_registry(content, "actors.yaml")
    entries = tuple(e for e in (load_entry(p, p.name)[0] for p in entry_files(content)) if e is not None)
    site, _ = make_site(config, entries, registry)
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        search.index_files(site, Formatter(config.language))
        times.append(time.perf_counter() - t)
    return {"index_s": statistics.median(times), "documents": sum(search.counts(site))}


def browser_figures(site_dir: Path, queries: list[str]) -> dict:
    if not (BROWSE.parent / "node_modules" / "playwright-core").is_dir():
        return {"error": "tests/tools/node_modules is not installed (tests/tools/install.sh)"}
    cmd = ["node", str(BROWSE), "search", str(site_dir), "--queries", json.dumps(queries)]
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=BROWSE.parent, timeout=600)
    if r.returncode != 0:
        return {"error": r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"}
    res = json.loads(r.stdout)
    rows = [
        {k: q[k] for k in ("query", "status", "files", "bytes", "ms", "startBytes", "coldFiles", "coldBytes", "coldMs")}
        | {"hits": sum(len(g["hits"]) for g in q["groups"])}
        for q in res["queries"]
    ]
    found = [q for q in rows if q["hits"]]
    return {
        "browser": res.get("browser"),
        "queries": rows,
        "median_bytes": statistics.median(q["bytes"] for q in found) if found else None,
        "max_bytes": max(q["bytes"] for q in rows),
        "median_ms": statistics.median(q["ms"] for q in found) if found else None,
        "max_ms": max(q["ms"] for q in rows),
        "median_cold_bytes": statistics.median(q["coldBytes"] for q in found) if found else None,
        "max_cold_bytes": max(q["coldBytes"] for q in rows),
        "median_cold_ms": statistics.median(q["coldMs"] for q in found) if found else None,
        "max_cold_ms": max(q["coldMs"] for q in rows),
        "js_errors": res["jsErrors"],
    }


def figures(project: Path, queries: list[str] | None = None, browser: bool = True) -> dict:
    site_dir = project / "site"
    out = {"index": index_files_figures(site_dir), "build": index_build_seconds(project)}
    if browser:
        out["browser"] = browser_figures(site_dir, queries or QUERIES)
    return out


def format_report(f: dict) -> str:
    i, b = f["index"], f["build"]
    lines = [
        f"search index: {i['total_bytes'] / 1e6:.1f} MB in {i['files']:,} files ({i['term_files']} term files, "
        f"{i['term_bytes'] / 1e6:.1f} MB, largest {i['largest_term_file_bytes'] / 1024:.0f} KB, median "
        f"{i['median_term_file_bytes'] / 1024:.0f} KB; {i['block_files']:,} document blocks, median "
        f"{i['median_block_bytes'] / 1024:.1f} KB); largest file {i['largest_file']} "
        f"{i['largest_file_bytes'] / 1024:.0f} KB",
        f"search index made from the site model in {b['index_s']:.2f} s for {b['documents']:,} documents "
        "(nothing remembered: a clean build's share; a rebuild takes the unchanged entries' words from its memo)",
    ]
    br = f.get("browser")
    if br and "error" not in br:
        lines.append(
            f"search in {br['browser']} over file://: one query pasted into a fresh page loads median "
            f"{br['median_cold_bytes'] / 1024:.0f} KB (max {br['max_cold_bytes'] / 1024:.0f} KB) and is answered in "
            f"median {br['median_cold_ms']:.1f} ms (max {br['max_cold_ms']:.1f} ms); typed key by key it loads median "
            f"{br['median_bytes'] / 1024:.0f} KB (max {br['max_bytes'] / 1024:.0f} KB), the last key answered in "
            f"median {br['median_ms']:.1f} ms (max {br['max_ms']:.1f} ms)"
        )
        lines.append(f"  {'query':<20} {'one query':>22} {'typed key by key':>22}  results")
        for q in br["queries"]:
            lines.append(
                f"  {q['query']!r:<20} {q['coldBytes'] / 1024:5.0f} KB {q['coldFiles']:>3} files {q['coldMs']:5.1f} ms "
                f"{q['bytes'] / 1024:5.0f} KB {q['files']:>3} files {q['ms']:5.1f} ms  {q['status']}"
            )
    elif br:
        lines.append(f"search in the browser: not measured ({br['error']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Figures of a built site's search index.")
    ap.add_argument("project", type=Path, help="a built project folder (content/ and site/)")
    ap.add_argument("--queries", default=None, help="JSON list of queries (default: words of bench/corpus.py)")
    ap.add_argument("--no-browser", action="store_true", help="skip the queries in headless Chromium")
    ap.add_argument("--json", default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    f = figures(args.project, json.loads(args.queries) if args.queries else None, not args.no_browser)
    print(format_report(f))
    if args.json:
        Path(args.json).write_text(json.dumps(f, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
