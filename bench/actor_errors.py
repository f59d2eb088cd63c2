"""Every missed, spurious and mis-kinded actor, and every quote error, on the dev gold sets.

Run from the repository root: ``python bench/actor_errors.py [SET...]`` with SET among ``wide``
(tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none means all three. Actors
are paired as the scorer pairs them (``score._score_actors``); the lines printed are the errors, for
grouping by cause. The held-out split is never listed (tune only on dev).
"""

from __future__ import annotations

import sys
from pathlib import Path

from event_errors import SETS, _article, ingested  # type: ignore[import-not-found]

from generator.score import _forms, _norm, _pair


def report(name: str) -> None:
    golds, registry, entries = ingested(name)
    for gpath, gold in golds:
        entry = entries.get(Path(str(gold.get("article", ""))).name)
        if entry is not None:
            _actors(gpath.name, gold, entry, registry)
            _article(gpath.name, gold, entry, registry)
            _spurious_quotes(gpath.name, gold, entry)


def _spurious_quotes(name: str, gold: dict, entry) -> None:
    prefixes = [_norm(q.get("text", "")).rstrip(",;:—–- ")[:40] for q in gold.get("quotes") or []]
    for q in entry.quotes:
        if not any(p and _norm(q.text).startswith(p) for p in prefixes):
            print(f"== {name} QUOTE SPURIOUS speaker={q.speaker} cue={q.cue[:60]!r}: {q.text[:100]}")


def _actors(name: str, gold: dict, entry, registry) -> None:
    g_actors = gold.get("actors") or []
    g_sets = [_forms([a.get("name", "")] + list(a.get("surface_forms") or [])) for a in g_actors]
    slugs = list(entry.actors)

    def forms_of(slug):
        return _forms([registry[slug].name, *registry[slug].aliases]) if slug in registry else _forms([slug])

    def shown(slug):
        a = registry.get(slug)
        return f"{slug} [{a.kind}] {a.name!r} aliases={list(a.aliases)}" if a else slug

    pairs = _pair([forms_of(s) for s in slugs], g_sets)
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
    for set_name in sys.argv[1:] or list(SETS):
        print(f"######## {set_name}")
        report(set_name)
