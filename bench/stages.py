"""CPU seconds of each stage of a clean, a nothing-changed and a one-edit build, in one process.

    taskset -c 0 python bench/stages.py [--size 10000] [--work DIR] [clean noop edit ...]

Run it under ``taskset -c 0``: with one core nothing forks, so every stage's CPU is this process's
(``time.process_time`` around the build's functions; a stage's own time excludes the stages it
calls). The corpus is ``bench/run.py``'s (``.bench/corpus-N/``, made when missing), copied to
``--work`` for the clean build; ``edit`` changes the title and body of the entry ``bench/run.py``
edits. Compare two commits by running this file with ``PYTHONPATH`` set to each checkout in turn.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import generator.build as build_mod  # noqa: E402
import generator.incremental.reuse as reuse_mod  # noqa: E402
import generator.incremental.state as state_mod  # noqa: E402
import generator.render.produce as produce_mod  # noqa: E402
import generator.write as write_mod  # noqa: E402
from bench import corpus as corpus_mod  # noqa: E402
from bench.run import prepare_corpus  # noqa: E402
from generator.cli import main  # noqa: E402

SPENT: collections.Counter[str] = collections.Counter()
_OPEN: list[float] = []  # the time of the stages called from the one running, per level


def timed(name):
    """Wrap a function so that its own CPU time (without the timed functions it calls) counts under
    ``name`` (a string, or a function of the call's arguments that gives one)."""

    def wrap(func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            label = name(*args, **kwargs) if callable(name) else name
            start = time.process_time()
            _OPEN.append(0.0)
            try:
                return func(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                SPENT[label] += spent - _OPEN.pop()
                if _OPEN:
                    _OPEN[-1] += spent

        return run

    return wrap


def timed_context(name: str, make):
    """A context manager like ``make``'s, its entering and its leaving timed apart."""

    @contextlib.contextmanager
    def run(*args, **kwargs):
        start = time.process_time()
        inner = make(*args, **kwargs)
        value = inner.__enter__()
        SPENT[name + " enter"] += time.process_time() - start
        try:
            yield value
        except BaseException:
            inner.__exit__(*sys.exc_info())
            raise
        start = time.process_time()
        inner.__exit__(None, None, None)
        SPENT[name + " exit (swap)"] += time.process_time() - start

    return run


def _unit_label(producer, unit) -> str:
    return "make " + (unit.kind if unit.kind != "export" else "export " + unit.ref)


def instrument() -> None:
    build_mod.load_content = timed("load content")(build_mod.load_content)
    build_mod.make_site = timed("site model")(build_mod.make_site)
    reuse_mod.Reuse.__init__ = timed("reuse init")(reuse_mod.Reuse.__init__)
    reuse_mod.Reuse.plan = timed("plan (entry keys)")(reuse_mod.Reuse.plan)
    reuse_mod.plan_jobs = timed("plan jobs")(reuse_mod.plan_jobs)
    reuse_mod.Reuse.finish = timed("finish (state)")(reuse_mod.Reuse.finish)
    state_mod.EntryCache.save = timed("save entry cache")(state_mod.EntryCache.save)
    state_mod.Memo._load = timed("load memo")(state_mod.Memo._load)
    state_mod.Memo.save = timed("save memo")(state_mod.Memo.save)
    produce_mod.Producer.__init__ = timed("producer init")(produce_mod.Producer.__init__)
    produce_mod.Producer.make = timed(_unit_label)(produce_mod.Producer.make)
    write_mod.Placer.put = timed("write (put)")(write_mod.Placer.put)
    reuse_mod.patched_site = timed_context("patched_site", write_mod.patched_site)
    reuse_mod.staged_site = timed_context("staged_site", write_mod.staged_site)


def run_build(work: Path) -> tuple[float, float, float]:
    """(CPU, user, system) seconds of one build of ``work``, this process."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    main(["build", "--root", str(work)])
    after = resource.getrusage(resource.RUSAGE_SELF)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return user + system, user, system


def report(label: str, cpu: float, user: float, system: float) -> None:
    print(f"{label}: CPU {cpu:.2f} s (user {user:.2f}, system {system:.2f})")
    for stage, seconds in SPENT.most_common():
        if seconds >= 0.01:
            print(f"  {seconds:6.2f}  {stage}")
    print(f"  {cpu - sum(SPENT.values()):6.2f}  (the rest: the command line, the up-to-date check, ...)")


def main_bench() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "builds", nargs="*", default=["clean", "noop", "edit"], help="clean, noop, edit (default: all three)"
    )
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=None, help="the project folder to build (default: a temporary one)")
    args = ap.parse_args()
    unknown = set(args.builds) - {"clean", "noop", "edit"}
    if unknown:
        ap.error(f"unknown build {sorted(unknown)[0]!r}: say clean, noop or edit")
    pristine, meta = prepare_corpus(args.size)
    work = args.work or Path(tempfile.mkdtemp(prefix="stages-")) / "project"
    instrument()
    for build in args.builds:
        if build == "clean":
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(pristine / "ours", work)
        elif build == "edit":
            corpus_mod.edit_one("ours", work, meta["edit_path"])
        SPENT.clear()
        report(f"{build} build of {work}", *run_build(work))


if __name__ == "__main__":
    main_bench()
