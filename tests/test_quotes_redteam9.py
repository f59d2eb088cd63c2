"""Red-team table, ninth round: short quoted fragments inside reported sentences ('X called the cuts "painful
but necessary"', 'described them as "..."', 'called for "patient and steady" progress') and speakers given by a
description ('One farmer said', 'A police spokesman said', 'One nurse said'), each with two or more people
named in the paragraph, so that a fragment given to the wrong one, or a description's words given to a named
person, would show.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- two fragments, two people, one sentence each
    (
        "fragments_two_rivals",
        "Defence Minister Karl Berg and opposition leader Nina Holm clashed over the budget on Tuesday.\n\n"
        'Berg called the cuts "painful but necessary." Holm described them as "a betrayal of every soldier."',
        [("painful but necessary", "berg"), ("a betrayal of every soldier", "holm")],
    ),
    (
        "fragments_called_for",
        "Trade Minister Olga Petrov met her Finnish counterpart, Jussi Lahti, in Oslo.\n\n"
        'Petrov called the talks "frank and useful" and Lahti called for "patient and steady" progress.',
        [("frank and useful", "petrov"), ("patient and steady", "lahti")],
    ),
    # ---- a pronoun calling, the other person named last
    (
        "fragment_pronoun_caller",
        "Coach Rita Alvarez praised her striker, Tomas Berg, after the final.\n\n"
        'She called his second goal "simply unforgettable." Berg said he had "never felt anything like it."',
        [("simply unforgettable", "alvarez"), ("never felt anything like it", "berg")],
    ),
    # ---- what one called something, the other's words after
    (
        "fragment_what_one_called",
        "Prime Minister Lars Dahl met his rival, Erik Moen, before the vote.\n\n"
        'What Dahl called "a historic step" was, in Moen\'s words, "a leap into the dark."',
        [("a historic step", "dahl"), ("a leap into the dark", "moen")],
    ),
    # ---- a description's words beside named people's: an unnamed source, never one of the named
    (
        "description_firefighter",
        "Mayor Tom Ellis and fire chief Lena Park toured the burned district on Sunday.\n\n"
        'A firefighter told reporters the blaze had been "almost impossible to stop." Ellis called the damage '
        '"beyond anything we feared."',
        [("almost impossible to stop", None), ("beyond anything we feared", "ellis")],
    ),
    (
        "description_one_farmer",
        "Senator Mark Ellis and Governor Ruth Kane spoke after the vote.\n\n"
        'One farmer said the vote came "far too late for us." Kane called the result "a turning point for the '
        'valley."',
        [("far too late for us", None), ("a turning point for the valley", "kane")],
    ),
    (
        "description_spokesman_he",
        "President Ana Ruiz visited the flooded town with her deputy, Pablo Soto.\n\n"
        'A police spokesman said the roads would stay closed for a week. "We cannot risk another collapse," '
        'he said.\n\nSoto called the closure "the only sensible choice."',
        [("We cannot risk another collapse", None), ("the only sensible choice", "soto")],
    ),
    (
        "description_nurse_she",
        "Health Minister Carla Diaz met the hospital director, Omar Haddad, on Monday.\n\n"
        'One nurse said the wards were full. "We have had no rest for a week," she said. Diaz later called the '
        'situation "deeply worrying."',
        [("We have had no rest", None), ("deeply worrying", "diaz")],
    ),
    # ---- a call another reports: no one's fragment for sure, so none (a gap, never a wrong speaker)
    (
        "fragment_reported_call",
        "Prime Minister Lars Dahl met his rival, Erik Moen, before the vote. Moen said Dahl had called the plan "
        '"a historic step for the country," and added that he disagreed.',
        [("a historic step for the country", "dahl")],
    ),
]

GAPS: set[tuple[str, str]] = {
    # 'Moen said Dahl had called the plan "..."': Moen's report of Dahl's words, no guess between the two
    ("fragment_reported_call", "a historic step for the country"),
}
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)
