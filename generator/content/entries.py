"""Entries: Markdown files with YAML front matter in content/entries/, one per article.

Formatting and parsing are pure functions of strings; ``load_entry`` is the disk edge. The
generator marks every entry it writes with a digest of its own text, so a later build knows
whether an editor has touched it: an edited entry is never rewritten. (The actor registry is in
registry.py, the site settings in siteconfig.py, YAML handling in yamlio.py.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator import __version__
from generator.content.listing import list_entries
from generator.content.yamlio import KeyLines, decode_text, dump_yaml, load_yaml, locate, str_list
from generator.core.errors import Problem, did_you_mean
from generator.core.model import STATUSES, Actor, Annotation, Entry, Event, Quote, SiteConfig, date_precision
from generator.core.slugs import is_slug, slugify, unique_slug
from generator.core.text import NOT_XML, describe, scrub_fields
from generator.seeds.reader import MAX_SEED_BYTES, Seed

ENTRIES_DIR = "entries"
SOURCE_KEYS = ("url", "outlet", "author")  # where the article comes from; each optional
# Every front-matter key the build reads; any other gets a warning naming the nearest of these.
KNOWN_KEYS = (
    "title",
    "date",
    *SOURCE_KEYS,
    "seed",
    "seed_sha256",
    "summary",
    "actors",
    "places",
    "sources_cited",
    "events",
    "quotes",
    "annotation",
)
_WEB_ADDRESS = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
# A seed at its size limit, annotated (the front matter and escaped Markdown add to it), fits.
MAX_ENTRY_BYTES = MAX_SEED_BYTES + 1024 * 1024

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_OPENING = re.compile(r"---[ \t]*\n")
_DIGEST_LINE = re.compile(r"^(  digest: )'?([0-9a-f]{64})'?$", re.M)


# --------------------------------------------------------------------------- digests
def _digest_of(text: str, line: re.Match | None = None) -> str:
    """The sha256 of ``text`` with its digest line's value blanked (``line``: that line, if found)."""
    if line is None:
        line = _digest_line(text)
    if line is not None:
        text = text[: line.start()] + line.group(1) + "''" + text[line.end() :]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _digest_line(text: str) -> re.Match | None:
    """``_DIGEST_LINE.search(text)``, found with ``str.find`` first (a regex scan of the whole file
    for line starts is slower)."""
    at = text.find("  digest: ")
    while at >= 0:
        if at == 0 or text[at - 1] == "\n":
            m = _DIGEST_LINE.match(text, at)
            if m:
                return m
        at = text.find("  digest: ", at + 1)
    return None


def stamp_digest(text: str) -> str:
    """Put the digest of ``text`` (written with ``digest: ''``) into it."""
    digest = _digest_of(text)
    return text.replace("  digest: ''", f"  digest: {digest}", 1)


def recorded_digest(text: str) -> str:
    m = _digest_line(text)
    return m.group(2) if m else ""


def is_edited(text: str) -> bool:
    """True when a generated file was changed by hand (or was never generated)."""
    line = _digest_line(text)
    return line is None or line.group(2) != _digest_of(text, line)


# --------------------------------------------------------------------------- entries: format
def entry_path(date: dt.date, title: str, taken: set[str]) -> str:
    """A new entry's path relative to content/: ``entries/2022/2022-04-06-title-words.md``."""
    return entry_path_among(date, title, {entry_stem(t) for t in taken})


def entry_path_among(date: dt.date, title: str, stems: set[str]) -> str:
    """``entry_path``, given the ``entry_stem`` of each path taken (a merge of many seeds keeps
    them as it goes: working them out again for each seed made it quadratic, 10,000 new entries
    took 50 million ``Path`` objects)."""
    stem = unique_slug(f"{date.isoformat()}-{slugify(title, 50)}", stems)
    return f"{ENTRIES_DIR}/{date.year}/{stem}.md"


def entry_stem(path: str) -> str:
    """The file name of an entry's path without its suffix (what a new entry's name must differ from)."""
    return Path(path).stem


def _event_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = {"date": e.date, "precision": e.precision}
    if e.end_date:
        d["end_date"] = e.end_date
    d["status"] = e.status
    d["text"] = e.text
    d["actors"] = list(e.actors)
    if e.evidence:
        d["evidence"] = e.evidence
    if e.summary:
        d["summary"] = e.summary
    if e.happening:
        d["happening"] = e.happening
    return d


def _quote_dict(q: Quote) -> dict[str, Any]:
    d: dict[str, Any] = {"speaker": q.speaker, "text": q.text}
    if q.cue:
        d["cue"] = q.cue
    if q.source:
        d["source"] = q.source
    return d


