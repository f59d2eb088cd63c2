"""Transcripts whose speaker label stands alone on its line, the turn's words in the paragraphs after it."""

import datetime as dt

from generator.annotate.pipeline import annotate
from generator.annotate.quotes import lone_label, lone_labels
from generator.seeds.reader import parse_seed


def _quotes(body: str):
    seed = parse_seed("a.txt", f" date 2024-03-12\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    return annotate(seed, {}).quotes


def _turns(quotes):
    return [(q.text[:24], q.speaker, q.source) for q in quotes]


def test_lone_label_shapes():
    assert lone_label("MARTA OKONKWO, Host:") == ("MARTA OKONKWO", "MARTA OKONKWO", "Host")
    assert lone_label("Selvi, Flood Survivor:") == ("Selvi", "Selvi", "Flood Survivor")
    assert lone_label("Unidentified Shopkeeper:") == ("Unidentified Shopkeeper", "", "")
    assert lone_label("SECRETARY ALDOUS:") == ("SECRETARY ALDOUS", "ALDOUS", "")
    assert lone_label("Tomasz Wierzbicki:") == ("Tomasz Wierzbicki", "Tomasz Wierzbicki", "")
    assert lone_label("UNIDENTIFIED FEMALE:") == ("UNIDENTIFIED FEMALE", "", "")
    # a note on how the words came is not the label's
    assert lone_label("PRESIDENT ALVARENGA (via interpreter):") == ("PRESIDENT ALVARENGA", "ALVARENGA", "")
    # what the speaker is doing is no role; an 'Acting' title is
    assert lone_label("TOMAS BREVIK, Reporting from Lindvik:") == ("TOMAS BREVIK", "TOMAS BREVIK", "")
    assert lone_label("Ilse Marquardt, Acting Mayor:") == ("Ilse Marquardt", "Ilse Marquardt", "Acting Mayor")


def test_lines_ending_in_a_colon_that_are_no_label():
    assert lone_label("He said the following:") is None
    assert lone_label("The statement reads:") is None
    assert lone_label("Key points:") is None
    assert lone_label("Key Points:") is None  # a heading of common words, no name
    assert lone_label("Next Steps:") is None
    assert lone_label("Selvi:") is None  # one word and no role: too little to be sure of a person
    assert lone_label("Anna Berg, Chief Executive of Norvik, said:") is None
    assert lone_label("Anna Berg, Chief Executive said:") is None


def test_one_label_is_no_transcript():
    texts = ["Tomasz Wierzbicki:", "We will open the new bridge in May.", "Work began last year."]
    assert lone_labels(texts) == {}
    texts += ["Ilse Marquardt:", "The council approved the money."]
    assert sorted(lone_labels(texts)) == [0, 3]


def test_a_label_followed_by_a_label_opens_no_turn():
    texts = ["Tomasz Wierzbicki:", "Ilse Marquardt:", "The council approved it.", "Oskar Lindqvist:", "Yes, it did."]
    assert sorted(lone_labels(texts)) == [1, 3]


def test_radio_show_turns():
    body = (
        "Evening Report: Floods\n\nUnidentified Announcer:\n\nFrom the capital, this is the Evening Report.\n\n"
        "The Evening Report:\n\nMARTA OKONKWO, Host:\n\nGood evening. Floodwaters rose across the northern valley.\n\n"
        "Crews worked through the night to reinforce the levees near the town.\n\n"
        "TOMAS BREVIK, Reporting from Lindvik:\n\nResidents here packed what they could carry before the water came."
        "\n\nUnidentified Resident:\n\nWe have never seen the river this high in forty years."
    )
    assert _turns(_quotes(body)) == [
        ("From the capital, this i", None, "Unidentified Announcer"),
        ("Good evening. Floodwater", "marta-okonkwo", ""),
        ("Crews worked through the", "marta-okonkwo", ""),
        ("Residents here packed wh", "tomas-brevik", ""),
        ("We have never seen the r", None, "Unidentified Resident"),
    ]
    # the label is the cue of the turn's first paragraph, the paragraphs after it the same speaker's
    assert [q.cue for q in _quotes(body)][1:3] == ["MARTA OKONKWO, Host:", "(same speaker)"]


def test_court_hearing_turns_and_the_role_kept():
    body = (
        "Judge Miriam Castellano:\n\nThe court will now hear the motion to dismiss the charges.\n\n"
        "Daniel Ferreira, Defence Attorney:\n\nThank you. The evidence was gathered without a warrant.\n\n"
        "Judge Miriam Castellano:\n\nNoted. The prosecution may respond after the recess."
    )
    seed = parse_seed("a.txt", f" date 2024-03-12\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    entry = annotate(seed, {})
    assert [q.speaker for q in entry.quotes] == ["miriam-castellano", "daniel-ferreira", "miriam-castellano"]
    assert {a.slug: a.role for a in entry.actors}["daniel-ferreira"] == "Defence Attorney"


def test_panel_in_capitals_with_titles():
    body = (
        "SECRETARY ALDOUS:\n\nWe have agreed to share the data on fishing fleets across the region.\n\n"
        "DR. PRIYA NANDAKUMAR, Panelist:\n\nThe data will help the small island states most of all.\n\n"
        "SECRETARY ALDOUS:\n\nThank you, doctor."
    )
    speakers = [q.speaker for q in _quotes(body)]
    assert speakers[:2] == ["aldous", "priya-nandakumar"]


def test_headings_of_a_report_are_no_turns():
    body = (
        "The ministry published its review of the harbour works on Monday.\n\nKey Points:\n\n"
        "The harbour will reopen to ferries in June after the repairs.\n\nNext Steps:\n\n"
        "The ministry will choose a builder for the second pier in the autumn."
    )
    assert not _quotes(body)


def test_a_transcripts_summary_is_a_named_speakers_news_not_an_unnamed_voices():
    body = (
        "Unidentified Announcer:\n\nA storm cuts power to a million homes ---\n\n"
        "MARTA OKONKWO, Host:\n\nGood evening.\n\n"
        "The national grid operator Norvik Power said on Tuesday that repairs would take a week."
    )
    seed = parse_seed("a.txt", f" date 2024-03-12\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    summary = annotate(seed, {}).summary
    assert summary == "The national grid operator Norvik Power said on Tuesday that repairs would take a week."


def test_press_contacts_are_no_turns():
    texts = [
        "Media contacts:",
        "Ilse Marquardt, Press Officer:",
        "ilse.marquardt@example.org",
        "Tomasz Wierzbicki, Press Officer:",
        "+48 22 555 0134",
    ]
    assert lone_labels(texts) == {}
