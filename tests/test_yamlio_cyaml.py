"""The fast path ``cyaml``: libyaml's emitter writes what PyYAML's pure-Python emitter writes, byte
for byte, for the data ``yamlio._same_in_c`` lets it have; the rest goes to PyYAML's emitter."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.content import yamlio
from generator.core import fastpaths

WORDS = (
    "a", "b:", "#c", "- d", "'e'", '"f"', "g h", "  ", "yes", "no", "null", "1.5", "2020-01-01", "é", "日本",
    "—", "…", "*", "&", "!", "%", "@", "`", "|", ">", "?", ",", "[", "]", "{", "}", "~", "0x1", "1e3", ".inf",
    "word", "longerword", "“q”", "’s", "\u00a0", "\ufffd", "\ud7ff", "\ue000", " ", "-", ": ", " #",
)  # fmt: skip


@pytest.fixture
def reference(monkeypatch):
    """``reference(data)``: ``dump_yaml(data)`` by PyYAML's emitter (the switch), then the switch off again."""

    def dump(data):
        monkeypatch.setenv(fastpaths.VARIABLE, "cyaml")
        fastpaths.reset()
        try:
            return yamlio.dump_yaml(data)
        finally:
            monkeypatch.delenv(fastpaths.VARIABLE)
            fastpaths.reset()

    return dump


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(("", " ", "  ")) for _ in range(rng.randint(0, n)))


def test_libyaml_writes_the_bytes_of_pyyaml_for_tricky_text(reference):
    rng = random.Random(7)
    taken = 0
    for _ in range(1500):
        s = _text(rng, 60)
        data = {
            "title": s,
            "date": dt.date(2020, 1, 2),
            "events": [{"text": s[: rng.randint(0, len(s))], "n": rng.choice((None, 1, True, "x", s[-5:]))}],
            "long": s * rng.randint(1, 6),
            s[:40] or "k": [s[:7], {}, []],
        }
        taken += yamlio._same_in_c(data)
        assert yamlio.dump_yaml(data) == reference(data)
    assert taken == 1500  # every one of them went to libyaml


@pytest.mark.parametrize(
    "data",
    [
        "a bare scalar",  # libyaml writes no '...' after it
        None,
        {"k" * 100: "a long key"},  # may become a complex key ('? ')
        {"text": "a tab\there"},
        {"text": "two\nlines, with a trailing space \nhere " * 5},
        {"text": "an emoji 😀"},
        {"text": "a next line\x85"},
        {"list": ["\ufeffa BOM"]},
    ],
)
def test_what_libyaml_writes_otherwise_goes_to_pyyaml(data, reference):
    assert not yamlio._same_in_c(data)
    assert yamlio.dump_yaml(data) == reference(data)