def format_entry(
    ann: Annotation,
    seed_path: str,
    seed_sha256: str,
    date: dt.date,
    body: str,
    source: Mapping[str, str] | None = None,
) -> str:
    """The text of a freshly annotated entry file, digest stamped. ``source``: where the article
    comes from (``url``, ``outlet``, ``author``; a seed's header lines), written when given."""
    front = entry_fields(ann, seed_path, seed_sha256, date, source)
    text = "---\n" + dump_yaml(front) + "---\n" + body.strip() + "\n"
    return stamp_digest(text)


def entry_fields(
    ann: Annotation, seed_path: str, seed_sha256: str, date: dt.date, source: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The front matter ``format_entry`` writes, as data (its digest still empty)."""
    front: dict[str, Any] = {"title": ann.title, "date": date.isoformat()}
    front.update((key, source[key]) for key in SOURCE_KEYS if source and source.get(key))
    front |= {
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
    return front


def new_entry(seed: Seed, annotation: Annotation) -> tuple[Annotation, str]:
    """A seed's annotation as ingest writes it (the seed's own ``title:`` over the annotator's, each
    event its own happening until ``settle_happenings`` finds its other reports), and the entry
    file's text. A pure function of the two: the annotation workers make it, and the merge makes
    it again only for an annotation it moved onto actors added since (``pipeline.rebase``)."""
    from generator.content.happenings import happening_id  # rapidfuzz and numpy: only when needed

    if seed.title:
        annotation = replace(annotation, title=seed.title)
    annotation = replace(annotation, events=tuple(replace(e, happening=happening_id(e)) for e in annotation.events))
    body = seed_body_markdown(seed.blocks, seed.credit)
    source = {"url": seed.url, "outlet": seed.outlet, "author": seed.author}
    return annotation, format_entry(annotation, seed.path, seed.sha256, seed.date, body, source)


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


# --------------------------------------------------------------------------- happenings
_HAPPENING_LINE = re.compile(r"^  happening: .*\n", re.M)


def with_happenings(text: str, ids: list[str]) -> str | None:
    """A generated entry's text with its events' ``happening`` ids set to ``ids`` (one per event, in
    order) and its digest stamped again; None when the text is not laid out as ``format_entry``
    writes it (an edited entry is never rewritten anyway)."""
    parts = split_front_matter(text)
    if parts is None:
        return None
    front, body = parts
    start = front.find("\nevents:\n") + 1
    if start == 0:
        return None
    block_start = start + len("events:\n")
    nxt = re.compile(r"^[^ \-\n]", re.M).search(front, block_start)
    block_end = nxt.start() if nxt else len(front)
    items = re.split(r"(?m)^(?=- )", front[block_start:block_end])
    if items[0] or len(items) - 1 != len(ids):
        return None
    events = [_HAPPENING_LINE.sub("", item) + _happening_line(hid) for item, hid in zip(items[1:], ids, strict=True)]
    new_front = front[:block_start] + "".join(events) + front[block_end:]
    new_front = _DIGEST_LINE.sub(lambda m: m.group(1) + "''", new_front, count=1)
    return stamp_digest("---\n" + new_front + "---\n" + body)


@lru_cache(maxsize=4096)
def _happening_line(hid: str) -> str:
    """An event's ``happening`` line as ``format_entry`` writes it, made once a process for each id: the
    events of one happening share it, and PyYAML's dump of one short mapping costs about 0.03 ms. The
    first settling of 10,000 raw bench articles rewrites 4,335 entries (12,987 ids, 4,568 distinct):
    ``with_happenings`` of them 0.76-0.79 -> 0.54-0.56 CPU s, 3 rounds each (bench/README.md, "Settling
    happenings, 2")."""
    return dump_yaml({"happening": hid}).replace("happening", "  happening", 1)


# --------------------------------------------------------------------------- YAML
_LONG_NUMBER = re.compile(r"[-+]?[0-9][0-9_]{999,}")


def load_fields(
    path: str, text: str, offset: int = 0, typed: frozenset[str] | None = None
) -> tuple[Any, KeyLines, Problem | None]:
    """``load_yaml`` (``typed``: the keys whose values may be other than text), with a number too long
    for Python to convert (over 4,300 digits, a ValueError in PyYAML) reported on its line instead of
    crashing the build."""
    try:
        return load_yaml(path, text, offset, typed)
    except ValueError:
        m = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, m.start()) + 1 + offset if m else None
        digits = f"{sum(c.isdigit() for c in m.group()):,} digits" if m else "too many digits"
        problem = Problem(
            path, line, f"a number of {digits} is too long to read", "quote it to keep it as text, or shorten it"
        )
        return None, KeyLines("", offset), problem  # as load_yaml gives with its problems


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
    """(front matter, body), as ``_FRONT`` splits them, found with ``str.find`` (the regex's lazy
    scan for the closing line is slower); None when there is none."""
    opening = _OPENING.match(text)
    if not opening:
        return None
    start = end = opening.end()
    while (at := text.find("\n---", end)) >= 0:
        rest = at + 4
        while rest < len(text) and text[rest] in " \t":
            rest += 1
        if rest == len(text) or text[rest] == "\n":
            return text[start : at + 1], text[rest + 1 :]
        end = at + 1
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


