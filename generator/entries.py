"""Content I/O: entries (Markdown + YAML front matter), the actor registry and the site config.

Formatting and parsing are pure functions of strings; ``load_*`` and ``write_*`` are the disk
edges. The generator marks every file it writes with a digest of its own text, so a later build
knows whether an editor has touched it: an edited file is never rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

import yaml

from . import __version__
from .errors import Problem, did_you_mean
from .model import ACTOR_KINDS, STATUSES, Actor, Annotation, Entry, Event, Quote, SiteConfig, date_precision
from .slugs import is_slug, slugify, unique_slug

REGISTRY_FILE = "actors.yaml"
CONFIG_FILE = "site.yaml"
ENTRIES_DIR = "entries"

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_DIGEST_LINE = re.compile(r"^(  digest: )'?([0-9a-f]{64})'?$", re.M)

REGISTRY_HEADER = """\
# The actor registry: one item per actor, keyed by its slug.
#   name, kind (person | organization | country | other), aliases (every surface form),
#   optional description, role, links, hidden: true (keeps a false actor off the site).
# Edit freely: builds only ever append actors they have not seen, and never rewrite an item.
"""


# --------------------------------------------------------------------------- YAML helpers
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
    return Problem(path, line, f"invalid YAML: {what}", "check the indentation and quote values that contain ': ' or '#'")


class _KeyLines:
    """Line numbers of top-level keys, worked out only when a problem needs one (composing is slow)."""

    def __init__(self, text: str, offset: int):
        self._text, self._offset, self._lines = text, offset, None

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
            block = (len(line) - len(stripped)) // 2 + len(_BLOCK_MARKS.match(stripped).group(0)) // 2
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
_DEEP_BLOCK = re.compile(r"^(?: {%d,}| *(?:[-?:][ \t]+){%d,})" % (MAX_YAML_DEPTH + 1, MAX_YAML_DEPTH // 2 + 1), re.M)


def _load_yaml(path: str, text: str, offset: int = 0) -> tuple[Any, _KeyLines, Problem | None]:
    deep = _too_deep(text)
    if deep is not None:
        return None, _KeyLines("", offset), Problem(path, deep + offset, f"invalid YAML: nested more than {MAX_YAML_DEPTH} levels deep",
                                                    "flatten the lists and mappings")
    try:
        data = yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError as err:
        return None, _KeyLines("", offset), _yaml_error(path, err, offset)
    except RecursionError:
        return None, _KeyLines("", offset), Problem(path, offset + 1 if offset else 1, "invalid YAML: nested too deeply",
                                                    "flatten the lists and mappings")
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


# --------------------------------------------------------------------------- digests
def _digest_of(text: str) -> str:
    return hashlib.sha256(_DIGEST_LINE.sub(r"\1''", text, count=1).encode("utf-8")).hexdigest()


def stamp_digest(text: str) -> str:
    """Put the digest of ``text`` (written with ``digest: ''``) into it."""
    digest = _digest_of(text)
    return text.replace("  digest: ''", f"  digest: {digest}", 1)


def recorded_digest(text: str) -> str:
    m = _DIGEST_LINE.search(text)
    return m.group(2) if m else ""


def is_edited(text: str) -> bool:
    """True when a generated file was changed by hand (or was never generated)."""
    recorded = recorded_digest(text)
    return not recorded or recorded != _digest_of(text)


# --------------------------------------------------------------------------- entries: format
def entry_path(date: dt.date, title: str, taken: set[str]) -> str:
    """A new entry's path relative to content/: ``entries/2022/2022-04-06-title-words.md``."""
    stem = unique_slug(f"{date.isoformat()}-{slugify(title, 50)}", {Path(t).stem for t in taken})
    return f"{ENTRIES_DIR}/{date.year}/{stem}.md"


def _event_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"date": e.date, "precision": e.precision}
    if e.end_date:
        d["end_date"] = e.end_date
    d["status"] = e.status
    d["text"] = e.text
    d["actors"] = list(e.actors)
    if e.evidence:
        d["evidence"] = e.evidence
    return d


