"""Progress of a long step (the annotation of new seeds): a bar with the rate and the time left on
a terminal (tqdm), a line at every 10 % otherwise (a log, CI), nothing when not asked for."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Nothing shown: the base of the two below, and what a caller that wants no progress passes."""

    def start(self, total: int, what: str) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


class Bar(Progress):
    """tqdm's bar (count, percentage, rate, elapsed and time left), on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.bar = None

    def start(self, total: int, what: str) -> None:
        import shutil

        from tqdm import tqdm

        size = shutil.get_terminal_size()  # COLUMNS/LINES, else the terminal's, else 80x24 (a new pty says 0x0)
        self.bar = tqdm(
            total=total, desc=what, unit="seed", file=self.stream, ncols=size.columns, nrows=size.lines, smoothing=0.1
        )

    def advance(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class TenthLines(Progress):
    """A line at each tenth of the work done: 'annotating: 30% (90/300 seeds, 12.3 seeds/s, 17 s left)'."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.total = self.done = self.shown = 0
        self.what = ""
        self.started = 0.0

    def start(self, total: int, what: str) -> None:
        self.total, self.done, self.shown, self.what = total, 0, 0, what
        self.started = time.perf_counter()

    def advance(self, n: int = 1) -> None:
        self.done += n
        tenth = self.done * 10 // self.total if self.total else 10
        if tenth > self.shown:
            self.shown = tenth
            seconds = time.perf_counter() - self.started
            rate = self.done / seconds if seconds > 0 else 0.0
            left = f", {(self.total - self.done) / rate:.0f} s left" if rate and self.done < self.total else ""
            print(
                f"{self.what}: {tenth * 10}% ({self.done}/{self.total} seeds, {rate:.1f} seeds/s{left})",
                file=self.stream,
                flush=True,
            )


def progress_for(stream: TextIO | None = None) -> Progress:
    """A bar when ``stream`` (default stderr) is a terminal, else a line every 10 %."""
    stream = sys.stderr if stream is None else stream
    return Bar(stream) if stream.isatty() else TenthLines(stream)
