"""The annotator's fast paths (prefilters, patterns searched another way) find what the plain patterns find:
each checked against the pattern it stands for, on invented sentences."""

from __future__ import annotations

import re

from generator.annotate import places

_SENTENCES = [
    "Officials in Beijing said the talks moved to Lima and then into Quito.",
    "xin Beijing, (in Beijing) and in Beijing Today; into Lima and to Angol.",
    "Towards Quito, towards Quito, toward Quito, xtoward Quito, it-to Lima.",
    "They flew to To Lima, then to In amenas, from McDonald, and O'Neil or Lee.",
    "Visitors came from Aa, Bb, and Cc or Dd and Ee 5, then near A1 to B2 at C-d at D’e.",
    "The plane landed at Congonhas airport after a stop near the Nazirpur river station.",
    "Crowds gathered outside the town of Vilankulos, off the coast of Sumatra and the state of Florida.",
    "The port of call, a statement of Intent, and the city of lights.",
]
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ii]nto|[Ff]rom|[Aa]cross|[Oo]utside|[Tt]owards?) "
    r"([A-Z][\w'’-]+)(?![\w'’-]| [A-Z\d])"
)
_LISTED = re.compile(r"(?:(?<=, )|(?<=, and )|(?<= and )|(?<=, or )|(?<= or ))[A-Z][\w'’-]+(?![\w'’-]| [A-Z\d])")


def test_after_preposition_finds_what_the_pattern_finds():
    for text in _SENTENCES:
        want = [(m.start(1), m.end(1), m[1]) for m in _AFTER_PREPOSITION.finditer(text)]
        assert places._after_preposition(text) == want, text
    assert [w for _, _, w in places._after_preposition(_SENTENCES[1])] == ["Beijing", "Lima", "Angol"]


def test_listed_finds_what_the_pattern_finds():
    for text in _SENTENCES:
        assert [m.span() for m in places._listed(text)] == [m.span() for m in _LISTED.finditer(text)], text
    assert [m[0] for m in places._listed(_SENTENCES[4])] == ["Bb", "Cc", "Dd"]


def test_prefilters_pass_every_text_the_pattern_matches():
    for text in _SENTENCES:
        assert places._kind_of_a_place(text) or not places._KIND_OF.search(text), text
        assert places._FACILITY_HEAD.search(text) or not places._FACILITY.search(text), text
    assert places._kind_of_a_place(_SENTENCES[6]) and not places._kind_of_a_place(_SENTENCES[7])
    assert places._FACILITY_HEAD.search(_SENTENCES[5]) and not places._FACILITY_HEAD.search(_SENTENCES[0])