def _quote_dict(q: Quote) -> dict[str, Any]:
    d: dict[str, Any] = {"speaker": q.speaker, "text": q.text}
    if q.cue:
        d["cue"] = q.cue
    return d


def format_entry(ann: Annotation, seed_path: str, seed_sha256: str, date: dt.date, body: str) -> str:
    """The text of a freshly annotated entry file, digest stamped."""
    front = {
        "title": ann.title,
        "date": date.isoformat(),
        "seed": seed_path,
        "seed_sha256": seed_sha256,
        "summary": ann.summary,
        "actors": [a.slug for a in ann.actors],
        "places": list(ann.places),
        "sources_cited": list(ann.sources_cited),
        "events": [_event_dict(e) for e in ann.events],
        "quotes": [_quote_dict(q) for q in ann.quotes],
        "annotation": {"tool": f"generator {__version__}", "model": ann.model, "digest": ""},
    }
    text = "---\n" + dump_yaml(front) + "---\n" + body.strip() + "\n"
    return stamp_digest(text)


def seed_body_markdown(blocks: tuple[Any, ...], credit: str) -> str:
    """The article as Markdown: paragraphs as they are (escaped), subheadings as ``##`` headings."""
    out = []
    for b in blocks:
        text = escape_markdown(b.text)
        out.append(f"## {text}" if b.kind == "heading" else text)
    if credit:
        out.append(f"*{escape_markdown(credit)}*")
    return "\n\n".join(out)


def escape_markdown(text: str) -> str:
    """Article text is data: neutralise Markdown syntax and raw HTML so it renders as written.

    Inline syntax (``\\ ` * _ [ ]``) is backslash-escaped everywhere; block syntax (``#``, ``>``,
    list markers, rules) only at the start of a line, so "U.S." stays readable for editors. A
    backslash before a character Python-Markdown cannot escape would show, so ``&`` and ``<``
    become entities instead: no raw HTML, entity or autolink survives. Rendering the result gives
    back the text (a property test checks it).
    """
    text = text.replace("\\", "\\\\")
    text = re.sub(r"([`*_\[\]])", r"\\\1", text)
    text = re.sub(r"^([ \t]*)([#>+\-])", r"\1\\\2", text, flags=re.M)
    text = re.sub(r"^([ \t]*\d+)([.)])", r"\1\\\2", text, flags=re.M)
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return re.sub(r"^([ \t]*)=", r"\1&#61;", text, flags=re.M)  # '=' has no backslash escape


# --------------------------------------------------------------------------- entries: parse
@dataclass(frozen=True)
class SourcedEntry(Entry):
    """An Entry that keeps its front matter, so a later stage can name the line of a problem
    (an unknown actor slug is only found once the registry is known)."""

    front: str = field(default="", compare=False, repr=False)

    def line_of(self, key: str, value: str | None = None) -> int | None:
        return locate(self.front, 1, key, value)


def line_in_entry(entry: Entry, key: str, value: str | None = None) -> int | None:
    """The line of ``key`` (or of ``value`` under it) in an entry's file, when it is known."""
    return entry.line_of(key, value) if isinstance(entry, SourcedEntry) else None


def entry_slug(path: str) -> str:
    """An entry's slug is its file name, made safe for a URL when an editor named it freely."""
    stem = Path(path).stem
    return stem if is_slug(stem) else slugify(stem)


def split_front_matter(text: str) -> tuple[str, str] | None:
    m = _FRONT.match(text)
    if not m:
        return None
    return m.group(1), text[m.end():]