# The fields whose values may be dates (every other scalar is read as the text the editor typed).
_TYPED_FIELDS = frozenset({"date", "end_date"})


def _front_fields(path: str, front_text: str, fields: dict[str, Any] | None) -> tuple[Any, KeyLines, Problem | None]:
    """The front matter's data, key lines and problem: ``fields`` as given when the caller has just
    written the text from them and it holds no escape, else the YAML read."""
    if fields is not None and "\\" not in front_text:
        return fields, KeyLines(front_text, 1), None
    return load_fields(path, front_text, offset=1, typed=_TYPED_FIELDS)


def parse_entry(path: str, text: str, fields: dict[str, Any] | None = None) -> tuple[Entry | None, tuple[Problem, ...]]:
    """Parse an entry file's text. Slugs are checked later, against the registry. ``fields``: the
    front matter as data, when the caller has just written the text from it (``entry_fields``, its
    digest filled in): what the YAML reads back, given instead of read again (a merge of new entries
    parsed each one it wrote). Used only for a front matter without a backslash (no escapes)."""
    parts = split_front_matter(text)
    if parts is None:
        return None, (
            Problem(
                path, 1, "no YAML front matter", "start the file with a '---' line, the fields, and another '---' line"
            ),
        )
    front_text, body = parts
    data, lines, err = _front_fields(path, front_text, fields)
    if err:
        return None, (err,)
    if not isinstance(data, dict):
        return None, (
            Problem(
                path, 2, "front matter is not a mapping of fields", "write 'title: ...', 'date: ...' on separate lines"
            ),
        )

    def at(key: str) -> int:
        return lines.get(key, 1)

    problems: list[Problem] = list(lines.duplicates)
    if "\\" in front_text:  # only an escape in double quotes (\0, \e) writes an invisible character
        data = scrub_fields(path, data, lambda key: at(str(key)), problems)
    body = _scrub_body(path, text, body, problems)
    title, date = _title_and_date(path, data, at, problems)
    if title is None or date is None:
        return None, tuple(problems)
    names = {key: _names(path, data, key, at, problems) for key in ("actors", "places", "sources_cited")}
    # the lines are looked up only for a problem (without the fast path, that composes the YAML again)
    events = _events(path, data.get("events"), lambda: at("events"), problems)
    quotes = _quotes(path, data.get("quotes"), lambda: at("quotes"), problems)
    summary = _summary(path, data.get("summary"), lambda: at("summary"), problems)
    source = _source(path, data, at, problems)
    _unknown_keys(path, data, at, problems)
    entry = SourcedEntry(
        front=front_text,
        slug=entry_slug(path),
        path=path,
        title=" ".join(title.split()),
        date=date,
        summary=summary,
        seed=str(data.get("seed") or ""),
        seed_sha256=str(data.get("seed_sha256") or ""),
        actors=names["actors"],
        places=names["places"],
        sources_cited=names["sources_cited"],
        events=events,
        quotes=quotes,
        body=body,
        edited=is_edited(text),
        **source,
    )
    return entry, tuple(problems)


def _source(path: str, data: dict, at, problems: list[Problem]) -> dict[str, str]:
    """``url``, ``outlet`` and ``author``, those that are given and fit (a URL only http or https:
    it becomes a link)."""
    found = {}
    for key in SOURCE_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            problems.append(Problem(path, at(key), f"'{key}' must be text", f"write '{key}: ...' on one line"))
            continue
        value = " ".join(str(value).split())
        if key == "url" and not _WEB_ADDRESS.match(value):
            problems.append(
                Problem(
                    path,
                    at(key),
                    f"'url' {value[:80]!r} is not a web address; it is left out",
                    "write the article's address as 'url: https://...'",
                )
            )
            continue
        found[key] = value
    return found


