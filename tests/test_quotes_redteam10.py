"""Red-team table, tenth round: the feature shape of radio and newspaper stories, where a paragraph brings in a
new person as the subject of a sentence ('Mara Lind checks the tickets ...'), a paragraph of reported speech may
follow ('She says ...'), then '"...," she said.' The pronoun is the new person, not the one quoted before; and a
paragraph that opens a quotation with no cue after a narrative paragraph about another person is not the earlier
speaker's quotation going on.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- a new man after a man quoted, with a paragraph of reported speech between
    (
        "feature_new_man_reported",
        "Farmers in the valley say the dry season has grown longer every year.\n\n"
        "Peter Olsen, who grows maize near the river, walks along a field of dead plants.\n\n"
        "He says the rains came three weeks late this year.\n\n"
        '"We planted twice and lost both times," he said. "Nobody can live like this for long."\n\n'
        "Daniel Moyo drives a water truck between the villages.\n\n"
        "He says the wells are running dry faster than anyone expected.\n\n"
        '"Some days I drive for nine hours and still people wait for water," he said.',
        [("We planted twice", "olsen"), ("Nobody can live", "olsen"), ("Some days I drive", "moyo")],
    ),
    # ---- the paragraph of reported speech names another man as its object: still the new man's words
    (
        "feature_new_man_object_named",
        "Teachers in the capital say their schools need more than new desks.\n\n"
        "Victor Osei, the head of a primary school, shows visitors the broken windows.\n\n"
        '"Half of our pupils walk two hours to get here," he said.\n\n'
        "Kofi Mensah runs evening classes in an empty warehouse.\n\n"
        "He says he is angry that President Arthur Lind toured only the new schools last week.\n\n"
        '"He should have come here and seen the rain falling on the children," he said.',
        [("Half of our pupils", "osei"), ("He should have come here", "mensah")],
    ),
    (
        "feature_new_woman_object_named",
        "Market women in the port say the new fees are driving them out.\n\n"
        "Amina Diallo has sold fish at the same stall for twenty years.\n\n"
        '"We pay more every month and sell less," she said.\n\n'
        "Fatou Sow sells cloth near the gate.\n\n"
        "She says she wrote to Governor Mary Ekwueme twice and got no answer.\n\n"
        '"Nobody in that office has ever walked through this market," she said.',
        [("We pay more every month", "diallo"), ("Nobody in that office", "sow")],
    ),
    # ---- the same without the paragraph of reported speech
    (
        "feature_new_man_direct",
        "Farmers in the valley say the dry season has grown longer every year.\n\n"
        "Peter Olsen, who grows maize near the river, walks along a field of dead plants.\n\n"
        '"We planted twice and lost both times," he said.\n\n'
        "Daniel Moyo drives a water truck between the villages and stops at every school.\n\n"
        '"Some days I drive for nine hours and still people wait for water," he said.',
        [("We planted twice", "olsen"), ("Some days I drive", "moyo")],
    ),
    # ---- a new woman after a woman quoted
    (
        "feature_new_woman_reported",
        "Nurses at the city hospital say they are working longer shifts than ever.\n\n"
        "Anna Berg, a nurse on the night ward, counts the beds that are still free.\n\n"
        '"We have six beds for forty patients," she said.\n\n'
        "Ruth Kamau runs the hospital kitchen with three helpers.\n\n"
        "She says the food budget was cut in half last spring.\n\n"
        '"We cook rice and beans every day because it is all we can buy," she said.',
        [("We have six beds", "berg"), ("We cook rice", "kamau")],
    ),
    # ---- a new woman after a man: the pronoun's gender already tells, kept as a guard
    (
        "feature_woman_after_man",
        "Traders at the border market say business has never been so slow.\n\n"
        "Samuel Otieno sells shoes from a wooden stall.\n\n"
        '"Nobody buys anything now," he said.\n\n'
        "Grace Wanjiru sells vegetables beside him.\n\n"
        "She says prices have doubled since the new tax.\n\n"
        '"My customers buy one tomato instead of a kilo," she said.',
        [("Nobody buys anything", "otieno"), ("My customers buy", "wanjiru")],
    ),
    # ---- a quotation with no cue after a narrative paragraph about a third person: not the earlier speaker's
    (
        "feature_uncued_after_new_person",
        "Workers at the closed factory say they have not been paid for months.\n\n"
        "Tomas Reyes worked on the assembly line for twelve years.\n\n"
        '"They locked the gates one morning and never opened them again," he said.\n\n'
        "Machine operator and mother of two, Elena Cruz, 41, says she now cleans houses to pay the rent.\n\n"
        '"We are waiting for our money, and the owners have left the country."',
        [("They locked the gates", "reyes"), ("We are waiting for our money", "cruz")],
    ),
    (
        "feature_uncued_after_new_man",
        "Fishermen on the lake say the catch has fallen by half.\n\n"
        "Joseph Mwangi has fished here since he was a boy.\n\n"
        '"There were so many fish when I was young," he said.\n\n'
        "Boat builder Felix Odhiambo, 52, says he has not sold a boat in a year.\n\n"
        '"Nobody wants a new boat when there are no fish to catch."',
        [("There were so many fish", "mwangi"), ("Nobody wants a new boat", "odhiambo")],
    ),
    # ---- another reported speaking, then a narrative paragraph, then a quotation with no cue: not the first's
    (
        "feature_uncued_after_reported_other",
        "Workers at the closed factory say they have not been paid for months.\n\n"
        "Tomas Reyes worked on the assembly line for twelve years.\n\n"
        '"They locked the gates one morning and never opened them again," he said.\n\n'
        "Mother of two, Elena Cruz, 41, says she now cleans houses to pay the rent.\n\n"
        "Her husband lost his job at the same factory in the spring.\n\n"
        '"We are waiting for our money, and the owners have left the country."',
        [("They locked the gates", "reyes")],
    ),
    # ---- guard: a quotation that does go on, with no narrative paragraph between
    (
        "feature_quote_goes_on",
        "Workers at the closed factory say they have not been paid for months.\n\n"
        "Tomas Reyes worked on the assembly line for twelve years.\n\n"
        '"They locked the gates one morning and never opened them again," he said. "We came back every day.\n\n'
        '"Now we sell fruit on the street to feed our children."',
        [("They locked the gates", "reyes"), ("We came back", "reyes"), ("Now we sell fruit", "reyes")],
    ),
    # ---- guard: the earlier speaker named again as the subject before the pronoun
    (
        "feature_back_to_first",
        "Farmers in the valley say the dry season has grown longer every year.\n\n"
        "Peter Olsen walks along a field of dead plants.\n\n"
        '"We planted twice and lost both times," he said.\n\n'
        "Daniel Moyo, his neighbour, lost his cattle last year.\n\n"
        "Olsen says the government has promised help but none has come.\n\n"
        '"We wait and we wait," he said.',
        [("We planted twice", "olsen"), ("We wait and we wait", "olsen")],
    ),
]

GAPS: set[tuple[str, str]] = {
    # the first quote of the story, 'she said' after a sentence headed by a woman the text gives no sex: no speaker
    # (a gap of the opening quote, not of this round's routes)
    ("feature_new_woman_object_named", "We pay more every month"),
}
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)
