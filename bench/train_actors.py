"""Train the actor model of ``bench/actor_features.py`` on the dev gold and measure it by
cross-validation by article.

    PYTHONPATH=$PWD .venv/bin/python bench/train_actors.py [--features | --rules-free | --heldout]

It needs scikit-learn, which the project does not install: `.venv/bin/pip install scikit-learn==1.9.1`
(the `train` extra of pyproject.toml).

Training data: the ``split: dev`` articles of ``tests/gold/wide`` and those of ``tests/gold/dev`` (never the
seeds' gold; held-out articles only scored, by ``--heldout``, never trained on). Each article's candidates
(``bench/actor_features.candidates``) are labelled with the scorer's own matching (``score.name_forms``,
``gold_actor_sets``): a candidate is positive when its forms meet a gold actor's. Folds: GroupKFold by article
(5). For each fold, actors P/R/F1 the scorer's way (``pair_forms``, one to one, candidates in the cast's
order) for today's rules and for the model; the threshold is the one that gives the best pooled F1 over the
folds' held-out predictions (one threshold for all folds, chosen by CV; this favours the model a little, as
the threshold sees the folds it is scored on). Models: logistic regression (standardised features, a few C)
and small gradient-boosted trees (HistGradientBoostingClassifier, depth 2 and 3).

Its figures (bench/README.md, "A learned actor decision"): no model beat the rules, so none ships.
``--rules-free``: the model without the rules' decision, by nested CV, and the C and threshold it would ship
with. ``--heldout``: the one-time held-out comparison of the rules, that model and the best model with the
rules' features (pooled figures only; run once, see bench/README.md: not for tuning).
``--features``: the weights of a logistic regression fitted on every article (which features count).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import actor_features as learned  # noqa: E402
from generator.annotate.pipeline import found_of  # noqa: E402
from generator.score import gold_actor_sets, gold_files, name_forms, pair_forms  # noqa: E402
from generator.seeds.reader import parse_seed  # noqa: E402

GOLD = (ROOT / "tests/gold/wide", ROOT / "tests/gold/dev")
FOLDS = 5


def articles(split: str = "dev", folders=GOLD) -> list[tuple[str, dict, object]]:
    """(name, gold, seed) of every article of ``split``, in a fixed order."""
    out = []
    for folder in folders:
        for _, gold in gold_files(folder, split):
            seed_path = folder / Path(str(gold.get("article", ""))).name
            seed = parse_seed(str(seed_path), seed_path.read_bytes())
            out.append((f"{folder.name}/{seed_path.name}", gold, seed))
    return out


def table(arts, founds) -> list[dict]:
    """One row per candidate: article, forms, the rules' decision, features, label."""
    rows = []
    for (name, gold, _), found in zip(arts, founds):
        g_sets = gold_actor_sets(gold)
        every = set().union(*g_sets) if g_sets else set()
        for c in learned.candidates(found):
            forms = name_forms(c.forms)
            rows.append(
                {"article": name, "forms": sorted(forms), "kept": c.kept, "x": list(c.values), "y": bool(forms & every)}
            )
    return rows


def prf(arts, rows, chosen) -> tuple[int, int, int]:
    """tp, fp, fn of the candidates ``chosen`` (a bool per row) against each article's gold, paired
    one to one as the scorer pairs an entry's actors."""
    by_art: dict[str, list[set[str]]] = {}
    for r, keep in zip(rows, chosen):
        by_art.setdefault(r["article"], [])
        if keep:
            by_art[r["article"]].append(set(r["forms"]))
    tp = fp = fn = 0
    for name, gold, _ in arts:
        g_sets = gold_actor_sets(gold)
        pred = by_art.get(name, [])
        pairs = len(pair_forms(pred, g_sets))
        tp, fp, fn = tp + pairs, fp + len(pred) - pairs, fn + len(g_sets) - pairs
    return tp, fp, fn


def f1(t) -> tuple[float, float, float]:
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_ENTITIES = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")


