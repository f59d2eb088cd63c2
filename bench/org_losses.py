"""Where each missed gold organisation of the wide dev split is lost, counted per stage.

Run from the repository root: ``python bench/org_losses.py [-v]``. The misses are those of
``bench/actor_errors.py wide`` (an ingest of the dev articles, paired as the scorer pairs them); for
each, the rules are run again on its article (``pipeline.found_of``) and the first stage that loses
it is named:

(g) description: no surface form is capitalised past its first word ('the administration');
(a) no spaCy entity covers a form; (b) only entities of another label (PERSON, GPE, PRODUCT...);
(c) an outlet or a source (``gazetteer.is_outlet``); (d) an ORG entity, but no cast member has the
form (dropped in cast building); (e) a member, dropped by ``aliases.idle_organisations``;
(f) a member with another key (merged) or another kind; (?) kept by the rules, lost later (slugs,
registry). ``-v`` prints each miss with its stage. The held-out split is never read.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from event_errors import each_article  # type: ignore[import-not-found]  # noqa: E402

from generator.annotate import gazetteer as gz  # noqa: E402
from generator.annotate.pipeline import found_of  # noqa: E402
from generator.score import gold_actor_sets, norm, pair_forms, slug_forms  # noqa: E402
from generator.seeds.reader import parse_seed  # noqa: E402

STAGES = {
    "g": "a description only",
    "a": "no spaCy entity covers it",
    "b": "entity of another label",
    "c": "outlet / source",
    "d": "dropped in cast building",
    "e": "idle_organisations",
    "f": "merged / other kind",
    "?": "kept by the rules, lost later",
}


def missed_orgs() -> list[tuple[str, Path, dict]]:
    out = []
    for gname, gold, entry, registry, path in each_article("wide"):
        if entry is None:
            continue
        g_actors = gold.get("actors") or []
        forms_of = slug_forms(registry)
        slugs = list(entry.actors)
        pairs = pair_forms([forms_of(s) for s in slugs], gold_actor_sets(gold))
        for j in sorted(set(range(len(g_actors))) - {j for _, j in pairs}):
            if g_actors[j].get("kind") == "organization":
                out.append((gname, path, g_actors[j]))
    return out


def _named(form: str) -> bool:
    words = form.replace("’", "'").split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper())


def stage(found, actor: dict) -> str:
    forms = [f for f in actor.get("surface_forms") or [actor.get("name", "")] if f]
    named = [f for f in forms if _named(f)]
    if not named:
        return "g"
    keys = {norm(f) for f in named}
    ents = [e for d in found.docs for e in d.ents if norm(e.text) in keys or any(norm(e.text) in k for k in keys)]
    if not ents:
        ents = [e for d in found.docs for e in d.ents if any(k in norm(e.text) for k in keys)]
    if not ents:
        return "a"
    if any(gz.is_outlet(e.text) for e in ents):
        return "c"
    if not any(e.label_ == "ORG" for e in ents):
        return "b"
    members = [
        m for m in found.cast.members.values() if any(norm(f) in keys for f in (*m.forms, m.key)) or norm(m.key) in keys
    ]
    if not members:
        return "d"
    if any(m.kind == "organization" and m.key in found.idle for m in members):
        return "e"
    if any(m.kind != "organization" for m in members):
        return "f"
    return "?"


def main() -> None:
    verbose = "-v" in sys.argv
    misses = missed_orgs()
    paths = list(dict.fromkeys(p for _, p, _ in misses))
    founds = dict(zip(paths, found_of([parse_seed(str(p), p.read_bytes()) for p in paths])))
    counts: Counter[str] = Counter()
    for gname, path, actor in misses:
        s = stage(founds[path], actor)
        counts[s] += 1
        if verbose:
            print(f"({s}) {gname[:3]} {actor.get('name')!r} {actor.get('surface_forms')}")
    print(f"missed organisations on wide dev: {len(misses)}")
    for s, label in STAGES.items():
        print(f"  ({s}) {label:32} {counts[s]}")


if __name__ == "__main__":
    main()
