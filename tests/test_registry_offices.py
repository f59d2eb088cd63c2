"""Across articles, an office named alone is no actor of its own: the registry keeps people, not offices. An
article the White House or the State Department publishes names its president 'the President' and the
State Department its head 'the Secretary': the article's date says who that was (world knowledge)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.pipeline import annotate, annotate_new, name_index, rebase
from generator.core.model import Actor
from generator.seeds.reader import parse_seed


def _seed(text: str, day: str, outlet: str = "", url: str = ""):
    header = f" date {day}\n" + (f"outlet: {outlet}\n" if outlet else "") + (f"url: {url}\n" if url else "")
    return parse_seed("a.txt", f"{header}\n{text}".encode(), today=dt.date(2030, 1, 1))


PRESIDENT = "The President spoke on Monday with the leaders of the region about the floods and the relief work."
PRIME_MINISTER = "The Prime Minister chaired a meeting on Monday about the floods and the relief work."
SECRETARY = "The Secretary met the foreign ministers of the region on Monday and discussed the relief work."


@pytest.mark.parametrize(
    ("text", "day", "outlet", "url", "who"),
    [
        (PRESIDENT, "2010-07-07", "The White House", "", "Barack Obama"),
        (
            PRESIDENT,
            "2002-07-06",
            "",
            "https://georgewbush-whitehouse.archives.gov/news/releases/1.html",
            "George W. Bush",
        ),
        (PRESIDENT, "2021-01-19", "U.S. Department of State", "", "Donald Trump"),  # the last day of a term
        (SECRETARY, "2023-05-22", "U.S. Department of State", "", "Antony Blinken"),
        (SECRETARY, "2006-03-11", "", "https://2001-2009.state.gov/secretary/rm/2006/1.htm", "Condoleezza Rice"),
    ],
)
def test_an_office_alone_in_a_us_government_release_is_who_held_it_that_day(text, day, outlet, url, who):
    found = annotate(_seed(text, day, outlet, url), {}).actors
    assert who in [a.name for a in found]
    assert not any(a.name.lower() in ("the president", "the secretary") for a in found)


@pytest.mark.parametrize(
    ("text", "outlet", "office"),
    [
        (PRESIDENT, "", "the President"),  # who published it is not known: the office of which country?
        (PRESIDENT, "Voice of America", "the President"),  # a news outlet: any country's president
        (SECRETARY, "The White House", "the Secretary"),  # a White House secretary: of which department?
        (PRIME_MINISTER, "The White House", "the Prime Minister"),  # another country's prime minister
        (PRIME_MINISTER, "Voice of America", "the Prime Minister"),
    ],
)
def test_an_office_alone_elsewhere_stays_an_office(text, outlet, office):
    found = annotate(_seed(text, "2010-07-07", outlet), {}).actors
    assert [a.name.lower() for a in found if a.kind == "person"] == [office.lower()]


def test_a_known_holder_of_the_office_is_the_registry_s_person():
    registry = {"obama": Actor("obama", "Barack Obama", "person", ("Barack Obama", "President Obama"))}
    found = annotate(_seed(PRESIDENT, "2010-07-07", "The White House"), registry).actors
    assert [a.slug for a in found if a.kind == "person"] == ["obama"]


def test_an_office_alone_another_article_made_is_not_the_named_person():
    # an earlier article of the same ingest made 'the Secretary' of an office alone; this one's is named
    seed = _seed(SECRETARY, "2023-05-22", "U.S. Department of State")
    annotation, new_names = annotate_new(seed, {})
    registry = {"the-secretary": Actor("the-secretary", "the Secretary", "person", ("the Secretary",))}
    moved = rebase(annotation, new_names, registry, name_index(registry))
    assert "the-secretary" not in [a.slug for a in moved.actors]
    assert "antony-blinken" in [a.slug for a in moved.actors]


@pytest.mark.parametrize(
    "text",
    [
        # the acronym first, then its name after an appositive 'or', the head noun first (another language's order)
        "The FKR, or Ruritanian Kestrel Federation, opened an inquiry on Monday. The FKR said it would report soon.",
        # a body renamed with a word added after 'and' keeps its acronym
        "The Bureau for Kestrel Counting and Protection said on Monday that numbers fell. The BKC will publish "
        "its full report in June, officials said.",
    ],
)
def test_an_acronym_and_its_name_in_one_article_are_one_actor(text):
    found = annotate(_seed(text, "2010-07-07"), {}).actors
    orgs = [a for a in found if a.kind == "organization"]
    assert len(orgs) == 1, [a.name for a in orgs]


def test_an_acronym_before_a_name_with_no_initial_in_common_is_another_body():
    text = "The ZQX, or Kestrel Society, met on Monday. The Kestrel Society said the ZQX had agreed."
    orgs = sorted(a.name for a in annotate(_seed(text, "2010-07-07"), {}).actors if a.kind == "organization")
    assert orgs == ["Kestrel Society", "ZQX"]
