"""Which date phrases become events, and at what date: general rules, each shown on an invented sentence.

Every sentence here is made up for the rule it tests (none is copied from a corpus text); each
test fails when its rule is taken out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.dates import resolve_date
from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _annotate(body: str, date: str = "2023-04-06"):
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, {})


def _events(body: str, date: str = "2023-04-06") -> list[tuple[str, str | None]]:
    return [(e.date, e.end_date) for e in _annotate(body, date).events]


@pytest.mark.parametrize(
    "body, want",
    [
        # a verb that can name ('declare', 'call') names only what comes after it: a date before it is its time
        ("The governor today declared a state of emergency in three counties.", ["2023-04-06"]),
        ("This evening, I called President Alvaro Ramos to offer our support.", ["2023-04-06"]),
        ("Calling this week the crucial phase of the talks, the envoy urged restraint.", []),
        # a date after the naming verb's object is the verb's time
        ("President Alvaro Ramos called Maria Lind today to congratulate her.", ["2023-04-06"]),
    ],
)
def test_a_date_before_a_naming_verb_is_its_time(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a noun subject does the thing, in any tense: a report, not small talk
        ("More than 2,000 farmers will receive their payments today despite the delays.", ["2023-04-06"]),
        ("Figures published today show a rise in exports.", ["2023-04-06"]),
        ("There is a vote in the assembly today.", ["2023-04-06"]),  # a happening told with 'there'
        ("There are many reasons for hope today.", []),
        # an order to the audience, and a comment on the day's figures, are not
        ("Please keep your questions to the figures presented today.", []),
        ("Today's figures show that exports are rising.", []),
        ("Sorry for the delay today.", []),
    ],
)
def test_today_with_a_noun_doing_the_thing_is_no_small_talk(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "phrase, want",
    [
        ("In the early hours of this morning", ("2016-10-27", "day")),
        ("on the night of 4 May", ("2016-05-04", "day")),
        ("the morning of Tuesday", ("2016-10-25", "day")),
        ("in August this year", ("2016-08", "month")),
        ("March last year", ("2015-03", "month")),
        ("June next year", ("2017-06", "month")),
    ],
)
def test_a_part_of_a_day_and_a_month_of_a_year_named_relatively(phrase, want):
    assert resolve_date(phrase, dt.date(2016, 10, 27), "past" if "next" not in phrase else None) == want


def test_a_day_number_the_tagger_left_out_of_a_month_is_part_of_the_date():
    assert _events("Rebels attacked the town on the night of 4 October.", "2016-10-27") == [("2016-10-04", None)]
    assert _events("Police questioned 4 October marchers.", "2016-10-27") == []  # a count before a noun


def test_a_date_the_parser_cut_off_before_its_clause_is_that_clauses_time():
    body = (
        "Yesterday (5 April 2023) Farm Minister Ola Berg and Water Agency Chief Executive Ruth Dale "
        "have met to discuss the drought experienced by the region."
    )
    assert _events(body) == [("2023-04-05", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        ("This year there are more than 1,500 internships available.", []),
        ("Pupils this year have higher grades than in previous years.", []),
        # what 'be' says is the date, or a happening, or an act the speaker is glad to do: events
        ("And today, we're pleased to announce a new fund for farmers, Minister Ana Lopes said.", ["2023-04-06"]),
    ],
)
def test_a_state_told_in_the_present_tense_is_no_event(body, want):
    assert [d for d, _ in _events(body)] == want


def test_a_coarse_date_of_a_clause_with_a_finer_one_is_the_same_happening():
    body = "The grant comes ahead of the donors' forum taking place next week over 16-17 July."
    assert _events(body, "2018-07-11") == [("2018-07-16", "2018-07-17")]
    # a happening the clause awaits has its own date
    body = "Next week, ahead of the February summit, the Commission will report on the plan."
    assert _events(body) == [("2023-W15", None), ("2024-02", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        ("The ministers will meet in February.", "2024-02"),  # still to come: next February
        ("The ministers will meet again in April.", "2023-04"),  # this month has not ended
        ("The ministers met in February.", "2023-02"),
    ],
)
def test_a_month_alone_in_a_future_clause_has_not_ended_by_publication(body, want):
    assert [d for d, _ in _events(body)] == [want]


def test_a_date_restated_in_another_time_zone_is_no_event_of_its_own():
    body = "The probe landed at 10:32 p.m. PDT Aug. 5, (1:32 a.m. EDT Aug. 6) near the rim of a crater."
    assert _events(body, "2012-08-06") == [("2012-08-05", None)]
    # a clause of its own in parentheses is not a restatement
    assert len(_events("The ship docked on Aug. 5 (the crew left on Aug. 9).", "2012-08-06")) == 2


@pytest.mark.parametrize(
    "phrase, tense, want",
    [
        ("on the 20th", "past", ("2023-03-20", "day")),  # a day of the month nearest publication
        ("on the 20th", "future", ("2023-04-20", "day")),
        ("the day before yesterday", None, ("2023-04-04", "day")),
        ("a fortnight ago", None, ("2023-W12", "week")),
        ("2021-03-03", None, ("2021-03-03", "day")),  # an ISO date is a day, not a span of years
        ("summer 2019", None, ("2019", "year")),
        ("late on Tuesday", "past", ("2023-04-04", "day")),
        ("the mid-2030's", "future", None),  # a decade names no year
        ("the 1990s", None, None),
    ],
)
def test_more_date_forms(phrase, tense, want):
    assert resolve_date(phrase, dt.date(2023, 4, 6), tense) == want


def test_a_decade_the_tagger_cut_before_its_s_is_no_event():
    body = "The minister laid out a plan for sending astronauts to Mars in the mid-2030's."
    assert _events(body, "2012-08-06") == []


@pytest.mark.parametrize(
    "body, want",
    [
        ("The forum, held annually in January, draws thousands.", []),
        ("The company has grown every year since 2015.", []),
        ("The festival takes place every year in July.", []),
        # a frequency in another clause leaves the happening alone
        ("The market opened on Monday as it usually does.", ["2023-04-03"]),
    ],
)
def test_what_happens_again_and_again_is_no_event(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("Police said the suspect was arrested earlier Tuesday.", [("2023-04-04", None)]),
        ("The president will speak later Friday.", [("2023-04-07", None)]),
        # what may happen on a condition is no happening
        ("If the talks fail on Monday, the strike will continue.", []),
        ("The strike will continue unless the union signs the deal on Monday.", []),
        # and so is what the conditioned verb brings about
        ("If any delay causes the ferry not to sail on Wednesday, the company will add a crossing.", []),
    ],
)
def test_wire_forms_of_a_day_and_conditions(body, want):
    assert _events(body) == want


def test_a_date_after_for_is_cut_from_the_line_with_its_preposition():
    body = b" date 2023-04-06\n\nTalks are scheduled for Monday in Geneva."
    seed = parse_seed("a.txt", body, today=dt.date(2030, 1, 1))
    (event,) = annotate(seed, {}).events
    assert (event.evidence, event.summary) == ("for Monday", "Talks are scheduled in Geneva")


def test_a_happening_pointed_back_to_is_not_told_twice():
    body = "Rebels seized the airport on Saturday. That's what happened in Lagos on Saturday."
    assert _events(body) == [("2023-04-01", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        ("Export figures for March showed a fall.", []),
        ("The average rainfall for September was double the norm, officials said on Friday.", ["2023-03-31"]),
        ("The deadline for Friday was missed.", ["2023-03-31"]),  # a happening's noun keeps its date
    ],
)
def test_the_period_a_measure_covers_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # the parser takes the date into the titled name after a preposition left without an object
        ("On Monday Health Minister Anna Berg opened the new clinic.", [("2023-04-03", ("anna-berg",))]),
        ("In March Prime Minister Tomas Rund announced a review.", [("2023-03", ("tomas-rund",))]),
    ],
)
def test_a_date_after_a_preposition_without_object_is_the_time_of_the_clause(body, want):
    assert [(e.date, e.actors) for e in _annotate(body).events] == want


def test_a_date_with_a_typographic_possessive_names_the_happening_after_it():
    body = "The embassy condemned the bombing. This weekend\u2019s cowardly attacks are an attempt to sow fear."
    assert _events(body, "2023-04-09") == [("2023-04-08", "2023-04-09")]


@pytest.mark.parametrize(
    "body, want",
    [
        # 'set', 'planned' as verbs of their own (past, or with a particle) tell what was done
        ("Last week, the two ministers set out the details of the plan.", [("2023-W13", "reported")]),
        ("The rebels planned the raid on Monday.", [("2023-04-03", "reported")]),
        # and mark what is to come when they govern an infinitive or are passive
        ("The rocket is set to launch on Tuesday.", [("2023-04-11", "planned")]),
        ("The vote was scheduled for Tuesday.", [("2023-04-11", "planned")]),
    ],
)
def test_a_word_of_planning_used_as_a_verb_of_its_own_is_a_thing_done(body, want):
    assert [(e.date, e.status) for e in _annotate(body).events] == want


def test_a_season_is_the_year_it_counts_in():
    body = "As the ministry has announced, earlier this summer the governor ordered a rescue mission."
    assert [(e.date, e.evidence) for e in _annotate(body, "2014-08-20").events] == [("2014", "earlier this summer")]


@pytest.mark.parametrize(
    "body, want",
    [
        # a bare year after 'since' starts the span a measure runs over
        ("The economy has grown faster than its neighbours since 2012, the minister said.", []),
        ("Papers published since 2016 have been cited thousands of times.", []),
        # a day after 'since' dates a happening
        ("Grain has been shipped from the port since 3 May 2022.", ["2022-05-03"]),
    ],
)
def test_a_bare_year_after_since_is_a_span_not_a_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a period hyphened to 'long' or 'old' is a length or an age
        ("Fans filled the stadium during the month-long festival.", []),
        ("The minister began a week-long visit to Ghana on Monday.", ["2023-04-03"]),
    ],
)
def test_a_period_written_as_a_length_is_no_date(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, date, want",
    [
        # 'the New Year' (tagged an event): the year about to begin, or the one begun
        ("Talks will resume in the new year, the minister said.", "2017-11-24", ["2018"]),
        ("The ship will leave port in the New Year.", "2018-01-05", ["2018"]),
        # a feast named after it is no date
        ("Thousands celebrated the Lunar New Year in the capital.", "2018-02-17", []),
    ],
)
def test_the_new_year_is_the_year_about_to_begin(body, date, want):
    assert [d for d, _ in _events(body, date)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # two days after each other, joined by 'and': one span
        ("Heavy rains flooded the valley on Saturday and Sunday.", [("2023-04-01", "2023-04-02")]),
        ("The ministers met in Oslo on 3 March and 4 March.", [("2023-03-03", "2023-03-04")]),
        # two days apart: two happenings
        ("The ministers met in Oslo on 3 March and 5 March.", [("2023-03-03", None), ("2023-03-05", None)]),
    ],
)
def test_two_days_in_a_row_joined_by_and_are_one_span(body, want):
    assert _events(body) == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("The probe will escort the comet for the next year.", []),
        ("The agency has made steady progress during the last year.", []),
        ("Refugees returned home in the past year.", [("2022", None)]),  # 'in': the year it happened in
    ],
)
def test_a_stretch_something_lasts_through_is_no_date_of_a_happening(body, want):
    assert _events(body) == want


def test_between_two_dates_is_one_span():
    body = "The indictment alleges that between January 1989 and December 2014, Carl Roe led a smuggling ring."
    assert _events(body, "2017-01-20") == [("1989-01", "2014-12")]


def test_a_dateline_dates_its_sentence_unless_the_main_verb_has_another_day_of_its_own():
    other_day = (
        "LISBON, March 18, 2014 – Defence Minister Carla Mota met Spanish Defence Minister Jose Ruiz "
        "on Sunday to discuss the search."
    )
    assert _events(other_day, "2014-03-18") == [("2014-03-16", None)]
    side_clause = (
        "LISBON, March 8, 2014 – The navy is helping in the search for a ferry that went missing early Friday morning."
    )
    assert ("2014-03-08", None) in _events(side_clause, "2014-03-08")


def test_we_did_something_today_is_no_small_talk():
    assert _events("During our meeting today, we devised a joint action plan to fight fraud.") == [("2023-04-06", None)]


def test_not_only_is_no_denial():
    body = "The attacks of September 11 were not only an attack on Ruritania but also an attack on all free people."
    assert _events(body, "2001-10-06") == [("2001-09-11", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        # a happening's noun that did something in the past has happened: the last such day
        ("Months ago, the world was shocked by the September 28 massacre of protesters.", [("2009-09-28", None)]),
        # not what a saying says, in its own tense, nor a meeting still being prepared for
        ("The ministers discussed preparations for the December meeting.", [("2010-12", None)]),
    ],
)
def test_a_happening_noun_dated_without_a_year_that_did_something_in_the_past(body, want):
    assert _events(body, "2010-06-30") == want


def test_a_month_awaited_in_a_clause_of_no_tense_is_still_to_come():
    body = "The minister set out the priorities, including tackling pollution ahead of the Lisbon summit in November."
    assert _events(body, "2021-02-05") == [("2021-11", None)]


def test_what_only_could_happen_is_no_happening():
    body = "In a report released today, the agency reviews its work and previews what could come in 2024."
    assert ("2024", None) not in _events(body, "2023-12-14")


def test_a_present_state_today_in_a_relative_clause_is_no_happening():
    body = (
        "It is a pleasure to be here to celebrate the Nordic Council, which is as relevant and important today "
        "as it has ever been."
    )
    assert _events(body) == []


@pytest.mark.parametrize(
    "body, whole",
    [
        # the parser ends a sentence after a clock time's 'a.m.' that runs on in lower case
        (
            "The satellite took this picture on March 3, 2021, around 10:45 a.m. local time (18:45 UTC).",
            "The satellite took this picture on March 3, 2021, around 10:45 a.m. local time (18:45 UTC).",
        ),
        # the splitter ends a sentence at a title's abbreviation: the date before it, and after it
        (
            "On Thursday, Maj. Gen. Pat Lee and Ambassador Ruth Kahn toured several sites in Lima.",
            "On Thursday, Maj. Gen. Pat Lee and Ambassador Ruth Kahn toured several sites in Lima.",
        ),
        (
            "The clinic has opened, ministry spokesman Army Col. Sam Ode told reporters at the ministry today.",
            "The clinic has opened, ministry spokesman Army Col. Sam Ode told reporters at the ministry today.",
        ),
    ],
)
def test_an_events_text_is_its_whole_sentence_across_false_splits(body, whole):
    assert [e.text for e in _annotate(body, "2021-03-05").events] == [whole]


def test_a_real_sentence_end_after_an_abbreviation_stays_an_end():
    events = _annotate("The team landed at 10 a.m. Officials met it on Tuesday.", "2021-03-05").events
    assert [e.text for e in events] == ["Officials met it on Tuesday."]


@pytest.mark.parametrize(
    "body, want",
    [
        # an ordinal before a capitalised word begins a name ('the 18th Wing'), no day of a month
        ("Members of the 41st Rescue Squadron from the 18th Wing were ready to go.", []),
        ("Officials met on the 12th to review the plan.", ["2021-02-12"]),
    ],
)
def test_an_ordinal_that_begins_a_name_is_no_date(body, want):
    assert [d for d, _ in _events(body, "2021-03-05")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'November 8 and 9': a bare day number after 'and' ends a span of two days
        ("The talks were held on March 1 and 2 in Geneva.", [("2021-03-01", "2021-03-02")]),
        ("Storms hit the coast on February 26 and 27, killing four people.", [("2021-02-26", "2021-02-27")]),
        # not a count of things after it
        ("The court heard on March 1 and 2 witnesses said the ship sank.", [("2021-03-01", None)]),
    ],
)
def test_a_day_number_after_and_ends_a_span(body, want):
    assert _events(body, "2021-03-05") == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'this time last year', 'this time next year': the same month a year before or after
        ("At this time last year, the council passed the first binding law.", ["2020-03"]),
        ("The minister said the plant would open this time next year.", ["2022-03"]),
        ("The council passed the first binding law last year.", ["2020"]),
        ("The ministers will meet again this time tomorrow to sign the deal.", ["2021-03-06"]),  # a day, as it was
    ],
)
def test_this_time_last_year_is_the_same_month(body, want):
    assert [d for d, _ in _events(body, "2021-03-05")] == want


def test_a_day_named_by_another_is_read_when_the_tagger_leaves_it_untagged():
    # 'the following day' is often no DATE entity of the tagger's: it is found in the text
    body = (
        "Lee arrived in Lima on March 1. He was arraigned the following day on a 17-count indictment, before a judge."
    )
    assert [d for d, _ in _events(body, "2021-03-05")] == ["2021-03-01", "2021-03-02"]


@pytest.mark.parametrize(
    "body, want",
    [
        # a verb of state in the simple present tells how things are at the date, not a happening
        ("Many small firms today require staff who speak two languages.", []),
        ("The old bridge stands today as a reminder of the flood.", []),
        # a later date of such a verb is a deadline, kept
        ("The city needs the funds by May 20, when the loan falls due.", ["2023-05-20"]),
        # a verb of action in the simple present is a happening
        ("The agency today publishes its annual report on rural roads.", ["2023-04-06"]),
    ],
)
def test_a_state_in_the_simple_present_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body",
    [
        "We're joined today by the health minister, Ana Lopes.",
        "I would like to focus my statement today on the Northern Grain Corridor.",
        "In my remarks today, I will speak about the Northern Grain Corridor.",
        "Thank you all for coming to the Ministry of Finance this morning.",
        "Thanks to all of the reporters who have dialed into today's call.",
        "Minister Ana Lopes will take questions from the media today.",
    ],
)
def test_the_speakers_own_occasion_is_no_happening(body):
    assert _events(body) == []


def test_coming_together_is_no_thanks_for_coming():
    assert _events("We commend the parties for coming together today to sign the Accord.") == [("2023-04-06", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        # a day with no year, told right after a day of an earlier year, is in that year
        (
            "The team flew to the flooded mine on June 27, 2018.\n\n"
            "After arriving at the mine at 2 a.m. June 28, the divers began their search.",
            ["2018-06-27", "2018-06-28"],
        ),
        # not when it is months away from it (the story has come back to the present) ...
        (
            "The law was passed on March 3, 2019.\n\nOn August 20, the court struck it down.",
            ["2019-03-03", "2022-08-20"],
        ),
        # ... nor after a year told in passing, nor when it is reckoned from publication
        (
            "The company was founded in 2019.\n\nOn September 10, it opened a new plant in Porto.",
            ["2019", "2022-09-10"],
        ),
        (
            "The mayor took office on October 2, 2019.\n\nShe resigned last October, citing her health.",
            ["2019-10-02", "2021-10"],
        ),
    ],
)
def test_a_day_without_its_year_is_in_the_year_of_the_story_told(body, want):
    assert [d for d, _ in _events(body, "2022-09-30")] == want


@pytest.mark.parametrize(
    "body",
    [
        "That’s what we will keep doing, and I wish you all a very happy 2025.",
        "Minister Ana Lopes wished farmers in the Alentejo a happy 2025.",
    ],
)
def test_a_date_wished_happy_is_a_greeting(body):
    assert _events(body) == []


@pytest.mark.parametrize(
    "body, want",
    [
        # the tagger cuts 'Thursday night' into a DATE and a TIME: the day still dates the clause
        ("A fisherman from Oranby drowned in the harbour Thursday night.", ["2023-04-06"]),
        ("Tuesday evening, Mayor Lisa Varga opened the new bridge over the river.", ["2023-04-04"]),
        ("The first relief trucks reached the valley yesterday morning, officials said.", ["2023-04-05"]),
        ("A strong earthquake struck the coast on Monday afternoon.", ["2023-04-03"]),
    ],
)
def test_a_day_and_its_part_of_the_day_are_one_date(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'as of' dates a tally or a state, not a happening
        ("As of Tuesday, the wildfire had burned 12,000 acres near Dalton.", []),
        ("As of 9 a.m. on April 3, the flood had displaced 4,000 residents of Merrow.", []),
        ("The blaze near Dalton was 40 percent contained as of April 4.", []),
        # ... unless the clause tells of a change still to come from that day
        ("As of tomorrow, the new bridge tolls will no longer apply.", ["2023-04-07"]),
        # a date with no 'as of' is the time of its clause
        ("The wildfire burned 12,000 acres near Dalton on Tuesday.", ["2023-04-04"]),
    ],
)
def test_a_date_after_as_of_is_a_tally_not_a_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a happening noun in the plural is dated as in the singular
        ("The March 30 earthquakes that struck the Orvale valley have left thousands homeless.", ["2023-03-30"]),
        ("The March 30 tornadoes that struck the Orvale valley have left thousands homeless.", ["2023-03-30"]),
        # a storm or an aftershock named by its day is a happening
        ("Norland pledged $2 million in aid after the March 30 typhoon, the ministry said.", ["2023-03-30"]),
        ("Families lost their homes in the March 12 quake and the March 30 aftershock.", ["2023-03-12", "2023-03-30"]),
    ],
)
def test_a_happening_noun_in_the_plural_or_a_storm_is_dated_by_its_day(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body",
    [
        # the tagger leaves 'Earlier today' untagged here: a day named from the day of writing is a date anyway
        "Earlier today, Norland Ambassador Maria Lind announced an additional $2.5 million in aid for Orvale.",
        "Earlier today, Norland's envoy Maria Lind pledged more aid to Orvale.",
    ],
)
def test_a_day_word_the_tagger_left_untagged_is_a_date(body):
    assert [d for d, _ in _events(body)] == ["2023-04-06"]


@pytest.mark.parametrize(
    "body, want",
    [
        # the year still running, in a present clause: a state over the year, no happening
        ("This year, we are celebrating 25 years of the Orvale festival.", []),
        # a past clause of this year tells a happening
        ("The Norland council secured a loan of 40 million euros earlier this year.", ["2023"]),
        ("Norland held elections in 2023, Ana Ruiz said.", ["2023"]),
        # and a future one a planned happening
        ("The Orvale festival will move to a new site later this year.", ["2023"]),
    ],
)
def test_the_year_still_running_in_a_present_clause_is_no_happening(body, want):
    assert [d for d, _ in _events(body, "2023-09-06")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a present (perfect) in a clause of time under a future is still to come: this year's June, planned
        (
            "The council will take its decision in July, after the ministers have discussed it at the 26-27 June "
            "summit.",
            [("2023-07", None, "planned"), ("2023-06-26", "2023-06-27", "planned")],
        ),
        ("The board will sign the deal once the parliament approves it on Monday.", [("2023-04-10", None, "planned")]),
        # under a past, it is past
        ("The board signed the deal after the parliament approved it on Monday.", [("2023-04-03", None, "reported")]),
    ],
)
def test_a_clause_of_time_under_a_future_is_to_come(body, want):
    assert [(e.date, e.end_date, e.status) for e in _annotate(body, "2023-04-06").events] == want


@pytest.mark.parametrize(
    "title, want",
    [
        # a headline ending in a span of days: the trip it names, by the people of the text it names
        (
            "Minister Lind Travels to Orvale and Norland, April 11-14, 2023",
            [("2023-04-11", "2023-04-14", "planned", ("maria-lind",))],
        ),
        ("Minister Lind's Orvale Visit, 3-5 April", [("2023-04-03", "2023-04-05", "reported", ("maria-lind",))]),
        # a single day there is the page's own date, no happening
        ("Update on the floods - Thursday 6 April", []),
    ],
)
def test_a_headline_ending_in_a_span_of_days_is_its_happening(title, want):
    body = f" date 2023-04-06\ntitle: {title}\n\nFact sheet\n\nForeign Minister Maria Lind leads the delegation.\n"
    seed = parse_seed("a.txt", body.encode(), today=dt.date(2030, 1, 1))
    got = [(e.date, e.end_date, e.status, e.actors) for e in annotate(seed, {}).events]
    assert got == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a count of what has happened up to the day of writing is no happening at the period
        ("More than 40 aid workers have been abducted so far this year in the province.", []),
        ("Ninety people have died thus far in 2023, officials said.", []),
        ("Forty aid workers were abducted this year in the province.", ["2023"]),
    ],
)
def test_a_count_so_far_is_no_happening(body, want):
    assert [d for d, _ in _events(body, "2023-09-06")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # what went on through a period still running is a state kept up, not a happening
        ("This week, we continued to see record heat across the south.", []),
        ("In 2023, the agency continued fighting disease in the north.", []),
        # a day's continuing is that day's doing; so is a period that is over
        ("Talks continued on Tuesday in the capital.", ["2023-09-05"]),
        ("Last week, the army continued its offensive in the north.", ["2023-W35"]),
    ],
)
def test_continuing_through_the_running_period_is_no_happening(body, want):
    assert [d for d, _ in _events(body, "2023-09-06")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a date before a bare plural subject of a simple present: what such people do nowadays
        ("Today, scientists travel the world to study eclipses.", []),
        ("Today, farmers grow more maize than their parents did.", []),
        # after the subject, or a subject picked out by a number or determiner: the day's happening
        ("Officials today unveil a new plan for the port.", ["2023-04-06"]),
        ("Three ministers today sign the accord in the capital.", ["2023-04-06"]),
    ],
)
def test_today_before_a_bare_plural_in_the_present_is_generic(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a noun made from a verb, dated by a day before it, is a deed of that day
        ("Troops prepared for Tuesday's withdrawal from the town.", ["2023-04-04"]),
        ("The June 21 performance will be shown live on television.", ["2023-06-21"]),
        ("The June 21 performance is available to viewers online.", ["2023-06-21"]),
        # not how things stand today, nor a year's name
        ("Today's situation in the capital is calm.", []),
        ("The 2011 constitution was praised by the court.", []),
    ],
)
def test_a_days_date_before_a_deeds_noun_is_its_time(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a day's date before a noun whose kind a happening's noun names is that happening's time, read
        # as the happening's own (the nearest October 7, Friday), not in the clause's past
        ("Engineers checked the valves ahead of the probe's October 7-11 launch window.", ["2023-10-07"]),
        ("The agency has chosen a landing site for its Friday landing attempt.", ["2023-09-08"]),
        # a date before a noun of no happening is not, nor a month's (the happening dates it)
        ("The agency has chosen a landing site for its Friday budget review.", []),
        ("The agency has chosen a landing site for its November landing attempt.", []),
    ],
)
def test_a_date_before_a_happenings_kind_is_its_time(body, want):
    assert [d for d, _ in _events(body, "2023-09-06")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a present 'be' with a preposition's phrase for complement and a thing for subject: a state
        ("Today, rivalry between the two ports is again on the rise.", []),
        ("The slides for today's briefing are on the website.", []),
        ("The thoughts of the whole region are today with the flood victims.", []),
        # the phrase holding the date, someone somewhere, a happening in a clause of its own: the day's
        ("The vote is on Tuesday.", ["2023-04-04"]),
        ("The minister is in Orvale today.", ["2023-04-06"]),
        ("Our prayers are with the people of Orvale tonight as they suffer a brutal attack.", ["2023-04-06"]),
    ],
)
def test_where_a_thing_stands_today_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # some moment of a period ('anytime', 'any time') is a condition, at either end of the period
        ("Farms that were flooded anytime between March 7 and August 31 will receive aid.", []),
        ("Growers who sold cattle at any time in May were paid twice.", []),
        ("Troops were deployed between March 7 and August 31.", ["2023-03-07"]),
        # an average over a period is a measure, not a happening
        ("Spending is higher than the average annual budget between 2015 and 2020.", []),
        ("The average rainfall over 2010-2015 was low.", []),
    ],
)
def test_any_time_of_a_period_and_an_average_over_it_are_no_happenings(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        ("The first thing we should be thinking about today is sending our condolences to the Ruritanian people.", []),
        ("Ministers must act today to protect the coast, the mayor said.", []),
        ("The ministry must publish the figures by June 30, the court ruled.", ["2023-06-30"]),
        ("The council must vote on the budget on April 10, the mayor said.", ["2023-04-10"]),
    ],
)
def test_what_ought_to_be_done_on_the_day_of_speaking_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a happening named by its date before its noun, after an event of that date with that noun: told again
        (
            "The ruling party's candidate won the presidential election on Saturday. Monitors said Saturday's "
            "election was marred by fraud.",
            ["2023-04-01"],
        ),
        (
            "Crowds remain in the square where street protests in February toppled the cabinet. Burnt tyres are "
            "left from the February protests that forced the premier out.",
            ["2023-02"],
        ),
        # another noun, or another date, is another happening
        (
            "The ruling party's candidate won the presidential election on Saturday. Monitors said Saturday's "
            "riots left four people dead.",
            ["2023-04-01", "2023-04-01"],
        ),
        (
            "The ruling party's candidate won the presidential election on Saturday. Monitors said Sunday's "
            "election was marred by fraud.",
            ["2023-04-01", "2023-04-02"],
        ),
    ],
)
def test_a_happening_named_again_by_its_date_is_told_once(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want, date",
    [
        # a happening of nature named by its month has happened: the month before the day of writing
        ("The island has struggled with damage from the January earthquake ever since.", ["2022-01"], "2022-11-20"),
        ("Aid groups are still rebuilding homes destroyed in the December floods.", ["2021-12"], "2022-11-20"),
        # a meeting named by its month may be ahead
        ("The ministers are preparing the agenda of the January summit.", ["2023-01"], "2022-11-20"),
    ],
)
def test_a_force_of_nature_named_by_its_month_has_happened(body, want, date):
    assert [d for d, _ in _events(body, date)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a bare year before the name of a yearly publication names its edition
        ("The agency released its 2023 Progress Report, which reviews six regions.", []),
        ("The ministry published its 2022 annual review on Tuesday.", ["2023-04-04"]),
        # not before a happening's noun
        ("The 2022 elections brought a new government to power.", ["2022"]),
    ],
)
def test_the_year_of_an_edition_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a plan the sentence says fell through: denied, or put off
        ("The prosecutor was scheduled to make an announcement Monday morning but did not do so.", []),
        ("The talks were scheduled to resume on Monday but never did.", []),
        ("The vote was set for Tuesday but was postponed.", []),
        ("The minister was expected to arrive on Monday, but the visit was called off.", []),
        # a plan still standing, or a thing done and another not
        ("The talks are expected to resume on Monday, but they will not last long.", ["2023-04-10"]),
        ("The minister arrived on Monday but did not speak to reporters.", ["2023-04-03"]),
    ],
)
def test_a_plan_that_fell_through_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want, date",
    [
        # 'is due' tells what is to come: the December ahead, also written in the January after another one
        ("The vote is due in December.", ["2023-12"], "2023-01-05"),
        ("The final report is due on Friday.", ["2023-01-06"], "2023-01-05"),
        ("Payments were due on Monday.", ["2023-01-02"], "2023-01-05"),
    ],
)
def test_what_is_due_is_to_come(body, want, date):
    assert [d for d, _ in _events(body, date)] == want


@pytest.mark.parametrize(
    "body, want, date",
    [
        # a day word with its day written out after it in parentheses is that day
        ("The minister will set out the plan today (3 July 2025) at a clinic in Leeds.", ["2025-07-03"], "2025-07-02"),
        ("The deal was signed yesterday (Thursday 14 November) in the town hall.", ["2024-11-14"], "2024-11-16"),
        # a day in parentheses that agrees changes nothing; none, nothing either
        ("The deal was signed yesterday (Thursday 14 November) in the town hall.", ["2024-11-14"], "2024-11-15"),
        ("The minister will set out the plan today at a clinic in Leeds.", ["2025-07-02"], "2025-07-02"),
    ],
)
def test_a_day_word_is_the_day_written_out_after_it(body, want, date):
    assert [d for d, _ in _events(body, date)] == want


def test_a_day_written_out_with_a_weekday_it_is_not_leaves_the_day_word():
    # 3 September 2023 was a Sunday: the slip is the written-out day's, 'tomorrow' stands
    body = "The minister spoke ahead of Parliament returning tomorrow (Monday 3 September) from its recess."
    assert [d for d, _ in _events(body, "2023-09-03")] == ["2023-09-04"]


@pytest.mark.parametrize(
    "body, want",
    [
        # a date after what is said, parsed onto the saying ('re-open' cut in three), is read in what is said's tense
        ("The mediator said the peace talks with the rebels will re-open Monday in Geneva.", ["2023-04-10"]),
        # the saying's own time, right after it or after the quote, is read in the saying's tense
        ("The mediator said Monday the talks will resume soon.", ["2023-04-03"]),
    ],
)
def test_a_date_after_what_is_said_is_read_in_its_tense(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a bare year in parentheses after a name is the name's (a document's year)
        ("The envoy helped draft Security Council Resolution 1401 (2002), which set up the mission.", []),
        ("Under the Coastal Protection Act (2011), councils must publish flood maps.", []),
        # after a common noun it dates the happening
        ("The strike (2019) was the longest in decades.", ["2019"]),
    ],
)
def test_a_year_in_parentheses_after_a_name_is_part_of_the_name(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a verb of doing in the simple present with a bare weekday tells what is scheduled: the weekday to come
        ("The trial begins Monday.", ["2023-04-10"]),
        ("The foreign minister travels to Lisbon on Saturday.", ["2023-04-08"]),
        # 'is to' tells a plan
        ("The president is to visit Ghana on Monday.", ["2023-04-10"]),
        # a state, or a verb of the past, is read as before
        ("The museum remains closed Monday.", ["2023-04-03"]),
        ("The trial began Monday.", ["2023-04-03"]),
    ],
)
def test_a_scheduled_present_with_a_weekday_is_to_come(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a month before a name that qualifies a happening's noun dates the happening
        ("The people voted for change in the March Assembly elections.", ["2023-03"]),
        # not before a name alone
        ("The March Assembly building was closed for repairs.", []),
    ],
)
def test_a_month_before_a_name_of_a_happening_dates_it(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'the second time in six weeks': a count over the weeks gone by, no date six weeks ahead
        ("For the second time in six weeks, Athens voters are going to the polls.", []),
        ("For the third time in two months, the river has burst its banks near the bridge.", []),
        # a span after a verb, with no ordinal noun, still dates what is planned
        ("The third phase of the works will begin in six weeks.", ["2023-W20"]),
    ],
)
def test_an_ordinal_noun_before_in_and_a_span_counts_over_the_span(body, want):
    assert [d for d, _ in _events(body)] == want


def test_later_in_the_afternoon_is_the_day_spoken_of_last():
    """'Later in the afternoon' names a part of the day the text spoke of last, as 'later that afternoon'."""
    body = (
        "On Thursday morning, the mayor will open the new bridge. Later in the afternoon, the mayor will meet"
        " the transport minister at city hall."
    )
    assert [d for d, _ in _events(body, "2023-04-03")] == ["2023-04-06", "2023-04-06"]


@pytest.mark.parametrize(
    "body, date, want",
    [
        # a happening's noun after 'after' or 'following' in a past clause, or 'since' in a perfect one, came
        # before what the clause tells: the day before the day of writing, not the one just after it
        ("After the May 12 flood, the farmer did not sleep for three days.", "2009-05-09", ["2008-05-12"]),
        ("Following the May 11 summit, the two leaders signed a trade deal.", "2009-05-09", ["2008-05-11"]),
        ("Since the May 12 vote, the ruling party has split in two.", "2009-05-09", ["2008-05-12"]),
        # not in a clause still to come, nor the time of a happening planned
        ("After the May 12 vote, the ruling party will choose a new leader.", "2009-05-09", ["2009-05-12"]),
        ("The ministers discussed plans for the May 12 summit.", "2009-05-09", ["2009-05-12"]),
    ],
)
def test_a_happening_after_after_or_since_in_a_past_clause_has_happened(body, date, want):
    assert [d for d, _ in _events(body, date)] == want


def test_from_now_through_a_date_runs_from_the_day_of_writing_to_that_date():
    """'from now through March 14': a span that begins on the day of writing and ends on that date."""
    body = "Three navies will hold joint exercises off the coast from now through March 14."
    assert _events(body, "2013-02-28") == [("2013-02-28", "2013-03-14")]
    body = "The bridge will stay closed from now until March 14 for repairs."
    assert _events(body, "2013-02-28") == [("2013-02-28", "2013-03-14")]


def test_years_ago_this_year_is_that_year_back():
    assert resolve_date("some 70 years ago this year", dt.date(2023, 4, 6)) == ("1953", "year")
    assert _events("The two countries established relations some 70 years ago this year.") == [("1953", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        # a year before an agreement's noun dates its making
        ("The dispute was settled in a 1974 treaty between the two kingdoms.", ["1974"]),
        ("The rebels laid down their arms after signing a 2011 peace accord.", ["2011"]),
        # not before another noun ('the 2020 budget' names an edition; the approval has its own date)
        ("The 2020 budget was approved by the assembly.", []),
    ],
)
def test_a_year_before_an_agreement_dates_its_making(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a happening's noun dated by a period reckoned from the day of writing, and again by a day inside it
        (
            "Last year's earthquake destroyed the village school. After the October 3, 2009 earthquake, "
            "the teachers left.",
            ["2009-10-03"],
        ),
        (
            "The island was battered last week by a powerful cyclone. Since the cyclone struck on October 8, "
            "aid flights have landed daily.",
            ["2010-10-08"],
        ),
        ("This year the parade was held in Tartu. Soldiers marched in the Victory Day parade June 23.", ["2010-06-23"]),
        # not another one of its kind, nor a start told by its own verb, nor a happening of another noun
        (
            "An earthquake shook the city last week. A second earthquake struck on October 8.",
            ["2010-W40", "2010-10-08"],
        ),
        (
            "The protests began last week. Police arrested ten people at the protests on October 8.",
            ["2010-W40", "2010-10-08"],
        ),
        (
            "The island was hit by floods last week. The president toured the island on October 8.",
            ["2010-W40", "2010-10-08"],
        ),
    ],
)
def test_a_happening_dated_coarser_and_again_finer_is_one(body, want):
    assert [d for d, _ in _events(body, "2010-10-16")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'had' with a counted object, and 'be' with an age, tell a state at the date: how many, how old
        ("In 2010 the town had 300 schools.", []),
        ("Last year the reserve had 40 rhinos counted by rangers.", []),
        ("He was only twelve years old in 1986.", []),
        # not a happening's noun counted, nor the perfect, nor an age still to come
        ("The ministers had 12 meetings last week.", ["2014-W10"]),
        ("Rebels had seized 30 trucks in 2010.", ["2010"]),
        ("The prince will be ten years old in May.", ["2014-05"]),
    ],
)
def test_a_count_held_or_an_age_at_a_date_is_no_happening(body, want):
    assert [d for d, _ in _events(body, "2014-03-13")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a past 'be' with an adjective alone tells a condition at the date (a measure, a state)
        ("Fewer than a third of the pupils were literate in 1990.", []),
        ("The lake was shallower last summer.", []),
        ("The minister was absent on Tuesday.", []),
        # not an adjective with its own complement, a date inside it, a participle, nor one still to come
        ("The militia was responsible for the raid on Tuesday.", ["2014-03-11"]),
        ("The bridge was closed on Tuesday.", ["2014-03-11"]),
        ("The new port will be operational in May.", ["2014-05"]),
    ],
)
def test_a_condition_at_a_date_is_no_happening(body, want):
    assert [d for d, _ in _events(body, "2014-03-13")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a moment minutes or hours from the time of writing (a TIME entity) dates a happening of that day
        ("The foreign minister met the president of Chad a few minutes ago.", ["2014-03-13"]),
        ("Rescue teams will begin searching the valley in the next two or three hours.", ["2014-03-13"]),
        # not a stretch of hours reckoned back to now
        ("In the last 24 hours, rescuers pulled 40 people from the rubble.", []),
    ],
)
def test_minutes_or_hours_from_now_are_the_day_of_writing(body, want):
    assert [d for d, _ in _events(body, "2014-03-13")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # what an anniversary is of happened that many years before the anniversary's date, at its precision
        ("The two nations this year mark the 30th anniversary of the Harbour Accord.", ["1984"]),
        ("We gathered to congratulate the institute on its fifty year anniversary.", ["1964"]),
        ("Yesterday the city marked the 12th anniversary of the dam collapse.", ["2014-03-12", "2002-03-12"]),
        # not when the happening is told in its own words, nor when the phrase holds its date
        (
            "The dam collapsed in 2002. Yesterday the city marked the 12th anniversary of the collapse.",
            ["2002", "2014-03-12"],
        ),
        ("Last week they marked the first anniversary of the March 3 attack.", ["2014-W10", "2013-03-03"]),
    ],
)
def test_what_an_anniversary_is_of_is_dated_by_it(body, want):
    assert [d for d, _ in _events(body, "2014-03-13")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # 'over the past week' is a stretch reckoned from the day of writing, as 'during the past week' is
        ("The ferries have been out of service over the past week.", []),
        ("The ferries have been out of service during the past week.", []),
        # not 'over' of another word, nor 'over the weekend'
        ("The storm passed over the city last week.", ["2019-W43"]),
        ("Over the weekend, rebels attacked the town.", ["2019-10-26"]),
    ],
)
def test_over_the_past_week_is_a_stretch(body, want):
    assert [d for d, _ in _events(body, "2019-10-29")] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # a verb form used as a preposition ('following', 'according to') has no clause: the verb above tells the tense
        ("Parliament will be dissolved following a vote on Monday.", ["2023-04-10"]),
        # a participle that only opens a span ('beginning', 'starting') takes the tense of the verb it hangs on
        ("The airline will cut flights to Lagos beginning on Monday.", ["2023-04-10"]),
        ("Unite will hold a strike starting Monday, the union said.", ["2023-04-10"]),
        ("The airline cut flights to Lagos beginning on Monday.", ["2023-04-03"]),
    ],
)
def test_a_verb_used_as_a_preposition_is_not_the_clause_of_its_date(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "body, want",
    [
        # the day after 'until' given or had is the time allowed for a deed, no happening of that day
        ("The court has given him until Friday to find a new lawyer.", []),
        ("The tribunal gave the two parties until Monday to reach a deal.", []),
        ("Applicants have until 30 June to register with the electoral commission.", []),
        # 'until' on any other verb is still the end of what the verb tells
        ("Rebels held the town until Monday, when the army retook it.", ["2023-04-03"]),
    ],
)
def test_the_time_given_until_a_day_is_no_happening_of_that_day(body, want):
    assert [d for d, _ in _events(body)] == want


@pytest.mark.parametrize(
    "phrase, want",
    [
        # a count joined to its unit by a hyphen is written as with a space
        ("three-weeks ago", ("2004-W09", "week")),
        ("four-months ago", ("2003-11", "month")),
        ("three weeks ago", ("2004-W09", "week")),
    ],
)
def test_a_hyphenated_count_before_ago_is_reckoned_back(phrase, want):
    assert resolve_date(phrase, dt.date(2004, 3, 21)) == want


def test_a_hyphenated_count_before_ago_dates_its_happening():
    assert _events("The Kenyan army moved into the town three-weeks ago.") == [("2023-W11", None)]


@pytest.mark.parametrize(
    "body, want",
    [
        # what 'compared to' or 'compared with' sets beside the news is a yardstick: its date is no happening
        ("The index fell 3 percent, compared to a rise of 2 percent in 2019.", []),
        ("Exports rose 5 percent last year, compared with a fall in 2020.", ["2022"]),
        # 'compared' as the verb of a subject is a happening like any other
        ("The Kenyan army compared the town to Mogadishu on Monday.", ["2023-04-03"]),
    ],
)
def test_a_date_of_what_the_news_is_compared_with_is_no_happening(body, want):
    assert [d for d, _ in _events(body)] == want
