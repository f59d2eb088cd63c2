"""Misreadings of the small model and of document furniture, mended by general rules (issue #12)."""

import datetime as dt

from generator.annotate.nlp import load_nlp
from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _annotate(body: str):
    seed = parse_seed("a.txt", f" date 2021-03-02\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    return annotate(seed, {})


def _actors(body: str) -> dict[str, str]:
    return {a.name: a.kind for a in _annotate(body).actors}


def test_a_document_code_after_a_label_is_no_speech():
    ann = _annotate(
        "PRESS NOTICE: PN21-114\n\n"
        "The Harbour Authority of Eastport has scheduled a public hearing on the new pier on Thursday."
    )
    assert ann.quotes == ()
    assert "Press Notice" not in {a.name for a in ann.actors}


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in load_nlp()(text).ents]


def test_a_surname_that_is_a_month_is_a_name_after_a_given_name():
    line = (
        "-- Todd May, deputy associate administrator for programs, Science Directorate, Eastport Headquarters, Eastport"
    )
    assert ("Todd May", "PERSON") in _ents(line)
    assert ("May 2019", "DATE") in _ents("In May 2019 the council met.")
    assert ("Early May", "DATE") in _ents("Early May brought rain.")


def test_an_entity_running_over_a_wire_dateline_keeps_what_follows_the_dash():
    assert ("Eurostat", "ORG") in _ents(
        "BRUSSELS - Eurostat has scheduled a briefing on Tuesday about the new figures."
    )
    ann = _annotate("WASHINGTON - NASA has scheduled a briefing on Tuesday about the new telescope.")
    assert [a.name for a in ann.actors] == ["NASA"]


def test_a_name_written_before_mission_is_a_made_thing():
    actors = _actors(
        "The agency will brief reporters on the Halcyon mission. Halcyon will map the ice of the moon Europa "
        "from 2031, the agency said on Monday."
    )
    assert "Halcyon" not in actors


def test_a_link_text_in_brackets_is_no_person():
    actors = _actors(
        "The government needed to act today to introduce the Harbour Safety Bill - (Harbour Safety (Special Measures) "
        "Bill - Parliamentary Bills - UK Parliament) – after talks with Eastport Shipping failed."
    )
    assert not any("(" in name or " - " in name for name in actors)


def test_a_model_of_a_made_thing_is_no_organisation():
    actors = _actors("The Royal Navy said its Type 45 Destroyer will sail to the Pacific in the spring.")
    assert actors == {"Royal Navy": "organization"}


def test_an_outlet_one_tells_something_is_a_source_not_an_actor():
    ann = _annotate(
        "Colonel Jane Roe tells Eastport Radio News that two brigades are moving toward the harbour. "
        "She said the fighting would end soon."
    )
    assert "Eastport Radio News" not in {a.name for a in ann.actors}
    assert "Eastport Radio News" in ann.sources_cited


def test_a_name_an_editor_puts_in_brackets_after_a_title_is_the_office_holder():
    ann = _annotate(
        "Student leader Ana Lobo told the paper “the Mayor [Tomasa Quelbe] promised to rebuild the school last "
        "summer, and nothing has been done.”"
    )
    names = {a.name for a in ann.actors}
    assert "Tomasa Quelbe" in names
    assert "the Mayor" not in names


def test_a_unit_named_before_the_unit_it_belongs_to_is_no_actor_of_its_own():
    ann = _annotate(
        "Marines with Kilo Company, 2nd Battalion, 7th Marine Regiment, Task Force Eastport, kicked off a rugby "
        "game with local firefighters on Saturday. The Acme Company, Zenith Group and Borealis Company sponsored "
        "the game."
    )
    names = {a.name for a in ann.actors}
    assert not names & {"Kilo Company", "2nd Battalion", "7th Marine Regiment"}


def test_the_article_s_own_outlet_is_no_source_it_cites():
    body = "Colonel Jane Roe tells Eastport Radio News that two brigades are moving toward the harbour."
    seed = parse_seed("a.txt", f" date 2021-03-02\noutlet: Eastport Radio (Eastport Radio News)\n\n{body}".encode())
    assert annotate(seed, {}).sources_cited == ()


def test_the_head_noun_of_a_body_named_before_is_that_body():
    ann = _annotate(
        "The Eastport Department of Fisheries closed the northern bay on Monday. Jane Roe said the Department's "
        "inspectors found dead fish along the shore."
    )
    names = {a.name for a in ann.actors}
    assert "Department" not in names


def test_a_disease_named_by_a_code_is_no_organisation():
    ann = _annotate(
        "The two ministers discussed development assistance and COVID-19 responses in the Pacific islands on "
        "Tuesday, Jane Roe said."
    )
    assert "COVID-19" not in {a.name for a in ann.actors}


def test_a_counted_plural_name_is_so_many_things_not_one_body():
    ann = _annotate(
        "The ministry welcomed funding for 14 new Coastal Training Colleges across the region. These Colleges "
        "will open in 2026, Jane Roe said."
    )
    assert "Coastal Training Colleges" not in {a.name for a in ann.actors}


def test_a_title_after_a_name_is_that_person_s_not_the_common_word_after_it():
    ann = _annotate(
        "Jane Roe, Harbour Department Acting Spokesman\nExcerpt from the Daily Press Briefing\n"
        "Eastport, May 2, 2001\n\n"
        "MS. ROE: The harbour will reopen on Monday after the storm, and the ferries will run again."
    )
    assert "Excerpt" not in {a.name for a in ann.actors}


def test_an_acronym_given_to_an_instrument_after_or_is_a_thing():
    ann = _annotate(
        "The Eastport Space Agency said the Compact Infrared Harbour Radar, or Mini-CIR, will map the polar "
        "regions. The Mini-CIR is a small imaging radar."
    )
    assert "Mini-CIR" not in {a.name for a in ann.actors}


def test_a_name_after_island_of_is_that_place_not_a_person():
    ann = _annotate("The cyclone hit coastal areas in Toamasina Province and the offshore island of Ile Sainte Claire.")
    assert "Ile Sainte Claire" not in {a.name for a in ann.actors}


def test_a_city_read_as_a_person_where_a_place_stands_is_a_place():
    ann = _annotate("The talks were held in the nation's capital city, Port Moresby, on Tuesday.")
    assert "Port Moresby" in ann.places
    assert "Port Moresby" not in {a.name for a in ann.actors}


def test_a_city_that_is_also_a_surname_stays_a_person_in_a_possessive():
    from generator.annotate.nlp import _city_read_as_a_person

    doc = load_nlp()("Analysts said the plan was weak in Obama's view.")
    from spacy.tokens import Span

    person = Span(doc, 7, 8, label="PERSON")  # 'Obama' (a city of Japan too)
    assert person.text == "Obama"
    assert not _city_read_as_a_person(doc, person)
    other = load_nlp()("They met in Obama on Friday.")
    assert _city_read_as_a_person(other, Span(other, 3, 4, label="PERSON"))


def test_the_islamic_state_is_a_known_body_by_its_acronyms():
    """The small model leaves 'ISIL' untagged or takes it for a people: the gazetteer's international
    bodies hold its names, so the group fought is an actor, one body whichever acronym the text uses."""
    actors = _actors("The two leaders pledged on Monday to degrade and ultimately defeat ISIL in northern Ruritania.")
    assert actors == {"Islamic State": "organization"}
    from generator.annotate.gazetteer import ORGS

    assert ORGS["ISIS"] == ORGS["ISIL"] == ORGS["Daesh"] == "Islamic State"
