"""The one writer of site/: atomic replacement (unchanged files linked from the previous site),
patching a few files in place, and recovery after a killed build."""

from __future__ import annotations

import pytest

from generator.render.pages import Output
from generator.write import Placer, Spare, clean_stale, patched_site, spare_folder, staged_site


def write_site(outputs, site):
    """What a full build does: every output into a staging folder, which then replaces site/."""
    with staged_site(site, [o.path for o in outputs]) as staging:
        return Placer(staging, site).put(outputs)


def test_a_full_build_replaces_the_whole_site_and_links_unchanged_files(tmp_path):
    site = tmp_path / "site"
    write_site((Output("index.html", b"one"), Output("a/b.html", b"b"), Output("gone.html", b"g")), site)
    before = (site / "a" / "b.html").stat()
    written, reused = write_site((Output("index.html", b"two"), Output("a/b.html", b"b")), site)
    assert (written, reused) == (1, 1)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == ["a/b.html", "index.html"]
    assert (site / "index.html").read_bytes() == b"two" and (site / "a" / "b.html").read_bytes() == b"b"
    assert (site / "a" / "b.html").stat().st_ino == before.st_ino  # linked, not written again
    assert not list(tmp_path.glob(".site.*"))  # no staging folder left behind


def test_a_failed_full_build_leaves_the_site_as_it_was(tmp_path):
    site = tmp_path / "site"
    write_site((Output("index.html", b"one"),), site)
    with pytest.raises(RuntimeError), staged_site(site, ["index.html", "b.html"]) as staging:
        Placer(staging, site).put((Output("index.html", b"two"),))
        raise RuntimeError("a template failed")
    assert _files(site) == {"index.html": b"one"}
    assert not list(tmp_path.glob(".site.*"))
    with pytest.raises(ValueError, match="two outputs"):
        with staged_site(site, ["a.html", "a.html"]):
            pass


