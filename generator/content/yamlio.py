"""YAML for people: block-style dumps that diff well, a loader that never crashes on hostile input,
line numbers for problems (worked out only when one is reported), and atomic text writes."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any, overload

import yaml

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
    # PyYAML's C loader reads every file. A pure-Python reader of the subset dump_yaml writes was 1.9-2.0x
    # faster on real annotated entries' front matter, but that saved 0.26-0.30 s of a clean build's 6.1-6.4 s
    # of CPU at 2,014 entries (4-5%, split over the cores), and it declined 13% of them: removed 2026-12-05
    # (bench/fastpaths.py, bench/README.md).
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
