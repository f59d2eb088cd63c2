"""RSS 2.0, Atom and JSON feeds, site-wide and one per actor (feedgen), and the calendar of planned
happenings (icalendar).

A feed item is an article; it lists the happenings its events report (their short line and date,
linked to their timeline item, with how many sources report each), not its raw sentences. The
calendar has one event per planned happening, however many articles report it. Ids are the
entries' absolute URLs (the calendar's: the happenings' ids); every date comes from the content,
never from the build clock (feedgen defaults 'updated' and 'lastBuildDate' to now, so each is set
explicitly).
"""

from __future__ import annotations

import datetime as dt
import html
import json

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from generator import __version__
from generator.core.digest import text_digest
from generator.core.model import Entry, Happening, PlacedEvent, Site, date_span
from generator.render import urls
from generator.render.formatting import Formatter
from generator.render.pages import Output
from generator.render.views import happening_href

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _stamp(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


def _item_html(entry: Entry, names: dict[str, str], fmt: Formatter, happenings: list[tuple[Happening, str]]) -> str:
    """An article's item: its summary, the happenings its events report ((happening, URL of its
    timeline item), in the article's order, each once), its actors and where it comes from."""
    parts = [f"<p>{html.escape(entry.summary)}</p>"] if entry.summary else []
    if happenings:
        parts.append("<ul>" + "".join(_happening_html(h, url, fmt) for h, url in happenings) + "</ul>")
    if entry.actors:
        actors = fmt.gettext("Actors: %(names)s", names=", ".join(names.get(s, s) for s in entry.actors))
        parts.append(f"<p>{html.escape(actors)}</p>")
    origin = origin_html(entry, fmt)
    if origin:
        parts.append(f"<p>{origin}</p>")
    return "".join(parts)


def _happening_html(h: Happening, url: str, fmt: Formatter) -> str:
    """A happening in an item: its date and short line, and how many sources report it, linked to its
    timeline item ('5 April 2022: NATO met (<a href=URL>2 sources</a>)')."""
    line = fmt.gettext("%(date)s: %(line)s", date=fmt.span(h.date, h.precision, h.end_date), line=h.line)
    sources = fmt.ngettext("%(num)s source", "%(num)s sources", len({p.entry_slug for p in h.reports}))
    return f'<li>{html.escape(line)} (<a href="{html.escape(url)}">{html.escape(sources)}</a>)</li>'


def origin_html(entry: Entry, fmt: Formatter) -> str:
    """Where the article comes from, as HTML: 'Source: <a href=URL>Outlet</a>, by Author' (the URL
    as the link text when there is no outlet; the words in the site's language, as on its pages);
    "" when the entry names neither."""
    name = html.escape(entry.outlet or entry.url)
    if entry.url:
        name = f'<a href="{html.escape(entry.url)}">{name}</a>'
    if not name:
        return ""
    by = ", " + html.escape(fmt.gettext("by %(author)s", author=entry.author)) if entry.author else ""
    return html.escape(fmt.gettext("Source:")) + f" {name}{by}"


def _report_text(entry: Entry, p: PlacedEvent, fmt: Formatter) -> str:
    """A report of a happening as the calendar describes it: the article, its sentence, its origin."""
    origin = " ".join(x for x in (entry.outlet, entry.url) if x)
    source = "\n" + fmt.gettext("Source:") + " " + origin if origin else ""
    return f"{entry.title}\n{p.event.text}{source}"


def newest_first(entries, limit: int) -> tuple[Entry, ...]:
    """The entries a feed carries: the newest ``limit``, newest first (ties by slug)."""
    return tuple(sorted(entries, key=lambda e: (e.date, e.slug), reverse=True)[:limit])


class _Item(FeedEntry):
    """A feed item whose XML element is built once and then moved into each feed that carries it
    (lxml's append moves an element out of its previous tree, which feedgen has already written
    out by then: every feed is serialised as soon as it is built)."""

    def __init__(self, related: tuple[str, str] | None = None) -> None:
        super().__init__()
        self._elements: dict[str, object] = {}
        self.related = related  # (URL, title) of the original article: an Atom link rel=related

    def atom_entry(self, extensions=True):
        if "atom" not in self._elements:
            element = self._elements["atom"] = super().atom_entry(extensions)
            if self.related:  # feedgen 1.0.0 drops the rel and title of an entry's links: made here
                href, title = self.related
                link = etree.SubElement(element, "link", href=href, rel="related")
                if title:
                    link.set("title", title)
        return self._elements["atom"]

    def rss_entry(self, extensions=True):
        if "rss" not in self._elements:
            self._elements["rss"] = super().rss_entry(extensions)
        return self._elements["rss"]


class Feeds:
    """Makes the feeds of one site. An entry's feed items are made once and shared by every feed
    that carries it (feedgen serialises a FeedEntry afresh for each feed; no extension is loaded,
    so adding one to a feed does not change it)."""

    def __init__(self, site: Site):
        self.site = site
        self.names = {a.slug: a.name for a in site.actors}
        self.fmt = Formatter(site.config.language)
        self._items: dict[tuple[str, str], FeedEntry] = {}
        self._html: dict[str, str] = {}  # an entry's item content, the same in RSS and Atom
        self._reported: dict[str, list[Happening]] | None = None

    def reported(self, entry: Entry) -> list[tuple[Happening, str]]:
        """The happenings an entry's events report, each once, in the entry's order, with the URL of
        their timeline item."""
        if self._reported is None:
            by_entry: dict[str, dict[tuple[int, str], Happening]] = {}
            for h in self.site.happenings:
                for p in h.reports:
                    by_entry.setdefault(p.entry_slug, {})[(p.index, h.id)] = h
            self._reported = {
                slug: list({h.id: h for _, h in sorted(found.items(), key=lambda kv: kv[0][0])}.values())
                for slug, found in by_entry.items()
            }
        base = self.site.config.base_url
        return [(h, urls.absolute(base, happening_href(self.site, h.id))) for h in self._reported.get(entry.slug, [])]

    def content(self, entry: Entry) -> str:
        text = self._html.get(entry.slug)
        if text is None:
            text = self._html[entry.slug] = _item_html(entry, self.names, self.fmt, self.reported(entry))
        return text

    def item(self, entry: Entry, kind: str) -> FeedEntry:
        key = (entry.slug, kind)
        fe = self._items.get(key)
        if fe is None:
            url = urls.absolute(self.site.config.base_url, urls.entry_page(entry.slug))
            content = self.content(entry)
            stamp = _stamp(entry.date)
            fe = self._items[key] = _Item((entry.url, entry.outlet) if entry.url else None)
            fe.id(url)
            fe.guid(url, permalink=True)
            fe.title(entry.title)
            fe.link(href=url, rel="alternate")
            fe.published(stamp)
            fe.updated(stamp)
            fe.summary(html.escape(entry.summary or entry.title) if kind == "rss" else entry.summary or entry.title)
            fe.content(content, type="html")
            if entry.author:  # Atom only: feedgen writes an RSS author only with an email address
                fe.author({"name": entry.author})
            if entry.actors:  # one call for all (feedgen checks and appends each, in order)
                fe.category([{"term": slug, "label": self.names.get(slug, slug)} for slug in entry.actors])
        return fe

    def pair(
        self, entries: tuple[Entry, ...], title: str, subtitle: str, page: str, rss_path: str, atom_path: str
    ) -> tuple[Output, Output]:
        """An RSS and an Atom feed of ``entries`` (newest first, at most feed_size)."""
        cfg = self.site.config
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
            # feedgen makes the last link the RSS channel's <link>, which must be the site's page
            fg.link(
                href=urls.absolute(cfg.base_url, path),
                rel="self",
                type="application/rss+xml" if kind == "rss" else "application/atom+xml",
            )
            fg.link(href=urls.absolute(cfg.base_url, page), rel="alternate")
            fg.updated(updated)
            fg.lastBuildDate(updated)
            # Atom requires an author (RFC 4287, 4.1.1): the site's title when site.yaml names none
            fg.author({"name": cfg.author or cfg.title})
            for entry in newest:
                fg.add_entry(self.item(entry, kind), order="append")
            data = fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)
            outputs.append(Output(path, data))
        return outputs[0], outputs[1]

    def site_feeds(self) -> tuple[Output, ...]:
        """The site's RSS, Atom and JSON feeds, and the calendar of what their articles report as planned."""
        cfg = self.site.config
        rss, atom = self.pair(self.site.entries, cfg.title, cfg.description, urls.INDEX, urls.RSS, urls.ATOM)
        feed = self.json_feed(self.site.entries, cfg.title, cfg.description, urls.INDEX, urls.JSON_FEED)
        return rss, atom, feed, self.planned_calendar(newest_first(self.site.entries, cfg.feed_size))

    def planned_calendar(self, entries: tuple[Entry, ...]) -> Output:
        """An iCalendar file (RFC 5545, made with ``icalendar``) of the happenings still to come: those
        no article reports as having happened, one event each however many articles report them.
        Like the feeds, it carries what the newest articles (``entries``, feed_size of them) report:
        a calendar of every plan ever reported is no use to a subscriber. All-day events spanning
        the date's precision (a day, a week, a month) or its range; the uid is the happening's id
        (stable across builds and edits of other events); no clock (the stamp is the newest
        reporting article's date)."""
        from icalendar import Calendar
        from icalendar import Event as CalendarEvent

        site = self.site
        cal = Calendar()
        cal.add("prodid", "-//timeline-generator//planned events//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", self.fmt.gettext("%(title)s: planned", title=site.config.title))
        carried = {e.slug: e for e in entries}
        every = {e.slug: e for e in site.entries}
        host = urls.absolute(site.config.base_url, "").split("//", 1)[-1].strip("/") or "timeline"
        for h in site.happenings:
            reporting = [carried[p.entry_slug] for p in h.reports if p.entry_slug in carried]
            if h.status != "planned" or not reporting:
                continue
            start, end = date_span(h.date)
            if h.end_date:
                end = max(end, date_span(h.end_date)[1])
            newest = max(e.date for e in reporting)
            item = CalendarEvent()
            item.add("uid", f"{text_digest(h.id)}@{host}")
            item.add("dtstamp", dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC))
            item.add("dtstart", start)
            item.add("dtend", end + dt.timedelta(days=1))  # exclusive, as all-day events are written
            item.add("summary", h.line if len(h.line) <= 200 else h.line[:199] + "…")
            item.add("description", "\n\n".join(_report_text(every[p.entry_slug], p, self.fmt) for p in h.reports))
            item.add("url", urls.absolute(site.config.base_url, happening_href(site, h.id)))
            cal.add_component(item)
        return Output(urls.CALENDAR, cal.to_ical())

    def json_feed(self, entries: tuple[Entry, ...], title: str, description: str, page: str, path: str) -> Output:
        """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of ``entries``: the same items as the Atom feed."""
        cfg = self.site.config
        items = []
        for entry in newest_first(entries, cfg.feed_size):
            url = urls.absolute(cfg.base_url, urls.entry_page(entry.slug))
            content = self.content(entry)
            item: dict[str, object] = {
                "id": url,
                "url": url,
                "title": entry.title,
                "content_html": content,
                "summary": entry.summary or entry.title,
                "date_published": _stamp(entry.date).isoformat(),
                "tags": [self.names.get(s, s) for s in entry.actors],
            }
            if entry.url:
                item["external_url"] = entry.url
            if entry.author:
                item["authors"] = [{"name": entry.author}]
            items.append(item)
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "home_page_url": urls.absolute(cfg.base_url, page),
            "feed_url": urls.absolute(cfg.base_url, path),
            "description": description or title,
            "language": cfg.language,
            "authors": [{"name": cfg.author or cfg.title}],
            "items": items,
        }
        text = json.dumps(feed, ensure_ascii=False, sort_keys=True, indent=1)
        return Output(path, (text + "\n").encode("utf-8"))

    def actor_pair(self, slug: str, entries: tuple[Entry, ...]) -> tuple[Output, Output]:
        """The RSS and Atom feeds of one actor: the entries that mention it."""
        cfg = self.site.config
        name = self.names[slug]
        return self.pair(
            entries,
            f"{name} — {cfg.title}",
            self.fmt.gettext("Articles about %(name)s in %(title)s", name=name, title=cfg.title),
            urls.actor_page(slug),
            urls.actor_rss(slug),
            urls.actor_atom(slug),
        )
