"""Actor precision on unseen text: names that are no one acting (a country only in an office-holder's
title or in a stance, a contraction, an event's name, a person named only for a work of theirs), and
names cut short (a Korean given name). Each test is an invented sentence that fails without its rule."""

import datetime as dt

from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _slugs(body: str, date: str = "2023-04-06") -> list[str]:
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return [a.slug for a in annotate(seed, {}).actors]


def test_a_country_tagged_with_its_possessive_before_a_title_and_a_name_is_an_affiliation():
    """The model tags "New Zealand's" whole; "X's Civil Defence Minister Jane Roe" names her office."""
    slugs = _slugs("New Zealand's Civil Defence Minister Mereana Tautahi says crews from Wellington are on their way.")
    assert "mereana-tautahi" in slugs
    assert "new-zealand" not in slugs


def test_a_korean_given_name_cut_at_its_hyphen_is_kept_whole():
    """'Moon Jae' + '-in': the model stops before the small-letter syllable 'in'; 'Smith-led' is no name's end."""
    slugs = _slugs("South Korean President Moon Jae-in called the tariff move reckless on Tuesday.")
    assert "moon-jae-in" in slugs and "moon-jae" not in slugs
    slugs = _slugs("The Jane Smith-led panel said on Tuesday that the dam would be repaired.")
    assert "jane-smith-led" not in slugs


def test_a_pronoun_run_together_with_a_verb_is_no_name():
    """ "We’ve" after a title at the end of a sentence is no person."""
    slugs = _slugs(
        "Good afternoon from Oslo with Ambassador Carla Mendes, the Trade Representative. We’ve just "
        "finished three days of talks on the fisheries pact."
    )
    assert "carla-mendes" in slugs
    assert not [s for s in slugs if s.startswith("we")]


def test_a_fair_or_a_marathon_is_a_happening_not_a_body():
    slugs = _slugs(
        "This week, we visit the Ohio State Fair for its pie contest. When the contest became part of the "
        "Ohio State Fair last year, the Fair’s deputy manager, Dana Whitfield, worried that no one would enter."
    )
    assert "dana-whitfield" in slugs
    assert "ohio-state-fair" not in slugs


def test_a_country_after_pro_or_anti_is_a_side_taken_not_the_country_acting():
    """Neither an actor nor a place: 'a pro-Moscow government' is in Kyiv."""
    body = "Protests in February toppled a pro-Moscow government, and a new cabinet took charge."
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    annotation = annotate(seed, {})
    assert not annotation.actors and "Moscow" not in annotation.places
    assert "russia" in _slugs("Moscow said on Monday that it would answer the sanctions.")


def test_one_person_of_a_country_is_not_the_country():
    """'one Bolivian', 'an Australian': a singular demonym used as a noun names one of its people."""
    assert "bolivia" not in _slugs("The 32 Chileans and one Bolivian still wore dark glasses on Thursday.")
    assert "australia" not in _slugs("Two Canadians and an Australian were lifted from the stranded yacht on Monday.")
    assert "bolivia" in _slugs("A Bolivian official said on Monday that the border crossing would reopen.")


def test_a_person_named_only_for_a_work_of_theirs_is_no_actor():
    slugs = _slugs("Student Ana Ruelas and her friends performed the Stevie Wonder song, Superstition, on Monday.")
    assert slugs == ["ana-ruelas"]
    assert _slugs("Fans gathered at the grave of Jim Morrison in Paris on Monday.") == []
    assert "marta-vidal" in _slugs("Marta Vidal said on Monday that the song would be released in May.")


def test_a_label_in_capitals_is_the_person_whose_surname_has_a_capital_inside():
    """'MACLEOD' of a tape label is the 'Ellen MacLeod' of the text, not a second person 'Macleod'."""
    body = (
        "In a guard tower above the valley, Private Ellen MacLeod checks the radio on Monday.\n\n"
        "TAPE: CUT 2: MACLEOD\n\n"
        '"We keep watch all night, and nobody sleeps much up here."'
    )
    assert _slugs(body) == ["ellen-macleod"]
