"""Every missed and spurious event date, event actor and quote speaker on the dev gold sets.

Run from the repository root: ``python bench/event_errors.py [SET...] [--only PREFIX,...]`` with SET
among ``wide`` (tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds`` (tests/gold,
seeds/); none means all three; ``--only`` keeps the gold files whose names start so. Each set's
articles are ingested afresh into a temporary content folder (as ``score --seeds`` does); the lines
printed are the errors, with the event's sentence, for grouping by cause; a missed event actor the
entry does not have at all is marked "(no actor of the entry)" (a matter for the cast, not for the
event's clause); quotes are paired and judged by the scorer itself (``score.quote_verdicts``). The
held-out split is never listed (tune only on dev): a gold file with ``split: heldout`` is left out of
every set. ``each_article`` and ``main`` serve the other ``*_errors.py`` scripts too.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from generator.content.entries import parse_entry
from generator.content.registry import parse_registry
from generator.ingest import run_ingest
from generator.score import gold_actor_sets, gold_files, name_forms, norm, pair_events, quote_verdicts, slug_forms

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
    """The gold files of set ``name`` (never the held-out split's), and the registry and entries of one
    ingest of its articles."""
    gold_dir, seeds_dir, split = SETS[name]
    golds = [(p, g) for p, g in gold_files(gold_dir, split) if str(g.get("split", "dev")) != "heldout"]
    paths = tuple(seeds_dir / Path(str(g.get("article", ""))).name for _, g in golds)
    with tempfile.TemporaryDirectory(prefix="errors-") as tmp:
        content = Path(tmp) / "content"
        run_ingest(paths, content, force=False, root=Path(tmp))
        registry, entries = _load(content)
    return golds, registry, entries


def each_article(name: str, only: tuple[str, ...] = ()) -> Iterator[tuple[str, dict, object, dict, Path]]:
    """Per gold file of set ``name`` (those whose names start with one of ``only``, when given): its
    name, the gold, the entry ingested from its article (None: none) and the registry, and the
    article's path."""
    golds, registry, entries = ingested(name)
    seeds_dir = SETS[name][1]
    for gpath, gold in golds:
        if only and not gpath.name.startswith(only):
            continue
        article = Path(str(gold.get("article", ""))).name
        yield gpath.name, gold, entries.get(article), registry, seeds_dir / article


def main(report: Callable[[str, tuple[str, ...]], None]) -> None:
    """``report(set, only)`` for each set named on the command line (none: all), with ``--only``."""
    args = sys.argv[1:]
    only: tuple[str, ...] = ()
    if "--only" in args:
        k = args.index("--only")
        only = tuple(args[k + 1].split(","))
        args = args[:k] + args[k + 2 :]
    for set_name in args or list(SETS):
        print(f"######## {set_name}")
        report(set_name, only)


def report(name: str, only: tuple[str, ...] = ()) -> None:
    for gname, gold, entry, registry, _ in each_article(name, only):
        _article(gname, gold, entry, registry)


def _article(name: str, gold: dict, entry, registry) -> None:
    if entry is None:
        print(f"== {name}: NO ENTRY")
        return

    forms_of = slug_forms(registry)
    g_list = gold_actor_sets(gold)
    g_sets = {norm(a.get("name", "")): f for a, f in zip(gold.get("actors") or [], g_list)}
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
        want = {n: g_sets.get(norm(n), name_forms([n])) for n in ge.get("actors") or []}
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
    for gq, (hit, ok) in zip(gold.get("quotes") or [], quote_verdicts(gold, entry, forms_of, g_list)):
        if hit is None:
            out.append(f"  QUOTE MISSED ({gq.get('speaker')}): {gq.get('text', '')[:120]}")
        elif not ok:
            q = entry.quotes[hit]
            out.append(f"  QUOTE SPEAKER got={q.speaker} want={gq.get('speaker')} cue={q.cue!r}: {q.text[:100]}")
    if out:
        print(f"== {name}")
        print("\n".join(out))


if __name__ == "__main__":
    main(report)