def upper_bound(arts, founds, rows) -> None:
    """The recall of the candidate pool (every candidate kept), and of two larger pools: with the
    cast's other members (countries named only as venues, pieces of names), and with every named
    entity of spaCy's besides."""
    print(f"candidate pool: {len(rows)} candidates, {sum(r['y'] for r in rows)} positive")
    n_gold = sum(len(gold_actor_sets(gold)) for _, gold, _ in arts)
    found = [0, 0, 0]
    for (_, gold, _), f in zip(arts, founds):
        g_sets = gold_actor_sets(gold)
        pool = [name_forms([m.key, *m.forms]) for m in f.cast.actors()]
        found[0] += len(pair_forms(pool, g_sets))
        keys = {m.key for m in f.cast.actors()}
        pool += [name_forms([m.key, *m.forms]) for m in f.cast.members.values() if m.key not in keys]
        found[1] += len(pair_forms(pool, g_sets))
        pool += [name_forms([e.text]) for d in f.docs for e in d.ents if e.label_ in _ENTITIES]
        found[2] += len(pair_forms(pool, g_sets))
    print(f"  recall upper bound of the pool (every candidate kept): {found[0] / n_gold:.3f} ({found[0]} of {n_gold})")
    print(f"  with the cast's other members: {found[1] / n_gold:.3f}; and every named entity: {found[2] / n_gold:.3f}")


# The features that are the rules' decision (which the rules-free model leaves out)
RULE_FEATURES = tuple(name for name in learned.FEATURES if name.startswith("rules_"))
RULE_FREE_FEATURES = tuple(name for name in learned.FEATURES if name not in RULE_FEATURES)


def scorer(kind: str, param: float):
    """A function training rows -> (function rows -> scores), of a model of ``kind``."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    cols = [i for i, name in enumerate(learned.FEATURES) if kind != RULES_FREE[0] or name not in RULE_FEATURES]

    def matrix(rows):
        return np.array([r["x"] for r in rows], dtype=float)[:, cols]

    def train(rows):
        x = matrix(rows)
        y = np.array([r["y"] for r in rows], dtype=int)
        if kind == "trees":
            clf = HistGradientBoostingClassifier(max_depth=int(param), max_iter=100, learning_rate=0.1, random_state=0)
        else:
            clf = make_pipeline(StandardScaler(), LogisticRegression(C=param, max_iter=5000))
        clf.fit(x, y)
        return lambda rs: clf.predict_proba(matrix(rs))[:, 1]

    return train


MODELS = (("logistic", 0.03), ("logistic", 0.1), ("logistic", 1.0), ("trees", 2), ("trees", 3))
# What the features alone do, without the rules' decision (not a candidate to ship: reported apart)
RULES_FREE = ("logistic, no rule features", 0.1)
GRID = [t / 40 for t in range(4, 37)]  # thresholds on the probability, 0.1 to 0.9


def group_folds(rows, n: int = FOLDS) -> list:
    """GroupKFold by article of ``rows``: (train indices, test indices) per fold."""
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=n).split(rows, groups=[r["article"] for r in rows]))


def cv_scores(rows, folds, kind: str, param: float) -> list[float]:
    """Each row's score by the model of ``kind`` trained on the folds it is not in."""
    scores = [0.0] * len(rows)
    for train, test in folds:
        predict = scorer(kind, param)([rows[i] for i in train])
        for i, s in zip(test, predict([rows[i] for i in test])):
            scores[i] = float(s)
    return scores


def best_threshold(arts, rows, scores) -> float:
    """The threshold of ``GRID`` with the best pooled F1 (ties: the nearest to 0.5)."""
    return max(GRID, key=lambda t: (f1(prf(arts, rows, [s >= t for s in scores]))[2], -abs(t - 0.5)))


