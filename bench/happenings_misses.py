#!/usr/bin/env python3
"""The pairs the happenings merger gets wrong on the dev gold: what to look at before changing a rule.

    python bench/happenings_misses.py          # every dev story of tests/gold/happenings
    python bench/happenings_misses.py haiti    # the dev stories whose file name holds "haiti"

For each dev story (ingested as ``score --happenings`` does), each gold-coreferent pair of events
that the ingest's ids split (a miss) and each pair they join that the gold splits (a false merge),
with both events' dates, precisions, statuses, date phrases, actors and sentences. Only the dev
split is read: the held-out stories are for reporting, never for finding what to change.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def describe(article: str, e: object) -> str:
    ev = e  # an Event
    date = ev.date + (f"/{ev.end_date}" if ev.end_date else "")  # type: ignore[attr-defined]
    return (
        f"    {Path(article).stem[:40]:40} {date:23} {ev.precision:6} {ev.status:9} "  # type: ignore[attr-defined]
        f"[{ev.evidence}] actors={list(ev.actors)}\n"  # type: ignore[attr-defined]
        f"      {ev.text[:300]}\n"  # type: ignore[attr-defined]
        f"      summary: {ev.summary}  happening: {ev.happening}"  # type: ignore[attr-defined]
    )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from bench.happenings_loso import dev_stories
    from generator.score import _gold_happening

    misses = merges = 0
    for name, (gold, entries) in dev_stories().items():
        if argv and not any(a in name for a in argv):
            continue
        events = [(a, e) for a in map(str, gold["articles"]) if a in entries for e in entries[a].events]
        gold_of = [_gold_happening(gold, a, e) for a, e in events]
        print(f"== {name}")
        for i in range(len(events)):
            for j in range(i + 1, len(events)):
                gi, gj = gold_of[i], gold_of[j]
                if gi is None and gj is None:
                    continue
                same = events[i][1].happening == events[j][1].happening
                if gi is not None and gi == gj and not same:
                    misses += 1
                    print(f"  MISS {gi}")
                elif same and gi != gj:
                    merges += 1
                    print(f"  FALSE MERGE gold {gi} / {gj}")
                else:
                    continue
                print(describe(*events[i]))
                print(describe(*events[j]))
    print(f"misses {misses}, false merges {merges}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
