"""Names the model read as people's: the auxiliary opening a yes-no question ('Will Haiti finally get ...?') is
no given name, and a town opened by 'Fort' or 'Port' is a place."""

from __future__ import annotations

import pytest


def _cast_of(*blocks):
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks

    return build_cast(parse_blocks(list(blocks)))


@pytest.mark.parametrize(
    "text,country",
    [
        ("Will Ecuador ever repay its debts? The finance minister, Ana Ruiz, said on Monday that it would.", "Ecuador"),
        ("Will Guatemala finally get the reforms it was promised? Many voters doubt it.", "Guatemala"),
    ],
)
def test_a_country_after_the_auxiliary_of_a_question_is_the_country(text, country):
    cast = _cast_of(text)
    keys = {m.key: m.kind for m in cast.members.values()}
    assert not any(k.startswith("Will ") for k in keys), keys
    assert keys.get(country) == "country"


def test_a_given_name_will_outside_a_question_stays_a_name():
    cast = _cast_of("Will Haskins, a farmer, said the harvest was poor this year.")
    assert "Will Haskins" in {m.key for m in cast.actors()}


def test_a_town_opened_by_fort_is_a_place_not_a_person():
    """'Fort Nelson' read as a person's name: 'Fort', 'Port', 'Mount', 'Lake', 'Cape' open no one's name."""
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks
    from generator.annotate.places import where

    docs = parse_blocks(["Fort Nelson is in the northern part of British Columbia, which is a province of Canada."])
    cast = build_cast(docs)
    assert "Fort Nelson" not in {m.key for m in cast.actors()}
    assert "Fort Nelson" in where(cast, docs)


@pytest.mark.parametrize(
    "text,site",
    [
        (
            "He was the chief guard of the Prey Sar detention center. Prey Sar survivor Sok Lim said the guards beat "
            "him daily.",
            "Prey Sar",
        ),
        (
            "Thousands were held in the Kham Doeun prison. Kham Doeun survivor Sok Lim said the guards beat him daily.",
            "Kham Doeun",
        ),
    ],
)
def test_a_prisons_name_before_a_noun_is_the_prison_not_a_person(text, site):
    cast = _cast_of(text)
    assert [m.key for m in cast.actors()] == ["Sok Lim"]
    assert site in cast.places


def test_a_person_a_museum_is_named_after_who_speaks_stays_a_person():
    cast = _cast_of(
        "Visitors filed through the Nelson Mandela Museum on Monday. Nelson Mandela said in 1990 that he would "
        "never give up."
    )
    assert "Nelson Mandela" in {m.key for m in cast.actors()}


def test_a_surname_after_a_middle_initial_in_a_heading_is_no_verb():
    """'Daniel J. Marks' in a title-cased heading: 'Marks' after the initial is his surname, not a verb cut off."""
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks

    blocks = [
        "Presenter: Secretary of Commerce Daniel J. Marks and Minister of Trade of Peru Luis Ortega June 12, 2011",
        "The two ministers met in Lima on Sunday, and Mr. Marks said the talks went well.",
    ]
    cast = build_cast(parse_blocks(blocks), ["heading", "paragraph"])
    assert "Daniel Marks" in {m.key for m in cast.actors()}
