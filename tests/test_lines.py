"""The short who-did-what line of an event (annotate/lines.py), on hand-written sentences."""

import datetime as dt

import pytest

from generator.annotate.lines import LIMIT, cut_line
from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _events(body, date="2022-04-08"):
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, {}).events


def _line(body, evidence=None, date="2022-04-08"):
    events = _events(body, date)
    if evidence is not None:
        events = tuple(e for e in events if evidence in e.evidence)
    assert len(events) == 1, events
    return events[0].summary


@pytest.mark.parametrize(
    "body,want",
    [
        # attribution at the end, and 'according to', go
        (
            "Russian forces shelled the city of Kharkiv on Tuesday, Ukrainian officials said.",
            "Russian forces shell the city of Kharkiv",
        ),
        ("Russia, officials said, attacked the city on Monday.", "Russia attacks the city"),
        ("According to the police, the suspect fled the building on Monday.", "The suspect flees the building"),
        # an appositive and a relative clause go
        (
            "Jens Stoltenberg, the secretary general of NATO, met the foreign ministers on Wednesday.",
            "Jens Stoltenberg meets the foreign ministers",
        ),
        (
            "The ministers, who had travelled from thirty countries, approved the plan on Thursday.",
            "The ministers approve the plan",
        ),
        # an adverbial clause goes
        (
            "The government resigned on Friday after protesters occupied the parliament building.",
            "The government resigns",
        ),
        # the introduction before the subject goes
        (
            "In a surprise move on Monday, the central bank raised interest rates.",
            "The central bank raises interest rates",
        ),
        # a passive in the present
        ("Two soldiers were killed in the attack on Saturday.", "Two soldiers are killed in the attack"),
        # two verbs of one subject both in the present; a hyphen in a title is no dateline's dash
        (
            "The army chief dissolved parliament on Thursday and announced plans for a new government.",
            "The army chief dissolves parliament and announces plans for a new government",
        ),
        (
            "In Geneva on Tuesday, U.N. Under-Secretary-General Valerie Amos appealed for aid.",
            "U.N. Under-Secretary-General Valerie Amos appeals for aid",
        ),
        # a dateline is no part of the line, and the name after it is the subject
        (
            "KATHMANDU, Nepal, May 20, 2015 – Joint Task Force 505 is drawing down its relief operations as the "
            "Nepalese government takes over.",
            "Joint Task Force 505 is drawing down its relief operations",
        ),
        # 'according to' is no verb of the date
        (
            "At least 1,774 people were killed by the storm, according to a November 11 USAID fact sheet.",
            "At least 1,774 people are killed by the storm according to a USAID fact sheet",
        ),
        # a planned happening keeps its tense
        ("The ministers will meet in Brussels on April 12.", "The ministers will meet in Brussels"),
    ],
)
def test_the_line_is_the_dated_clause_without_its_side_parts(body, want):
    assert _line(body) == want


def test_two_dates_of_two_happenings_give_each_its_own_clause():
    body = (
        "This was the first shipment of heavy weapons to the country since the Russian invasion began "
        "on February 24, officials said on Friday."
    )
    events = _events(body)
    by_evidence = {e.evidence: e.summary for e in events}
    assert by_evidence["on February 24"] == "The Russian invasion begins"
    assert "invasion" not in by_evidence["on Friday"]


def test_a_joined_verb_with_a_date_of_its_own_is_another_happening():
    body = (
        "The patient left Liberia on the 19th of September, arrived in the U.S. on the 20th of September, "
        "had no symptoms when departing Liberia."
    )
    lines = {e.evidence: e.summary for e in _events(body, "2014-10-01")}
    assert lines["on the 19th of September"] == "The patient leaves Liberia, has no symptoms"
    assert lines["on the 20th of September"] == "The patient arrives in the U.S."


def test_another_dates_today_is_not_in_the_line():
    body = "John Kerry today spoke with President John Mahama before the elections on December 7."
    lines = {e.evidence: e.summary for e in _events(body, "2016-11-20")}
    assert lines["on December 7"] == "John Kerry speaks with President John Mahama before the elections"


