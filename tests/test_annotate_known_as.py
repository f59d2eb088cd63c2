"""'X, better known as "Y",' and 'X, also known as Y': Y is another name of X, not a second actor."""

from __future__ import annotations

import pytest


def _cast_of(*blocks):
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks

    return build_cast(parse_blocks(list(blocks)))


@pytest.mark.parametrize(
    "text,owner,alias",
    [
        (
            'The tribunal has tried just one defendant, Ieng Sovann, better known as "Pol," who received a life '
            "sentence. Survivors said that Pol was convicted too late.",
            "Ieng Sovann",
            "Pol",
        ),
        (
            'The militia was led by Joseph Okello, better known as "Kony," who has been charged with war crimes. '
            "Kony said in a statement that he would not surrender.",
            "Joseph Okello",
            "Kony",
        ),
        (
            'Police arrested Marco Bellini, also known as "Zanna", on Tuesday. Zanna was wanted in three countries.',
            "Marco Bellini",
            "Zanna",
        ),
    ],
)
def test_a_name_the_text_says_someone_is_known_by_is_theirs(text, owner, alias):
    cast = _cast_of(text)
    people = {m.key: m.forms for m in cast.actors() if m.kind == "person"}
    assert alias not in people, people
    assert alias in people[owner]
