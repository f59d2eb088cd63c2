#!/usr/bin/env python3
"""Why the merger leaves each missed dev pair apart, and which unfound reports would make pairs.

    python bench/happenings_why.py              # every dev story of tests/gold/happenings
    python bench/happenings_why.py iran joplin  # the dev stories whose file name holds one of these

Part one, for each gold-coreferent pair of found events that the ingest's ids split (what
``bench/happenings_misses.py`` lists), the tests of a link (``content.happenings.links``): linked or not,
the best token-set ratio of their lines or of the words around their dates, the pair's ``bar``, whether
their dates are ``_comparable``, whether they have ``_enough_in_common`` and ``in_common``. A pair with
its score over the bar but not enough in common, or not comparable, is a grouping miss; a pair linked
but apart lost in the clustering.

Part two, each gold report no event of its article has in its sentence, weighed by the reports of its
happening that are found (the pairs it would add, were it found and joined), with the kind
``bench/happening_recall.py`` gives it. Pair recall counts found events only: a report found but not
joined adds misses, so the weight is what a new event can gain at best.

Only the dev split is read: the held-out stories are for reporting, never for finding what to change.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def why_apart(gold: dict, entries: dict) -> list[str]:
    """Lines telling, for each split gold pair of the story, the link tests."""
    from generator.content import happenings as hp
    from generator.score import _gold_happening

    reports, gold_of = [], []
    for article in map(str, gold["articles"]):
        if article not in entries:
            continue
        entry = entries[article]
        for k, event in enumerate(entry.events):
            reports.append(hp.Report(article, entry.date.isoformat(), k, event))
            gold_of.append(_gold_happening(gold, article, event))
    rare = hp._rare_names(reports)
    linked = hp.links(reports)
    lines = []
    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            a, b = reports[i], reports[j]
            if gold_of[i] is None or gold_of[i] != gold_of[j] or a.event.happening == b.event.happening:
                continue
            score = max(hp._scores([a.words], [b.words], 0)[0][0], hp._scores([a.near], [b.near], 0)[0][0])
            lines.append(
                f"  MISS {gold_of[i]}: linked={(i, j) in linked} score={score:.1f} bar={hp.bar(a, b):.1f}"
                f" comparable={hp._comparable(a, b)} enough={hp._enough_in_common(a, b, rare)}"
                f" in_common={hp.in_common(a, b)}"
            )
            for r in (a, b):
                lines.append(f"    {r.event.date:10} {list(r.event.actors)} words=[{r.words}] near=[{r.near}]")
    return lines


def unfound(gold: dict, entries: dict, weights: Counter[str]) -> list[str]:
    """Lines for each gold report with no event in its sentence whose happening has found reports."""
    from bench.happening_recall import _entities, _squash, kind_of_miss

    lines = []
    for h in gold["happenings"]:
        found, missed = 0, []
        for r in h.get("reports") or []:
            article, part = str(r["article"]), _squash(r.get("sentence", ""))
            events = entries[article].events if article in entries else ()
            if any(part in _squash(e.text) for e in events):
                found += 1
            else:
                missed.append(r)
        for r in missed if found else ():
            article = str(r["article"])
            published = entries[article].date if article in entries else None
            ents = _entities(str(r.get("sentence", "")), published)
            kind = kind_of_miss(str(h["date"]), [], ents, str(r.get("sentence", "")))
            weights[kind] += found
            lines.append(f"  {found:2d} {h['id']} [{Path(article).stem}] {kind}")
            lines.append(f"       {r.get('sentence')}")
    return lines


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from bench.happenings_loso import dev_stories

    weights: Counter[str] = Counter()
    for name, (gold, entries) in dev_stories().items():
        if argv and not any(a in name for a in argv):
            continue
        print(f"== {name}")
        print("\n".join(why_apart(gold, entries) + unfound(gold, entries, weights)))
    print("pairs unfound reports would add at best, by kind:")
    for kind, n in weights.most_common():
        print(f"  {n:3d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
