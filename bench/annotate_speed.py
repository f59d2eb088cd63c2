"""Annotation throughput, run as its own process by bench/run.py (which measures its peak memory).

Reads the seed articles in seeds/ (relative to the repository; ``--texts`` names other folders of
articles, such as the 133 real texts), annotates each of them once as a warm-up (this loads the
model), then annotates all of them ``--repeat`` times in this one process with an empty registry,
and prints one JSON line: words, seconds, words per second. ``--code DIR`` imports ``generator``
from another checkout (``bench/annotate_ab.py`` compares two that way). ``--batch K`` annotates K
articles at a time with ``annotate_many`` (one model call over all their blocks, one over all the
sentences they need parsed) instead of one at a time with ``annotate``. ``--split`` also times the
model's passes apart from the rules (``model_timer``): spaCy's components but our own gazetteer
component are the model, the rest of the annotation is the rules; the JSON then has
``model_cpu_seconds``, ``rules_cpu_seconds`` and their ratio ``rules_per_model``, the figure
``bench/run.py`` holds to a budget (the rules grew from about 0.35 to 0.7 of the model's CPU over
four sessions, each rule checked for its output and none for its cost: bench/README.md).

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
OURS = ("timeline_gazetteer",)  # pipeline components that are rules of ours, not the model


def model_timer(nlp) -> dict[str, float]:
    """Make ``nlp`` count the CPU seconds spent in its passes: ``pipe`` (every pass the annotation
    makes goes through it) and, apart, the components named in ``OURS``. Returns the running totals."""
    spent = {"pipe": 0.0, "ours": 0.0}
    pipe = nlp.pipe

    def timed_pipe(*args, **kwargs):
        docs = pipe(*args, **kwargs)
        while True:
            c0 = time.process_time()
            try:
                doc = next(docs)
            except StopIteration:
                spent["pipe"] += time.process_time() - c0
                return
            spent["pipe"] += time.process_time() - c0
            yield doc

    def timed(proc):
        def component(doc):
            c0 = time.process_time()
            out = proc(doc)
            spent["ours"] += time.process_time() - c0
            return out

        return component

    nlp.pipe = timed_pipe
    nlp._components[:] = [(name, timed(proc) if name in OURS else proc) for name, proc in nlp._components]
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=25, help="times the seed set is annotated (after the warm-up)")
    ap.add_argument("--texts", default="seeds", help="comma list of folders of .txt articles (default: seeds)")
    ap.add_argument("--code", type=Path, default=REPO, help="the checkout whose generator/ is measured")
    ap.add_argument("--batch", type=int, default=1, help="articles annotated together (annotate_many; default 1)")
    ap.add_argument("--split", action="store_true", help="time the model's passes apart from the rules")
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
        spent = None
        if args.split:
            from generator.annotate.nlp import load_nlp

            spent = model_timer(load_nlp())
        t0 = time.perf_counter()
        for seed in seeds:  # warm-up: loads the model, and dateparser's locale data on its first phrase (~1 s)
            annotate(seed, {})
        warmup_s = time.perf_counter() - t0
        words = articles = 0
        if spent:
            spent.update(pipe=0.0, ours=0.0)
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
    split = {}
    if spent:
        model = spent["pipe"] - spent["ours"]
        rules = cpu_seconds - model
        split = {"model_cpu_seconds": model, "rules_cpu_seconds": rules, "rules_per_model": rules / model}
    print(
        json.dumps(
            {
                **split,
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
