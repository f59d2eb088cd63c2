"""Happenings at ingest (issue #13, 1): every event of content/ gets a ``happening`` id; reports of
one real-world happening share it, whatever order the articles came in; an editor's ids stay.

The rules are tested on literal events (``content.happenings``), the ingest on real articles
(tests/corpus/real, tests/gold/wide), and the accuracy on the gold happenings
(tests/gold/happenings, split dev; the held-out split is reported, never tuned on).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content import entries as content_io
from generator.content import happenings as H
from generator.core.model import Entry, Event, date_precision
from generator.ingest import _load_entries, run_ingest
from generator.score import score_happenings, score_story

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
REAL = TESTS / "corpus" / "real"
WIDE = TESTS / "gold" / "wide"
GOLD = Path(os.environ.get("TIMELINE_GOLD_HAPPENINGS", TESTS / "gold" / "happenings"))

# Pooled pair scores on the dev split must stay at least this (measured 2026-12-06, later: P 0.980, R 0.942 on 12
# stories after a year and a date inside it sharing a long figure, leave-one-story-out P 0.969 R 0.913; before,
# P 0.980 R 0.932, leave-one-story-out P 0.969 R 0.903. Measured 2026-12-06: P 0.977, R 0.933 on 11 stories
# after sharing the day weighed in the happening a report joins, DATE_WEIGHT; leave-one-story-out P 0.964 R 0.900.
# Before: P 0.953, R 0.911
# after the same-day bars lowered 15 more by leave-one-story-out, which went from P 0.945 R 0.767 to P 0.952
# R 0.889; before, P 0.952 R 0.889. Measured 2026-12-05: P 0.976, R 0.930 on 10 stories
# after one side named in two ways counted as a thing in common and weighed in the happening a report joins;
# leave-one-story-out P 0.973 R 0.837; held out unchanged, P 0.942, R 0.557. Before: P 0.963, R 0.919 on 10 stories,
# after a plan and a report of a day next to the plan's (not before the plan was written) held to the same-day bar
# and PLANNED_SLIP, and "plans to travel ... on Sunday" read as the coming Sunday (Rosetta's "scheduled to reach
# the surface on November 11" joins the landing of the 12th: 6 of the 86 gold pairs, Rosetta R 0.793 -> 1.000,
# Joplin 0.909 -> 1.000; held out P 0.942, R 0.557). Before that, P 0.961, R 0.839,
# after the same-day bars chosen by leave-one-story-out, bench/happenings_loso.py; held out P 0.941, R 0.545. Before
# that, P 0.959, R 0.816, after one side named in two ways, a dateline, "the month following" and an awaited
# election's date; the code before them gave P 0.958, R 0.767 on these 10; held out, 5 stories: P 0.950, R 0.432
# against 0.975, 0.443).
# Earlier, on 8 stories: P 0.955, R 0.771, after the names a sentence mentions, acting or not ("comet 67P",
# "Philae", "ESA"), lowered the bar of two same-day reports sharing one to 30 (the annotator had stopped making
# things that do nothing actors: dev P 0.949, R 0.675 without it, Rosetta R 0.455 against 0.697 then); heldout
# pooled P 0.974, R 0.452 (P 1.000 before it); P 0.969, R 0.775 before that annotation change; P 0.981, R 0.662
# before two dates joined into one phrase and a day apart at 70 alike; the issue's target is P 0.85, R 0.75). The
# recall floor leaves a margin of about 0.03 for annotation changes: Philae's landing (6 of its 7 reports held
# together) is 15 of the 64 pairs found, Joplin's storms (5 reports, held by one day-apart link and one joined
# phrase) 10.
# 2026-12-06 (later): two more dev stories written blind, singapore-summit-2018 and kilauea-eruption-2018. On
# arrival (code of 57c0e50): Singapore P 0.700 R 0.553, Kilauea P 0.400 R 1.000; the dev split pooled went from
# P 0.963 R 0.888 (13 stories) to P 0.887 R 0.808 (15). The recall floor went down with them, not with a rule.
# Then unchanged (15 stories) by a report moving to the cluster its links hold it to most, one article's sentences
# naming the happening another dates, and a year's happening noun joining a day's only with a name in common;
# held out, 10 stories: P 0.932 R 0.607 -> P 0.919 R 0.705 -> P 0.929 R 0.812 (the last two unchanged by the last);
# then P 0.898 R 0.904 (leave-one-story-out P 0.890 R 0.885) with a report linked to every report of a happening
# from other articles, two at least, joining it beside another sentence of its article (HELD_BY_OTHERS), held out
# unchanged. The floors are left where the new stories put them.
# Then, with _settled, one article's named happenings and HELD_BY_OTHERS (the last two from Singapore alone):
# P 0.892, R 0.910 on the 15 dev stories.
# 2026-12-06 (later): thai-cave-rescue-2018 and camp-fire-2018, written blind and scored once as held out, moved to
# dev: 17 stories P 0.866 R 0.907 on the same code (under the precision floor by the move alone). Then a week looked
# back on ("late last week") vague, a statement dated by its saying apart from a report telling of no statement, and
# no contraction's tail ("ll" of "We’ll") as a word: P 0.938 R 0.907 (leave-one-story-out P 0.931 R 0.900). The
# floors sit about 0.02 under these, as before, for annotation changes.
# 2026-12-07 (session 21): a week and a day inside it of one sentence, their lines alike (_told_with_both_dates), and
# a day's report left alone told in parts by two reports of a happening (_told_in_parts): P 0.955 R 0.846 ->
# P 0.957 R 0.877 (held out, figure only: P 0.907 R 0.735 -> P 0.909 R 0.751).
FLOORS = {"precision": 0.94, "recall": 0.85}  # dev (23 stories) P 0.957 R 0.877 on 2026-12-07, session 21
# (20 stories: P 0.948 R 0.902; the three blind stories added in session 18 scored P 0.500-1.0 R 0.182-0.600 on arrival)


def event(date: str, text: str, actors: tuple[str, ...] = (), status: str = "reported", evidence: str = "") -> Event:
    precision = date_precision(date)
    assert precision is not None
    return Event(date=date, precision=precision, text=text, actors=actors, status=status, evidence=evidence)


def report(entry: str, index: int, ev: Event, pinned: str = "", day: str = "2022-04-07") -> H.Report:
    return H.Report(entry, day, index, ev, pinned)


def ids_of(reports: list[H.Report]) -> list[str]:
    found = H.assign(reports)
    return [found[r.key] for r in reports]


PLANNED = event(
    "2022-04-06",
    "NATO foreign ministers will meet in Brussels on Wednesday to discuss more weapons for Ukraine.",
    ("nato",),
    "planned",
    "on Wednesday",
)
MET = event(
    "2022-04-06",
    "NATO foreign ministers met in Brussels on Wednesday and agreed to send more weapons to Ukraine.",
    ("nato",),
    evidence="on Wednesday",
)
PRESS = event(
    "2022-04-06",
    "Stoltenberg told a press conference after the talks on Wednesday that the alliance expects a long war.",
    ("jens-stoltenberg",),
    evidence="on Wednesday",
)


# --------------------------------------------------------------------------- the rules
def test_a_planned_meeting_and_the_meeting_are_one_happening() -> None:
    planned, met = ids_of([report("a.md", 0, PLANNED, day="2022-04-05"), report("b.md", 0, MET)])
    assert planned == met
    assert met == "2022-04-06-nato-foreign-ministers-met-brussels"  # named after the report of the meeting


def test_a_period_of_years_and_a_day_within_it_are_two() -> None:
    period = dataclasses.replace(
        event("1989-01", "Recordings detail the trade of the cartel over a 25-year period.", evidence="January 1989"),
        end_date="2014-12",
    )
    day = dataclasses.replace(
        event("2011-04-25", "Storms and flooding struck the state during the period of April 25-28, 2011."),
        end_date="2011-04-28",
    )
    first, second = ids_of([report("a.md", 0, period, day="2019-07-17"), report("b.md", 0, day, day="2011-05-09")])
    assert first != second


def test_a_meeting_and_a_press_conference_at_it_are_two() -> None:
    met, press = ids_of([report("a.md", 0, MET), report("b.md", 0, PRESS)])
    assert met != press


def test_a_month_may_be_the_month_of_a_day() -> None:
    april = event(
        "2022-04", "In April NATO foreign ministers met in Brussels to agree more weapons for Ukraine.", ("nato",)
    )
    day, month = ids_of([report("a.md", 0, MET), report("b.md", 0, april, day="2022-05-02")])
    assert day == month


def test_dates_that_do_not_fit_are_two_happenings() -> None:
    later = event("2022-04-20", MET.text, MET.actors, evidence="on Wednesday")
    year = event("2022", MET.text, MET.actors)
    first, second, third = ids_of([report("a.md", 0, MET), report("b.md", 0, later), report("c.md", 0, year)])
    assert len({first, second, third}) == 3


def test_two_dates_of_one_sentence_are_two_happenings() -> None:
    text = "The patient left Liberia on September 19 and arrived in Dallas on September 20."
    left, arrived = ids_of(
        [
            report("a.md", 0, event("2014-09-19", text, evidence="September 19")),
            report("a.md", 1, event("2014-09-20", text, evidence="September 20")),
        ]
    )
    assert left != arrived


def test_a_day_apart_is_one_happening_when_the_words_are_alike_enough() -> None:
    # a statement's "today" published the morning after, and a report of the day itself
    statement = (
        "We mourn those lost in the tornadoes and severe weather that struck communities across the Midwest today."
    )
    report_ = (
        "Officials are helping the states hit by the deadly tornadoes and severe storms"
        " that struck the Midwest on Sunday."
    )
    later, day = (
        report("a.md", 0, event("2011-05-23", statement, evidence="today"), day="2011-05-23"),
        report("b.md", 0, event("2011-05-22", report_, evidence="on Sunday"), day="2011-05-22"),
    )
    assert H.bar(later, day) == H.NEXT_DAY  # their words: 74 alike (the words around the dates)
    assert len(set(ids_of([later, day]))) == 1
    moved = event("2011-05-22", "The navy moved a destroyer to the southern coast.", evidence="Sunday")
    assert len(set(ids_of([later, report("c.md", 0, moved)]))) == 2


def test_two_dates_joined_into_one_phrase_are_one_happening() -> None:
    text = "Tornadoes struck the Midwest on Saturday and Sunday, and the governor toured the damage on Monday."
    saturday, sunday, monday = ids_of(
        [
            report("a.md", 0, event("2011-05-21", text, evidence="on Saturday")),
            report("a.md", 1, event("2011-05-22", text, evidence="Sunday")),
            report("a.md", 2, event("2011-05-23", text, evidence="on Monday")),
        ]
    )
    assert saturday == sunday != monday
    years = "Some 30 million euros will be allocated to projects in these fields in 2014 and 2015."
    first, second = ids_of(
        [
            report("a.md", 0, event("2014", years, evidence="in 2014")),
            report("a.md", 1, event("2015", years, evidence="2015")),
        ]
    )
    assert first == second
    assert H.joined_dates("observations over [June through August, 2014]", "June", "2014")
    assert not H.joined_dates("It left on Monday and landed in Dallas on Tuesday.", "on Monday", "on Tuesday")


def test_a_week_and_a_day_inside_it_of_one_sentence_telling_one_happening_are_one() -> None:
    text = (
        "The minister stressed support for the farmers in the face of the floods this week, including a bridge"
        " collapse near Lowtown on Tuesday."
    )
    week = dataclasses.replace(
        event("2031-W11", text, ("jane-doe",), evidence="this week"),
        summary="The minister stresses support for the farmers including a bridge collapse near Lowtown on Tuesday",
    )
    day = dataclasses.replace(
        event("2031-03-11", text, evidence="on Tuesday"), summary="Including a bridge collapse near Lowtown"
    )
    a, b = report("a.md", 0, week, day="2031-03-14"), report("a.md", 1, day, day="2031-03-14")
    assert H._told_with_both_dates(a, b) and H._comparable(a, b)
    assert len(set(ids_of([a, b]))) == 1
    # two happenings of one sentence, each its own clause: its lines are not alike
    two = "The suspect was arrested in Lowtown last week and was charged with fraud on Tuesday."
    arrested = dataclasses.replace(
        event("2031-W10", two, evidence="last week"), summary="The suspect is arrested in Lowtown"
    )
    charged = dataclasses.replace(
        event("2031-03-11", two, evidence="on Tuesday"), summary="The suspect is charged with fraud"
    )
    c, d = report("b.md", 0, arrested, day="2031-03-14"), report("b.md", 1, charged, day="2031-03-14")
    assert not H._comparable(c, d) and len(set(ids_of([c, d]))) == 2
    # nor two dates that do not hold one another, however alike their lines
    monday = dataclasses.replace(day, date="2031-03-10", evidence="on Monday")
    e, f = report("c.md", 0, dataclasses.replace(day, evidence="on Tuesday")), report("c.md", 1, monday)
    assert not H._told_with_both_dates(e, f)


def test_a_dateline_and_the_date_phrase_of_its_main_clause_are_one_happening() -> None:
    # "WASHINGTON, Aug. 10, 2010 — U.S. Army helicopters took advantage of a break in the weather to fly relief
    # missions in Pakistan yesterday and today": the dateline dates the copy, "yesterday" the flights; the lines
    # cut for the two dates share few words.
    flew = (
        "OSLO, March 10, 2031 – Navy helicopters used a break in the storms to fly relief missions over Ruritania "
        "yesterday, rescuing 400 people."
    )
    copy = report(
        "a.md",
        0,
        dataclasses.replace(
            event("2031-03-10", flew, evidence="March 10, 2031"), summary="Navy helicopters use a break in the storms"
        ),
    )
    own = report(
        "a.md",
        1,
        dataclasses.replace(
            event("2031-03-09", flew, evidence="yesterday"), summary="To fly relief missions over Ruritania"
        ),
    )
    assert H._datelined([copy, own]) == [(0, 1)]
    assert len(set(ids_of([copy, own]))) == 1
    after = (
        "OSLO, March 10, 2031 – Officials are coordinating relief for Ruritania after a storm struck its coast "
        "yesterday, killing 400 people."
    )
    coordinating = report(
        "b.md",
        0,
        dataclasses.replace(
            event("2031-03-10", after, evidence="March 10, 2031"),
            summary="Officials are coordinating relief for Ruritania",
        ),
    )
    struck = report(
        "b.md",
        1,
        dataclasses.replace(event("2031-03-09", after, evidence="yesterday"), summary="A storm strikes its coast"),
    )
    assert H._datelined([coordinating, struck]) == []  # "after": the phrase dates another happening
    assert len(set(ids_of([coordinating, struck]))) == 2


def test_two_years_dating_one_kind_of_happening_are_one_when_one_thing_is_named_besides() -> None:
    # "the aftermath of the 2005 earthquake in northern Pakistan", "the tragedy of the 2005 earthquake ... the
    # Pakistani people ... in Pakistan": a year says little, the happening noun and the place more.
    aid = event(
        "2019",
        "She recalled the aid sent in the aftermath of the 2019 earthquake in northern Ruritania.",
        evidence="2019",
    )
    tragedy = event(
        "2019",
        "As we did during the tragedy of the 2019 earthquake, we stand by the people of Ruritania, the general said.",
        evidence="2019",
    )
    elsewhere = event("2019", "Valdoria rebuilt its schools after the 2019 earthquake.", evidence="2019")
    a, b, c = report("a.md", 0, aid), report("b.md", 0, tragedy), report("c.md", 0, elsewhere)
    assert H.bar(a, b) == H.YEARS and "quake" in a.anchor_kinds & b.anchor_kinds & c.anchor_kinds
    first, second, third = ids_of([a, b, c])
    assert first == second != third  # Valdoria's 2019 earthquake names nothing of Ruritania's


def test_a_date_after_an_article_qualifies_the_noun_it_opens() -> None:
    # "Lobo, who narrowly lost to Zelaya in the 2005 vote" and "turnout figures from the 2005 election", one article
    assert H.anchor_nouns("Lobo narrowly lost to Zelaya in the 2005 vote.", "2005") == ["vote"]
    assert H.anchor_nouns("Rebels staged a June 28 coup against him.", "June 28") == ["coup"]
    assert "vote" not in H.anchor_nouns("Officials said in 2005 vote counts rose.", "in 2005")  # no article before it
    lost = event("2005", "Lobo narrowly lost to Zelaya in the 2005 vote.", ("porfirio-lobo",), evidence="2005")
    turnout = event(
        "2005", "About 62 percent took part, which eclipsed turnout from the 2005 election.", evidence="2005"
    )
    first, second = ids_of([report("a.md", 0, lost), report("a.md", 1, turnout)])
    assert first == second


def test_one_article_giving_one_actors_figure_twice_on_one_day_tells_one_happening() -> None:
    pledged = event(
        "2031-03-09",
        "Foreign Minister Anna Berg today pledged an additional $40 million to help Ruritania.",
        ("anna-berg",),
        evidence="today",
    )
    making = event(
        "2031-03-09",
        "“With a new pledge that I am making today of $40 million, we will give more than $90 million,” Berg told "
        "the assembly.",
        ("anna-berg",),
        evidence="today",
    )
    a, b = report("a.md", 0, pledged), report("a.md", 1, making)
    assert H._restated(a, b) and H.bar(a, b) < H.SAME_ARTICLE
    assert len(set(ids_of([a, b]))) == 1
    other = report("a.md", 2, dataclasses.replace(making, text=making.text.replace("$40", "$30")))
    assert not H._restated(a, other) and len(set(ids_of([a, other]))) == 2  # no figure in common
    nobody = report("a.md", 3, dataclasses.replace(making, actors=()))
    assert not H._restated(a, nobody)  # no actor of both


def test_a_compound_noun_is_its_head_and_figures_are_evidence() -> None:
    assert H.lemma("earthquakes") == H.lemma("quake") == "quake" and H.lemma("understand") == "understand"
    assert H.figures("A 7.8-magnitude quake killed 45,000 in 2010 on the 19th; a C-17 and 9 dogs") == {"7.8", "45000"}
    struck = event("2015-04-25", "A 7.8-magnitude earthquake struck on Saturday.", evidence="on Saturday")
    toll = event("2015-04-25", "The 7.8 quake hit the capital on April 25.", evidence="on April 25")
    first, second = ids_of([report("a.md", 0, struck), report("b.md", 0, toll)])
    assert first == second


def test_a_noun_of_action_is_the_verb_it_is_made_from() -> None:
    pairs = [("announcement", "announced"), ("arrival", "arrives"), ("departure", "departed"), ("election", "elected")]
    assert all(H.lemma(noun) == H.lemma(verb) for noun, verb in pairs)
    assert H.lemma("evacuations") == "evacuate" and H.lemma("earthquake") == "quake"
    assert [H.lemma(w) for w in ("station", "nation", "million", "mission", "hospital")] == [
        "station",
        "nation",
        "million",
        "mission",
        "hospital",
    ]


def test_a_long_name_is_one_word_who_not_what() -> None:
    center = (
        "A Vietnamese official with the Regional Maritime Search and Rescue Coordination Center confirmed Monday"
        " there were no signs of the plane."
    )
    assert H.named_once(center).split()[5] == "RegionalMaritimeSearchandRescueCoordinationCenter"
    assert (
        H.named_once("The European Space Agency's Rosetta probe arrived.")
        == "The European Space Agency's Rosetta probe arrived."
    )
    kidd = "The USS Kidd, a destroyer, began search and rescue operations this afternoon in the Gulf of Thailand."
    official = report("a.md", 0, event("2014-03-10", center, evidence="Monday"))
    began = report("b.md", 0, event("2014-03-10", kidd, evidence="this afternoon"))
    assert not {"search", "rescue"} & official.lemma_set
    assert len(set(ids_of([official, began]))) == 2


def test_a_common_actor_on_the_same_day_is_one_thing_in_common_and_titles_are_none() -> None:
    said = event("2014-09-16", "President Barack Obama said Tuesday the U.S. is ready on Ebola.", ("barack-obama",))
    speech = event("2014-09-16", "Aid for the Ebola fight was promised by President Barack Obama in a speech.")
    speech = Event(**{**speech.__dict__, "actors": ("barack-obama",)})
    a, b = report("a.md", 0, said), report("b.md", 0, speech)
    assert H.in_common(a, b) == 2  # the actor and "ebola", not "president"
    assert len(set(ids_of([a, b]))) == 1
    # another actor's report (its sentence naming Obama by surname only: a full name would be no other side),
    # its words less alike than two sides need (SAME_DAY_OTHER_ACTORS), not less than a report naming nobody
    text = (
        "U.S. aid for the fight against the disease in West Africa was promised by Obama in a long speech to soldiers."
    )
    other, nobody = (report("b.md", 0, event("2014-09-16", text, actors)) for actors in (("darryl-williams",), ()))
    alike = max(H.fuzz.token_set_ratio(a.words, other.words), H.fuzz.token_set_ratio(a.near, other.near))
    assert H.SAME_DAY <= alike < H.SAME_DAY_OTHER_ACTORS and H.in_common(a, other) == 2
    assert len(set(ids_of([a, other]))) == 2
    assert len(set(ids_of([a, nobody]))) == 1


def test_two_sides_on_one_day_with_two_things_in_common_need_words_only_half_alike() -> None:
    # The annotator's actors are often not the happening's sides: a country whose candidates sign a declaration
    # today, and an envoy who urged them to attend the summit of that day (bench/happenings_rule_loso.py: the
    # two-sides bar 55 -> 35 gains on two dev stories, no false pair)
    signed = dataclasses.replace(
        event(
            "2031-05-02",
            "We commend the presidential candidates and political parties of Veloria for coming together today "
            "to sign the Tarsk Declaration committing themselves to peaceful elections.",
            ("veloria",),
            evidence="today",
        ),
        summary="The presidential candidates and political parties of Veloria come together",
    )
    urged = dataclasses.replace(
        event(
            "2031-05-02",
            "He also encouraged both candidates to attend the May 2 Peace Summit in Tarsk.",
            ("omar-delacroix",),
            status="planned",
            evidence="May 2",
        ),
        summary="Omar Delacroix encouraged both candidates to attend the Peace Summit in Tarsk",
    )
    a, b = report("a.md", 0, signed, day="2031-05-02"), report("b.md", 0, urged, day="2031-04-28")
    alike = max(H.fuzz.token_set_ratio(a.words, b.words), H.fuzz.token_set_ratio(a.near, b.near))
    assert H._two_sides(a, b) and H.bar(a, b) == H.SAME_DAY_OTHER_ACTORS <= alike < 55
    assert H.in_common(a, b) == 2  # "candidate" and the town
    assert len(set(ids_of([a, b]))) == 1


def test_a_date_attached_to_one_event_noun_is_one_happening_even_in_one_article() -> None:
    killed = "Officials say 45,000 people were killed in Tuesday's 7.0 magnitude earthquake, which flattened homes."
    aid = "Haitians wait for promised aid that is slowly trickling in following Tuesday's devastating earthquake."
    hit = "Countries send aid to Haiti, which was hit by a magnitude 7.0 earthquake on Tuesday, affecting millions."
    a, b, c = (
        report(name, i, event("2010-01-12", text, evidence=phrase))
        for name, i, text, phrase in (
            ("a.md", 0, killed, "Tuesday"),
            ("a.md", 1, aid, "Tuesday"),
            ("b.md", 0, hit, "on Tuesday"),
        )
    )
    assert H.anchor_words(killed, "Tuesday") == "were killed in 7.0 magnitude earthquake,"
    assert a.anchors & b.anchors & c.anchors == {"quake"}
    assert len(set(ids_of([a, b, c]))) == 1
    # a shared word that is also a verb ("rescue") is no event noun: two operations of one day stay two
    ops = "The USS Kidd began search and rescue operations this afternoon in the Gulf of Thailand."
    flew = "A P-3 Orion aircraft flew a second search and rescue mission today in the Strait of Melaka."
    one, two = (
        report("x.md", 0, event("2014-03-10", ops, evidence="this afternoon")),
        report("x.md", 1, event("2014-03-10", flew, evidence="today")),
    )
    assert not one.anchors & two.anchors
    assert len(set(ids_of([one, two]))) == 2


def test_one_article_telling_one_happening_twice_with_one_verb_before_its_date_is_one() -> None:
    first = "Officials widened the hunt for a cargo ship that vanished Sunday with 31 crew aboard."
    again = "The vessel, the Northern Gale, vanished from radar Sunday night off the cape."
    a, b = (
        report("a.md", i, event("2021-02-14", text, evidence=phrase))
        for i, text, phrase in ((0, first, "Sunday"), (1, again, "Sunday night"))
    )
    assert H._restated(a, b)
    assert len(set(ids_of([a, b]))) == 1
    # another verb before each date, or a word that may be a noun ("search"): two happenings still
    sailed = "The vessel, the Northern Gale, sailed from port Sunday night off the cape."
    c = report("a.md", 1, event("2021-02-14", sailed, evidence="Sunday night"))
    assert not H._restated(a, c)
    assert len(set(ids_of([a, c]))) == 2
    # the same sentences in two articles: the rule is about one article
    assert not H._restated(a, report("b.md", 0, b.event))


def test_one_article_telling_twice_of_an_announcement_made_that_day_is_one() -> None:
    # "USAID announced today an expansion of its ongoing humanitarian assistance", "the additional funding
    # announced today will be used to expand grants": an announcement is a happening; "said today" twice is not.
    first = "The agency announced today an expansion of its aid for the victims of the floods in Ruritania."
    again = "As the water moves south, the additional funding announced today will pay for tents and clinics."
    a, b = (report("a.md", i, event("2031-03-10", text, evidence="today")) for i, text in enumerate((first, again)))
    assert H._restated(a, b)
    assert len(set(ids_of([a, b]))) == 1
    said = "As the water moves south, officials said today that tents and clinics are needed."
    c = report("a.md", 1, event("2031-03-10", said, evidence="today"))
    assert not H._restated(
        report("a.md", 0, event("2031-03-10", first.replace("announced", "said"), evidence="today")), c
    )


def test_a_noun_that_may_be_a_verb_is_an_event_noun_where_no_verb_can_be() -> None:
    died = "Police said 8,000 people died when brick houses and temples collapsed in the quake on Saturday."
    relief = "Relief flights from India and China began arriving after Saturday's quake hit the kingdom, killing 8,000."
    struck = (
        "Rescuers with sniffer dogs dug through rubble of villages the earthquake flattened on Saturday (8,000 dead)."
    )
    a, b, c = (
        report(name, i, event("2015-04-25", text, evidence=phrase))
        for i, (name, text, phrase) in enumerate(
            (
                ("a.md", died, "on Saturday"),
                ("a.md", relief, "Saturday"),  # one article: only what the date is attached to links them
                ("b.md", struck, "on Saturday"),
            )
        )
    )
    assert H.anchor_nouns(relief, "Saturday") == ["quake"]  # the noun phrase ends at the noun: not "hit"
    assert a.anchors == b.anchors == c.anchors == {"quake"}  # "the earthquake" was one already
    assert H.anchor_nouns("Ships search the area on Saturday.", "on Saturday") == ["area"]
    assert len(set(ids_of([a, b, c]))) == 1


def test_the_bar_rises_with_the_days_two_dates_cover() -> None:
    dates = ("2022-04-06", "2022-W14", "2022-04")
    day, week, month = (report(f"{d}.md", 0, event(d, MET.text, MET.actors)) for d in dates)
    other = report("x.md", 0, event("2022-04-06", PRESS.text, ()))
    assert H.bar(day, other) < H.bar(week, other) < H.bar(month, other)
    same_article = report("x.md", 1, event("2022-04-06", MET.text, ()))
    assert H.bar(same_article, other) >= H.SAME_ARTICLE  # two sentences of one article with one date


def test_a_week_named_from_the_day_of_writing_says_little_unless_an_actor_is_shared() -> None:
    seen = event("2009-W51", "We have seen momentous events in Copenhagen this week.", evidence="this week")
    today = event("2009-12-18", "Today we've made a meaningful and unprecedented breakthrough here in Copenhagen.")
    week, day = report("a.md", 0, seen), report("b.md", 0, today)
    assert week.vague and not day.vague
    assert H.bar(week, day) >= H.VAGUE
    assert len(set(ids_of([week, day]))) == 2
    named = report("c.md", 0, event("2009-W51", seen.text, evidence="the week of 14 December"))
    assert not named.vague and H.bar(named, day) < H.VAGUE
    met = report("d.md", 0, event("2022-W14", "NATO foreign ministers met this week.", ("nato",), evidence="this week"))
    assert met.vague and H.bar(met, report("e.md", 0, MET)) < H.VAGUE  # a common actor: the week is theirs


def test_a_week_looked_back_on_from_the_day_of_writing_says_little_too() -> None:
    declared = event(
        "2018-W45",
        "States of emergency were declared in three counties of California late last week due to these fires.",
        evidence="late last week",
    )
    started = event("2018-11-08", "The fire started in northern California on November 8.", evidence="on November 8")
    week, day = report("a.md", 0, declared), report("b.md", 0, started)
    assert week.vague and H.bar(week, day) >= H.VAGUE
    assert len(set(ids_of([week, day]))) == 2  # California and the fire in common, and the day inside the week
    ahead = "We look forward to joining with Ghanaians next week."
    plan = event("2016-W49", ahead, status="planned", evidence="next week")
    assert not report("c.md", 0, plan).vague  # a plan's week is named from the day of writing as a rule


def test_a_time_gone_by_given_as_a_bound_is_no_week() -> None:
    # "Pakistan was stricken by massive flooding more than two weeks ago" is read as the week two weeks back,
    # but the flooding may be of any week before it: a day of that week naming the floods is not it.
    bound = event(
        "2031-W10",
        "Ruritania was struck by massive flooding more than two weeks ago.",
        evidence="more than two weeks ago",
    )
    plain = event("2031-W10", "Ruritania was struck by massive flooding two weeks ago.", evidence="two weeks ago")
    said = event(
        "2031-03-05",
        "The foreign minister on Wednesday pledged long-term support to Ruritania after the worst flooding in decades.",
        ("anna-berg",),
        evidence="on Wednesday",
    )
    week, weeks_ago, day = (report(f"{k}.md", 0, e, day="2031-03-20") for k, e in enumerate((bound, plain, said)))
    assert week.vague and not weeks_ago.vague
    assert H.bar(weeks_ago, day) < H.bar(week, day) == H.VAGUE
    assert len(set(ids_of([week, day]))) == 2
    assert len(set(ids_of([weeks_ago, day]))) == 1  # "two weeks ago" names a week: the day inside it may be its


def test_a_plan_dated_by_its_dateline_alone_says_little_of_its_day() -> None:
    # "TAMPA, Fla., Aug. 11, 2010 – The USS Peleliu will provide helicopter capabilities": the dateline is the
    # day the plan was told; helicopters that evacuated people that day are another happening.
    plan = event(
        "2031-03-09",
        "OSLO, March 9, 2031 – The research ship Aurora will provide helicopter capabilities to aid Ruritania as its "
        "government works to combat floods affecting 14 million people.",
        status="planned",
        evidence="March 9, 2031",
    )
    done = event(
        "2031-03-09",
        "Yesterday, military helicopters evacuated 761 people from Valdo and delivered supplies to the flooded "
        "towns of Ruritania, officials said.",
        evidence="Yesterday",
    )
    told, did = report("a.md", 0, plan, day="2031-03-09"), report("b.md", 0, done, day="2031-03-10")
    assert told.vague and not did.vague
    assert H.bar(told, did) >= H.VAGUE
    assert len(set(ids_of([told, did]))) == 2
    meant = report("c.md", 0, dataclasses.replace(plan, evidence="", text=plan.text.split("– ")[1]))
    assert not meant.vague  # no dateline: the plan's own date
    reported = report("d.md", 0, dataclasses.replace(plan, status="reported"))
    assert not reported.vague  # a dateline dates what the copy reports as done or going on


def test_a_statement_dated_by_its_saying_and_what_it_tells_of_are_two() -> None:
    said = event(
        "2018-07-10",
        "Navy divers continue to assist in the rescue operations in Thailand, a spokesman said July 10, 2018.",
        evidence="July 10, 2018",
    )
    done = event(
        "2018-07-10",
        "The last four boys and their coach were brought out of the flooded cave in Thailand on July 10, 2018, "
        "ending the rescue.",
        evidence="on July 10, 2018",
    )
    a, b = report("a.md", 0, said), report("b.md", 0, done)
    assert H.statement_dated(said.text, said.evidence) and not H.statement_dated(done.text, done.evidence)
    assert H.bar(a, b) >= H.SAID_AND_DONE
    assert len(set(ids_of([a, b]))) == 2
    told = event("2018-07-10", "The spokesman told reporters the rescue in Thailand was over.", evidence="")
    assert H.bar(a, report("c.md", 0, told)) < H.SAID_AND_DONE  # a statement with a statement: words decide
    passive = "The end of the rescue in Thailand was announced July 10, 2018."
    assert not H.statement_dated(passive, "July 10, 2018")


def test_speech_is_told_by_the_words_of_saying_not_by_words_that_share_their_first_letters() -> None:
    for quiet in (
        "An urgent and remarkable rescue was briefly halted near Spokane.",
        "Warner crews gave a brief update on the vowels.",
    ):
        assert not H.speaks(quiet), quiet
    for said in (
        "He urged calm.",
        "In her remarks she praised the crews.",
        "The spokeswoman briefed reporters.",
        "Statements were issued.",
        "Officials warned of floods.",
        "They promised aid.",
    ):
        assert H.speaks(said), said


def test_a_contraction_s_tail_and_an_initial_are_no_words_two_reports_share() -> None:
    assert H.content_words("We’ll be meeting Donald J. Trump in Lisbon; North Korea’s envoy won’t.") == [
        "meeting",
        "donald",
        "trump",
        "lisbon",
        "north",
        "korea's",
        "envoy",
    ]
    a = report("a.md", 0, event("2022-05-04", "It’ll start in Lisbon on May 4.", evidence="on May 4"))
    b = report("b.md", 0, event("2022-05-04", "We’ll fly to Lisbon on May 4.", evidence="on May 4"))
    assert H.in_common(a, b) == 1  # Lisbon; "ll" of "It’ll" and "We’ll" is not a second thing in common


def test_a_report_linked_to_a_third_of_a_happening_joins_it_though_not_to_its_head() -> None:
    links = {(0, 1): 60.0, (1, 2): 60.0, (2, 3): 60.0, (1, 3): 60.0}
    reports = [report(f"{i}.md", 0, event("2022-04-06", f"r{i}")) for i in range(6)]
    assert sorted(map(sorted, H._clusters(reports, links))) == [[0, 1, 2, 3], [4], [5]]
    chain = {(0, 1): 60.0, (1, 2): 60.0, (2, 3): 60.0}  # 3 is linked to one of three: a third
    assert sorted(map(sorted, H._clusters(reports, chain))) == [[0, 1, 2, 3], [4], [5]]
    longer = {**chain, (3, 4): 60.0}  # a chain: 4 is linked to one of four
    assert sorted(map(sorted, H._clusters(reports, longer))) == [[0, 1, 2, 3], [4], [5]]
    own = [report("a.md", 0, event("2022-04-06", "r0")), reports[1], report("a.md", 1, event("2022-04-06", "r2"))]
    assert sorted(map(sorted, H._clusters(own, {(0, 1): 60.0, (1, 2): 60.0}))) == [[0, 1], [2]]  # its own article's


def test_a_report_moves_to_the_happening_its_links_hold_most_once_all_have_joined() -> None:
    # 0 "FEMA added two counties today", 2 "the storms that struck the Midwest today" (a day late), 1, 3, 4
    # the storms' other reports, of which only 1 comes before 2 in the order: 2 first joins 0, its strongest
    # link then, and the storms' later reports hold it more (70 + 70 against 80).
    reports = [report(f"{i}.md", 0, event("2011-05-22", f"r{i}")) for i in range(5)]
    linked = {(0, 2): 80.0, (1, 2): 70.0, (2, 3): 70.0, (1, 3): 90.0, (1, 4): 90.0, (3, 4): 90.0}
    assert sorted(map(sorted, H._clusters(reports, linked))) == [[0, 2], [1, 3, 4]]
    assert sorted(map(sorted, H._settled(reports, H._clusters(reports, linked), linked))) == [[0], [1, 2, 3, 4]]
    weaker = {k: v for k, v in linked.items() if k != (2, 3)}  # 70 against 80: it stays
    assert sorted(map(sorted, H._settled(reports, H._clusters(reports, weaker), weaker))) == [[0, 2], [1, 3, 4]]
    apart = [*reports[:4], report("2.md", 1, event("2011-05-22", "r4"))]  # 2's other sentence, not linked to it
    one_side = {(0, 2): 80.0, (1, 2): 90.0, (1, 3): 90.0, (1, 4): 90.0, (3, 4): 90.0}  # 2 not linked to 3
    assert sorted(map(sorted, H._settled(reports, [[0, 2], [1, 3, 4]], one_side))) == [[0], [1, 2, 3, 4]]
    assert sorted(map(sorted, H._settled(apart, [[0, 2], [1, 3, 4]], one_side))) == [[0, 2], [1, 3, 4]]
    headed = {(0, 2): 80.0, (0, 1): 60.0, (1, 3): 90.0, (1, 4): 90.0, (3, 4): 90.0, (0, 3): 50.0, (0, 4): 50.0}
    assert H._settled(reports, [[0, 2], [1, 3, 4]], headed)[0][0] == 0  # a head with members stays: it names them


def test_a_sentence_linked_to_all_of_a_happenings_other_articles_joins_it_beside_its_articles_other_sentence() -> None:
    # 0 and 1 are two sentences of one speech ("We'll be meeting on June 12", "the June 12 summit"), not alike;
    # 2 and 3 are other articles' reports of the summit, each like both sentences
    reports = [report("a.md", 0, event("2018-06-12", "r0")), report("a.md", 1, event("2018-06-12", "r1"))]
    reports += [report(f"{k}.md", 0, event("2018-06-12", f"r{k}")) for k in (2, 3)]
    linked = {(0, 2): 60.0, (0, 3): 60.0, (2, 3): 60.0, (1, 2): 60.0, (1, 3): 60.0}
    assert not H._apart(reports, 1, [0, 2, 3], linked)
    assert sorted(map(sorted, H._clusters(reports, linked))) == [[0, 1, 2, 3]]
    one_other = {(0, 2): 60.0, (1, 2): 60.0}  # one report of another article like both: no more than a bridge
    assert H._apart(reports, 1, [0, 2], one_other)
    assert sorted(map(sorted, H._clusters(reports, one_other))) == [[0, 2], [1], [3]]
    not_all = {k: v for k, v in linked.items() if k != (1, 3)}  # linked to some of the others only
    assert H._apart(reports, 1, [0, 2, 3], not_all)


def test_two_happenings_a_third_of_each_ones_reports_link_are_one() -> None:
    reports = [report(f"{i}.md", 0, event("2014-11-12", f"r{i}")) for i in range(8)]
    landed = {(0, 1): 60.0, (1, 2): 60.0, (0, 2): 60.0}  # "landed", "landing", "landing"
    touched = {(3, 4): 60.0, (4, 5): 60.0, (3, 5): 60.0}  # "touched down", ...
    linked = {**landed, **touched, (2, 4): 45.0}  # one report of each is like one of the other
    assert sorted(map(sorted, H._clusters(reports, linked))) == [[0, 1, 2], [3, 4, 5], [6], [7]]
    joined = H._joined(reports, H._clusters(reports, linked), linked)
    assert sorted(map(sorted, joined)) == [[0, 1, 2, 3, 4, 5], [6], [7]]
    alone = {**landed, **touched, (2, 7): 60.0}  # a report alone joins by the third of ``_holds`` only
    assert H._joined(reports, [[0, 1, 2], [3, 4, 5], [6], [7]], alone) == [[0, 1, 2], [3, 4, 5], [6], [7]]
    big = [report(f"{i}.md", 0, event("2014-11-12", f"r{i}")) for i in range(12)]
    two = [[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]]  # one bridge between six and six: two happenings
    assert len(H._joined(big, two, {(5, 6): 60.0, (4, 6): 60.0})) == 2
    assert len(H._joined(big, two, {(5, 6): 60.0, (4, 7): 60.0})) == 1
    chain = [[0, 1], [2, 3], [4, 5]]  # each joins one other at most: no chain
    assert len(H._joined(big, chain, {(1, 2): 60.0, (0, 3): 60.0, (3, 4): 60.0, (2, 5): 60.0})) == 2


def test_ids_are_readable_and_unique() -> None:
    twin = event("2022-04-06", "NATO foreign ministers meet Brussels", ("nato",))
    reports = [report("a.md", 0, MET), report("b.md", 0, event("2021-01-01", "Something else entirely happened."))]
    reports.append(report("c.md", 0, twin, day="2023-01-01"))  # another happening whose id would be the same
    found = ids_of(reports)
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in found)
    assert found[0].startswith("2022-04-06-nato-") and found[1].startswith("2021-01-01-")
    assert len(set(found)) == 3 or found[0] == found[2]


def test_the_ids_do_not_depend_on_the_order_of_the_reports() -> None:
    reports = [
        report("a.md", 0, PLANNED, day="2022-04-05"),
        report("b.md", 0, MET),
        report("c.md", 0, PRESS),
        report("d.md", 0, event("2022-W14", "NATO foreign ministers met in Brussels this week.", ("nato",))),
        report("e.md", 0, event("2022-04-07", "NATO ministers agreed on Thursday to send weapons.", ("nato",))),
    ]
    first = H.assign(reports)
    assert H.assign(list(reversed(reports))) == first
    assert H.assign(reports[2:] + reports[:2]) == first


def test_an_editors_id_stays_and_the_reports_like_it_take_it() -> None:
    edited = report("a.md", 0, MET, pinned="nato-meeting-in-brussels")
    planned = report("b.md", 0, PLANNED, day="2022-04-05")
    press = report("c.md", 0, PRESS)
    found = H.assign([edited, planned, press])
    assert found[edited.key] == "nato-meeting-in-brussels"
    assert found[planned.key] == "nato-meeting-in-brussels"
    assert found[press.key] != "nato-meeting-in-brussels"


def test_an_editor_splits_what_the_rules_would_merge() -> None:
    one = report("a.md", 0, MET, pinned="meeting-day-one")
    two = report("b.md", 0, PLANNED, pinned="meeting-planned")
    found = H.assign([one, two])
    assert (found[one.key], found[two.key]) == ("meeting-day-one", "meeting-planned")


# --------------------------------------------------------------------------- entries rewritten
def test_with_happenings_rewrites_the_ids_and_keeps_the_entry_unedited(tmp_path: Path) -> None:
    content = tmp_path / "content"
    run_ingest((REAL / "haiti-quake-2010-06-voa.txt",), content, force=False, root=REPO)
    (path,) = content_io.entry_files(content)
    text = path.read_text(encoding="utf-8")
    entry, _ = content_io.parse_entry("e.md", text)
    assert entry is not None and not entry.edited and all(e.happening for e in entry.events)
    wanted = [f"h-{i}" for i in range(len(entry.events))]
    new = content_io.with_happenings(text, wanted)
    assert new is not None
    again, _ = content_io.parse_entry("e.md", new)
    assert again is not None and not again.edited
    assert [e.happening for e in again.events] == wanted
    assert [(e.date, e.text) for e in again.events] == [(e.date, e.text) for e in entry.events]
    assert content_io.with_happenings(new, [e.happening for e in entry.events]) == text


def test_an_ingest_with_nothing_new_gives_ids_to_entries_written_before_happenings(tmp_path: Path) -> None:
    """Content from a version without happenings (generated entries whose events have no ids, digests
    right) gets its ids on the next ingest, even when no seed is new."""
    content = tmp_path / "content"
    seed = REAL / "haiti-quake-2010-06-voa.txt"
    run_ingest((seed,), content, force=False, root=REPO)
    (path,) = content_io.entry_files(content)
    text = path.read_text(encoding="utf-8")
    entry, _ = content_io.parse_entry("e.md", text)
    assert entry is not None and entry.events
    bare = content_io.with_happenings(text, [""] * len(entry.events))
    assert bare is not None and not content_io.is_edited(bare)
    path.write_text(bare, encoding="utf-8")
    report = run_ingest((seed,), content, force=False, root=REPO)
    assert not report.annotated and len(report.regrouped) == 1
    again, _ = content_io.parse_entry("e.md", path.read_text(encoding="utf-8"))
    assert again is not None and all(e.happening for e in again.events)


# --------------------------------------------------------------------------- ingest
HAITI = sorted(REAL.glob("haiti-quake-2010-*.txt"))


def _ids(content: Path) -> dict[tuple[str, int], str]:
    entries, _, _ = _load_entries(content, "content")
    return {(e.seed, i): ev.happening for e in entries for i, ev in enumerate(e.events)}


def test_the_same_articles_in_any_order_get_the_same_ids(tmp_path: Path) -> None:
    whole, parts = tmp_path / "whole" / "content", tmp_path / "parts" / "content"
    run_ingest(tuple(HAITI), whole, force=False, root=REPO, jobs=1)
    run_ingest(tuple(HAITI[6:]), parts, force=False, root=REPO, jobs=2)  # the later articles first
    run_ingest(tuple(reversed(HAITI[:6])), parts, force=False, root=REPO, jobs=1)
    ids = _ids(whole)
    assert all(ids.values())
    assert len(set(ids.values())) < len(ids)  # some reports were found to be one happening
    assert _ids(parts) == ids


def _without_ids(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    entry, _ = content_io.parse_entry("e.md", text)
    assert entry is not None
    if entry.events:
        bare = content_io.with_happenings(text, [""] * len(entry.events))
        assert bare is not None and not content_io.is_edited(bare)
        path.write_text(bare, encoding="utf-8")


def test_the_same_articles_in_renamed_files_get_the_same_ids(tmp_path: Path) -> None:
    """The ids follow what the entries hold, not their files' names (which come from titles, and from
    the order of ingest when two titles are one): the same entries, their names' order reversed and
    their ids cleared, settle to the same ids."""
    first, renamed = tmp_path / "first" / "content", tmp_path / "renamed" / "content"
    run_ingest(tuple(HAITI), first, force=False, root=REPO, jobs=1)
    files = content_io.entry_files(first)
    assert len(files) == len(HAITI)
    for k, path in enumerate(sorted(files)):
        moved = renamed / path.relative_to(first).with_name(f"{len(files) - k:02d}-{path.name}")
        moved.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, moved)
        _without_ids(moved)
    for name in ("actors.yaml", "site.yaml"):
        if (first / name).exists():
            shutil.copy(first / name, renamed / name)
    run_ingest(tuple(HAITI), renamed, force=False, root=REPO, jobs=1)
    ids = _ids(first)
    assert len(set(ids.values())) < len(ids)
    assert _ids(renamed) == ids


def test_an_edited_id_is_never_rewritten(tmp_path: Path) -> None:
    content = tmp_path / "content"
    run_ingest(tuple(HAITI[:6]), content, force=False, root=REPO)
    entries, _, _ = _load_entries(content, "content")
    target = next(e for e in entries if len(e.events) >= 2)
    path = tmp_path / target.path
    text = path.read_text(encoding="utf-8")
    old = target.events[0].happening
    edited = text.replace(f"happening: {old}\n", "happening: my-own-happening\n", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    run_ingest(tuple(HAITI[6:]), content, force=False, root=REPO)
    assert path.read_text(encoding="utf-8") == edited
    assert "my-own-happening" in _ids(content).values()


def _story(seed: str) -> str:
    """The story an article is of: its file name's prefix (``haiti-quake-2010``), or the topic of a
    wide-corpus article, with the wide articles that are of a real story's (three are copies of one; d04's
    readout of a call names "the December meeting on climate change in Copenhagen", the COP15 conference; r08 and
    k02 both report the Black Sea grain deal; t04 and f04 both report Karzai's White House meeting of February 2003;
    zc01 names Haiti's January 2010 earthquake)."""
    name = Path(seed).stem
    return SAME_STORY.get(name, re.sub(r"-\d\d-[a-z-]+$", "", name))