def _unknown_keys(path: str, data: dict, at, problems: list[Problem]) -> None:
    for key in data:
        if str(key) not in KNOWN_KEYS:
            problems.append(
                Problem(
                    path,
                    at(str(key)),
                    f"unknown field '{key}' in the front matter; the build does not use it",
                    did_you_mean(str(key), KNOWN_KEYS) or f"known fields: {', '.join(KNOWN_KEYS)}",
                    severity="warning",
                )
            )


def _scrub_body(path: str, text: str, body: str, problems: list[Problem]) -> str:
    found = NOT_XML.search(body)
    if found is None:
        return body
    line = text.count("\n", 0, len(text) - len(body) + found.start()) + 1
    problems.append(
        Problem(
            path,
            line,
            f"the text has the invisible character {describe(found.group())}; it is left out",
            "delete it from the file; text copied from a terminal or an old document carries such codes",
        )
    )
    return NOT_XML.sub("", body)


def _title_and_date(path: str, data: dict, at, problems: list[Problem]) -> tuple[str | None, dt.date | None]:
    """The two required fields (None, with a problem, when one is missing or wrong)."""
    title = data.get("title")
    if not isinstance(title, (str, int, float)) or not str(title).strip():
        problems.append(
            Problem(
                path,
                at("title"),
                "missing required field 'title'" if title is None else "'title' must be text",
                "add a line 'title: The headline'",
            )
        )
        return None, None
    date = _as_date(data.get("date"))
    if date is not None and date.year > LAST_YEAR:
        problems.append(Problem(path, at("date"), f"'date' is {date.isoformat()}, after {LAST_YEAR}", _LAST_YEAR_HINT))
        return str(title), None
    if date is None:
        problems.append(
            Problem(path, at("date"), "missing or invalid 'date'", "write the publication date as 'date: YYYY-MM-DD'")
        )
    return str(title), date


def _names(path: str, data: dict, key: str, at, problems: list[Problem]) -> tuple[str, ...]:
    names = str_list(data.get(key))
    if names is None:
        problems.append(Problem(path, at(key), f"'{key}' must be a list of names", f"write '{key}: [a, b]'"))
        return ()
    return names


def _events(path: str, raw_events: Any, line: Callable[[], int], problems: list[Problem]) -> tuple[Event, ...]:
    raw_events = raw_events or []
    if not isinstance(raw_events, list):
        problems.append(
            Problem(path, line(), "'events' must be a list", "write each event as '- date: ...' under 'events:'")
        )
        return ()
    events = (_event(path, i, ev, line, problems) for i, ev in enumerate(raw_events, 1))
    return tuple(e for e in events if e is not None)


# The last year a date may be in: a week or a day after it would be past what Python's dates hold.
LAST_YEAR = 9998
_LAST_YEAR_HINT = "correct the date (is it a placeholder?)"


def _past_the_calendar(value: str) -> bool:
    head = value.strip()[:5]
    return head[:4].isdigit() and (len(head) == 4 or not head[4].isdigit()) and int(head[:4]) > LAST_YEAR


def _event(path: str, i: int, ev: Any, line: Callable[[], int], problems: list[Problem]) -> Event | None:
    """Event ``i`` of an entry, or None (with a problem, on the 'events:' line) when it cannot be read."""
    if not isinstance(ev, dict):
        problems.append(Problem(path, line(), f"event {i} is not a mapping", "give it 'date', 'text' and 'actors'"))
        return None
    raw_date = ev.get("date")
    value = raw_date.isoformat() if isinstance(raw_date, dt.date) else str(raw_date if raw_date is not None else "")
    if _past_the_calendar(value):
        problems.append(Problem(path, line(), f"event {i} has the date {value!r}, after {LAST_YEAR}", _LAST_YEAR_HINT))
        return None
    precision = date_precision(value)
    if precision is None:
        problems.append(
            Problem(
                path,
                line(),
                f"event {i} has an invalid date {value!r}",
                "use YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY",
            )
        )
        return None
    end = ev.get("end_date")
    end_value = end.isoformat() if isinstance(end, dt.date) else (str(end) if end is not None else None)
    if end_value is not None and _past_the_calendar(end_value):
        problems.append(
            Problem(path, line(), f"event {i} has the end_date {end_value!r}, after {LAST_YEAR}", _LAST_YEAR_HINT)
        )
        end_value = None
    if end_value is not None and date_precision(end_value) is None:
        problems.append(Problem(path, line(), f"event {i} has an invalid end_date {end_value!r}", "use YYYY-MM-DD"))
        end_value = None
    status = str(ev.get("status") or "reported")
    if status not in STATUSES:
        problems.append(Problem(path, line(), f"event {i} has status {status!r}", "use 'reported' or 'planned'"))
        status = "reported"
    actors = str_list(ev.get("actors"))
    if actors is None:
        problems.append(
            Problem(path, line(), f"event {i}: 'actors' must be a list of slugs", "write 'actors: [slug, slug]'")
        )
        actors = ()
    text_value = ev.get("text")
    if not isinstance(text_value, str) or not text_value.strip():
        problems.append(Problem(path, line(), f"event {i} has no 'text'", "add the sentence the event comes from"))
        return None
    return Event(
        date=value,
        precision=precision,
        text=text_value.strip(),
        actors=actors,
        status=status,
        end_date=end_value,
        evidence=str(ev.get("evidence") or ""),
        happening=str(ev.get("happening") or "").strip(),
        summary=" ".join(str(ev.get("summary") or "").split()),
    )