def test_two_dates_of_one_happening_stay_one_event():
    events = _events("NATO foreign ministers met in Brussels on Wednesday, April 6.")
    assert len(events) == 1
    assert events[0].summary == "NATO foreign ministers meet in Brussels"


def test_a_pronoun_subject_becomes_the_name_it_was_resolved_to():
    body = (
        "Prime Minister Jacinda Ardern visited the town of Greymouth.\n\nShe met the families of the miners on April 5."
    )
    assert _line(body, "April 5") == "Jacinda Ardern meets the families of the miners"


def test_a_first_person_subject_that_became_a_name_takes_the_third_person():
    body = 'Remarks by Secretary General Jens Stoltenberg\n\n"I am travelling to Kyiv on April 12," Stoltenberg said.'
    assert _line(body, "April 12") == "Jens Stoltenberg is travelling to Kyiv"


def test_the_date_stays_when_the_clause_needs_it():
    assert _line("The summit was on Tuesday.") == "The summit is on Tuesday"


def test_a_long_clause_is_held_to_the_limit_and_keeps_its_subject_and_verb():
    body = (
        "The foreign ministers of the twenty-seven member states of the European Union meeting for two days "
        "in the old Justus Lipsius building in the centre of Brussels approved new sanctions against Russia "
        "on Thursday."
    )
    line = _line(body)
    assert len(line.split()) <= LIMIT
    assert line.startswith("The foreign ministers") and line.endswith("approve new sanctions against Russia")


def test_a_line_is_never_empty():
    for body in ("Yesterday.", "Tuesday, April 5.", "On Monday."):
        for e in _events(body):
            assert e.summary.strip(), body
    assert cut_line("") == "(no text)"
    assert cut_line(" ".join(["word"] * 40)).split() == ["Word"] + ["word"] * (LIMIT - 1)


def _actors(body):
    events = _events(body)
    assert len(events) == 1, events
    return events[0].actors


@pytest.mark.parametrize(
    "body,want,not_want",
    [
        # 'it' of a body's own saying is that body; the line names it
        (
            "The U.N. World Food Program says it will begin to airlift food to Somalia on Wednesday.",
            "world-food-program",
            None,
        ),
        # 'she' of a saying above her clause is who said it
        (
            "Supporters of opposition leader Maria Lopez say she won a seat in parliament on Sunday.",
            "maria-lopez",
            None,
        ),
        # the speaker did the saying; who is in what was said did not
        ("Keiko Fujimori said on Monday that Ollanta Humala had won the election.", "keiko-fujimori", "humala"),
        # an appositive is not a party: Power's title names the United Nations
        (
            "Samantha Power, the U.S. ambassador to the United Nations, launched the campaign on Tuesday.",
            "samantha-power",
            "united-nations",
        ),
        # a time ('after the Paralympics') and what rules are ('the EU rules') are no actors
        ("Tina McKenzie retired from the game after the 2012 Summer Paralympics in London.", "mckenzie", "paralympics"),
        (
            "The European Commission decided on Tuesday to fine Google for breaking the EU antitrust rules.",
            "european-commission",
            "european-union",
        ),
    ],
)
def test_event_actors_are_the_actors_of_the_dated_clause(body, want, not_want):
    actors = _actors(body)
    assert any(want in a for a in actors), actors
    if not_want:
        assert not any(not_want in a for a in actors), actors


def test_a_country_someone_visits_is_where_they_went_not_an_actor():
    body = "Colombia signed a peace accord with the rebels.\n\nJohn Kerry is going to be visiting Colombia on Monday."
    (event,) = _events(body)
    assert event.actors == ("john-kerry",)


def test_she_under_a_persons_saying_is_that_person_not_the_most_named_one():
    body = (
        "Candidate Ollanta Humala led the count.\n\nPresident-elect Ollanta Humala thanked voters. Ollanta "
        "Humala said he spoke with Keiko Fujimori.\n\nKeiko Fujimori said she conceded defeat on Monday."
    )
    (event,) = _events(body)
    assert event.actors == ("keiko-fujimori",)
    assert event.summary == "Keiko Fujimori concedes defeat"


