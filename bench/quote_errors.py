"""Every quote error on the dev gold sets, for grouping by cause.

Run from the repository root: ``python bench/quote_errors.py [SET...] [--only PREFIX,...]`` with
SET among ``wide`` (tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none
means all three. Quotes are paired as the scorer pairs them (``score._score_quotes``: by the
gold text's first 40 characters). Printed per article: quotes missed (with the paragraph that
holds them), quotes given a wrong speaker (WRONG) or none (NONE, with the cue), and quotes found
that the gold does not have (SPURIOUS). The held-out split is never listed (tune only on dev).
"""

from __future__ import annotations

import sys
from pathlib import Path

from event_errors import SETS, ingested  # type: ignore[import-not-found]

from generator.score import _forms, _head_noun, _norm, _words


def _paragraph(seed: Path, text: str) -> str:
    """The paragraph of the article that holds the start of ``text`` (for context), else ''."""
    if not seed.is_file():
        return ""
    head = _norm(text)[:30]
    for para in seed.read_text(encoding="utf-8").split("\n\n"):
        if head and head in _norm(para):
            return " ".join(para.split())[:400]
    return ""


def report(name: str, only: tuple[str, ...]) -> None:
    golds, registry, entries = ingested(name)
    seeds_dir = SETS[name][1]
    for gpath, gold in golds:
        if only and not gpath.name.startswith(only):
            continue
        entry = entries.get(Path(str(gold.get("article", ""))).name)
        if entry is None:
            print(f"== {gpath.name}: NO ENTRY")
            continue
        seed = seeds_dir / Path(str(gold.get("article", ""))).name

        def forms_of(slug):
            return _forms([registry[slug].name, *registry[slug].aliases]) if slug in registry else {_norm(slug)}

        g_sets = {
            _norm(a.get("name", "")): _forms([a.get("name", "")] + list(a.get("surface_forms") or []))
            for a in gold.get("actors") or []
        }
        out = []
        used: set[int] = set()
        for gq in gold.get("quotes") or []:
            prefix = _norm(gq.get("text", "")).rstrip(",;:—–- ")[:40]
            hit = next(
                (
                    i
                    for i, q in enumerate(entry.quotes)
                    if i not in used and prefix and _norm(q.text).startswith(prefix)
                ),
                None,
            )
            said = _norm(gq.get("speaker") or "")
            if hit is None:
                out.append(f"  MISSED ({gq.get('speaker')}): {gq.get('text', '')[:100]!r}")
                out.append(f"      para: {_paragraph(seed, gq.get('text', ''))}")
                continue
            used.add(hit)
            q = entry.quotes[hit]
            sf = forms_of(q.speaker) if q.speaker else set()
            if gq.get("anonymous") is True:
                ok = not sf and _head_noun(said) in _words(getattr(q, "source", ""))
            else:
                ok = bool(sf & g_sets.get(said, {said})) if said else not sf
            if not ok:
                kind = "WRONG" if sf else "NONE"
                out.append(
                    f"  {kind} got={q.speaker} src={getattr(q, 'source', '')!r} want={gq.get('speaker')!r} "
                    f"cue={q.cue[:80]!r}: {q.text[:90]!r}"
                )
                out.append(f"      para: {_paragraph(seed, q.text)}")
        for i, q in enumerate(entry.quotes):
            if i not in used:
                out.append(f"  SPURIOUS speaker={q.speaker} cue={q.cue[:60]!r}: {q.text[:100]!r}")
        if out:
            print(f"== {gpath.name}")
            print("\n".join(out))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    args = sys.argv[1:]
    only: tuple[str, ...] = ()
    if "--only" in args:
        k = args.index("--only")
        only = tuple(args[k + 1].split(","))
        args = args[:k] + args[k + 2 :]
    for set_name in args or list(SETS):
        print(f"######## {set_name}")
        report(set_name, only)
