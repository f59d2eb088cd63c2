"""Helpers for the site checks (tests/test_site_checks.py): real validators on a built site.

- the Nu Html Checker (vnu.jar from npm vnu-jar, run by Java >= 17) for HTML and CSS
- feedparser for RSS/Atom feeds
- Debian's Chromium driven by npm playwright-core (tests/tools/browse.mjs), with axe-core

The tools are installed by tests/tools/install.sh (pinned versions in tests/tools/package-lock.json).
Each ``*_problems`` function returns a list of human-readable problems: empty means the check
passed. The tests assert on those lists, for the example site and for hand-written broken sites.

When a tool is missing, ``require_tools`` fails the test under CI (CI set in the environment)
and skips it, with the reason and the fix, on a developer's machine.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import threading
import urllib.parse
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent / "tools"
NODE_MODULES = TOOLS / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
BROWSE = TOOLS / "browse.mjs"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_TAGS = "wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa"
INSTALL_HINT = "run tests/tools/install.sh (installs Chromium, Java and the pinned npm tools)"


# ------------------------------------------------------------------ finding the tools
def _java_major() -> int:
    java = shutil.which("java")
    if not java:
        return 0
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    m = re.search(r'version "(\d+)', out)
    return int(m.group(1)) if m else 0


@functools.cache
def missing_tools() -> dict[str, str]:
    """Tool name -> why it is missing (empty when everything is there)."""
    missing = {}
    if _java_major() < 17:
        missing["java"] = "Java >= 17 not found (vnu.jar needs it)"
    if not VNU_JAR.is_file():
        missing["vnu"] = "tests/tools/node_modules/vnu-jar is not installed"
    if not shutil.which("node"):
        missing["node"] = "node not found (Node.js >= 20 needed)"
    for pkg in ("playwright-core", "axe-core", "@knight-lab/timelinejs"):
        if not (NODE_MODULES / pkg / "package.json").is_file():
            missing[pkg] = f"tests/tools/node_modules/{pkg} is not installed"
    if not os.access(CHROMIUM, os.X_OK):
        missing["chromium"] = f"{CHROMIUM} not found (Debian package chromium)"
    return missing


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_tools(*names: str) -> None:
    """Fail (under CI) or skip (locally) the calling test when one of these tools is missing.

    Names: java, vnu, node, playwright-core, axe-core, @knight-lab/timelinejs, chromium; "vnu-all",
    "browser" and "timelinejs" are shorthands for what the vnu, the browser and the TimelineJS checks need."""
    groups = {
        "vnu-all": ("java", "vnu"),
        "browser": ("node", "playwright-core", "axe-core", "chromium"),
        "timelinejs": ("node", "playwright-core", "@knight-lab/timelinejs", "chromium"),
    }
    wanted = [n for name in names for n in groups.get(name, (name,))]
    why = [missing_tools()[n] for n in wanted if n in missing_tools()]
    if not why:
        return
    msg = "; ".join(why) + f" -- {INSTALL_HINT}"
    if in_ci():
        pytest.fail(f"CI must not skip the site checks: {msg}", pytrace=False)
    pytest.skip(msg)


# ------------------------------------------------------------------ site files
def site_files(root: Path, *exts: str) -> list[Path]:
    """Files under root ending in one of exts (lower-case, with the dot), sorted; hidden skipped."""
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("."))
        out += [Path(d) / f for f in sorted(files) if f.lower().endswith(exts)]
    return out


def rel(p: Path, root: Path) -> str:
    return p.relative_to(root).as_posix()


def html_pages(root: Path) -> list[str]:
    """Every page as a path relative to root, index.html first."""
    pages = [rel(p, root) for p in site_files(root, ".html", ".htm")]
    return sorted(pages, key=lambda p: (p != "index.html", p))


def pages_by_type(root: Path) -> list[str]:
    """One page of each page type: every top-level page, plus, in each sub-folder, its
    index.html and its first other page (e.g. actors/index.html and actors/<slug>.html)."""
    chosen: dict[tuple, str] = {}
    for page in html_pages(root):
        parent, _, name = page.rpartition("/")
        key = (page,) if not parent else (parent, name == "index.html")
        chosen.setdefault(key, page)
    return list(chosen.values())


# ------------------------------------------------------------------ Nu Html Checker
def run_vnu(files: list[Path], css: bool = False) -> list[dict]:
    """vnu.jar's error messages for these files (one JVM for all of them)."""
    if not files:
        return []
    # C1-only JIT and the serial GC halve vnu's CPU time on 2 cores; C1 needs the bigger stack.
    cmd = [
        "java",
        "-Xss8m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-jar",
        str(VNU_JAR),
        "--errors-only",
        "--format",
        "json",
        "--stdout",
        "--exit-zero-always",
        *(["--css"] if css else []),
        *map(str, files),
    ]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    try:
        data = json.loads(r.stdout)
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu gave no JSON (exit {r.returncode}): {(r.stdout + r.stderr)[-2000:]}") from None
    return [
        m
        for m in data.get("messages", [])
        if m.get("type") in ("error", "non-document-error") or m.get("subType") == "fatal"
    ]


