"""The one writer of site/: atomic replacement, carry-over, and recovery after a killed build."""

from __future__ import annotations

import pytest

from generator.render import Output
from generator.write import clean_stale, write_site


def test_write_replaces_the_whole_site_and_carries_files_over(tmp_path):
    site = tmp_path / "site"
    write_site((Output("index.html", b"one"), Output("a/b.html", b"b")), site)
    written, reused = write_site((Output("index.html", b"two"),), site, keep=("a/b.html",))
    assert (written, reused) == (1, 1)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == ["a/b.html", "index.html"]
    assert (site / "index.html").read_bytes() == b"two" and (site / "a" / "b.html").read_bytes() == b"b"
    assert not list(tmp_path.glob(".site.*"))  # no staging folder left behind


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
    from generator.incremental import Memo

    made = []
    first = Memo(tmp_path, "m", "v1")
    assert [first.get(k, lambda k=k: made.append(k) or k.upper()) for k in ("a", "b")] == ["A", "B"]
    first.save()
    second = Memo(tmp_path, "m", "v1")
    assert second.get("a", lambda: "stale?") == "A" and second.get("c", lambda: "C") == "C"
    second.save()  # "b" was not asked for: dropped
    third = Memo(tmp_path, "m", "v1")
    third.save()  # asked for nothing: the file stays as it is
    assert Memo(tmp_path, "m", "v1")._old == {"a": "A", "c": "C"}
    assert Memo(tmp_path, "m", "v2").get("a", lambda: "new code") == "new code"  # another version of the code
    assert made == ["a", "b"]