def _as_str_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def parse_entry(path: str, text: str) -> tuple[Entry | None, tuple[Problem, ...]]:
    """Parse an entry file's text. Slugs are checked later, against the registry."""
    problems: list[Problem] = []
    parts = split_front_matter(text)
    if parts is None:
        return None, (Problem(path, 1, "no YAML front matter", "start the file with a '---' line, the fields, and another '---' line"),)
    front_text, body = parts
    data, lines, err = _load_yaml(path, front_text, offset=1)
    if err:
        return None, (err,)
    if not isinstance(data, dict):
        return None, (Problem(path, 2, "front matter is not a mapping of fields", "write 'title: ...', 'date: ...' on separate lines"),)

    def at(key: str) -> int:
        return lines.get(key, 1)

    title = data.get("title")
    if not isinstance(title, (str, int, float)) or not str(title).strip():
        problems.append(Problem(path, at("title"), "missing required field 'title'" if title is None else "'title' must be text",
                                "add a line 'title: The headline'"))
        return None, tuple(problems)
    date = _as_date(data.get("date"))
    if date is None:
        problems.append(Problem(path, at("date"), "missing or invalid 'date'", "write the publication date as 'date: YYYY-MM-DD'"))
        return None, tuple(problems)

    fields: dict[str, tuple[str, ...]] = {}
    for key in ("actors", "places", "sources_cited"):
        value = _as_str_list(data.get(key))
        if value is None:
            problems.append(Problem(path, at(key), f"'{key}' must be a list of names", f"write '{key}: [a, b]'"))
            value = ()
        fields[key] = value

    events = []
    raw_events = data.get("events") or []
    if not isinstance(raw_events, list):
        problems.append(Problem(path, at("events"), "'events' must be a list", "write each event as '- date: ...' under 'events:'"))
        raw_events = []
    for i, ev in enumerate(raw_events, 1):
        if not isinstance(ev, dict):
            problems.append(Problem(path, at("events"), f"event {i} is not a mapping", "give it 'date', 'text' and 'actors'"))
            continue
        raw_date = ev.get("date")
        value = raw_date.isoformat() if isinstance(raw_date, dt.date) else str(raw_date if raw_date is not None else "")
        precision = date_precision(value)
        if precision is None:
            problems.append(Problem(path, at("events"), f"event {i} has an invalid date {value!r}", "use YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY"))
            continue
        end = ev.get("end_date")
        end_value = end.isoformat() if isinstance(end, dt.date) else (str(end) if end is not None else None)
        if end_value is not None and date_precision(end_value) is None:
            problems.append(Problem(path, at("events"), f"event {i} has an invalid end_date {end_value!r}", "use YYYY-MM-DD"))
            end_value = None
        status = str(ev.get("status") or "reported")
        if status not in STATUSES:
            problems.append(Problem(path, at("events"), f"event {i} has status {status!r}", "use 'reported' or 'planned'"))
            status = "reported"
        actors = _as_str_list(ev.get("actors"))
        if actors is None:
            problems.append(Problem(path, at("events"), f"event {i}: 'actors' must be a list of slugs", "write 'actors: [slug, slug]'"))
            actors = ()
        text_value = ev.get("text")
        if not isinstance(text_value, str) or not text_value.strip():
            problems.append(Problem(path, at("events"), f"event {i} has no 'text'", "add the sentence the event comes from"))
            continue
        events.append(Event(date=value, precision=precision, text=text_value.strip(), actors=actors, status=status,
                            end_date=end_value, evidence=str(ev.get("evidence") or "")))

    quotes = []
    raw_quotes = data.get("quotes") or []
    if not isinstance(raw_quotes, list):
        problems.append(Problem(path, at("quotes"), "'quotes' must be a list", "write each quote as '- speaker: slug' and 'text: ...'"))
        raw_quotes = []
    for i, q in enumerate(raw_quotes, 1):
        if not isinstance(q, dict) or not isinstance(q.get("text"), str):
            problems.append(Problem(path, at("quotes"), f"quote {i} needs 'speaker' and 'text'", "write '- speaker: slug' and 'text: ...'"))
            continue
        speaker = q.get("speaker")
        quotes.append(Quote(speaker=str(speaker) if speaker else None, text=q["text"], cue=str(q.get("cue") or "")))

    summary = data.get("summary")
    if summary is not None and not isinstance(summary, (str, int, float)):
        problems.append(Problem(path, at("summary"), "'summary' must be text", "write 'summary: One or two sentences.'"))
        summary = None
    entry = SourcedEntry(
        front=front_text,
        slug=entry_slug(path),
        path=path,
        title=" ".join(str(title).split()),
        date=date,
        summary=str(summary).strip() if summary is not None else "",
        seed=str(data.get("seed") or ""),
        seed_sha256=str(data.get("seed_sha256") or ""),
        actors=fields["actors"],
        places=fields["places"],
        sources_cited=fields["sources_cited"],
        events=tuple(events),
        quotes=tuple(quotes),
        body=body,
        edited=is_edited(text),
    )
    return entry, tuple(problems)


