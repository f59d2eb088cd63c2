"""General rules for actors, places, the registry and quote speakers (issue #12), each with an
invented sentence that fails without the rule."""

import datetime as dt

from generator.annotate.gazetteer import country_of
from generator.annotate.pipeline import annotate
from generator.core.model import Actor
from generator.seeds.reader import parse_seed


def _annotate(body: str, registry=None, date: str = "2023-04-06"):
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, registry or {})


def test_a_surname_with_another_title_is_not_the_registry_person_of_that_surname():
    """'Dr. Okafor' of one article and 'President Okafor' of another are two people; 'President
    Okafor' again is the same one."""
    registry = {"okafor": Actor("okafor", "Okafor", "person", ("Okafor", "Dr. Okafor"))}
    body = "President Okafor said on Monday that the bridge would reopen, and Okafor signed the order."
    assert [a.slug for a in _annotate(body, registry).actors] == ["okafor-2"]
    registry = {"okafor": Actor("okafor", "Okafor", "person", ("Okafor", "President Okafor"))}
    assert [a.slug for a in _annotate(body, registry).actors] == ["okafor"]


def test_iso_official_and_short_names_are_countries():
    assert country_of("Timor-Leste") is not None
    assert country_of("the Democratic People’s Republic of Korea") == country_of("North Korea") == "North Korea"
    assert country_of("Slovak Republic") == "Slovakia"
    assert country_of("Korea, Republic of") is None  # ISO's inverted forms are no prose name


def test_gendered_honorifics_keep_two_people_of_one_surname_apart():
    registry = {"ana-delgado": Actor("ana-delgado", "Ana Delgado", "person", ("Ana Delgado", "Mrs. Delgado"))}
    body = "Mr. Delgado said on Monday that the bridge would reopen. Delgado spoke in Albany."
    assert "ana-delgado" not in [a.slug for a in _annotate(body, registry).actors]
    body = "Senator Delgado said on Monday that the bridge would reopen. Delgado spoke in Albany."
    assert "ana-delgado" in [a.slug for a in _annotate(body, registry).actors]  # an office can change
