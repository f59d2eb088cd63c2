"""Progress and a short report (issue #14, 5): a bar with the rate and the time left on a terminal
(tqdm), a line every 10 % otherwise; the closing report of a 300-seed build is a few lines."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

from generator.core.progress import Bar, TenthLines, progress_for
from tests.test_parallel_ingest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def test_a_line_every_ten_percent_when_not_on_a_terminal():
    out = io.StringIO()
    p = progress_for(out)
    assert isinstance(p, TenthLines)
    p.start(300, "annotating")
    for _ in range(300):
        p.advance()
    p.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("annotating: 10% (30/300 seeds, ") and "s left" in lines[0]
    assert lines[-1].startswith("annotating: 100% (300/300 seeds, ")


def test_a_bar_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    assert isinstance(progress_for(Tty()), Bar)


def _project(folder: Path, seeds) -> Path:
    (folder / "seeds").mkdir(parents=True)
    for s in seeds:
        (folder / "seeds" / s.name).write_bytes(s.read_bytes())
    return folder


def test_the_progress_bar_in_a_pseudo_terminal(tmp_path):
    project = _project(tmp_path / "p", SEEDS[:4])
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--root", str(project), "--jobs", "2"],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        cwd=ROOT,
        env=dict(os.environ, COLUMNS="100"),
    )
    os.close(follower)
    seen = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 300)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the follower side closed: the build ended
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait(60) == 0, seen.decode(errors="replace")
    text = seen.decode(errors="replace")
    # tqdm redraws its line with a carriage return: count, bar, rate and the time left
    assert "\r" in text
    bar = [part for part in re.split(r"[\r\n]", text) if part.startswith("annotating:")]
    assert any("4/4" in b and "100%" in b for b in bar), bar
    assert any(re.search(r"\d+/4 \[\d\d:\d\d<\d\d:\d\d, +[\d.?]+s?(?:/seed|seed/s)\]", b) for b in bar), bar


def _three_hundred_seeds(folder: Path) -> Path:
    """300 short articles: paragraphs of the real texts, each seed dated a day apart."""
    import datetime as dt

    from generator.seeds.reader import parse_seed

    paras = []
    for path in sorted((ROOT / "tests" / "corpus" / "real").glob("*.txt")):
        seed = parse_seed(path.name, path.read_bytes())
        paras += [b.text for b in getattr(seed, "blocks", ()) if b.kind == "paragraph" and len(b.text) > 120]
    (folder / "seeds").mkdir(parents=True)
    for i in range(300):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i)
        body = "\n\n".join(paras[(3 * i + k) % len(paras)] for k in range(2))
        (folder / "seeds" / f"a{i:03}.txt").write_text(f" date {day.isoformat()}\n\n{body}\n", encoding="utf-8")
    return folder


def test_the_closing_report_of_a_300_seed_build_is_under_ten_lines(tmp_path):
    project = _three_hundred_seeds(tmp_path / "p")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(project)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode in (0, 1), done.stderr
    progress = [line for line in done.stderr.splitlines() if line.startswith("annotating: ")]
    assert len(progress) == 10  # not a terminal: a line every 10 %
    report = done.stdout.splitlines() + [line for line in done.stderr.splitlines() if line not in progress]
    assert "annotated 300 seed(s):" in report
    assert len(report) < 10, report


def test_verbose_lists_every_entry_and_problem(capsys):
    from generator import cli
    from generator.core.errors import Problem

    paths = tuple(f"entries/2020/a{i}.md" for i in range(300))
    assert len(cli.annotated_lines(paths, 3)) == 5 and "297 more" in cli.annotated_lines(paths, 3)[-1]
    assert len(cli.annotated_lines(paths, len(paths))) == 301
    problems = [Problem(f"seeds/a{i}.txt", None, "bad", "fix it") for i in range(50)]
    cli._print_some_problems(problems, verbose=False)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == cli.PROBLEMS_SHOWN + 1 and "30 more problem(s)" in err[-1]
    cli._print_some_problems(problems, verbose=True)
    assert len(capsys.readouterr().err.splitlines()) == 50