SAME_STORY = {
    "a03_haiyan_testimony": "typhoon-haiyan-2013",
    "a07_obama_copenhagen": "copenhagen-cop15-2009",
    "a08_katrina_new_orleans": "katrina-2005",
    "a14_haiyan_us_aid": "typhoon-haiyan-2013",
    "c01_cdc_ebola_telebriefing": "ebola-2014",
    "c10_voa_nigeria_buhari": "b03_kerry_nigeria_election",
    "c11_voa_nepal_quake_rescue": "nepal-quake-2015",
    "d04_obama_brown_call_readout": "copenhagen-cop15-2009",
    # both tell of the Black Sea grain deal the UN and Turkey brokered in July 2022
    "r08_voa_russia_rejoins_grain_deal": "k02_fcdo_osce_black_sea_grain",
    # both tell of Karzai's White House meeting with Bush of 27 February 2003 (t04: the schools plan announced after it)
    "t04_usaid_afghanistan_thousand_schools": "f04_bush_karzai_meeting",
    # Haiti's election of November 2010 told with "the damage from the January earthquake": the quake of 12 January
    "zc01_voa_haiti_election_tent_camps_cholera": "haiti-quake-2010",
    # families in Gonaives hosting those who fled the January 2010 quake: the quake of 12 January 2010 is its story's
    "zj01_voa_haiti_quake_displaced_strain_host_families": "haiti-quake-2010",
    # parents of children killed in schools by the quake of 12 May 2008 ('After the May 12 earthquake'): its story's
    "zk03_voa_sichuan_quake_parents_shoddy_schools": "sichuan-quake-2008",
    # USAID's aid for Cyclone Idai of April 2019 (its file name says so): the corpus story of that cyclone
    "zm05_usaid_cyclone_idai_33_million_aid": "cyclone-idai-2019",
    # the US embassy's aid after Ecuador's earthquake of 16 April 2016 (its file name says so): that corpus story
    "zq07_usembassy_ecuador_quake_assistance_grants": "ecuador-quake-2016",
    # Sherman in Tonga in August 2022 recalls the eruption of Hunga Tonga-Hunga Ha'apai in January 2022: that story's
    "zu06_state_sherman_sovaleni_nukualofa_readout": "tonga-eruption-2022",
    # both report the Christchurch earthquake of 22 February 2011 and the rescue that day (Cameron's condolences)
    "zc09_voa_christchurch_earthquake_rescue_effort": "j08_cameron_christchurch_earthquake",
    # both recall the EU's enlargement of May 2004 (the capitals of culture of the new members; Slovenia, a member
    # since then, takes the presidency): one real happening
    "zv08_ec_barroso_slovenian_presidency_priorities_speech": "zb03_ec_capitals_of_culture_selection",
}


