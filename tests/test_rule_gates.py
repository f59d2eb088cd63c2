"""The cheap checks the rules make before a costly search (a word every match holds, a pattern that
finds the same matches for less): each must give what the search alone gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.annotate import aliases, cast, dates, events, people, places, quotes

ROOT = Path(__file__).resolve().parent
INVENTED = [
    "Talks in Lyon, Nice and Metz, or Brest, went on, and Amol Chauhan spoke in Paris, Lille.",
    "Farmers in Harris, Galveston and Fort Bend counties, and in Kent or Essex boroughs, waited.",
    "The Departments of Labor, Transportation, and Defense and the Ministries of Health and Trade met.",
    "Kenya's election commission and Chile’s opposition spoke; the Biden administration and the allies, the "
    "Alliance and the 27-member bloc agreed in northern Iraq and in Iraq's north, and in central Mexico.",
    "The President, the Trade Secretary, the PM, the Chancellor, the Governor, the Mayor, the Queen and the King.",
    "A statement from the ministry, a readout by the office, a communiqué of the bloc and a press release by "
    "Acme; the Minister said in a written statement.",
    "He was arraigned the following day. Later that morning, THE NEXT DAY, the day before the vote, that same day.",
    "The spokesman said:  ",
]


def _texts() -> list[str]:
    texts = list(INVENTED)
    for folder in ("corpus/real", "corpus/extra"):
        for p in sorted((ROOT / folder).glob("*.txt"))[:60]:
            texts += [t for t in p.read_text(encoding="utf-8").split("\n\n") if t.strip()]
    return texts


TEXTS = _texts()


def test_listed_finds_the_matches_of_the_pattern_with_lookbehinds():
    for t in TEXTS:
        assert [m.span() for m in places._listed(t)] == [m.span() for m in places._LISTED.finditer(t)], t
    assert [m[0] for m in places._listed(INVENTED[0])] == ["Nice", "Metz", "Brest", "Lille"]


@pytest.mark.parametrize(
    ("pattern", "words", "ignore_case"),
    [
        (aliases._OFFICE, aliases._OFFICE_WORDS, False),
        (aliases._LISTED_UNITS, aliases._UNIT_PLURALS, False),
        (aliases._SHARED_HEAD, aliases._HEADS_OF, False),
        (aliases._NATIONAL_BODY, ("'s ", "’s "), False),
        (aliases._ADMIN, ("dministration",), False),
        (aliases._ALLIES, ("llies", "lliance", "bloc"), False),
        (aliases._DIRECTION, ("ern ",), False),
        (aliases._POSS_DIRECTION, ("'s ",), False),
        (places._COMPASS_BEFORE, ("ern ", "central "), False),
        (cast._ISSUED, cast._ISSUED_WORDS, False),
        (quotes._VERB_COLON, (":",), False),
        (dates.ANAPHORIC_DAY, ("day", "r that "), True),
    ],
)
def test_every_match_holds_a_word_of_its_gate(pattern: re.Pattern[str], words, ignore_case: bool):
    texts = [t.replace("’", "'") if "'s " in words else t for t in TEXTS]
    _every_match_holds_a_word(pattern, words, ignore_case, texts)


def _every_match_holds_a_word(pattern: re.Pattern[str], words, ignore_case: bool, texts: list[str]) -> None:
    """Each match of ``pattern`` in ``texts`` holds one of ``words`` (lowered first when the pattern
    ignores case), and there is at least one match."""
    found = 0
    for t in texts:
        for m in pattern.finditer(t):
            found += 1
            held = m[0].lower() if ignore_case else m[0]
            assert any(w in held for w in words), (pattern.pattern[:40], m[0])
    assert found, "the invented sentences should hold a match of every pattern"


SPEAKING = [
    '"We are ready," Ana Lobo said. Then Ana Lobo told reporters so.',
    "The plan works, said Ana Lobo. It works, told AFP Ana Lobo.",
    "It works, according to Ana Lobo, and according to Ivo Brandt.",
    "Talks went on. Ana Lobo, Commissioner for Justice and Equality, added: it works.",
    "The well ran dry, farmer Ana Lobo said. A mother of five, Ivo Brandt, told us so.",
    "Ana Lobo, a 40-year-old mother of five, said the goats died.",
    "Guests met in the Lilac Room, then at the White House and in the Rose Garden.",
    "The queen arrived at Karlo Castle and went on to the Ferrin Naval Base.",
    "Earlier today the board met; late yesterday it voted; tonight it rests.",
]


@pytest.mark.parametrize(
    ("pattern", "words", "ignore_case"),
    [
        *((people._SPEAKING[i], people._SPEAKING_WORDS[i], False) for i in range(len(people._SPEAKING))),
        (places._ROOM, places._ROOM_WORDS, False),
        (places._VENUE, places._VENUE_HEAD_WORDS, False),
        (events._DAY_WORD, events._DAY_WORDS, True),
        (dates.ANAPHORIC_DAY, (" day", "r that "), True),
        (aliases._GROUP_NOUN, aliases._GROUP_WORDS, True),
    ],
)
def test_every_match_holds_a_word_of_its_speed_gate(pattern: re.Pattern[str], words, ignore_case: bool):
    """The gates of the session 'A faster pass per core' (bench/README.md): a block without one of the
    words is not searched."""
    _every_match_holds_a_word(pattern, words, ignore_case, [*SPEAKING, *TEXTS])


# letters that ``re.I`` matches to an ASCII letter though ``str.lower`` keeps them apart (long s,
# dotless i, dotted capital I, Kelvin sign): the gates that lower a text do so only in ASCII texts
FOLDED = ["The ſuspects left.", "The polıce said.", "The POLİCE said.", "Earlier toDay", "The ſame day", "Yeſterday"]


def test_a_group_noun_gate_finds_what_the_pattern_finds():
    for t in [*SPEAKING, *TEXTS, *FOLDED, "Police said.", "Some VOTERS left."]:
        assert aliases._a_group_noun(t) == bool(aliases._GROUP_NOUN.search(t)), t
    assert aliases._a_group_noun("The ſuspects left.")  # re.I reads "ſ" as "s"


@pytest.mark.parametrize(
    "key", ["Discovery", "Orient Queen", "MAX", "737 MAX", "Jean-Luc", "A_B", "São Tomé", "Hill", "e"]
)
def test_a_name_standing_alone_is_found_where_its_pattern_finds_it(key: str):
    texts = [
        *TEXTS,
        "the shuttle Discovery, Discovery-class, Discovery2, _Discovery and (Discovery)",
        "Orient Queen and Orient Queens; the Orient Queen-class; Orient Queen",
        "MAX MAXMAX MAX- -MAX 737 MAX, the 737 MAX's wings, 1737 MAX",
        "Jean-Luc, Jean-Lucas, Jean-Luc-Paul, é Jean-Luc é",
        "A_B A_BA_B A_B_ xA_B A_B",
        "São Tomé, São Toméé, São Tomé1",
        "Hill Hill Hillside the Hill-Hill Hill",
        "eee e e-e eé e",
    ]
    for t in texts:
        got = [(h.start(), h.end()) for h in aliases._alone_in(key, t)]
        assert got == [m.span() for m in aliases._standing_alone(key).finditer(t)], (key, t)


def test_an_acronym_form_is_the_pattern_s():
    from generator.annotate.nlp import _acronym_form

    words = ["AU", "ECOWAS", "OXFAM", "ABCDEFG", "ABCDEFGH", "A", "", "Ab", "AB1", "A-B", "ÀB", "ÉCOWAS", "ＡＢ", "A_B"]
    for w in words + [w for t in TEXTS[:200] for w in t.split()]:
        assert _acronym_form(w) == bool(re.fullmatch(r"[A-Z]{2,7}", w)), w


def test_the_kept_lemmas_are_lemminflect_s():
    import lemminflect

    from generator.annotate import lemmas

    for w in ["governments", "said", "visiting", "Smith", "xqzt", "was", "Tsunami"]:
        assert lemmas.getAllLemmas(w) == lemminflect.getAllLemmas(w)
        assert lemmas.getAllLemmas(w, upos="NOUN") == lemminflect.getAllLemmas(w, upos="NOUN")
        assert lemmas.getLemma(w, upos="VERB") == lemminflect.getLemma(w, upos="VERB")
        assert lemmas.getInflection(w, tag="VBZ") == lemminflect.getInflection(w, tag="VBZ")
        assert lemmas.getInflection(w, tag="NNS", inflect_oov=False) == lemminflect.getInflection(
            w, tag="NNS", inflect_oov=False
        )
    mine = lemmas.getAllLemmas("governments")
    mine["NOUN"] = ("changed",)  # a caller's own copy
    assert lemmas.getAllLemmas("governments") == lemminflect.getAllLemmas("governments")


def test_a_titled_link_word_is_one_of_the_gate_s_words():
    """``_linked_names`` walks a block only where one of ``_LINKS_TITLED`` stands: every spelling of a
    link word that is in title case (what the walk looks for) is one of them."""
    import itertools

    from generator.annotate.nlp import _LINKS_TITLED, _NAME_LINKS

    for word in _NAME_LINKS:
        for cases in itertools.product(*((c.lower(), c.upper()) for c in word)):
            spelt = "".join(cases)
            if spelt.istitle():
                assert spelt in _LINKS_TITLED, spelt


def test_every_acronym_form_holds_two_capitals_side_by_side():
    from generator.annotate.nlp import _TWO_CAPITALS, _acronym_form

    words = [w.strip(".,;:()\"'") for t in TEXTS for w in t.split()]
    assert any(_acronym_form(w) for w in words)
    for w in words:
        assert not _acronym_form(w) or _TWO_CAPITALS.search(w), w