def cross_validate(arts, rows) -> None:
    folds = group_folds(rows)
    groups = [r["article"] for r in rows]
    rules_all = f1(prf(arts, rows, [r["kept"] for r in rows]))
    summary = []
    for kind, param in (*MODELS, RULES_FREE):
        scores = cv_scores(rows, folds, kind, param)
        threshold = best_threshold(arts, rows, scores)
        print(f"\n{kind} ({'depth' if kind == 'trees' else 'C'} {param}), threshold by CV {threshold:.3f}")
        print("  fold  articles  rules P / R / F1        model P / R / F1        dF1")
        deltas = []
        for n, (_, test) in enumerate(folds):
            names = {groups[i] for i in test}
            part = [a for a in arts if a[0] in names]
            sub = [rows[i] for i in test]
            r = f1(prf(part, sub, [x["kept"] for x in sub]))
            m = f1(prf(part, sub, [scores[i] >= threshold for i in test]))
            deltas.append(m[2] - r[2])
            print(
                f"  {n}     {len(names):3d}       {r[0]:.3f} {r[1]:.3f} {r[2]:.3f}       "
                f"{m[0]:.3f} {m[1]:.3f} {m[2]:.3f}       {m[2] - r[2]:+.3f}"
            )
        m = f1(prf(arts, rows, [s >= threshold for s in scores]))
        print(
            f"  all   {len(arts):3d}       {rules_all[0]:.3f} {rules_all[1]:.3f} {rules_all[2]:.3f}       "
            f"{m[0]:.3f} {m[1]:.3f} {m[2]:.3f}       {m[2] - rules_all[2]:+.3f}"
        )
        if (kind, param) != RULES_FREE:
            summary.append(
                (
                    m[2] - rules_all[2],
                    kind,
                    param,
                    min(deltas),
                    max(deltas),
                    prf(arts, rows, [s >= threshold for s in scores]),
                )
            )
    best = max(summary)
    rules = prf(arts, rows, [r["kept"] for r in rows])
    verdict = "beats" if best[0] >= 0.005 else "does not beat"
    print(
        f"\nbest model: {best[1]} {best[2]}, pooled dF1 {best[0]:+.4f} (tp/fp/fn {best[5]}, the rules' {rules}; "
        f"per fold {best[3]:+.3f} to {best[4]:+.3f}): it {verdict} the rules (a gain of 0.005 F1 asked)"
    )


RULES_FREE_CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)  # the C searched for the rules-free model


def choose_rules_free(arts, rows, folds) -> tuple[float, float, tuple[float, float, float]]:
    """The C of ``RULES_FREE_CS`` and threshold with the best pooled F1 over ``folds`` (ties: the
    smaller C), and that figure (P, R, F1)."""
    best: tuple[float, float, tuple[float, float, float]] | None = None
    for c in RULES_FREE_CS:
        scores = cv_scores(rows, folds, RULES_FREE[0], c)
        t = best_threshold(arts, rows, scores)
        fig = f1(prf(arts, rows, [s >= t for s in scores]))
        if best is None or fig[2] > best[2][2]:
            best = (c, t, fig)
    assert best is not None
    return best


def rules_free(arts, rows) -> tuple[float, float]:
    """The rules-free model (no ``rules_*`` feature): its honest dev figure by nested CV (each outer
    fold's C and threshold chosen by a 4-fold CV inside its training articles), then the C and
    threshold chosen by the pooled 5-fold CV on every dev article (what a shipped model uses)."""
    outer = group_folds(rows)
    groups = [r["article"] for r in rows]
    chosen = [False] * len(rows)
    rules_all = f1(prf(arts, rows, [r["kept"] for r in rows]))
    print(f"\nrules-free logistic regression ({len(RULE_FREE_FEATURES)} features: every one but {RULE_FEATURES})")
    print("nested CV: fold  articles  C     threshold  rules P / R / F1     model P / R / F1     dF1")
    for n, (train, test) in enumerate(outer):
        names = {groups[i] for i in train}
        sub_arts = [a for a in arts if a[0] in names]
        sub_rows = [rows[i] for i in train]
        c, t, _ = choose_rules_free(sub_arts, sub_rows, group_folds(sub_rows, FOLDS - 1))
        predict = scorer(RULES_FREE[0], c)(sub_rows)
        for i, s in zip(test, predict([rows[i] for i in test])):
            chosen[i] = bool(s >= t)
        tested = {groups[i] for i in test}
        part = [a for a in arts if a[0] in tested]
        sub = [rows[i] for i in test]
        r = f1(prf(part, sub, [x["kept"] for x in sub]))
        m = f1(prf(part, sub, [chosen[i] for i in test]))
        print(
            f"            {n}     {len(tested):3d}     {c:<5g} {t:.3f}      {r[0]:.3f} {r[1]:.3f} {r[2]:.3f}    "
            f"  {m[0]:.3f} {m[1]:.3f} {m[2]:.3f}    {m[2] - r[2]:+.3f}"
        )
    m = f1(prf(arts, rows, chosen))
    print(
        f"            all   {len(arts):3d}                      {rules_all[0]:.3f} {rules_all[1]:.3f} "
        f"{rules_all[2]:.3f}      {m[0]:.3f} {m[1]:.3f} {m[2]:.3f}    {m[2] - rules_all[2]:+.3f}"
    )
    c, t, fig = choose_rules_free(arts, rows, group_folds(rows))
    print(
        f"chosen by pooled 5-fold CV on every dev article: C {c:g}, threshold {t:.3f} (CV P {fig[0]:.3f} "
        f"R {fig[1]:.3f} F1 {fig[2]:.3f}, optimistic: the choice saw the folds)"
    )
    return c, t


