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


def _entry(body: str):
    seed = parse_seed("a.txt", f" date 2022-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    return annotate(seed, {})


def test_a_summary_never_comes_from_a_reporters_or_moderators_turn():
    body = (
        "MODERATOR: Hello there. I will turn it over to our guest now.\n\n"
        "QUESTION: Wait, your microphone is switched off again today.\n\n"
        "MINISTER HALVORSEN: Okay. The fisheries council approved new quotas for the northern fleet this morning."
    )
    assert _entry(body).summary == "The fisheries council approved new quotas for the northern fleet this morning."


@pytest.mark.parametrize(
    "body, want",
    [
        (  # a greeting, then thanks to the audience: the news comes after
            "Good morning. Thank you all for coming to this event today in our town. "
            "The Harbour Authority opened a new ferry terminal in Eastport on Monday.",
            "The Harbour Authority opened a new ferry terminal in Eastport on Monday.",
        ),
        (  # a long pleasantry is still no news
            "It is our colleague's birthday today, so please wish her a very happy birthday after this. "
            "The city council approved a new budget for its schools on Monday.",
            "The city council approved a new budget for its schools on Monday.",
        ),
        (  # 'welcome' as an adjective is no greeting
            "The first rain in months was a welcome relief for the farmers of the valley on Monday.",
            "The first rain in months was a welcome relief for the farmers of the valley on Monday.",
        ),
        (  # a line that only introduces, and a short one
            "As stated by Spokesperson Ada Brennan:\n\n“Check against delivery”\n\n"
            "The Ministry of Water signed a contract for two new reservoirs in the south.",
            "The Ministry of Water signed a contract for two new reservoirs in the south.",
        ),
    ],
)
def test_a_summary_skips_greetings_stage_directions_and_short_lines(body, want):
    assert _entry(body).summary == want


def test_a_transcript_summary_is_the_first_sentence_that_names_who_or_what():
    body = (
        "MS. OKAFOR: Hi, everyone. I am feeling a little tired after the long flight back. "
        "The Ministry of Trade reached an agreement with Ghana on cocoa exports.\n\n"
        "Q: What about prices?\n\nMS. OKAFOR: Prices will be set later."
    )
    assert _entry(body).summary == "The Ministry of Trade reached an agreement with Ghana on cocoa exports."


@pytest.mark.parametrize("line", ["Tuesday, April 5, 2022", "2:15 p.m. EDT", "Via Teleconference"])
def test_a_date_time_or_medium_line_is_not_a_title(line):
    body = (
        f"{line}\n\nMS. OKAFOR: Good afternoon. "
        "The Ministry of Trade reached an agreement with Ghana on cocoa exports.\n\n"
        "Q: What about prices?\n\nMS. OKAFOR: Prices will be set later."
    )
    assert _entry(body).title == "Okafor: The Ministry of Trade reached an agreement with Ghana on cocoa exports"


@pytest.mark.parametrize(
    "body, want",
    [
        (  # lines of boilerplate the reader joins into one block
            "For Immediate Release\nOffice of the Press Secretary\nMarch 3, 2011\n\n"
            "The harbour board approved a new pier for the ferries of Eastport on Monday.",
            "The harbour board approved a new pier for the ferries of Eastport on Monday",
        ),
        (  # a release number
            "RELEASE: 11-204\n\nThe harbour board approved a new pier for the ferries of Eastport on Monday.",
            "The harbour board approved a new pier for the ferries of Eastport on Monday",
        ),
        (  # a dateline with the year
            "EASTPORT, March 3, 2011 – The harbour board approved a new pier for the ferries on Monday.",
            "The harbour board approved a new pier for the ferries on Monday",
        ),
        (  # a city in capitals and an em dash touching the text
            "GENEVA—The harbour board approved a new pier for the ferries on Monday.",
            "The harbour board approved a new pier for the ferries on Monday",
        ),
        (  # a place and a dash touching the text
            "Eastport, ME –Today the harbour board approved a new pier for the ferries.",
            "Today the harbour board approved a new pier for the ferries",
        ),
        (  # a date and a dash with no place
            "March 3, 2011 - The harbour board approved a new pier for the ferries on Monday.",
            "The harbour board approved a new pier for the ferries on Monday",
        ),
        (  # a byline and its service on lines of their own, run into the lead
            "By Jane Roe\nEastport Press Service\nMarch 3, 2011 - The harbour board approved a new pier for the "
            "ferries on Monday.",
            "The harbour board approved a new pier for the ferries on Monday",
        ),
    ],
)
def test_boilerplate_blocks_and_datelines_stay_out_of_a_title(body, want):
    assert _entry(body).title == want


def test_a_long_lead_loses_its_side_clauses_not_its_verb():
    body = (
        "Marta Ellingsen, 58, the former harbour master of the northern port of Eastport, was arrested "
        "yesterday as part of a long investigation into bribes paid by shipping companies, the police announced."
    )
    title = _entry(body).title
    assert title.startswith("Marta Ellingsen was arrested yesterday"), title
    assert len(title) <= 90


def test_a_transcript_title_names_the_speaker_of_a_continued_turn_and_skips_a_moderator():
    body = (
        "Ada Lind (Moderator): Thank you for joining us. We are joined by the minister today.\n\n"
        "MINISTER HALVORSEN: I just want to take a couple of minutes at the top to set the scene.\n\n"
        "The fisheries council of Norway approved new quotas this morning.\n\n"
        "Q: What about the southern fleet?"
    )
    assert _entry(body).title == "Halvorsen: The fisheries council of Norway approved new quotas this morning"


@pytest.mark.parametrize(
    "body, want",
    [
        (  # a name and the office of who made the statement, and boilerplate around it
            "Press Statement\nAda Lind\nSecretary of Fisheries\nEastport, DC\nMarch 20, 2015\n\n"
            "The fisheries council of Norway approved new quotas this morning.",
            "The fisheries council of Norway approved new quotas this morning",
        ),
        (
            "Ada Lind MS, Cabinet Secretary for Fisheries, Ports and Harbours\n\n"
            "The fisheries council of Norway approved new quotas this morning.",
            "The fisheries council of Norway approved new quotas this morning",
        ),
        (  # an epigraph: a quotation opening a release
            "“We are one region, and we will build our harbours together.” — Ada Lind, in Eastport, 2018.\n\n"
            "The fisheries council of Norway approved new quotas this morning.",
            "The fisheries council of Norway approved new quotas this morning",
        ),
    ],
)
def test_a_statements_author_line_and_an_epigraph_are_no_title(body, want):
    assert _entry(body).title == want


@pytest.mark.parametrize(
    "opening",
    [
        "Statement by Acting Administrator Ada Lind",  # says what the text is and whose
        "From remarks by Minister Ada Lind, 12/29/04",
        "Volume 637: debated on Thursday 8 March 2018",  # a parliamentary record's heading
        "Eastport, 30 June 2016",  # a place and a date alone
        "Press Statement\nAda Lind\nOffice of the Spokesperson\nWashington, DC\nApril 12, 2012",  # a bare name
    ],
)
def test_a_heading_that_only_labels_the_text_is_no_title(opening):
    body = f"{opening}\n\nThe fisheries council of Norway approved new quotas this morning."
    assert _entry(body).title == "The fisheries council of Norway approved new quotas this morning"


def test_a_heading_that_only_gives_the_venue_is_no_title():
    body = (
        "Office of the Press Secretary\n\nU.S. Coast Guard Hangar Ellington Field Houston, Texas\n\n9:32 A.M. CDT\n\n"
        "MINISTER HALVORSEN: The fisheries council of Norway approved new quotas this morning."
    )
    assert _entry(body).title == "Halvorsen: The fisheries council of Norway approved new quotas this morning"


@pytest.mark.parametrize(
    "body, want",
    [
        (  # the speaker named in the statement's heading lines
            "Ada Lind\nSecretary of Fisheries\nEastport\nMarch 20, 2015\n\n"
            "I congratulate Ola Berg on his victory in the Ruritanian election.",
            "Lind congratulates Ola Berg on his victory in the Ruritanian election",
        ),
        (  # named in the line that introduces the statement
            "Secretary of Fisheries Ada Lind released the following statement:\n\n"
            "We support the agreement between Ruritania and Eastport on fishing quotas.",
            "Lind supports the agreement between Ruritania and Eastport on fishing quotas",
        ),
        (  # 'we' with who they are
            "We, the fisheries ministers of Ruritania and Eastport, condemn the attack on Westport.",
            "The fisheries ministers of Ruritania and Eastport condemn the attack on Westport",
        ),
        (  # on whose behalf, and a clause addressing 'you' left out
            "On behalf of the Government of Eastport, I congratulate the people of Ruritania "
            "as you celebrate your national day.",
            "The Government of Eastport congratulates the people of Ruritania",
        ),
        (  # a first person that cannot be turned keeps the speaker's words
            "Ada Lind\nSecretary of Fisheries\n\nWe must work together to protect the fish stocks of the Baltic.",
            "Lind: We must work together to protect the fish stocks of the Baltic",
        ),
        (  # words given to a speaker by the line before them
            "Secretary of Fisheries Ada Lind said:\n\n"
            "These quotas are a severe blow to the fishing towns of the north.",
            "Lind: These quotas are a severe blow to the fishing towns of the north",
        ),
    ],
)
def test_a_statement_in_the_first_person_says_who_speaks(body, want):
    assert _entry(body).title == want


def test_a_long_lead_keeps_a_name_with_a_preposition_and_the_noun_a_phrase_holds():
    tail = (
        "to help the families of the fishing towns of the northern coast who lost their boats and their homes "
        "in the storms of last week, the ministry said on Monday."
    )
    title = _entry(f"The Agency for Coastal Protection is sending 200 tents {tail}").title
    assert title.startswith("The Agency for Coastal Protection is sending 200 tents"), title
    title = _entry(f"The first of its kind ferry was launched this morning {tail}").title
    assert title.startswith("The first of its kind ferry was launched"), title
    title = _entry(f"The United States, through the Agency for Coastal Protection, is sending 200 tents {tail}").title
    assert title.startswith("The United States is sending 200 tents"), title


@pytest.mark.parametrize(
    "body, want",
    [
        (  # the statement after its introducing line, in the voice of who made it (not of who it is about)
            "EASTPORT—Representative Ada Lind, Ranking Member of the Committee on Harbours, today released the "
            "following statement on the conviction of John Roe for fraud:\n\n"
            "“I commend the court for trying the case of John Roe and delivering justice.”",
            "Lind commends the court for trying the case of John Roe and delivering justice",
        ),
        (
            "Senator Ada Lind issued the following statement on the flooding in Eastport:\n\n"
            "“The people of Eastport deserve a quick recovery.”",
            "Lind: The people of Eastport deserve a quick recovery",
        ),
    ],
)
def test_a_statement_introduced_by_a_line_is_titled_by_its_first_words_and_its_author(body, want):
    assert _entry(body).title == want


def test_a_titles_abbreviation_ends_no_sentence_in_the_parse_either():
    title = _entry("EASTPORT – Sens. Jane Roe and John Doe approved a new pier for the ferries on Monday.").title
    assert title == "Sens. Jane Roe and John Doe approved a new pier for the ferries on Monday", title


@pytest.mark.parametrize(
    "holder, name",
    [
        ("former Eastlandian President", "Jane Roe"),
        ("South Eastlandian Prime Minister", "Jane Roe"),
    ],
)
def test_a_long_title_drops_a_holders_whole_title_not_part_of_it(holder, name):
    body = (
        f"The decision of the appeals court of the Eastport region to uphold the conviction of {holder} {name} for "
        "the theft of harbour funds was welcomed on Monday by the board."
    )
    title = _entry(body).title
    assert f"of {name}" in title and holder.split()[0] not in title.split(), title


def test_a_cut_title_is_never_cut_inside_a_number():
    body = (
        "Ten years ago, the harbour board of Eastport ordered the removal of some 8,000 wooden posts from the old "
        "piers of the northern islands, which had stood there since the war."
    )
    title = _entry(body).title
    assert "8,000" in title, title


def test_a_cut_title_never_ends_on_a_function_word():
    body = (
        "The harbour board of Eastport approved a plan to build a new pier for the ferries of the northern islands "
        "at the mouth of the river."
    )
    title = _entry(body).title
    assert title.endswith("…") and title.rstrip("…").split()[-1] not in ("the", "of", "at", "for"), title
    assert len(title) <= 90


@pytest.mark.parametrize(
    "body, want",
    [
        (  # a place and a dash with no date before the lead
            "Eastport, ME – Today, the harbour board approved a new pier for the ferries.",
            "The harbour board approved a new pier for the ferries",
        ),
        (  # a note in brackets is no lead
            "(Update written by the staff of the Eastport Harbour Observatory.)\n\n"
            "The harbour board approved a new pier for the ferries.",
            "The harbour board approved a new pier for the ferries",
        ),
        (  # a name, a colon and a quotation: that person's words
            'Secretary of Fisheries Ada Lind: "The new quotas are a clear sign that the fish stocks are recovering.',
            "Lind: The new quotas are a clear sign that the fish stocks are recovering",
        ),
    ],
)
def test_a_place_line_a_note_and_a_name_before_a_quotation_are_not_the_headline(body, want):
    assert _entry(body).title == want


def test_we_in_a_statement_with_no_named_speaker_is_the_outlet_that_published_it():
    seed = parse_seed(
        "a.txt",
        b" date 2022-04-06\noutlet: Embassy of Eastport (Ministry of Foreign Affairs)\n\n"
        b"We condemn the attack on the harbour of Westport.\n\nWe must work together against terror.",
        today=dt.date(2030, 1, 1),
    )
    assert annotate(seed, {}).title == "Embassy of Eastport condemns the attack on the harbour of Westport"


def test_a_label_heading_that_says_on_what_stays_the_title_and_a_salutation_is_no_lead():
    heading = "Remarks by Commissioner Ada Lind to the Parliament of Eastport"
    assert _entry(f"{heading}\n\nThe fisheries council approved new quotas this morning.").title == heading
    body = "Honourable Members,\n\nThe fisheries council of Norway approved new quotas this morning."
    assert _entry(body).title == "The fisheries council of Norway approved new quotas this morning"


def test_a_cut_title_keeps_names_and_lists_whole():
    from generator.annotate.headline import _cut

    name = "The harbour board today made new money for repairs available to the ferry company of the State of Eastport"
    assert _cut(name, 90) == "The harbour board today made new money for repairs available to the ferry company…"
    listed = (
        "The harbour board is responding to severe flooding, landslides, and damage caused by the storm in the "
        "northern islands by sending boats"
    )
    assert _cut(listed, 90, "responding").startswith(
        "The harbour board is responding to severe flooding, landslides, and"
    )


def test_a_leading_phrase_the_parser_joined_to_the_subject_is_left_out():
    body = (
        "On the occasion of the start of the six-month Ruritanian Presidency of the Council of the Northern Union, "
        "Ada Lind and the College of Commissioners will pay their first official visit to Eastport."
    )
    assert _entry(body).title.startswith("Ada Lind and the College of Commissioners will pay"), _entry(body).title


def test_a_long_lead_says_a_name_by_the_acronym_the_text_defines_and_uses_again():
    body = (
        "The U.S. Agency for Coastal Protection and Harbours (USACPH) is sending 200 tents and 40 boats to the "
        "fishing towns of the northern coast that lost their harbours in the storms of last week."
    )
    assert _entry(body).title.startswith("The U.S. Agency for Coastal Protection and Harbours is sending")  # once
    body += "\n\nUSACPH has sent tents before."
    assert _entry(body).title.startswith("USACPH is sending 200 tents and 40 boats"), _entry(body).title


@pytest.mark.parametrize(
    "opening",
    ["With permission, Madam Speaker, I shall make a statement", "I would like to make a statement"],
)
def test_a_ministers_statement_to_a_parliament_is_titled_by_its_topic(opening):
    body = f"{opening} on the closure of the harbour of Eastport.\n\nThe harbour closed on Monday."
    assert _entry(body).title == "Statement on the closure of the harbour of Eastport"


def test_we_in_a_transcript_turn_stays_the_speakers_words():
    body = (
        "MINISTER HALVORSEN: We have talked about how Ruritania was trying to close the harbour of Eastport.\n\n"
        "Q: What about the ferries?\n\nMINISTER HALVORSEN: They will sail."
    )
    assert (
        _entry(body).title
        == "Halvorsen: We have talked about how Ruritania was trying to close the harbour of Eastport"
    )


def test_a_lead_that_is_only_its_attribution_still_gives_a_title():
    # the main clause of 'Speaking ..., X said:' is its attribution: no headline is left of it, and an
    # entry with an empty title is one the build rejects ('title' must be text)
    title = _entry(
        "Q: No, your chair is on the cord.\n\n"
        "Speaking before the summit in Lisbon Prime Minister Ada Lind said:\n\n"
        "We will not let the ferry service close."
    ).title
    assert title.strip() and title.startswith("Speaking before the summit in Lisbon")


@pytest.mark.parametrize(
    "opening",
    [
        "This is the Northwind Radio Weekly Farm Report.",
        "From Northwind Radio in Eastport, this is the Morning Science Hour.",
        "For Northwind Radio News, I'm Dana Whitlock in Eastport.",
    ],
)
def test_a_broadcasts_sign_on_is_neither_summary_nor_title(opening):
    body = f"{opening}\n\nThe harbour authority of Eastport opened a new ferry terminal on Monday morning."
    entry = _entry(body)
    assert entry.summary == "The harbour authority of Eastport opened a new ferry terminal on Monday morning."
    assert entry.title.startswith("The harbour authority of Eastport opened"), entry.title


@pytest.mark.parametrize(
    "line",
    [
        "This is the first time the Eastport ferry has sailed in winter since the storm.",
        "I'm standing in the hall where the ministers will meet on Monday morning.",
    ],
)
def test_a_sentence_that_opens_like_a_sign_on_stays_the_summary(line):
    assert _entry(f"{line} The ferry carried four hundred people.").summary.startswith(line)
