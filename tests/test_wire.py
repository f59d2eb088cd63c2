"""Wire-copy conventions: datelines, bylines and credit trailers, and wire attribution styles.

The paragraphs are synthetic (written for these tests), in the style of agency copy.
"""

import datetime as dt

import pytest

from generator.annotate.dateline import dateline
from generator.annotate.pipeline import annotate
from generator.seeds.reader import is_byline, parse_seed


def _annotate(body, date="2023-04-06"):
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return seed, annotate(seed, {})


@pytest.mark.parametrize(
    "text,city,region,date,outlet",
    [
        ("KYIV, Ukraine (AP) — Drones struck.", "Kyiv", "Ukraine", "", "AP"),
        ("WASHINGTON (Reuters) - The talks ended.", "Washington", "", "", "Reuters"),
        ("BRUSSELS, April 6 (Reuters) - Ministers met.", "Brussels", "", "April 6", "Reuters"),
        ("NEW YORK, Jan. 5 (Reuters) - Markets fell.", "New York", "", "Jan. 5", "Reuters"),
        ("LONDON — The minister resigned.", "London", "", "", ""),
        ("Kyiv (AFP) — Sirens sounded.", "Kyiv", "", "", "AFP"),
        ("KYIV/MOSCOW, April 6 (Reuters) - Talks resumed.", "Kyiv/Moscow", "", "April 6", "Reuters"),
        ("Washington, DC – Today, the rebels freed two aid workers.", "Washington", "DC", "", ""),  # a release's
        ("Boston, Mass. – Officials met.", "Boston", "Mass.", "", ""),
        ("CAMP HALE, Okinawa, Japan – Marines met.", "Camp Hale", "Okinawa", "", ""),  # a region, a country
    ],
)
def test_dateline_parts(text, city, region, date, outlet):
    d = dateline(text)
    assert d is not None and (d.city, d.region, d.date, d.outlet) == (city, region, date, outlet)
    assert d.country == ("Japan" if "Japan" in text else "")
    assert text[d.end :][0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "MR PRICE: Good afternoon.",  # a transcript speaker label
        "Q: Any news?",
        "The Pentagon (DoD) - a note",  # title case needs a news outlet in brackets
        "Biden — who spoke first — left.",
        "NATO - led forces moved.",
        "Smith, Jones – the pair left.",  # title case without an outlet: a known city and its state or country
    ],
)
def test_not_a_dateline(text):
    assert dateline(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By Jane Doe and John Roe, Associated Press", True),
        ("By JANE DOE", True),
        ("By Jane Doe | Reuters", True),
        ("Reporting by Ann Smith; Editing by Bob Jones", True),
        ("(Reporting by Ann Smith in Kyiv; Writing by Carl Berg; Editing by Dan Ford)", True),
        ("Associated Press writer Eve Lane in Tallinn, Estonia, contributed.", True),
        ("Story by Sgt. Ann Roe", True),
        ("By the end of the week, the alliance will decide.", False),
        ("Story by story, the archive grew.", False),
        ("Ned Price said the talks went well.", False),
    ],
)
def test_byline(text, expected):
    assert is_byline(text) is expected


WIRE = """Drones hit an air base in Russia, officials say

By Jane Doe and John Roe, Associated Press

KYIV, Ukraine (AP) — Ukrainian drones struck an air base in western Russia on Tuesday, Ukrainian officials said.

"The operation was a success," Defense Minister Oleksii Reznikov told reporters.

"We are ready to talk," said Maria Lopez, a spokeswoman for the European Commission.

Moscow condemned the attack, according to a statement from the Russian Foreign Ministry. \
"This is terrorism," the statement said.

The talks had stalled, The Washington Post reported. "Nothing has been agreed," the newspaper said.

"We will respond," Kremlin spokesman Dmitry Peskov said in a statement. \
(Reporting by Ann Smith; Editing by Bob Jones)"""


@pytest.fixture(scope="module")
def wire():
    return _annotate(WIRE)


