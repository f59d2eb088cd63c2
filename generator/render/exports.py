"""Data for other tools: TimelineJS3's timeline.json, the JSON exports of entries (with their events
and quotes), happenings and actors, their JSON Schemas, sitemap.xml, and a calendar of planned events.

JSON is written with sorted keys and no clock, so the same content gives the same bytes. Each JSON
export names its schema (``schemas.py``, shipped under data/schema/) in "$schema". Text in
timeline.json is HTML-escaped because TimelineJS inserts it as HTML. What each file holds, for
people: docs/exports.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar
from xml.sax.saxutils import escape

from generator.core.digest import text_digest
from generator.core.model import Entry, Happening, PlacedEvent, Site, date_precision, date_span
from generator.render import schemas, urls
from generator.render.formatting import Formatter
from generator.render.pages import Output

T = TypeVar("T")


def _text(data: object) -> str:
    # Compact separators keep Python's C encoder (``indent`` falls back to the slow pure-Python one).
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _json(data: object) -> bytes:
    return (_text(data) + "\n").encode("utf-8")


F = TypeVar("F", str, bytes)


class Fragments(Protocol):
    """(key, make) -> the fragment for ``key``, remembered or made (text: the search index's; UTF-8:
    the exports')."""

    def __call__(self, key: str, make: Callable[[], F], /) -> F: ...


def no_memo(key: str, make: Callable[[], F]) -> F:
    """The memo of a build that keeps no fragments: make each one."""
    return make()


# The large exports are JSON arrays with one item per entry (or happening). Each item is dumped on
# its own and the array joined by commas: the same bytes as dumping the whole (compact separators,
# sorted keys: "$schema" sorts first), and an incremental build fetches the items of unchanged
# entries from a memo by the keys of the entries they are made of. The items are kept as UTF-8 bytes
# and the document is joined once: at 10,000 bench entries the three exports are 40 MB, and joining
# them as text, then adding the head and the tail and encoding, copied each about five times (an edit
# build's three exports 0.32-0.37 -> 0.09-0.10 CPU s, its memo loaded and saved 0.13 -> 0.08 s;
# bench/README.md, "The exports joined once").
def _document(site: Site, path: str, key: str, items: list[bytes], **rest: object) -> Output:
    """``{"$schema": <its schema's URL>, key: [items], **rest}``, keys sorted (``rest``'s sort after ``key``)."""
    head = _text({"$schema": urls.absolute(site.config.base_url, urls.SCHEMAS[path])})[:-1]
    tail = "".join("," + _text({k: v})[1:-1] for k, v in sorted(rest.items()))
    parts = [(head + f',"{key}":[').encode("utf-8")]
    for item in items:
        parts += (item, b",")
    if items:
        parts.pop()  # the comma after the last item
    parts.append(("]" + tail + "}\n").encode("utf-8"))
    return Output(path, b"".join(parts))


def _memo_key(*parts: str) -> str:
    return text_digest("\x1f".join(parts))


CHUNK = 64  # items of a large export remembered together: one key and one fragment each


def _items(
    things: Sequence[T], key_of: Callable[[T], str | None], make: Callable[[T], str], memo, tag: str
) -> list[bytes]:
    """``[make(t) for t in things]`` in chunks of ``CHUNK`` items joined by commas (the same array, UTF-8),
    each chunk remembered by its items' keys (``key_of``; None: not known, the chunk is made afresh).
    One key per chunk, not per item: at 10,000 bench entries an edit's three exports took 0.31 s of
    CPU with a key per item (60,000 digests and fragments in the memo)."""
    out = []
    for start in range(0, len(things), CHUNK):
        part = things[start : start + CHUNK]
        keys = [key_of(t) for t in part]
        joined = functools.partial(_comma_joined, make, part)
        out.append(joined() if None in keys else memo(_memo_key(tag, *keys), joined))  # type: ignore[arg-type]
    return out


def _comma_joined(make: Callable[[T], str], part: Sequence[T]) -> bytes:
    return ",".join(map(make, part)).encode("utf-8")


def _happening_key(keys: Mapping[str, str], h: Happening) -> str | None:
    """What a happening's item is made of: its id, its reports' entries (their keys) and events; None
    when an entry's key is not known (the item is made afresh)."""
    if len(h.reports) == 1:  # most happenings (the same key, without a generator to join)
        (p,) = h.reports
        key = keys.get(p.entry_slug)
        return None if key is None else f"{h.id}\x1d{key}:{p.id}"
    if not all(p.entry_slug in keys for p in h.reports):
        return None
    return h.id + "\x1d" + "\x1e".join(f"{keys[p.entry_slug]}:{p.id}" for p in h.reports)


def timeline_json(site: Site, keys: Mapping[str, str] | None = None, memo: Fragments = no_memo) -> Output:
    """TimelineJS3's JSON: one slide per happening. Its headline is the happening's line, its date as
    people write it (``display_date``, in the site's language) with start and end dates that carry
    only the parts the articles give; its text every article that reports it (title, outlet, both
    linked) with the sentence; its ``unique_id`` the happening's id (stable across rebuilds and
    edits of other events)."""
    keys = keys or {}
    slides = _Slides(site)
    base, lang = site.config.base_url, site.config.language
    items = _items(
        site.happenings, functools.partial(_happening_key, keys), slides.item, memo, f"tl\x1f{base}\x1f{lang}"
    )
    title = {"text": {"headline": html.escape(site.config.title), "text": html.escape(site.config.description)}}
    return _document(site, urls.TIMELINE_JSON, "events", items, title=title)


class _Slides:
    """The slides of one site; what many slides share (an article's link, a date's words) made once."""

    def __init__(self, site: Site):
        self.entries = {e.slug: e for e in site.entries}
        self.fmt = Formatter(site.config.language)
        self.base_url = site.config.base_url
        self._articles: dict[str, str] = {}
        self._dates: dict[tuple[str, str, str | None], tuple[dict, dict | None, str]] = {}

    def item(self, h: Happening) -> str:
        start, end, display = self.dates(h.date, h.precision, h.end_date)
        slide = {
            "unique_id": h.id,
            "start_date": start,
            "display_date": display,
            "group": h.status,
            "text": {"headline": html.escape(h.line), "text": self.sources(h)},
        }
        if end:
            slide["end_date"] = end
        return _text(slide)

    def dates(self, date: str, precision: str, end_date: str | None) -> tuple[dict, dict | None, str]:
        key = (date, precision, end_date)
        if key not in self._dates:
            self._dates[key] = (*tl_dates(date, precision, end_date), when(self.fmt, date, precision, end_date))
        return self._dates[key]

    def sources(self, h: Happening) -> str:
        """Where the sources differ on the date, which dates they give; then each report: its
        article (linked to its page on the site), the outlet (linked to the original), the sentence."""
        differ = (
            f"<p>{html.escape(self.fmt.sources_differ(h.dates, functools.partial(when, self.fmt)))}</p>"
            if h.dates
            else ""
        )
        reports = "".join(
            f"<li>{self.article(p.entry_slug)}<br><q>{html.escape(p.event.text)}</q></li>" for p in h.reports
        )
        return f"{differ}<ul>{reports}</ul>"

    def article(self, slug: str) -> str:
        if slug not in self._articles:
            entry = self.entries[slug]
            page = html.escape(urls.absolute(self.base_url, urls.entry_page(slug)))
            origin = _origin(entry)
            self._articles[slug] = f'<a href="{page}">{html.escape(entry.title)}</a>' + (
                f" ({origin})" if origin else ""
            )
        return self._articles[slug]


def tl_dates(date: str, precision: str, end_date: str | None) -> tuple[dict[str, int], dict[str, int] | None]:
    """TimelineJS start and end dates with only the parts a date of this precision has: a day, a
    month (year and month), a year; a week is the span from its Monday to its Sunday. A range ends
    at its end date (at that date's own precision)."""
    first, last = date_span(date)
    start = _tl_date(first, precision)
    end = None
    if end_date and end_date != date:
        end_precision = date_precision(end_date) or precision
        end_first, end_last = date_span(end_date)
        end = _tl_date(end_last if end_precision == "week" else end_first, end_precision)
    elif precision == "week":
        end = _tl_date(last, "day")
    return start, end


def _tl_date(d: dt.date, precision: str) -> dict[str, int]:
    if precision in ("day", "week"):
        return {"year": d.year, "month": d.month, "day": d.day}
    if precision == "month":
        return {"year": d.year, "month": d.month}
    return {"year": d.year}


def when(fmt: Formatter, date: str, precision: str, end_date: str | None = None) -> str:
    """A date as people write it, in the site's language: ``Formatter.span`` ('April 5, 2022', 'Week of
    April 4, 2022', 'April – May 2022'), except that a range of days writes both days out in full
    ('April 5, 2022 – April 6, 2022'), as TimelineJS shows a display date on its own."""
    if precision in ("year", "month") or not end_date or end_date == date:
        return fmt.span(date, precision, end_date)
    first, last = date_span(date)[0], date_span(end_date)[1]
    return f"{fmt.day(first)} – {fmt.day(last)}" if last > first else fmt.fuzzy(date, precision)


def _origin(entry: Entry) -> str:
    """Where an article comes from, for TimelineJS (HTML): the outlet, linked to the original."""
    name = html.escape(entry.outlet or entry.url)
    if entry.url:
        name = f'<a href="{html.escape(entry.url)}">{name}</a>'
    return name


def _source(entry: Entry) -> dict[str, str]:
    """Where an entry comes from: the original's URL, outlet and author, and the seed it was made from."""
    return {key: getattr(entry, key) for key in ("url", "outlet", "author", "seed", "seed_sha256")}


def _event(p: PlacedEvent) -> dict[str, object]:
    ev = p.event
    return {
        "id": p.id,
        "date": ev.date,
        "precision": ev.precision,
        "end_date": ev.end_date,
        "status": ev.status,
        "text": ev.text,
        "summary": ev.summary,
        "evidence": ev.evidence,
        "actors": list(ev.actors),
        "happening": ev.happening or p.id,
    }


def entries_json(site: Site, keys: Mapping[str, str] | None = None, memo: Fragments = no_memo) -> Output:
    """Every entry with its events (each with its stable id and its happening), quotes (speaker and
    cue) and where it comes from (``source``)."""
    keys = keys or {}
    placed: dict[str, list[PlacedEvent]] = {}
    for p in site.events:
        placed.setdefault(p.entry_slug, []).append(p)

    def item(e: Entry) -> str:
        events = sorted(placed.get(e.slug, ()), key=lambda p: p.index)
        return _text(
            {
                "slug": e.slug,
                "title": e.title,
                "date": e.date.isoformat(),
                "summary": e.summary,
                "url": urls.entry_page(e.slug),
                "actors": list(e.actors),
                "places": list(e.places),
                "sources_cited": list(e.sources_cited),
                "events": [_event(p) for p in events],
                "quotes": [{"speaker": q.speaker, "text": q.text, "cue": q.cue, "source": q.source} for q in e.quotes],
                "source": _source(e),
            }
        )

    items = _items(site.entries, lambda e: keys.get(e.slug), item, memo, "en")
    return _document(site, urls.ENTRIES_JSON, "entries", items)


def happenings_json(site: Site, keys: Mapping[str, str] | None = None, memo: Fragments = no_memo) -> Output:
    """Every happening: its date (precision, range; every date its reports give when they differ),
    line, actors, status, and the events that report it (ids of data/entries.json's events)."""
    keys = keys or {}

    def item(h: Happening) -> str:
        return _text(
            {
                "id": h.id,
                "date": h.date,
                "precision": h.precision,
                "end_date": h.end_date,
                "start": h.start.isoformat(),
                "line": h.line,
                "actors": list(h.actors),
                "status": h.status,
                "dates_differ": bool(h.dates),
                "dates": list(h.dates),
                "reports": [{"event": p.id, "entry": p.entry_slug} for p in h.reports],
            }
        )

    items = _items(site.happenings, functools.partial(_happening_key, keys), item, memo, "hp")
    return _document(site, urls.HAPPENINGS_JSON, "happenings", items)


def actors_json(site: Site) -> Output:
    data = [
        {
            "slug": a.slug,
            "name": a.name,
            "kind": a.kind,
            "aliases": list(a.aliases),
            "role": a.role,
            "description": a.description,
            "links": list(a.links),
            "url": urls.actor_page(a.slug),
        }
        for a in site.actors
    ]
    return _document(site, urls.ACTORS_JSON, "actors", [_text(a).encode("utf-8") for a in data])


def schema_json(site: Site, path: str) -> Output:
    """The JSON Schema of the export at ``path`` (``schemas.py``), at its place in the site."""
    return Output(urls.SCHEMAS[path], _json(schemas.schema(path, site.config.base_url)))


def sitemap(site: Site, pages: tuple[str, ...]) -> Output:
    lastmod = {urls.entry_page(e.slug): e.date.isoformat() for e in site.entries}
    rows = []
    for path in sorted(pages):
        if path == urls.NOT_FOUND:
            continue
        mod = f"<lastmod>{lastmod[path]}</lastmod>" if path in lastmod else ""
        rows.append(f"<url><loc>{escape(urls.absolute(site.config.base_url, path))}</loc>{mod}</url>")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(rows)
        + "\n</urlset>\n"
    )
    return Output(urls.SITEMAP, xml.encode("utf-8"))
