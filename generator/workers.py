"""Spread independent work over the machine's cores (fork: children inherit the parent's memory).

Standard library only. The result is in the order of the input, whatever the split, so callers
stay deterministic.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    return min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1), 4)


def map_in_processes(func: Callable[[T], R], items: Sequence[T], min_items: int = 200,
                     alongside: Callable[[], R] | None = None) -> list[R]:
    """``[func(x) for x in items]``, on every core when there are enough items to pay for the fork.

    ``func`` must be a module-level function; items and results are pickled. ``alongside``, when
    given, runs in this process while the workers work (it would otherwise wait idle); its result
    is appended to the list.
    """
    workers = cores()
    local = [alongside] if alongside else []
    if workers < 2 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        return [func(x) for x in items] + [f() for f in local]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending = pool.map_async(func, items, chunksize=max(1, len(items) // (workers * 8)))
        here = [f() for f in local]
        return pending.get() + here


def fork_alongside(there: Callable[[], R], here: Callable[[], R]) -> list[R]:
    """``[there(), here()]``, ``there()`` in one forked child process while ``here()`` runs in this one:
    for a small job split two ways, without a pool's set-up. ``there``'s result (or exception) is
    pickled back."""
    if cores() < 2 or not hasattr(os, "fork"):
        return [there(), here()]
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        try:
            os.close(read)
            try:
                data = pickle.dumps((True, there()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as err:  # noqa: BLE001 (handed to the parent, which raises it)
                data = pickle.dumps((False, err), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write, "wb") as f:
                f.write(data)
        finally:
            os._exit(0)
    os.close(write)
    try:
        mine = here()
    finally:
        with os.fdopen(read, "rb") as f:
            data = f.read()
        os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("a rendering process ended without an answer (killed?)")
    ok, value = pickle.loads(data)
    if not ok:
        raise value
    return [value, mine]