def _files(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_patch_replaces_the_changed_files_deletes_the_gone_ones_and_touches_nothing_else(tmp_path):
    site = tmp_path / "site"
    write_site(
        (
            Output("index.html", b"one"),
            Output("a/b.html", b"b"),
            Output("old/deep/x.html", b"x"),
            Output("same.html", b"same"),
            Output("keep.html", b"k"),
        ),
        site,
    )
    kept = (site / "keep.html").stat()
    paths = ["index.html", "a/b.html", "new/c.html", "same.html", "keep.html"]
    with patched_site(site, paths, ["index.html", "new/c.html", "same.html"], ["old/deep/x.html"]) as staging:
        assert Placer(staging, site).put(
            (Output("index.html", b"two"), Output("new/c.html", b"c"), Output("same.html", b"same"))
        ) == (2, 1)
    assert _files(site) == {
        "index.html": b"two",
        "a/b.html": b"b",
        "new/c.html": b"c",
        "same.html": b"same",
        "keep.html": b"k",
    }
    assert not (site / "old").exists()  # the folder the gone file left empty is removed too
    assert (site / "keep.html").stat().st_ino == kept.st_ino and (
        site / "keep.html"
    ).stat().st_mtime_ns == kept.st_mtime_ns
    assert not list(tmp_path.glob(".site.*"))


def test_a_failed_patch_leaves_the_site_as_it_was(tmp_path):
    site = tmp_path / "site"
    write_site((Output("index.html", b"one"), Output("a/b.html", b"b")), site)
    with pytest.raises(RuntimeError), patched_site(site, ["index.html"], ["index.html"], ["a/b.html"]) as staging:
        Placer(staging, site).put((Output("index.html", b"two"),))
        raise RuntimeError("a template failed")
    assert _files(site) == {"index.html": b"one", "a/b.html": b"b"}
    assert not list(tmp_path.glob(".site.*"))
    with pytest.raises(ValueError):  # paths are checked before anything is written
        with patched_site(site, ["../x.html"], ["../x.html"], []):
            pass
    assert _files(site) == {"index.html": b"one", "a/b.html": b"b"}


def test_a_patch_from_the_spare_makes_the_site_a_patch_from_nothing_makes(tmp_path):
    """The spare a build keeps (the site it replaced) is the next patch's staging folder: the files the
    last build changed are brought up to date, this build's are rendered anew without writing through
    the links it shares with site/, gone files and the folders they leave empty are removed, and what
    someone put in site/ or in the spare since is as in site/."""
    site, cache = tmp_path / "site", tmp_path / ".cache"
    first = spare_folder(cache)
    with staged_site(site, ["index.html", "a/b.html", "old/x.html", "keep.html"], keep=first) as staging:
        Placer(staging, site).put(
            (
                Output("index.html", b"one"),
                Output("a/b.html", b"b"),
                Output("old/x.html", b"x"),
                Output("keep.html", b"k"),
            )
        )
    assert _files(first) == _files(site)  # a full build's spare: the whole new site, linked
    second = spare_folder(cache)
    with patched_site(
        site, ["index.html", "a/b.html", "old/x.html", "keep.html"], ["index.html"], [], Spare(first), second
    ) as staging:
        Placer(staging, site).put((Output("index.html", b"two"),))
    assert _files(second)["index.html"] == b"one"  # the site it replaced, kept: not written through
    assert not first.exists()
    (site / ".well-known").mkdir()
    (site / ".well-known" / "security.txt").write_bytes(b"contact")  # a file no build made
    (second / "stray.html").write_bytes(b"stray")
    third = spare_folder(cache)
    paths = ["index.html", "a/b.html", "new/c.html", "keep.html"]
    with patched_site(site, paths, ["a/b.html", "new/c.html"], ["old/x.html"], Spare(second), third) as staging:
        Placer(staging, site).put((Output("a/b.html", b"B"), Output("new/c.html", b"c")))
    assert _files(site) == {
        "index.html": b"two",
        "a/b.html": b"B",
        "new/c.html": b"c",
        "keep.html": b"k",
        ".well-known/security.txt": b"contact",
    }
    assert not (site / "old").exists()  # the folder the gone file left empty is removed too
    assert _files(third) == {
        "index.html": b"two",
        "a/b.html": b"b",
        "old/x.html": b"x",
        "keep.html": b"k",
        ".well-known/security.txt": b"contact",
    }
    assert (site / "keep.html").stat().st_ino == (third / "keep.html").stat().st_ino
    assert not list(tmp_path.glob(".site.*"))


def test_a_full_build_over_a_site_keeps_the_site_it_replaced_as_the_spare(tmp_path):
    site, spare = tmp_path / "site", spare_folder(tmp_path / ".cache")
    write_site((Output("index.html", b"one"), Output("a/b.html", b"b")), site)
    with staged_site(site, ["index.html", "a/b.html"], keep=spare) as staging:
        Placer(staging, site).put((Output("index.html", b"two"), Output("a/b.html", b"b")))
    assert _files(spare) == {"index.html": b"one", "a/b.html": b"b"}
    assert (spare / "a" / "b.html").stat().st_ino == (site / "a" / "b.html").stat().st_ino
    with patched_site(site, ["index.html", "a/b.html"], ["a/b.html"], [], Spare(spare)) as staging:
        Placer(staging, site).put((Output("a/b.html", b"B"),))
    assert _files(site) == {"index.html": b"two", "a/b.html": b"B"}
    assert not list(tmp_path.glob(".site.*")) and not spare.exists()


def test_a_patch_whose_spare_is_gone_links_the_whole_site(tmp_path):
    site = tmp_path / "site"
    write_site((Output("index.html", b"one"), Output("a/b.html", b"b")), site)
    missing = Spare(tmp_path / ".cache" / "site-spare-deleted")
    with patched_site(site, ["index.html", "a/b.html"], ["index.html"], [], missing) as staging:
        Placer(staging, site).put((Output("index.html", b"two"),))
    assert _files(site) == {"index.html": b"two", "a/b.html": b"b"}
    assert not list(tmp_path.glob(".site.*"))


def test_no_output_path_may_leave_the_site(tmp_path):
    for bad in ("../x.html", "/etc/x", "a/../../x", "a//b"):
        with pytest.raises(ValueError):
            write_site((Output(bad, b"x"),), tmp_path / "site")
    assert not (tmp_path / "site").exists() and not (tmp_path / "x.html").exists()


def test_a_site_caught_between_the_two_renames_of_the_fallback_swap_is_restored(tmp_path):
    old = tmp_path / ".site.old-abc"
    old.mkdir()
    (old / "index.html").write_bytes(b"previous site")
    (tmp_path / ".site.new-def").mkdir()  # the half-written new one
    clean_stale(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_bytes() == b"previous site"
    assert not list(tmp_path.glob(".site.*"))


def test_memo_keeps_the_fragments_a_build_used_and_only_those(tmp_path):
    from generator.incremental.state import Memo

    made = []
    first = Memo(tmp_path, "m", "v1")
    assert [first.get(k, lambda k=k: made.append(k) or k.upper()) for k in ("a", "b")] == ["A", "B"]
    first.save()
    second = Memo(tmp_path, "m", "v1")
    assert second.get("a", lambda: "stale?") == "A" and second.get("c", lambda: "C") == "C"
    second.save()  # "b" was not asked for: dropped
    third = Memo(tmp_path, "m", "v1")
    third.save()  # asked for nothing: the file stays as it is
    assert Memo(tmp_path, "m", "v1")._load() == {"a": "A", "c": "C"}
    assert Memo(tmp_path, "m", "v2").get("a", lambda: "new code") == "new code"  # another version of the code
    assert made == ["a", "b"]
