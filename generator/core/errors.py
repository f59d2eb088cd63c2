"""Problems are data: ``path:line: message (hint)``, collected per stage and reported together.

A stage that meets bad input returns a :class:`Problem` next to whatever it could still do, so
one bad seed or entry never stops the others. Only bugs raise (and show their traceback).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input file, with the fix where one helps."""

    path: str
    line: int | None
    message: str
    hint: str | None = None
    # "error" (the input was skipped), "warning" (it was used), or "advice" (nothing is wrong, but
    # something looks worth a look: check's advice on the registry, which fails nothing)
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tail = f" ({self.hint})" if self.hint else ""
        tag = f"{self.severity}: " if self.severity != "error" else ""
        return f"{where}: {tag}{self.message}{tail}"


class BuildError(Exception):
    """Raised when a build cannot go on at all (no usable theme, a template error...).

    Carries the problems so the CLI can print them the same way as any other.
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):  # raised in a worker process, it must arrive whole in the parent
        return (BuildError, (self.problems,))


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A 'did you mean' hint for an unknown name, or None when nothing is close.

    Close spellings first (``natp`` -> ``nato``), else a name the word starts or ends with as a
    whole part (``nato-chief`` -> ``nato``), the longest such name winning.
    """
    close = closest(word, choices)
    return f"did you mean '{close}'?" if close else None


def closest(word: str, choices: Iterable[str]) -> str | None:
    names = sorted(set(choices))
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if close:
        return close[0]
    low = word.lower()
    parts = [
        c
        for c in names
        if c
        and len(c) >= 2
        and (low.startswith(c.lower() + "-") or low.endswith("-" + c.lower()) or c.lower().startswith(low + "-"))
    ]
    return max(parts, key=lambda c: (len(c), c)) if parts else None


def sort_problems(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Deterministic order: by file, then line, then message; duplicates dropped."""
    return tuple(sorted(set(problems), key=lambda p: (p.path, p.line or 0, p.message, p.hint or "")))
