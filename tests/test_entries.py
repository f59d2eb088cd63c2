"""Content as people edit it by hand: every problem is ``path:line: message (hint)``, collected
and reported together, with a suggestion where one helps; `check` reports them and writes
nothing; content/ files are written atomically and keep every byte an editor wrote."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import check
from generator.content import entries as content_io
from generator.content import registry as registry_io
from generator.content import siteconfig, yamlio
from generator.core.model import Actor, SiteConfig
from generator.site.sitemodel import make_site

REPO = Path(__file__).resolve().parent.parent

REGISTRY = """\
nato:
  name: NATO
  kind: organization
  aliases: [NATO, the alliance]
jens-stoltenberg:
  name: Jens Stoltenberg
  kind: person
  aliases: [Stoltenberg, the NATO chief]
"""


def entry(front: str, body: str = "Body.\n") -> str:
    return f"---\n{front}---\n{body}"


def one(problems) -> str:
    assert len(problems) == 1, problems
    return str(problems[0])


def test_invalid_yaml_names_the_line():
    _, problems = content_io.parse_entry("content/entries/a.md", entry("title: T\ndate: 2022-04-06\nactors: [nato\n"))
    text = one(problems)
    assert text.startswith("content/entries/a.md:") and "invalid YAML" in text and "(" in text
    assert problems[0].line in (3, 4, 5)


def test_no_front_matter():
    assert "no YAML front matter" in one(content_io.parse_entry("a.md", "Just text.\n")[1])


@pytest.mark.parametrize(
    "front, line, words",
    [
        ("date: 2022-04-06\n", 1, "missing required field 'title'"),
        ("title: [a, b]\ndate: 2022-04-06\n", 2, "'title' must be text"),
        ("title: T\n", 1, "missing or invalid 'date'"),
        ("title: T\ndate: 2022-02-30\n", 3, "missing or invalid 'date'"),
        ("title: T\ndate: 2022-04-06\nactors: {a: b}\n", 4, "'actors' must be a list"),
        ("title: T\ndate: 2022-04-06\nevents: nope\n", 4, "'events' must be a list"),
        ("title: T\ndate: 2022-04-06\nevents:\n- date: 2022-13-01\n  text: X.\n", 4, "invalid date"),
        ("title: T\ndate: 2022-04-06\nquotes:\n- speaker: nato\n", 4, "needs 'speaker' and 'text'"),
        ("title: T\ndate: 2022-04-06\nsummary: {a: 1}\n", 4, "'summary' must be text"),
    ],
)
def test_wrong_types_and_missing_fields(front, line, words):
    _, problems = content_io.parse_entry("content/entries/a.md", entry(front))
    assert any(words in p.message and p.line == line and p.hint for p in problems), problems


def test_deeply_nested_yaml_is_a_problem_not_a_crash():
    # 200,000 brackets made the C YAML loader overflow its stack: a segfault, not a message.
    for front in (
        "title: " + "[" * 200_000 + "]" * 200_000 + "\n",
        "title: T\nx:\n" + "- " * 200_000 + "x\n",
        "title: T\nx:\n" + "".join("  " * i + "- a:\n" for i in range(150)),
    ):
        _, problems = content_io.parse_entry("a.md", entry(front))
        assert problems and "nested" in problems[0].message and problems[0].line
    _, problems = registry_io.parse_registry("actors.yaml", "x: " + "{a: " * 300_000 + "}" * 300_000 + "\n")
    assert "nested" in problems[0].message


def test_unknown_actor_slug_has_a_line_and_a_suggestion():
    registry, p = registry_io.parse_registry("content/actors.yaml", REGISTRY)
    assert p == ()
    text = entry(
        "title: T\ndate: 2022-04-06\nactors:\n- nato\n- nato-chief\nevents:\n- date: 2022-04-05\n  text: X.\n"
        "  actors: [natoo]\nquotes:\n- speaker: the-nato-chief\n  text: Hi.\n- speaker: stoltenbreg\n  text: Yo.\n"
    )
    e, problems = content_io.parse_entry("content/entries/a.md", text)
    assert problems == ()
    site, problems = make_site(SiteConfig(), (e,), registry)
    shown = sorted(map(str, problems))
    assert shown == [
        "content/entries/a.md:10: unknown actor 'natoo' in events (did you mean 'nato'?)",
        "content/entries/a.md:14: unknown actor 'stoltenbreg' in quotes (did you mean 'jens-stoltenberg'?)",
        "content/entries/a.md:6: unknown actor 'nato-chief' in actors (did you mean 'nato'?)",
    ]
    # 'the-nato-chief' is the slug of an alias: followed to its actor, no problem.
    assert site.entries[0].quotes[0].speaker == "jens-stoltenberg"


def test_two_entries_with_the_same_slug_are_published_under_distinct_slugs():
    a, _ = content_io.parse_entry("content/entries/2022/x.md", entry("title: A\ndate: 2022-04-06\n"))
    b, _ = content_io.parse_entry("content/entries/2023/x.md", entry("title: B\ndate: 2022-04-06\n"))
    c, _ = content_io.parse_entry("content/entries/2023/X!.md", entry("title: C\ndate: 2022-04-06\n"))
    for order in ((a, b, c), (c, b, a)):
        site, problems = make_site(SiteConfig(), order, {})
        assert sorted(e.slug for e in site.entries) == ["x", "x-2", "x-3"]
        assert {e.path: e.slug for e in site.entries}["content/entries/2022/x.md"] == "x"  # deterministic
        assert len(problems) == 2 and all(p.line == 1 and "already has the slug 'x'" in p.message for p in problems)


def test_duplicate_alias_claimed_by_two_actors_names_the_alias_line():
    text = (
        REGISTRY + "north-atlantic-alliance:\n  name: North Atlantic Alliance\n  kind: organization\n"
        "  aliases:\n  - Alliance HQ\n  - The Alliance\n"
    )
    registry, problems = registry_io.parse_registry("content/actors.yaml", text)
    assert one(problems) == (
        "content/actors.yaml:14: alias 'The Alliance' of 'north-atlantic-alliance' is already an alias "
        "of 'nato' (keep it on one actor only; merge the two actors if they are the same)"
    )
    assert registry["north-atlantic-alliance"].aliases == ("Alliance HQ",)


@pytest.mark.parametrize(
    "registry, words",
    [
        ("- a\n- b\n", "must map slugs"),
        ("Not A Slug:\n  name: X\n", "is not a slug"),
        ("x:\n  kind: person\n", "has no name"),
        ("x:\n  name: X\n  kind: persn\n", "did you mean 'person'"),
        ("x:\n  name: X\n  aliases: {a: 1}\n", "must be lists"),
    ],
)
def test_registry_problems(registry, words):
    _, problems = registry_io.parse_registry("content/actors.yaml", registry)
    assert words in str(problems[0]) and problems[0].line == 1


@pytest.mark.parametrize(
    "config, words",
    [
        ("titel: X\n", "did you mean 'title'"),
        ("feed_size: -3\n", "positive whole number"),
        ("theme: ../../etc\n", "not a theme folder name"),
        ("language: 'en\"><script>'\n", "not a language tag"),
        ("base_url: 'https://x.org/\" onload=\"alert(1)'\n", "not an absolute http(s) URL"),
        ("base_url: javascript:alert(1)\n", "not an absolute http(s) URL"),
    ],
)
def test_config_problems_fall_back_to_defaults(config, words):
    cfg, problems = siteconfig.parse_config("content/site.yaml", config)
    assert words in str(one(problems)) and problems[0].line == 1
    assert cfg == SiteConfig()


def _project(root: Path) -> Path:
    (root / "content" / "entries" / "2022").mkdir(parents=True)
    (root / "content" / "actors.yaml").write_text(REGISTRY + "x:\n  name: X\n  aliases: [NATO]\n", encoding="utf-8")
    (root / "content" / "site.yaml").write_text("title: T\nfeed_sise: 3\n", encoding="utf-8")
    (root / "content" / "entries" / "2022" / "a.md").write_text(
        entry("title: A\ndate: 2022-04-06\nactors: [nato-chief]\n"), encoding="utf-8"
    )
    (root / "content" / "entries" / "2022" / "b.md").write_text(
        entry("title: B\ndate: 2022-04-06\nactors: [nato\n"), encoding="utf-8"
    )
    (root / "content" / "entries" / "2022" / "c.md").write_bytes(b"---\ntitle: \xff\n---\n")
    return root


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else b"", p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
    }


def test_check_reports_every_problem_together_and_writes_nothing(tmp_path):
    root = _project(tmp_path)
    before = _snapshot(root)
    run = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--root", str(root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert _snapshot(root) == before, "check wrote something"
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert "content/actors.yaml:11: alias 'NATO' of 'x' is already an alias of 'nato'" in run.stderr
    assert "content/site.yaml:2: unknown setting 'feed_sise' (did you mean 'feed_size'?)" in lines
    assert "content/entries/2022/a.md:4: unknown actor 'nato-chief' in actors (did you mean 'nato'?)" in lines
    assert any(line.startswith("content/entries/2022/b.md:") and "invalid YAML" in line for line in lines)
    assert any(line.startswith("content/entries/2022/c.md") and "UTF-8" in line for line in lines)
    assert "error(s)" in run.stdout
    assert check(root) and _snapshot(root) == before


def test_write_atomic_leaves_the_old_text_when_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "content" / "actors.yaml"
    path.parent.mkdir()
    path.write_text("old: text\n", encoding="utf-8")

    def boom(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        yamlio.write_atomic(path, "new: text\n")
    assert path.read_text(encoding="utf-8") == "old: text\n"
    assert [p.name for p in path.parent.iterdir()] == ["actors.yaml"]  # no temporary file left


def test_write_atomic_many_writes_every_file_and_raises_the_first_error_after_all(tmp_path, monkeypatch):
    files = [(tmp_path / "entries" / f"{k:02}.md", f"title: {k}\n") for k in range(20)]
    yamlio.write_atomic_many(files)
    assert [(p, p.read_text(encoding="utf-8")) for p, _ in files] == files
    written = []
    real = yamlio.write_atomic

    def fails_on_the_third(path, text):
        if path.name == "03.md":
            raise OSError("disk full")
        real(path, text)
        written.append(path.name)

    monkeypatch.setattr(yamlio, "write_atomic", fails_on_the_third)
    with pytest.raises(OSError, match="disk full"):
        yamlio.write_atomic_many([(p, "new\n") for p, _ in files])
    assert sorted(written) == [f"{k:02}.md" for k in range(20) if k != 3]  # the others were all written


def test_append_registry_keeps_every_byte_an_editor_wrote(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    edited = "# my notes\r\nnato:   # keep this comment\n  name: NATO\n  kind: organization\n  aliases: [NATO]"
    (content / "actors.yaml").write_text(edited, encoding="utf-8", newline="")
    registry_io.append_registry(content, (Actor(slug="new-one", name="New <One>", kind="person", aliases=("New",)),))
    text = (content / "actors.yaml").read_text(encoding="utf-8")
    assert text.startswith(edited.replace("\r\n", "\n"))
    registry, problems = registry_io.parse_registry("actors.yaml", text)
    assert problems == () and registry["new-one"].name == "New <One>" and "nato" in registry


# The front matter and the digest line are found with str.find; the regexes say what they must find.
_PIECES = ["---", "--", "-", "\n", " ", "\t", "x", ": ", "  digest: ", "'", "a" * 64, "0123456789abcdef" * 4, "é"]
_junk = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
_fronted = st.tuples(
    st.sampled_from(["---\n", "--- \n", "---\t \n", "---x\n", "--\n", ""]),
    _junk,
    st.sampled_from(["\n---", "\n--- ", "\n---\t", "\n----", "\n---x", "---", "\n"]),
    st.sampled_from(["", "\n", "\nbody\n---\n", " \n", "x"]),
    _junk,
).map("".join)
_digest = st.lists(
    st.sampled_from(
        [
            "  digest: " + "ab" * 32,
            "  digest: '" + "0f" * 32 + "'",
            "  digest: ''",
            " digest: " + "ab" * 32,
            "  digest: " + "ab" * 31,
            "x  digest: " + "ab" * 32,
            "key: value",
            "",
        ]
    ),
    max_size=5,
).map("\n".join)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_junk, _fronted))
def test_the_front_matter_is_split_as_the_regex_splits_it(text):
    from generator.content.entries import _FRONT, split_front_matter

    m = _FRONT.match(text)
    assert split_front_matter(text) == ((m.group(1), text[m.end() :]) if m else None)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(_junk, _digest, st.tuples(_junk, _digest, _junk).map("".join)))
def test_the_digest_line_is_found_as_the_regex_finds_it(text):
    import hashlib

    from generator.content.entries import _DIGEST_LINE, _digest_line, _digest_of

    want, got = _DIGEST_LINE.search(text), _digest_line(text)
    assert (want and want.span()) == (got and got.span())
    assert _digest_of(text) == hashlib.sha256(_DIGEST_LINE.sub(r"\1''", text, count=1).encode("utf-8")).hexdigest()


def test_the_strategies_reach_texts_the_regexes_match():
    from hypothesis import find

    from generator.content.entries import _DIGEST_LINE, _FRONT

    assert _FRONT.match(find(_fronted, lambda t: _FRONT.match(t) is not None and len(t) > 20))
    assert _DIGEST_LINE.search(
        find(st.tuples(_junk, _digest, _junk).map("".join), lambda t: "'" in t and _DIGEST_LINE.search(t) is not None)
    )


def test_a_quote_s_unnamed_source_is_written_read_back_and_edited_by_hand():
    """A quote's 'source:' (an unnamed source, no slug) goes through format_entry and parse_entry
    unchanged; an editor setting or clearing it by hand is read as written, and marks the entry edited;
    a source that is not text is a problem naming the quote."""
    import datetime as dt

    from generator.core.model import Annotation, Quote

    quotes = (Quote(None, "We will not retreat.", "a senior official said", "a senior defense official"),)
    ann = Annotation("T", "S", (), (), (), (), quotes, "m")
    text = content_io.format_entry(ann, "seeds/a.txt", "0" * 64, dt.date(2022, 4, 6), "Body.")
    assert "source: a senior defense official" in text
    e, problems = content_io.parse_entry("content/entries/a.md", text)
    assert not problems and e.quotes == quotes and not content_io.is_edited(text)
    edited = text.replace("source: a senior defense official", "source: 'MODERATOR'")
    e, _ = content_io.parse_entry("content/entries/a.md", edited)
    assert e.quotes[0].source == "MODERATOR" and content_io.is_edited(edited)
    cleared = text.replace("  source: a senior defense official\n", "")
    e, _ = content_io.parse_entry("content/entries/a.md", cleared)
    assert e.quotes[0].source == "" and e.quotes[0].speaker is None
    e, problems = content_io.parse_entry("a.md", text.replace("source: a senior defense official", "source: [x]"))
    assert "quote 1: 'source' must be text" in one(problems)
