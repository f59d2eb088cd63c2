"""Red-team table, eighth round: quote speakers in court reports, match reports, science releases,
parliamentary debates with interruptions and interviews through an interpreter, each case a pattern the
seventh round did not try: a 'he said' after a paragraph that turns to another man, a pronoun chain across
paragraphs, an interjection inside a speech, the interpreter named beside the speaker.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from generator.annotate.pipeline import annotate
from tests.test_quotes_redteam import _seed, check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- court: the judge, the prosecutor and the accused, the pronoun the text has turned to
    (
        "court_pronoun_turns",
        "Judge Miriam Osei adjourned the fraud trial of businessman Colin Hart until Friday.\n\n"
        "Prosecutor Daniel Reyes told the court that Hart moved the money to three offshore accounts. "
        'He said the bank records were clear. "Every transfer bears his signature," he said.\n\n'
        'Hart, 58, denies the charges. He told reporters outside: "I will clear my name."',
        [("Every transfer bears", "reyes"), ("I will clear my name", "hart")],
    ),
    (
        "court_judge_addresses",
        "Colin Hart stood as Judge Miriam Osei read the verdict.\n\n"
        '"You showed no remorse at any point in this trial," she told him.',
        [("You showed no remorse", "osei")],
    ),
    (
        "court_chain_first_quote",
        "Colin Hart, a former bank clerk, waited outside the courtroom. He has been on bail for two years.\n\n"
        "He said he blamed his old manager, Peter Lyle, and the auditor, Simon Kerr.\n\n"
        '"They knew everything and said nothing," he said.',
        [("They knew everything", "hart")],
    ),
    # ---- sport: the scorer, the coach, the rival coach
    (
        "sport_scorer_then_coach",
        "Striker Jonas Berg scored twice as Norden beat Eastfield 3-1 on Saturday.\n\n"
        '"The second goal was pure luck," Berg said.\n\n'
        "Eastfield coach Marco Silva blamed the referee. "
        '"We were denied a clear penalty," he said.',
        [("The second goal was pure", "berg"), ("We were denied a clear", "silva")],
    ),
    (
        "sport_substitute_adverb",
        "Defender Ali Kaya came off the bench in the second half. After the match, Kaya now says the injury is "
        'healed.\n\n"I feel ready for the final," he said.',
        [("I feel ready for the final", "kaya")],
    ),
    # ---- science release: two researchers, one named again in the pronoun's paragraph
    (
        "science_named_again",
        '"The ice is thinning faster than any model predicted," said glaciologist Ingrid Holm, who led the '
        "study.\n\n"
        "Co-author Peter Wu, a physicist at the same university, said the data came from twelve buoys. "
        '"We were surprised by the speed," Wu said.\n\n'
        "Holm said the team will return next spring. She added that the findings were "
        '"a warning for every coastal city."',
        [
            ("The ice is thinning", "holm"),
            ("We were surprised", "wu"),
            ("a warning for every coastal", "holm"),
        ],
    ),
    (
        "science_not_involved",
        "Marine biologist Sara Lund, who was not involved in the research, called the results "
        '"very convincing."\n\n'
        '"We have waited years for data like this," she said.',
        [("very convincing", "lund"), ("We have waited years", "lund")],
    ),
    # ---- parliament: an interjection inside a speech, the minister resuming
    (
        "parliament_interjection",
        'Opposition leader Ruth Adler asked the minister why the hospital had closed. "The people of the north '
        'deserve an answer," she said.\n\n'
        'Health minister Tom Baird replied that the hospital was unsafe. "I will not put patients at risk," he '
        'said, to shouts of "Shame!" from the opposition benches.',
        [("The people of the north", "adler"), ("I will not put patients", "baird")],
    ),
    (
        "parliament_speaker_intervenes",
        'The Speaker, Helen Ward, called for order. "The minister will be heard," she said.\n\n'
        '"As I was saying, the budget is balanced," Finance Minister Omar Rais said.',
        [("The minister will be heard", "ward"), ("As I was saying", "rais")],
    ),
    # ---- interviews through an interpreter: the words are the speaker's, not the interpreter's
    (
        "interp_through",
        'Speaking through an interpreter, farmer Ahmad Nouri said the drought had killed his sheep. "We have '
        'nothing left to sell," he said.',
        [("We have nothing left", "nouri")],
    ),
    (
        "interp_named_interpreter",
        "Ahmad Nouri spoke to VOA through his interpreter, Leila Karimi.\n\n"
        '"The wells are dry since March," Nouri said.',
        [("The wells are dry", "nouri")],
    ),
    (
        "interp_translated_said",
        '"We will rebuild the school ourselves," village elder Yusuf Bakr said through a translator.',
        [("We will rebuild the school", "bakr")],
    ),
]

GAPS: set[tuple[str, str]] = {
    # 'Hart stood as Judge Osei read the verdict.': the sentence's head is Hart, the text says neither's sex: no one
    ("court_judge_addresses", "You showed no remorse"),
}
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)


def test_label_not_a_relative_named_in_the_turn(tmp_path):
    """A transcript label 'GOVERNOR HALE:' is not the Anna Hale the speaker first names in full in their own turn
    ('I am proud to be here with my wife, Anna Hale'): someone else of that surname, not the speaker."""
    body = (
        "GOVERNOR HALE: Thank you all for coming. I am proud to be here with my wife, Anna Hale, who grew up on a "
        "farm just outside this town.\n\n"
        "We will open the new bridge next spring, and the road to the coast will be rebuilt by the end of the year."
    )
    quotes = annotate(_seed(tmp_path, body), {}).quotes
    hit = next(q for q in quotes if q.text.startswith("Thank you all"))
    assert hit.speaker and hit.speaker != "anna-hale", hit.speaker


def test_label_speaker_introducing_themselves(tmp_path):
    """The near miss: 'MS. ROE: Good morning, this is Carol Roe, ...' names the speaker herself."""
    body = (
        "MS. ROE: Good morning everyone, this is Carol Roe, the agency's press officer, and I am calling from the "
        "port with the director.\n\n"
        "MS. ROE: Thank you. We will take questions now, and the director will answer them one by one."
    )
    quotes = annotate(_seed(tmp_path, body), {}).quotes
    hit = next(q for q in quotes if q.text.startswith("Good morning everyone"))
    assert hit.speaker == "carol-roe", hit.speaker