def test_bylines_are_not_actors_speakers_or_title(wire):
    seed, ann = wire
    names = {a.name for a in ann.actors}
    assert not names & {"Jane Doe", "John Roe", "Ann Smith", "Bob Jones", "Associated Press", "AP"}
    assert all(q.speaker not in ("jane-doe", "ann-smith") for q in ann.quotes)
    assert ann.title.startswith("Drones hit")
    assert seed.blocks[-1].text == "(Reporting by Ann Smith; Editing by Bob Jones)"  # trailer split off


def test_dateline_city_is_place_and_outlet_is_source(wire):
    _, ann = wire
    assert "Kyiv" in ann.places and "Kyiv" not in {a.name for a in ann.actors}
    assert "AP" in ann.sources_cited and "The Washington Post" in ann.sources_cited
    assert all(not e.text.startswith("KYIV") for e in ann.events)
    assert [e.date for e in ann.events if "drones" in e.text] == ["2023-04-04"]


def test_wire_attribution_styles(wire):
    _, ann = wire
    speakers = {q.text[:12]: q.speaker for q in ann.quotes}
    assert speakers["The operatio"] == "oleksii-reznikov"  # 'X told reporters'
    assert speakers["We are ready"] == "maria-lopez"  # 'said X, a spokeswoman for Y'
    assert speakers["This is terr"] == "russian-foreign-ministry"  # 'the statement said' -> its issuer
    assert speakers["Nothing has "] is None  # 'the newspaper said': the outlet is a source, not a speaker
    assert speakers["We will resp"] == "dmitry-peskov"  # 'X said in a statement'
    lopez = next(a for a in ann.actors if a.name == "Maria Lopez")
    assert "European Commission" in lopez.role  # the affiliation, not a mention of its own
    assert "European Commission" not in {a.name for a in ann.actors}
    assert not {"newspaper", "The newspaper"} & {a.name for a in ann.actors}


def test_dateline_date_is_not_an_event_and_not_in_title():
    _, ann = _annotate(
        "BRUSSELS, April 5 (Reuters) - NATO agreed to send more aid to Ukraine.\n\n"
        "Reporting by Ann Smith; Editing by Bob Jones"
    )
    assert not ann.events
    assert ann.title.startswith("NATO agreed") and "Reuters" not in ann.title
    assert ann.sources_cited == ("Reuters",) and ann.places == ("Brussels",)
    assert {a.name for a in ann.actors} == {"NATO", "Ukraine"}
    _, two = _annotate("KYIV/MOSCOW, April 6 (Reuters) - Ukraine and Russia resumed talks on Tuesday.")
    assert {"Kyiv", "Moscow"} <= set(two.places) and two.sources_cited == ("Reuters",)


def test_ministry_said_resolves_to_named_ministry_only():
    _, ann = _annotate(
        "The Dutch Foreign Ministry summoned the envoy on Monday.\n\n"
        '"Such actions will not go unanswered," the ministry said in a statement.\n\n'
        '"We regret the decision," according to a statement from the Dutch Foreign Ministry.'
    )
    assert [q.speaker for q in ann.quotes] == ["dutch-foreign-ministry", "dutch-foreign-ministry"]


def test_unresolved_attribution_does_not_continue_the_previous_speaker():
    _, ann = _annotate(
        'Kremlin spokesman Dmitry Peskov said in a statement: "We will respond to this."\n\n'
        '"We have no comment," according to a statement from the ministry.'
    )
    assert [q.speaker for q in ann.quotes] == ["dmitry-peskov", None]


def test_an_organisation_named_as_a_region_is_a_place():
    _, ann = _annotate(
        "The admiral said the Indo-Pacific region needs a stronger presence, and Japan agreed on Monday."
    )
    assert "Indo-Pacific region" in ann.places
    assert "Indo-Pacific region" not in {a.name for a in ann.actors}


def test_a_dateline_of_a_city_its_region_and_its_country_names_no_actor():
    body = "CAMP HALE, Okinawa, Japan – Marines with the 3rd Battalion hosted a festival for local families."
    _, ann = _annotate(body)
    assert not {"japan", "camp-hale"} & {a.slug for a in ann.actors}
