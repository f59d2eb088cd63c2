"""Issue #15, part 2: themes that run code, an incremental build that is not atomic, YAML that changes
what editors wrote, and the environment failing under a build. Each reproduction of the issue is a
test here, in the style of ``test_hardening.py`` (whose helpers it uses): bad input gets one clear
line naming the file, the problem and the fix; nothing is lost; ``check`` and ``build`` agree.

The kill tests are in ``test_kill.py``, the property-based fuzz test in ``test_fuzz.py``.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from test_hardening import ACTORS, build_and_check, entry_text, problem_lines, project, run

from generator.build import build
from generator.content import registry as registry_io
from generator.content.entries import parse_entry
from generator.content.siteconfig import parse_config
from generator.core.errors import BuildError
from generator.render.theme import Theme
from generator.write import Placer


# ====================================================================== 4. themes run code
def evil_theme(root: Path, template: str, name: str = "evil") -> Path:
    """A theme whose base.html extends the default one and adds ``template`` to every page's header."""
    folder = root / "themes" / name / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "base.html").write_text(
        '{% extends "default/base.html" %}{% block header %}' + template + "{{ super() }}{% endblock %}\n",
        encoding="utf-8",
    )
    return folder / "base.html"


@pytest.mark.parametrize(
    "template",
    [
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ joiner.__init__.__globals__['os'].system('touch PWNED') }}",
        "{{ os.system('touch PWNED') }}",
        "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
        "{% set x = namespace().__init__ %}{{ x.__globals__ }}",
    ],
    ids=["cycler-globals", "subclasses", "joiner-globals", "os", "lipsum-globals", "namespace-init"],
)
def test_a_theme_that_reaches_for_python_fails_the_build_naming_the_template(tmp_path, template):
    root = project(tmp_path / "p", site="theme: evil\n")
    evil_theme(root, template)
    built, checked = build_and_check(root)
    assert built.returncode == 1 and checked.returncode == 1, built.stderr
    lines = problem_lines(built)
    assert any("themes/evil/templates/base.html" in line for line in lines), built.stderr
    assert not (root / "PWNED").exists() and not (Path.cwd() / "PWNED").exists()
    assert not (root / "site").exists()  # nothing was published


def test_a_trusted_theme_is_an_explicit_opt_in(tmp_path):
    """``trusted_theme: true`` in site.yaml renders with Jinja's full environment (off by default)."""
    root = project(tmp_path / "p", site="theme: evil\ntrusted_theme: true\n")
    evil_theme(root, "{{ cycler.__init__.__globals__.os.path.join('a', 'b') }}")
    built, checked = build_and_check(root)
    assert built.returncode == 0, built.stderr
    assert "a/b" in (root / "site" / "index.html").read_text(encoding="utf-8")


def test_a_static_link_out_of_the_theme_is_refused(tmp_path):
    root = project(tmp_path / "p", site="theme: evil\n")
    static = root / "themes" / "evil" / "static"
    static.mkdir(parents=True)
    secret = tmp_path / "secret.css"
    secret.write_text("body { --secret: 'hunter2'; }\n", encoding="utf-8")
    (static / "style.css").symlink_to(secret)  # 404.html inlines style.css
    built, checked = build_and_check(root)
    assert built.returncode == 1 and checked.returncode == 1
    assert any(line.startswith("themes/evil/static/style.css: ") for line in problem_lines(built)), built.stderr
    assert not (root / "site").exists()
    for path in tmp_path.rglob("*"):
        if path.is_file() and not path.is_symlink() and path != secret:
            assert "hunter2" not in path.read_text(encoding="utf-8", errors="replace"), path


def test_static_links_inside_the_theme_and_plain_files_are_copied(tmp_path):
    static = tmp_path / "t" / "static"
    (static / "img").mkdir(parents=True)
    (static / "a.css").write_text("a", encoding="utf-8")
    (static / "img" / "b.css").symlink_to(static / "a.css")
    (static / "c.css").symlink_to(static / "img")  # a link to a folder: not a file
    theme = Theme("t", (tmp_path / "t",))
    assert [name for name, _ in theme.static_files()] == ["a.css", "img/b.css"]


