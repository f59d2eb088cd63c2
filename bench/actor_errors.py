"""Every missed, spurious and mis-kinded actor, and every quote error, on the dev gold sets.

Run from the repository root: ``python bench/actor_errors.py [SET...]`` with SET among ``wide``
(tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none means all three. Actors
are paired as the scorer pairs them (``score._score_actors``); the lines printed are the errors, for
grouping by cause. The held-out split is never listed (tune only on dev).
"""

from __future__ import annotations

import sys
from pathlib import Path

from event_errors import _article, each_article, main  # type: ignore[import-not-found]

from generator.score import gold_actor_sets, norm, pair_forms, slug_forms


def report(name: str, only: tuple[str, ...]) -> None:
    for gname, gold, entry, registry, _ in each_article(name, only):
        if entry is not None:
            _actors(gname, gold, entry, registry)
            _article(gname, gold, entry, registry)
            _spurious_quotes(gname, gold, entry)


def _spurious_quotes(name: str, gold: dict, entry) -> None:
    prefixes = [norm(q.get("text", "")).rstrip(",;:—–- ")[:40] for q in gold.get("quotes") or []]
    for q in entry.quotes:
        if not any(p and norm(q.text).startswith(p) for p in prefixes):
            print(f"== {name} QUOTE SPURIOUS speaker={q.speaker} cue={q.cue[:60]!r}: {q.text[:100]}")


def _actors(name: str, gold: dict, entry, registry) -> None:
    g_actors = gold.get("actors") or []
    g_sets = gold_actor_sets(gold)
    slugs = list(entry.actors)

    forms_of = slug_forms(registry)

    def shown(slug):
        a = registry.get(slug)
        return f"{slug} [{a.kind}] {a.name!r} aliases={list(a.aliases)}" if a else slug

    pairs = pair_forms([forms_of(s) for s in slugs], g_sets)
    out = []
    for i, j in pairs:
        pk = registry[slugs[i]].kind if slugs[i] in registry else "other"
        if pk != g_actors[j].get("kind", "other"):
            out.append(f"  ACTOR KIND got={pk} want={g_actors[j].get('kind')}: {shown(slugs[i])}")
    for j in sorted(set(range(len(g_actors))) - {j for _, j in pairs}):
        a = g_actors[j]
        out.append(f"  ACTOR MISSED [{a.get('kind')}] {a.get('name')!r} forms={a.get('surface_forms')}")
    for i in sorted(set(range(len(slugs))) - {i for i, _ in pairs}):
        out.append(f"  ACTOR SPURIOUS {shown(slugs[i])}")
    if out:
        print(f"== {name} (actors)")
        print("\n".join(out))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(report)
