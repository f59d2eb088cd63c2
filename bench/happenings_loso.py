#!/usr/bin/env python3
"""How well the happenings merger's same-day bars generalise: leave-one-story-out on the dev gold.

    python bench/happenings_loso.py            # the dev stories of tests/gold/happenings
    python bench/happenings_loso.py --full     # the same-day bars and MIN_SHARED searched again too

Each dev story's articles are ingested once (the product's ingest, as ``score --happenings`` does);
then, for each point of a small grid (the three same-day bars of ``content.happenings`` of reports
not naming two sides, moved together by an offset, ``MIN_SHARED``, ``PLANNED_SLIP``,
``PER_DOUBLING`` and ``DATE_WEIGHT``: what a plan a day from a report, dates holding one another and
sharing the days add), every story's events are
clustered again (``assign``) and scored (``score.score_story``). Leave-one-story-out: each story
is scored with the grid point that the other stories pick (the best pooled F1 among those with
precision >= 0.90; of equals, the one asking more of the new rules, a plan's slip, dates
holding one another and no weight for sharing the days, then the lowest bars: a rule only the
left-out story wants is left off for it),
and the stories' pairs are pooled. ``--full`` searches the same-day bars and ``MIN_SHARED`` again;
by default they stay at the module's values (chosen so before) and only the newer three are searched. A grid point
that only one story favours does not survive this. Prints
every grid point's pooled figures on all dev stories, the pick of each fold and the pooled
leave-one-out figures. The held-out stories are never read.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import yaml

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "happenings"
OFFSETS = (-15, -10, -5, 0, 5, 10)
MIN_SHARED = (1, 2, 3)
PLANNED_SLIP = (0, 10, 20, 40)  # 40: off (a plan a day apart held to NEXT_DAY, as before it had a rule)
PER_DOUBLING = (0, 3, 6)  # how much stricter dates that hold one another (a day and its month) are
DATE_WEIGHT = (0, 20, 40)  # how much sharing all their days adds to a link, to pick the happening a report joins
BARS = ("SAME_DAY_SHARED_ACTOR", "SAME_DAY_SHARED_NAME", "SAME_DAY")  # not SAME_DAY_OTHER_ACTORS: two sides
MIN_PRECISION = 0.90


def dev_stories() -> dict[str, tuple[dict, dict]]:
    """Each dev story's gold and its entries by seed, ingested into a temporary content folder."""
    return stories("dev")


def stories(split: str) -> dict[str, tuple[dict, dict]]:
    """Each story of ``split`` ('dev', 'heldout'): its gold and its entries by seed, ingested into a
    temporary content folder."""
    from generator.ingest import run_ingest
    from generator.score import _entries_by_seed

    found = {}
    for path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if gold["split"] != split:
            continue
        with tempfile.TemporaryDirectory(prefix="bench-loso-") as tmp:
            content = Path(tmp) / "content"
            run_ingest(tuple(REPO / a for a in gold["articles"]), content, force=False, root=REPO)
            found[path.stem] = (gold, _entries_by_seed(content))
    return found


def setting(value: str) -> int | float:
    """A module setting given on the command line: a whole number stays one (``COMPOUND_HEAD=6`` is a
    ``range`` bound), any other number is a float."""
    return int(value) if value.lstrip("-").isdigit() else float(value)


def forget_all(module: object) -> None:
    """Every memo of ``module``: its per-run ones (``_forget``) and its ``functools.cache`` functions, whose
    answers outlive a run. Call it when a rule or setting is switched and switched back: ``lemma`` calls
    ``_verb_of`` and ``_head`` (and reads ``COMPOUND_HEAD``, ``MIN_STEM`` ...), so with its memo kept a rule
    switched off stays on for every word already looked up, and one switched back on stays off for the words
    first seen without it."""
    module._forget()  # type: ignore[attr-defined]
    for value in vars(module).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def clustered(entries: dict, settings: dict[str, float]) -> dict[str, SimpleNamespace]:
    """The entries' events with the happening ids ``assign`` gives them under ``settings``."""
    from generator.content import happenings as H

    saved = {k: getattr(H, k) for k in settings}
    for k, v in settings.items():
        setattr(H, k, v)
    try:
        reports = [
            H.Report(e.path, e.date.isoformat(), i, ev, "", H.content_key(e.seed_sha256, e.title, e.body))  # as ingest
            for e in sorted(entries.values(), key=lambda e: e.path)
            for i, ev in enumerate(e.events)
        ]
        ids = H.assign(reports)
    finally:
        for k, v in saved.items():
            setattr(H, k, v)
    events = defaultdict(list)
    seed_of = {e.path: seed for seed, e in entries.items()}
    for r in reports:
        events[seed_of[r.entry]].append(dataclasses.replace(r.event, happening=ids[r.key]))
    return {seed: SimpleNamespace(events=evs) for seed, evs in events.items()}