def _quotes(path: str, raw_quotes: Any, line: Callable[[], int], problems: list[Problem]) -> tuple[Quote, ...]:
    raw_quotes = raw_quotes or []
    if not isinstance(raw_quotes, list):
        problems.append(
            Problem(path, line(), "'quotes' must be a list", "write each quote as '- speaker: slug' and 'text: ...'")
        )
        return ()
    quotes = []
    for i, q in enumerate(raw_quotes, 1):
        if not isinstance(q, dict) or not isinstance(q.get("text"), str):
            problems.append(
                Problem(
                    path,
                    line(),
                    f"quote {i} needs 'speaker' and 'text'",
                    "write '- speaker: slug' and 'text: ...'",
                )
            )
            continue
        speaker = q.get("speaker")
        source = q.get("source")
        if source is not None and not isinstance(source, str):
            problems.append(
                Problem(
                    path,
                    line(),
                    f"quote {i}: 'source' must be text",
                    'write who the unnamed source is as the article does: source: "a senior official"',
                )
            )
            source = None
        quotes.append(
            Quote(
                speaker=str(speaker) if speaker else None,
                text=q["text"],
                cue=str(q.get("cue") or ""),
                source=" ".join((source or "").split()),
            )
        )
    return tuple(quotes)


def _summary(path: str, summary: Any, line: Callable[[], int], problems: list[Problem]) -> str:
    if summary is not None and not isinstance(summary, (str, int, float)):
        problems.append(Problem(path, line(), "'summary' must be text", "write 'summary: One or two sentences.'"))
        return ""
    return str(summary).strip() if summary is not None else ""


# --------------------------------------------------------------------------- disk edges
@dataclass(frozen=True)
class Content:
    """Everything in a content folder."""

    entries: tuple[Entry, ...]
    registry: Mapping[str, Actor]
    config: SiteConfig
    problems: tuple[Problem, ...]


def entry_files(content: Path) -> tuple[Path, ...]:
    """The entry files (``*.md`` below content/entries/, hidden files and folders skipped), sorted by
    their path relative to it."""
    folder = content / ENTRIES_DIR
    return tuple(folder / rel for rel, _ in list_entries(folder))


def load_entry(path: Path, shown: str) -> tuple[Entry | None, tuple[Problem, ...]]:
    return load_entry_and_digest(path, shown)[:2]


def _too_big(shown: str, size: int) -> Problem:
    return Problem(
        shown,
        None,
        f"entry is {size / 1048576:.1f} MB, over the {MAX_ENTRY_BYTES // 1048576} MB limit",
        "split the article into separate entries, or cut what it quotes at length",
    )


def load_entry_and_digest(path: str | Path, shown: str) -> tuple[Entry | None, tuple[Problem, ...], str]:
    """The entry in a file, its problems, and the sha256 of the file's bytes ("" when unreadable)."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_ENTRY_BYTES:  # said without reading it: Markdown would take minutes on it
                return None, (_too_big(shown, size),), f"size:{size}"
            data = f.read()
    except OSError as err:
        return None, (Problem(shown, None, f"cannot read: {err.strerror}", None),), ""
    return parse_entry_data(data, shown)


def parse_entry_data(
    data: bytes, shown: str, fields: dict[str, Any] | None = None
) -> tuple[Entry | None, tuple[Problem, ...], str]:
    """``load_entry_and_digest`` of a file holding ``data``: what a writer that has just written the
    file hands on instead of reading it again (``fields``: see ``parse_entry``)."""
    if len(data) > MAX_ENTRY_BYTES:
        return None, (_too_big(shown, len(data)),), f"size:{len(data)}"
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = decode_text(data)
    except UnicodeDecodeError:
        return None, (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),), sha
    return (*parse_entry(shown, text, fields), sha)
