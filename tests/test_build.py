"""The whole pipeline on the two real seeds, as a new user runs it: seeds -> content/ -> site/.

One session fixture annotates the seeds once (spaCy loads once); each test copies that project
into its own temporary folder before changing anything.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
    )


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file under folder and its bytes, and every folder (None), so an empty folder left behind counts."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None for p in sorted(folder.rglob("*"))
    }


def copy_project(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".build.lock"))
    return dst


@pytest.fixture(scope="session")
def example(tmp_path_factory) -> Path:
    """A fresh project holding only the repo's seeds and site.yaml, built once."""
    root = tmp_path_factory.mktemp("example") / "project"
    (root / "content").mkdir(parents=True)
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copy(REPO / "content" / "site.yaml", root / "content" / "site.yaml")
    r = run("build", "--root", str(root))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "annotated 2 seed(s)" in r.stdout
    r = run("build", "--root", str(root))  # the state after annotation settles on the second build
    assert r.returncode == 0 and "0 written" in r.stdout, r.stdout + r.stderr
    return root


@pytest.fixture
def project(example, tmp_path) -> Path:
    return copy_project(example, tmp_path / "project")


def timeline_dates(site: Path) -> list[str]:
    html = (site / "index.html").read_text("utf-8")
    return re.findall(r'<li class="event[^"]*"[^>]*>.*?<time datetime="([^"]+)"', html, re.S) or re.findall(
        r'<section class="day" id="[^"]*">\s*<h3[^>]*>.*?datetime="([^"]+)"', html, re.S
    )


def test_seeds_become_entries_and_registry(example):
    entries = sorted((example / "content" / "entries").rglob("*.md"))
    assert len(entries) == 2
    registry = yaml.safe_load((example / "content" / "actors.yaml").read_text("utf-8"))
    names = {item["name"]: item["kind"] for item in registry.values()}
    for name, kind in [
        ("Antony Blinken", "person"),
        ("Jens Stoltenberg", "person"),
        ("Vladimir Putin", "person"),
        ("Dmytro Kuleba", "person"),
        ("NATO", "organization"),
        ("Russia", "country"),
        ("Ukraine", "country"),
    ]:
        assert names.get(name) == kind, (name, names)
    assert not {"CNN", "Bucha", "Brussels", "The New York Times"} & set(names)
    front = yaml.safe_load(entries[0].read_text("utf-8").split("---")[1])
    assert front["sources_cited"] == ["CNN"] and front["seed"].startswith("seeds/")


def test_timeline_lists_events_of_both_seeds_in_date_order(example):
    html = (example / "site" / "index.html").read_text("utf-8")
    days = re.findall(r'<section class="day" id="d(\d{4}-\d{2}-\d{2})"', html)
    assert days == sorted(days), days
    assert "2022-04-05" in days and "2022-04-06" in days and days.index("2022-04-05") < days.index("2022-04-06")
    assert "2022-02-24" in days  # from the second seed ("since the Russian invasion began on February 24")
    assert "arrived in Brussels on Tuesday, April 5" in html


def test_actor_pages_exist_for_actors_and_not_for_outlets_or_places(example):
    actors = example / "site" / "actors"
    for slug in ("antony-blinken", "jens-stoltenberg", "vladimir-putin", "dmytro-kuleba", "nato", "russia", "ukraine"):
        assert (actors / f"{slug}.html").is_file(), slug
    for slug in ("cnn", "bucha", "brussels", "the-new-york-times"):
        assert not (actors / f"{slug}.html").exists(), slug
    index = (actors / "index.html").read_text("utf-8")
    assert "Jens Stoltenberg" in index and "CNN" not in index


def test_feeds_parse_with_one_item_per_entry(example):
    site = example / "site"
    for name in ("rss.xml", "atom.xml"):
        feed = feedparser.parse((site / "feeds" / name).read_bytes())
        assert feed.bozo == 0, feed.bozo_exception
        assert len(feed.entries) == 2
        for item in feed.entries:
            assert item.link.startswith("https://example.org/timeline/entries/") and item.id and item.title
            assert item.get("published_parsed") or item.get("updated_parsed")
    actor = feedparser.parse((site / "feeds" / "actors" / "nato.atom.xml").read_bytes())
    assert actor.bozo == 0 and len(actor.entries) == 2 and "NATO" in actor.feed.title
    index = (site / "index.html").read_text("utf-8")
    assert (
        'rel="alternate" type="application/rss+xml"' in index and 'rel="alternate" type="application/atom+xml"' in index
    )


