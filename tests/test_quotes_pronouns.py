"""Red-team table for 'he said' / 'she said': the person the text just before is about, or no one.

Same shape and harness as the red-team rounds (test_quotes_redteam.py): each case is (form, body,
expected), expected listing (the opening words of a quote, the speaker's slug or a word of it, or None
for a quote no one may be given). A pronoun cue refers to the person the text has just turned to, not
by default to the last speaker: a person introduced with a role ('Kenyan farm worker X') or in apposition
('Another athlete, X,'), or opening a sentence with 'For X,', when the text goes on with a sentence
headed by the same pronoun ('But he says ...'). The near misses: two people joined in the sentence before
(no one); the last speaker still the one the text is about, the other person only an object, in a clause
of its own or in apposition to an object; a person the text says is of the other sex. The cases are
invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from generator.annotate.quotes import _opens_sentence
from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- the person the paragraph before turned to, then 'he says' / 'she said', then the quote
    (
        "topic_role",
        '"We train every morning," said coach Lars Berg.\n\n'
        "But money is short. Part-time police officer Daniel Mwangi earns about $40 a week. He says he cannot "
        "pay for proper shoes.\n\n"
        '"I run in borrowed spikes," he said.',
        [("We train every morning", "berg"), ("I run in borrowed spikes", "mwangi")],
    ),
    (
        "topic_role",
        '"The orchestra has never sounded better," conductor Paul Weber said.\n\n'
        "Not everyone is paid. Volunteer cellist Marta Novak drives two hours to each rehearsal. But she says "
        "the music is worth it.\n\n"
        '"It keeps me sane," she said.',
        [("The orchestra has never", "weber"), ("It keeps me sane", "novak")],
    ),
    (
        "topic_for",
        '"The camps are full," said aid worker Sara Lind.\n\n'
        "For Amina Farah, it was a hard journey. It took four days, and two of her goats died. She said the "
        "family has had no food aid.\n\n"
        '"We eat once a day," she said.',
        [("The camps are full", "lind"), ("We eat once a day", "farah")],
    ),
    (
        "topic_for",
        '"The camps are full," said aid worker Sara Lind.\n\n'
        'For Amina Farah, it was a hard journey. She said the family has had no food aid. "We eat once a day," '
        "she said.",
        [("The camps are full", "lind"), ("We eat once a day", "farah")],
    ),
    (
        "topic_apposed",
        '"We train every morning," said coach Lars Berg.\n\n'
        "Another athlete, Tomas Reyes, works nights at a bakery. He says he sleeps four hours.\n\n"
        '"I am always tired," he said.',
        [("We train every morning", "berg"), ("I am always tired", "reyes")],
    ),
    (
        "topic_two_back",
        '"We train every morning," said coach Lars Berg.\n\n'
        "The swimmer Tomas Reyes works nights in a hotel.\n\n"
        "He says he trains before dawn.\n\n"
        '"I sleep four hours," he said.',
        [("We train every morning", "berg"), ("I sleep four hours", "reyes")],
    ),
    # a person introduced with a compound title ('farm worker': 'farm' may be a verb too) heads the paragraph
    (
        "compound_title",
        '"The market is full of new faces," said market manager Ellen Fox.\n\n'
        "Kenyan farm worker Samuel Otieno sells kale and onions on Saturdays.\n\n"
        '"I came here with nothing," he said.',
        [("The market is full", "fox"), ("I came here with nothing", "otieno")],
    ),
    # ---- near misses: two people compete (no one), or the last speaker is still the one the text is about
    (
        "two_compete",
        '"We train every morning," said coach Lars Berg.\n\n'
        "Daniel Otieno and Peter Kamau share a room in the city. He says the rent is too high.\n\n"
        '"We cannot pay it," he said.',
        [("We train every morning", "berg"), ("We cannot pay it", None)],
    ),
    (
        "last_still_topic",
        '"We train every morning," said coach Lars Berg.\n\n'
        "Berg has run the club since 2004, when the sprinter Tomas Reyes joined it. He says the squad has never "
        "been stronger.\n\n"
        '"This is our year," he said.',
        [("We train every morning", "berg"), ("This is our year", "berg")],
    ),
    (
        "last_still_topic",
        '"We train every morning," said coach Lars Berg.\n\n'
        "The club lost its best sprinter, Tomas Reyes, to a rival in May. He says the squad is ready anyway.\n\n"
        '"We have depth," he said.',
        [("We train every morning", "berg"), ("We have depth", "berg")],
    ),
    (
        "last_still_topic",
        '"We train every morning," said coach Lars Berg.\n\n'
        "His star sprinter, Tomas Reyes, is injured. But Berg says the squad is ready.\n\n"
        '"We have depth," he said.',
        [("We train every morning", "berg"), ("We have depth", "berg")],
    ),
    # the person the text turned to is a man: 'she says' is still the last speaker
    (
        "other_sex",
        '"The camps are full," said aid worker Sara Lind.\n\n'
        "For Mr. Omar Hassan, the trip took a week. She says the camp has no more tents.\n\n"
        '"We turn people away," she said.',
        [("The camps are full", "lind"), ("We turn people away", "lind")],
    ),
    # ---- the last speaker named again in the pronoun's own paragraph: 'He added' is them, not an earlier speaker
    (
        "named_again_here",
        '"Farm prices are falling," said farmer Paul Okafor.\n\n'
        'Minister Ana Ruiz said the state would help. "Schools must reopen," she said.\n\n'
        "Okafor, who has grown maize for thirty years, said his aim is for every child to be "
        '"able to read by seven." He added that there is "no excuse for a child left behind."',
        [
            ("Farm prices are falling", "okafor"),
            ("Schools must reopen", "ruiz"),
            ("able to read by seven", "okafor"),
            ("no excuse for a child", "okafor"),
        ],
    ),
    # ---- no speaker before: a word that may be an adverb after the name is no noun the name modifies
    (
        "adverb_after_name",
        "Former mayor Tim Berg appeared before the board on Monday. After weeks of silence, Mr. Berg now says he "
        'will fight the charges.\n\n"I have done nothing wrong," he said.',
        [("I have done nothing wrong", "berg")],
    ),
    # ---- no speaker before: the last sentence naming anyone is headed by the pronoun, the names its objects
    (
        "pronoun_chain",
        "Karl Bauer, a retired miner, sits outside his shop in the square. He sells maps to tourists.\n\n"
        "He said he is waiting for the trial of two former managers, Otto Lang and Peter Frei.\n\n"
        '"I want to see them in court," he said.',
        [("I want to see them in court", "bauer")],
    ),
    (
        "pronoun_chain",  # the near miss: the pronoun sentence names the subject of its own clause first
        "Karl Bauer, a retired miner, sits outside his shop in the square.\n\n"
        "Otto Lang, his former manager, denies the charges. He said the mine was safe.\n\n"
        '"Nobody was ever hurt," he said.',
        [("Nobody was ever hurt", "lang")],
    ),
]

GAPS: set[tuple[str, str]] = set()
WRONG: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", range(len(CASES)))
def test_pronoun_topic(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)


@pytest.mark.parametrize(
    "sentence, heads",
    [
        ("Kenyan farm worker Jo Roe sells kale.", True),  # 'farm' a noun that may be a verb, then a noun
        ("Local police chief Jo Roe said so.", True),
        ("Officials praise union leader Jo Roe.", False),  # a verb after its subject
        ("They praise union leader Jo Roe.", False),
        ("Tim Lind says union leader Jo Roe lied.", False),  # a verb's form
        ("Reporters asked Jo Roe.", False),
    ],
)
def test_title_before_a_name(sentence, heads):
    """A name heads its sentence after a title of nouns, one of which may be a verb too ('farm worker'), but
    not after a subject and its verb."""
    assert _opens_sentence(sentence, sentence.index("Jo Roe")) is heads
