"""Nothing lost, nothing crashes: messy seeds through the real build (one spaCy run per session),
--strict, hand edits surviving later builds, a build killed with SIGKILL mid-write, two builds at
once, broken themes, and the preview server (loopback by default, nothing served outside site/).
"""

from __future__ import annotations

import fcntl
import http.client
import inspect
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import cli, serve
from generator.build import build
from generator.core.errors import BuildError

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under folder and its bytes (a byte-for-byte snapshot)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def small_project(root: Path, entries: int = 3) -> Path:
    d = root / "content" / "entries" / "2022"
    d.mkdir(parents=True, exist_ok=True)
    (root / "content" / "actors.yaml").write_text(
        "nato:\n  name: NATO\n  kind: organization\n  aliases: [NATO]\n", encoding="utf-8"
    )
    for i in range(entries):
        (d / f"2022-04-{i + 1:02d}-entry-{i}.md").write_text(
            f"---\ntitle: Entry {i}\ndate: 2022-04-{i + 1:02d}\nactors: [nato]\nevents:\n- date: 2022-04-{i + 1:02d}\n"
            f"  text: NATO met for the {i}th time.\n  actors: [nato]\n---\nNATO met for the {i}th time.\n",
            encoding="utf-8",
        )
    return root


# ====================================================================== messy seeds, end to end
BAD_SEEDS = {
    "no-date.txt": (b"NATO ministers met in Brussels.", "no date header"),
    "impossible.txt": (b" date 2022-02-30 NATO ministers met.", "impossible"),
    "future.txt": (b" date 2999-01-01 NATO ministers met.", "in the future"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \r\n\t\n", "empty"),
    "binary.txt": (bytes(range(256)) * 64, "binary"),
    "latin1.txt": (b" date 2022-04-06 Caf\xe9 au lait.", "not valid UTF-8"),
    "big.txt": (b" date 2022-04-06 " + b"All work and no play. " * 250_000, "MB, over the"),
}


@pytest.fixture(scope="session")
def messy_project(tmp_path_factory):
    """A project whose seeds/ holds the two real seeds (one with a BOM, CRLF and a name with a
    space and Unicode), a duplicate, a hidden file and every kind of bad seed; built once."""
    if len(SEEDS) < 2:
        pytest.skip("the example seeds are missing")
    root = tmp_path_factory.mktemp("messy")
    seeds = root / "seeds"
    seeds.mkdir()
    first, second = SEEDS[0].read_bytes(), SEEDS[1].read_bytes()
    (seeds / "a first – Brüssel.txt").write_bytes(b"\xef\xbb\xbf" + first.replace(b"\n", b"\r\n"))
    (seeds / "b second.txt").write_bytes(second)
    (seeds / "c second again.txt").write_bytes(second)
    (seeds / ".hidden.txt").write_bytes(second)
    for name, (data, _) in BAD_SEEDS.items():
        (seeds / name).write_bytes(data)
    (root / "content").mkdir()
    (root / "content" / "notes.txt").write_text("an editor's notes\n", encoding="utf-8")
    before = tree(seeds)
    result = run_cli("build", "--root", str(root))
    return root, result, before


def test_messy_seeds_each_get_one_line_and_the_site_is_built(messy_project):
    root, result, _ = messy_project
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1, result.stderr  # problems happened
    for name, (_, words) in BAD_SEEDS.items():
        mine = [line for line in lines if line.startswith(f"seeds/{name}")]
        assert len(mine) == 1, (name, lines)
        assert words in mine[0] and mine[0].rstrip().endswith(")"), mine[0]  # message and (hint)
    assert any(
        line.startswith("seeds/c second again.txt: warning: same article as seeds/b second.txt") for line in lines
    )
    assert any(line.startswith("seeds/.hidden.txt: warning: hidden seed file skipped") for line in lines)
    assert "Traceback" not in result.stderr
    entries = sorted((root / "content" / "entries").rglob("*.md"))
    assert len(entries) == 2, entries  # the two good articles, once each
    seeds_named = "".join(e.read_text(encoding="utf-8") for e in entries)
    assert "seed: seeds/a first – Brüssel.txt" in seeds_named and "seed: seeds/b second.txt" in seeds_named
    assert (root / "site" / "index.html").is_file() and len(list((root / "site" / "entries").glob("*.html"))) == 2


def test_a_build_never_touches_seeds_or_foreign_content(messy_project):
    root, _, seeds_before = messy_project
    assert tree(root / "seeds") == seeds_before
    assert (root / "content" / "notes.txt").read_text(encoding="utf-8") == "an editor's notes\n"


def test_strict_fails_and_leaves_site_and_content_as_they_were(messy_project, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(messy_project[0], root)
    site, content = tree(root / "site"), tree(root / "content")
    result = run_cli("build", "--root", str(root), "--strict")
    assert result.returncode == 1 and "--strict" in result.stderr
    assert tree(root / "site") == site and tree(root / "content") == content


def test_hand_edits_survive_every_build(messy_project, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(messy_project[0], root)
    entry = sorted((root / "content" / "entries").rglob("*.md"))[0]
    edited = entry.read_text(encoding="utf-8").replace("title: ", "title: EDITED BY HAND ", 1)
    entry.write_text(edited, encoding="utf-8")
    registry = root / "content" / "actors.yaml"
    registry_text = registry.read_text(encoding="utf-8") + "# an editor's comment\n"
    registry.write_text(registry_text, encoding="utf-8")
    seed = root / "seeds" / "a first – Brüssel.txt"  # the seed of the edited entry changes too
    assert "a first" in edited
    seed.write_bytes(seed.read_bytes() + b"\r\n\r\nA paragraph added later.\r\n")
    content_before = tree(root / "content")
    for args in (("build", "--root", str(root)), ("check", "--root", str(root))):
        result = run_cli(*args)
        assert "Traceback" not in result.stderr
        assert tree(root / "content") == content_before, args
    result = run_cli("build", "--root", str(root))
    assert "was edited by hand, so it was kept" in result.stderr
    assert "python -m generator ingest --force seeds/a first – Brüssel.txt" in result.stderr
    assert b"EDITED BY HAND" in (root / "site" / "index.html").read_bytes() + b"".join(
        p.read_bytes() for p in (root / "site" / "entries").glob("*.html")
    )


# ====================================================================== killed and concurrent builds
def test_a_killed_build_leaves_the_previous_site_intact(tmp_path):
    root = small_project(tmp_path)
    assert build(root).errors == ()
    old = tree(root / "site")
    # Make the next build different and slow to write: a 64 MB theme file, after the pages.
    static = root / "themes" / "default" / "static"
    static.mkdir(parents=True)
    (static.parent / "templates").mkdir()  # a theme folder (its templates fall back to the built-in ones)
    (static / "zz-large.bin").write_bytes(os.urandom(1024) * 65536)
    (root / "content" / "entries" / "2022" / "2022-04-01-entry-0.md").write_text(
        "---\ntitle: Changed\ndate: 2022-04-01\n---\nChanged.\n", encoding="utf-8"
    )

    def start() -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "--root", str(root)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )

    # 1. Killed while rendering (before anything is written).
    proc = start()
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert tree(root / "site") == old

    # 2. Killed while writing: as soon as the staging folder appears beside site/.
    proc = start()
    deadline = time.monotonic() + 120
    staged = []
    while time.monotonic() < deadline and proc.poll() is None:
        staged = [p for p in tmp_path.iterdir() if p.name.startswith(".site.new-")]
        if staged:
            break
        time.sleep(0.0005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert staged, "the build finished before it could be killed mid-write"
    assert proc.returncode == -signal.SIGKILL
    assert tree(root / "site") == old, "a killed build changed site/"

    # 3. The next build cleans up and succeeds.
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".site.new-", ".site.old-"))]
    assert (root / "site" / "static" / "zz-large.bin").stat().st_size == 64 * 1024 * 1024
    assert b"Changed" in (root / "site" / "entries" / "2022-04-01-entry-0.html").read_bytes()


