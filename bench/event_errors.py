"""Every missed and spurious event date, event actor and quote speaker on the dev gold sets.

Run from the repository root: ``python bench/event_errors.py [SET...]`` with SET among
``wide`` (tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds`` (tests/gold, seeds/);
none means all three. Each set's articles are ingested afresh into a temporary content folder
(as ``score --seeds`` does); the lines printed are the errors, with the event's sentence, for
grouping by cause; a missed event actor the entry does not have at all is marked "(no actor of the
entry)" (a matter for the cast, not for the event's clause). The held-out split is never listed (tune
only on dev).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from generator.content.entries import parse_entry
from generator.content.registry import parse_registry
from generator.ingest import run_ingest
from generator.score import _forms, _gold_files, _norm, pair_events

SETS = {
    "wide": (Path("tests/gold/wide"), Path("tests/gold/wide"), "dev"),
    "dev": (Path("tests/gold/dev"), Path("tests/gold/dev"), None),
    "seeds": (Path("tests/gold"), Path("seeds"), None),
}


def _load(content: Path):
    reg_path = content / "actors.yaml"
    registry = parse_registry(str(reg_path), reg_path.read_text(encoding="utf-8"))[0] if reg_path.is_file() else {}
    entries = {}
    for path in sorted((content / "entries").rglob("*.md")):
        entry, _ = parse_entry(path.name, path.read_text(encoding="utf-8"))
        if entry and entry.seed:
            entries[Path(entry.seed).name] = entry
    return registry, entries


def ingested(name: str):
    """The gold files of set ``name``, and the registry and entries of one ingest of its articles."""
    gold_dir, seeds_dir, split = SETS[name]
    golds = _gold_files(gold_dir, split)
    paths = tuple(seeds_dir / Path(str(g.get("article", ""))).name for _, g in golds)
    with tempfile.TemporaryDirectory(prefix="errors-") as tmp:
        content = Path(tmp) / "content"
        run_ingest(paths, content, force=False, root=Path(tmp))
        registry, entries = _load(content)
    return golds, registry, entries


def report(name: str) -> None:
    golds, registry, entries = ingested(name)
    for gpath, gold in golds:
        _article(gpath.name, gold, entries.get(Path(str(gold.get("article", ""))).name), registry)


def _article(name: str, gold: dict, entry, registry) -> None:
    if entry is None:
        print(f"== {name}: NO ENTRY")
        return

    def forms_of(slug):
        return _forms([registry[slug].name, *registry[slug].aliases]) if slug in registry else {_norm(slug)}

    g_sets = {
        _norm(a.get("name", "")): _forms([a.get("name", "")] + list(a.get("surface_forms") or []))
        for a in gold.get("actors") or []
    }
    g_events = [e for e in gold.get("events") or [] if e.get("date")]
    p_events = list(entry.events)
    pairs = pair_events(g_events, p_events)
    used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out = []
    for j, ge in enumerate(g_events):
        if j not in used_g:
            out.append(
                f"  MISSED date {ge['date']} [{ge.get('evidence', '')}] actors={ge.get('actors')}: "
                f"{ge.get('description', '')}"
            )
    for i, pe in enumerate(p_events):
        if i not in used_p:
            out.append(f"  SPURIOUS date {pe.date} [{pe.evidence}] actors={list(pe.actors)}: {pe.text[:220]}")
    for i, j in pairs:
        ge, pe = g_events[j], p_events[i]
        want = {n: g_sets.get(_norm(n), _forms([n])) for n in ge.get("actors") or []}
        have = {s: forms_of(s) for s in pe.actors}
        matched_g = {n for n, f in want.items() if any(f & h for h in have.values())}
        matched_p = {s for s, h in have.items() if any(f & h for f in want.values())}
        miss, extra = sorted(set(want) - matched_g), sorted(set(have) - matched_p)
        cast = [forms_of(s) for s in entry.actors]
        miss = [n if any(want[n] & f for f in cast) else f"{n} (no actor of the entry)" for n in miss]
        if miss or extra:
            out.append(
                f"  ACTORS {pe.date} [{pe.evidence}] missed={miss} spurious={extra} ok={sorted(matched_g)}\n"
                f"      gold: {ge.get('evidence', '')!r}\n      sent: {pe.text[:300]}"
            )
    gold_by_name = g_sets
    for gq in gold.get("quotes") or []:
        prefix = _norm(gq.get("text", "")).rstrip(",;:—–- ")[:40]
        found = [q for q in entry.quotes if _norm(q.text).startswith(prefix)]
        said = _norm(gq.get("speaker") or "")
        if not found:
            out.append(f"  QUOTE MISSED ({gq.get('speaker')}): {gq.get('text', '')[:120]}")
            continue
        q = found[0]
        sf = forms_of(q.speaker) if q.speaker else set()
        ok = bool(sf & gold_by_name.get(said, {said})) if said else not sf
        if not ok:
            out.append(f"  QUOTE SPEAKER got={q.speaker} want={gq.get('speaker')} cue={q.cue!r}: {q.text[:100]}")
    if out:
        print(f"== {name}")
        print("\n".join(out))


if __name__ == "__main__":
    for set_name in sys.argv[1:] or list(SETS):
        print(f"######## {set_name}")
        report(set_name)