# --------------------------------------------------------------------------- registry
def parse_registry(path: str, text: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    data, lines, err = _load_yaml(path, text)
    if err:
        return {}, (err,)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return {}, (Problem(path, 1, "the actor registry must map slugs to actors", "write 'slug:' then indented 'name:', 'kind:', 'aliases:'"),)
    actors: dict[str, Actor] = {}
    problems: list[Problem] = []
    alias_owner: dict[str, str] = {}
    seen_keys: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):  # YAML keeps the last of two equal keys, silently
        m = re.match(r"""^(?:"([^"]+)"|'([^']+)'|([^\s#'"][^:#]*?))\s*:(?:\s|$)""", line)
        if m:
            key = next(g for g in m.groups() if g is not None)
            if key in seen_keys:
                problems.append(Problem(path, number, f"actor '{key}' is defined twice (first on line {seen_keys[key]})",
                                        "keep one item and move what the other says into it"))
            seen_keys.setdefault(key, number)
    for key, item in data.items():
        slug = str(key)
        if not is_slug(slug):
            fixed = slugify(slug)
            problems.append(Problem(path, lines.get(slug), f"actor key {slug!r} is not a slug", f"rename it to '{fixed}'"))
            continue
        if not isinstance(item, dict):
            problems.append(Problem(path, lines.get(slug), f"actor '{slug}' must be a mapping", "give it 'name:' and 'kind:'"))
            continue
        name = item.get("name")
        if not isinstance(name, (str, int)) or not str(name).strip():
            problems.append(Problem(path, lines.get(slug), f"actor '{slug}' has no name", "add 'name: Full Name'"))
            continue
        kind = str(item.get("kind") or "other")
        if kind not in ACTOR_KINDS:
            hint = did_you_mean(kind, ACTOR_KINDS) or "use person, organization, country or other"
            problems.append(Problem(path, lines.get(slug), f"actor '{slug}' has unknown kind {kind!r}", hint))
            kind = "other"
        aliases = _as_str_list(item.get("aliases"))
        links = _as_str_list(item.get("links"))
        if aliases is None or links is None:
            problems.append(Problem(path, lines.get(slug), f"actor '{slug}': aliases and links must be lists of text", "write 'aliases: [a, b]'"))
            aliases, links = aliases or (), links or ()
        clean_aliases = []
        for alias in aliases:
            low = alias.strip().lower()
            owner = alias_owner.get(low)
            if owner and owner != slug:
                line = locate(text, 0, slug, alias) or lines.get(slug)
                problems.append(Problem(path, line, f"alias {alias!r} of '{slug}' is already an alias of '{owner}'",
                                        "keep it on one actor only; merge the two actors if they are the same"))
                continue
            alias_owner[low] = slug
            clean_aliases.append(alias.strip())
        actors[slug] = Actor(
            slug=slug,
            name=" ".join(str(name).split()),
            kind=kind,
            aliases=tuple(clean_aliases),
            description=str(item.get("description") or "").strip(),
            role=str(item.get("role") or "").strip(),
            links=links,
            hidden=bool(item.get("hidden", False)),
        )
    return actors, tuple(problems)


def format_new_actors(actors: tuple[Actor, ...]) -> str:
    """YAML text for actors to append to the registry (existing items are never rewritten)."""
    out = []
    for a in actors:
        # The name is always an alias too: merging this actor into another later (moving its aliases)
        # then also redirects its slug, which is the slug of its name.
        aliases = [a.name] + [x for x in a.aliases if x != a.name]
        item: dict[str, Any] = {"name": a.name, "kind": a.kind, "aliases": aliases}
        if a.role:
            item["role"] = a.role
        out.append(dump_yaml({a.slug: item}))
    return "".join(out)


