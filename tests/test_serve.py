"""``serve``: a live-reload preview on 127.0.0.1 that rebuilds on edits and survives a bad one.

The server runs in a subprocess on a free loopback port, every wait is bounded, and the process is
always stopped.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

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
