"""Spread independent work over the machine's cores (fork: children inherit the parent's memory).

Standard library only. The result is in the order of the input, whatever the split, so callers
stay deterministic.
"""

from __future__ import annotations

import multiprocessing
import os
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