def test_links_are_relative_and_point_at_files(example):
    for page in (example / "site").rglob("*.html"):
        if page.name == "404.html":
            continue
        for href in re.findall(r'(?:href|src)="([^"]+)"', page.read_text("utf-8")):
            if href.startswith(("https://", "http://", "#", "mailto:", "data:")):
                continue
            assert not href.startswith("/"), (page, href)
            target = (page.parent / href.split("#")[0]).resolve()
            assert target.is_file(), (page, href)


def test_a_hand_edited_title_survives_a_rebuild(project):
    entry = sorted((project / "content" / "entries").rglob("*.md"))[0]
    text = entry.read_text("utf-8")
    edited = re.sub(r"^title: .*$", "title: Blinken lands in Brussels (edited by hand)", text, count=1, flags=re.M)
    entry.write_text(edited, "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert entry.read_text("utf-8") == edited
    assert "Blinken lands in Brussels (edited by hand)" in (project / "site" / "index.html").read_text("utf-8")


def test_a_changed_seed_is_reannotated_unless_its_entry_was_edited(project):
    seeds = sorted((project / "seeds").glob("*.txt"))
    entries = {
        yaml.safe_load(p.read_text("utf-8").split("---")[1])["seed"]: p
        for p in (project / "content" / "entries").rglob("*.md")
    }
    # 1. entry untouched: the build re-annotates it in place
    first = seeds[0]
    first.write_text(first.read_text("utf-8").replace("arrived in Brussels", "landed in Brussels"), "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert "landed in Brussels" in entries[f"seeds/{first.name}"].read_text("utf-8")
    # 2. entry edited by hand: kept, with a warning naming the command that re-annotates on purpose
    second = seeds[1]
    target = entries[f"seeds/{second.name}"]
    target.write_text(target.read_text("utf-8").replace("title: ", "title: EDITED ", 1), "utf-8")
    before = target.read_text("utf-8")
    second.write_text(second.read_text("utf-8") + "\nOne more paragraph about the talks.\n", "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert target.read_text("utf-8") == before
    assert f"python -m generator ingest --force seeds/{second.name}" in r.stderr
    # 3. ...and that command does it
    r = run("ingest", "--force", f"seeds/{second.name}", "--content", "content", cwd=project)
    assert r.returncode == 0, r.stderr
    assert "EDITED" not in target.read_text("utf-8")


def test_two_builds_of_the_same_input_are_byte_identical(example, tmp_path):
    a = copy_project(example, tmp_path / "a")
    b = copy_project(example, tmp_path / "b")
    for p in (a, b):
        shutil.rmtree(p / "site")
        shutil.rmtree(p / ".cache", ignore_errors=True)
        assert run("build", "--root", str(p)).returncode == 0
    assert tree(a / "site") == tree(b / "site")


def test_ingest_annotates_without_rendering(example, tmp_path):
    content = tmp_path / "content"
    r = run("ingest", str(example / "seeds" / "000_2e5ef053ca83bd55.txt"), "--content", str(content))
    assert r.returncode == 0, r.stderr
    assert len(list(content.rglob("*.md"))) == 1 and (content / "actors.yaml").is_file()
    assert not (tmp_path / "site").exists()


def test_new_scaffolds_a_project_that_builds(tmp_path):
    r = run("new", str(tmp_path / "blog"))
    assert r.returncode == 0, r.stderr
    r = run("build", "--root", str(tmp_path / "blog"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "blog" / "site" / "index.html").is_file()
    assert run("new", str(tmp_path / "blog")).returncode == 2  # not empty: refused


def test_every_command_has_help():
    for command in ("build", "serve", "ingest", "check", "actors", "new", "score", "context-docs"):
        r = run(command, "--help")
        assert r.returncode == 0 and "usage:" in r.stdout and len(r.stdout) > 80, command
    assert run("no-such-command").returncode == 2


def test_score_command_reports_the_seeds(example):
    r = run("score", "--gold", str(REPO / "tests" / "gold"), "--content", str(example / "content"))
    assert r.returncode == 0, r.stderr
    assert re.search(r"actors", r.stdout) and "F1" in r.stdout.upper()


# ---------------------------------------------------------------------------- incremental builds
def _clean_build(src: Path, dst: Path) -> dict[str, bytes]:
    copy_project(src, dst)
    shutil.rmtree(dst / "site", ignore_errors=True)
    shutil.rmtree(dst / ".cache", ignore_errors=True)
    r = run("build", "--root", str(dst))
    assert r.returncode == 0, r.stderr
    return tree(dst / "site")


@pytest.mark.parametrize(
    "change",
    [
        "title",
        "body",
        "new entry",
        "delete entry",
        "actor renamed",
        "alias moved",
        "template",
        "stylesheet",
        "added stylesheet",
        "happening merged",
        "event moved",
        "nothing",
    ],
)
def test_incremental_build_equals_a_clean_build(project, tmp_path, change):
    entries = sorted((project / "content" / "entries").rglob("*.md"))
    if change == "title":
        text = entries[1].read_text("utf-8")
        entries[1].write_text(re.sub(r"^title: .*$", "title: A new headline", text, count=1, flags=re.M), "utf-8")
    elif change == "body":  # only the search index shows an entry's body words besides its own page
        entries[1].write_text(entries[1].read_text("utf-8") + "\nA zanzibarian postscript.\n", "utf-8")
    elif change == "new entry":
        (entries[0].parent / "2022-04-08-extra.md").write_text(
            "---\ntitle: Extra\ndate: 2022-04-08\nactors: [nato]\nevents:\n"
            "- date: 2022-04-08\n  text: NATO met again.\n  actors: [nato]\n---\nNATO met again.\n",
            "utf-8",
        )
    elif change == "delete entry":
        entries[1].unlink()
        for seed in (project / "seeds").glob("001_*"):
            seed.unlink()  # or the build would annotate it again
    elif change == "actor renamed":
        registry = project / "content" / "actors.yaml"
        registry.write_text(
            registry.read_text("utf-8").replace("name: NATO\n", "name: North Atlantic Treaty Organization\n"), "utf-8"
        )
    elif change == "alias moved":  # an editor merges NATO into a new actor: the entries' 'nato' follows the alias
        registry = project / "content" / "actors.yaml"
        text = registry.read_text("utf-8")
        assert "\nnato:\n" in text
        text = text.replace("\nnato:\n", "\nold-nato:\n").replace("name: NATO\n", "name: NATO (old)\n", 1)
        text = re.sub(r"(old-nato:\n(?:  .*\n|  - .*\n)*?  aliases:\n)((?:  - .*\n)+)", r"\1  - Old NATO\n", text)
        registry.write_text(
            text + "the-alliance:\n  name: The Alliance\n  kind: organization\n  aliases: [NATO]\n", "utf-8"
        )
    elif change == "happening merged":  # an editor files an event of one article under another's happening:
        # the other article's page (unchanged itself) now says a second source reports it
        ids = [re.findall(r"(?m)^  happening: (.*)$", e.read_text("utf-8")) for e in entries[:2]]
        other = next(h for h in ids[0] if h not in ids[1])
        text = entries[1].read_text("utf-8")
        merged = re.sub(r"(?m)^(  happening: ).*$", lambda m: m[1] + other, text, count=1)
        assert merged != text
        entries[1].write_text(merged, "utf-8")
    elif change == "event moved":  # an event's date: its id, its start and its happening change, so every
        # page, feed, export and search file that shows or links it (and no stale one) is made again
        text = entries[1].read_text("utf-8")
        head, sep, events = text.partition("\nevents:\n")
        moved = re.sub(r"(?m)^(-? *date: '?)(\d{4})", lambda m: m[1] + str(int(m[2]) - 1), events, count=1)
        assert sep and moved != events
        entries[1].write_text(head + sep + moved, "utf-8")
    elif change == "stylesheet":
        static = project / "themes" / "default" / "static"
        static.mkdir(parents=True)
        css = (REPO / "themes" / "default" / "static" / "style.css").read_text("utf-8")
        (static / "style.css").write_text(css + "\n.site-footer { letter-spacing: 0.01em; }\n", "utf-8")
    elif change == "added stylesheet":  # every page links it, and 404.html inlines it
        static = project / "themes" / "default" / "static"
        static.mkdir(parents=True)
        (static / "extra.css").write_text(".site-footer { letter-spacing: 0.02em; }\n", "utf-8")
    elif change == "template":
        theme = project / "themes" / "default" / "templates"
        theme.mkdir(parents=True)
        shutil.copy(REPO / "themes" / "default" / "templates" / "base.html", theme / "base.html")
        base = theme / "base.html"
        base.write_text(base.read_text("utf-8").replace("</footer>", "<p>Changed footer.</p></footer>"), "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 0, r.stderr
    incremental = tree(project / "site")
    assert incremental == _clean_build(project, tmp_path / "clean")
    if change == "nothing":
        assert "nothing changed" in r.stdout
    else:
        assert "unchanged)" in r.stdout and "nothing changed" not in r.stdout
        again = run("build", "--root", str(project))  # the state it saved matches the site it left
        assert again.returncode == 0 and "nothing changed" in again.stdout, again.stdout


def test_a_chain_of_incremental_builds_from_the_spare_equals_clean_builds(project, tmp_path):
    """Each build keeps the site it replaced (the spare, in .cache/) and the next patch starts from it:
    after edits one after the other (so the spare is stale where the last build changed files, and
    entries go and come), every site equals a clean build's, empty folders included."""
    entries = sorted((project / "content" / "entries").rglob("*.md"))
    assert run("build", "--root", str(project)).returncode == 0
    removed = entries[1].read_text("utf-8")

    def title(text: str) -> str:
        return re.sub(r"^title: .*$", "title: A chained headline", text, count=1, flags=re.M)

    edits = [
        lambda: entries[0].write_text(title(entries[0].read_text("utf-8")), "utf-8"),
        lambda: entries[1].unlink(),
        lambda: entries[0].write_text(entries[0].read_text("utf-8") + "\nA zanzibarian postscript.\n", "utf-8"),
        lambda: entries[1].write_text(removed, "utf-8"),
    ]
    for seed in (project / "seeds").glob("001_*"):
        seed.unlink()  # or the build would annotate the deleted entry's seed again
    for i, edit in enumerate(edits):
        edit()
        r = run("build", "--root", str(project))
        assert r.returncode == 0 and "unchanged)" in r.stdout, r.stderr
        spares = list((project / ".cache").glob("site-spare-*"))
        assert len(spares) == 1, spares
        assert tree(project / "site") == _clean_build(project, tmp_path / f"clean{i}"), f"after edit {i}"


def test_an_entry_edited_after_the_build_listed_it_is_seen_by_the_next_build(project, tmp_path):
    from generator.build import build
    from generator.incremental.state import observe

    entry = sorted((project / "content" / "entries").rglob("*.md"))[1]
    observed = observe(project)  # the listing the build works from, taken before the edit
    text = entry.read_text("utf-8")
    entry.write_text(re.sub(r"^title: .*$", "title: Edited while building", text, count=1, flags=re.M), "utf-8")
    os.utime(entry, ns=(entry.stat().st_atime_ns, entry.stat().st_mtime_ns + 10**9))  # a stamp unlike the listed one
    build(project, observed=observed)
    r = run("build", "--root", str(project))
    assert r.returncode == 0 and "nothing changed" not in r.stdout, r.stdout
    assert tree(project / "site") == _clean_build(project, tmp_path / "clean")
    assert "Edited while building" in (project / "site" / "index.html").read_text("utf-8")


def test_a_linked_entries_folder_builds_as_a_plain_one(project, tmp_path):
    entries = project / "content" / "entries"
    shutil.move(str(entries), str(tmp_path / "elsewhere"))
    entries.symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    shutil.rmtree(project / "site")
    shutil.rmtree(project / ".cache")
    r = run("build", "--root", str(project))
    assert r.returncode == 0 and "could not be read" not in r.stderr, r.stderr
    assert tree(project / "site") == _clean_build(project, tmp_path / "clean")  # (the copy has a plain folder)
    (
        tmp_path
        / "elsewhere"
        / sorted(p.relative_to(tmp_path / "elsewhere") for p in (tmp_path / "elsewhere").rglob("*.md"))[0]
    ).touch()
    assert "nothing changed" not in run("build", "--root", str(project)).stdout  # an edit in there is seen


def test_a_build_that_waited_for_another_one_reads_what_that_one_wrote(project, tmp_path):
    from generator.build import build
    from generator.incremental.state import observe

    entry = sorted((project / "content" / "entries").rglob("*.md"))[0]
    aside = tmp_path / entry.name
    shutil.move(str(entry), str(aside))
    stale = observe(project)  # taken while the other build is still writing the entry
    shutil.move(str(aside), str(entry))
    build(project)  # the other build finishes (it saves its state)
    report = build(project, observed=stale)
    assert not report.problems, [str(p) for p in report.problems]
    assert tree(project / "site") == _clean_build(project, tmp_path / "clean")


def test_a_touched_site_is_rebuilt(project):
    page = project / "site" / "index.html"
    page.write_text("defaced", "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 0 and "nothing changed" not in r.stdout
    assert page.read_text("utf-8") != "defaced"


def test_no_machine_paths_in_the_output(example):
    for path, data in tree(example / "site").items():
        text = path if data is None else data.decode("utf-8", "replace")
        assert str(example) not in text and os.sep + "tmp" + os.sep not in text, path


def test_a_broken_entry_is_never_overwritten_by_its_seed(project):
    entry = sorted((project / "content" / "entries").rglob("*.md"))[0]
    broken = entry.read_text("utf-8").replace("title: ", 'title: "Unclosed quote edited by hand ', 1)
    entry.write_text(broken, "utf-8")
    r = run("build", "--root", str(project))
    assert r.returncode == 1  # reported as a problem...
    assert entry.read_text("utf-8") == broken  # ...and the editor's text is still there
    assert "could not be read" in r.stderr and entry.name in r.stderr
    assert len(list((project / "content" / "entries").rglob("*.md"))) == 2  # no second copy either


def test_a_broken_registry_stops_annotation_instead_of_duplicating_actors(project):
    registry = project / "content" / "actors.yaml"
    registry.write_text(registry.read_text("utf-8") + "broken: [unclosed\n", "utf-8")
    before = registry.read_text("utf-8")
    for entry in (project / "content" / "entries").rglob("*.md"):
        entry.unlink()  # the seeds now look new
    r = run("build", "--root", str(project))
    assert r.returncode == 1
    assert registry.read_text("utf-8") == before
    assert "new seeds were not annotated" in r.stderr
    assert not list((project / "content" / "entries").rglob("*.md"))


def test_the_stopwatch_counts_the_cpu_of_the_build_and_of_its_ended_children():
    import os
    import time

    from generator.core.stopwatch import Stopwatch

    def busy(seconds):
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    clock = Stopwatch()
    busy(0.1)
    clock.lap("here")
    pid = os.fork()
    if pid == 0:  # a worker: its CPU counts once it is reaped
        busy(0.2)
        os._exit(0)
    os.waitpid(pid, 0)
    clock.lap("child")
    (stage, wall, cpu), (_, _, child_cpu) = clock.laps
    assert stage == "here" and cpu >= 0.09 and wall >= 0.09
    assert child_cpu >= 0.19


@pytest.mark.parametrize("damage", ["memo deleted", "memo corrupt", "entries corrupt", "state corrupt", "memo stale"])
def test_a_damaged_or_stale_cache_never_changes_the_output(project, tmp_path, damage):
    """The caches in .cache/ (the exports' and the search index's fragments, the parsed entries, the
    last build's state) deleted, cut short, overwritten or left from an older build: after an edit,
    the site is still byte for byte a clean build's."""
    cache = project / ".cache"
    entries = sorted((project / "content" / "entries").rglob("*.md"))
    memo = cache / "exports.pickle"
    older = memo.read_bytes()  # the memo of the build before the next one
    entries[1].write_text(entries[1].read_text("utf-8") + "\nA zanzibarian postscript.\n", "utf-8")
    assert run("build", "--root", str(project)).returncode == 0
    assert memo.read_bytes() != older  # the postscript's words: new fragments
    text = entries[1].read_text("utf-8")
    entries[1].write_text(re.sub(r"^title: .*$", "title: A damaged headline", text, count=1, flags=re.M), "utf-8")
    shards = sorted(cache.glob("entries-*.pickle"))
    assert shards
    if damage == "memo deleted":
        memo.unlink()
    elif damage == "memo corrupt":
        memo.write_bytes(memo.read_bytes()[: memo.stat().st_size // 2])
    elif damage == "entries corrupt":
        for shard in shards:
            shard.write_bytes(b"not a pickle" + shard.read_bytes()[12:])
    elif damage == "state corrupt":
        (cache / "build-state.json").write_text('{"version": 1, "keys": [["index.html"', "utf-8")
    elif damage == "memo stale":  # the fragments of the build before the last: the postscript's are missing
        memo.write_bytes(older)
    r = run("build", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert tree(project / "site") == _clean_build(project, tmp_path / "clean")


def test_a_build_lets_the_search_index_layout_go(project):
    """The planner's layout of the search index holds the whole site (kept for the render that follows
    in the same process): once the site is written, the build drops it, so ``serve`` does not keep the
    previous site alive between builds."""
    from generator.build import build
    from generator.render import search

    shutil.rmtree(project / "site")  # a clean render: the planner lays the index out
    build(project)
    assert (project / "site" / search.MANIFEST).is_file()
    assert search._LAST.layout is None and search._LAST.site is None
