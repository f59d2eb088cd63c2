"""Red team of actor precision: invented news sentences of many kinds (sport, science, courts, disasters,
business, culture) that name something or someone who is no actor of the story (an event, a prize, a work,
a place, a journalist, a person only mentioned). None of the names listed may come out as an actor."""

import datetime as dt

import pytest

from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _slugs(body: str) -> list[str]:
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return [a.slug for a in annotate(seed, {}).actors]


CASES = [
    # culture: festivals, shows, prizes, works and their makers
    ("The Harvest Moon Festival drew forty thousand visitors to the riverside on Saturday.", ["harvest-moon-festival"]),
    ("Tickets for the Golden Lantern Awards sold out within an hour on Monday.", ["golden-lantern-awards"]),
    (
        "The Chelsea Flower Show opened in London on Tuesday. The show's director, Mark Ellis, said it was busy.",
        ["chelsea-flower-show"],
    ),
    (
        "When the contest joined the Ohio State Fair, the Fair's deputy manager, Dana Whitfield, was worried.",
        ["ohio-state-fair"],
    ),
    ("The quartet played a Leonard Cohen song before the storm cut the power on Friday.", ["leonard-cohen"]),
    ("Student Ana Ruelas performed the Stevie Wonder song, Superstition, at the fair on Monday.", ["stevie-wonder"]),
    ("Visitors laid flowers at the grave of Oscar Wilde in Paris on Tuesday.", ["oscar-wilde"]),
    ("Fans of Taylor Swift queued overnight for the concert in Sydney on Friday.", ["taylor-swift"]),
    # sport: races and games, athletes by their country
    ("The Tour de France reached the Alps on Tuesday, and the riders faced snow on the summit.", ["tour-de-france"]),
    ("Runners in the Riverside Half Marathon faced heavy rain on Sunday morning.", ["riverside-half-marathon"]),
    ("Two Kenyans and one Ethiopian finished ahead of the field in Berlin on Sunday.", ["kenya", "ethiopia"]),
    ("A Brazilian was among the three climbers rescued from the glacier on Wednesday.", ["brazil"]),
    (
        "Marco Diaz works nights at a warehouse. He recently qualified for his country's Olympic Judo team.",
        ["olympic-judo"],
    ),
    # disasters: a country that is only where it happened
    ("Flooding swept through Bangladesh on Monday, leaving thousands of families without shelter.", ["bangladesh"]),
    ("The ferry capsized off the coast of Indonesia on Tuesday, and divers searched through the night.", ["indonesia"]),
    ("The cyclone made landfall in Mozambique on Friday, flattening homes along the coast.", ["mozambique"]),
    (
        "New Zealand's Civil Defence Minister Mereana Tautahi says crews from Wellington are on their way.",
        ["new-zealand"],
    ),
    # politics: a side taken, an affiliation in a title
    ("Protests in February toppled a pro-Moscow government, and a new cabinet took charge.", ["russia"]),
    ("A pro-Beijing lawmaker was heckled in Hong Kong on Thursday.", ["china"]),
    ("Peru's Health Minister Rosa Gutierrez said on Monday that vaccines would arrive on Friday.", ["peru"]),
    # media: the journalist who asks, a pronoun after a title
    ("Reporter Ana Souza told CNN's Jake Tapper on Monday that the night had been sleepless.", ["jake-tapper"]),
    (
        "Good afternoon from Oslo with Ambassador Carla Mendes, the Trade Representative. We’ve just finished talks.",
        ["weve", "we-ve"],
    ),
    # science and business: instruments, markets
    ("The Hubble Space Telescope captured images of the comet on Tuesday.", ["hubble-space-telescope"]),
    ("Wheat prices rose sharply on Monday after drought ruined harvests across Argentina.", ["argentina"]),
    # places and peoples read as persons
    (
        "Activists set up tents in Kyiv's Maidan, or Independence Square, to call for change on Monday.",
        ["kyivs-maidan"],
    ),
    ("Crow Tribe of Montana: Severe storms and flooding hit on Monday.", ["crow-tribe"]),
    # courts: a court's town
    ("The court in Lyon sentenced the former mayor to two years in prison on Tuesday.", ["lyon"]),
]


@pytest.mark.parametrize(("body", "not_actors"), CASES, ids=[c[1][0] for c in CASES])
def test_no_actor(body, not_actors):
    slugs = _slugs(body)
    assert not set(slugs) & set(not_actors), slugs


def test_the_red_team_keeps_the_real_actors():
    """The rules that keep the red team out leave the people who act in the same sentences."""
    body = {not_actors[0]: text for text, not_actors in CASES}
    assert "mark-ellis" in _slugs(body["chelsea-flower-show"])
    assert "mereana-tautahi" in _slugs(body["new-zealand"])
    assert "rosa-gutierrez" in _slugs(body["peru"])
    assert "marco-diaz" in _slugs(body["olympic-judo"])
