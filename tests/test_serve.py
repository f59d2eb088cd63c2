"""``serve``: a live-reload preview on 127.0.0.1 that rebuilds on edits and survives a bad one.

The server runs in a subprocess on a free loopback port, every wait is bounded, and the process is
always stopped.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser_harness import TOOLS, require_tools

REPO = Path(__file__).resolve().parents[1]
ENTRY = """---
title: NATO ministers meet
date: 2022-04-06
actors: [nato]
events:
- date: 2022-04-06
  text: NATO foreign ministers met in Brussels.
  actors: [nato]
---
NATO foreign ministers met in Brussels.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
            if last:
                return last
        except OSError as err:
            last = err
        time.sleep(0.3)
    raise AssertionError(f"timed out after {seconds}s waiting for {what} (last: {last!r})")


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "project"
    (root / "content" / "entries" / "2022").mkdir(parents=True)
    (root / "content" / "entries" / "2022" / "2022-04-06-nato.md").write_text(ENTRY, "utf-8")
    (root / "content" / "actors.yaml").write_text("nato:\n  name: NATO\n  kind: organization\n", "utf-8")
    templates = root / "themes" / "default" / "templates"
    templates.mkdir(parents=True)
    shutil.copy(REPO / "themes" / "default" / "templates" / "base.html", templates / "base.html")
    port = free_port()
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(port)],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: "NATO ministers meet" in get(f"http://127.0.0.1:{port}/index.html"), 60, "the first page")
        yield root, port, templates / "base.html", log
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def test_serve_rebuilds_on_edits_and_keeps_the_last_good_site(server):
    root, port, base, log = server
    url = f"http://127.0.0.1:{port}/index.html"
    page = get(url)
    assert "livereload" in page  # the reload script is injected into served pages

    # a template edit rebuilds the site and the server serves the new page
    base.write_text(base.read_text("utf-8").replace("</footer>", "<p>Preview marker one.</p></footer>"), "utf-8")
    wait_for(lambda: "Preview marker one." in get(url), 30, "the template edit to show")

    # an entry edit too
    entry = root / "content" / "entries" / "2022" / "2022-04-06-nato.md"
    entry.write_text(ENTRY.replace("NATO ministers meet", "NATO ministers meet again"), "utf-8")
    wait_for(lambda: "NATO ministers meet again" in get(url), 30, "the entry edit to show")

    # a broken template: the build fails, says so, and the last good site stays served
    base.write_text(base.read_text("utf-8") + "{% if %}", "utf-8")

    def failure_reported():
        log.flush()
        log.seek(0)
        return "still serving the last good site" in log.read()

    wait_for(failure_reported, 30, "the failed rebuild to be reported")
    page = get(url)
    assert "Preview marker one." in page and "NATO ministers meet again" in page
    log.seek(0)
    assert "base.html" in log.read()  # the message names the template


# ---------------------------------------------------------------------------- issue #16: live reload
SEED = """ date 2022-04-08

NATO foreign ministers met in Brussels on Thursday to discuss support for Ukraine.

Secretary General Jens Stoltenberg said the alliance would stay united.
"""
BUILT = re.compile(r"^built \d+ pages, \d+ files \((\d+) written", re.M)


def a_project(root: Path) -> Path:
    (root / "content" / "entries" / "2022").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "content" / "entries" / "2022" / "2022-04-06-nato.md").write_text(ENTRY, "utf-8")
    (root / "content" / "actors.yaml").write_text("nato:\n  name: NATO\n  kind: organization\n", "utf-8")
    theme = root / "themes" / "default"
    (theme / "templates").mkdir(parents=True)
    (theme / "static").mkdir()
    shutil.copy(REPO / "themes" / "default" / "templates" / "base.html", theme / "templates" / "base.html")
    shutil.copy(REPO / "themes" / "default" / "static" / "style.css", theme / "static" / "style.css")
    return root


class Served:
    def __init__(self, proc: subprocess.Popen, port: int, log_path: Path):
        self.proc, self.port, self.log_path = proc, port, log_path

    def url(self, path: str = "index.html") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def log(self) -> str:
        return self.log_path.read_text("utf-8", "replace")

    def builds(self) -> list[int]:
        """The 'written' count of every build so far, the first one included."""
        return [int(n) for n in BUILT.findall(self.log())]


