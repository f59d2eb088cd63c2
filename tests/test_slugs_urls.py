"""Slugs are Unicode-safe, never empty, never a path, unique on request; URLs between pages
resolve to their target; no output path can leave site/. Property-based (hypothesis)."""

from __future__ import annotations

import datetime as dt
import posixpath
import urllib.parse
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.content.entries import entry_path, entry_slug
from generator.core.slugs import MAX_SLUG, is_slug, slugify, unique_slug
from generator.render import urls


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_slugify_always_gives_a_safe_slug(text):
    slug = slugify(text)
    assert is_slug(slug) or slug.startswith("x-") and is_slug(slug)
    assert 0 < len(slug) <= MAX_SLUG
    assert "/" not in slug and "." not in slug and slug not in ("", ".", "..")
    assert slugify(text) == slug  # deterministic
    assert slugify(slug) == slug  # idempotent


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Antony Blinken", "antony-blinken"),
        ("Zürich", "zurich"),
        ("Jens Stoltenberg's", "jens-stoltenbergs"),
        ("AT&T", "at-and-t"),
        ("../../etc/passwd", "etc-passwd"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("  ", None),
        ("Москва", None),
        ("東京", None),
    ],
)
def test_slugify_examples(text, slug):
    got = slugify(text)
    assert is_slug(got)
    if slug is None:  # no Latin letters: a stable hash slug, different for different text
        assert got.startswith("x-") and got != slugify(text + "!")
    else:
        assert got == slug


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=40), st.sets(st.text(st.characters(min_codepoint=45, max_codepoint=122), max_size=20), max_size=30)
)
def test_unique_slug_resolves_collisions_deterministically(text, taken):
    base = slugify(text)
    taken = {slugify(t) for t in taken} | {base}
    new = unique_slug(base, taken)
    assert new not in taken and is_slug(new) and new.startswith(base)
    assert unique_slug(base, taken) == new


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=20))
def test_entry_paths_are_unique_and_inside_entries(titles):
    taken: set[str] = set()
    for title in titles:
        path = entry_path(dt.date(2022, 4, 6), title, taken)
        assert path not in taken
        assert path.startswith("entries/2022/2022-04-06-") and path.endswith(".md")
        assert is_slug(Path(path).stem) and ".." not in Path(path).parts
        taken.add(path)


@given(st.text(max_size=80))
def test_entry_slug_from_any_file_name(name):
    assume("/" not in name and "\x00" not in name)
    slug = entry_slug(f"content/entries/2022/{name}.md")
    assert is_slug(slug) or (slug.startswith("x-") and is_slug(slug))
    if is_slug(name):
        assert slug == name  # generated names are kept as they are


_segment = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="/\\\x00#"), min_size=1, max_size=12
).filter(lambda s: s not in (".", ".."))
_page = st.lists(_segment, min_size=1, max_size=4).map("/".join)


@settings(max_examples=400, deadline=None)
@given(
    _page,
    _page,
    st.one_of(st.none(), st.text(st.characters(codec="ascii", categories=("L", "N")), min_size=1, max_size=8)),
)
def test_relative_links_resolve_to_their_target(from_page, to_page, anchor):
    link = urls.relative(from_page, to_page + (f"#{anchor}" if anchor else ""))
    target, _, frag = link.partition("#")
    assert "://" not in link and not link.startswith("/")
    assert all(ch not in target for ch in " \"<>'`")  # percent-encoded: safe in any attribute
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(from_page), urllib.parse.unquote(target)))
    assert resolved == posixpath.normpath(to_page)
    assert frag == (anchor or "")


@given(_page)
def test_absolute_urls_stay_under_the_base(path):
    base = "https://example.org/timeline/"
    url = urls.absolute(base, path)
    assert url.startswith(base)
    assert all(ch not in url for ch in " \"<>'`")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_an_accepted_output_path_never_leaves_the_root(rel):
    root = Path("/srv/site")
    try:
        urls.check_output_path(rel)
    except ValueError:
        return
    out = root.joinpath(*rel.split("/"))
    assert out.resolve().is_relative_to(root.resolve()) or Path(posixpath.normpath(out.as_posix())).is_relative_to(root)
    assert ".." not in out.relative_to(root).parts


@pytest.mark.parametrize(
    "rel",
    [
        "",
        "/etc/passwd",
        "../x",
        "a/../../x",
        "a/./../b",
        "a\\..\\b",
        "a\x00b",
        "a//b",
        "a/./b",
        "a/",
        "..",
        "a\nb",
        "entries/../../content/site.yaml",
    ],
)
def test_check_output_path_refuses(rel):
    with pytest.raises(ValueError):
        urls.check_output_path(rel)


def test_page_paths_of_any_slug_stay_inside(tmp_path):
    for text in ("../../etc", "a/b", "..", "\x00", "C:\\x", "<script>"):
        slug = slugify(text)
        for rel in (urls.entry_page(slug), urls.actor_page(slug), urls.actor_rss(slug), urls.actor_atom(slug)):
            urls.check_output_path(rel)
            assert tmp_path.joinpath(*rel.split("/")).resolve().is_relative_to(tmp_path.resolve())
