"""Annotation throughput, run as its own process by bench/run.py (which measures its peak memory).

Reads the seed articles in seeds/ (relative to the repository; ``--texts`` names other folders of
articles, such as the 133 real texts), annotates each of them once as a warm-up (this loads the
model), then annotates all of them ``--repeat`` times in this one process with an empty registry,
and prints one JSON line: words, seconds, words per second. ``--code DIR`` imports ``generator``
from another checkout (``bench/annotate_ab.py`` compares two that way). ``--batch K`` annotates K
articles at a time with ``annotate_many`` (one model call over all their blocks, one over all the
sentences they need parsed) instead of one at a time with ``annotate``.

Exit status 3 (and ``"missing"`` in the JSON) when ``generator.annotate.pipeline`` cannot be imported yet;
4 (and ``"error"``) when annotating fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=25, help="times the seed set is annotated (after the warm-up)")
    ap.add_argument("--texts", default="seeds", help="comma list of folders of .txt articles (default: seeds)")
    ap.add_argument("--code", type=Path, default=REPO, help="the checkout whose generator/ is measured")
    ap.add_argument("--batch", type=int, default=1, help="articles annotated together (annotate_many; default 1)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))

    t_import = time.perf_counter()
    try:
        from generator.annotate.pipeline import annotate

        if args.batch > 1:
            from generator.annotate.pipeline import annotate_many
        from generator.seeds.reader import parse_seed
    except Exception as err:  # noqa: BLE001 - any import failure means "not there yet"
        print(json.dumps({"missing": f"generator.annotate.pipeline not importable: {type(err).__name__}: {err}"}))
        return 3
    import_s = time.perf_counter() - t_import

    seeds = []
    for folder in args.texts.split(","):
        for p in sorted((REPO / folder).glob("*.txt")):
            seed = parse_seed(f"{folder}/{p.name}", p.read_bytes())
            if hasattr(seed, "blocks"):
                seeds.append(seed)
    if not seeds:
        print(json.dumps({"error": f"no readable articles in {args.texts}"}))
        return 4

    try:
        t0 = time.perf_counter()
        for seed in seeds:  # warm-up: loads the model, and dateparser's locale data on its first phrase (~1 s)
            annotate(seed, {})
        warmup_s = time.perf_counter() - t0
        words = articles = 0
        chunks = [seeds[i : i + args.batch] for i in range(0, len(seeds), args.batch)]
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(args.repeat):
            for chunk in chunks:
                if args.batch > 1:
                    annotate_many(chunk, {})
                else:
                    annotate(chunk[0], {})
                words += sum(seed.words for seed in chunk)
                articles += len(chunk)
        seconds = time.perf_counter() - t0
        cpu_seconds = time.process_time() - c0
    except Exception as err:  # noqa: BLE001 - reported, not raised: the build benchmark goes on
        print(json.dumps({"error": f"{type(err).__name__}: {err}", "traceback": traceback.format_exc(limit=5)}))
        return 4
    print(
        json.dumps(
            {
                "seeds": [s.path for s in seeds],
                "repeat": args.repeat,
                "batch": args.batch,
                "articles": articles,
                "words": words,
                "seconds": seconds,
                "words_per_second": words / seconds if seconds > 0 else None,
                "cpu_seconds": cpu_seconds,  # this process's CPU: steadier than wall time on a busy machine
                "words_per_cpu_second": words / cpu_seconds if cpu_seconds > 0 else None,
                "ms_per_article": 1000 * seconds / articles if articles else None,
                "import_seconds": import_s,
                "warmup_seconds": warmup_s,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