def test_two_builds_at_once_wait_for_each_other(tmp_path):
    root = small_project(tmp_path, entries=20)
    logs = [tmp_path / "one.log", tmp_path / "two.log"]
    with open(root / ".build.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a build "in progress"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "generator", "build", "--root", str(root)],
                cwd=REPO,
                stdout=open(log, "w"),
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
            for log in logs
        ]
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not all("waiting" in log.read_text() for log in logs):
                time.sleep(0.05)
            assert all("another build of this project is running" in log.read_text() for log in logs), [
                log.read_text() for log in logs
            ]
            assert all(p.poll() is None for p in procs) and not (root / "site").exists(), [
                log.read_text() for log in logs
            ]
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
        codes = [p.wait(timeout=120) for p in procs]
    assert codes == [0, 0], [log.read_text() for log in logs]
    assert len(list((root / "site" / "entries").glob("*.html"))) == 20
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".site.new-", ".site.old-"))]
    # Unlocked and truly concurrent: both succeed and the site equals a lone build's.
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "build", "--root", str(root)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".site.new-", ".site.old-"))]
    together = tree(root / "site")
    assert build(root).errors == () and tree(root / "site") == together


# ====================================================================== themes
def test_unknown_theme_is_a_clear_problem_and_the_site_stays(tmp_path):
    root = small_project(tmp_path)
    build(root)
    old = tree(root / "site")
    (root / "content" / "site.yaml").write_text("theme: defualt\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(root)
    assert "unknown theme 'defualt' (did you mean 'default'?)" in str(err.value)
    assert tree(root / "site") == old


@pytest.mark.parametrize(
    "template, line, words",
    [
        ("{% extends 'base.html' %}\n{% block main %}\n{% if %}\n{% endblock %}\n", 3, "template error"),
        (
            "{% extends 'base.html' %}\n{% block main %}\n<p>{{ entry.no_such_field }}</p>\n{% endblock %}\n",
            3,
            "no_such_field",
        ),
    ],
)
def test_template_error_names_the_template_file_and_line(tmp_path, template, line, words):
    root = small_project(tmp_path)
    build(root)
    old = tree(root / "site")
    templates = root / "themes" / "broken" / "templates"
    templates.mkdir(parents=True)
    (templates / "entry.html").write_text(template, encoding="utf-8")
    (root / "content" / "site.yaml").write_text("theme: broken\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build(root)
    (problem,) = err.value.problems
    assert problem.path.endswith("entry.html") and problem.line == line and words in problem.message, problem
    assert tree(root / "site") == old
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 1 and "entry.html:3:" in result.stderr and "Traceback" not in result.stderr


# ====================================================================== the preview server
def test_serve_listens_on_loopback_by_default():
    args = cli.parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"
    assert inspect.signature(serve.serve).parameters["host"].default == "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_serve_serves_nothing_outside_site(tmp_path):
    root = small_project(tmp_path / "project")
    secret = "secret_title_do_not_serve"
    (root / "content" / "site.yaml").write_text(f"# {secret}\ntitle: T\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text(secret, encoding="utf-8")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            try:
                status, body = _get(port, "/index.html")
                break
            except OSError:
                time.sleep(0.1)
        assert status == 200, "the server did not start"
        for path in (
            "/../content/site.yaml",
            "/..%2fcontent%2fsite.yaml",
            "/%2e%2e/content/site.yaml",
            "/static/../../content/site.yaml",
            "/%2e%2e/%2e%2e/outside.txt",
            "//etc/passwd",
            "/.%2e/outside.txt",
        ):
            status, body = _get(port, path)
            assert status in (400, 403, 404), (path, status)
            assert secret.encode() not in body and b"root:" not in body, path
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
