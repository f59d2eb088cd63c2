"""Train (and cross-validate) the learned choice of event actors (generator/annotate/event_actors.py).

Run from the repository root: ``python bench/train_event_actors.py [--model lr|hgb] [--blind]
[--cache FILE]`` (scikit-learn, which the project's environment has; not a dependency of the
product, which does not use the model: it did not beat the rules).

The articles: ``split: dev`` of tests/gold/wide and tests/gold/dev (never the held-out split, never
the seeds). Each is annotated with the rules (``event_actors.RECORD`` on, so the rules' choice is
kept and each event's candidate rows are recorded); the found events are paired with the gold
events by date as the scorer does (``score.pair_events``); each candidate of a paired event is a
row, labelled 1 when its forms (its actor's name and aliases in the annotation) meet those of one
of the gold event's actors (``score`` forms). Cross-validation: GroupKFold by article, 5 folds; in
each fold the threshold is chosen by an inner GroupKFold on the training articles alone; per fold
the event-actor P/R/F1 of the rules and of the model on the fold's articles (paired events only,
counted as the scorer counts them: ``pair_forms`` of the chosen actors' forms with the gold
actors' forms); the rules' figure here is the annotation's own (checked: "annotated"). ``--blind``
leaves out the features that tell the rules' choice (what the parse features alone recover).
An event with no rows (a dated heading, a list item) keeps the rules' actors in both columns.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate import event_actors as ea  # noqa: E402
from generator.annotate import pipeline  # noqa: E402
from generator.score import PRF, gold_actor_sets, gold_files, name_forms, norm, pair_events, pair_forms  # noqa: E402
from generator.seeds.reader import parse_seed  # noqa: E402

SETS = (("tests/gold/wide", "dev"), ("tests/gold/dev", None))
THRESHOLDS = [round(0.05 * i, 2) for i in range(2, 19)]


def articles(sets=SETS) -> list[tuple[str, dict, Path]]:
    out = []
    for folder, split in sets:
        for path, gold in gold_files(ROOT / folder, split):
            if str(gold.get("split", "dev")) == "heldout":
                continue  # never the held-out split
            out.append((f"{folder}/{path.name}", gold, ROOT / folder / Path(str(gold.get("article", ""))).name))
    return out


def collect(arts) -> list[dict]:
    """Per paired event: the article, the rows (key, features, label), the rules' keys, the forms of
    each key, the gold actors' forms."""
    ea.RECORD = {}
    captured: list = []
    real_find, real_assign, real_cast = pipeline.find_events, pipeline._assign_slugs, pipeline.build_cast
    real_idle = pipeline.idle_organisations

    def idle(*a, **k):
        out = real_idle(*a, **k)
        captured[-1]["idle"] = out
        return out

    def find(*a, **k):
        found = real_find(*a, **k)
        captured[-1]["found"] = found
        return found

    def assign(*a, **k):
        out = real_assign(*a, **k)
        captured[-1]["slugs"], captured[-1]["hidden"] = out[0], set(out[1])  # (the pipeline adds to it)
        return out

    def cast_of(*a, **k):
        cast = real_cast(*a, **k)
        captured.append({"cast": cast})
        return cast

    pipeline.find_events, pipeline._assign_slugs, pipeline.build_cast = find, assign, cast_of
    pipeline.idle_organisations = idle
    try:
        seeds = []
        for _, _, path in arts:
            seed = parse_seed(str(path.relative_to(ROOT)), path.read_bytes())
            assert not hasattr(seed, "severity"), seed
            seeds.append(seed)
        results = []
        for i in range(0, len(seeds), 8):
            results += pipeline.annotate_many(seeds[i : i + 8], {})
    finally:
        pipeline.find_events, pipeline._assign_slugs, pipeline.build_cast = real_find, real_assign, real_cast
        pipeline.idle_organisations = real_idle
    record, ea.RECORD = ea.RECORD, None
    out = []
    for (name, gold, _), (annotation, _), cap in zip(arts, results, captured):
        cast = cap["cast"]
        by_slug = {a.slug: a for a in annotation.actors}
        forms = _forms_of(cast, cap, annotation)
        g_events = [e for e in gold.get("events") or [] if e.get("date")]
        g_sets = gold_actor_sets(gold)
        gold_by_name = {norm(a.get("name", "")): g_sets[j] for j, a in enumerate(gold.get("actors") or [])}
        assert len(cap["found"]) == len(annotation.events)
        for i, j in pair_events(g_events, list(annotation.events)):
            want = [gold_by_name.get(norm(n), name_forms([n])) for n in g_events[j].get("actors") or []]
            fe = cap["found"][i]
            rows = record[id(fe)][1] if id(fe) in record and record[id(fe)][0] is fe else None
            every = set().union(*want) if want else set()
            out.append(
                {
                    "article": name,
                    "rules": list(fe.actors),
                    "rows": [(k, f, int(bool(forms(k) & every))) for k, f in rows] if rows is not None else None,
                    "forms": {k: sorted(forms(k)) for k in {*fe.actors, *(k for k, _ in rows or [])}},
                    "want": [sorted(w) for w in want],
                    "cast": sorted({f for m in cast.actors() for f in forms(m.key)}),
                    "text": fe.text,
                    "real": [
                        sorted(name_forms([by_slug[s].name, *by_slug[s].aliases]))
                        for s in annotation.events[i].actors
                        if s in by_slug
                    ],
                }
            )
    return out


