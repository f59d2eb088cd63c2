"""Red-team table, seventh round: quote speakers in kinds of story the earlier rounds left out (court reports,
sport, science press releases, disaster features with several witnesses, parliamentary debates, interviews
through an interpreter), each case a pattern where a wrong speaker would be easy.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from generator.annotate.pipeline import annotate
from tests.test_quotes_redteam import _seed, check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- court reports: the judge, the accused, the lawyers, each named before their words
    (
        "court_sentencing",
        "Judge Helen Marsh jailed former councillor Peter Dunn for six years on Thursday.\n\n"
        '"You betrayed the trust of the people who elected you," Judge Marsh told him.\n\n'
        "Defence lawyer Simon Clarke said his client would appeal. "
        '"The sentence is far too harsh for a first offence," Clarke said outside the court.',
        [("You betrayed the trust", "marsh"), ("The sentence is far", "clarke")],
    ),
    (
        "court_prosecutor_then_defendant",
        'Prosecutor Nadia Bell told the jury that the fire was no accident. "He planned every step," she said.\n\n'
        'The accused, Victor Lang, denied the charge. "I was at home with my wife that night," Lang said.',
        [("He planned every step", "bell"), ("I was at home", "lang")],
    ),
    # ---- sport: the coach and the player after a match, a score between
    (
        "sport_after_match",
        "Rovers beat City 3-1 on Saturday to go top of the table.\n\n"
        '"We were patient and the goals came," said Rovers manager Luis Ortega.\n\n'
        "Striker Ben Adeyemi scored twice in the second half. "
        '"The manager told me to keep running at them, and it worked," Adeyemi said.',
        [("We were patient", "ortega"), ("The manager told me", "adeyemi")],
    ),
    (
        "sport_quote_then_pronoun",
        "Tennis champion Mia Novak lost in the first round in Paris on Monday. "
        '"I did not feel well from the first point," she said.',
        [("I did not feel well", "novak")],
    ),
    # ---- science press releases: the lead author, 'said' after a long title
    (
        "science_release",
        "Astronomers have found water vapour in the air of a planet 120 light-years away.\n\n"
        '"This is the first time we have seen water on a planet of this size," said Dr. Kate Lowe, '
        "an astronomer at the University of Leeds and the lead author of the study.\n\n"
        'Co-author Raj Patel added: "The next telescope will tell us much more."',
        [("This is the first time", "lowe"), ("The next telescope", "patel")],
    ),
    # ---- disaster features: several witnesses, an unnamed one between named ones
    (
        "disaster_witnesses",
        "The river burst its banks before dawn.\n\n"
        '"The water came in through the floor," said Maria Santos, 62, who lost her home.\n\n'
        '"We climbed onto the roof and waited for hours," said one man who asked not to be named.\n\n'
        'Fisherman Tomas Reyes said he had never seen the river so high. "Not in forty years," he said.',
        [
            ("The water came in", "santos"),
            ("We climbed onto the roof", None),
            ("Not in forty years", "reyes"),
        ],
    ),
    # ---- parliamentary debates: a member answered by a minister, each named in the debate's form
    (
        "parliament_exchange",
        "The debate on the budget grew heated on Wednesday.\n\n"
        'Opposition leader Karen Mills said: "This budget takes from the poor and gives to the rich."\n\n'
        'Finance Minister Paul Grant replied: "It cuts taxes for every family in the country."',
        [("This budget takes", "mills"), ("It cuts taxes", "grant")],
    ),
    (
        "parliament_responding",
        "The bill passed its third reading.\n\n"
        "Responding to questions from Senator Lisa Cho, the Home Secretary, Mark Ford, said: "
        '"No one will lose their right to appeal."',
        [("No one will lose", "ford")],
    ),
    # ---- interviews through an interpreter: the interpreter does not speak for themself
    (
        "interpreter_said",
        "Farmer Ali Hassan spoke through an interpreter. "
        '"The rain did not come this year, so we sold our goats," Hassan said.',
        [("The rain did not come", "hassan")],
    ),
    (
        "interpreter_named",
        "Speaking through an interpreter, Amina Diallo, a nurse in the camp, said: "
        '"We have no medicine for the children."',
        [("We have no medicine", "diallo")],
    ),
    # ---- more of the same kinds, each a trap for a wrong speaker: an interpreter named after the speaker, a
    # lawyer 'for' the accused, a statement read by a lawyer, a possessive's coach, unnamed witnesses between
    # named ones, a judge's 'she told him' after the sentenced man
    (
        "interp_via_named",
        'Farmer Ali Hassan spoke to reporters on Monday. "We sold our goats," said Hassan, through interpreter '
        "Sara Lind.",
        [("We sold our goats", "hassan")],
    ),
    (
        "interp_translated",
        "Ali Hassan answered in Somali, and his words were translated by Sara Lind of the aid agency. "
        '"We have nothing left," he said.',
        [("We have nothing left", "hassan")],
    ),
    (
        "interp_label",
        "PRESIDENT ROE: Welcome to our guests.\n\n"
        "PRESIDENT ALVES (via interpreter): Thank you for the warm welcome.\n\n"
        "INTERPRETER: The President also thanks the people of the city.\n\n"
        "PRESIDENT ROE: We are glad you came.",
        [
            ("Welcome to our guests", "roe"),
            ("Thank you for the warm", "alves"),
            ("The President also thanks", None),
            ("We are glad", "roe"),
        ],
    ),
    (
        "hansard_label",
        "Karen Mills (Leeds East) (Lab): Will the Minister admit that the budget hurts the poor?\n\n"
        "The Minister of State, Treasury (Paul Grant): No, I will not, because it does not.",
        [("Will the Minister admit", "mills"), ("No, I will not", "grant")],
    ),
    (
        "court_witness_chain",
        '"I saw him run from the shop," said one witness, a taxi driver.\n\n'
        'A second witness, Rosa Kim, told the court she heard two shots. "It was very loud," she said.\n\n'
        '"I was afraid," the taxi driver added.',
        [("I saw him run", None), ("It was very loud", "kim"), ("I was afraid", None)],
    ),
    (
        "court_lawyer_for",
        '"My client is innocent and will be cleared," said Simon Clarke, the lawyer for Peter Dunn.',
        [("My client is innocent", "clarke")],
    ),
    (
        "court_lawyer_for_apposed",
        'A lawyer for Peter Dunn, Simon Clarke, said outside court: "We will appeal."',
        [("We will appeal", "clarke")],
    ),
    (
        "court_statement_read_by",
        '"I am sorry for the harm I caused," Peter Dunn said in a statement read by his lawyer, Simon Clarke.',
        [("I am sorry for the harm", "dunn")],
    ),
    (
        "court_she_told_him",
        "Peter Dunn, 54, was jailed for six years. Judge Helen Marsh said the crime had ruined lives. "
        '"You showed no remorse," she told him.',
        [("You showed no remorse", None)],  # (Marsh's, but the text never says her sex: no guess)
    ),
    (
        "court_foreman",
        'The jury took four hours to reach its verdict. "Guilty on all counts," the foreman said. Judge Helen Marsh '
        "thanked the jurors.",
        [("Guilty on all counts", None)],
    ),
    (
        "sport_coach_possessive",
        'Ben Adeyemi scored twice. "He is the best young player in the league," said Adeyemi\'s coach.',
        [("He is the best young", None)],
    ),
    (
        "sport_praises_other",
        "Manager Luis Ortega praised his young striker Ben Adeyemi after the game. "
        '"He was brilliant today," Ortega said. "I have never seen a boy of 19 play like that."',
        [("He was brilliant", "ortega"), ("I have never seen", "ortega")],
    ),
    (
        "science_authors_wrote",
        'The study was led by Kate Lowe. "Our results show a clear link," the authors wrote.',
        [("Our results show", None)],
    ),
    (
        "disaster_mother_child",
        "Rescuers pulled Lina Farah, 7, from the rubble on Tuesday. Her mother, Hana Farah, wept. "
        '"I thought I had lost her," she said.',
        [("I thought I had lost", "hana")],
    ),
    (
        "disaster_neighbour_then_named",
        '"The roof just fell in," said a neighbour. Maria Santos, 62, lost her kitchen. "I have nothing now," she '
        "said.",
        [("The roof just fell", None), ("I have nothing now", "santos")],
    ),
    (
        "parliament_asked_minister",
        "Opposition MP Karen Mills asked the Health Minister, Paul Grant, about the waiting lists. "
        '"People are dying while they wait," she said. Grant said the lists were falling. '
        '"We have hired a thousand nurses," he said.',
        [("People are dying", "mills"), ("We have hired", "grant")],
    ),
    (
        "sport_standalone_after_named_scene",
        'Coach Elena Marsh praised her defence. "We never gave them a chance," Marsh said.\n\n'
        "Fans sang outside the stadium as captain Tom Reid lifted the cup.\n\n"
        '"This team will win the league."',
        [("We never gave them", "marsh"), ("This team will win", None)],
    ),
    # a 'he' or 'she' after a sentence headed by one unnamed person, no one named since: that person's words,
    # described, no one named (and no one when the noun says the other sex)
    (
        "unnamed_woman_then_she",
        "Many families have returned to the city from the camps.\n\n"
        "Another woman said her children now beg in the streets.\n\n"
        'She said "in the camp we had no wood to heat the rooms and no work."',
        [("in the camp we had no wood", None)],
    ),
    (
        "unnamed_commuter_then_she",
        "Trains stopped at dawn and the roads were jammed.\n\n"
        "This London worker did not arrive at her office until two in the afternoon.\n\n"
        '"Normally it takes me an hour and today it took me five," she said.',
        [("Normally it takes me", None)],
    ),
]

# quotes the rules miss or leave with no speaker (form, opening words): never a wrong speaker
GAPS: set[tuple[str, str]] = {
    ("interp_label", "The President also thanks"),  # an interpreter's turn: not read as a quotation
    ("hansard_label", "Will the Minister admit"),  # 'Name (Seat) (Party):' labels: not read as turns
    ("hansard_label", "No, I will not"),
}
# wrong speakers left
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)


@pytest.mark.parametrize(
    ("form", "source"),
    [
        ("unnamed_woman_then_she", "Another woman"),
        ("unnamed_commuter_then_she", "This London worker"),
    ],
)
def test_unnamed_antecedent_is_the_source(tmp_path, form, source):
    """The unnamed person a 'she' refers back to is the quote's source, described as the text does."""
    _, body, expected = next(c for c in CASES if c[0] == form)
    quotes = annotate(_seed(tmp_path, body), {}).quotes
    hit = next(q for q in quotes if q.text.startswith(expected[0][0]))
    assert (hit.speaker, hit.source) == (None, source)


def test_unnamed_antecedent_of_the_other_sex(tmp_path):
    """A 'he' after 'Another woman said ...': not her, no source given."""
    body = (
        "Another woman said her children now beg in the streets.\n\n"
        '"We had no wood to heat the rooms and no work at all," he said.'
    )
    hit = annotate(_seed(tmp_path, body), {}).quotes[0]
    assert (hit.speaker, hit.source) == (None, "")
