"""YAML for people: block-style dumps that diff well, a loader that never crashes on hostile input,
line numbers for problems (worked out only when one is reported), and atomic text writes."""

from __future__ import annotations

import functools
import os
import re
import tempfile
from pathlib import Path
from typing import Any, overload

import yaml

from generator.core import fastpaths
from generator.core.errors import Problem


class _Dumper(yaml.SafeDumper):
    """Block style, wide lines, no aliases: diffs that editors can read."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: D401
        return True


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def _key_lines(node: yaml.Node | None, offset: int) -> dict[str, int]:
    """Line numbers (1-based, shifted by offset) of each top-level key of a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 + offset for k, _ in node.value}


def _yaml_error(path: str, err: yaml.YAMLError, offset: int) -> Problem:
    mark = getattr(err, "problem_mark", None)
    line = mark.line + 1 + offset if mark else None
    what = getattr(err, "problem", None) or str(err).splitlines()[0]
    return Problem(
        path, line, f"invalid YAML: {what}", "check the indentation and quote values that contain ': ' or '#'"
    )


class _KeyLines:
    """Line numbers of top-level keys, worked out only when a problem needs one (composing is slow)."""

    def __init__(self, text: str, offset: int):
        self._text, self._offset = text, offset
        self._lines: dict[str, int] | None = None

    @overload
    def get(self, key: str, default: int) -> int: ...
    @overload
    def get(self, key: str, default: None = None) -> int | None: ...
    def get(self, key: str, default: int | None = None) -> int | None:
        if self._lines is None:
            self._lines = _key_lines(yaml.compose(self._text, Loader=_FastLoader), self._offset)
        return self._lines.get(key, default)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The C loader where there is one; an impossible date (2022-02-30) stays a string, so it is
    reported as a bad value on its line instead of crashing the load with a ValueError."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


class _Decline(Exception):
    """The text is outside the subset ``fast_load`` reads: PyYAML must read it."""