def test_a_template_linked_from_outside_the_theme_is_refused(tmp_path):
    root = project(tmp_path / "p", site="theme: evil\n")
    outside = tmp_path / "outside.html"
    outside.write_text("{% extends 'default/base.html' %}{% block title %}LEAKED{% endblock %}\n", encoding="utf-8")
    folder = root / "themes" / "evil" / "templates"
    folder.mkdir(parents=True)
    (folder / "base.html").symlink_to(outside)
    built, checked = build_and_check(root)
    assert built.returncode == 1, built.stderr
    assert any("themes/evil/templates/base.html" in line for line in problem_lines(built)), built.stderr
    assert not (root / "site").exists()


def test_the_template_sandbox_runs_the_shipped_themes(tmp_path, monkeypatch):
    """A project's copy of a shipped theme is sandboxed: they must run there too (a build renders them
    outside it unless ``TIMELINE_REFERENCE`` names the ``shipped`` fast path, as here)."""
    monkeypatch.setenv("TIMELINE_REFERENCE", "shipped")
    for theme in ("default", "broadsheet"):
        root = project(tmp_path / theme, site=f"theme: {theme}\n")
        r = run("build", "--root", str(root))
        assert r.returncode == 0, r.stderr


# ====================================================================== 6. an atomic incremental build
def site_files(root: Path) -> dict[str, bytes]:
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def many_entries(n: int) -> dict[str, str]:
    return {
        f"2022-04-{1 + i % 28:02d}-e{i}.md": entry_text(f"Entry {i}", f"2022-04-{1 + i % 28:02d}") for i in range(n)
    }