def test_no_happening_spans_two_stories(tmp_path: Path) -> None:
    seeds = tuple(sorted(REAL.glob("*.txt"))) + tuple(sorted(WIDE.glob("*.txt")))
    content = tmp_path / "content"
    for seed in seeds:  # each on its own: the copies in tests/gold/wide are articles too
        shutil.copy(seed, tmp_path / seed.name)
    run_ingest(tuple(tmp_path / s.name for s in seeds), content, force=False, root=tmp_path)
    stories: dict[str, set[str]] = {}
    for (seed, _), happening in _ids(content).items():
        stories.setdefault(happening, set()).add(_story(seed))
    assert len({_story(s.name) for s in seeds}) > 40
    spanning = {h: sorted(s) for h, s in stories.items() if len(s) > 1}
    assert not spanning


# --------------------------------------------------------------------------- accuracy
def test_happenings_floors_on_the_dev_split() -> None:
    golds = sorted(GOLD.glob("*.yaml")) if GOLD.is_dir() else []
    assert golds, f"{GOLD}: no gold happenings (tests/gold/happenings/<story>.yaml); this test needs them"
    pooled = score_happenings(GOLD, "dev").pooled("dev")
    assert pooled.tp + pooled.fn > 0, "the dev stories have no two reports of one happening"
    scores = {"precision": pooled.precision, "recall": pooled.recall}
    low = {k: round(v, 3) for k, v in scores.items() if v < FLOORS[k]}
    assert not low, f"dev split under its floors: {low} (floors {FLOORS}; pairs {pooled})"