_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,199}):(?: (.*))?\Z")  # YAML caps a simple key at 1024 chars
_SINGLE = re.compile(r"((?:[^']|'')*)(')?(.*)\Z")  # body, closing quote, what follows it
_DOUBLE = re.compile(r'"([^"\\]*)"\Z')
# Anything but newlines and printable characters that are not YAML line breaks (\x85, \u2028,
# \u2029) or a BOM: tabs, carriage returns and control characters send the text to PyYAML.
_UNSAFE = re.compile("[^\n -~\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_NOT_PLAIN = frozenset(" -?:,[]{}#&*!|>'\"%@`")  # a space or an indicator cannot start a plain scalar
# PyYAML's implicit resolvers (bool, null, int, float, timestamp, merge, value...) by first character.
_WILD = tuple(r.match for _, r in _FastLoader.yaml_implicit_resolvers.get(None, []))
_RESOLVERS = {ch: tuple(r.match for _, r in rs) + _WILD for ch, rs in _FastLoader.yaml_implicit_resolvers.items() if ch}
_END = (-1, "\0")  # after the last row: shallower than any indentation, and never blank


def _is_str(value: str) -> bool:
    """True when PyYAML resolves this plain scalar to a string (no bool, null, number, date...)."""
    matches = _RESOLVERS.get(value[0], _WILD)
    return not matches or not any(match(value) for match in matches)


_is_str_key = functools.lru_cache(maxsize=1024)(_is_str)  # the same few keys in every entry


def fast_load(text: str) -> dict | list | None:
    """What ``yaml.load(text, Loader=_FastLoader)`` returns, for the subset ``dump_yaml`` writes;
    None (decline) for anything else, which PyYAML must then read.

    Accepted: a block mapping or sequence starting at column 0; mappings whose keys are plain ASCII
    words (``seed_sha256``, at most 200 characters), unique, one per line; sequences, also
    indentless under a key (``- item`` at the key's column), whose items are scalars or mappings
    started on the dash line (``- speaker: x``); values that are ``[]``, ``{}``, a double-quoted
    string without escapes on one line, a single-quoted string (``''`` escapes, folded over more
    indented lines), or a plain string that PyYAML resolves to str, folded over more indented lines.
    Comment lines at column 0 before the content (the registry's header) are skipped.
    Declined: tabs, blank lines outside quotes, other comments, anchors, aliases, tags, document markers,
    directives, block scalars, flow collections with content, empty values (null), plain scalars
    that start with an indicator or hold ': ' or ' #', and every plain scalar that one of PyYAML's
    implicit resolvers matches (bool, null, int, float, timestamp, merge, value): those
    conversions are left to PyYAML."""
    if _UNSAFE.search(text):
        return None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    head = 0
    while head < len(lines) and lines[head].startswith("#"):  # a comment block before the content
        head += 1
    rows = [(len(line) - len(content), content) for line in lines[head:] for content in (line.lstrip(" "),)]
    if not rows or rows[0][0] != 0:
        return None
    rows.append(_END)
    try:
        value, i = _node(rows, 0, 0)
    except (_Decline, RecursionError):
        return None
    return value if rows[i] is _END else None


def _node(rows: list, i: int, indent: int) -> tuple[Any, int]:
    """The block collection whose first row is rows[i], at ``indent``; and the row after it."""
    if rows[i][1].startswith("- "):
        result: Any = []
        while rows[i][0] == indent and rows[i][1].startswith("- "):
            rest = rows[i][1][2:]
            if _KEY.match(rest):  # "- key: value": a mapping whose keys are at indent + 2
                rows[i] = (indent + 2, rest)
                value, i = _node(rows, i, indent + 2)
            else:
                value, i = _scalar(rows, i, rest, indent)
            result.append(value)
    elif _KEY.match(rows[i][1]):
        result = {}
        while rows[i][0] == indent:
            m = _KEY.match(rows[i][1])
            if not m or m[1] in result or not _is_str_key(m[1]):
                raise _Decline
            if m[2] is not None:
                result[m[1]], i = _scalar(rows, i, m[2], indent)
            elif rows[i + 1][0] > indent or rows[i + 1][0] == indent and rows[i + 1][1].startswith("- "):
                result[m[1]], i = _node(rows, i + 1, rows[i + 1][0])
            else:
                raise _Decline  # "key:" with nothing under it is null
    else:
        raise _Decline
    if rows[i][0] > indent:
        raise _Decline
    return result, i


def _scalar(rows: list, i: int, text: str, indent: int) -> tuple[Any, int]:
    """The scalar that starts with ``text`` on row i and goes on over rows deeper than ``indent``."""
    first = text[:1]
    if text in ("[]", "{}"):
        return ([] if text == "[]" else {}), i + 1
    if first == '"':
        m = _DOUBLE.match(text)
        if not m:
            raise _Decline
        return m[1], i + 1
    if first == "'":
        parts, text = [], text[1:]
        while True:
            single = _SINGLE.match(text)
            assert single is not None  # the pattern matches any row (rows hold no newline)
            body, close, after = single.groups()
            parts.append(body)
            if close:
                break
            i += 1
            if rows[i][1] and rows[i][0] <= indent:  # also the end
                raise _Decline
            text = rows[i][1]  # its indentation stripped, as YAML folding strips it
        if after:
            raise _Decline
        value, breaks = parts[0], 0
        for n, part in enumerate(parts[1:], 2):
            part = part if n == len(parts) else part.rstrip(" ")  # spaces before the quote stay
            if n < len(parts) and not part:
                breaks += 1  # a blank line is a newline
                continue
            value = value.rstrip(" ") + ("\n" * breaks or " ") + part
            breaks = 0
        return value.replace("''", "'"), i + 1
    value = text.rstrip(" ")
    while rows[i + 1][0] > indent and rows[i + 1][1]:  # folded: lines joined with a space
        i += 1
        value += " " + rows[i][1].rstrip(" ")
    if not first or first in _NOT_PLAIN or ": " in value or " #" in value or value.endswith(":") or not _is_str(value):
        raise _Decline
    return value, i + 1


MAX_YAML_DEPTH = 100  # far beyond any entry; the C loader overflows its stack (a crash) near 100,000


def _too_deep(text: str) -> int | None:
    """The line where brackets or block indentation nest deeper than MAX_YAML_DEPTH (a rough,
    quote-blind count that errs on the side of depth), else None."""
    brackets = text.count("[") + text.count("{") > MAX_YAML_DEPTH  # else they cannot nest too deep
    if not brackets and not _DEEP_BLOCK.search(text):
        return None  # the usual case, decided without a loop in Python
    depth = 0
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) > 2 * MAX_YAML_DEPTH or stripped[:2] in ("- ", "? ", ": "):
            marks = _BLOCK_MARKS.match(stripped)
            assert marks is not None  # the pattern matches the empty string
            block = (len(line) - len(stripped)) // 2 + len(marks.group(0)) // 2
            if block > MAX_YAML_DEPTH:
                return number
        if brackets:
            for ch in line:
                if ch in "[{":
                    depth += 1
                    if depth > MAX_YAML_DEPTH:
                        return number
                elif ch in "]}":
                    depth = max(0, depth - 1)
    return None