def best_with_rules(arts, rows) -> tuple[str, float, float]:
    """The model with the rules' decision among its features (``MODELS``) with the best pooled CV F1
    on dev, and its threshold."""
    folds = group_folds(rows)
    best: tuple[float, str, float, float] | None = None
    for kind, param in MODELS:
        scores = cv_scores(rows, folds, kind, param)
        t = best_threshold(arts, rows, scores)
        fig = f1(prf(arts, rows, [s >= t for s in scores]))
        if best is None or fig[2] > best[0]:
            best = (fig[2], kind, param, t)
    assert best is not None
    return best[1], best[2], best[3]


def heldout(arts, rows) -> None:
    """The three deciders, trained and chosen on dev only, on the held-out articles of
    ``tests/gold/wide``: only their pooled P/R/F1 are printed (run once: see bench/README.md)."""
    c, t = rules_free(arts, rows)
    kind, param, t2 = best_with_rules(arts, rows)
    h_arts = articles("heldout", GOLD[:1])
    h_rows = table(h_arts, found_of([seed for _, _, seed in h_arts]))
    free = scorer(RULES_FREE[0], c)(rows)(h_rows)
    both = scorer(kind, param)(rows)(h_rows)
    print(f"\nheld out ({len(h_arts)} articles of {GOLD[0].name}), pooled over the candidates' forms:")
    for label, chosen in (
        ("rules", [r["kept"] for r in h_rows]),
        (f"rules-free logistic C {c:g}, threshold {t:.3f}", [s >= t for s in free]),
        (f"with the rules' features: {kind} {param}, threshold {t2:.3f}", [s >= t2 for s in both]),
    ):
        p, r, f = f1(prf(h_arts, h_rows, chosen))
        print(f"  {label}: P {p:.3f} R {r:.3f} F1 {f:.3f}")


def show_features(rows) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    x = np.array([r["x"] for r in rows], dtype=float)
    y = np.array([r["y"] for r in rows], dtype=int)
    lr = LogisticRegression(C=0.1, max_iter=5000).fit(StandardScaler().fit_transform(x), y)
    print("\nlogistic regression (C 0.1) on every article, weights of the standardised features:")
    for w, name in sorted(zip(lr.coef_[0], learned.FEATURES), key=lambda t: -abs(t[0])):
        print(f"  {w:+.3f}  {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", action="store_true", help="print the weights of a model fitted on every article")
    ap.add_argument(
        "--rules-free",
        action="store_true",
        help="only the model without the rules' decision: nested CV figure, and the C and threshold it would ship with",
    )
    ap.add_argument(
        "--heldout",
        action="store_true",
        help="once only: the rules, the rules-free model and the best model with the rules' features, "
        "trained on dev, scored on the held-out articles (pooled figures only)",
    )
    args = ap.parse_args()
    arts = articles()
    founds = found_of([seed for _, _, seed in arts])
    rows = table(arts, founds)
    if args.heldout:
        heldout(arts, rows)
        return
    if args.rules_free:
        rules_free(arts, rows)
        return
    upper_bound(arts, founds, rows)
    cross_validate(arts, rows)
    if args.features:
        show_features(rows)


if __name__ == "__main__":
    main()
