#!/usr/bin/env python3
"""Leave-one-story-out over the happenings merger's rules, not only its bars: what a story never seen gets.

    python bench/happenings_rule_loso.py              # the dev stories of tests/gold/happenings
    python bench/happenings_rule_loso.py SAME_DAY=20  # the same, with module settings changed

``bench/happenings_loso.py`` searches a few numbers with every rule on in every fold, but each rule of
``content.happenings`` was written while reading some dev story's misses: a story's own rule stays on
when that story is left out, so its pooled figures say little about a new story. Here each rule
(``RULES``: a function of the module replaced by one that does nothing) is switched off alone on every
dev story; then each story is scored with the rules that move only its own pairs switched off (together):
a rule that changes the left-out story's pairs and gains nothing on the others (their pooled F1 no higher
with it than without) was written for that story, and a story nobody has read yet would not have had it.
A rule that moves no dev pair stays on (nothing says whose it is). Prints what each rule gains, on which
stories, and the pooled figures of all stories (every rule on) against the leave-one-story-out ones.
The held-out stories are never read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _none(*_: object) -> list:
    return []


def _empty(*_: object) -> frozenset:
    return frozenset()


def _no(*_: object) -> bool:
    return False


def _kept(_: object, clusters: object, __: object) -> object:
    return clusters


# A rule: the module function that makes it, and what stands in for it when it is off.
RULES: dict[str, tuple[str, Callable[..., object]]] = {
    "date phrases attached to one noun": ("_anchored", _none),
    "two years attached to one kind of happening": ("_years_anchored", _none),
    "a date after an article qualifying a noun": ("_determined", _none),
    "two dates joined into one phrase": ("_joined_phrases", _none),
    "one article's dated happening nouns": ("_one_articles_dated_happenings", _none),
    "one article's named happening nouns": ("_one_articles_named_happenings", _none),
    "a year and a date inside it": ("_years_and_inside", _none),
    "a year and a date inside it, one kind of happening and one side": ("_years_and_inside_named", lambda _: set()),
    "a plan's day moved": ("plan_moved", _no),
    "an actor named but not acting": ("_mentioned", _empty),
    "rare names": ("_rare_names", _empty),
    "figures": ("figures", _empty),
    "a dateline's date": ("_dateline_date", _no),
    "a dateline and its main clause's date": ("_datelined", _none),
    "a statement's date": ("_said_and_done", _no),
    "one article telling one happening twice": ("_restated", _no),
    "one actor's figure told twice in one article": ("_one_figure_twice", _no),
    "one happening noun": ("_one_happening_noun", _no),
    "kinds of happening as one word": ("_one_word_a_kind", lambda word: word),
    "countries titling actors": ("titling_countries", _empty),
    "acronyms": ("acronym", lambda _: ""),
    "capitals": ("_capital_of", lambda _: ""),
    "a noun's verb": ("_verb_of", lambda _: ""),
    "a compound's head": ("_head", lambda noun: noun),
    "long names as one word": ("named_once", lambda text: text),
    "accents folded": ("folded", lambda text: text.lower()),
    "two plans of one article for one day not apart": ("_one_plan", _no),
    "one sentence telling one happening with both its dates": ("_told_with_both_dates", _no),
    "a day's report left alone told in parts by two of a happening": ("_told_in_parts", _kept),
    "settled (a report moved once)": ("_settled", _kept),
    "joined (two clusters)": ("_joined", _kept),
}


def scored(stories: dict, off: Iterable[str], settings: dict[str, float]) -> dict:
    """Each story's PRF with the rules ``off`` switched off and the module's ``settings``."""
    from bench.happenings_loso import clustered, forget_all
    from generator.content import happenings as H
    from generator.score import score_story

    saved = {RULES[r][0]: getattr(H, RULES[r][0]) for r in off}
    for r in off:
        setattr(H, RULES[r][0], RULES[r][1])
    forget_all(H)
    try:
        return {
            name: score_story(name, gold, clustered(entries, settings)).ours
            for name, (gold, entries) in stories.items()
        }
    finally:
        for attr, func in saved.items():
            setattr(H, attr, func)
        forget_all(H)


def main(argv: list[str]) -> int:
    from bench.happenings_loso import dev_stories, setting
    from generator.score import PRF

    settings = {k: setting(v) for k, v in (a.split("=", 1) for a in argv if "=" in a)}
    stories = dev_stories()
    on = scored(stories, (), settings)
    without = {rule: scored(stories, (rule,), settings) for rule in RULES}

    def pooled(table: dict, but: str = "") -> PRF:
        return sum((p for name, p in table.items() if name != but), PRF())

    def fmt(p: PRF) -> str:
        return f"P {p.precision:.3f} R {p.recall:.3f} F1 {p.f1:.3f} (tp {p.tp} fp {p.fp} fn {p.fn})"

    for rule, table in without.items():
        moved = {
            name[:16]: f"{on[name].tp - p.tp:+d}tp {on[name].fp - p.fp:+d}fp"
            for name, p in table.items()
            if (p.tp, p.fp) != (on[name].tp, on[name].fp)
        }
        print(f"{rule:38} gains {moved or 'nothing on dev'}")
    total = PRF()
    for name in stories:
        off = [
            rule
            for rule, table in without.items()
            if (table[name].tp, table[name].fp) != (on[name].tp, on[name].fp)
            and not pooled(on, name).f1 > pooled(table, name).f1
        ]
        story = scored({name: stories[name]}, off, settings)[name]
        total = total + story
        print(f"fold {name:26} {fmt(story)}{'  off: ' + ', '.join(off) if off else ''}")
    print(f"all dev, every rule on:        {fmt(pooled(on))}")
    print(f"leave-one-story-out by rule:   {fmt(total)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main(sys.argv[1:]))
