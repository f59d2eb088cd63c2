#!/usr/bin/env python3
"""How long ingest takes to put every event of content/ into happenings, at N entries.

    python bench/happenings.py                 # N = 10,000
    python bench/happenings.py --sizes 1000 10000 --rounds 3

The corpus is bench/corpus.py's (synthetic annotated entries: dates over three years, 1-4 events
each, 60 % to the day, the rest a week, a month or a year). Each round writes it into a fresh
content/ (generated entries, each event its own happening, as ingest writes a new one), reads the
entries, then times ``ingest.settle_happenings``: the clustering of every event from scratch and
the rewriting of the entries whose events joined others; then a second call (nothing to rewrite:
the clustering alone, what each later ingest pays). Prints medians.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def one_round(n: int) -> tuple[int, float, float, int]:
    """(events, first seconds, again seconds, entries rewritten the first time)."""
    from bench.corpus import make_corpus, write_ours
    from generator.content.entries import with_happenings
    from generator.content.happenings import happening_id
    from generator.ingest import _load_entries, settle_happenings

    corpus = make_corpus(n)
    tmp = Path(tempfile.mkdtemp(prefix="bench-happenings-"))
    try:
        write_ours(corpus, tmp)
        content = tmp / "content"
        entries, _, _ = _load_entries(content, "content")
        for e in entries:  # as ingest writes them: each event its own happening
            path = tmp / e.path
            path.write_text(with_happenings(path.read_text(), [happening_id(ev) for ev in e.events]) or "")
        entries, _, _ = _load_entries(content, "content")
        events = sum(len(e.events) for e in entries)
        start = time.perf_counter()
        rewritten = settle_happenings(content, "content", entries, ())
        first = time.perf_counter() - start
        entries, _, _ = _load_entries(content, "content")
        start = time.perf_counter()
        again = settle_happenings(content, "content", entries, ())
        second = time.perf_counter() - start
        assert not again, "a second pass over the same content rewrote entries"
        return events, first, second, len(rewritten)
    finally:
        shutil.rmtree(tmp)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    print(f"{'entries':>8} {'events':>8} {'first (s)':>10} {'again (s)':>10} {'rewritten':>10}")
    for n in args.sizes:
        runs = [one_round(n) for _ in range(args.rounds)]
        first = statistics.median(r[1] for r in runs)
        again = statistics.median(r[2] for r in runs)
        print(f"{n:8d} {runs[0][0]:8d} {first:10.2f} {again:10.2f} {runs[0][3]:10d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
