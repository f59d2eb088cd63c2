"""A red team for event dates: invented sentences across genres (wire copy, radio scripts, speeches,
briefings), each with the dated event a careful reader gives, or none.

Every sentence is made up for the rule it tests (none is copied from a corpus text); each test
fails when its rule is taken out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.dates import resolve_date
from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _dates(body: str, date: str = "2023-04-06") -> list[str]:
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return [e.date for e in annotate(seed, {}).events]


@pytest.mark.parametrize(
    "phrase, want",
    [
        ("November fifth", ("2022-11-05", "day")),
        ("the twenty-first of May", ("2023-05-21", "day")),
        ("on March thirtieth", ("2023-03-30", "day")),
        ("in eighteen ninety-seven", ("1897", "year")),
        ("nineteen oh five", ("1905", "year")),
        ("in two thousand and six", ("2006", "year")),
        ("in two-thousand-and-eight", ("2008", "year")),
        ("July second, twenty twelve", ("2012-07-02", "day")),
        # number words that are no day of a month nor a year stay as they are
        ("the first week of May", ("2023-05", "month")),
        ("the nineteen nineties", None),
        ("one day", None),
    ],
)
def test_a_year_or_day_spelled_out_in_words_is_read_in_figures(phrase, want):
    assert resolve_date(phrase, dt.date(2023, 4, 6)) == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("The city library opened its doors in nineteen twenty-two.", ["1922"]),
        ("On March thirtieth, about four thousand people marched through the capital.", ["2023-03-30"]),
    ],
)
def test_a_radio_script_date_in_words_dates_its_event(body, want):
    assert _dates(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("The rules of the game are much the same as in 1954.", []),
        ("Exports to Canada were higher than in 2019.", []),
        ("The bakery sold fewer loaves than last year.", []),
        ("Ticket sales rose 4 percent compared with 2021.", []),
        ("As in 2015, the rains came early.", []),
        ("Like last year, the festival drew huge crowds.", []),
        ("Unlike in 2020, the vote was peaceful.", []),
        # an 'as' that opens no comparison, and a happening beside one, keep their dates
        ("The bridge opened in 1954, as the city grew.", ["1954"]),
        ("The minister arrived in Paris on Tuesday, as planned.", ["2023-04-04"]),
        ("Police arrested the man more than a year ago.", ["2022"]),
    ],
)
def test_a_date_of_the_other_term_of_a_comparison_is_no_event(body, want):
    assert _dates(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("The number of visitors is expected to increase this year.", []),
        ("The airline says it expects losses to total 300 million dollars by the end of June.", []),
        ("This year, our sales to Asia will surpass 4 billion dollars.", []),
        ("The town's population will reach one million next year.", []),
        # a change set for a day, a happening that is no figure's, and a change told in the past stay events
        ("Bus fares will rise on Monday.", ["2023-04-10"]),
        ("The storm will hit the coast next week.", ["2023-W15"]),
        ("Prices rose sharply last year.", ["2022"]),
    ],
)
def test_a_figure_forecast_over_a_month_or_a_year_is_no_event(body, want):
    assert _dates(body) == want


@pytest.mark.parametrize(
    "phrase, published, tense, want",
    [
        # 'this Friday' is the Friday of the week of writing (Monday to Sunday): ahead on a Monday
        ("this Friday", dt.date(2023, 4, 10), None, "2023-04-14"),
        ("this Friday", dt.date(2023, 4, 16), None, "2023-04-14"),
        ("this Friday", dt.date(2023, 4, 10), "past", "2023-04-07"),
        ("this Monday", dt.date(2023, 4, 13), None, "2023-04-10"),
        # 'this weekend' told on a weekday is the weekend of that week
        ("this weekend", dt.date(2023, 4, 10), None, "2023-04-15"),
        ("this weekend", dt.date(2023, 4, 10), "past", "2023-04-08"),
        # 'the past weekend' is the last one, even in a clause of things to come
        ("over the past weekend", dt.date(2023, 4, 12), None, "2023-04-08"),
        ("the past weekend", dt.date(2023, 4, 12), "future", "2023-04-08"),
    ],
)
def test_this_weekday_is_of_the_week_of_writing(phrase, published, tense, want):
    assert resolve_date(phrase, published, tense)[0] == want


def test_this_friday_told_on_a_monday_dates_the_coming_friday():
    assert _dates("The talks open this Friday in Geneva.", "2023-04-10") == ["2023-04-14"]


@pytest.mark.parametrize(
    "body, want",
    [
        ("The exhibition opened on March 1 and will run until May 31.", ["2023-03-01", "2023-05-31"]),
        ("The museum closed in January and reopens in June.", ["2023-01", "2023-06"]),
        # a joined verb in the first one's tense keeps it
        ("Rebels seized the town in January and held it until March.", ["2023-01", "2023-03"]),
    ],
)
def test_a_joined_verb_with_its_own_tense_reads_its_date_in_it(body, want):
    assert _dates(body, "2023-04-10") == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a birth's year is a person's background; a birth on a day is news
        ("He was born in 1956 in Lagos.", []),
        ("Born in March 1990, she joined the army at 18.", []),
        ("A baby girl was born on Tuesday in the rubble.", ["2023-04-04"]),
        # a year that ends a law's title is part of its name
        ("The Clean Air Act of 1970 set the first limits.", []),
        ("Congress passed the bill in 1970.", ["1970"]),
        # years before 1800 are years too
        ("The bridge over the river was built in 1783.", ["1783"]),
        ("In the year 2000, the city hosted the Games.", ["2000"]),
    ],
)
def test_background_years_and_years_of_history(body, want):
    assert _dates(body, "2023-04-10") == want


@pytest.mark.parametrize(
    "phrase, want",
    [
        ("the week of May 8", ("2023-W19", "week")),
        ("in the year 1999", ("1999", "year")),
        ("in 1783", ("1783", "year")),
        ("the 1780s", None),
    ],
)
def test_a_week_named_by_its_day_and_an_old_year(phrase, want):
    assert resolve_date(phrase, dt.date(2023, 4, 10)) == want


@pytest.mark.parametrize(
    "phrase, want",
    [
        # an anniversary: the day, week or month of writing, that many years back
        ("twenty years ago today", ("2003-04-12", "day")),
        ("ten years ago this week", ("2013-W15", "week")),
        ("five years ago this month", ("2018-04", "month")),
        # a count above ten spelled out before its unit
        ("forty years ago", ("1983", "year")),
        ("in twenty years", ("2043", "year")),
        # 'earlier on Tuesday' as 'earlier Tuesday'
        ("earlier on Tuesday", ("2023-04-11", "day")),
    ],
)
def test_anniversaries_counts_in_words_and_earlier_on(phrase, want):
    assert resolve_date(phrase, dt.date(2023, 4, 12)) == want


def test_years_ago_today_is_one_date():
    assert _dates("Twenty years ago today, the first troops crossed the border.", "2023-04-12") == ["2003-04-12"]


@pytest.mark.parametrize(
    "body, want",
    [
        # a release posted days after its dateline: 'today' is the dateline's day
        ("WASHINGTON, April 6, 2023 – The Secretary today announced new sanctions on three firms.", ["2023-04-06"]),
        ("KABUL, April 6 – The governor today opened the new bridge.", ["2023-04-06"]),
        ("KABUL, April 6 – Gunmen attacked a convoy on Monday, police said.", ["2023-04-03"]),
        # a dateline of the day of publication changes nothing
        ("KABUL, April 10 – The governor today opened the new bridge.", ["2023-04-10"]),
    ],
)
def test_relative_days_are_read_from_the_datelines_day(body, want):
    assert _dates(body, "2023-04-10") == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a start or an end set for a day of a month, told in the simple present: the day to come
        ("The law takes effect on January 1.", ["2024-01-01"]),
        ("The ban comes into force on February 1.", ["2024-02-01"]),
        ("The new season opens March 30.", ["2024-03-30"]),
        # told in the past, or of another verb, the day nearest the writing
        ("The trial began on March 3.", ["2023-03-03"]),
        ("Officials inspect the site on March 3.", ["2023-03-03"]),
    ],
)
def test_a_start_set_for_a_day_in_the_simple_present_is_to_come(body, want):
    assert _dates(body, "2023-04-12") == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a happening whose noun gives its length in days ends that many days after it starts
        ("The two-day summit opens Monday in Lima.", [("2023-04-17", "2023-04-18")]),
        ("Leaders will hold a three-day meeting starting on May 2.", [("2023-05-02", "2023-05-04")]),
        ("The 10-day festival began on Friday.", [("2023-04-07", "2023-04-16")]),
        # the day a happening ends is its last, and a noun with no length has no end
        ("A two-day visit to Paris ends on Friday.", [("2023-04-14", None)]),
        ("The festival began on Friday.", [("2023-04-07", None)]),
    ],
)
def test_a_length_in_days_gives_the_end_date(body, want):
    seed = parse_seed("a.txt", f" date 2023-04-12\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert [(e.date, e.end_date) for e in annotate(seed, {}).events] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a deadline set by a demand is no happening of its day
        ("His opponents had pressed for a decision by Tuesday.", []),
        ("Unions demanded a pay deal by Friday.", []),
        ("Leaders called for a ceasefire by the end of the week.", []),
        # a 'by' of no demand, and a demand's own day, stay
        ("The new plant will be finished by June.", ["2023-06"]),
        ("Police asked residents on Friday to leave their homes.", ["2023-04-07"]),
    ],
)
def test_a_deadline_a_demand_sets_is_no_event(body, want):
    assert _dates(body, "2023-04-12") == want


def test_a_speech_posted_later_reads_today_from_its_own_date_line():
    text = (
        " date 2010-03-08\n title: Remarks at the Trade Forum\n\nRemarks at the Trade Forum\n\n"
        "Maria Lind, Minister of Trade\n\nSantiago, March 3, 2010\n\n"
        "Good afternoon. Today we signed an agreement on clean energy with Chile.\n\n"
        "Yesterday I met the president to discuss the relief effort.\n"
    )
    seed = parse_seed("a.txt", text.encode(), today=dt.date(2030, 1, 1))
    dates = [e.date for e in annotate(seed, {}).events]
    assert "2010-03-02" in dates and "2010-03-08" not in dates and "2010-03-07" not in dates


@pytest.mark.parametrize(
    "body, want",
    [
        # what an anniversary is of lies that many years back
        ("Families marked the first anniversary of the October 7 attack on Tuesday.", ["2023-10-07", "2024-10-08"]),
        ("Today is the tenth anniversary of the March earthquake.", ["2014-03"]),
        # no anniversary, no move
        ("The October 7 attack killed hundreds.", ["2024-10-07"]),
    ],
)
def test_the_date_an_anniversary_is_of_is_years_back(body, want):
    assert _dates(body, "2024-10-08") == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a number expected over a coming period: a forecast of a figure
        ("And the ministry expects 45 by next year.", []),
        ("Nearly 60,000 are expected to come back this year.", []),
        ("The carmaker says it expects repairs and lost sales to total one billion dollars by the end of May.", []),
        # an expected happening with no number stays an event
        ("The vote is expected to take place in May.", ["2023-05"]),
    ],
)
def test_a_number_expected_over_a_period_is_no_event(body, want):
    assert _dates(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a witness's past 'it' of the day, in a quotation, after the day's happening: that day told again
        (
            'Rail workers went on strike across the country today. "Usually it takes me an hour, and today it took'
            ' me four hours," one commuter said.',
            ["2023-04-06"],
        ),
        (
            'The two teams played a friendly match in the capital today. "I have played in Sydney before, so it was'
            ' wonderful to play with them today," the captain said.',
            ["2023-04-06"],
        ),
        # the speakers' own deed that day is a happening of its own
        (
            'Rail workers went on strike across the country today. "We closed the station today and sent the staff'
            ' home," the manager said.',
            ["2023-04-06", "2023-04-06"],
        ),
    ],
)
def test_a_quoted_it_of_today_after_the_days_event_is_no_second_event(body, want):
    assert _dates(body) == want