def _vnu_problems(root: Path, files: list[Path], css: bool) -> list[str]:
    out = []
    for m in run_vnu(files, css=css):
        path = urllib.parse.unquote(urllib.parse.urlsplit(m.get("url", "")).path)
        try:
            name = rel(Path(path).resolve(), root.resolve())
        except ValueError:
            name = m.get("url", "?")
        out.append(f"{name}:{m.get('lastLine', '?')}: {m.get('message', '')}")
    return out


def html_problems(root: Path) -> list[str]:
    pages = site_files(root, ".html", ".htm")
    if not pages:
        return ["no .html files in the site"]
    return _vnu_problems(root, pages, css=False)


def css_problems(root: Path) -> list[str]:
    return _vnu_problems(root, site_files(root, ".css"), css=True)


# ------------------------------------------------------------------ feeds
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed)\b")


def find_feeds(root: Path) -> list[Path]:
    """Every .xml file whose root element is <rss> or <feed>."""
    feeds = []
    for p in site_files(root, ".xml"):
        head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", p.read_bytes()[:4096], flags=re.S)
        m = re.search(rb"<[A-Za-z_]", head)
        if m and _FEED_ROOT.match(head, m.start()):
            feeds.append(p)
    return feeds


def feed_problems(root: Path) -> list[str]:
    import feedparser

    out = []
    for p in find_feeds(root):
        name = rel(p, root)
        d = feedparser.parse(p.read_bytes())
        if d.bozo:
            out.append(f"{name}: not well-formed (bozo): {d.get('bozo_exception')}")
        if not d.get("version"):
            out.append(f"{name}: feedparser does not recognise the format")
        for i, e in enumerate(d.entries, 1):
            missing = [
                k
                for k, v in (
                    ("title", e.get("title")),
                    ("link", e.get("link")),
                    ("id", e.get("id")),
                    ("date", e.get("published_parsed") or e.get("updated_parsed")),
                )
                if not v
            ]
            if missing:
                out.append(f"{name}: item {i} ({(e.get('title') or '?')[:40]}) has no {'/'.join(missing)}")
    return out


# ------------------------------------------------------------------ loopback HTTP server
@contextlib.contextmanager
def serve(root: Path):
    """Serve root at http://127.0.0.1:PORT/ in a throwaway thread; yields the base URL.
    Folders without index.html give 404 (no folder listings)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def list_directory(self, path):
            self.send_error(404, "folder without index.html")

        def log_message(self, *args):
            pass

    Handler.extensions_map = {
        **Handler.extensions_map,
        ".mjs": "text/javascript",
        ".svg": "image/svg+xml",
        ".xml": "application/xml",
        ".json": "application/json",
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


# ------------------------------------------------------------------ the browser (browse.mjs)
def browse(job: str, root: Path, *args: str, timeout: int = 900) -> dict:
    """Run one browse.mjs job and return its JSON."""
    r = subprocess.run(
        ["node", str(BROWSE), job, str(root), *args], capture_output=True, text=True, timeout=timeout, cwd=TOOLS
    )
    if r.returncode != 0:
        raise RuntimeError(f"browse.mjs {job} failed (exit {r.returncode}):\n{r.stderr[-3000:]}")
    return json.loads(r.stdout)


def _job_timeout(pages: int) -> int:
    """A browse.mjs job's time limit: 900 s, or 1.5 s a page on a big site (axe took 0.8 s a page on a
    loaded 2-core machine)."""
    return max(900, round(1.5 * pages))


def file_crawl_problems(root: Path) -> tuple[list[str], dict]:
    """Open index.html over file:// and follow every local link, breadth-first."""
    if not (root / "index.html").is_file():
        return ["no index.html"], {}
    pages = len(html_pages(root))  # every page, however big the site (browse.mjs stops at 1,000 by default)
    res = browse("file-crawl", root, "--max-pages", str(pages + 1), timeout=_job_timeout(pages))
    problems = list(res["problems"])
    not_reached = sorted(set(html_pages(root)) - set(res["pages"]))
    if res["unvisited"]:
        problems.append(f"{res['unvisited']} pages not visited (--max-pages)")
    return problems, {**res, "not_reached": not_reached}


def site_url(root: Path) -> str:
    """The site's public base URL, from index.html's <link rel="canonical">, or ""."""
    index = root / "index.html"
    if not index.is_file():
        return ""
    m = re.search(r'<link\b[^>]*\brel="canonical"[^>]*\bhref="(https?://[^"]+)"', index.read_text(encoding="utf-8"))
    if not m:
        m = re.search(r'<link\b[^>]*\bhref="(https?://[^"]+)"[^>]*\brel="canonical"', index.read_text(encoding="utf-8"))
    return m.group(1).rsplit("/", 1)[0] + "/" if m else ""


def _site_url_args(root: Path) -> list[str]:
    url = site_url(root)
    return ["--site-url", url] if url else []