def test_a_pronoun_subject_is_resolved_even_when_another_person_is_in_the_clause():
    (event,) = _events("Keiko Fujimori said she met President Ollanta Humala in Lima on Monday.")
    assert set(event.actors) == {"keiko-fujimori", "ollanta-humala"}
    assert event.summary == "Keiko Fujimori meets President Ollanta Humala in Lima"


def test_a_transcript_label_is_not_part_of_the_line_and_i_is_the_speaker():
    body = (
        "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator John Kirby\n\n"
        "MR. KIRBY: I spoke to the minister on Monday, and we sent more aid."
    )
    events = _events(body, date="2023-05-23")
    assert [(e.summary, e.actors) for e in events] == [("John Kirby speaks to the minister", ("john-kirby",))]


@pytest.mark.parametrize(
    "body,want",
    [
        # who is thanked for doing a thing did it, and two of them stay joined by 'and'
        ("The minister thanked Norway for hosting the talks on Monday.", "Norway hosts the talks"),
        (
            "We thanked the United States and Britain for sending aid on Monday.",
            "The United States and Britain send aid",
        ),
    ],
)
def test_the_object_thanked_for_a_deed_is_its_subject(body, want):
    assert _line(body) == want


_STATEMENT = "Statement by Governor Jane Roe on the Floods\n\n"


@pytest.mark.parametrize(
    "body,want",
    [
        # a contraction glued to 'I'/'we' is the auxiliary, with either apostrophe, whatever its tag
        ("On Monday, I’ve returned from Dunmore.", "Jane Roe returns from Dunmore"),
        ("On Monday, I've returned from Dunmore.", "Jane Roe returns from Dunmore"),
        ("I’m signing the flood order on April 20.", "Jane Roe is signing the flood order"),
        ("On Monday, I'd met the mayor of Dunmore.", "Jane Roe meets the mayor of Dunmore"),
        ("On Monday, I’d met the mayor of Dunmore.", "Jane Roe meets the mayor of Dunmore"),
        ("On Monday, we’ve agreed a plan with the farmers.", "We agree a plan with the farmers"),
        ("On Monday, I didn’t meet the mayor of Dunmore.", "Jane Roe doesn’t meet the mayor of Dunmore"),
    ],
)
def test_a_contraction_is_the_verb_it_stands_for(body, want):
    assert _line(_STATEMENT + body, date="2022-04-12") == want


def test_a_perfect_cut_in_two_by_an_adverbial_is_one_verb():
    body = (
        "Ambassador Jane Roe arrived in Dunmore. The ambassador told reporters she had earlier in the day met "
        "with the mayor of Dunmore."
    )
    assert _line(body, evidence="earlier in the day") == "Jane Roe meets with the mayor of Dunmore"


def test_a_little_word_doubled_by_a_dropped_quotation_mark_is_written_once():
    assert cut_line("The manager thought the “the crew is ready") == "The manager thought the crew is ready"
    assert cut_line("Floods hit Dunmore and and the hills") == "Floods hit Dunmore and the hills"
    assert cut_line("She said that that plan failed") == "She said that that plan failed"


def test_two_names_joined_before_the_subject_head_take_a_plural_verb():
    body = "On Monday, Floods Minister Jane Roe and Agency Chief Executive John Doe met with farmers in Dunmore."
    assert _line(body) == "Floods Minister Jane Roe and Agency Chief Executive John Doe meet with farmers in Dunmore"
    assert _line("The Minister of Trade and Industry met the farmers on Monday.") == (
        "The Minister of Trade and Industry meets the farmers"
    )


