"""Every missed and spurious cited source (``sources_cited``) on the dev gold sets.

Run from the repository root: ``python bench/source_errors.py [SET...] [--only PREFIX,...]`` with SET
among ``wide`` (tests/gold/wide, split dev), ``dev`` and ``seeds`` (as ``event_errors.py``). Sources
are compared as the scorer compares them (``score.norm``); each line names the article's outlet, so
that its own outlet listed can be told from a cited one. The held-out split is never listed.
"""

from __future__ import annotations

from event_errors import each_article, main  # type: ignore[import-not-found]

from generator.score import norm


def report(name: str, only: tuple[str, ...]) -> None:
    for gname, gold, entry, _, _ in each_article(name, only):
        got = list(entry.sources_cited) if entry is not None else []
        want = [str(s) for s in gold.get("sources_cited") or []]
        g_norm, p_norm = {norm(s) for s in want}, {norm(s) for s in got}
        missed = [s for s in want if norm(s) not in p_norm]
        spurious = [s for s in got if norm(s) not in g_norm]
        if missed or spurious:
            outlet = getattr(entry, "outlet", "") if entry is not None else ""
            print(f"== {gname} (outlet {outlet!r})")
            for s in missed:
                print(f"  SOURCE MISSED {s!r}")
            for s in spurious:
                print(f"  SOURCE SPURIOUS {s!r}")


if __name__ == "__main__":
    main(report)
