"""YAML for people: block-style dumps that diff well, a loader that never crashes on hostile input,
line numbers for problems (worked out only when one is reported), and atomic text writes."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, overload

import yaml

from generator.core import fastpaths
from generator.core.errors import Problem


class _Dumper(yaml.SafeDumper):
    """Block style, wide lines, no aliases: diffs that editors can read."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: D401
        return True


def _str_presenter(dumper: yaml.representer.SafeRepresenter, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)


class _CDumper(yaml.CSafeDumper):
    """``_Dumper`` with libyaml's emitter (PyYAML's C extension), for the data it writes the same bytes of."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: D401
        return True


_CDumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any) -> str:
    dumper = _CDumper if fastpaths.enabled("cyaml") and _same_in_c(data) else _Dumper
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


# Characters libyaml's emitter escapes or breaks lines at differently from PyYAML's (the fast path
# ``cyaml``): controls, line breaks and tabs (double-quoted scalars fold differently), NEL, the BOM,
# and anything past the BMP (libyaml escapes it even with allow_unicode).
_NOT_PLAIN_TEXT = re.compile("[^\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_LONGEST_KEY = 64  # a longer key may be written as a complex key ('? '), which the two emitters lay out differently


def _same_in_c(data: Any) -> bool:
    """Whether libyaml's emitter writes ``data`` byte for byte as PyYAML's does (fast path ``cyaml``):
    a mapping or a list (a bare scalar gets no '...' end from libyaml) whose keys are short text and
    whose text has none of ``_NOT_PLAIN_TEXT``. Checked on 60,000 random mappings of tricky text
    (tests/test_yamlio_cyaml.py samples them) and the content folders of the real texts. The text of a
    new entry (``entries.new_entry``), 320 raw bench articles: 0.573 -> 0.132 CPU s (4.3x, medians of
    5 alternated, the same bytes), about 1.4 CPU s per 1,000 articles of a raw build (4-5% of it;
    2026-12-05)."""
    if not isinstance(data, (dict, list)):
        return False
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if _NOT_PLAIN_TEXT.search(item):
                return False
        elif isinstance(item, dict):
            if any(not isinstance(k, str) or len(k) > _LONGEST_KEY for k in item):
                return False
            todo.extend(item)
            todo.extend(item.values())
        elif isinstance(item, (list, tuple)):
            todo.extend(item)
    return True


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


class KeyLines:
    """Line numbers of top-level keys, worked out only when a problem needs one (composing is slow);
    and the keys given twice (``duplicates``: a problem each)."""

    def __init__(
        self, text: str, offset: int, duplicates: tuple[Problem, ...] = (), lines: dict[str, int] | None = None
    ):
        self._text, self._offset = text, offset
        self._lines = lines  # given when the nodes were at hand anyway (the fast path)
        self.duplicates = duplicates

    @overload
    def get(self, key: str, default: int) -> int: ...
    @overload
    def get(self, key: str, default: None = None) -> int | None: ...
    def get(self, key: str, default: int | None = None) -> int | None:
        if self._lines is None:
            root = yaml.compose(self._text, Loader=_FastLoader)  # type: ignore[arg-type]
            self._lines = _key_lines(root, self._offset)
        return self._lines.get(key, default)


class _CoreResolver(yaml.resolver.BaseResolver):
    """YAML 1.2's core schema (plus dates): a boolean only from true/false, a number only in decimal,
    0o octal or 0x hex; 'yes', 'off', 'NO', '12:30' (base 60 in YAML 1.1) and '017' (octal) are
    not booleans or those numbers. (PyYAML implements YAML 1.1, which silently changed them.)"""


_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_CoreResolver.add_implicit_resolver(
    "tag:yaml.org,2002:timestamp",
    next(r for tag, r in yaml.resolver.Resolver.yaml_implicit_resolvers["0"] if tag.endswith("timestamp")),
    list("0123456789"),
)
_CoreResolver.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])

try:
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover (PyYAML without libyaml)

    class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str):
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)


class _FastLoader(_Parser, yaml.constructor.SafeConstructor, _CoreResolver):
    """The C parser where there is one, the core schema, a key given twice noted (``duplicates``:
    (key, first line, line), 0-based), and an impossible date (2022-02-30) kept as a string, so it is
    reported as a bad value on its line instead of crashing the load with a ValueError."""

    def __init__(self, stream: str):
        _Parser.__init__(self, stream)
        yaml.constructor.SafeConstructor.__init__(self)
        _CoreResolver.__init__(self)
        self.duplicates: list[tuple[str, int, int]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: dict[tuple[str, str], int] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                first = seen.get((key.tag, key.value))
                if first is None:
                    seen[(key.tag, key.value)] = key.start_mark.line
                else:
                    self.duplicates.append((key.value, first, key.start_mark.line))
        return super().construct_mapping(node, deep)


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


def _core_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(loader.construct_scalar(node))
    if value.lstrip("+-").startswith(("0o", "0x")):
        return int(value, 8 if "0o" in value else 16)
    return int(value, 10)  # '017' is seventeen (YAML 1.1 read fifteen); over 4,300 digits: ValueError


_FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
_FastLoader.add_constructor("tag:yaml.org,2002:int", _core_int)
_RawLoader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # every scalar as the text written


def _has_typed_scalar(value: Any, typed: frozenset[str]) -> bool:
    """True when a scalar that is not text (a number, boolean or date) is under a key not in ``typed``."""
    if isinstance(value, dict):
        return any(not isinstance(k, str) or (k not in typed and _has_typed_scalar(v, typed)) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_typed_scalar(v, typed) for v in value)
    return value is not None and not isinstance(value, str)


def _as_written(value: Any, raw: Any, typed: frozenset[str]) -> Any:
    """``value`` with every scalar that is not text (but those under a key in ``typed``, and nulls)
    replaced by its text as written (``raw``: the same document, every scalar a string)."""
    if isinstance(value, dict):
        if not isinstance(raw, dict) or len(raw) != len(value):
            return value  # shapes differ (a merge key): left as read
        return {
            (rk if not isinstance(k, str) and k is not None and isinstance(rk, str) else k): (
                v if isinstance(k, str) and k in typed else _as_written(v, rv, typed)
            )
            for (k, v), (rk, rv) in zip(value.items(), raw.items())
        }
    if isinstance(value, list):
        if not isinstance(raw, list) or len(raw) != len(value):
            return value
        return [_as_written(v, r, typed) for v, r in zip(value, raw)]
    if value is None or isinstance(value, str) or not isinstance(raw, str):
        return value
    return raw


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


def load_yaml(
    path: str, text: str, offset: int = 0, typed: frozenset[str] | None = None
) -> tuple[Any, KeyLines, Problem | None]:
    """The document in ``text`` (YAML 1.2's core schema), its key lines and keys given twice, or the
    problem that stops it. ``typed``: the keys whose values may be numbers, booleans or dates; every
    other scalar is read as the text the editor typed ('017', '1.50', 'true'). None: all as read."""
    deep = _too_deep(text)
    if deep is not None:
        return (
            None,
            KeyLines("", offset),
            Problem(
                path,
                deep + offset,
                f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep",
                "flatten the lists and mappings",
            ),
        )
    # PyYAML's C parser reads every file. A pure-Python reader of the subset dump_yaml writes was removed
    # 2026-12-05 (4-5% of a clean build). The fast path below keeps the C parser and only turns its nodes
    # into values itself (fastpaths "yamlnodes"); anything unusual is left to the reference below.
    if typed is not None and fastpaths.enabled("yamlnodes"):
        fast = _fast_load(text, typed, offset)
        if fast is not None:
            data, duplicates, lines = fast
            return data, KeyLines(text, offset, _duplicate_problems(path, duplicates, offset), lines), None
    return _reference_load(path, text, offset, typed)


def _reference_load(
    path: str, text: str, offset: int, typed: frozenset[str] | None
) -> tuple[Any, KeyLines, Problem | None]:
    """PyYAML's loader with the core schema, then every scalar not under a ``typed`` key as written."""
    loader = None
    try:
        loader = _FastLoader(text)
        data = loader.get_single_data()
    except yaml.YAMLError as err:
        return None, KeyLines("", offset), _yaml_error(path, err, offset)
    except RecursionError:
        return (
            None,
            KeyLines("", offset),
            Problem(
                path, offset + 1 if offset else 1, "invalid YAML: nested too deeply", "flatten the lists and mappings"
            ),
        )
    finally:
        if loader is not None:
            loader.dispose()
    if typed is not None and _has_typed_scalar(data, typed):
        try:
            data = _as_written(data, yaml.load(text, Loader=_RawLoader), typed)
        except (yaml.YAMLError, RecursionError):  # not expected: the same parser has just read it
            pass
    return data, KeyLines(text, offset, _duplicate_problems(path, loader.duplicates, offset)), None


def _duplicate_problems(path: str, duplicates: list[tuple[str, int, int]], offset: int) -> tuple[Problem, ...]:
    return tuple(
        Problem(
            path,
            line + 1 + offset,
            f"{key!r} is given twice (first on line {first + 1 + offset}); the later one is used",
            "delete one of the two, or merge them",
        )
        for key, first, line in duplicates
    )


# --------------------------------------------------------------------------- fast path "yamlnodes"
# PyYAML's C parser composes the nodes (it calls ``resolve`` for each one; here that only marks a plain
# scalar), and ``_Values`` turns them into the values ``_reference_load`` gives: a plain null is None, a
# plain scalar under a ``typed`` key is typed by the core schema (only dates and text are taken here),
# every other scalar is its text. Anything else (an explicit tag, a merge key, a key that is not text,
# a typed value that would be a number or boolean, a list under a typed key, an alias cycle, any
# error) declines, and the reference reads the file. Measured 2026-12-05 (one process, CPU, best of 3,
# load_yaml / parse_entry): 2,014 real annotated entries (bench/fastpaths.py's corpus) 0.35 / 0.53 s
# against the reference's 0.63 / 0.79 s (1.8x / 1.5x; none declined; 0.26 s = about 4% of a clean
# build's CPU); the 10,000 bench entries 1.55-1.72 / 2.30 s against 2.77-2.85 / 3.57 s (1.2 s, about
# 8% of a clean build's CPU). Most of what is left is the C parser making nodes (1.15 s of the 1.33).
# Off with TIMELINE_REFERENCE=yamlnodes; tests/test_fastpaths.py compares the two on generated YAML.
_PLAIN = "!timeline-plain"  # the tag this parser gives a plain scalar without one (no YAML tag starts so)
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_NULLS = frozenset(("~", "null", "Null", "NULL", ""))
_CORE = _CoreResolver()
_TIMESTAMPS = yaml.constructor.SafeConstructor()


class _Decline(Exception):
    """The fast path does not take this document; the reference reads it."""


class _NodeParser(_Parser, yaml.resolver.BaseResolver):
    """The C parser composing nodes, with a resolver that only marks plain scalars."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


class _Values:
    """Values of one document's nodes (collections memoised by node: an alias is read once)."""

    def __init__(self, typed: frozenset[str]):
        self.typed = typed
        self.duplicates: list[tuple[str, int, int]] = []
        self.done: dict[int, Any] = {}
        self.busy: set[int] = set()

    def value(self, node: yaml.Node) -> Any:
        if type(node) is yaml.ScalarNode:
            if node.tag == _PLAIN:
                return None if node.value in _NULLS else node.value
            if node.tag == _STR:
                return node.value
            raise _Decline
        key = id(node)
        if key in self.done:
            return self.done[key]
        if key in self.busy or node.tag not in (_SEQ, _MAP):
            raise _Decline  # an alias inside itself, or a tag
        self.busy.add(key)
        made = self.mapping(node) if type(node) is yaml.MappingNode else [self.value(v) for v in node.value]
        self.done[key] = made
        return made

    def mapping(self, node: yaml.MappingNode) -> dict:
        made: dict = {}
        seen: dict[str, int] = {}
        for k, v in node.value:
            name = self.key(k)
            first = seen.get(name)
            if first is None:
                seen[name] = k.start_mark.line
            else:
                self.duplicates.append((name, first, k.start_mark.line))
            made[name] = self.typed_value(v) if name in self.typed else self.value(v)
        return made

    def key(self, node: yaml.Node) -> str:
        if type(node) is not yaml.ScalarNode:
            raise _Decline
        if node.tag == _STR:
            return node.value
        if node.tag != _PLAIN or _CORE.resolve(yaml.ScalarNode, node.value, (True, False)) != _STR:
            raise _Decline  # a key the core schema reads as a number, boolean, null, date or merge
        return node.value

    def typed_value(self, node: yaml.Node) -> Any:
        if type(node) is not yaml.ScalarNode or node.tag != _PLAIN:
            return self.value(node) if type(node) is yaml.ScalarNode else _decline()
        tag = _CORE.resolve(yaml.ScalarNode, node.value, (True, False))
        if tag == _STR:
            return node.value
        if tag.endswith(":null"):
            return None
        if tag.endswith(":timestamp"):
            return _timestamp_or_text(_TIMESTAMPS, node)  # type: ignore[arg-type]
        raise _Decline


def _decline() -> Any:
    raise _Decline


# Digits the reference's int() refuses (a ValueError its caller reports, even under a key read as text).
_TOO_MANY_DIGITS = re.compile(f"[0-9]{{{sys.get_int_max_str_digits() + 1}}}") if sys.get_int_max_str_digits() else None


def _fast_load(
    text: str, typed: frozenset[str], offset: int = 0
) -> tuple[Any, list[tuple[str, int, int]], dict[str, int]] | None:
    """(data, keys given twice, lines of the top-level keys) as ``_reference_load`` and ``KeyLines``
    give them, or None when it declines."""
    if _TOO_MANY_DIGITS is not None and _TOO_MANY_DIGITS.search(text):
        return None
    parser = None
    try:
        parser = _NodeParser(text)
        root = parser.get_single_node()
        values = _Values(typed)
        data = values.value(root) if root is not None else None
        return data, values.duplicates, _key_lines(root, offset)
    except Exception:  # _Decline, or any error: the reference reads the file again and reports it
        return None
    finally:
        if parser is not None:
            parser.dispose()


def locate(text: str, offset: int, key: str, value: str | None = None) -> int | None:
    """The line (1-based, shifted by offset) of a top-level ``key``, or of the first plain value
    equal to ``value`` anywhere under it. Composes the YAML: call it only to report a problem."""
    try:
        root = yaml.compose(text, Loader=_FastLoader)  # type: ignore[arg-type]
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


# Files ``write_atomic_many`` writes at once. Its wait is the disk's (``fsync``), not the CPU's: one file
# after another, 400 entries took 0.45-2.96 s on the shared 2-core machine, 8 at a time 0.07-0.10 s.
WRITERS = 8


def write_atomic_many(files: Sequence[tuple[Path, str]]) -> None:
    """``write_atomic`` of each (path, text), several at once (threads: each waits on the disk with the
    GIL released). Every file is written, or the first error is raised once all have ended."""
    if len(files) < 2:
        for path, text in files:
            write_atomic(path, text)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(WRITERS, len(files))) as pool:
        done = [pool.submit(write_atomic, path, text) for path, text in files]
    for future in done:
        future.result()


def str_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None