@pytest.mark.parametrize(
    "body,want",
    [
        # an infinitive of purpose: its doer is the one asked to go, not the one who asked
        (
            "The governor asked the mayors to travel to the capital to meet with federal officials on Thursday.",
            "The mayors meet with federal officials",
        ),
        # an infinitive after a noun of intending: whoever intends, as a headline writes a plan
        (
            "The minister announced plans to visit the flooded towns on Sunday.",
            "The minister to visit the flooded towns",
        ),
        # a gerund after a preposition: the doer of the clause it hangs on
        (
            "After arriving at the port at dawn on June 3, the inspectors sealed the warehouse.",
            "The inspectors arrive at the port at dawn",
        ),
        (
            "The councillor tried to keep her seat by claiming victory in the 2018 election.",
            "The councillor claims victory in the election",
        ),
        # an opening participle: the subject that follows comes first
        (
            "Addressing the troops at the base this morning, the Defence Secretary announced new funding.",
            "The Defence Secretary addresses the troops at the base",
        ),
        ("Opened in 1998, the museum is one of the largest in the region.", "The museum is opened"),
        # a participle on a noun: the noun does it (present) or has it done to it ('is ...')
        (
            "The council congratulated residents on the festival celebrations starting on July 3.",
            "The festival celebrations start",
        ),
        (
            "The report, published on Tuesday alongside the data release, shows strong growth.",
            "The report is published alongside the data release",
        ),
        # a participle that completes a verb: the verb and its subject
        (
            "Most of the park remains closed since Friday, May 11 because of the fires.",
            "Most of the park remains closed because of the fires",
        ),
        # a noun of intending that is someone else's (rejected, accepted): its infinitive is not the subject's
        (
            "The government rejected a request to extend the deadline on Monday.",
            "A request to extend the deadline",
        ),
        ("The union accepted the offer to end the strike on Friday.", "The offer to end the strike"),
        # an infinitive after a noun that is not of intending keeps the noun
        ("The city has the money to rebuild the bridge in 2019.", "The money to rebuild the bridge"),
    ],
)
def test_a_verb_without_a_subject_of_its_own_borrows_its_doer(body, want):
    assert _line(body) == want


def test_a_long_line_keeps_both_names_of_a_joined_subject():
    body = (
        "President Jane Roe of the Republic of Examplia and Prime Minister John Doe of the Kingdom of "
        "Sampleland held a first, historic summit in Geneva on June 12."
    )
    line = _line(body)
    assert line.startswith("President Jane Roe") and "and Prime Minister John Doe" in line and " hold " in line
    assert len(line.split()) <= LIMIT


def test_the_one_told_to_act_is_the_doer_of_the_line_and_the_teller_its_actor_when_it_names_none():
    """'told residents to leave ... to avoid the fire on Monday': the residents avoid it (the line), but
    residents are no actor of the article, so the police who told them are the event's actor."""
    body = "Police told residents to leave their homes to avoid the fire on Monday."
    assert _line(body) == "Residents to avoid the fire"  # (a Monday after the article: planned)
    assert _actors(body) == ("police",)


def test_a_titles_abbreviation_cuts_no_sentence_in_the_parse():
    # the parser alone splits this one after 'Capt.', leaving 'Sunday' in a sentence of no verb
    (event,) = _events("Navy forces rescued Capt. Ileana Roe on Sunday.")
    assert event.date == "2022-04-03" and "Ileana Roe" in event.summary, event


@pytest.mark.parametrize(
    "body,want",
    [
        # a spoken false start and its repair: the repair is the line
        (
            "Today we've made real and lasting -- made a real and lasting agreement here in Geneva.",
            "We make a real and lasting agreement here in Geneva",
        ),
        (
            "We will -- we will deploy a team of 30 people to Tonga on Friday.",
            "We will deploy a team of 30 people to Tonga",
        ),
        (
            "And — and I — but this time yesterday, the floods were rising across the valley.",
            "The floods were rising across the valley",
        ),
        # a side part between two dashes goes, and the parse without it finds the subject
        (
            "On Tuesday the company -- the largest employer in the region -- announced 300 job cuts.",
            "The company announces 300 job cuts",
        ),
        (
            "Zeta — a named storm of the season — made landfall on the coast on November 3, 2020.",
            "Zeta makes landfall on the coast",
        ),
    ],
)
def test_a_line_leaves_out_what_dashes_set_aside(body, want):
    assert _line(body) == want