@pytest.mark.parametrize("date", ["2022-04-06", "2022-W14", "2022-04", "2022"])
def test_every_precision_gets_an_id(date: str) -> None:
    (only,) = ids_of([report("a.md", 0, event(date, "Ministers met."))])
    assert only.startswith(date.lower())


# --------------------------------------------------------------------------- the scorer
def _entry_with(seed: str, *events: Event) -> Entry:
    return Entry(slug="e", path="e.md", title="t", date=dt.date(2010, 1, 13), seed=seed, events=events)


def test_pairs_are_scored_as_the_format_says() -> None:
    quake = "a magnitude 7.0 earthquake struck Haiti on Tuesday"
    gold = {
        "articles": ["a.txt", "b.txt"],
        "happenings": [
            {
                "id": "quake",
                "date": "2010-01-12",
                "reports": [{"article": "a.txt", "sentence": quake}, {"article": "b.txt", "sentence": quake}],
            },
            {
                "id": "aid",
                "date": "2010-01-13",
                "reports": [{"article": "b.txt", "sentence": "aid began arriving on Wednesday"}],
            },
        ],
    }

    def ev(date: str, text: str, happening: str) -> Event:
        return Event(date=date, precision="day", text=text, happening=happening)

    entries = {
        "a.txt": _entry_with("a.txt", ev("2010-01-12", f"Yesterday {quake}, officials said.", "h1")),
        "b.txt": _entry_with(
            "b.txt",
            ev("2010-01-12", f"{quake.capitalize()}.", "h1"),
            ev("2010-01-13", "Then aid began arriving on Wednesday.", "h2"),
            ev("2010-01-13", "Nobody wrote this one in the gold file.", "h2"),
        ),
    }
    s = score_story("s", gold, entries)
    assert (s.events, s.matched) == (4, 3)
    assert (s.ours.tp, s.ours.fp, s.ours.fn) == (1, 1, 0)  # the unmatched event merged with a matched one: a false pair
    assert (s.naive.tp, s.naive.fp, s.naive.fn) == (1, 1, 0)


