"""Site -> the pages to render, each with its context (see context.py for the contract).

Pure: it reads nothing and writes nothing. Lookups (events per actor, co-occurrence counts) are
computed once per build; event views are shared by every page in the same folder, since their
relative links are the same there.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from . import __version__, urls
from .chart import month_chart
from .context import (ActorChip, ActorContext, ActorCount, ActorOption, ActorsIndexContext, ActorView, CoActor,
                      DayGroup, EntryContext, EntryView, EventView, FeedLink, KindGroup, Link, MonthGroup,
                      NotFoundContext, PageView, PeriodLink, QuoteView, SiteView, TimelineContext)
from .formatting import Formatter
from .markup import mark_sentences, render_markdown, safe
from .model import ACTOR_KINDS, Actor, Entry, PlacedEvent, Quote, Site, date_span

KIND_LABELS = {"person": "Person", "organization": "Organisation", "country": "Country", "other": "Other"}
KIND_GROUPS = {"person": "People", "organization": "Organisations", "country": "Countries", "other": "Other actors"}
ACTOR_PAGE_LIMIT = 200  # events, quotes and entries listed on one actor page (newest first beyond it)
LATEST = 10


@dataclass(frozen=True)
class Page:
    """One HTML page to render: where it goes, which template, with what."""

    path: str
    template: str
    context: object


@dataclass(frozen=True)
class Lookups:
    """Indexes over the site, computed once per build."""

    entries: Mapping[str, Entry]
    actors: Mapping[str, Actor]
    events_by_actor: Mapping[str, tuple[PlacedEvent, ...]]
    entries_by_actor: Mapping[str, tuple[Entry, ...]]
    quotes_by_actor: Mapping[str, tuple[tuple[Entry, int, Quote], ...]]
    co_actors: Mapping[str, tuple[tuple[str, int], ...]]


def make_lookups(site: Site) -> Lookups:
    events, entries, quotes = defaultdict(list), defaultdict(list), defaultdict(list)
    co: dict[str, Counter] = defaultdict(Counter)
    for p in site.events:
        for slug in p.event.actors:
            events[slug].append(p)
    for e in site.entries:
        for slug in e.actors:
            entries[slug].append(e)
            co[slug].update(s for s in e.actors if s != slug)
        for i, q in enumerate(e.quotes, 1):
            if q.speaker:
                quotes[q.speaker].append((e, i, q))
    freeze = lambda d: MappingProxyType({k: tuple(v) for k, v in d.items()})  # noqa: E731
    return Lookups(
        entries=MappingProxyType({e.slug: e for e in site.entries}),
        actors=MappingProxyType({a.slug: a for a in site.actors}),
        events_by_actor=freeze(events),
        entries_by_actor=freeze(entries),
        quotes_by_actor=freeze(quotes),
        co_actors=MappingProxyType({k: tuple(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for k, c in co.items()}),
    )


def timeline_periods(site: Site) -> tuple[tuple[str, str, tuple[PlacedEvent, ...]], ...]:
    """(path, period, events) of each timeline page: one page, else one per year, a busy year per month."""
    size = site.config.timeline_page_size
    if len(site.events) <= size:
        return ((urls.INDEX, "", site.events),)
    by_year: dict[str, list[PlacedEvent]] = defaultdict(list)
    for p in site.events:
        by_year[f"{p.start.year:04d}"].append(p)
    pages = []
    for year in sorted(by_year):
        evs = by_year[year]
        if len(evs) <= size:
            pages.append((urls.timeline_page(year), year, tuple(evs)))
            continue
        by_month: dict[str, list[PlacedEvent]] = defaultdict(list)
        for p in evs:
            by_month[f"{p.start.year:04d}-{p.start.month:02d}"].append(p)
        pages.extend((urls.timeline_page(m), m, tuple(by_month[m])) for m in sorted(by_month))
    return tuple(pages)


class Views:
    """Builds page contexts for one site (holds the per-build caches; discarded after planning)."""

    def __init__(self, site: Site):
        self.site = site
        self.cfg = site.config
        self.fmt = Formatter(self.cfg.language)
        self.look = make_lookups(site)
        self._event_cache: dict[tuple[str, int, str], EventView] = {}

    # ------------------------------------------------------------------ shared pieces
    def site_view(self, page: str, absolute: bool = False) -> SiteView:
        href = (lambda to: urls.absolute(self.cfg.base_url, to)) if absolute else (lambda to: urls.relative(page, to))
        return SiteView(
            title=self.cfg.title, description=self.cfg.description, language=self.cfg.language,
            home_href=href(urls.INDEX), actors_href=href(urls.ACTORS_INDEX),
            stylesheet_href=href(urls.STYLESHEET), script_href=href(urls.SCRIPT),
            feeds=(FeedLink(href(urls.RSS), f"{self.cfg.title} (RSS)", "application/rss+xml"),
                   FeedLink(href(urls.ATOM), f"{self.cfg.title} (Atom)", "application/atom+xml")),
            downloads=(Link(href(urls.TIMELINE_JSON), "timeline.json (TimelineJS3)"),
                       Link(href(urls.ENTRIES_JSON), "entries.json"), Link(href(urls.ACTORS_JSON), "actors.json")),
            generator=f"timeline-generator {__version__}",
        )

    def page_view(self, path: str, title: str, kind: str, description: str = "", alternates=()) -> PageView:
        return PageView(title=title, description=description or self.cfg.description, kind=kind,
                        canonical_url=urls.absolute(self.cfg.base_url, path), alternates=tuple(alternates))

    def chip(self, slug: str, page: str) -> ActorChip:
        a = self.look.actors[slug]
        return ActorChip(slug=a.slug, name=a.name, kind=a.kind, kind_label=KIND_LABELS[a.kind], href=urls.relative(page, urls.actor_page(a.slug)))

    def event_view(self, p: PlacedEvent, page: str) -> EventView:
        local = page == urls.entry_page(p.entry_slug)  # on its own entry page the anchor is short
        key = (p.entry_slug, p.index, page if local else posixpath.dirname(page))
        if key not in self._event_cache:
            entry = self.look.entries[p.entry_slug]
            ev = p.event
            entry_page = urls.entry_page(entry.slug)
            chips = tuple(self.chip(s, page) for s in ev.actors)
            self._event_cache[key] = EventView(
                anchor=f"event-{p.index}" if local else f"e-{entry.slug}-{p.index}", date_iso=ev.date,
                date_label=self.fmt.fuzzy(ev.date, ev.precision), precision=ev.precision, planned=ev.status == "planned",
                text=ev.text, actors=chips, source=Link(urls.relative(page, entry_page), entry.title),
                source_href=urls.relative(page, f"{entry_page}#event-{p.index}"),
                data_actors=" ".join(ev.actors), data_kinds=" ".join(sorted({c.kind for c in chips})),
            )
        return self._event_cache[key]

    def quote_view(self, entry: Entry, index: int, q: Quote, page: str) -> QuoteView:
        entry_page = urls.entry_page(entry.slug)
        local = page == entry_page
        return QuoteView(anchor=f"quote-{index}" if local else f"q-{entry.slug}-{index}", text=q.text, speaker=self.chip(q.speaker, page) if q.speaker else None,
                         cue=q.cue, source=Link(urls.relative(page, entry_page), entry.title),
                         source_href=urls.relative(page, f"{entry_page}#quote-{index}"), date_label=self.fmt.day(entry.date))

    def months(self, events: tuple[PlacedEvent, ...], page: str) -> tuple[MonthGroup, ...]:
        months: dict[str, dict[tuple, list[EventView]]] = {}
        for p in events:
            month_key = f"{p.start.year:04d}-{p.start.month:02d}" if p.event.precision != "year" else f"{p.start.year:04d}"
            day_key = (p.event.precision, p.event.date)
            months.setdefault(month_key, {}).setdefault(day_key, []).append(self.event_view(p, page))
        out = []
        for month_key, days in months.items():
            groups = tuple(DayGroup(anchor=_day_anchor(prec, value), label=self.fmt.group_label(value, prec), date_iso=evs[0].date_iso,
                                    events=tuple(evs)) for (prec, value), evs in days.items())
            label = self.fmt.month(month_key) if "-" in month_key else month_key
            out.append(MonthGroup(anchor=f"m{month_key}", label=label, days=groups, count=sum(len(g.events) for g in groups)))
        return tuple(out)

    # ------------------------------------------------------------------ pages
    def pages(self) -> tuple[Page, ...]:
        site = self.site
        out = list(self.timeline_pages())
        for i, entry in enumerate(site.entries):
            prev = site.entries[i - 1] if i > 0 else None
            nxt = site.entries[i + 1] if i + 1 < len(site.entries) else None
            out.append(self.entry_page(entry, prev, nxt))
        out.extend(self.actor_page(a) for a in site.actors)
        out.append(self.actors_index())
        out.append(Page(urls.NOT_FOUND, "404.html",
                        NotFoundContext(site=self.site_view(urls.NOT_FOUND, absolute=True), page=self.page_view(urls.NOT_FOUND, "Page not found", "notfound"))))
        return tuple(out)

    def timeline_pages(self):
        periods = timeline_periods(self.site)
        latest_entries = tuple(reversed(self.site.entries[-LATEST:]))
        all_pages = list(periods)
        if len(periods) > 1:  # the front page repeats the newest period
            path, period, events = periods[-1]
            all_pages.append((urls.INDEX, period, events))
        for path, period, events in all_pages:
            period_links = tuple(PeriodLink(href=urls.relative(path, p), label=self.fmt.period(per), count=len(evs),
                                            current=(p == path or (path == urls.INDEX and per == period)))
                                 for p, per, evs in periods) if len(periods) > 1 else ()
            counts = Counter(s for p in events for s in p.event.actors)
            options = tuple(sorted((ActorOption(slug=s, name=self.look.actors[s].name, kind=self.look.actors[s].kind, count=n)
                                    for s, n in counts.items()), key=lambda o: (o.name.lower(), o.slug)))
            title = "Timeline" if not period else f"Timeline: {self.fmt.period(period)}"
            ctx = TimelineContext(
                site=self.site_view(path), page=self.page_view(path, title, "timeline"),
                months=self.months(events, path), periods=period_links, actor_options=options,
                kinds=tuple((k, KIND_GROUPS[k]) for k in ACTOR_KINDS), event_count=len(events), entry_count=len(self.site.entries),
                chart=month_chart(self.site.events, self.fmt, "Events per month"),
                latest=tuple(Link(urls.relative(path, urls.entry_page(e.slug)), e.title) for e in latest_entries),
            )
            yield Page(path, "timeline.html", ctx)

    def entry_page(self, entry: Entry, prev: Entry | None, nxt: Entry | None) -> Page:
        path = urls.entry_page(entry.slug)
        placed = self._entry_events(entry)
        marks = tuple((p.event.text, f"src-event-{p.index}", "evidence-event") for p in placed)
        marks += tuple((q.text, f"src-quote-{i}", "evidence-quote") for i, q in enumerate(entry.quotes, 1))
        body, marked = mark_sentences(render_markdown(entry.body), marks)
        view = EntryView(
            title=entry.title, date_iso=entry.date.isoformat(), date_label=self.fmt.day(entry.date), summary=entry.summary,
            body_html=safe(body), marked=marked, actors=tuple(self.chip(s, path) for s in entry.actors), places=entry.places,
            sources_cited=entry.sources_cited, events=tuple(self.event_view(p, path) for p in placed),
            quotes=tuple(self.quote_view(entry, i, q, path) for i, q in enumerate(entry.quotes, 1)), seed=entry.seed,
            previous=Link(urls.relative(path, urls.entry_page(prev.slug)), prev.title) if prev else None,
            next=Link(urls.relative(path, urls.entry_page(nxt.slug)), nxt.title) if nxt else None,
        )
        return Page(path, "entry.html", EntryContext(site=self.site_view(path), page=self.page_view(path, entry.title, "entry", entry.summary), entry=view))

    def _entry_events(self, entry: Entry) -> tuple[PlacedEvent, ...]:
        return tuple(sorted((PlacedEvent(ev, entry.slug, i, date_span(ev.date)[0]) for i, ev in enumerate(entry.events, 1)),
                            key=lambda p: (p.start, p.index)))

    def actor_page(self, actor: Actor) -> Page:
        path = urls.actor_page(actor.slug)
        look = self.look
        events = look.events_by_actor.get(actor.slug, ())
        quotes = look.quotes_by_actor.get(actor.slug, ())
        entries = look.entries_by_actor.get(actor.slug, ())
        feeds = (FeedLink(urls.relative(path, urls.actor_rss(actor.slug)), f"{actor.name} (RSS)", "application/rss+xml"),
                 FeedLink(urls.relative(path, urls.actor_atom(actor.slug)), f"{actor.name} (Atom)", "application/atom+xml"))
        view = ActorView(
            name=actor.name, slug=actor.slug, kind=actor.kind, kind_label=KIND_LABELS[actor.kind], role=actor.role,
            description=actor.description, aliases=tuple(a for a in actor.aliases if a != actor.name),
            links=tuple(u for u in actor.links if u.startswith(("http://", "https://"))),
            events=tuple(self.event_view(p, path) for p in events[-ACTOR_PAGE_LIMIT:]), events_total=len(events),
            quotes=tuple(self.quote_view(e, i, q, path) for e, i, q in reversed(quotes[-ACTOR_PAGE_LIMIT:])), quotes_total=len(quotes),
            co_actors=tuple(CoActor(self.chip(s, path), n) for s, n in look.co_actors.get(actor.slug, ())[:30]),
            entries=tuple(Link(urls.relative(path, urls.entry_page(e.slug)), e.title) for e in reversed(entries[-ACTOR_PAGE_LIMIT:])),
            entries_total=len(entries), feeds=feeds,
            chart=month_chart(events, self.fmt, f"Events involving {actor.name} per month", small=True),
        )
        desc = f"{KIND_LABELS[actor.kind]}: {len(events)} events, {len(quotes)} quotes in {len(entries)} articles"
        return Page(path, "actor.html", ActorContext(site=self.site_view(path), page=self.page_view(path, actor.name, "actor", desc, feeds), actor=view))

    def actors_index(self) -> Page:
        path = urls.ACTORS_INDEX
        groups = []
        for kind in ACTOR_KINDS:
            members = sorted((a for a in self.site.actors if a.kind == kind), key=lambda a: (a.name.lower(), a.slug))
            if members:
                groups.append(KindGroup(kind=kind, label=KIND_GROUPS[kind], anchor=f"kind-{kind}", actors=tuple(
                    ActorCount(self.chip(a.slug, path), len(self.look.entries_by_actor.get(a.slug, ())), len(self.look.events_by_actor.get(a.slug, ())))
                    for a in members)))
        return Page(path, "actors.html", ActorsIndexContext(site=self.site_view(path), page=self.page_view(path, "Actors", "actors"), groups=tuple(groups)))


def _day_anchor(precision: str, value: str) -> str:
    return {"day": "d", "week": "w", "month": "mo", "year": "y"}[precision] + value