def axe_problems(root: Path, pages: list[str], tags: str = AXE_TAGS) -> tuple[list[str], dict]:
    with serve(root) as base:
        args = ("--base-url", base, "--pages", ",".join(pages), "--tags", tags, *_site_url_args(root))
        res = browse("axe", root, *args, timeout=_job_timeout(len(pages)))
    problems = [f"axe could not check {e}" for e in res["errors"]]
    for p in res["pages"]:
        for v in p["violations"]:
            where = "; ".join(n["target"] for n in v["nodes"][:3])
            problems.append(f"{p['page']}: {v['id']} ({v['impact']}, {len(v['nodes'])} nodes: {where}) -- {v['help']}")
    if len(res["pages"]) != len(pages):
        problems.append(f"axe ran on {len(res['pages'])} of {len(pages)} pages")
    return problems, res


def overflow_problems(root: Path, width: int = 390) -> tuple[list[str], dict]:
    """Pages that scroll sideways at a phone's width (isMobile). A page whose layout viewport
    is wider than the screen (no <meta name=viewport content="width=device-width">) counts too:
    it would pass the scroll test only because the phone zooms it out."""
    with serve(root) as base:
        args = ("--base-url", base, "--width", str(width), *_site_url_args(root))
        res = browse("overflow", root, *args, timeout=_job_timeout(len(html_pages(root))))
    problems = [f"could not open {e}" for e in res["errors"]]
    for p in res["pages"]:
        if p["clientWidth"] > width:
            problems.append(
                f"{p['page']}: laid out {p['clientWidth']}px wide on a {width}px screen "
                '(missing <meta name=viewport content="width=device-width, initial-scale=1">?)'
            )
        elif p["scrollWidth"] > p["clientWidth"]:
            problems.append(
                f"{p['page']}: scrolls sideways at {width}px (content {p['scrollWidth']}px wide); "
                f"too wide: {', '.join(p['tooWide']) or '?'}"
            )
    if not res["pages"]:
        problems.append("no pages checked")
    return problems, res


def filter_problems(root: Path, actor: str) -> tuple[list[str], dict]:
    """Filter the timeline on index.html (file://) by one actor, then clear the filter."""
    res = browse("filter", root, "--actor", actor)
    form, problems = res["form"], []
    problems += [f"script error on index.html: {e}" for e in res["jsErrors"]]
    root_url = root.resolve().as_uri() + "/"
    problems += [
        f"index.html: {f['url'].removeprefix(root_url)} did not load ({f['error']})"
        for f in res["failed"]
        if f["url"].startswith("file:")
    ]
    for key, what in (
        ("form", "form#timeline-filter"),
        ("actorSelect", "select#filter-actor in the form"),
        ("kindSelect", "select#filter-kind in the form"),
        ("textInput", 'input#filter-text[type="search"] in the form'),
    ):
        if not form[key]:
            problems.append(f"index.html has no {what}")
    if form["form"] and not form["formVisible"]:
        problems.append(
            "form#timeline-filter is not visible after index.html loads (does its script run from file://?)"
        )
    if res.get("error"):
        problems.append(f"could not use select#filter-actor: {res['error']}")
    if form["actorOptions"] is not None:
        if "" not in form["actorOptions"]:
            problems.append('select#filter-actor has no "" (all actors) option')
        if actor not in form["actorOptions"]:
            problems.append(f"select#filter-actor has no option {actor!r}")
    if form["kindOptions"] is not None:
        bad = set(form["kindOptions"]) - {"", "person", "organization", "country", "other"}
        if bad:
            problems.append(f"select#filter-kind has unknown values {sorted(bad)}")
    before = res["before"]
    if form["actorOptions"] is not None:
        no_option = sorted({a for e in before for a in e["actors"]} - set(form["actorOptions"]))
        if no_option:
            problems.append(f"actors on events but not in select#filter-actor: {no_option}")
    if not before:
        problems.append("index.html has no li.event")
    elif not all(e["visible"] for e in before):
        problems.append(f"{sum(not e['visible'] for e in before)} of {len(before)} events hidden before filtering")
    if "filtered" not in res or not before:
        return problems, res
    shown = [e for e in res["filtered"] if e["visible"]]
    wrong = [e for e in shown if actor not in e["actors"]]
    if wrong:
        problems.append(
            f"after choosing {actor}, {len(wrong)} visible events do not have it in "
            f"data-actors, e.g. {wrong[0]['actors']}"
        )
    if not shown:
        problems.append(f"after choosing {actor}, no event is visible")
    if not any(e["hidden"] for e in res["filtered"]):
        problems.append(f"after choosing {actor}, no event has the hidden attribute")
    leaked = [e for e in res["filtered"] if e["hidden"] and e["visible"]]
    if leaked:
        problems.append(f"{len(leaked)} events have the hidden attribute but are still shown (CSS overrides [hidden]?)")
    not_back = [e for e in res["cleared"] if not e["visible"]]
    if not_back:
        problems.append(f"after clearing the filter, {len(not_back)} of {len(res['cleared'])} events stay hidden")
    return problems, res