def parse_config(path: str, text: str) -> tuple[SiteConfig, tuple[Problem, ...]]:
    data, lines, err = _load_yaml(path, text)
    if err:
        return SiteConfig(), (err,)
    if data is None:
        return SiteConfig(), ()
    if not isinstance(data, dict):
        return SiteConfig(), (Problem(path, 1, "site config must be a mapping", "write 'title: ...' and so on"),)
    known = {f for f in SiteConfig.__dataclass_fields__ if f != "extra"}
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    defaults = SiteConfig()
    for key, value in data.items():
        key = str(key)
        if key not in known:
            problems.append(Problem(path, lines.get(key), f"unknown setting {key!r}", did_you_mean(key, known) or f"known: {', '.join(sorted(known))}"))
            continue
        want = type(getattr(defaults, key))
        if want is int:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.append(Problem(path, lines.get(key), f"{key!r} must be a positive whole number", None))
                continue
        elif not isinstance(value, str):
            problems.append(Problem(path, lines.get(key), f"{key!r} must be text", None))
            continue
        values[key] = value
    if "theme" in values and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", values["theme"]):
        problems.append(Problem(path, lines.get("theme"), f"theme {values['theme']!r} is not a theme folder name",
                                "write the name of a folder in themes/, e.g. 'theme: default'"))
        del values["theme"]
    if "language" in values and not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", values["language"].strip()):
        problems.append(Problem(path, lines.get("language"), f"language {values['language']!r} is not a language tag",
                                "write e.g. 'language: en' or 'language: pt-BR'"))
        del values["language"]
    if "base_url" in values:
        url = values["base_url"].strip()
        if not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+(?:/[^\s\"'<>\\`]*)?", url):
            problems.append(Problem(path, lines.get("base_url"), f"base_url {url!r} is not an absolute http(s) URL",
                                    "write e.g. 'base_url: https://example.org/timeline/'"))
            del values["base_url"]
        else:
            values["base_url"] = url if url.endswith("/") else url + "/"
    return replace(defaults, **values), tuple(problems)


# --------------------------------------------------------------------------- disk edges
@dataclass(frozen=True)
class Content:
    """Everything in a content folder."""

    entries: tuple[Entry, ...]
    registry: Mapping[str, Actor]
    config: SiteConfig
    problems: tuple[Problem, ...]


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")


def entry_files(content: Path) -> tuple[Path, ...]:
    folder = content / ENTRIES_DIR
    if not folder.is_dir():
        return ()
    return tuple(sorted((p for p in folder.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(folder).parts)),
                        key=lambda p: p.relative_to(folder).as_posix()))


def load_registry(content: Path, shown: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    path = content / REGISTRY_FILE
    if not path.exists():
        return {}, ()
    try:
        return parse_registry(shown, read_text(path))
    except UnicodeDecodeError:
        return {}, (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)


def load_config(content: Path, shown: str) -> tuple[SiteConfig, tuple[Problem, ...]]:
    path = content / CONFIG_FILE
    if not path.exists():
        return SiteConfig(), ()
    try:
        return parse_config(shown, read_text(path))
    except UnicodeDecodeError:
        return SiteConfig(), (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)


def load_entry(path: Path, shown: str) -> tuple[Entry | None, tuple[Problem, ...]]:
    try:
        text = read_text(path)
    except UnicodeDecodeError:
        return None, (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)
    except OSError as err:
        return None, (Problem(shown, None, f"cannot read: {err.strerror}", None),)
    return parse_entry(shown, text)


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


def append_registry(content: Path, actors: tuple[Actor, ...]) -> None:
    """Append new actors to the registry file, keeping every byte an editor wrote."""
    if not actors:
        return
    path = content / REGISTRY_FILE
    old = read_text(path) if path.exists() else REGISTRY_HEADER
    if old and not old.endswith("\n"):
        old += "\n"
    write_atomic(path, old + format_new_actors(actors))
