#!/usr/bin/env python3
"""How the happenings clustering holds up when links are missing: dev scored with a share of them dropped.

    python bench/happenings_dropout.py 0.2                    # 20 % of the links dropped, 6 draws
    python bench/happenings_dropout.py 0.2 --draws 10 HOLD_SHARE=0.25 "HOLD_SHARE=0.25,SAME_DAY=20"

A story nobody has read yet has links the rules do not find (bench/happenings_rule_loso.py: each rule
that gains a true dev pair gains on one story only). Here ``links`` is wrapped so that each link is dropped
with the given probability (a hash of the draw and the pair's two reports, so a run is repeatable), then
every dev story is clustered (``assign``) and scored; the draws' pairs are pooled. Each argument
``NAME=VALUE[,NAME=VALUE]`` is a variant of the module's settings scored on the same draws (none: the
module as it is), to see whether a clustering rule makes up for missing links. The held-out stories are
never read.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def dropping(links: Callable, share: float, draw: int) -> Callable:
    """``links`` with each found pair dropped with probability ``share`` (by a hash of ``draw`` and the pair)."""

    def dropped(reports):  # type: ignore[no-untyped-def]
        kept = {}
        for (i, j), value in links(reports).items():
            key = f"{draw}|{reports[i].key}|{reports[j].key}".encode()
            if int(hashlib.sha256(key).hexdigest()[:8], 16) / 2**32 >= share:
                kept[(i, j)] = value
        return kept

    return dropped


def main(argv: list[str]) -> int:
    from bench.happenings_loso import clustered, dev_stories, forget_all, setting
    from generator.content import happenings as H
    from generator.score import PRF, score_story

    share = float(argv[0])
    draws = int(argv[argv.index("--draws") + 1]) if "--draws" in argv else 6
    variants = [a for a in argv[1:] if "=" in a] or [""]
    if "" not in variants:
        variants.insert(0, "")
    stories = dev_stories()
    real = H.links
    for variant in variants:
        settings = {k: setting(v) for k, v in (kv.split("=", 1) for kv in variant.split(",") if kv)}
        total, per = PRF(), {name: PRF() for name in stories}
        forget_all(H)  # a variant's settings reach lemma's memo (COMPOUND_HEAD, MIN_STEM): none kept from another
        try:
            for draw in range(draws):
                H.links = dropping(real, share, draw)
                for name, (gold, entries) in stories.items():
                    p = score_story(name, gold, clustered(entries, settings)).ours
                    total, per[name] = total + p, per[name] + p
        finally:
            H.links = real
            forget_all(H)
        worst = sorted((p.recall, name) for name, p in per.items() if p.tp + p.fn > 3)[:4]
        print(
            f"drop {share:.2f} {variant or 'as it is':30} P {total.precision:.3f} R {total.recall:.3f} "
            f"(tp {total.tp} fp {total.fp} fn {total.fn}); lowest recall: "
            + ", ".join(f"{name} {r:.2f}" for r, name in worst)
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
