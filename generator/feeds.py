"""RSS 2.0 and Atom feeds, site-wide and one per actor, made with feedgen.

Ids are the entries' absolute URLs; every date comes from the content, never from the build
clock (feedgen defaults 'updated' and 'lastBuildDate' to now, so each is set explicitly).
"""

from __future__ import annotations

import datetime as dt
import html

from feedgen.feed import FeedGenerator

from . import __version__, urls
from .model import Entry, Site
from .render import Output

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _stamp(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc)


def _item_html(entry: Entry, names: dict[str, str]) -> str:
    parts = [f"<p>{html.escape(entry.summary)}</p>"] if entry.summary else []
    if entry.events:
        items = "".join(f"<li>{html.escape(e.date)}: {html.escape(e.text)}</li>" for e in entry.events)
        parts.append(f"<ul>{items}</ul>")
    if entry.actors:
        parts.append("<p>Actors: " + html.escape(", ".join(names.get(s, s) for s in entry.actors)) + "</p>")
    return "".join(parts)


def newest_first(entries, limit: int) -> tuple[Entry, ...]:
    """The entries a feed carries: the newest ``limit``, newest first (ties by slug)."""
    return tuple(sorted(entries, key=lambda e: (e.date, e.slug), reverse=True)[:limit])


def feed_pair(site: Site, entries: tuple[Entry, ...], title: str, subtitle: str, page: str, rss_path: str, atom_path: str) -> tuple[Output, Output]:
    """An RSS and an Atom feed of ``entries`` (newest first, at most feed_size)."""
    cfg = site.config
    names = {a.slug: a.name for a in site.actors}
    newest = newest_first(entries, cfg.feed_size)
    updated = _stamp(newest[0].date) if newest else EPOCH
    outputs = []
    for kind, path in (("rss", rss_path), ("atom", atom_path)):
        fg = FeedGenerator()
        fg.id(urls.absolute(cfg.base_url, path))
        fg.title(title)
        # RSS descriptions are HTML to feed readers: plain text must be escaped (Atom marks it as text).
        fg.subtitle(html.escape(subtitle or title) if kind == "rss" else subtitle or title)
        fg.language(cfg.language)
        fg.generator("timeline-generator", version=__version__)
        fg.link(href=urls.absolute(cfg.base_url, page), rel="alternate")
        fg.link(href=urls.absolute(cfg.base_url, path), rel="self",
                type="application/rss+xml" if kind == "rss" else "application/atom+xml")
        fg.updated(updated)
        fg.lastBuildDate(updated)
        if cfg.author:
            fg.author({"name": cfg.author})
        for entry in newest:
            url = urls.absolute(cfg.base_url, urls.entry_page(entry.slug))
            fe = fg.add_entry(order="append")
            fe.id(url)
            fe.guid(url, permalink=True)
            fe.title(entry.title)
            fe.link(href=url, rel="alternate")
            fe.published(_stamp(entry.date))
            fe.updated(_stamp(entry.date))
            fe.summary(html.escape(entry.summary or entry.title) if kind == "rss" else entry.summary or entry.title)
            fe.content(_item_html(entry, names), type="html")
            for slug in entry.actors:
                fe.category(term=slug, label=names.get(slug, slug))
        data = fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)
        outputs.append(Output(path, data))
    return outputs[0], outputs[1]


def site_feed_pair(site: Site) -> tuple[Output, Output]:
    cfg = site.config
    return feed_pair(site, site.entries, cfg.title, cfg.description, urls.INDEX, urls.RSS, urls.ATOM)


def actor_feeds(site: Site, slug: str, entries: tuple[Entry, ...]) -> tuple[Output, Output]:
    """The RSS and Atom feeds of one actor: the entries that mention it."""
    cfg = site.config
    name = next(a.name for a in site.actors if a.slug == slug)
    return feed_pair(site, entries, f"{name} — {cfg.title}", f"Articles about {name} in {cfg.title}",
                     urls.actor_page(slug), urls.actor_rss(slug), urls.actor_atom(slug))
