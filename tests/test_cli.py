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


# ---------------------------------------------------------------------------- new
@pytest.mark.parametrize("present", ["README.md", ".git", "LICENSE", "README.md+.git"])
def test_new_takes_a_folder_holding_only_a_readme_or_git(tmp_path, capsys, present):
    folder = tmp_path / "story"
    folder.mkdir()
    for name in present.split("+"):
        if name == ".git":
            (folder / ".git").mkdir()
            (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", "utf-8")
        else:
            (folder / name).write_text("My story.\n", "utf-8")
    assert main(["new", str(folder)]) == 0, capsys.readouterr().err
    assert (folder / "content" / "site.yaml").is_file() and (folder / "seeds").is_dir()
    for name in present.split("+"):
        assert (folder / name).exists()
    if "README.md" in present:
        assert (folder / "README.md").read_text("utf-8") == "My story.\n"


@pytest.mark.parametrize("present", ["notes.txt", "site", "content"])
def test_new_refuses_a_folder_with_other_things_in_it(tmp_path, capsys, present):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "README.md").write_text("My story.\n", "utf-8")
    (folder / present).mkdir() if "." not in present else (folder / present).write_text("x", "utf-8")
    assert main(["new", str(folder)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and present in err and "not empty" in err
    assert not (folder / "seeds").exists()


def test_new_writes_a_gitignore_for_what_builds_make(tmp_path):
    folder = tmp_path / "story"
    r = run("new", str(folder))
    assert r.returncode == 0, r.stderr
    ignored = (folder / ".gitignore").read_text("utf-8").splitlines()
    assert {"/site/", "/.cache/", "/.build.lock"} <= set(ignored)
    (folder / "seeds" / "one.txt").write_text(" date 2022-04-06\n\nNATO ministers met in Brussels.\n", "utf-8")
    assert run("build", "--root", str(folder)).returncode == 0
    assert {"site", ".cache", ".build.lock"} <= {p.name for p in folder.iterdir()}
    # what git would be asked to commit: the project's sources, nothing the build makes
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=folder, capture_output=True, text=True
    )
    untracked = sorted(line[3:].split("/")[0] for line in status.stdout.splitlines())
    assert sorted(set(untracked)) == [".gitignore", "content", "seeds"], status.stdout


def test_new_adds_to_a_gitignore_already_there_once(tmp_path, capsys):
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / ".gitignore").write_text("*.bak", "utf-8")  # no final newline
    assert main(["new", str(folder)]) == 0
    assert "added the build outputs to" in capsys.readouterr().out
    text = (folder / ".gitignore").read_text("utf-8")
    assert text.startswith("*.bak\n") and text.count("/site/") == 1


# ---------------------------------------------------------------------------- nothing changed
def test_nothing_changed_says_when_the_site_was_built_not_the_last_counts(tmp_path):
    root = small_project(tmp_path / "story")
    (root / "content" / "entries" / "2022-04-06-nato.md").write_text(
        "---\ntitle: NATO ministers meet\ndate: 2022-04-06\n---\nNATO ministers met.\n", "utf-8"
    )
    first = run("build", "--root", str(root))
    assert first.returncode == 0 and "written" in first.stdout, first.stderr
    again = run("build", "--root", str(root))
    line = again.stdout.strip()
    assert again.returncode == 0 and line.startswith("nothing changed since the last build (at "), line
    assert " today, " in line and " s ago)" in line
    pages = len(list((root / "site").rglob("*.html")))
    files = sum(1 for p in (root / "site").rglob("*") if p.is_file())
    assert f"site/ is as it left it: {pages} pages, {files} files" in line
    assert "written" not in line and "unchanged" not in line and " in 0." not in line


def test_when_a_build_was_is_said_plainly():
    import time

    from generator.cli import when

    now = time.mktime((2026, 11, 23, 15, 0, 0, 0, 0, -1))
    assert when(now - 5, now) == "at 14:59:55 today, 5 s ago"
    assert when(now - 600, now) == "at 14:50:00 today, 10 min ago"
    assert when(now - 3 * 86400, now) == "at 2026-11-20 15:00:00, 3 days ago"


# ---------------------------------------------------------------------------- base_url
NOTICE = "notice: base_url in content/site.yaml is "


def notices(r: subprocess.CompletedProcess) -> list[str]:
    return [line for line in r.stderr.splitlines() if line.startswith("notice: ")]


@pytest.mark.parametrize(
    "site, said",
    [
        (None, "the placeholder https://example.org/:"),
        ("title: T\n", "the placeholder https://example.org/:"),
        ("base_url: https://example.org/\n", "the placeholder https://example.org/:"),
        ("base_url: https://www.example.com/story/\n", "https://www.example.com/story/, a placeholder"),
    ],
)
def test_a_placeholder_base_url_is_one_notice_that_fails_nothing(tmp_path, site, said):
    root = small_project(tmp_path / "story")
    if site is not None:
        (root / "content" / "site.yaml").write_text(site, "utf-8")
    for args in (["build"], ["build", "--strict"], ["check", "--strict"], ["build"]):  # the last: nothing changed
        r = run(*args, "--root", str(root))
        assert r.returncode == 0, (args, r.stderr)
        assert len(notices(r)) == 1 and notices(r)[0].startswith(NOTICE + said), (args, r.stderr)
        assert "every feed, the sitemap and canonical links" in r.stderr
        assert "0 error(s), 0 warning(s)" in r.stdout if args[0] == "check" else "error(s)" not in r.stderr


def test_a_real_base_url_gets_no_notice(tmp_path):
    root = small_project(tmp_path / "story")
    (root / "content" / "site.yaml").write_text("base_url: https://news.example-paper.net/timeline/\n", "utf-8")
    for args in (["build"], ["check"], ["build"]):
        r = run(*args, "--root", str(root))
        assert r.returncode == 0 and not notices(r), r.stderr


def test_a_bad_base_url_is_a_problem_not_a_notice(tmp_path):
    root = small_project(tmp_path / "story")
    (root / "content" / "site.yaml").write_text("base_url: javascript:alert(1)\n", "utf-8")
    r = run("check", "--root", str(root))
    assert not notices(r) and "base_url" in r.stderr, r.stderr
