"""The article's own reporter, named where the story says who reports it ('VOA correspondent Jo
Marsh reported', 'Reporter Jo Marsh ... has this report', a byline line, a broadcast's sign-on or
sign-off, 'As VOA's Jo Marsh reports, ...'), is its writer, not an
actor of it (the gold's convention: the byline and the sign-off name no actor)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _slugs(body: str) -> list[str]:
    seed = parse_seed("a.txt", f" date 2020-01-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    return [a.slug for a in annotate(seed, {}).actors]


@pytest.mark.parametrize(
    "body",
    [
        "Floods closed the port of Eastport on Monday. Radio Nord's Henrik Solberg reports from Eastport.",
        "Floods closed the port of Eastport on Monday. Henrik Solberg reports for Radio Nord from Eastport.",
        "The council of Eastport voted to rebuild the pier, Radio Nord correspondent Henrik Solberg reported.",
        "Reporter Henrik Solberg traveled to Eastport with the coast guard and has this report.\n\n"
        "The council of Eastport voted on Monday to rebuild the pier.",
        "Henrik Solberg | Eastport\n\nThe council of Eastport voted on Monday to rebuild the pier.",
        "The council of Eastport voted on Monday to rebuild the pier. I'm Henrik Solberg.",
        "The council of Eastport voted on Monday to rebuild the pier. This is Henrik Solberg, Nord News, Eastport.",
        "The council of Eastport voted on Monday to rebuild the pier. For Nord News, I'm Henrik Solberg in Eastport.",
        "Eastport will rebuild its pier. As Radio Nord's Henrik Solberg reports, the council voted on Monday.",
        "Eastport will rebuild its pier. Radio Nord editor Henrik Solberg is in Eastport and has more.",
        "Eastport will rebuild its pier. Henrik Solberg has this report.\n\nThe council voted on Monday.",
        "Mayor Tom Berg said the pier would be rebuilt. Additional reporting by Henrik Solberg in Oslo.",
        "The council of Eastport voted on Monday to rebuild the pier. Henrik Solberg contributed to this report.",
    ],
)
def test_the_article_s_own_reporter_is_no_actor(body):
    assert "henrik-solberg" not in _slugs(body)


@pytest.mark.parametrize(
    "body",
    [
        "Henrik Solberg said on Monday that the pier would be rebuilt. Solberg reported the damage to the council.",
        "Mayor Henrik Solberg reported on Monday that the pier had collapsed in the storm and would be rebuilt.",
        "The pier collapsed on Monday. Henrik Solberg reported for the Harbour Board that it had been weak.",
        "The pier collapsed on Monday. I'm Henrik Solberg with the Harbour Board, and we will rebuild it by May.",
        "The pier collapsed on Monday. As Henrik Solberg said, the council will rebuild it by May.",
        "The pier collapsed on Monday. Henrik Solberg has more than twenty boats to repair, the council said.",
    ],
)
def test_a_person_who_reports_something_in_the_story_stays_an_actor(body):
    assert "henrik-solberg" in _slugs(body)


def test_a_name_line_above_a_speech_whose_speaker_acts_stays_an_actor():
    """'Barack Obama' above his remarks: the name line heads a speech whose 'I' acts."""
    body = (
        "Henrik Solberg\n\nMarch 21, 2011\n\n"
        "Good evening. On Monday I signed the order that will rebuild the pier of Eastport. We will open it in May."
    )
    assert "henrik-solberg" in _slugs(body)


def test_a_name_line_above_the_line_of_an_office_is_the_speaker_not_a_byline():
    """'Maria Damanaki' above 'European Commissioner for ...' heads her speech, though her words date nothing."""
    speech = "Thank you all for coming. Fishing fleets are too large for the stocks they chase, and that must change."
    assert "henrik-solberg" in _slugs(f"Henrik Solberg\n\nMinister of Fisheries and Coastal Affairs\n\n{speech}")
    assert "henrik-solberg" not in _slugs(f"Henrik Solberg\n\nRadio Nord, Eastport\n\n{speech}")  # a byline still
