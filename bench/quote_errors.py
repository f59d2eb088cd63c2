"""Every quote error on the dev gold sets, for grouping by cause.

Run from the repository root: ``python bench/quote_errors.py [SET...] [--only PREFIX,...]`` with
SET among ``wide`` (tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none
means all three. Quotes are paired and their speakers judged by the scorer itself
(``score.quote_verdicts``: by the gold text's first 40 characters). Printed per article: quotes
missed (with the paragraph that holds them), quotes given a wrong speaker (WRONG) or none (NONE,
with the cue), and quotes found that the gold does not have (SPURIOUS). The held-out split is never
listed (tune only on dev).
"""

from __future__ import annotations

import sys
from pathlib import Path

from event_errors import each_article, main  # type: ignore[import-not-found]

from generator.score import gold_actor_sets, norm, quote_verdicts, slug_forms


def _paragraph(seed: Path, text: str) -> str:
    """The paragraph of the article that holds the start of ``text`` (for context), else ''."""
    if not seed.is_file():
        return ""
    head = norm(text)[:30]
    for para in seed.read_text(encoding="utf-8").split("\n\n"):
        if head and head in norm(para):
            return " ".join(para.split())[:400]
    return ""


def report(name: str, only: tuple[str, ...]) -> None:
    for gname, gold, entry, registry, seed in each_article(name, only):
        if entry is None:
            print(f"== {gname}: NO ENTRY")
            continue
        out = []
        verdicts = quote_verdicts(gold, entry, slug_forms(registry), gold_actor_sets(gold))
        for gq, (hit, ok) in zip(gold.get("quotes") or [], verdicts):
            if hit is None:
                out.append(f"  MISSED ({gq.get('speaker')}): {gq.get('text', '')[:100]!r}")
                out.append(f"      para: {_paragraph(seed, gq.get('text', ''))}")
            elif not ok:
                q = entry.quotes[hit]
                out.append(
                    f"  {'WRONG' if q.speaker else 'NONE'} got={q.speaker} src={getattr(q, 'source', '')!r} "
                    f"want={gq.get('speaker')!r} cue={q.cue[:80]!r}: {q.text[:90]!r}"
                )
                out.append(f"      para: {_paragraph(seed, q.text)}")
        used = {hit for hit, _ in verdicts}
        for i, q in enumerate(entry.quotes):
            if i not in used:
                out.append(f"  SPURIOUS speaker={q.speaker} cue={q.cue[:60]!r}: {q.text[:100]!r}")
        if out:
            print(f"== {gname}")
            print("\n".join(out))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(report)
