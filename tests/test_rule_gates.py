"""The cheap checks the rules make before a costly search (a word every match holds, a pattern that
finds the same matches for less): each must give what the search alone gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.annotate import aliases, cast, dates, places, quotes

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
    found = 0
    for t in TEXTS:
        for m in pattern.finditer(t.replace("’", "'") if "'s " in words else t):
            found += 1
            held = m[0].lower() if ignore_case else m[0]
            assert any(w in held for w in words), (pattern.pattern[:40], m[0])
    assert found, "the invented sentences should hold a match of every pattern"