def test_an_incremental_build_that_fails_while_writing_leaves_the_old_site(tmp_path, monkeypatch):
    """The writer fails after a few files reached site/ (here: the third rename into it; a build that
    renames no file into site/ does not fail): site/ is the old site or the new one, whole."""
    root = project(tmp_path / "p", many_entries(30), site="title: Old\n")
    assert build(root).problems == ()
    old = site_files(root)
    (root / "content" / "site.yaml").write_text("title: New\n", encoding="utf-8")
    real_replace, calls = os.replace, []

    def failing_replace(src, dst, *args, **kwargs):
        if str(root / "site") in os.fspath(dst):
            calls.append(dst)
            if len(calls) == 3:
                raise OSError(errno.EIO, "simulated failure", os.fspath(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing_replace)
    try:
        build(root)
    except (OSError, BuildError):
        pass
    got = site_files(root)
    monkeypatch.setattr(os, "replace", real_replace)
    assert build(root).problems == ()
    new = site_files(root)
    assert got in (old, new)
    assert new.keys() == old.keys() and all(new[k] != old[k] for k in ("index.html", "entries/2022-04-01-e0.html"))


def test_an_incremental_build_keeps_unchanged_files_and_what_else_is_in_site(tmp_path):
    root = project(tmp_path / "p", many_entries(5))
    assert build(root).problems == ()
    (root / "site" / ".well-known").mkdir()
    (root / "site" / ".well-known" / "security.txt").write_text("Contact: a@b.c\n", encoding="utf-8")
    inode = (root / "site" / "entries" / "2022-04-04-e3.html").stat().st_ino
    entry = root / "content" / "entries" / "2022" / "2022-04-01-e0.md"
    entry.write_text(entry.read_text(encoding="utf-8").replace("Entry 0", "Entry zero"), encoding="utf-8")
    report = build(root)
    assert report.problems == () and 0 < report.written < 20, report.summary()
    assert (root / "site" / ".well-known" / "security.txt").read_text(encoding="utf-8") == "Contact: a@b.c\n"
    assert (root / "site" / "entries" / "2022-04-04-e3.html").stat().st_ino == inode  # linked, not written again
    assert "Entry zero" in (root / "site" / "entries" / "2022-04-01-e0.html").read_text(encoding="utf-8")
    assert not [p for p in root.iterdir() if p.name.startswith(".site.")]


# ====================================================================== 8. YAML keeps what editors wrote
@pytest.mark.parametrize(
    "written, read",
    [
        ("yes", "yes"),
        ("No", "No"),
        ("off", "off"),
        ("y", "y"),
        ("12:30", "12:30"),
        ("017", "017"),
        ("0x1F", "0x1F"),
        ("1.50", "1.50"),
        ("1_000", "1_000"),
        ("true", "true"),
        ("2022-04-01", "2022-04-01"),
        (".inf", ".inf"),
    ],
)
def test_a_text_field_is_the_text_the_editor_typed(written, read):
    fields = f"actors: [nato]\nplaces: [{written}, Kyiv]\nsummary: {written}"
    text = entry_text(written).replace("actors: [nato]", fields, 1)
    entry, problems = parse_entry("content/entries/a.md", text)
    assert entry is not None and not problems, problems
    assert entry.title == read and entry.summary == read and entry.places == (read, "Kyiv")


def test_yaml_1_1_literals_in_lists_stay_text():
    text = entry_text().replace("actors: [nato]", "actors: [nato]\nplaces: [NO, off, ON, n]", 1)
    entry, problems = parse_entry("content/entries/a.md", text)
    assert entry is not None and entry.places == ("NO", "off", "ON", "n"), problems


@pytest.mark.parametrize(
    "hidden, is_hidden, problem",
    [
        ("true", True, False),
        ("false", False, False),
        ("'false'", False, True),
        ("yes", False, True),
        ("1", False, True),
    ],
)
def test_hidden_is_a_boolean_only_from_true_or_false(hidden, is_hidden, problem):
    actors, problems = registry_io.parse_registry("content/actors.yaml", ACTORS + f"  hidden: {hidden}\n")
    assert actors["nato"].hidden is is_hidden
    assert bool(problems) is problem, problems
    if problem:
        assert problems[0].line == 1 and "hidden" in problems[0].message and "true" in (problems[0].hint or "")


def test_a_key_given_twice_in_an_entry_is_reported_on_its_line():
    text = entry_text().replace("date: 2022-04-01\n", "date: 2022-04-01\ntitle: Again\n", 1)
    entry, problems = parse_entry("content/entries/a.md", text)
    assert [(p.line, "'title'" in p.message and "twice" in p.message) for p in problems] == [(4, True)], problems


def test_a_key_given_twice_inside_an_actor_or_an_event_is_reported():
    actors, problems = registry_io.parse_registry("content/actors.yaml", ACTORS + "  name: NATO again\n")
    assert [p.line for p in problems] == [5] and "'name'" in problems[0].message
    text = entry_text().replace("  text: NATO met.", "  text: NATO met.\n  text: NATO met again.", 1)
    entry, problems = parse_entry("content/entries/a.md", text)
    assert [p.line for p in problems] == [8] and "'text'" in problems[0].message


def test_site_settings_keep_the_text_and_want_true_booleans():
    config, problems = parse_config("content/site.yaml", "title: yes\nauthor: 017\nfeed_size: 017\n")
    assert (config.title, config.author, config.feed_size) == ("yes", "017", 17) and not problems
    config, problems = parse_config("content/site.yaml", "trusted_theme: yes\n")
    assert config.trusted_theme is False and len(problems) == 1 and "true or false" in problems[0].message


def test_hand_edited_yaml_builds_as_written(tmp_path):
    entry = entry_text("yes").replace("actors: [nato]", "actors: [nato]\nplaces: [NO, off]", 1)
    root = project(tmp_path / "p", {"2022-04-01-entry.md": entry}, site="title: 12:30\n")
    built, checked = build_and_check(root)
    assert built.returncode == 0, built.stderr
    page = (root / "site" / "entries" / "2022-04-01-entry.html").read_text(encoding="utf-8")
    assert "<h1>yes</h1>" in page or ">yes<" in page and "12:30" in page and "True" not in page and "750" not in page


# ====================================================================== 9. the environment fails
def test_a_site_folder_that_is_a_link_is_refused_by_every_build(tmp_path):
    root = project(tmp_path / "p")
    elsewhere = tmp_path / "www"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine\n", encoding="utf-8")
    (root / "site").symlink_to(elsewhere)
    for _ in ("full", "again"):
        r = run("build", "--root", str(root))
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        lines = [line for line in problem_lines(r) if not line.startswith("notice:")]
        assert len(lines) == 1 and lines[0].startswith("site: ") and "link" in lines[0], r.stderr
    assert [p.name for p in elsewhere.iterdir()] == ["keep.txt"]  # nothing written through it
    (root / "site").unlink()
    assert run("build", "--root", str(root)).returncode == 0
    (root / "content" / "site.yaml").write_text("title: Changed\n", encoding="utf-8")  # an incremental build next
    old = site_files(root)
    moved = tmp_path / "old-site"
    (root / "site").rename(moved)
    (root / "site").symlink_to(moved)
    r = run("build", "--root", str(root))
    assert r.returncode == 1 and "Traceback" not in r.stderr and problem_lines(r)[0].startswith("site: "), r.stderr
    assert {p.relative_to(moved).as_posix(): p.read_bytes() for p in moved.rglob("*") if p.is_file()} == old


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EIO])
def test_a_full_disk_while_writing_the_site_is_one_line_and_the_old_site_stays(tmp_path, monkeypatch, code):
    root = project(tmp_path / "p", many_entries(3))
    assert build(root).problems == ()
    old = site_files(root)
    (root / "content" / "site.yaml").write_text("title: Changed\n", encoding="utf-8")
    real_put = Placer.put

    def put(self, outputs):
        outputs = list(outputs)
        if outputs:
            raise OSError(code, os.strerror(code), os.path.join(self.new_root, outputs[0].path))
        return real_put(self, outputs)

    monkeypatch.setattr(Placer, "put", put)
    with pytest.raises(BuildError) as caught:
        build(root)
    (problem,) = caught.value.problems
    assert problem.path.startswith("site/") and problem.hint, problem
    assert problem.message.startswith("cannot write: ")
    assert site_files(root) == old
    assert not [p for p in root.iterdir() if p.name.startswith(".site.")]
    monkeypatch.setattr(Placer, "put", real_put)
    assert build(root).problems == ()  # after the fix, the build goes on


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_a_content_folder_that_cannot_be_written_is_one_line(tmp_path, monkeypatch, code):
    """Writing a newly annotated entry fails (a read-only content/, a full disk): one line naming it."""
    root = project(tmp_path / "p")
    target = root / "content" / "entries" / "2022" / "2022-04-08-new.md"

    def ingest_new(*args, **kwargs):
        raise OSError(code, os.strerror(code), str(target))

    monkeypatch.setattr("generator.build.ingest_new", ingest_new)
    with pytest.raises(BuildError) as caught:
        build(root)
    (problem,) = caught.value.problems
    assert problem.path == "content/entries/2022/2022-04-08-new.md" and problem.hint, problem
    assert not (root / "site").exists() and (root / "content" / "actors.yaml").is_file()


def test_a_project_folder_that_cannot_be_written_is_one_line(tmp_path, monkeypatch):
    root = project(tmp_path / "p")

    def no_lock(project):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(project.root / ".build.lock"))

    monkeypatch.setattr("generator.build.build_lock", no_lock)
    with pytest.raises(BuildError) as caught:
        build(root)
    (problem,) = caught.value.problems
    assert problem.path == ".build.lock" and "chmod" in (problem.hint or ""), problem