def _forms_of(cast, cap: dict, annotation):
    """A cast key -> its forms as the scorer sees them: its actor's name and aliases in the annotation
    (none for a key the pipeline leaves out of the entry); a key the annotation has no actor for
    (a bare name no event names) its cast forms."""
    slugs = cap["slugs"]
    dropped = {k for k in cast.members if k not in slugs} | set(cap["hidden"]) | set(cap["idle"])
    by_slug = {a.slug: a for a in annotation.actors}

    def forms(key: str) -> set[str]:
        if key in dropped:
            return set()
        a = by_slug.get(slugs.get(key, ""))
        if a is not None:
            return name_forms([a.name, *a.aliases])
        m = cast.members.get(key)
        return name_forms([key, *(m.forms if m else [])])

    return forms


def prf(events, chosen) -> PRF:
    """Event-actor P/R/F1 of ``chosen`` (per event, the keys) as the scorer counts them."""
    total = PRF()
    for ev, keys in zip(events, chosen):
        have = [set(ev["forms"][k]) for k in keys if ev["forms"][k]]
        want = [set(w) for w in ev["want"]]
        ap = pair_forms(have, want)
        total = total + PRF(len(ap), len(have) - len(ap), len(want) - len(ap))
    return total


RULES_FEATURES = ("rules", "rules_first", "n_rules")
BLIND = False  # --blind: without the features that tell the rules' choice


def feature_names(events) -> list[str]:
    names = {n for ev in events if ev["rows"] for _, f, _ in ev["rows"] for n in f}
    return sorted(n for n in names if not (BLIND and n in RULES_FEATURES))


def matrix(events, names):
    X, y = [], []
    for ev in events:
        for _, f, label in ev["rows"] or []:
            X.append([f.get(n, 0.0) for n in names])
            y.append(label)
    return X, y


def fit(events, names, kind: str):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    X, y = matrix(events, names)
    if kind == "hgb":
        clf = HistGradientBoostingClassifier(max_iter=150, learning_rate=0.08, max_leaf_nodes=15, random_state=0)
    else:
        clf = LogisticRegression(C=1.0, max_iter=2000)
    return clf.fit(X, y)


def decide(events, names, clf, threshold: float):
    """Per event, the keys chosen (the rules' for an event with no rows)."""
    out = []
    for ev in events:
        if ev["rows"] is None:
            out.append(ev["rules"])
            continue
        if not ev["rows"]:
            out.append([])
            continue
        p = clf.predict_proba([[f.get(n, 0.0) for n in names] for _, f, _ in ev["rows"]])[:, 1]
        keep = {k for (k, _, _), q in zip(ev["rows"], p) if q >= threshold}
        out.append(
            [k for k in ev["rules"] if k in keep] + [k for k, _, _ in ev["rows"] if k in keep and k not in ev["rules"]]
        )
    return out


def folds(events, n: int = 5):
    from sklearn.model_selection import GroupKFold

    groups = [ev["article"] for ev in events]
    return list(GroupKFold(n_splits=n).split(events, groups=groups))


def pick_threshold(events, names, kind: str) -> float:
    """The threshold of the best pooled F1 over an inner 5-fold CV by article."""
    scores = {t: PRF() for t in THRESHOLDS}
    for tr, te in folds(events):
        clf = fit([events[i] for i in tr], names, kind)
        test = [events[i] for i in te]
        for t in THRESHOLDS:
            scores[t] = scores[t] + prf(test, decide(test, names, clf, t))
    return max(THRESHOLDS, key=lambda t: (round(scores[t].f1, 6), -abs(t - 0.5)))


def _line(label: str, p: PRF) -> str:
    return f"{label:10} P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f}  (tp {p.tp} fp {p.fp} fn {p.fn})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", choices=("lr", "hgb"), default="lr")
    ap.add_argument("--blind", action="store_true", help="leave out the features that tell the rules' choice")
    ap.add_argument("--cache", type=Path, help="keep the collected rows in this JSON file (reused when present)")
    args = ap.parse_args(argv)
    global BLIND
    BLIND = args.blind
    if args.cache and args.cache.is_file():
        events = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        events = collect(articles())
        if args.cache:
            args.cache.write_text(json.dumps(events), encoding="utf-8")
    names = feature_names(events)
    n_rows = sum(len(ev["rows"] or []) for ev in events)
    print(f"{len({ev['article'] for ev in events})} articles, {len(events)} paired events, {n_rows} rows")
    real = PRF()
    for ev in events:
        have = [set(f) for f in ev["real"]]
        ap_ = pair_forms(have, [set(w) for w in ev["want"]])
        real = real + PRF(len(ap_), len(have) - len(ap_), len(ev["want"]) - len(ap_))
    print(_line("annotated", real), "(the annotation's own event actors: the check of the forms used)")
    rules_all, model_all = PRF(), PRF()
    for n, (tr, te) in enumerate(folds(events), 1):
        train, test = [events[i] for i in tr], [events[i] for i in te]
        t = pick_threshold(train, names, args.model)
        clf = fit(train, names, args.model)
        r, m = prf(test, [ev["rules"] for ev in test]), prf(test, decide(test, names, clf, t))
        rules_all, model_all = rules_all + r, model_all + m
        arts = len({ev["article"] for ev in test})
        print(f"fold {n} ({arts} articles, threshold {t:.2f})")
        print("  " + _line("rules", r))
        print("  " + _line("model", m))
    print("pooled")
    print("  " + _line("rules", rules_all))
    print("  " + _line("model", model_all))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
