"""``Cast.actors`` keeps its answer while the cast is as it was: every change that moves the answer
must be seen (the answer kept is the one a fresh computation gives)."""

from __future__ import annotations

from generator.annotate.cast import Cast


def _fresh(cast: Cast) -> list[str]:
    cast._actors = None  # forget the kept answer: what the computation gives from scratch
    return [m.key for m in cast.actors()]


def _keys(cast: Cast) -> list[str]:
    return [m.key for m in cast.actors()]


def test_actors_follow_every_change_of_the_cast() -> None:
    cast = Cast()
    cast.add("Barack Obama", "person", 1, 0, 12, "Barack Obama")
    cast.add("Wang", "organization", 2, 0, 4, "Wang")
    cast.add("France", "country", 2, 20, 26, "France", acting=False)  # a venue: no actor (yet)
    assert _keys(cast) == _fresh(cast) == ["Barack Obama", "Wang"]
    steps = [
        lambda: cast.add("Wang Yu", "person", 3, 0, 7, "Wang Yu"),  # 'Wang' folded into 'Wang Yu'
        lambda: cast.add("Greece", "country", 4, 10, 16, "Greece"),  # acting
        lambda: cast.add("France", "country", 5, 0, 6, "France"),  # now acting
        lambda: cast.things.add("Barack Obama"),  # a made thing's name, not an actor
        lambda: cast.add("Angela Merkel", "person", 0, 0, 6, "Merkel"),  # named first of all
        lambda: cast.add("Greece", "country", 0, 10, 16, "Greece"),  # named earlier: moves up
    ]
    for step in steps:
        before = _keys(cast)
        step()
        after = _keys(cast)
        assert after != before  # each step changes the answer ...
        assert after == _fresh(cast)  # ... and the kept one is the fresh one
    assert _keys(cast) == ["Angela Merkel", "Greece", "Wang Yu", "France"]
    cast.add("France", "country", 6, 0, 6, "France", acting=False)  # changes nothing the answer reads
    assert _keys(cast) == _fresh(cast)
    assert _keys(cast) is not _keys(cast)  # a new list each call: a caller may change its own


def test_a_block_without_a_group_noun_has_no_group() -> None:
    """``_group_matches`` looks for groups only where ``_GROUP_NOUN`` finds one of the nouns: every
    group ``_GROUP`` finds, whatever its noun and the words before it, holds one."""
    from generator.annotate.aliases import _GROUP_KIND, _GROUP_NOUN, _find_groups

    for noun in _GROUP_KIND:
        for text in (
            f"Hundreds of {noun} gathered.",
            f"{noun.capitalize()} said so.",
            f"Police said the {noun} left. Their {noun} stayed",
            f"Then the 2000 {noun} left.",
        ):
            found = _find_groups(text)
            assert found, text
            assert _GROUP_NOUN.search(text), text
    assert not _GROUP_NOUN.search("The minister spoke at the summit on Tuesday.")


def test_the_president_is_not_the_vice_president() -> None:
    cast = Cast()
    cast.add("Lena Moro", "person", 0, 0, 24, "Vice President Lena Moro")
    cast.members["Lena Moro"].role = "Vice President"
    assert cast.resolve_role(None, "President", 1, 0) is None
    cast.add("Ivo Brandt", "person", 0, 40, 60, "President Ivo Brandt")
    cast.members["Ivo Brandt"].role = "President"
    assert cast.resolve_role(None, "President", 1, 0) == "Ivo Brandt"


def test_a_common_word_before_a_persons_surname_is_that_person() -> None:
    cast = Cast()
    cast.add("Janet Okonjo", "person", 0, 0, 12, "Janet Okonjo")
    cast.add("Security Okonjo", "organization", 1, 0, 15, "Security Okonjo")
    cast.add("Okonjo Foundation", "organization", 2, 0, 17, "Okonjo Foundation")
    assert _keys(cast) == ["Janet Okonjo", "Okonjo Foundation"]
    assert "Security Okonjo" in cast.members["Janet Okonjo"].forms


def test_an_office_held_by_someone_is_no_organisation() -> None:
    cast = Cast()
    cast.add("Registrar of the Land Court", "organization", 0, 0, 27, "Registrar of the Land Court")
    cast.add("Land Court", "organization", 1, 0, 10, "Land Court")
    assert _keys(cast) == ["Land Court"]
