"""A royal or an envoy's style ('His Majesty', 'Your Excellency') is no part of a person's name, and a form
of address ('Señor Secretario', 'Monsieur le Président') is nobody's name."""

from __future__ import annotations


def _cast_of(*blocks):
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks

    return build_cast(parse_blocks(list(blocks)))


def test_a_monarchs_style_is_left_out_of_the_name_and_kept_in_the_form():
    """The monarch keeps the royal title before a one name ('King Haakon'): no surname another's could match."""
    cast = _cast_of("As His Majesty King Haakon said in his address to parliament, the nation will rebuild.")
    people = {m.key: m.forms for m in cast.actors() if m.kind == "person"}
    assert "King Haakon" in people, people
    assert "His Majesty King Haakon" in people["King Haakon"]
    assert not any("Majesty" in key for key in people)


def test_an_envoys_style_is_left_out_of_the_name():
    cast = _cast_of("Thank you, Your Excellency Tan Sri Rahman, for your kind words.")
    assert [m.key for m in cast.actors()] == ["Tan Sri Rahman"]


def test_a_spanish_form_of_address_is_no_person():
    cast = _cast_of("Muchas gracias, Señor Ministro. We are glad to host you, Ana Torres said on Monday.")
    assert [m.key for m in cast.actors()] == ["Ana Torres"]


def test_a_french_form_of_address_taken_for_a_body_is_no_actor():
    cast = _cast_of("Merci, Monsieur le Président. The talks went well, said Paul Girard.")
    assert [m.key for m in cast.actors()] == ["Paul Girard"]


def test_a_name_after_an_honorific_is_still_a_person():
    from generator.annotate.cast import FORM_OF_ADDRESS

    assert FORM_OF_ADDRESS.fullmatch("Señora Presidenta")
    assert not FORM_OF_ADDRESS.fullmatch("Señor Gonzalez")
    assert not FORM_OF_ADDRESS.fullmatch("Herr Schmidt")