def test_score_happenings_command_floors_and_an_empty_folder(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "generator", "score", "--happenings", str(gold), *args]
        return subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=env, timeout=600)

    empty = run()
    assert empty.returncode == 2 and "no gold happenings" in empty.stderr
    article = "tests/corpus/real/haiti-quake-2010-06-voa.txt"
    (gold / "one.yaml").write_text(
        "story: one\nsplit: dev\narticles: [" + article + "]\nhappenings:\n"
        "  - id: quake\n    date: 2010-01-12\n    what: An earthquake strikes Haiti\n    reports:\n"
        f"      - article: {article}\n"
        "        sentence: slowly trickling in following Tuesday's devastating earthquake\n"
        f"      - article: {article}\n        sentence: were killed in Tuesday's 7.0 magnitude earthquake\n",
        encoding="utf-8",
    )
    passed = run("--min-precision", "0")
    assert passed.returncode == 0, passed.stderr
    assert "pooled (micro) dev" in passed.stdout
    failed = run("--min-precision", "1.01")
    assert failed.returncode == 1 and "dev precision" in failed.stderr


# --------------------------------------------------------------------------- blocks shared over the cores
def _many_reports() -> list[H.Report]:
    """600 reports: sentences of the real texts, each told by several articles on nearby
    dates, with a few actors, so that blocks are large and many pairs are links."""
    import random

    rng = random.Random(14)
    sentences = [
        s.strip() + "."
        for path in sorted(REAL.glob("*.txt"))[:40]
        for s in path.read_text(encoding="utf-8").split(". ")[1:6]
        if len(s.split()) > 6
    ]
    actors = ("barack-obama", "united-nations", "rene-preval", "")
    dates = ("2010-01-12", "2010-01-13", "2010-01-14", "2010-W02", "2010-01", "2010")
    out = []
    for k in range(600):
        text = sentences[k % len(sentences)]
        actor = rng.choice(actors)
        ev = event(rng.choice(dates), text, (actor,) if actor else (), evidence=text.split()[0])
        out.append(report(f"e{k % 200:03}.md", k // 200, ev, day=f"2010-01-{12 + k % 5:02}"))
    return out


def _links_in_one_loop(reports: list[H.Report]) -> dict[tuple[int, int], float]:
    """``links``' pairs of the blocks by date as they were before the blocks were shared over the cores:
    one loop over them."""
    import numpy

    found: dict[tuple[int, int], float] = {}
    rare = H._rare_names(reports)
    for queries, choices, lowest in H._blocks(reports):
        scores = H._scores([reports[i].words for i in queries], [reports[j].words for j in choices], lowest)
        near_q, near_c = [reports[i].near for i in queries], [reports[j].near for j in choices]
        if any(reports[i].near != reports[i].words for i in (*queries, *choices)):
            scores = numpy.maximum(scores, H._scores(near_q, near_c, lowest))
        if queries is choices:
            scores = numpy.triu(scores, 1)
        for x, y in zip(*numpy.nonzero(scores), strict=True):
            i, j = queries[x], choices[y]
            pair = (min(i, j), max(i, j))
            if i == j or pair in found:
                continue
            a, b = reports[pair[0]], reports[pair[1]]
            score = float(scores[x, y])
            if score >= H.bar(a, b) and H._comparable(a, b) and H._enough_in_common(a, b, rare):
                found[pair] = H._with_shared_words(score, a, b)
    return found


def test_links_shared_over_the_cores_are_those_of_one_loop(monkeypatch) -> None:
    """The same pairs, similarities and order (``_clusters`` reads them in that order) whether the
    blocks are shared over forked processes or run in one loop."""
    alone = _links_in_one_loop(_many_reports())
    monkeypatch.setattr(H, "PARALLEL_BLOCKS", 2)
    monkeypatch.setattr("generator.core.workers.cores", lambda: 2)
    reports = _many_reports()
    shared = H._linked_in_blocks(reports, H._rare_names(reports))
    assert len(alone) > 500 and list(shared.items()) == list(alone.items())


def test_a_days_scores_worked_out_once_are_those_of_each_block() -> None:
    """``_DayScores``: a block of a day's reports with themselves takes its scores from the day's, cut
    off at its bar: the same bits as ``cdist`` over the block (``_scores``), for every such block."""
    import numpy

    reports = _many_reports()
    days = H._DayScores(reports)
    blocks = [(q, low) for q, c, low in H._blocks(reports) if q is c]
    assert len(blocks) > 20 and {low for _, low in blocks} >= {H.SAME_DAY_SHARED_ACTOR, H.SAME_DAY}
    for members, low in blocks:
        alone = H._scores([reports[i].words for i in members], [reports[i].words for i in members], low)
        if any(reports[i].near != reports[i].words for i in members):
            near = [reports[i].near for i in members]
            alone = numpy.maximum(alone, H._scores(near, near, low))
        got = days.of(members, low)
        assert got is not None and got.dtype == alone.dtype and got.tobytes() == alone.tobytes()
    assert days.of([i for i, r in enumerate(reports) if r.event.precision == "year"][:3], 0.0) is None


def test_a_pair_turned_down_early_lacks_what_enough_in_common_needs() -> None:
    """``_may_have_enough`` is what ``_enough_in_common`` needs: no pair of the many reports passes the
    second without the first."""
    reports = _many_reports()
    rare = H._rare_names(reports)
    pairs = [(a, b) for k, a in enumerate(reports) for b in reports[k + 1 :: 7]]
    enough = [H._enough_in_common(a, b, rare) for a, b in pairs]
    early = [H._may_have_enough(a, b) for a, b in pairs]
    assert sum(enough) > 100 and sum(not e for e in early) > 100
    assert all(e for e, ok in zip(early, enough, strict=True) if ok)


def test_a_name_two_reports_mention_lowers_the_bar_like_a_weaker_common_actor() -> None:
    congrats = "We congratulate ESA on its successful landing on Comet 67P/Churyumov-Gerasimenko today."
    assert H.proper_names(congrats) == {"esa", "comet", "67p", "churyumov", "gerasimenko"}
    assert H.proper_names("ESA officials said President Juncker spoke on Wednesday.") == {"esa", "juncker"}
    assert H.proper_names("Officials said the lander touched down.") == set()  # a known first word is no name
    landed = "The lander touched down on comet 67P after a seven-hour descent."
    probe = "The lander touched down on the comet after a seven-hour descent."
    a, b, c = (report(f"{k}.md", 0, event("2014-11-12", t)) for k, t in (("a", congrats), ("b", landed), ("c", probe)))
    assert H.bar(a, b) == H.SAME_DAY_SHARED_NAME < H.SAME_DAY == H.bar(a, c)
    # two reports each naming actors, none in common: their actors say who, a name they both mention does not
    esa = report("a.md", 0, event("2014-11-12", congrats, ("european-space-agency",)))
    nasa = report("b.md", 0, event("2014-11-12", landed, ("nasa",)))
    assert H.bar(esa, nasa) == H.SAME_DAY_OTHER_ACTORS


def test_one_side_named_in_two_ways_is_a_common_actor() -> None:
    # a person by full name and by surname; a government and its titled minister
    full = report("a.md", 0, event("2011-05-24", "President Barack Obama toured the damage.", ("barack-obama",)))
    surname = report("b.md", 0, event("2011-05-24", "Obama met survivors of the storm.", ("obama",)))
    assert H.same_side(full, surname) and H.bar(full, surname) == H.SAME_DAY_SHARED_ACTOR
    minister = event(
        "2014-03-20", "Australian Prime Minister Tony Abbott announced the findings on Thursday.", ("tony-abbott",)
    )
    country = event("2014-03-20", "Australia released satellite imagery Thursday of two objects.", ("australia",))
    a, b = report("a.md", 0, minister), report("b.md", 0, country)
    assert a.sides == {"tony-abbott", "australia"}
    assert H.bar(a, b) == H.SAME_DAY_SHARED_ACTOR
    # a country named elsewhere in the sentence does not title the actor; other actors stay other
    elsewhere = event("2014-03-20", "Tony Abbott met the Australian crews on Thursday.", ("tony-abbott",))
    assert report("c.md", 0, elsewhere).sides == {"tony-abbott"}
    other = report("d.md", 0, event("2014-03-20", country.text.replace("Australia", "The UN"), ("united-nations",)))
    assert not H.same_side(b, other) and H.bar(b, other) == H.SAME_DAY_OTHER_ACTORS
    united = report("e.md", 0, event("2014-03-20", country.text, ("united-states",)))
    assert not H.same_side(other, united)
    capital = report("f.md", 0, event("2014-03-20", "Canberra released the images on Thursday.", ("canberra",)))
    assert H.same_side(capital, b) and not H.same_side(capital, other)


def test_a_dateline_and_the_date_phrase_of_its_sentence_are_one_happening() -> None:
    text = "WASHINGTON, March 18, 2014 – Defense Secretary Chuck Hagel spoke with his Malaysian counterpart last night."
    dateline = report("a.md", 0, event("2014-03-18", text, ("chuck-hagel",), evidence="March 18, 2014"))
    night = report("a.md", 1, event("2014-03-17", text, ("chuck-hagel",), evidence="last night"))
    assert len(set(ids_of([dateline, night]))) == 1
    # two date phrases of one sentence, neither a dateline: two happenings (as before)
    plain = "Hagel spoke with his counterpart on March 18, 2014, after the crash last night."
    first = report("b.md", 0, event("2014-03-18", plain, ("chuck-hagel",), evidence="March 18, 2014"))
    second = report("b.md", 1, event("2014-03-17", plain, ("chuck-hagel",), evidence="last night"))
    assert len(set(ids_of([first, second]))) == 2


def test_two_dates_attached_to_one_happening_noun_need_nothing_else_in_common() -> None:
    after = event(
        "2010-01-12", "Rescuers worked through the night after the earthquake on Tuesday.", evidence="on Tuesday"
    )
    toll = event("2010-01-12", "Officials counted the dead from Tuesday's powerful earthquake.", evidence="Tuesday")
    a, b = report("a.md", 0, after, day="2010-01-13"), report("b.md", 0, toll, day="2010-01-14")
    assert a.anchors & b.anchors == {"quake"} and H.in_common(a, b) < H.MIN_SHARED
    assert len(set(ids_of([a, b]))) == 1
    # a noun that names no happening ("the coast") is not enough
    coast = event("2010-01-12", "Ships reached the coast on Tuesday with food.", evidence="on Tuesday")
    boats = event("2010-01-12", "Boats left the coast on Tuesday at dawn.", evidence="on Tuesday")
    c, d = report("c.md", 0, coast), report("d.md", 0, boats)
    assert c.anchors & d.anchors == {"coast"}
    assert len(set(ids_of([c, d]))) == 2


def test_a_happening_noun_dated_by_its_month_and_by_its_day_is_one_happening() -> None:
    month = event("2010-01", "Donors pledged aid after the earthquake in January.", evidence="in January")
    day = event("2010-01-12", "Rescuers dug through rubble from Tuesday's powerful earthquake.", evidence="Tuesday")
    a, b = report("a.md", 0, month, day="2010-03-01"), report("b.md", 0, day, day="2010-01-14")
    assert (0, 1) in set(H._anchored([a, b])) and len(set(ids_of([a, b]))) == 1
    february = event("2010-02", "Donors pledged aid after the earthquake in February.", evidence="in February")
    assert not H._anchored([report("c.md", 0, february), b])


def test_a_happening_noun_two_sides_date_is_not_one_happening() -> None:
    mali = event("2012-04", "Mali was scheduled to hold elections next month.", ("mali",), evidence="next month")
    burma = event(
        "2012-04-01", "The party announced victory after polls closed in the by-elections late Sunday.", ("nld",)
    )
    burma = Event(**{**burma.__dict__, "evidence": "late Sunday"})
    a, b = report("a.md", 0, mali), report("b.md", 0, burma)
    assert a.anchors & b.anchors == {"elect"}
    assert len(set(ids_of([a, b]))) == 2
    unnamed = Event(**{**burma.__dict__, "actors": ()})
    assert len(set(ids_of([a, report("c.md", 0, unnamed)]))) == 1


def test_the_same_day_bars_leave_one_story_out_chose_link_a_month_and_a_day_that_name_one_thing() -> None:
    # The same-day bars were lowered 10, then 15 together (leave-one-story-out on the dev gold): a month's plan
    # and the day it happened, naming one thing and little else alike, are one happening (under the first bars).
    planned = event(
        "2031-03",
        "The high point of the long voyage comes in March, when the research ship lowers its small yellow "
        "submersible onto the Vostok shelf, a first for any polar expedition.",
        evidence="in March",
    )
    done = event(
        "2031-03-09",
        "Scientists celebrated today after the probe touched the Vostok floor following a four-hour descent "
        "through freezing currents.",
        evidence="today",
    )
    a, b = report("a.md", 0, planned, day="2031-02-01"), report("b.md", 0, done, day="2031-03-09")
    alike = max(H.fuzz.token_set_ratio(a.words, b.words), H.fuzz.token_set_ratio(a.near, b.near))
    assert H.bar(a, b) < alike < H.bar(a, b) + 25
    assert len(set(ids_of([a, b]))) == 1


def _plan_and_done(done_day: str, plan_written: str = "2031-03-01") -> tuple[H.Report, H.Report]:
    planned = event(
        "2031-03-09",
        "The small yellow submersible is scheduled to reach the Vostok shelf on March 9, where it will sample the ice.",
        status="planned",
        evidence="on March 9",
    )
    done = event(
        done_day,
        "Officials said the submersible touched the Vostok floor on schedule today after a four-hour descent from "
        "its mother ship.",
        evidence="today",
    )
    return report("a.md", 0, planned, day=plan_written), report("b.md", 0, done, day=done_day)


def test_a_plan_and_its_happening_a_day_later_are_held_to_the_same_day_bar_and_a_slip() -> None:
    # "scheduled to reach the surface on November 11", "touched down on schedule Wednesday" (the 12th):
    # a plan's day moves, so a day apart is not held to NEXT_DAY's bar.
    plan, done = _plan_and_done("2031-03-10")
    alike = max(H.fuzz.token_set_ratio(plan.words, done.words), H.fuzz.token_set_ratio(plan.near, done.near))
    assert H.plan_moved(plan, done) and H.plan_moved(done, plan)
    assert H.bar(plan, done) == H.SAME_DAY_SHARED_NAME + H.PLANNED_SLIP < alike < H.NEXT_DAY  # "Vostok"
    assert len(set(ids_of([plan, done]))) == 1
    two_days = _plan_and_done("2031-03-11")[1]
    assert len(set(ids_of([plan, two_days]))) == 2  # a day apart at most (DAY_SLACK)


def test_a_happening_before_the_plan_was_written_is_not_what_it_plans() -> None:
    # "will deploy a team to Haiti today", written the day after "Tuesday's earthquake"
    plan, done = _plan_and_done("2031-03-08", plan_written="2031-03-09")
    assert not H.plan_moved(plan, done)
    assert H.bar(plan, done) == H.NEXT_DAY
    assert len(set(ids_of([plan, done]))) == 2


def test_a_plan_for_the_day_it_was_written_does_not_move_to_the_next_day() -> None:
    # "is scheduled to arrive in Pakistan this evening", written that day, and a next day's other report: a plan
    # made days ahead may slip a day ("scheduled to reach the surface on November 11"); one for the day of
    # writing has had no time to, and a report of the next day is of something else.
    planned = event(
        "2031-03-09",
        "The small yellow submersible is scheduled to reach the Vostok shelf this evening, where it will sample ice.",
        status="planned",
        evidence="this evening",
    )
    plan = report("a.md", 0, planned, day="2031-03-09")
    done = _plan_and_done("2031-03-10")[1]
    alike = max(H.fuzz.token_set_ratio(plan.words, done.words), H.fuzz.token_set_ratio(plan.near, done.near))
    assert H.SAME_DAY_SHARED_NAME + H.PLANNED_SLIP < alike < H.NEXT_DAY  # alike enough for a plan that moved
    assert not H.plan_moved(plan, done) and not H.plan_moved(done, plan)
    assert H.bar(plan, done) == H.NEXT_DAY
    assert len(set(ids_of([plan, done]))) == 2
    ahead = report("a.md", 0, planned, day="2031-03-08")  # the same plan written the day before: it may move
    assert H.plan_moved(ahead, done) and len(set(ids_of([ahead, done]))) == 1


def test_two_plans_or_two_reports_a_day_apart_keep_the_next_day_bar() -> None:
    plan, done = _plan_and_done("2031-03-10")
    as_reported = report("c.md", 0, dataclasses.replace(plan.event, status="reported"), day="2031-03-01")
    as_planned = report("d.md", 0, dataclasses.replace(done.event, status="planned"), day="2031-03-10")
    assert not H.plan_moved(as_reported, done) and not H.plan_moved(plan, as_planned)
    assert H.bar(as_reported, done) == H.bar(plan, as_planned) == H.NEXT_DAY
    assert len(set(ids_of([as_reported, done]))) == 2


def test_a_trip_and_the_next_days_meeting_sharing_only_who_acted_are_two_happenings() -> None:
    # a plan for two days and a meeting the day after: one actor and one name in common (MIN_SHARED), alike
    # enough for a plan that slipped a day, but no word of what happened (a visit, a meeting) in common
    trip = event(
        "2031-05-13",
        "On Monday, May 12, and Tuesday, May 13, the Minister will make her third visit to the flooded valley to "
        "review the relief work of Acme Corp.",
        ("jane-roe",),
        "planned",
        "Tuesday, May 13",
    )
    met = event(
        "2031-05-14",
        "Minister Jane Roe today met with the chairman of Acme Corp in the capitol's east room.",
        ("jane-roe", "acme-corp"),
        evidence="today",
    )
    plan, done = report("a.md", 0, trip, day="2031-05-09"), report("b.md", 0, met, day="2031-05-14")
    alike = max(H.fuzz.token_set_ratio(plan.words, done.words), H.fuzz.token_set_ratio(plan.near, done.near))
    assert H.plan_moved(plan, done) and H.in_common(plan, done) >= H.MIN_SHARED and alike >= H.bar(plan, done)
    assert H._told_apart(plan, done) and not H._enough_in_common(plan, done, frozenset())
    assert len(set(ids_of([plan, done]))) == 2
    # the meeting planned for the day before, and held a day late: "meet" in common, one happening
    meeting = dataclasses.replace(
        trip, text="The Minister will meet with the chairman of Acme Corp on Tuesday, May 13.", evidence="on Tuesday"
    )
    planned = report("c.md", 0, meeting, day="2031-05-09")
    assert not H._told_apart(planned, done) and len(set(ids_of([planned, done]))) == 1
    same_day = report("d.md", 0, dataclasses.replace(met, date="2031-05-13"), day="2031-05-13")
    assert not H._told_apart(plan, same_day)  # a day in common: the rule is for days apart only


def test_one_side_named_in_two_ways_is_one_thing_in_common_and_picks_the_happening_joined() -> None:
    # a country and the prime minister it titles share no word of their names: the side still counts
    minister = event(
        "2014-03-20",
        "Australian Prime Minister Tony Abbott, who announced the findings on Thursday, warned about the objects.",
        ("tony-abbott",),
        evidence="on Thursday",
    )
    country = event(
        "2014-03-20",
        "Australia released satellite imagery on Thursday of two objects.",
        ("australia",),
        evidence="on Thursday",
    )
    a, b = report("b.md", 0, minister), report("c.md", 0, country)
    assert H.in_common(a, b) == 2  # "object" and the side
    assert len(set(ids_of([a, b]))) == 1
    other = report("c.md", 0, event("2014-03-20", country.text, ("united-nations",), evidence="on Thursday"))
    assert H.in_common(a, other) == 1
    # a report naming no one, about as like the country's as the minister's is, does not take it from its
    # side: the country's report picks the minister's (_clusters); then the report naming no one, of the same
    # objects on the same Thursday, joins the two (_settled), as it would had it come last in the order
    spotted = event(
        "2014-03-20",
        "Australian Prime Minister Tony Abbott announced on Thursday that satellites had spotted two objects.",
        ("tony-abbott",),
        evidence="on Thursday",
    )
    searched = event(
        "2014-03-20", "Aircraft searched the sea on Thursday for objects seen in imagery.", evidence="on Thursday"
    )
    first, c = report("a.md", 0, searched), report("b.md", 0, spotted)
    found = ids_of([first, c, b])
    assert found[0] == found[1] == found[2]
    assert ids_of([c, b, first]) == [found[0]] * 3  # the same, whichever comes first
    reports = [first, c, b]  # in their canonical order: the country's report picks the minister's, not the first
    assert sorted(map(sorted, H._clusters(reports, H.links(reports)))) == [[0], [1, 2]]


def test_a_happening_noun_closing_a_compound_is_what_its_date_dates() -> None:
    # "attack" may be a verb; after a noun in the singular or a name it is a compound's head, a noun
    sealed = event(
        "2018-03-04", "Police sealed off the street after the nerve agent attack on Sunday.", evidence="on Sunday"
    )
    treated = event("2018-03-04", "Doctors treated the victims of Sunday's chemical attack.", evidence="Sunday")
    a, b = report("a.md", 0, sealed, day="2018-03-06"), report("b.md", 0, treated, day="2018-03-07")
    assert "attack" in a.anchors & b.anchors and H.in_common(a, b) < H.MIN_SHARED
    assert len(set(ids_of([a, b]))) == 1
    assert H.anchor_nouns("The Salisbury attack on Sunday shocked the town.", "on Sunday") == ["attack"]
    # a verb after its subject, a modal or "to" is no compound's head
    assert H.anchor_nouns("NATO ministers meet on Wednesday in Brussels.", "on Wednesday") == []
    assert "attack" not in H.anchor_nouns("Officials feared the rebels would attack on Sunday.", "on Sunday")


def test_a_relative_clause_dates_the_happening_noun_it_is_about() -> None:
    dug = event(
        "2015-04-25",
        "Rescuers dug through rubble after the earthquake, which struck on Saturday.",
        evidence="on Saturday",
    )
    sent = event(
        "2015-04-25", "Donors sent tents after the earthquake that hit the capital on Saturday.", evidence="on Saturday"
    )
    a, b = report("a.md", 0, dug, day="2015-04-27"), report("b.md", 0, sent, day="2015-04-28")
    assert "quake" in a.anchors & b.anchors and H.in_common(a, b) < H.MIN_SHARED
    assert len(set(ids_of([a, b]))) == 1
    # not past another clause, nor from a verb's "that"
    assert H.anchor_nouns("The storms that hit the coast, officials said, ended on Friday.", "on Friday") == []
    assert H._antecedent("Officials announced that aid arrived on Friday.", "on Friday") == []


def test_a_possessive_is_its_owner() -> None:
    conceded = event("2016-12-09", "Ghana's president conceded defeat on Friday.", evidence="on Friday")
    again = event("2016-12-09", "The president of Ghana conceded on Friday.", evidence="on Friday")
    a, b = report("a.md", 0, conceded), report("b.md", 0, again)
    assert "ghana" in a.lemma_set and H.in_common(a, b) == 2
    assert len(set(ids_of([a, b]))) == 1


def test_an_actor_and_its_acronym_are_one_side() -> None:
    # "ESA" and "the European Space Agency" on one day: one side, not two actors' alike words
    esa = event(
        "2031-03-12",
        "ESA said its probe landed on the comet on Wednesday after a seven-hour descent.",
        ("esa",),
        evidence="on Wednesday",
    )
    agency = event(
        "2031-03-12",
        "Engineers of the European Space Agency in Darmstadt cheered the comet touchdown on Wednesday.",
        ("european-space-agency",),
        evidence="on Wednesday",
    )
    a, b = report("a.md", 0, esa), report("b.md", 0, agency, day="2031-03-12")
    league = report("c.md", 0, dataclasses.replace(agency, actors=("european-football-league",)), day="2031-03-12")
    assert H.bar(a, league) == H.SAME_DAY_OTHER_ACTORS  # another actor: two sides' bar
    assert H.same_side(a, b) and H.bar(a, b) == H.SAME_DAY_SHARED_ACTOR
    assert len(set(ids_of([a, b]))) == 1
    with pytest.MonkeyPatch.context() as mp:  # without the acronym, two sides whose words are not alike enough
        mp.setattr(H, "acronym", lambda slug: "")
        a2, b2 = report("a.md", 0, esa), report("b.md", 0, agency, day="2031-03-12")
        assert not H.same_side(a2, b2) and len(set(ids_of([a2, b2]))) == 2
    assert H.acronym("national-aeronautics-and-space-administration") == "nasa"
    assert H.acronym("united-nations") == H.acronym("barack-obama") == ""  # two words' initials name too much
    other = report("c.md", 0, dataclasses.replace(agency, actors=("european-sports-association",)), day="2031-03-12")
    assert not H.same_side(b, other)  # two names with one acronym are not one side


def test_a_months_plan_and_its_day_worded_apart_are_one_happening_at_the_bars_lowered_again() -> None:
    # "The highlight of the mission will come in November, when Rosetta will release a small probe that will
    # land", "We congratulate ESA on their successful landing on a comet today": the same-day bars lowered
    # 15 more by leave-one-story-out join them (two things in common, little else alike).
    planned = event(
        "2031-03",
        "The high point of the voyage comes in March, when Vostok will lower a small yellow submersible that will "
        "land on the polar shelf, a first for any expedition.",
        evidence="in March",
    )
    done = event(
        "2031-03-09", "We congratulate the crew on their successful landing on an ice shelf today.", evidence="today"
    )
    a, b = report("a.md", 0, planned, day="2031-02-01"), report("b.md", 0, done, day="2031-03-09")
    alike = max(H.fuzz.token_set_ratio(a.words, b.words), H.fuzz.token_set_ratio(a.near, b.near))
    assert H.bar(a, b) < alike < H.bar(a, b) + 15 and H.in_common(a, b) == H.MIN_SHARED
    assert len(set(ids_of([a, b]))) == 1


def test_a_report_linked_to_two_happenings_joins_the_one_of_its_own_day() -> None:
    # "arrived in the United States on January 19th, following his extradition": more words in common with
    # "announced Friday that ... will face charges following his extradition" (the 20th) than with "arrived in
    # New York late Thursday" (the 19th), which is its happening: sharing the day weighs in the choice.
    announced = event(
        "2031-03-07",
        "Federal authorities announced Friday that Juan Perez will face charges filed in Brooklyn following his "
        "extradition to the United States from Mexico.",
        evidence="Friday",
    )
    arrived = event(
        "2031-03-06",
        "Perez arrived in New York late Thursday under heavy escort by federal agents.",
        ("juan-perez",),
        evidence="late Thursday",
    )
    other = event(
        "2031-03-06",
        "Juan Perez arrived in the United States on March 6th, following his extradition from Mexico.",
        ("juan-perez",),
        evidence="on March 6th",
    )
    a0, a1 = report("a.md", 0, announced, day="2031-03-07"), report("a.md", 1, arrived, day="2031-03-07")
    b = report("b.md", 0, other, day="2031-03-10")
    linked = H.links([a0, a1, b])
    assert set(linked) == {(0, 2), (1, 2)}  # linked to both
    assert H.fuzz.token_set_ratio(a0.words, b.words) > H.fuzz.token_set_ratio(a1.words, b.words)
    assert H._date_share(a1, b) == 1 and H._date_share(a0, b) == 0
    ids = ids_of([a0, a1, b])
    assert ids[2] == ids[1] != ids[0]


def test_an_actor_the_other_report_names_without_acting_is_not_another_side() -> None:
    # Charles Taylor acts in one report and is named, not acting, in the other: not two sides' words
    upheld = "Today's ruling upholding the conviction of Charles Taylor marks a milestone for Liberia."
    dismissed = "On 26 September 2013, the court dismissed Taylor's appeal against that conviction."
    a = report("a.md", 0, event("2013-09-26", upheld, ("liberia",)))
    b = report("b.md", 0, event("2013-09-26", dismissed, ("charles-taylor",)))
    assert H.bar(a, b) == H.SAME_DAY < H.SAME_DAY_OTHER_ACTORS
    assert H.in_common(a, b) >= H.MIN_SHARED and len(set(ids_of([a, b]))) == 1
    # the surname alone is no mention of the actor: the two stay two sides' words
    c = report("c.md", 0, event("2013-09-26", upheld.replace("Charles Taylor", "Mr Smith"), ("liberia",)))
    assert H.bar(c, b) == H.SAME_DAY_OTHER_ACTORS
    # a name inside a long name ("the Special Court for Sierra Leone") is named too, and one thing in common
    court = "On 26 April the Special Court for Sierra Leone handed down its landmark judgment."
    d = report("d.md", 0, event("2012-04-26", court, ("charles-taylor",)))
    e = report("e.md", 0, event("2012-04-26", "Today's ruling marks a landmark for Sierra Leone.", ("sierra-leone",)))
    # Sierra Leone named, "landmark", and a judgment and a ruling (one kind of happening: HAPPENING_KINDS)
    assert H.bar(d, e) == H.SAME_DAY and H.in_common(d, e) == 3


def test_one_articles_possessive_dates_of_happening_nouns_are_one_happening() -> None:
    verdict = event("2012-04-26", "We applaud today's verdict of the court.", ("special-court",), evidence="today")
    ruling = event("2012-04-26", "We hope today's ruling will dissuade others.", evidence="today")
    a, b = report("a.md", 0, verdict), report("a.md", 1, ruling)
    assert len(set(ids_of([a, b]))) == 1
    # the same words with a date attached to no noun ("the ruling today" is one kind with "today's verdict":
    # ``HAPPENING_KINDS``): no pair of possessives, but a line naming the kind of the happening the other
    # dates (``_one_articles_named_happenings``); two sides', or two articles: the bars as before
    plain = event("2012-04-26", "We hope the ruling will dissuade others today.", evidence="today")
    assert H._one_articles_dated_happenings([a, report("a.md", 1, plain)]) == []
    assert len(set(ids_of([a, report("a.md", 1, plain)]))) == 1
    attached = event("2012-04-26", "We hope the ruling today will dissuade others.", evidence="today")
    assert len(set(ids_of([a, report("a.md", 1, attached)]))) == 1
    other = event("2012-04-26", ruling.text, ("european-union",), evidence="today")
    assert len(set(ids_of([a, report("a.md", 1, other)]))) == 2
    assert H._one_articles_dated_happenings([a, report("b.md", 0, ruling)]) == []


def test_one_articles_possessive_dates_of_two_kinds_of_happening_are_two() -> None:
    """ "Tuesday's earthquake" and "Tuesday's rescue", "Tuesday's funeral", "Tuesday's meeting" in one
    article are two happenings; "Tuesday's quake" (a compound's head) and a court's "verdict" and
    "ruling" (one kind, ``HAPPENING_KINDS``) are one."""
    quake = event("2010-01-12", "Tuesday's earthquake flattened much of the capital.", evidence="Tuesday")
    others = (
        "Tuesday's rescue of a girl from the rubble drew crowds.",
        "Tuesday's funeral of the archbishop drew crowds.",
        "Tuesday's meeting of donors pledged aid.",
        "Tuesday's explosion at the port killed dozens.",
    )
    for text in others:
        other = report("a.md", 1, event("2010-01-12", text, evidence="Tuesday"))
        assert H._one_articles_dated_happenings([report("a.md", 0, quake), other]) == [], text
        assert len(set(ids_of([report("a.md", 0, quake), other]))) == 2, text
    again = report("a.md", 1, event("2010-01-12", "Tuesday's quake killed thousands.", evidence="Tuesday"))
    assert H._one_articles_dated_happenings([report("a.md", 0, quake), again]) == [(0, 1)]
    assert H._kind(H.lemma("verdict")) == H._kind(H.lemma("ruling")) != H._kind(H.lemma("funeral"))


def test_one_articles_sentence_dating_a_happening_noun_is_the_happening_another_of_its_lines_names() -> None:
    """ "Saturday's quake" and "A magnitude 7.8 earthquake struck ... on Saturday" in one article are one
    happening though their words are not alike; not a sentence dating another happening noun ("Saturday's
    funeral of those killed in the earthquake"), another day's, two sides' or another article's."""
    struck = event(
        "2015-04-25", "A magnitude 7.8 earthquake struck the mountain kingdom on Saturday.", evidence="on Saturday"
    )
    toll = event(
        "2015-04-25", "The death toll from Saturday's quake rose past 2,500 by nightfall.", evidence="Saturday"
    )
    a, b = report("a.md", 0, struck), report("a.md", 1, toll)
    assert H.in_common(a, b) < H.MIN_SHARED and "quake" in a.line_kinds and "quake" in b.anchor_kinds
    assert H._one_articles_named_happenings([a, b]) == [(0, 1)]
    assert len(set(ids_of([a, b]))) == 1
    funeral = event(
        "2015-04-25", "Saturday's funeral of those killed in the earthquake drew crowds.", evidence="Saturday"
    )
    c = report("a.md", 1, funeral)
    assert H._one_articles_named_happenings([a, b, c]) == [(0, 1)]  # its date is the funeral's
    assert len(set(ids_of([a, c]))) == 2
    sunday = report("a.md", 1, event("2015-04-26", toll.text.replace("Saturday", "Sunday"), evidence="Sunday"))
    elsewhere = report("b.md", 0, toll)
    sides = report("a.md", 1, event("2015-04-25", toll.text, ("india",), evidence="Saturday"))
    nepal = report("a.md", 0, event("2015-04-25", struck.text, ("china",), evidence="on Saturday"))
    for other in (sunday, elsewhere):
        assert H._one_articles_named_happenings([a, other]) == []
    assert H._one_articles_named_happenings([nepal, sides]) == []
    # a date attached to a happening noun that its line leaves out: the line is another happening's
    met = event("2018-06-12", "The two leaders met in Geneva on Tuesday.", evidence="on Tuesday")
    signed = dataclasses.replace(
        event(
            "2018-06-12",
            "After Tuesday's summit in Geneva, the two leaders signed a joint statement.",
            evidence="Tuesday",
        ),
        summary="The two leaders sign a joint statement",
    )
    d, e = report("g.md", 0, met), report("g.md", 1, signed)
    assert "meeting" in d.line_kinds and "meeting" in e.anchor_kinds and "meeting" not in e.line_kinds
    assert H._one_articles_named_happenings([d, e]) == []


def test_a_year_and_a_date_inside_it_sharing_a_long_figure_are_one_happening_when_it_is_of_one_date() -> None:
    """ "Resolution 1315 (2000)" is the year of "In September 2000, with the adoption of resolution
    1315": a long figure a year's report shares with reports of one date inside that year. Shared with
    reports of two dates, it says nothing of which: no link."""
    year = event(
        "2000",
        "The United States helped negotiate UN Security Council Resolution 1315 (2000), which set up the court.",
        evidence="2000",
    )
    month = event(
        "2000-09",
        "In September 2000, with the adoption of resolution 1315, the Council showed its commitment.",
        ("un-security-council",),
        evidence="In September 2000",
    )
    ids = ids_of([report("a.md", 0, year, day="2013-12-01"), report("b.md", 0, month, day="2012-04-26")])
    assert ids[0] == ids[1]
    later = event("2000-11-02", "The council cited resolution 1315 again on Thursday.", evidence="on Thursday")
    ids = ids_of(
        [
            report("a.md", 0, year, day="2013-12-01"),
            report("b.md", 0, month, day="2012-04-26"),
            report("c.md", 0, later, day="2000-11-03"),
        ]
    )
    assert ids[0] not in ids[1:]
    # another year, or no figure in common: two happenings
    other = dataclasses.replace(year, date="2001", text=year.text.replace("(2000)", "(2001)"))
    assert len(set(ids_of([report("a.md", 0, other, day="2013-12-01"), report("b.md", 0, month)]))) == 2


def test_dates_attached_to_two_nouns_of_one_kind_of_happening_are_one_happening() -> None:
    """ "Tuesday's vote" and "the election on Tuesday" (``HAPPENING_KINDS``) are one happening, as two
    reports of "the election" are; "the meeting on Wednesday" and "Wednesday's press conference" (a
    press conference at a meeting) are two."""
    vote = event("2016-12-06", "Long queues formed for Tuesday's vote in the capital.", evidence="Tuesday")
    election = event(
        "2016-12-06", "Turnout in the election on Tuesday was high, observers said.", evidence="on Tuesday"
    )
    assert len(set(ids_of([report("a.md", 0, vote), report("b.md", 0, election)]))) == 1
    meeting = event("2022-04-06", "Diplomats gathered early for the meeting on Wednesday.", evidence="on Wednesday")
    press = event("2022-04-06", "Reporters crowded into Wednesday's press conference.", evidence="Wednesday")
    assert len(set(ids_of([report("a.md", 0, meeting), report("b.md", 0, press)]))) == 2


def test_a_year_and_a_day_inside_it_dating_one_happening_noun_are_one_happening_when_one_day_has_it() -> None:
    """ "The 2004 tsunami" is "the tsunami on December 26" when the content dates the tsunami by one day
    of 2004 only (``_years_and_inside``), and the two name one thing besides it ("Aceh"): "the disputed
    2009 presidential election" of an article on one country is not "Sunday's election" of one on another."""
    year = event("2004", "Survivors of the 2004 tsunami gathered in Banda Aceh.", evidence="2004")
    day = event(
        "2004-12-26", "Fishermen were off Aceh when the tsunami on December 26 struck.", evidence="on December 26"
    )
    found = ids_of([report("a.md", 0, year, day="2014-12-26"), report("b.md", 0, day, day="2004-12-28")])
    assert found[0] == found[1]
    unnamed = event("2004-12-26", day.text.replace("off Aceh", "at sea"), evidence="on December 26")
    assert len(set(ids_of([report("a.md", 0, year, day="2014-12-26"), report("b.md", 0, unnamed)]))) == 2
    riots = event(
        "2009",
        "Governor Odalo is on trial over the riots after the contested 2009 presidential election.",
        evidence="2009",
    )
    vote = event("2009-05-17", "Monitors said Sunday's presidential election was badly run.", evidence="Sunday")
    assert len(set(ids_of([report("k.md", 0, riots, day="2015-03-09"), report("n.md", 0, vote)]))) == 2
    other = event("2004-06-02", "Villagers fled the tsunami on June 2 after a small quake.", evidence="on June 2")
    found = ids_of(
        [
            report("a.md", 0, year, day="2014-12-26"),
            report("b.md", 0, day, day="2004-12-28"),
            report("c.md", 0, other, day="2004-06-03"),
        ]
    )
    assert found[0] not in found[1:]


@pytest.mark.parametrize(
    ("actor", "first", "second", "unrelated"),
    [
        ("nato", "NATO ministers met in Brussels.", "NATO held talks with Kyiv's envoy.", "NATO sent Kyiv a letter."),
        (
            "russia",
            "Russian jets bombed Mariupol's port.",
            "Russia's attack destroyed a theatre.",
            "Russia's navy sank a tug.",
        ),
    ],
)
def test_one_kind_of_happening_worded_apart_is_one_thing_in_common(
    actor: str, first: str, second: str, unrelated: str
) -> None:
    """Outlets word one happening apart ("met", "talks"; "bombed", "attack"): a lemma of a kind of
    happening (``HAPPENING_KINDS``) counts as the kind's, so with the common actor two reports have two
    things in common. Another action of that actor on that day stays apart."""

    def on_wednesday(entry: str, text: str) -> H.Report:
        return report(
            entry, 0, event("2022-04-06", text.replace(".", " on Wednesday."), (actor,), evidence="on Wednesday")
        )

    a, b = on_wednesday("a.md", first), on_wednesday("b.md", second)
    assert H.in_common(a, b) == 2
    assert len(set(ids_of([a, b]))) == 1
    assert len(set(ids_of([a, on_wednesday("b.md", unrelated)]))) == 2


def test_a_possessive_date_is_no_word_in_common() -> None:
    """ "today's verdict" says when, not what: "today's" is a calendar word as "today" is, so two sentences
    of one article dating two sides' rulings "today's" share the ruling alone."""
    assert H.content_words("We applaud today's verdict.") == H.content_words("We applaud the verdict today.")
    assert H.content_words("Tuesday's attack") == ["attack"]


def test_a_name_written_with_and_without_its_accents_is_one_name() -> None:
    """One article writes "Hissène Habré", another "Habre" (and an actor's slug is ASCII): the words are
    folded to their unaccented letters (``folded``), else "Habré" is "habr" and "é" apart and the two
    reports share no name."""
    assert H.content_words("Hissène Habré") == ["hissene", "habre"]
    assert H.proper_names("The court heard Núñez.") == {"nunez"}
    accented = report(
        "a.md", 0, event("2016-05-30", "A court convicted Hissène Habré on Monday.", evidence="on Monday")
    )
    plain = report("b.md", 0, event("2016-05-30", "Habre heard the conviction on Monday.", evidence="on Monday"))
    assert H.in_common(accented, plain) == 2  # habre, and a court's decision
    assert H._says("Victims cheered the conviction of Hissène Habré.", "hissene-habre")


def test_a_sentence_is_a_courts_decision() -> None:
    """ "sentenced to life" and "delivered a guilty verdict" word one court's decision apart
    (``HAPPENING_KINDS``)."""
    assert H._kind(H.lemma("sentenced")) == H._kind(H.lemma("verdict")) == "court's decision"
    sentenced = event("2016-05-30", "Victims wept on Monday after Gardo was sentenced to life.", evidence="on Monday")
    verdict = event(
        "2016-05-30", "On May 30, a special court delivered a guilty verdict against Gardo.", evidence="On May 30"
    )
    a, b = report("a.md", 0, sentenced), report("b.md", 0, verdict)
    assert H.in_common(a, b) == 2  # gardo, and the court's decision
    assert len(set(ids_of([a, b]))) == 1


def test_a_statement_dated_by_a_saying_after_its_date_is_the_statements() -> None:
    """ "Representative Smith today released the following statement on the conviction": the date dates the
    statement (``statement_dated``); and a report whose own line tells of no statement is no statement,
    whatever the rest of its sentence says ("Senator Jones released a statement Wednesday after Gardo was
    found guilty this week", its line "Gardo is found guilty": the conviction)."""
    text = "WASHINGTON - Representative Smith today released the following statement on the conviction of Gardo:"
    assert H.statement_dated(text, "today")
    assert H.statement_dated("The minister on Friday said the talks would go on.", "on Friday")
    assert not H.statement_dated("The court today released the prisoners.", "today")
    statement = report("a.md", 0, event("2016-05-30", text, ("smith", "gardo"), evidence="today"))
    found = dataclasses.replace(
        event(
            "2016-W22",
            "Senator Jones released a statement Wednesday after Gardo was found guilty of war crimes this week.",
            ("gardo",),
            evidence="this week",
        ),
        summary="Gardo is found guilty of war crimes",
    )
    guilty = report("b.md", 0, found, day="2016-06-01")
    assert H._said_and_done(statement, guilty)
    assert H.bar(statement, guilty) >= H.SAID_AND_DONE


def test_a_year_and_a_day_inside_it_naming_one_kind_of_happening_of_one_side_are_one() -> None:
    """ "Gardo, who was convicted last year" and "a special court delivered a guilty verdict against Gardo on
    May 30": one side's one court's decision of that year (``_years_and_inside_named``); not when that side
    has two of that kind in the year, nor without a side in common, nor with a statement's date."""
    year = event(
        "2016",
        "A tribunal rejected the appeal of Gardo, who was convicted last year of war crimes.",
        ("gardo",),
        evidence="last year",
    )
    day = event(
        "2016-05-30",
        "On May 30, a special court delivered a guilty verdict against Gardo.",
        ("gardo",),
        evidence="On May 30",
    )
    found = ids_of([report("a.md", 0, year, day="2017-04-27"), report("b.md", 0, day, day="2016-06-02")])
    assert found[0] == found[1]
    other = event(
        "2016-09-12",
        "In September a court delivered a second verdict against Gardo.",
        ("gardo",),
        evidence="In September",
    )
    other = dataclasses.replace(other, date="2016-09-12", precision="day")
    found = ids_of(
        [
            report("a.md", 0, year, day="2017-04-27"),
            report("b.md", 0, day, day="2016-06-02"),
            report("c.md", 0, other, day="2016-09-13"),
        ]
    )
    assert found[0] not in found[1:]
    nobody = dataclasses.replace(day, actors=("special-court",))
    found = ids_of([report("a.md", 0, year, day="2017-04-27"), report("b.md", 0, nobody, day="2016-06-02")])
    assert found[0] != found[1]
    said = event(
        "2016-05-30",
        "Representative Smith today released the following statement on the conviction of Gardo.",
        ("gardo",),
        evidence="today",
    )
    found = ids_of([report("a.md", 0, year, day="2017-04-27"), report("b.md", 0, said, day="2016-05-30")])
    assert found[0] != found[1]


def test_two_plans_of_one_article_for_one_day_do_not_keep_each_other_apart() -> None:
    """A briefing previews tomorrow's visit in two sentences ("our envoy will be joining us tomorrow", "the
    Secretary will be here tomorrow to meet both candidates"), each like the visit's report of another article
    but not like each other: two plans of one article for one day are not two happenings to ``_apart``
    (``_one_plan``), so both join the visit; a plan and a report of one article still are."""
    envoy = event(
        "2015-01-25",
        "Our envoy will be joining us tomorrow and will meet the candidates in Lagos.",
        ("envoy",),
        "planned",
        "tomorrow",
    )
    secretary = event(
        "2015-01-25",
        "The Secretary will be here tomorrow to urge both candidates to keep the election peaceful.",
        ("kerry",),
        "planned",
        "tomorrow",
    )
    visit = event(
        "2015-01-25",
        "Kerry said he met both candidates in Lagos today to urge a peaceful election.",
        ("kerry",),
        evidence="today",
    )
    reports = [
        report("a.md", 0, envoy, day="2015-01-24"),
        report("a.md", 1, secretary, day="2015-01-24"),
        report("b.md", 0, visit, day="2015-01-25"),
    ]
    linked = H.links(sorted(reports, key=lambda r: r.order))  # the visit first, then the two plans
    assert (0, 1) in linked and (0, 2) in linked and (1, 2) not in linked  # the two plans are not linked
    assert len(set(ids_of(reports))) == 1
    done = dataclasses.replace(secretary, status="reported")
    assert not H._one_plan(reports[0], report("a.md", 1, done, day="2015-01-24"))


def test_a_report_sharing_one_thing_with_each_of_two_reports_of_a_happening_joins_it() -> None:
    # one thing in common with one report of the happening, another with another: together, two
    signed = event(
        "2031-03-11", "He spoke after the treaty was signed Tuesday in Geneva.", ("john-smith",), evidence="Tuesday"
    )
    concluded = event(
        "2031-03-11",
        "Today, after long talks, the two governments have concluded a lasting treaty on water.",
        ("ruritania",),
        evidence="Today",
    )
    signing = event(
        "2031-03-11",
        "Today, in signing the water accord, the two governments have taken a step towards peace, to the relief"
        " of many farmers.",
        ("ruritania",),
        evidence="Today",
    )
    a = report("a.md", 0, dataclasses.replace(signed, summary="The treaty is signed in Geneva"), day="2031-03-12")
    b = report("b.md", 0, concluded, day="2031-03-11")
    c = report("c.md", 0, dataclasses.replace(signing, summary="The two governments take a step towards peace"))
    assert H.in_common(a, b) == H.in_common(a, c) == 1 < H.MIN_SHARED  # no link of its own
    assert a.told & b.told == {"treaty"} and a.told & c.told == {"sign"}
    assert len(set(ids_of([a, b, c]))) == 1
    assert H.assign([c, a, b]) == H.assign([a, b, c])  # whatever the order of ingest
    # one thing in common with one report of it is not enough
    praised = dataclasses.replace(signed, text="He spoke after the treaty was praised Tuesday in Geneva.")
    d = report("d.md", 0, dataclasses.replace(praised, summary="The treaty is praised in Geneva"), day="2031-03-12")
    first, second, third = ids_of([d, b, c])
    assert second == third != first
    # nor a word of the other's sentence that its line and the words around its date phrase leave out
    visited = event("2031-03-11", "Officials visited farmers on Tuesday and praised the treaty.", evidence="on Tuesday")
    e = report("e.md", 0, visited, day="2031-03-12")
    assert e.named_lemmas & c.named_lemmas == {"farmer"} and not e.told & c.told and e.told & b.told == {"treaty"}
    first, second, third = ids_of([e, b, c])
    assert second == third != first


def test_a_trip_planned_for_a_month_and_an_act_on_a_day_of_it_sharing_only_names_are_two() -> None:
    # one actor and one place in common: enough on the day's bar raised for a month, but nothing of what happened
    trip = event(
        "2031-06",
        "Minister Jane Roe will travel to Valdoria next month to attend a regional water forum.",
        ("jane-roe",),
        "planned",
        "next month",
    )
    act = event(
        "2031-06-14",
        "Today we made a historic breakthrough here in Valdoria, Minister Jane Roe told reporters.",
        ("jane-roe",),
        evidence="Today",
    )
    plan, done = report("a.md", 0, trip, day="2031-05-02"), report("b.md", 0, act, day="2031-06-14")
    assert H.in_common(plan, done) >= H.MIN_SHARED and H._told_apart(plan, done)
    assert len(set(ids_of([plan, done]))) == 2
    # a plan whose sentence names what was done on the day ("sign", "accord") is that day's happening
    signing = dataclasses.replace(trip, text="Minister Jane Roe will sign a water accord in Valdoria next month.")
    signed = dataclasses.replace(act, text="Minister Jane Roe signed the water accord in Valdoria today.")
    planned, done2 = report("c.md", 0, signing, day="2031-05-02"), report("d.md", 0, signed, day="2031-06-14")
    assert not H._told_apart(planned, done2) and len(set(ids_of([planned, done2]))) == 1
    # a conference planned for a fortnight and one delegate's act on a day of it: two
    span = event(
        "2031-06-07",
        "The commission stressed the importance of an ambitious agreement at the water conference in Valdoria on "
        "7-18 June.",
        status="planned",
        evidence="on 7-18 June",
    )
    conference = report("e.md", 0, dataclasses.replace(span, end_date="2031-06-18"), day="2031-05-02")
    assert H._told_apart(conference, done) and not H._told_apart(conference, report("f.md", 1, trip, day="2031-05-02"))
