"""Issue #15: what real seeds, editors and themes do. Each reproduction of the issue is a test here:
bad input gets one clear line naming the file, the problem and the fix; nothing is lost; ``check``
and ``build`` agree on what is wrong; the same input gives the same output.

Most tests build content-only projects (no seed to annotate, so spaCy never loads); the few that
need an annotated seed share one (``annotated``).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator import cli
from generator.content import registry as registry_io
from generator.content.entries import load_entry_and_digest
from generator.core.model import Actor
from generator.render import urls
from generator.seeds.reader import Problem, Seed, list_seed_files, parse_seed, read_seeds

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2024, 1, 1)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


ACTORS = "nato:\n  name: NATO\n  kind: organization\n  aliases: [NATO]\n"


def entry_text(title: str = "Entry", date: str = "2022-04-01", event_date: str | None = None, **extra: str) -> str:
    lines = [f"title: {title}", f"date: {date}", "actors: [nato]", "events:"]
    lines += [f"- date: {event_date or date}", "  text: NATO met.", "  actors: [nato]"]
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return "---\n" + "\n".join(lines) + "\n---\nNATO met.\n"


def project(root: Path, entries: dict[str, str] | None = None, actors: str = ACTORS, site: str = "") -> Path:
    """A content-only project: entries (name -> text) in content/entries/2022/."""
    folder = root / "content" / "entries" / "2022"
    folder.mkdir(parents=True, exist_ok=True)
    (root / "content" / "actors.yaml").write_text(actors, encoding="utf-8")
    if site:
        (root / "content" / "site.yaml").write_text(site, encoding="utf-8")
    for name, text in (entries if entries is not None else {"2022-04-01-entry.md": entry_text()}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def build_and_check(root: Path) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """``build`` then ``check``; neither may crash, and they report the same problems."""
    built = run("build", "--root", str(root))
    checked = run("check", "--root", str(root))
    for r in (built, checked):
        assert "Traceback" not in r.stderr, r.stderr
    assert problem_lines(built) == problem_lines(checked), (built.stderr, checked.stderr)
    return built, checked


def problem_lines(r: subprocess.CompletedProcess) -> list[str]:
    return [line for line in r.stderr.splitlines() if ": " in line and not line.startswith(("build ", "--strict"))]


# ====================================================================== 1. control characters
@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x08", "\x0e", "\ufffe", "\uffff"])
def test_a_control_character_in_a_seed_is_one_line_naming_it(char):
    data = f" date 2022-04-08 Talks\n\nPedro Sanchez met NATO officials, {char}officials said.\n".encode()
    result = parse_seed("seeds/010_esc.txt", data, TODAY)
    assert isinstance(result, Problem), result
    assert result.line == 3 and f"U+{ord(char):04X}" in result.message and result.hint


def test_whitespace_control_characters_are_still_whitespace():
    data = b" date 2022-04-08 Talks\n\nPedro Sanchez met NATO\x0cofficials\x0bon Thursday.\n"
    assert isinstance(parse_seed("seeds/a.txt", data, TODAY), Seed)


def test_control_characters_in_hand_edits_are_reported_and_the_site_still_builds(tmp_path):
    root = project(
        tmp_path / "p",
        {
            "2022-04-01-a.md": entry_text('"a\\0b"'),
            "2022-04-02-b.md": entry_text("Fine", "2022-04-02") + "It was \x1b[1mlong\x1b[0m.\n",
        },
        actors='nato:\n  name: "NATO\\x07"\n  kind: organization\n  aliases: [NATO]\n',
        site='title: "My \\e timeline"\n',
    )
    built, checked = build_and_check(root)
    assert built.returncode == 1 and checked.returncode == 1
    lines = problem_lines(built)
    assert any(line.startswith("content/entries/2022/2022-04-01-a.md:2: ") and "U+0000" in line for line in lines)
    assert any(line.startswith("content/entries/2022/2022-04-02-b.md:") and "U+001B" in line for line in lines)
    assert any(line.startswith("content/actors.yaml:1: ") and "U+0007" in line for line in lines)
    assert any(line.startswith("content/site.yaml:1: ") and "U+001B" in line for line in lines)
    site = root / "site"
    assert (site / "entries" / "2022-04-01-a.html").is_file() and (site / "actors" / "nato.html").is_file()
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json"):
            text = path.read_text(encoding="utf-8")
            assert not any(c in text for c in "\x00\x07\x1b"), path


# ====================================================================== 2. appending to actors.yaml
NEW = (Actor(slug="un", name="United Nations", kind="organization", aliases=("UN",)),)


@pytest.mark.parametrize(
    "text",
    [
        ACTORS + "...\n",
        ACTORS + "...\n# the end\n",
        "---\n" + ACTORS + "...",
        '{"nato": {"name": "NATO", "kind": "organization", "aliases": ["NATO"]}}\n',
        '{\n  "nato": {"name": "NATO", "kind": "organization", "aliases": ["NATO"]}\n}',
        "{}\n",
        "",
    ],
    ids=["end-marker", "end-marker-comment", "start-and-end", "json-one-line", "json", "empty-json", "empty"],
)
def test_appending_actors_keeps_every_valid_registry_valid(tmp_path, text):
    (tmp_path / "actors.yaml").write_text(text, encoding="utf-8")
    before, problems = registry_io.load_registry(tmp_path, "actors.yaml")
    assert not problems
    assert registry_io.append_registry(tmp_path, NEW) is None
    after, problems = registry_io.load_registry(tmp_path, "actors.yaml")
    assert not problems, problems
    assert after == {**before, "un": after["un"]} and after["un"].name == "United Nations"
    lines = (tmp_path / "actors.yaml").read_text(encoding="utf-8").splitlines()
    if not text.startswith("{"):  # every line the editor wrote is still there, in order
        kept = iter(lines)
        assert all(line in kept for line in text.splitlines())


def test_a_registry_that_cannot_be_appended_to_is_left_alone_with_a_problem(tmp_path):
    text = "  nato:\n    name: NATO\n    kind: organization\n"  # valid, but indented: an append would break it
    (tmp_path / "actors.yaml").write_text(text, encoding="utf-8")
    problem = registry_io.append_registry(tmp_path, NEW)
    assert isinstance(problem, Problem) and problem.hint
    assert (tmp_path / "actors.yaml").read_text(encoding="utf-8") == text


# ====================================================================== 3 and 7. output paths
def test_an_actor_named_like_a_reserved_page_gets_its_own_page(tmp_path):
    actors = ACTORS + "index:\n  name: INDEX\n  kind: organization\n  aliases: [INDEX]\n"
    entry = entry_text().replace("actors: [nato]", "actors: [nato, index]", 1)
    root = project(tmp_path / "p", {"2022-04-01-entry.md": entry}, actors=actors)
    built, checked = build_and_check(root)
    assert built.returncode == 0 and checked.returncode == 0, built.stderr
    html = (root / "site" / "actors" / "index.html").read_text(encoding="utf-8")
    assert "INDEX" in html and (root / "site" / urls.actor_page("index")).is_file()


def test_no_slug_gives_an_output_path_of_another_kind_or_too_long_a_file_name():
    fixed = {urls.INDEX, urls.ACTORS_INDEX, urls.RSS, urls.ATOM, urls.JSON_FEED, urls.CALENDAR, urls.NOT_FOUND}
    for slug in ("index", "rss", "atom", "feed", "404", "x" * 250, "a-" * 120 + "b"):
        paths = [urls.entry_page(slug), urls.actor_page(slug), urls.actor_rss(slug), urls.actor_atom(slug)]
        assert not fixed & set(paths), slug
        assert all(len(p.rpartition("/")[2].encode()) <= 255 for p in paths), slug
        urls.check_output_path(paths[0])
    long_ones = {urls.actor_page("x" * 250 + s) for s in ("a", "b")}
    assert len(long_ones) == 2


def test_long_entry_file_names_and_actor_slugs_build(tmp_path):
    slug = "a" * 250
    actors = ACTORS + f"{slug}:\n  name: Long\n  kind: organization\n  aliases: [Long]\n"
    entry = entry_text().replace("actors: [nato]", f"actors: [nato, {slug}]", 1)
    name = "2022-04-01-" + "b" * 241 + ".md"
    assert len(name.encode()) == 255
    root = project(tmp_path / "p", {name: entry}, actors=actors)
    built, checked = build_and_check(root)
    assert built.returncode == 0 and checked.returncode == 0, built.stderr
    assert len(list((root / "site" / "actors").glob("*.html"))) == 3


# ====================================================================== 5. pathological seeds
@pytest.mark.parametrize("run_", ["[" * 60000, "<&" * 10000, "*" * 20000, "_" * 20000, ("%" * 900 + " ") * 50])
def test_a_seed_spacy_would_stall_on_is_refused_at_once(run_):
    data = f" date 2022-04-08 Talks\n\nNATO met on Thursday. {run_} said.\n".encode()
    started = time.perf_counter()
    result = parse_seed("seeds/a.txt", data, TODAY)
    assert time.perf_counter() - started < 1
    assert isinstance(result, Problem) and result.line == 3 and "without a space" in result.message, result


def test_long_urls_and_rules_are_fine():
    url = "https://example.org/" + "/".join(["section"] * 40) + "?q=" + "x" * 100
    data = f" date 2022-04-08 Talks\n\nNATO met, see {url} and {'-' * 300} and {'=' * 80}.\n".encode()
    assert isinstance(parse_seed("seeds/a.txt", data, TODAY), Seed)


# ====================================================================== 7. hand edits that crashed
@pytest.mark.parametrize("date", ["9999-12-31", "9999-W52", "9999-12", "9999"])
def test_an_event_at_the_end_of_time_is_a_problem_not_a_crash(tmp_path, date):
    entry = entry_text(event_date=date).replace("events:\n", "events:\n- date: 2022-04-01\n  text: Fine.\n", 1)
    entry = entry.replace("  text: NATO met.", "  status: planned\n  text: NATO met.")
    root = project(tmp_path / "p", {"2022-04-01-entry.md": entry})
    built, _ = build_and_check(root)
    assert built.returncode == 1
    assert any("9999" in line and "2022-04-01-entry.md:" in line for line in problem_lines(built)), built.stderr


def test_a_huge_number_in_any_yaml_file_is_a_problem(tmp_path):
    big = "9" * 5000
    root = project(
        tmp_path / "p",
        {"2022-04-01-entry.md": entry_text(extra=big)},
        actors=ACTORS + f"  role: {big}\n",
        site=f"feed_size: {big}\n",
    )
    built, _ = build_and_check(root)
    assert built.returncode == 1
    lines = problem_lines(built)
    for name in ("content/entries/2022/2022-04-01-entry.md:", "content/actors.yaml:", "content/site.yaml:"):
        assert any(line.startswith(name) and "digits" in line for line in lines), (name, lines)


@pytest.mark.parametrize("title", ["''", "'   '"])
def test_an_empty_site_title_is_a_problem(tmp_path, title):
    root = project(tmp_path / "p", site=f"title: {title}\n")
    built, _ = build_and_check(root)
    assert built.returncode == 1
    assert any(line.startswith("content/site.yaml:1: ") and "title" in line for line in problem_lines(built))
    assert (root / "site" / "feeds" / "rss.xml").is_file()


def test_an_entry_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.md"
    path.write_text(entry_text() + "NATO met. " * 500_000, encoding="utf-8")
    started = time.perf_counter()
    entry, problems, _ = load_entry_and_digest(path, "content/entries/big.md")
    assert time.perf_counter() - started < 1
    assert entry is None and len(problems) == 1 and "MB, over the" in problems[0].message


# ====================================================================== 10. silent skips and duplicates
def test_seed_names_that_are_not_files_each_get_a_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(" date 2022-04-06 NATO met.", encoding="utf-8")
    (seeds / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    os.mkfifo(seeds / "fifo.txt")
    (seeds / "folder.txt").mkdir()
    (seeds / "notes.md").write_text("not a seed", encoding="utf-8")  # not *.txt: not a seed, no word
    files, problems = list_seed_files(seeds)
    assert [p.name for p in files] == ["good.txt"]
    named = {p.path.rpartition("/")[2]: p for p in problems}
    assert set(named) == {"dangling.txt", "loop.txt", "fifo.txt", "folder.txt"}, problems
    assert all(p.hint for p in problems)


def test_duplicate_seeds_keep_the_one_an_entry_already_names(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt"):
        (seeds / name).write_text(" date 2022-04-06 NATO met in Brussels.", encoding="utf-8")
    paths = (seeds / "a.txt", seeds / "b.txt")
    kept, problems = read_seeds(paths, tmp_path, TODAY, known=frozenset({"seeds/b.txt"}))
    assert [s.path for s in kept] == ["seeds/b.txt"]
    assert [p.path for p in problems] == ["seeds/a.txt"] and "seeds/b.txt" in problems[0].message
    kept, problems = read_seeds(paths, tmp_path, TODAY)
    assert [s.path for s in kept] == ["seeds/a.txt"]


@pytest.fixture(scope="module")
def annotated(tmp_path_factory) -> Path:
    """A project with one real seed, built once."""
    root = tmp_path_factory.mktemp("annotated") / "p"
    (root / "seeds").mkdir(parents=True)
    seed = sorted((REPO / "seeds").glob("*.txt"))[0]
    shutil.copy(seed, root / "seeds" / "one.txt")
    r = run("build", "--root", str(root))
    assert r.returncode == 0, r.stderr
    return root


def test_an_entry_broken_until_it_lost_its_seed_line_is_not_annotated_twice(annotated, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(annotated, root, ignore=shutil.ignore_patterns(".build.lock"))
    (entry,) = (root / "content" / "entries").rglob("*.md")
    good = entry.read_text(encoding="utf-8")
    broken = "\n".join(line for line in good.splitlines() if not line.startswith(("---", "seed")))
    entry.write_text(broken + "\n", encoding="utf-8")  # front matter markers and seed lines gone
    r = run("build", "--root", str(root))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert [p.name for p in (root / "content" / "entries").rglob("*.md")] == [entry.name], r.stdout
    assert any(entry.name in line and "seeds/one.txt" in line for line in r.stderr.splitlines()), r.stderr
    entry.write_text(good, encoding="utf-8")  # the editor repairs it
    r = run("build", "--root", str(root))
    assert r.returncode == 0, r.stderr
    assert [p.name for p in (root / "content" / "entries").rglob("*.md")] == [entry.name]


# ====================================================================== 11. the report at scale
def test_the_report_of_a_large_build_is_short_lines_and_counts_problems():
    lines = cli.annotated_lines(tuple(f"entries/2022/2022-04-01-entry-number-{i}.md" for i in range(2000)))
    assert len(lines) <= 12 and max(len(line) for line in lines) < 200
    assert "2000" in lines[0] and "1990 more" in lines[-1]
    assert cli.annotated_lines(("entries/a.md",)) == ["annotated 1 seed(s): entries/a.md"]


def test_build_prints_a_problem_count(tmp_path):
    root = project(tmp_path / "p", {"2022-04-01-entry.md": entry_text().replace("[nato]", "[natp]", 1)})
    built = run("build", "--root", str(root))
    assert built.returncode == 1
    assert "1 error(s), 0 warning(s)" in built.stderr
    again = run("build", "--root", str(root))  # nothing changed: the same report
    assert "1 error(s), 0 warning(s)" in again.stderr


def test_yaml_is_what_the_hand_edit_tests_think_it_is():
    assert yaml.safe_load('t: "a\\0b"')["t"] == "a\x00b"
    assert yaml.safe_load('t: "My \\e timeline"')["t"] == "My \x1b timeline"
