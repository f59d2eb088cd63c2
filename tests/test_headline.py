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
