import datetime as dt

import pytest

from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Ukraine says Russia sent more troops to the border on Tuesday, raising fears of an attack.",
            "Ukraine says Russia sent more troops to the border on Tuesday, raising fears of an attack",
        ),
        (
            "Russia sent more troops to the border on Tuesday, CNN reported.",
            "Russia sent more troops to the border on Tuesday",
        ),
    ],
)
def test_a_claim_keeps_who_makes_it_and_a_trailing_attribution_goes(body, want):
    seed = parse_seed("a.txt", f" date 2022-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert annotate(seed, {}).title == want


@pytest.mark.parametrize(
    "body, want",
    [
        (
            "Good afternoon. The European Union adopted new sanctions against Russia on Tuesday.",
            "The European Union adopted new sanctions against Russia on Tuesday",
        ),
        (
            "MS. PSAKI: Good afternoon. Happy Tuesday. The administration will send new aid to Ukraine.\n\n"
            "Q: Thanks Jen. What about Poland?\n\nMS. PSAKI: We talked to Poland.",
            "Psaki: The administration will send new aid to Ukraine",
        ),
    ],
)
def test_a_title_is_never_a_greeting_and_a_transcript_title_says_who_spoke(body, want):
    seed = parse_seed("a.txt", f" date 2022-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert annotate(seed, {}).title == want