def settings_of(offset: int, min_shared: int, slip: int, per_doubling: int, date_weight: int) -> dict[str, float]:
    from generator.content import happenings as H

    bars = {name: max(0.0, getattr(H, name) + offset) for name in BARS}  # a token-set ratio is 0-100
    lowest = min(*bars.values(), H.SAME_DAY_OTHER_ACTORS, H.NEXT_DAY, H.YEARS)
    return {
        **bars,
        "MIN_SHARED": min_shared,
        "_LOWEST": lowest,
        "PLANNED_SLIP": slip,
        "PER_DOUBLING": per_doubling,
        "DATE_WEIGHT": date_weight,
    }


def grid_of(full: bool) -> dict[tuple[int, ...], dict[str, float]]:
    """The grid's points and their settings: the same-day bars' offset and ``MIN_SHARED`` at the module's
    values unless ``full``."""
    from generator.content import happenings as H

    offsets, min_shared = (OFFSETS, MIN_SHARED) if full else ((0,), (H.MIN_SHARED,))
    points = itertools.product(offsets, min_shared, PLANNED_SLIP, PER_DOUBLING, DATE_WEIGHT)
    return {p: settings_of(*p) for p in points}


def main(argv: list[str]) -> int:
    from generator.content import happenings as H
    from generator.score import PRF, score_story

    stories = dev_stories()
    grid = grid_of("--full" in argv)
    table = {
        point: {name: score_story(name, gold, clustered(entries, s)).ours for name, (gold, entries) in stories.items()}
        for point, s in grid.items()
    }

    def pooled(point: tuple[int, ...], without: str = "") -> PRF:
        return sum((p for name, p in table[point].items() if name != without), PRF())

    def fmt(p: PRF) -> str:
        return f"P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f} (tp {p.tp} fp {p.fp} fn {p.fn})"

    now = [f"{b} {getattr(H, b):g}" for b in (*BARS, "MIN_SHARED", "PLANNED_SLIP", "PER_DOUBLING", "DATE_WEIGHT")]
    print(f"now: {', '.join(now)}")
    for point in grid:
        print(f"{label(point)}  {fmt(pooled(point))}")
    total = PRF()
    for name in stories:
        pick = max(grid, key=lambda pt: picked_by(pooled(pt, name), pt))
        total = total + table[pick][name]
        print(f"fold {name:28} picks {label(pick)}: {fmt(table[pick][name])}")
    print(f"leave-one-story-out pooled: {fmt(total)}")
    return 0


def picked_by(others: object, point: tuple[int, ...]) -> tuple:
    """What a fold maximises: precision at least MIN_PRECISION on the other stories, then their F1,
    then, of equals, the stricter point (``stricter``)."""
    return (others.precision >= MIN_PRECISION, others.f1, stricter(point))  # type: ignore[attr-defined]


def label(point: tuple[int, ...]) -> str:
    return "offset {:+3d} MIN_SHARED {} PLANNED_SLIP {:2d} PER_DOUBLING {} DATE_WEIGHT {:2d}".format(*point)


def stricter(point: tuple[int, ...]) -> tuple[int, ...]:
    """Of equals, the point whose new rules ask more (a plan's slip, dates holding one another, no weight
    for sharing the days), then the lowest same-day bars (the order the grid was first searched in)."""
    return (point[2], point[3], -point[4], -point[0], -point[1])


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