_BLOCK_MARKS = re.compile(r"(?:[-?:][ \t]+)*")
# A line whose indentation (2 a level) and block markers could add up to MAX_YAML_DEPTH levels.
_DEEP_BLOCK = re.compile(rf"^(?: {{{MAX_YAML_DEPTH + 1},}}| *(?:[-?:][ \t]+){{{MAX_YAML_DEPTH // 2 + 1},}})", re.M)


def load_yaml(path: str, text: str, offset: int = 0) -> tuple[Any, _KeyLines, Problem | None]:
    deep = _too_deep(text)
    if deep is not None:
        return (
            None,
            _KeyLines("", offset),
            Problem(
                path,
                deep + offset,
                f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep",
                "flatten the lists and mappings",
            ),
        )
    data = fast_load(text) if fastpaths.enabled("yaml") else None  # TIMELINE_REFERENCE=yaml: PyYAML only
    if data is not None:
        return data, _KeyLines(text, offset), None
    try:
        data = yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError as err:
        return None, _KeyLines("", offset), _yaml_error(path, err, offset)
    except RecursionError:
        return (
            None,
            _KeyLines("", offset),
            Problem(
                path, offset + 1 if offset else 1, "invalid YAML: nested too deeply", "flatten the lists and mappings"
            ),
        )
    return data, _KeyLines(text, offset), None


def locate(text: str, offset: int, key: str, value: str | None = None) -> int | None:
    """The line (1-based, shifted by offset) of a top-level ``key``, or of the first plain value
    equal to ``value`` anywhere under it. Composes the YAML: call it only to report a problem."""
    try:
        root = yaml.compose(text, Loader=_FastLoader)
    except (yaml.YAMLError, RecursionError):
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for k, v in root.value:
        if str(k.value) != key:
            continue
        if value is not None:
            stack = [v]
            while stack:
                node = stack.pop(0)
                if isinstance(node, yaml.ScalarNode) and node.value == value:
                    return node.start_mark.line + 1 + offset
                if isinstance(node, yaml.SequenceNode):
                    stack[:0] = node.value
                elif isinstance(node, yaml.MappingNode):
                    stack[:0] = [val for _, val in node.value]  # values only: a key is not a slug
        return k.start_mark.line + 1 + offset
    return None


def read_text(path: Path) -> str:
    return decode_text(path.read_bytes())


def decode_text(data: bytes) -> str:
    """A content file's bytes as text: UTF-8, a BOM dropped, Windows line ends made plain."""
    return data.decode("utf-8-sig").replace("\r\n", "\n")


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that a reader (or a crash) sees the old text or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def str_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None
