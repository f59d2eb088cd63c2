"""Data for other tools: TimelineJS3's timeline.json, JSON exports of entries and actors, sitemap.xml,
and a calendar of planned events.

JSON is written with sorted keys and no clock, so the same content gives the same bytes. Text in
timeline.json is HTML-escaped because TimelineJS inserts it as HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
from collections.abc import Callable, Mapping
from xml.sax.saxutils import escape

from generator.core.digest import text_digest
from generator.core.model import Entry, PlacedEvent, Site, date_span
from generator.render import urls
from generator.render.pages import Output


def _text(data: object) -> str:
    # Compact separators keep Python's C encoder (``indent`` falls back to the slow pure-Python one).
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _json(data: object) -> bytes:
    return (_text(data) + "\n").encode("utf-8")


def no_memo(key: str, make: Callable[[], str]) -> str:
    """The memo of a build that keeps no fragments: make each one."""
    return make()


# The two large exports are JSON arrays with one item per entry (or event). Each item is dumped on
# its own and the array joined by commas: the same bytes as dumping the whole (compact separators),
# and an incremental build fetches the items of unchanged entries from a memo by the entry's key.
def timeline_json(
    site: Site, keys: Mapping[str, str] | None = None, memo: Callable[[str, Callable[[], str]], str] = no_memo
) -> Output:
    entries = {e.slug: e for e in site.entries}
    keys = keys or {}

    def item(p: PlacedEvent) -> str:
        ev, entry = p.event, entries[p.entry_slug]
        start = p.start
        date = {"year": start.year}
        if ev.precision in ("day", "week", "month"):
            date["month"] = start.month
        if ev.precision in ("day", "week"):
            date["day"] = start.day
        return _text(
            {
                "start_date": {**date, "display_date": ev.date},
                "text": {"headline": html.escape(entry.title), "text": html.escape(ev.text) + _origin(entry)},
                "unique_id": f"{entry.slug}-{p.index}",
                "group": "planned" if ev.status == "planned" else "reported",
            }
        )

    items = [
        memo(f"tl {keys[p.entry_slug]} {p.index}", functools.partial(item, p)) if p.entry_slug in keys else item(p)
        for p in site.events
    ]
    title = {"text": {"headline": html.escape(site.config.title), "text": html.escape(site.config.description)}}
    # sort_keys order: "events" < "title"
    return Output(
        urls.TIMELINE_JSON, ('{"events":[' + ",".join(items) + '],"title":' + _text(title) + "}\n").encode("utf-8")
    )


def _origin(entry: Entry) -> str:
    """Where an event's article comes from, for TimelineJS (HTML): the outlet, linked to the original."""
    name = html.escape(entry.outlet or entry.url)
    if entry.url:
        name = f'<a href="{html.escape(entry.url)}">{name}</a>'
    return f"<br>Source: {name}" if name else ""


def _source(entry: Entry) -> dict[str, dict[str, str]]:
    """``{"source": {"url", "outlet", "author"}}`` with the fields the entry has; empty when it has none."""
    source = {key: value for key in ("url", "outlet", "author") if (value := getattr(entry, key))}
    return {"source": source} if source else {}


def entries_json(
    site: Site, keys: Mapping[str, str] | None = None, memo: Callable[[str, Callable[[], str]], str] = no_memo
) -> Output:
    keys = keys or {}

    def item(e: Entry) -> str:
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
                "events": [
                    {
                        "date": ev.date,
                        "precision": ev.precision,
                        "end_date": ev.end_date,
                        "status": ev.status,
                        "text": ev.text,
                        "actors": list(ev.actors),
                    }
                    for ev in e.events
                ],
                "quotes": [{"speaker": q.speaker, "text": q.text} for q in e.quotes],
                **_source(e),
            }
        )

    items = [
        memo(f"en {keys[e.slug]}", functools.partial(item, e)) if e.slug in keys else item(e) for e in site.entries
    ]
    return Output(urls.ENTRIES_JSON, ("[" + ",".join(items) + "]\n").encode("utf-8"))


def actors_json(site: Site) -> Output:
    data = [
        {
            "slug": a.slug,
            "name": a.name,
            "kind": a.kind,
            "aliases": list(a.aliases),
            "role": a.role,
            "description": a.description,
            "url": urls.actor_page(a.slug),
        }
        for a in site.actors
    ]
    return Output(urls.ACTORS_JSON, _json(data))


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


def planned_calendar(site: Site, entries: tuple[Entry, ...]) -> Output:
    """An iCalendar file (RFC 5545, made with ``icalendar``) of the events ``entries`` report as
    planned: what the articles say is still to come, for a calendar app to subscribe to. Like the
    feeds, it carries the newest articles (``feed_size``): a calendar of every plan ever reported
    is no use to a subscriber, and icalendar takes about 0.1 ms an event. All-day events spanning
    the date's precision (a day, a week, a month) or its range; ids stable across builds and edits
    of other events; no clock (the stamp is the reporting article's date)."""
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    cal = Calendar()
    cal.add("prodid", "-//timeline-generator//planned events//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{site.config.title}: planned")
    carried = {e.slug: e for e in entries}
    host = urls.absolute(site.config.base_url, "").split("//", 1)[-1].strip("/") or "timeline"
    for p in site.events:
        if p.entry_slug not in carried:
            continue
        ev = p.event
        if ev.status != "planned":
            continue
        entry = carried[p.entry_slug]
        start, end = date_span(ev.date)
        if ev.end_date:
            end = max(end, date_span(ev.end_date)[1])
        item = CalendarEvent()
        uid = text_digest("\x1f".join((p.entry_slug, ev.date, ev.text)))
        item.add("uid", f"{uid}@{host}")
        item.add("dtstamp", dt.datetime(entry.date.year, entry.date.month, entry.date.day, tzinfo=dt.UTC))
        item.add("dtstart", start)
        item.add("dtend", end + dt.timedelta(days=1))  # exclusive, as all-day events are written
        item.add("summary", ev.text if len(ev.text) <= 200 else ev.text[:199] + "…")
        origin = " ".join(x for x in (entry.outlet, entry.url) if x)
        item.add("description", f"{entry.title}\n{ev.text}" + (f"\nSource: {origin}" if origin else ""))
        item.add("url", urls.absolute(site.config.base_url, urls.entry_page(p.entry_slug)) + f"#event-{p.index}")
        cal.add_component(item)
    return Output(urls.CALENDAR, cal.to_ical())
