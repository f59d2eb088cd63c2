"""Characters no page, feed or export can carry: the C0 controls but tab and line ends, and the
noncharacters U+FFFE and U+FFFF (XML 1.0 forbids them; feedgen and lxml refuse them). Seeds with
one are refused; a hand edit with one (a YAML escape such as ``"\\0"`` or ``"\\e"``) is reported on
its line and the character left out."""

from __future__ import annotations

import re
from typing import Any

from generator.core.errors import Problem

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NAMES = {"\x00": "NUL", "\x07": "BEL", "\x08": "backspace", "\x0b": "vertical tab", "\x0c": "form feed"}
_NAMES |= {"\x1b": "ESC", "\ufffe": "a noncharacter", "\uffff": "a noncharacter"}


def describe(ch: str) -> str:
    """``U+001B (ESC)``: a character people cannot see, named."""
    name = _NAMES.get(ch, "a control character")
    return f"U+{ord(ch):04X} ({name})"


def scrub(value: Any) -> tuple[Any, str | None]:
    """``value`` (a string, or lists and mappings of them) without the characters of ``NOT_XML``,
    and the first one found (None, and the same value, when there is none)."""
    if isinstance(value, str):
        m = NOT_XML.search(value)
        return (value, None) if m is None else (NOT_XML.sub("", value), m.group())
    first: str | None = None
    if isinstance(value, list):
        items = []
        for item in value:
            item, found = scrub(item)
            first = first or found
            items.append(item)
        return (items, first) if first else (value, None)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            key, found_key = scrub(key)
            item, found = scrub(item)
            first = first or found_key or found
            out[key] = item
        return (out, first) if first else (value, None)
    return value, None


def scrub_fields(path: str, data: dict, at, problems: list[Problem], what: str = "{key!r}") -> dict:
    """The fields without characters no page or feed can carry, each field that had one a problem."""
    out = {}
    for key, value in data.items():
        clean_key, found_in_key = scrub(key)
        value, found = scrub(value)
        found = found_in_key or found
        if found:
            problems.append(
                Problem(
                    path,
                    at(key),
                    f"{what.format(key=str(clean_key))} has the invisible character {describe(found)}; it is left out",
                    "delete it from the file; in double quotes an escape such as \\0 or \\e writes one",
                )
            )
        out[clean_key] = value
    return out
