"""Every missed and spurious place on the dev gold sets, with the text round its first mention (70
characters before it, 50 after).

Run from the repository root: ``python bench/place_errors.py [SET...] [--only PREFIX,...]`` with SET
among ``wide`` (tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none means all
three. Places are paired by the scorer itself (``score.place_pairs``); the lines printed are the
errors, for grouping by kind. The held-out split is never listed (tune only on dev).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from event_errors import each_article, main  # type: ignore[import-not-found]

from generator.score import place_pairs


def report(name: str, only: tuple[str, ...]) -> None:
    for gname, gold, entry, _, path in each_article(name, only):
        if entry is None:
            print(f"== {gname}: NO ENTRY")
            continue
        text = " ".join(path.read_text(encoding="utf-8").split()) if path.is_file() else ""
        _places(gname, gold, entry, text)


def _context(text: str, forms: list[str]) -> str:
    for f in forms:
        m = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
        if m:
            return "..." + text[max(0, m.start() - 70) : m.end() + 50] + "..."
    return "(not in the text)"


def _places(name: str, gold: dict, entry, text: str) -> None:
    g_places = gold.get("places") or []
    pred = list(entry.places)
    pairs = place_pairs(gold, entry)
    out = []
    for j in sorted(set(range(len(g_places))) - {j for _, j in pairs}):
        p = g_places[j]
        forms = [str(f) for f in [p.get("name", ""), *(p.get("surface_forms") or [])] if f]
        out.append(f"  PLACE MISSED {p.get('name')!r} forms={forms[1:]}\n      {_context(text, forms[1:] or forms)}")
    for i in sorted(set(range(len(pred))) - {i for i, _ in pairs}):
        out.append(f"  PLACE SPURIOUS {pred[i]!r}\n      {_context(text, [pred[i]])}")
    if out:
        print(f"== {name} (places)")
        print("\n".join(out))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(report)
