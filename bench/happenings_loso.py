#!/usr/bin/env python3
"""How well the happenings merger's same-day bars generalise: leave-one-story-out on the dev gold.

    python bench/happenings_loso.py            # the dev stories of tests/gold/happenings

Each dev story's articles are ingested once (the product's ingest, as ``score --happenings`` does);
then, for each point of a small grid (the three same-day bars of ``content.happenings`` of reports
not naming two sides, moved together by an offset, and ``MIN_SHARED``), every story's events are
clustered again (``assign``) and scored (``score.score_story``). Leave-one-story-out: each story
is scored with the grid point that the other stories pick (the best pooled F1 among those with
precision >= 0.90; of equals, the lowest bars), and the stories' pairs are pooled. A grid point
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
BARS = ("SAME_DAY_SHARED_ACTOR", "SAME_DAY_SHARED_NAME", "SAME_DAY")  # not SAME_DAY_OTHER_ACTORS: two sides
MIN_PRECISION = 0.90


def dev_stories() -> dict[str, tuple[dict, dict]]:
    """Each dev story's gold and its entries by seed, ingested into a temporary content folder."""
    from generator.ingest import run_ingest
    from generator.score import _entries_by_seed

    found = {}
    for path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if gold["split"] != "dev":
            continue
        with tempfile.TemporaryDirectory(prefix="bench-loso-") as tmp:
            content = Path(tmp) / "content"
            run_ingest(tuple(REPO / a for a in gold["articles"]), content, force=False, root=REPO)
            found[path.stem] = (gold, _entries_by_seed(content))
    return found


def clustered(entries: dict, settings: dict[str, float]) -> dict[str, SimpleNamespace]:
    """The entries' events with the happening ids ``assign`` gives them under ``settings``."""
    from generator.content import happenings as H

    saved = {k: getattr(H, k) for k in settings}
    for k, v in settings.items():
        setattr(H, k, v)
    try:
        reports = [
            H.Report(seed, e.date.isoformat(), i, ev)
            for seed, e in sorted(entries.items())
            for i, ev in enumerate(e.events)
        ]
        ids = H.assign(reports)
    finally:
        for k, v in saved.items():
            setattr(H, k, v)
    events = defaultdict(list)
    for r in reports:
        events[r.entry].append(dataclasses.replace(r.event, happening=ids[r.key]))
    return {seed: SimpleNamespace(events=evs) for seed, evs in events.items()}


def settings_of(offset: int, min_shared: int) -> dict[str, float]:
    from generator.content import happenings as H

    bars = {name: getattr(H, name) + offset for name in BARS}
    lowest = min(*bars.values(), H.SAME_DAY_OTHER_ACTORS, H.NEXT_DAY, H.YEARS)
    return {**bars, "MIN_SHARED": min_shared, "_LOWEST": lowest}


def main() -> int:
    from generator.content import happenings as H
    from generator.score import PRF, score_story

    stories = dev_stories()
    grid = {(o, m): settings_of(o, m) for o, m in itertools.product(OFFSETS, MIN_SHARED)}
    table = {
        point: {name: score_story(name, gold, clustered(entries, s)).ours for name, (gold, entries) in stories.items()}
        for point, s in grid.items()
    }

    def pooled(point: tuple[int, int], without: str = "") -> PRF:
        return sum((p for name, p in table[point].items() if name != without), PRF())

    def fmt(p: PRF) -> str:
        return f"P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f} (tp {p.tp} fp {p.fp} fn {p.fn})"

    print(f"same-day bars now: {', '.join(f'{b} {getattr(H, b):g}' for b in BARS)}; MIN_SHARED {H.MIN_SHARED}")
    for point in grid:
        print(f"offset {point[0]:+3d} MIN_SHARED {point[1]}  {fmt(pooled(point))}")
    total = PRF()
    for name in stories:
        pick = max(grid, key=lambda pt: (pooled(pt, name).precision >= MIN_PRECISION, pooled(pt, name).f1))
        total = total + table[pick][name]
        print(f"fold {name:28} picks offset {pick[0]:+d} MIN_SHARED {pick[1]}: {fmt(table[pick][name])}")
    print(f"leave-one-story-out pooled: {fmt(total)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
