"""Red-team table, sixth round: quote speakers of the kinds of story that arrived blind (wire copy of one
official and then another, briefing transcripts, features of witnesses), each case a pattern that gave a
wrong speaker or none where the text is plain.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # a paragraph that turns to another person holds words in marks that are no quotation ('a "paper tiger"'):
    # the quotation standing alone after it is no longer the first speaker's
    (
        "turned_despite_scare_quotes",
        "In Ottawa, Prime Minister Karen Doyle praised the accord. She said that "
        '"this deal shows what patient talks can do."\n\n'
        '"We have kept our promise to the country and we will keep it again next year."\n\n'
        "Reaction in the capital\n\n"
        "Opposition leader Martin Greaves spoke to reporters in Halifax. He called the accord a "
        '"paper tiger" for the region.\n\n'
        '"We will study every line of this text before we decide how we vote on it."',
        [
            ("this deal shows", "doyle"),
            ("We have kept our promise", "doyle"),
            ("We will study every line", "greaves"),
        ],
    ),
    # a reporter's question labelled 'Q' with a note in brackets and a dash: the question, not the minister's turn
    (
        "q_label_with_note",
        "SEC. HOLLOWAY: Thank you all for coming. We discussed the training of the border guards today.\n\n"
        "Q (Name and affiliation inaudible) – welcome to our country, and my question is, when will the troops "
        "leave the base?\n\n"
        "SEC. HOLLOWAY: The base will stay open as long as both governments want it to.\n\n"
        "Q: (Off mike.) Mr. Secretary, will you come back next year to see the guards at work?\n\n"
        "SEC. HOLLOWAY: I hope so.",
        [
            ("Thank you all for coming", "holloway"),
            ("welcome to our country", None),
            ("The base will stay open", "holloway"),
            ("Mr. Secretary, will you come back", None),
        ],
    ),
    # 'X, <title in apposition>, released the following statement ...:' after a dateline, another person named
    # later in the sentence (and a title the model may take for a name, 'Ranking Member'): X's statement
    (
        "following_statement_dateline",
        "WASHINGTON – U.S. Senator Paula Grant (D-Ore.), Ranking Member of the Senate Committee on Energy, released "
        "the following statement on Tuesday after former governor Mark Dillon was convicted of fraud:\n\n"
        "“Today’s verdict shows that no one is above the law. The people of our state deserve honest leaders.”",
        [("Today’s verdict shows", "grant")],
    ),
    (
        "following_statement_joined_dateline",
        "WASHINGTON—Representative Ella Stone, Ranking Member of the House Committee on Financial Services, "
        "today released the following statement on the conviction of banker Hugo Lamb:\n\n"
        "“I commend the jury for its careful work. Those who steal the savings of families must answer for it.”",
        [("I commend the jury", "stone")],
    ),
    # an unnamed source's quote, then a sentence about her relative naming another person in passing, then 'she
    # said' in the next paragraph: the unnamed woman's words, not the judge's (a woman named before) nor the man's
    (
        "unnamed_then_she_next_paragraph",
        "Judge Ann Kern sentenced the former police chief Omar Diallo to life in prison on Monday.\n\n"
        '"It is by the grace of God that we won," said one woman in the courtroom. Her brother, a teacher arrested '
        "under Diallo, died in prison.\n\n"
        'She said, "I cannot find the words. I am very moved. Justice has come at last."',
        [("It is by the grace", None), ("I cannot find the words", None)],
    ),
    (
        "unnamed_then_she_said_after",
        "Judge Ann Kern sentenced the former police chief Omar Diallo to life in prison on Monday.\n\n"
        '"It is by the grace of God that we won," said one woman in the courtroom. Her brother died in prison.\n\n'
        '"I cannot find the words. I am very moved. Justice has come at last," she said.',
        [("It is by the grace", None), ("I cannot find the words", None)],
    ),
    # the same, but the paragraph between turns to a named woman: 'she' may be her (the rules' usual reading)
    (
        "unnamed_then_named_then_she",
        '"We waited twenty years for this day," said one woman outside the court.\n\n'
        "Prosecutor Lena Ford said the verdict was a warning to others.\n\n"
        '"No one who tortures prisoners can hide forever," she said.',
        [("We waited twenty years", None), ("No one who tortures", "ford")],
    ),
    # ---- patterns met in red-teaming that no dev or corpus text has yet
    (
        "woman_named_then_she",
        "Dozens of families live in the caves above the town.\n\n"
        '"The children are hungry all the time," Paul Remy said.\n\n'
        'A young woman named Nadia Celestin also spoke about the hunger. "Sometimes visitors bring us food," she said.',
        [("The children are hungry", "remy"), ("Sometimes visitors bring", "celestin")],
    ),
    # a person introduced by a noun and 'named'/'called' heads the sentence ('named' is no verb of it), and the
    # noun says the person's sex ('a woman named X' is a woman, so 'she' is hers, not the man's named after her)
    (
        "man_called_then_he",
        "Rescuers reached the town of Lodo on Sunday. Doctor Amara Singh treated dozens of people.\n\n"
        'A man called Dmitri Volkov waited outside the clinic for news of his brother. "Nobody tells us anything," '
        "he said.",
        [("Nobody tells us anything", "volkov")],
    ),
    (
        "woman_named_before_a_man",
        "A woman named Lina Okafor runs the village school. Mr. Tomas Ruiz, the mayor, visited it on Monday. "
        '"We need more teachers and more books," she said.',
        [("We need more teachers", "okafor")],
    ),
    # an interview's labelled turns, then a paragraph with words in marks attributed in the third person ('," he
    # said'): a reporter's sentence, the turn is over (a speaker would say 'I said')
    (
        "interview_then_narration",
        "VOA: How did you start the school?\n\n"
        "Amina Yusuf: I started with ten girls in my living room. Now we have four hundred.\n\n"
        "VOA: Were you afraid?\n\n"
        "Amina Yusuf: Every day. But the girls were braver than me.\n\n"
        "Her husband, Musa, supports her work.\n\n"
        '"She is the bravest person I know," he said.',
        [("I started with ten girls", "yusuf"), ("She is the bravest person", "musa")],
    ),
    (
        "interview_then_narration_named",
        "Q: Why did you leave the army?\n\n"
        "Omar Haddad: I was tired of the war. I wanted to see my children grow up.\n\n"
        "Q: Do you miss it?\n\n"
        "Omar Haddad: Sometimes, yes.\n\n"
        '"He was the best officer in the battalion," said Colonel Rami Aziz, who served with him for a decade.',
        [("I was tired of the war", "haddad"), ("He was the best officer", "aziz")],
    ),
    # a quotation standing alone after a paragraph of narration that names no one and refers back to no one: the
    # story has moved on from the last speaker (the words may be a marcher's), so no one's
    (
        "standalone_after_narration",
        "Government spokesman Pablo Ortiz said the journalist had broken the law. "
        '"Nobody is above the law, not even a journalist," Ortiz said.\n\n'
        "The march ended peacefully outside the Justice Ministry.\n\n"
        '"We will come back every Saturday until she is free."',
        [("Nobody is above the law", "ortiz"), ("We will come back every Saturday", None)],
    ),
    (
        "standalone_after_scene",
        'Coach Elena Marsh praised her defence after the 2-0 win. "We never gave them a chance," Marsh said.\n\n'
        "Thousands of fans waited outside the stadium until midnight.\n\n"
        '"This team will win the league, you can write that down."',
        [("We never gave them", "marsh"), ("This team will win", None)],
    ),
    # a name right after a preposition opening the sentence ('Responding to X, ...') is its object, never the
    # subject of the speech verb; the title's holder set off by commas before the verb speaks
    (
        "object_of_opening_phrase",
        "The talks ended on Friday without a deal.\n\n"
        'Responding to Jonas Berg, the Foreign Secretary, Alan Moore, said: "We will not accept these terms."',
        [("We will not accept", "moore")],
    ),
    (
        "object_of_opening_phrase_reply",
        "The minister's bill passed its second reading.\n\n"
        'Replying to Senator Ana Cruz, the leader of the opposition, Tom Hale, said: "This bill will cost jobs."',
        [("This bill will cost", "hale")],
    ),
]

# quotes the rules miss or leave with no speaker (form, opening words): never a wrong speaker
GAPS: set[tuple[str, str]] = {
    ("turned_despite_scare_quotes", "We will study every line"),  # Greaves's: 'spoke to reporters', 'He called'
    ("q_label_with_note", "welcome to our country"),  # a reporter's question: missed (no quote) or no one's
    ("q_label_with_note", "Mr. Secretary, will you come back"),
}
# wrong speakers left: none
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)
