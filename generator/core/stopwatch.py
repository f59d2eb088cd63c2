"""Seconds per build stage, wall and CPU, for ``build --timings`` and the benchmark."""

from __future__ import annotations

import resource
import time


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the annotation and render
    workers are counted once they are reaped, at the end of their stage)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


class Stopwatch:
    """``lap(stage)`` records the wall and CPU seconds since the last lap."""

    def __init__(self) -> None:
        self.laps: tuple[tuple[str, float, float], ...] = ()  # (stage, wall s, CPU s), in order
        self._last = self._started = time.perf_counter()
        self._last_cpu = cpu_seconds()

    def lap(self, stage: str) -> None:
        now, cpu = time.perf_counter(), cpu_seconds()
        self.laps += ((stage, round(now - self._last, 3), round(cpu - self._last_cpu, 3)),)
        self._last, self._last_cpu = now, cpu

    def total(self) -> float:
        return time.perf_counter() - self._started