@contextlib.contextmanager
def serving(root: Path, tmp_path: Path, cwd: Path = REPO):
    port = free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(port)],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        served = Served(proc, port, log_path)
        try:
            wait_for(lambda: "NATO ministers meet" in get(served.url()), 60, "the first page")
            yield served
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def test_a_seed_edit_is_one_build_not_a_second_one_for_the_entry_it_writes(tmp_path):
    root = a_project(tmp_path / "project")
    with serving(root, tmp_path) as served:
        assert len(served.builds()) == 1
        (root / "seeds" / "010_talks.txt").write_text(SEED, "utf-8")
        wait_for(lambda: len(served.builds()) >= 2, 90, "the build of the new seed")
        assert list((root / "content" / "entries").rglob("2022-04-08-*.md")), served.log()
        time.sleep(2.5)  # several polls: the entry and registry the build wrote are no edit
        assert len(served.builds()) == 2, served.log()
        # an entry edit: one build too
        entry = root / "content" / "entries" / "2022" / "2022-04-06-nato.md"
        entry.write_text(ENTRY.replace("NATO ministers meet", "NATO ministers meet once more"), "utf-8")
        wait_for(lambda: "NATO ministers meet once more" in get(served.url()), 30, "the entry edit")
        time.sleep(1.5)
        assert len(served.builds()) == 3 and all(served.builds()), served.log()


def test_the_dev_server_answers_a_missing_page_with_the_sites_404(tmp_path):
    root = a_project(tmp_path / "project")
    with serving(root, tmp_path) as served:
        with pytest.raises(urllib.error.HTTPError) as err:
            get(served.url("no/such/page.html"))
        body = err.value.read().decode("utf-8")
        assert err.value.code == 404
        assert body.replace("livereload", "") and (root / "site" / "404.html").read_text("utf-8")[:200] in body
        assert "tornado" not in body.lower() and "livereload.js" in body  # the site's page, live too


def test_serve_watches_the_project_only_and_idles_cheaply(tmp_path):
    """A large working folder is not walked (livereload watches the working directory when it is given
    nothing), and an idle server takes little CPU."""
    cwd = tmp_path / "big"
    for i in range(40):
        (cwd / f"d{i}").mkdir(parents=True)
        for j in range(100):
            (cwd / f"d{i}" / f"f{j}.txt").write_text("x", "utf-8")
    root = a_project(tmp_path / "project")
    with serving(root, tmp_path, cwd=cwd) as served:
        time.sleep(1)

        def cpu() -> float:
            fields = Path(f"/proc/{served.proc.pid}/stat").read_text().rpartition(")")[2].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        before = cpu()
        time.sleep(5)
        used = cpu() - before
        assert used < 0.5, f"{used:.2f} CPU-seconds in 5 s idle"
        (cwd / "d0" / "f0.txt").write_text("changed", "utf-8")  # not the project: no build
        time.sleep(1.5)
        assert len(served.builds()) == 1, served.log()


@pytest.mark.browser
def test_live_reload_two_edits_half_a_second_apart_both_reach_a_real_browser(tmp_path):
    """A template edit, then a CSS edit 0.5 s later: a real browser (headless Chromium) shows both,
    and each build made something (no empty build for a write of the build's own)."""
    require_tools("node", "playwright-core", "chromium")
    root = a_project(tmp_path / "project")
    base = root / "themes" / "default" / "templates" / "base.html"
    css = root / "themes" / "default" / "static" / "style.css"
    with serving(root, tmp_path) as served:
        browser = subprocess.Popen(
            ["node", str(TOOLS / "livereload.mjs"), served.url(), "footer", "outlineColor"],
            cwd=TOOLS,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in browser.stdout], daemon=True).start()

        def next_load(seconds: float, what: str) -> dict:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    seen = json.loads(lines.get(timeout=max(0.1, deadline - time.monotonic())))
                except queue.Empty:
                    break
                if "load" in seen:
                    return seen
            raise AssertionError(f"no page load in {seconds}s waiting for {what}\n{served.log()}")

        try:
            first = next_load(60, "the first page")
            assert "Browser marker" not in (first.get("text") or "") and first["style"] != "rgb(1, 2, 3)", first
            base.write_text(
                base.read_text("utf-8").replace("</footer>", "<p>Browser marker one.</p></footer>"), "utf-8"
            )
            time.sleep(0.5)
            css.write_text(css.read_text("utf-8") + "\nfooter { outline-color: rgb(1, 2, 3); }\n", "utf-8")
            seen = first
            deadline = time.monotonic() + 30
            while not ("Browser marker one." in (seen.get("text") or "") and seen.get("style") == "rgb(1, 2, 3)"):
                seen = next_load(max(0.5, deadline - time.monotonic()), f"both edits (last seen: {seen})")
            time.sleep(1.5)
            builds = served.builds()
            assert 2 <= len(builds) <= 3 and all(builds), served.log()  # the first, then one per edit (or both)
        finally:
            browser.stdin.close()
            try:
                browser.wait(timeout=20)
            except subprocess.TimeoutExpired:
                browser.kill()
