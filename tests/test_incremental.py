"""The pieces of the incremental build that the end-to-end tests (test_build.py) cannot single out:
the up-to-date check taken in a child process, the site fingerprint patched instead of re-walked,
the state-file stamp that stops two builds from reusing each other's keys, and the splitting of
work between this process and forked ones."""

from __future__ import annotations

import os
import time

import pytest

from generator.core.workers import fork_alongside
from generator.incremental.state import (
    BuildState,
    Observing,
    observe,
    patched_site_fingerprint,
    save_state,
    site_fingerprint,
)


def _project(root):
    (root / "content" / "entries" / "2024").mkdir(parents=True)
    (root / "content" / "entries" / "2024" / "a.md").write_text("---\ntitle: A\n---\n", "utf-8")
    (root / "content" / "entries" / "2024" / ".hidden.md").write_text("x", "utf-8")
    (root / "content" / "entries" / "2024" / "notes.txt").write_text("x", "utf-8")
    (root / "site" / "a").mkdir(parents=True)
    (root / "site" / "index.html").write_text("index", "utf-8")
    (root / "site" / "a" / "b.html").write_text("b", "utf-8")
    return root


def test_observing_in_a_child_gives_what_observing_here_gives(tmp_path):
    root = _project(tmp_path)
    save_state(root, BuildState(inputs="i", site="s", keys=(("index.html", "k"),)))
    observing = Observing(root)
    got = observing.result()
    assert observing.ready()
    assert got == observe(root)
    assert [rel for rel, _ in got.entries] == ["2024/a.md"]  # hidden files and other files left out
    assert got.site == site_fingerprint(root / "site") and got.state.keys == (("index.html", "k"),)


def test_the_state_stamp_tells_when_another_build_has_finished_since(tmp_path):
    root = _project(tmp_path)
    save_state(root, BuildState(inputs="i", site="s"))
    observed = observe(root)
    assert not observed.state_changed(root)
    save_state(root, BuildState(inputs="i", site="s"))  # the same content, but a new file
    assert observed.state_changed(root)
    assert not observe(tmp_path / "nowhere").state_changed(tmp_path / "nowhere")  # none then, none now


def test_a_patched_site_fingerprint_equals_a_fresh_walk(tmp_path):
    root = _project(tmp_path)
    site = root / "site"
    walk = observe(root).site_files
    (site / "index.html").write_text("new index, longer", "utf-8")
    (site / "a" / "b.html").unlink()
    (site / "c").mkdir()
    (site / "c" / "d.html").write_text("d", "utf-8")
    (site / ".well-known").mkdir()
    (site / ".well-known" / "x.txt").write_text("x", "utf-8")  # a walk skips hidden folders; so must the patch
    got = patched_site_fingerprint(walk, site, ["index.html", "c/d.html", ".well-known/x.txt"], ["a/b.html"])
    assert got == site_fingerprint(site)
    # a file touched behind the build's back keeps its old stat in the patch: the next walk differs
    (site / "c" / "d.html").write_text("dd", "utf-8")
    assert patched_site_fingerprint(walk, site, ["index.html"], ["a/b.html"]) != site_fingerprint(site)


def test_fork_alongside_runs_both_and_hands_back_results_and_errors(tmp_path, monkeypatch):
    from generator.core import workers

    monkeypatch.setattr(workers, "cores", lambda: 2)  # whatever this machine lets the tests use
    marker = tmp_path / "child"
    results = fork_alongside(lambda: (os.getpid(), marker.write_text("x")), lambda: os.getpid())
    assert results[1] == os.getpid() and marker.read_text() == "x"
    assert results[0][0] != os.getpid()  # really another process
    with pytest.raises(ValueError, match="bad template") as err:
        fork_alongside(lambda: (_ for _ in ()).throw(ValueError("bad template")), lambda: None)
    assert "bad template" in str(err.value.__cause__)  # the child's traceback comes along
    with pytest.raises(RuntimeError, match="ValueError: <function"):  # an exception that cannot travel: its text
        fork_alongside(lambda: (_ for _ in ()).throw(ValueError(lambda: 0)), lambda: None)


def test_shared_work_covers_every_item_once_across_processes(tmp_path, monkeypatch):
    from generator.core import workers

    monkeypatch.setattr(workers, "cores", lambda: 3)  # two children and this process
    items = list(range(103))

    def part(chunk):
        for i in chunk:  # a file per item, so the children's work is seen here too
            (tmp_path / f"{i}.txt").write_text(str(os.getpid()))
        return list(chunk)

    results, first = workers.share_in_processes(part, items, chunk=4, first=lambda: os.getpid())
    assert first == os.getpid()
    assert sorted(i for chunk in results for i in chunk) == items
    assert sorted(int(p.stem) for p in tmp_path.glob("*.txt")) == items
    with pytest.raises(KeyError):
        workers.share_in_processes(lambda chunk: {}[chunk[0]], items, chunk=4)


def _pid_and(x):
    time.sleep(0.001)  # enough work that neither process can take every chunk before the other starts
    return os.getpid(), x * x


def test_map_in_processes_keeps_the_order_and_this_process_takes_a_share(monkeypatch):
    from generator.core import workers

    monkeypatch.setattr(workers, "cores", lambda: 2)
    items = list(range(300))
    got = workers.map_in_processes(_pid_and, items, chunk=7)
    assert [x for _, x in got] == [i * i for i in items]
    pids = {pid for pid, _ in got}
    assert os.getpid() in pids and len(pids) == 2  # this process and one child
    assert workers.map_in_processes(_pid_and, items[:5]) == [(os.getpid(), i * i) for i in items[:5]]  # too few to fork
