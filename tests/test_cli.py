"""The command line as a user meets it: a mistake gets one line and exit 2 (usage), never a traceback,
a new folder, an empty site or a report of zero problems about a folder that is not there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main, program_name

REPO = Path(__file__).resolve().parents[1]
TIMELINE = Path(sys.executable).parent / "timeline"  # the installed console script


def run(*args: str, cwd: Path = REPO, exe: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(exe or [sys.executable, "-m", "generator"]), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def one_usage_line(r: subprocess.CompletedProcess) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and r.stdout == "", (r.stdout, r.stderr)
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def small_project(root: Path) -> Path:
    (root / "content" / "entries").mkdir(parents=True)
    (root / "seeds").mkdir()
    return root


# ---------------------------------------------------------------------------- --root
@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_a_mistyped_root_is_one_line_and_no_new_folder(tmp_path, command):
    line = one_usage_line(run(command, "--root", str(tmp_path / "typo")))
    assert line.startswith("no such folder: ") and "typo" in line and " new " in line
    assert not (tmp_path / "typo").exists()


def test_check_on_a_missing_folder_does_not_report_zero_errors(tmp_path):
    r = run("check", "--root", str(tmp_path / "missing"))
    assert "0 error(s)" not in r.stdout + r.stderr
    assert "no such folder" in one_usage_line(r)


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_a_root_that_is_a_file_is_one_line(tmp_path, command):
    (tmp_path / "notes.txt").write_text("hello\n", "utf-8")
    line = one_usage_line(run(command, "--root", str(tmp_path / "notes.txt")))
    assert "is a file, not a project folder" in line


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_a_folder_that_is_not_a_project_is_refused(tmp_path, command):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    line = one_usage_line(run(command, "--root", str(tmp_path / "photos")))  # serve: refused, nothing watched
    assert "not a timeline project" in line and "seeds/" in line
    assert not (tmp_path / "photos" / "site").exists() and not (tmp_path / "photos" / ".cache").exists()


def test_a_project_with_only_seeds_or_only_content_builds(tmp_path):
    (tmp_path / "a" / "seeds").mkdir(parents=True)
    (tmp_path / "b" / "content").mkdir(parents=True)
    for name in ("a", "b"):
        r = run("build", "--root", str(tmp_path / name))
        assert r.returncode == 0, r.stderr
        assert (tmp_path / name / "site" / "index.html").is_file()


# ---------------------------------------------------------------------------- score
@pytest.mark.parametrize(
    "args, said",
    [
        (["--gold", "{tmp}/no-gold", "--content", "{tmp}/no-content"], "no such gold folder"),
        (["--gold", "{gold}", "--content", "{tmp}/no-content"], "no such content folder"),
        (["--gold", "{gold}", "--seeds", "{tmp}/no-seeds"], "no such seed file"),
    ],
)
def test_score_on_missing_folders_is_one_line_not_a_perfect_score(tmp_path, capsys, args, said):
    argv = ["score"] + [a.format(tmp=tmp_path, gold=REPO / "tests" / "gold") for a in args]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and said in err, err


# ---------------------------------------------------------------------------- the program's name
def test_the_program_name_is_the_one_invoked():
    assert program_name("/usr/lib/python3/site-packages/generator/__main__.py") == "python -m generator"
    assert program_name("/home/me/.timeline/bin/timeline") == "timeline"
    r = run("--version")
    assert r.returncode == 0 and r.stdout.strip().startswith("python -m generator ")


@pytest.mark.skipif(not TIMELINE.is_file(), reason="the timeline script is not installed in this environment")
def test_the_timeline_command_calls_itself_timeline(tmp_path):
    r = run("--version", exe=[str(TIMELINE)])
    assert r.returncode == 0 and r.stdout.strip().startswith("timeline "), r.stdout
    assert "python -m generator" not in r.stdout
    r = run("build", "--help", exe=[str(TIMELINE)])
    assert r.stdout.startswith("usage: timeline build"), r.stdout
    r = run("buidl", exe=[str(TIMELINE)])
    assert one_usage_line(r).startswith("timeline: unknown command 'buidl'")
    r = run("new", str(tmp_path / "story"), exe=[str(TIMELINE)])
    assert r.returncode == 0 and f"timeline build --root {tmp_path / 'story'}" in r.stdout, r.stdout


# ---------------------------------------------------------------------------- a mistyped command
def test_a_mistyped_command_gets_did_you_mean(capsys):
    assert main(["buidl", "--root", "x"]) == 2
    out, err = capsys.readouterr()
    assert err == (
        "python -m generator: unknown command 'buidl': did you mean 'build'? "
        "(python -m generator --help lists the commands)\n"
    )
    assert main(["chek"]) == 2
    assert "did you mean 'check'?" in capsys.readouterr().err


def test_an_unknown_command_far_from_any_lists_them(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "unknown command 'frobnicate'" in err and "build, serve" in err
