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
