"""Every missed and spurious place on the dev gold sets, with the sentence of its first mention.

Run from the repository root: ``python bench/place_errors.py [SET...]`` with SET among ``wide``
(tests/gold/wide, split dev), ``dev`` (tests/gold/dev) and ``seeds``; none means all three. Places
are paired as the scorer pairs them (``score._score_places``); the lines printed are the errors, for
grouping by kind. The held-out split is never listed (tune only on dev).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from event_errors import SETS, ingested  # type: ignore[import-not-found]

from generator.score import _forms, _pair


def report(name: str) -> None:
    golds, _, entries = ingested(name)
    seeds_dir = SETS[name][1]
    for gpath, gold in golds:
        article = Path(str(gold.get("article", ""))).name
        entry = entries.get(article)
        if entry is None:
            print(f"== {gpath.name}: NO ENTRY")
            continue
        path = seeds_dir / article
        text = " ".join(path.read_text(encoding="utf-8").split()) if path.is_file() else ""
        _places(gpath.name, gold, entry, text)


def _context(text: str, forms: list[str]) -> str:
    for f in forms:
        m = re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
        if m:
            return "..." + text[max(0, m.start() - 70) : m.end() + 50] + "..."
    return "(not in the text)"


def _places(name: str, gold: dict, entry, text: str) -> None:
    g_places = gold.get("places") or []
    g_sets = [_forms([p.get("name", "")] + list(p.get("surface_forms") or [])) for p in g_places]
    pred = list(entry.places)
    pairs = _pair([_forms([p]) for p in pred], g_sets)
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
    for set_name in sys.argv[1:] or list(SETS):
        print(f"######## {set_name}")
        report(set_name)