def test_a_dash_of_a_dateline_or_a_repeated_article_is_no_aside():
    assert (
        _line("KYIV — Russian forces shelled the city of Kharkiv on Tuesday.")
        == "Russian forces shell the city of Kharkiv"
    )
    # 'the' before and after the dash: an appositive, not a false start ('the company' stays)
    assert (
        _line("On Monday the agency -- the one that runs the port -- closed the harbour.")
        == "The agency closes the harbour"
    )


def test_a_participle_after_its_noun_is_passive_whatever_its_tag():
    # the tagger takes 'published' for a past tense (VBD) hanging on 'Statistics' as a participle clause
    assert _line("Statistics published today show that the number of migrants fell.") == "Statistics are published"
    assert _line("The figures released on Monday showed a fall.") == "The figures are released"


@pytest.mark.parametrize(
    "body,plain",
    [
        (
            "The envoys will fly to Lagos — the largest city — to meet the president on Friday.",
            "The envoys will fly to Lagos to meet the president on Friday.",
        ),
        (
            "The mayors will travel to Lyon -- the second city -- to meet officials on Monday.",
            "The mayors will travel to Lyon to meet officials on Monday.",
        ),
    ],
)
def test_the_doer_a_verb_borrows_stays_when_an_aside_is_left_out(body, plain):
    # parsed again without the aside, the infinitive keeps the doer its caller found up its verbs
    assert _line(body) == _line(plain)
    assert _line(body).startswith(("The envoys", "The mayors"))


def test_a_dash_between_two_numbers_is_a_range_and_no_aside():
    events = _events("The team won 3 – 1 on Monday and lost 2 – 0 on Tuesday.")
    assert {e.date: e.summary for e in events}["2022-04-05"] == "The team loses 2 – 0"
    events = _events("Unemployment fell to 5 – 6 percent in March, and to 4 – 5 percent in April.")
    assert "4 – 5 percent" in {e.date: e.summary for e in events}["2022-04"]
    # a number word after the dash opens an aside, no range
    body = "On May 3, 2018—two days after the agency issued a warning—we began our survey of the rift zone."
    assert _line(body, date="2018-05-10") == "We begin our survey of the rift zone"


@pytest.mark.parametrize(
    "body,want",
    [
        # a pronoun the article names, before a part set apart right before its verb: the subject, no false start
        (
            "Jane Roe won the vote. And she — the first woman in the post — took office on Monday.",
            "Jane Roe takes office",
        ),
        # a pronoun with no name: the part set apart names the subject better
        ("The rebels met the envoy. They -- the rebels -- left the town on Monday.", "The rebels leave the town"),
    ],
)
def test_a_pronoun_before_a_part_set_apart_is_no_false_start(body, want):
    assert _line(body) == want


def test_a_name_before_a_part_set_apart_and_its_verb_is_no_dateline():
    assert _line("Jane Roe -- the health minister -- resigned on Monday.") == "Jane Roe resigns"
    assert _line("Mr. Roe — the minister — said on Monday that talks would resume.") == (
        "Mr. Roe says that talks would resume"
    )
    # a dateline stays one: a part after its dash that no verb follows, or a comma in it
    assert _line("New Delhi — Indian troops crossed the border on Monday — a move Beijing condemned.") == (
        "Indian troops cross the border"
    )
    assert _line("Kyiv, Ukraine — Russian forces -- the army said -- shelled the city on Monday.") == (
        "Russian forces shell the city"
    )


def test_a_word_repeated_after_a_dash_opening_a_part_set_apart_is_no_repair():
    # the part between two dashes goes, not the clause before it ('Troops ... -- troops who ...')
    assert _line("Troops left the town -- troops who had held it since 2019 -- on Monday.") == "Troops leave the town"
    assert _line("Police arrested the man -- police said he was armed -- on Monday.") == "Police arrest the man"
