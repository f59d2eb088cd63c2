#!/usr/bin/env python3
"""Event recall against the gold happenings: the dated reports the annotator does not find.

    python bench/happening_recall.py             # every dev story of tests/gold/happenings
    python bench/happening_recall.py camp chile  # the dev stories whose file name holds one of these
    python bench/happening_recall.py --quiet     # the per-story counts only

Each dev story's articles are ingested as ``score --happenings`` does (bench/happenings_loso.py).
A gold report (an article and a verbatim part of one of its sentences) is FOUND when an event of
that article has the part in its sentence and a date that matches the happening's (the same day, or
the event's first day inside the gold period); else it is listed as a MISS, with the events the
annotator found in that sentence (a wrong date) and the DATE/TIME entities spaCy tags in the
sentence alone with what ``dates.resolve_date`` makes of them (an unrecognised date phrase).
An event that matches no gold report of its story is listed as UNMATCHED: a candidate precision
error (not every one is: the gold leaves out some dated facts, each file says which).

Only the dev split is read: held-out stories are for reporting, never for finding what to change.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _squash(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def date_matches(gold_date: str, date: str) -> bool:
    """The event's date is the gold day, or its first day lies inside the gold period."""
    from generator.score import date_span

    first, _, last = str(gold_date).partition("/")
    try:
        g0, g1 = date_span(first)[0], date_span(last or first)[1]
        e0 = date_span(date)[0]
    except ValueError:
        return False
    return g0 <= e0 <= g1


def _entities(sentence: str, published: dt.date | None) -> list[tuple[str, str, str | None]]:
    """What spaCy tags as a date or time in the sentence alone: (label, text, what dates.py makes of it)."""
    from generator.annotate.dates import resolve_date
    from generator.annotate.nlp import parse_blocks

    doc = parse_blocks([sentence])[0]
    out = []
    for e in doc.ents:
        if e.label_ in ("DATE", "TIME"):
            got = resolve_date(e.text, published) if published else None
            out.append((e.label_, e.text, got[0] if got else None))
    return out


_VAGUE_SPAN = re.compile(
    r"\b(?:coming|next|past|last|over|throughout|through|during|for|within)\b.*\b(?:days?|weeks?|months?|hours?|year)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:days?|weeks?|hours?|minutes?|months?|years?|day|night)\b", re.I)
_CLOCK = re.compile(r"\d[.:]?\d*\s*[ap]\.?m\b|o.clock|\b(?:morning|afternoon|evening|night|overnight|noon)\b", re.I)


def kind_of_miss(gold_date: str, found: list, ents: list[tuple[str, str, str | None]], sentence: str) -> str:
    """A rough kind for a missed report, to count (read the cases before acting on a count)."""
    from generator.score import date_span

    if found:
        g0, g1 = date_span(gold_date.partition("/")[0])[0], date_span(gold_date.rpartition("/")[2])[1]
        for e in found:
            e0, e1 = date_span(e.date)
            if e0 <= g0 and g1 <= e1:
                return "found, coarser date (a week, month or year phrase; the gold day known from context)"
        return "found, another date (a wrong year or reference, a date of another happening)"
    if any(got for _, _, got in ents):
        return "date recognised, the event dropped by a rule (a state, small talk, a restatement, a target)"
    if any(_VAGUE_SPAN.search(text) for _, text, _ in ents):
        return "a vague span ('in the coming weeks', 'the past 12 hours', 'the next year')"
    if any(_CLOCK.search(text) for _, text, _ in ents):
        return "a time of day only ('around 6:30 a.m.', 'that morning'): the day from context"
    if any(_RELATIVE.search(text) for _, text, _ in ents):
        return "reckoned from another happening ('two days after the quake', 'an hour later')"
    if _CLOCK.search(sentence):
        return "a time of day only ('around 6:30 a.m.', 'that morning'): the day from context"
    return "no date phrase (present tense, 'now', 'so far', a time from the paragraph)"


def story_recall(gold: dict, entries: dict, explain: bool) -> tuple[int, int, int, int, list[str], list[str]]:
    """(reports, found, events, unmatched events, lines to print, the kind of each miss)."""
    lines: list[str] = []
    kinds: list[str] = []
    reports = found = 0
    matched_events: set[tuple[str, int]] = set()
    for h in gold["happenings"]:
        for r in h.get("reports") or []:
            article, part = str(r["article"]), _squash(r.get("sentence", ""))
            reports += 1
            events = entries[article].events if article in entries else ()
            in_sentence = [(i, e) for i, e in enumerate(events) if part in _squash(e.text)]
            hit = [(i, e) for i, e in in_sentence if date_matches(str(h["date"]), e.date)]
            matched_events.update((article, i) for i, _ in hit)
            if hit:
                found += 1
                continue
            pub = entries[article].date if article in entries else None
            ents = _entities(str(r.get("sentence", "")), pub)
            kind = kind_of_miss(str(h["date"]), [e for _, e in in_sentence], ents, str(r.get("sentence", "")))
            kinds.append(kind)
            lines.append(f"  MISS {h['id']} (gold {h['date']})  [{Path(article).stem}]")
            lines.append(f"      {r.get('sentence')}")
            for _, e in in_sentence:
                lines.append(f"      found {e.date}{'/' + e.end_date if e.end_date else ''} [{e.evidence}]")
            if explain:
                lines += [f"      ent {label} {text!r} -> {got}" for label, text, got in ents]
                lines.append(f"      kind: {kind}")
    events_n = unmatched = 0
    for article in map(str, gold["articles"]):
        if article not in entries:
            continue
        for i, e in enumerate(entries[article].events):
            events_n += 1
            if (article, i) in matched_events:
                continue
            unmatched += 1
            date = e.date + (f"/{e.end_date}" if e.end_date else "")
            lines.append(f"  UNMATCHED {date} [{e.evidence}] [{Path(article).stem}]  {e.text[:200]}")
    return reports, found, events_n, unmatched, lines, kinds


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from bench.happenings_loso import dev_stories

    quiet = "--quiet" in argv
    names = [a for a in argv if not a.startswith("--")]
    totals = [0, 0, 0, 0]
    rows = []
    kinds: Counter[str] = Counter()
    stories: dict[str, set[str]] = {}
    for name, (gold, entries) in dev_stories().items():
        if names and not any(a in name for a in names):
            continue
        reports, found, events_n, unmatched, lines, missed = story_recall(gold, entries, explain=not quiet)
        kinds.update(missed)
        for k in missed:
            stories.setdefault(k, set()).add(name)
        if not quiet:
            print(f"== {name}")
            print("\n".join(lines))
        rows.append(
            f"{name:32} reports {reports:3d} found {found:3d} ({found / max(reports, 1):.3f})"
            f"  events {events_n:3d} unmatched {unmatched:3d}"
        )
        for k, v in enumerate((reports, found, events_n, unmatched)):
            totals[k] += v
    print("\n".join(rows))
    print("misses by kind (rough, from the sentence alone):")
    for k, n in kinds.most_common():
        print(f"  {n:3d} in {len(stories[k]):2d} stories  {k}")
    reports, found, events_n, unmatched = totals
    print(
        f"{'all dev':32} reports {reports:3d} found {found:3d} ({found / max(reports, 1):.3f})"
        f"  events {events_n:3d} unmatched {unmatched:3d}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
