"""Spread independent work over the machine's cores (fork: children inherit the parent's memory).

Standard library only, and cheap to import (the up-to-date check forks with ``fork_call`` before
the build's imports): multiprocessing is imported where it is used. ``map_in_processes`` gives
results in the order of the input, whatever the split; ``share_in_processes`` in no particular order
(its callers write files or add counts). An exception in a child is raised again here, with the
child's traceback as its cause.

``TIMELINE_REFERENCE=workers`` (``core/fastpaths.py``) runs the same three functions on
``concurrent.futures.ProcessPoolExecutor`` (fork start method) instead: the same results, in the
same order, from the standard library's pool (``_executor_chunks``).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from generator.core import fastpaths

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    return min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1), 4)


def map_in_processes(func: Callable[[T], R], items: Sequence[T], min_items: int = 200, chunk: int = 32) -> list[R]:
    """``[func(x) for x in items]``, on every core when there are enough items to pay for the fork:
    this process takes chunks too (``share_in_processes``), so only the children's part of the
    results is pickled. Results come back in the order of ``items``."""
    if cores() < 2 or len(items) < min_items or not hasattr(os, "fork"):
        return [func(x) for x in items]
    if not fastpaths.enabled("workers"):
        parts, _ = _executor_chunks(lambda part: [func(x) for x in part], items, chunk)
        return [result for part in parts for result in part]
    done, _ = share_in_processes(lambda part: [(i, func(x)) for i, x in part], list(enumerate(items)), chunk)
    return [result for part in sorted(done, key=lambda part: part[0][0]) for _, result in part]


def fork_call(func: Callable[[], R]) -> tuple[int, int]:
    """Start ``func()`` in a forked child process: (its pid, the pipe its answer comes through), for
    ``answer_of``. The child pickles the result, or the exception, and leaves without running this
    process's exit handlers. Raises OSError (nothing left open) when it cannot fork."""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        raise
    if pid == 0:  # the child: never returns into the caller's code
        try:
            os.close(read)
            try:
                data = pickle.dumps((True, func(), ""), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as err:  # noqa: BLE001 (handed to the parent, which raises it)
                import traceback

                data = _pickled_error(err, traceback.format_exc())
            with os.fdopen(write, "wb") as f:
                f.write(data)
        finally:
            os._exit(0)
    os.close(write)
    return pid, read


def answer_of(pid: int, fd: int) -> Any:
    """What the child started by ``fork_call`` returned, once it has ended; its exception is raised
    here, with the child's traceback as its cause (as multiprocessing's pool does)."""
    with os.fdopen(fd, "rb") as f:
        data = f.read()
    os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("a worker process ended without an answer (killed?)")
    ok, value, trace = pickle.loads(data)
    if not ok:
        # RemoteTraceback is defined in multiprocessing.pool at run time, but typeshed does not declare it
        from multiprocessing.pool import RemoteTraceback  # type: ignore[attr-defined]

        raise value from RemoteTraceback(trace)
    return value


def fork_alongside(there: Callable[[], R], here: Callable[[], R], children: int = 1) -> list[R]:
    """``[there(), ..., here()]``: ``there()`` in ``children`` forked child processes while ``here()``
    runs in this one, without a pool's set-up. Each child's result (or exception) is pickled back;
    the first exception is raised here once every child has ended."""
    if cores() < 2 or not hasattr(os, "fork") or children < 1:
        return [there() for _ in range(min(children, 1))] + [here()]
    if not fastpaths.enabled("workers"):
        parts, mine = _executor_chunks(lambda _part: there(), range(children), 1, here)
        return [*parts, mine]
    started: list[tuple[int, int]] = []
    answers: list = []
    try:
        for _ in range(children):
            started.append(fork_call(there))
        mine = here()
    finally:
        for pid, fd in started:  # every child is waited for, whatever happened here
            try:
                answers.append((True, answer_of(pid, fd)))
            except BaseException as err:  # noqa: BLE001 (raised below, after the others have ended)
                answers.append((False, err))
    for ok, value in answers:
        if not ok:
            raise value
    return [value for _, value in answers] + [mine]


def _pickled_error(err: BaseException, trace: str) -> bytes:
    """An exception for the parent: itself if it pickles (and unpickles), else a RuntimeError with its text."""
    try:
        data = pickle.dumps((False, err, trace), protocol=pickle.HIGHEST_PROTOCOL)
        pickle.loads(data)
        return data
    except Exception:  # noqa: BLE001 (any failure to carry it: send its text instead)
        return pickle.dumps(
            (False, RuntimeError(f"{type(err).__name__}: {err}"), trace), protocol=pickle.HIGHEST_PROTOCOL
        )


# Measured against the reference (TIMELINE_REFERENCE=workers: ProcessPoolExecutor, fork) by bench/fastpaths.py,
# 2026-12-05, clean builds of 2,014 real annotated entries on 2 cores, 15 rounds over 3 runs on a shared machine
# (load 3-8): median wall 6.91 s with this pool, 9.45 s with the executor (1.37x; fastest builds 3.58 s and 4.47 s),
# CPU 6.24 s and 7.23 s (1.16x; the executor's idle parent and pickled tasks). The wall figure is noisy (one of
# the three runs alone had the executor ahead); the CPU saving held in all three.
def share_in_processes(
    func: Callable[[Sequence[T]], R], items: Sequence[T], chunk: int, first: Callable[[], Any] | None = None
) -> tuple[list[R], Any]:
    """``func`` over consecutive chunks of ``items``, in this process and in forked children (one per
    other core), each taking the next chunk until none is left: the split follows how fast each one
    goes, and only this process and its children touch the memory they share (a pool's idle parent
    process would copy it too). This process takes chunks from the start of ``items``, the children
    from the end, so that they mostly work on different kinds of item (for the rendering, files
    in different folders: creating files in one folder at once makes processes wait on its lock).
    ``first()`` runs in this process before it starts on the chunks. Returns (every chunk's result,
    in no particular order; first())."""
    if not fastpaths.enabled("workers"):
        return _executor_chunks(func, items, chunk, first)
    import multiprocessing

    bounds = multiprocessing.RawArray("q", [0, len(items)])  # [next from the start, end of what is left]
    lock = multiprocessing.Lock()

    def work(from_start: bool) -> list[R]:
        done: list[R] = []
        while True:
            with lock:
                low, high = bounds[0], bounds[1]
                if low >= high:
                    return done
                if from_start:
                    start, end = low, min(low + chunk, high)
                    bounds[0] = end
                else:
                    start, end = max(high - chunk, low), high
                    bounds[1] = start
            done.append(func(items[start:end]))

    extra: list = []

    def here() -> list[R]:
        extra.append(first() if first is not None else None)
        return work(True)

    parts = fork_alongside(lambda: work(False), here, children=cores() - 1)
    return [r for part in parts for r in part], extra[0]


# --------------------------------------------------------------------------- the reference (TIMELINE_REFERENCE=workers)
_job: Callable[[int, int], Any] | None = None  # the reference's work function, inherited by the forked pool's processes


def _run_chunk(start: int, end: int) -> Any:
    """The pool's task: the inherited work function over one chunk (only its bounds are pickled)."""
    assert _job is not None, "the pool's processes are forked after _job is set"
    return _job(start, end)


def _executor_chunks(
    func: Callable[[Any], R], items: Sequence[Any], chunk: int, first: Callable[[], Any] | None = None
) -> tuple[list[R], Any]:
    """``share_in_processes`` by the standard library: ``concurrent.futures.ProcessPoolExecutor``
    with the fork start method, one process per core, a task per chunk. ``func`` (a closure) and
    ``items`` reach the processes through a module global that the fork copies; ``first()`` runs in
    this process while the pool works. Returns (the chunks' results in the order of ``items``; first())."""
    import concurrent.futures
    import multiprocessing

    global _job
    if _job is not None:
        raise RuntimeError("the reference pool does not nest")
    _job = lambda start, end: func(items[start:end])  # noqa: E731
    try:
        context = multiprocessing.get_context("fork")
        with concurrent.futures.ProcessPoolExecutor(max_workers=cores(), mp_context=context) as pool:
            futures = [
                pool.submit(_run_chunk, start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)
            ]
            extra = first() if first is not None else None
            return [f.result() for f in futures], extra
    finally:
        _job = None
