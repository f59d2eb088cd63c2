"""Site -> the pages to render, each with its context (see context.py for the contract).

Pure: it reads nothing and writes nothing. Lookups (events per actor, co-occurrence counts) are
computed once per build; event views are shared by every page in the same folder, since their
relative links are the same there.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from generator import __version__
from generator.core.model import ACTOR_KINDS, Actor, Entry, Happening, PlacedEvent, Quote, Site
from generator.render import urls
from generator.render.chart import month_chart
from generator.render.context import (
    ActorChip,
    ActorContext,
    ActorCount,
    ActorOption,
    ActorsIndexContext,
    ActorView,
    ArchiveContext,
    ArchiveMonth,
    ArchiveRow,
    Chart,
    CoActor,
    DayGroup,
    EntryContext,
    EntryView,
    EventView,
    FeedLink,
    HappeningRef,
    HappeningView,
    KindGroup,
    Link,
    MonthGroup,
    NotFoundContext,
    Origin,
    PageView,
    PeriodLink,
    QuoteView,
    ReportView,
    SearchContext,
    SiteView,
    TimelineContext,
)
from generator.render.formatting import Formatter
from generator.render.i18n import N_
from generator.render.markup import mark_sentences, render_markdown, safe

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# English, marked for translation: Formatter.gettext gives them in the site's language where they are shown
KIND_LABELS = {
    "person": N_("Person"),
    "organization": N_("Organisation"),
    "country": N_("Country"),
    "other": N_("Other"),
}
KIND_GROUPS = {
    "person": N_("People"),
    "organization": N_("Organisations"),
    "country": N_("Countries"),
    "other": N_("Other actors"),
}
ACTOR_PAGE_LIMIT = 200  # happenings, quotes and entries listed on one actor page (newest first beyond it)
LATEST = 10
CO_ACTOR_LIMIT = 30  # actors listed under "Appears with"
_CHIP = Markup('<a class="chip kind-{}" href="{}"><span class="visually-hidden">{} </span>{}</a>')
_NO_MARKUP = Markup("")
# (path, period, happenings) of timeline pages
Periods = tuple[tuple[str, str, tuple[Happening, ...]], ...]


@dataclass(frozen=True)
class Page:
    """One HTML page to render: where it goes, which template, with what."""

    path: str
    template: str
    context: DataclassInstance  # one of context.PAGE_CONTEXTS


@dataclass(frozen=True)
class Lookups:
    """Indexes over the site, computed once per build."""

    entries: Mapping[str, Entry]
    actors: Mapping[str, Actor]
    happenings_by_actor: Mapping[str, tuple[Happening, ...]]
    events_by_entry: Mapping[str, tuple[PlacedEvent, ...]]  # an entry's placed events, in its own order
    happening_of: Mapping[str, Happening]  # event id -> the happening it reports
    entries_by_actor: Mapping[str, tuple[Entry, ...]]
    quotes_by_actor: Mapping[str, tuple[tuple[Entry, int, Quote], ...]]

    def co_actors(self, slug: str) -> tuple[tuple[str, int], ...]:
        """(other actor, shared entries) of an actor, most shared first (asked for by its page only)."""
        counts = Counter(s for e in self.entries_by_actor.get(slug, ()) for s in e.actors if s != slug)
        return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def make_lookups(site: Site) -> Lookups:
    happenings, entries, quotes = defaultdict(list), defaultdict(list), defaultdict(list)
    by_entry, happening_of = defaultdict(list), {}
    for h in site.happenings:
        for slug in h.actors:
            happenings[slug].append(h)
        for p in h.reports:
            happening_of[p.id] = h
    for p in site.events:
        by_entry[p.entry_slug].append(p)
    for e in site.entries:
        for slug in e.actors:
            entries[slug].append(e)
        for i, q in enumerate(e.quotes, 1):
            if q.speaker:
                quotes[q.speaker].append((e, i, q))
    freeze = lambda d: MappingProxyType({k: tuple(v) for k, v in d.items()})  # noqa: E731
    return Lookups(
        entries=MappingProxyType({e.slug: e for e in site.entries}),
        actors=MappingProxyType({a.slug: a for a in site.actors}),
        happenings_by_actor=freeze(happenings),
        events_by_entry=MappingProxyType({k: tuple(sorted(v, key=lambda p: p.index)) for k, v in by_entry.items()}),
        happening_of=MappingProxyType(happening_of),
        entries_by_actor=freeze(entries),
        quotes_by_actor=freeze(quotes),
    )


def timeline_periods(site: Site) -> Periods:
    """(path, period, happenings) of each timeline page: one page, else one per year, a busy year per month.

    When a year is split by month, its happenings dated only to the year ("in 2022") get a page of
    their own, ``timeline/<year>.html``, ahead of its months: they would otherwise all pile onto
    January. One pass over the happenings, which are already in order; remembered for the last site
    asked about (the planner and the views both need it).
    """
    if _PERIODS and _PERIODS[0] is site:
        return _PERIODS[1]
    periods = _timeline_periods(site)
    _PERIODS[:] = [site, periods]
    return periods


_PERIODS: list = []


def _timeline_periods(site: Site) -> Periods:
    size = site.config.timeline_page_size
    if len(site.happenings) <= size:
        return ((urls.INDEX, "", site.happenings),)
    by_year: dict[int, list[Happening]] = defaultdict(list)
    for h in site.happenings:
        by_year[h.start.year].append(h)
    pages = []
    for number in sorted(by_year):
        year, evs = f"{number:04d}", by_year[number]
        if len(evs) <= size:
            pages.append((urls.timeline_page(year), year, tuple(evs)))
            continue
        coarse = tuple(h for h in evs if h.precision == "year")
        if coarse:
            pages.append((urls.timeline_page(year), year, coarse))
        by_month: dict[int, list[Happening]] = defaultdict(list)
        for h in evs:
            if h.precision != "year":
                by_month[h.start.month].append(h)
        pages.extend(
            (urls.timeline_page(f"{year}-{m:02d}"), f"{year}-{m:02d}", tuple(by_month[m])) for m in sorted(by_month)
        )
    return tuple(pages)


def timeline_pages(periods: Periods, site: Site) -> Periods:
    """Every timeline page: the periods' pages, then the front page, which repeats the newest period."""
    if len(periods) > 1:
        _, period, happenings = front_period(periods, site)
        return periods + ((urls.INDEX, period, happenings),)
    return periods


def front_period(periods: Periods, site: Site) -> tuple[str, str, tuple[Happening, ...]]:
    """The period the front page repeats: the newest one with a happening dated no later than the newest
    article, so a happening still to come (a plan, a target year, a misread date far ahead) does not
    become the whole front page; the last period when every one lies ahead."""
    newest = site.entries[-1].date if site.entries else None  # entries are sorted by date
    for period in reversed(periods):
        if newest is None or any(h.start <= newest for h in period[2]):
            return period
    return periods[-1]


def happening_homes(site: Site, periods: Periods | None = None) -> Mapping[str, str]:
    """happening id -> the timeline page its item is on (its period's page, not the front page that
    repeats the newest period); remembered for the last site asked about. ``periods``: the site's
    ``timeline_periods`` when the caller has them."""
    if _HOMES and _HOMES[0] is site:
        return _HOMES[1]
    homes = {h.id: path for path, _, happenings in (periods or timeline_periods(site)) for h in happenings}
    _HOMES[:] = [site, homes]
    return homes


_HOMES: list = []


def happening_href(site: Site, happening_id: str, periods: Periods | None = None) -> str:
    """The timeline item of a happening: its page and anchor (relative to the site's root)."""
    return f"{happening_homes(site, periods)[happening_id]}#{urls.happening_anchor(happening_id)}"


class Views:
    """Builds page contexts for one site (holds the per-build caches; one per rendering process)."""

    def __init__(self, site: Site, stylesheet: str = "", extra_css: tuple[str, ...] = (), icon: str = ""):
        """``stylesheet``: the theme's CSS text, inlined into 404.html (optional); ``extra_css``: the
        names of the theme's static/*.css files besides style.css, linked after it; ``icon``: the
        theme's favicon.svg as a data: URL ("" when it has none)."""
        self.site = site
        self.icon = icon
        self.cfg = site.config
        self.fmt = Formatter(self.cfg.language)
        self.stylesheet = stylesheet
        self.extra_css = extra_css
        self._event_cache: dict[tuple[str, int, str], EventView] = {}
        self._happening_cache: dict[tuple[str, str], HappeningView] = {}
        self._chips_label: str | None = None
        self._chip_cache: dict[tuple[str, str], ActorChip] = {}
        self._rel_cache: dict[tuple[str, str], str] = {}
        self._site_views: dict[tuple[str, bool], SiteView] = {}
        self._site_chart: Chart | None = None
        self._entry_index: dict[str, int] | None = None
        self._timeline: tuple[Periods, Periods, dict[str, str]] | None = None

    @functools.cached_property
    def look(self) -> Lookups:
        """The site's lookups, made when a page first needs them (a build that only makes exports never does)."""
        return make_lookups(self.site)

    def rel(self, page: str, to: str) -> str:
        """urls.relative, memoised per folder (pages in one folder share their links) and target file:
        a link to ``file#anchor`` is the file's link and the anchor as it is (what ``urls.relative``
        makes), so the many anchors of one file (its events, quotes, happenings) share one entry."""
        target, _, anchor = to.partition("#")
        if not target:
            return urls.relative(page, to)
        key = (page.rpartition("/")[0], target)  # the page's folder
        rel = self._rel_cache.get(key)
        if rel is None:
            rel = self._rel_cache[key] = urls.relative(page, target)
        return f"{rel}#{anchor}" if anchor else rel

    # ------------------------------------------------------------------ shared pieces
    def site_view(self, page: str, absolute: bool = False) -> SiteView:
        """The site's context for a page; the same for every page in one folder (its links are)."""
        key = (page.rpartition("/")[0], absolute)
        view = self._site_views.get(key)
        if view is None:
            view = self._site_views[key] = self._site_view(page, absolute)
        return view

    def _site_view(self, page: str, absolute: bool) -> SiteView:
        href = (lambda to: urls.absolute(self.cfg.base_url, to)) if absolute else (lambda to: self.rel(page, to))
        return SiteView(
            title=self.cfg.title,
            description=self.cfg.description,
            language=self.cfg.language,
            home_href=href(urls.INDEX),
            actors_href=href(urls.ACTORS_INDEX),
            search_href=href(urls.SEARCH),
            archive_href=href(urls.ARCHIVE),
            stylesheet_href=href(urls.STYLESHEET),
            script_href=href(urls.SCRIPT),
            icon_href=self.icon,
            extra_stylesheet_hrefs=tuple(href(f"static/{name}") for name in self.extra_css),
            feeds=(
                FeedLink(href(urls.RSS), f"{self.cfg.title} (RSS)", "application/rss+xml", "RSS"),
                FeedLink(href(urls.ATOM), f"{self.cfg.title} (Atom)", "application/atom+xml", "Atom"),
                FeedLink(href(urls.JSON_FEED), f"{self.cfg.title} (JSON Feed)", "application/feed+json", "JSON Feed"),
            ),
            downloads=(
                Link(href(urls.TIMELINE_JSON), "timeline.json (TimelineJS3)"),
                Link(href(urls.ENTRIES_JSON), "entries.json"),
                Link(href(urls.HAPPENINGS_JSON), "happenings.json"),
                Link(href(urls.ACTORS_JSON), "actors.json"),
                Link(href(urls.CALENDAR), self.fmt.gettext("planned events (iCalendar)")),
            ),
            generator=f"timeline-generator {__version__}",
        )

    def page_view(self, path: str, title: str, kind: str, description: str = "", alternates=()) -> PageView:
        return PageView(
            title=title,
            description=description or self.cfg.description,
            kind=kind,
            canonical_url=urls.absolute(self.cfg.base_url, path),
            alternates=tuple(alternates),
        )

    def chip(self, slug: str, page: str) -> ActorChip:
        key = (slug, page.rpartition("/")[0])
        if key not in self._chip_cache:
            a = self.look.actors[slug]
            kind_label = self.fmt.gettext(KIND_LABELS[a.kind])
            href = self.rel(page, urls.actor_page(a.slug))
            self._chip_cache[key] = ActorChip(
                slug=a.slug,
                name=a.name,
                kind=a.kind,
                kind_label=kind_label,
                href=href,
                html=self._chip_html(a.kind, href, kind_label, a.name),
            )
        return self._chip_cache[key]

    def _chip_html(self, kind: str, href: str, kind_label: str, name: str) -> Markup:
        """The chip's link, made once per actor and folder instead of on every page that lists it (the
        default theme's ``actor_chips``; 2026-12-05, about 10% of the render's CPU at 2,000 bench entries)."""
        hidden = Markup(self.fmt.translations.gettext("%(kind)s:")) % {"kind": kind_label}
        return _CHIP.format(kind, href, hidden, name)

    def event_view(self, p: PlacedEvent, page: str) -> EventView:
        """An event as its entry page lists it, with the happening it reports."""
        key = (p.entry_slug, p.index, page)
        if key not in self._event_cache:
            entry = self.look.entries[p.entry_slug]
            ev = p.event
            entry_page = urls.entry_page(entry.slug)
            chips = tuple(self.chip(s, page) for s in ev.actors)
            self._event_cache[key] = EventView(
                anchor=p.id,
                old_anchor=f"event-{p.index}",
                date_iso=ev.date,
                date_label=self.fmt.span(ev.date, ev.precision, ev.end_date),
                precision=ev.precision,
                planned=ev.status == "planned",
                text=ev.text,
                actors=chips,
                source=Link(self.rel(page, entry_page), entry.title),
                source_href=self.rel(page, f"{entry_page}#{p.id}"),
                data_actors=" ".join(ev.actors),
                data_kinds=" ".join(sorted({c.kind for c in chips})),
                origin=origin_of(entry),
                happening=self.happening_ref(p, page),
                chips_html=self.chips_html(chips),
            )
        return self._event_cache[key]

    def chips_html(self, chips: tuple[ActorChip, ...]) -> Markup:
        """The default theme's ``actor_chips(actors)`` (its default label, "Actors"), joined here from the
        chips' own links instead of by a macro call and a loop on every page that lists the happening
        or event; the same bytes (a test renders the macro)."""
        if not chips:
            return _NO_MARKUP
        label = self._chips_label
        if label is None:
            label = self._chips_label = self.fmt.translations.gettext("Actors")
        # str.join, not +: a str added to Markup is escaped
        return Markup("".join(['<ul class="chips" aria-label="', label, '">', *_li(chips), "</ul>"]))

    def happening_ref(self, p: PlacedEvent, page: str) -> HappeningRef | None:
        h = self.look.happening_of.get(p.id)
        if h is None:
            return None
        others = len(h.reports) - 1
        label = (
            self.fmt.ngettext("Also reported by %(num)s other source", "Also reported by %(num)s other sources", others)
            if others
            else ""
        )
        return HappeningRef(
            line=h.line,
            href=self.rel(page, happening_href(self.site, h.id, self._timeline_plan()[0])),
            others=others,
            others_label=label,
        )

    def happening_view(self, h: Happening, page: str) -> HappeningView:
        """A timeline item: the happening's line and date, its actors and every report of it."""
        key = (h.id, page.rpartition("/")[0])
        view = self._happening_cache.get(key)
        if view is None:
            chips = tuple(self.chip(s, page) for s in h.actors)
            n_sources = len({p.entry_slug for p in h.reports})
            sources_label = self.fmt.ngettext("%(num)s source", "%(num)s sources", n_sources)
            tr = self.fmt.translations
            view = self._happening_cache[key] = HappeningView(
                anchor=urls.happening_anchor(h.id),
                href=self.rel(page, happening_href(self.site, h.id, self._timeline_plan()[0])),
                date_iso=h.date,
                date_label=self.fmt.span(h.date, h.precision, h.end_date),
                precision=h.precision,
                planned=h.status == "planned",
                line=h.line,
                actors=chips,
                chips_html=self.chips_html(chips),
                reports=tuple(self.report_view(p, page) for p in h.reports),
                sources_label=sources_label,
                # What the default theme's happening_item wrote with _() and ngettext(), made here once per
                # happening and folder instead of on every page that lists it: the same Markup (Jinja's
                # newstyle gettext is the translation as Markup, % its values escaped).
                sources_heading=Markup(tr.gettext("%(sources)s:") % {"sources": escape(sources_label)}),
                reports_label=Markup(
                    tr.ngettext("The sentence as reported", "The sentences as reported", len(h.reports))
                    % {"num": len(h.reports)}
                ),
                differ=self.differ(h),
                data_actors=" ".join(h.actors),
                data_kinds=" ".join(sorted({c.kind for c in chips})),
            )
        return view

    def report_view(self, p: PlacedEvent, page: str) -> ReportView:
        entry, ev = self.look.entries[p.entry_slug], p.event
        label, planned = self.fmt.span(ev.date, ev.precision, ev.end_date), ev.status == "planned"
        tr = self.fmt.translations
        note = tr.gettext("planned for %(date)s") if planned else tr.gettext("dated %(date)s")
        return ReportView(
            source=Link(self.rel(page, f"{urls.entry_page(entry.slug)}#{p.id}"), entry.title),
            origin=origin_of(entry),
            date_label=self.fmt.day(entry.date),
            text=ev.text,
            event_date_label=label,
            planned=planned,
            date_note=Markup(note % {"date": escape(label)}),
        )

    def differ(self, h: Happening) -> str:
        """'Sources differ: 5 April 2022 or 6 April 2022' when its reports give different dates."""
        return self.fmt.sources_differ(h.dates, self.fmt.span) if h.dates else ""

    def quote_view(self, entry: Entry, index: int, q: Quote, page: str) -> QuoteView:
        entry_page = urls.entry_page(entry.slug)
        local = page == entry_page
        return QuoteView(
            anchor=f"quote-{index}" if local else f"q-{entry.slug}-{index}",
            text=display_quote(q.text),
            speaker=self.chip(q.speaker, page) if q.speaker else None,
            cue=q.cue,
            source=Link(self.rel(page, entry_page), entry.title),
            source_href=self.rel(page, f"{entry_page}#quote-{index}"),
            date_label=self.fmt.day(entry.date),
            origin=origin_of(entry),
            unnamed=q.source if not q.speaker else "",
        )

    def months(self, happenings: tuple[Happening, ...], page: str) -> tuple[MonthGroup, ...]:
        months: dict[str, dict[tuple, list[HappeningView]]] = {}
        for h in happenings:
            month_key = f"{h.start.year:04d}-{h.start.month:02d}" if h.precision != "year" else f"{h.start.year:04d}"
            day_key = (h.precision, h.date, h.end_date or "")
            months.setdefault(month_key, {}).setdefault(day_key, []).append(self.happening_view(h, page))
        out = []
        for month_key, days in months.items():
            groups = tuple(
                DayGroup(
                    anchor=_day_anchor(prec, value) + (f"-{end}" if end else ""),
                    label=self.fmt.span(value, prec, end) if end else self.fmt.group_label(value, prec),
                    date_iso=evs[0].date_iso,
                    happenings=tuple(evs),
                )
                for (prec, value, end), evs in days.items()
            )
            label = self.fmt.period(month_key)
            count = sum(len(g.happenings) for g in groups)
            out.append(
                MonthGroup(
                    anchor=f"m{month_key}",
                    label=label,
                    days=groups,
                    count=count,
                    count_label=self.fmt.ngettext("%(num)s event", "%(num)s events", count),
                )
            )
        return tuple(out)

    # ------------------------------------------------------------------ pages
    def not_found(self) -> Page:
        css = Markup(self.stylesheet.replace("</", "<\\/"))  # nothing can close the <style> element early
        return Page(
            urls.NOT_FOUND,
            "404.html",
            NotFoundContext(
                site=self.site_view(urls.NOT_FOUND, absolute=True),
                page=self.page_view(urls.NOT_FOUND, self.fmt.gettext("Page not found"), "notfound"),
                inline_css=css,
            ),
        )

    def search_page(self) -> Page:
        """The search page: a form, and the script that loads the index (``render/search.py``)."""
        path = urls.SEARCH
        return Page(
            path,
            "search.html",
            SearchContext(
                site=self.site_view(path),
                page=self.page_view(path, self.fmt.gettext("Search"), "search"),
                index_href=self.rel(path, "search/index.js"),
                script_href=self.rel(path, urls.SEARCH_SCRIPT),
            ),
        )

    def site_chart(self) -> Chart:
        if self._site_chart is None:
            self._site_chart = month_chart(self.site.happenings, self.fmt, self.fmt.gettext("Events per month"))
        return self._site_chart

    def period_label(self, period: str, split_years: frozenset[str]) -> str:
        if period in split_years:
            return self.fmt.gettext("%(year)s, month not known", year=period)
        return self.fmt.period(period)

    def timeline_page(self, path: str) -> Page:
        """One timeline page (the incremental build renders only those that changed)."""
        return next(self.timeline_pages(only=path))

    def entry_page_by_slug(self, slug: str) -> Page:
        if self._entry_index is None:
            self._entry_index = {e.slug: i for i, e in enumerate(self.site.entries)}
        i, entries = self._entry_index[slug], self.site.entries
        return self.entry_page(
            entries[i], entries[i - 1] if i > 0 else None, entries[i + 1] if i + 1 < len(entries) else None
        )

    def actor_page_by_slug(self, slug: str) -> Page:
        return self.actor_page(self.look.actors[slug])

    def _timeline_plan(self) -> tuple[Periods, Periods, dict[str, str]]:
        """The timeline pages (the front page last) and their period labels, computed once per build."""
        if self._timeline is None:
            periods = timeline_periods(self.site)
            all_pages = timeline_pages(periods, self.site)
            years = [per for _, per, _ in periods]
            split_years = frozenset(y for y in years if "-" not in y and any(p.startswith(y + "-") for p in years))
            labels = {per: self.period_label(per, split_years) for per in years}
            self._timeline = (periods, all_pages, labels)
        return self._timeline

    def timeline_pages(self, only: str | None = None):
        periods, all_pages, labels = self._timeline_plan()
        latest_entries = tuple(reversed(self.site.entries[-LATEST:]))
        fmt, articles = self.fmt, len(self.site.entries)
        split = len(periods) > 1
        options = self._site_actor_options if split else None
        for path, period, events in all_pages:
            if only is not None and path != only:
                continue
            period_links = (
                tuple(
                    PeriodLink(
                        href=self.rel(path, p),
                        label=labels[per],
                        count=len(evs),
                        count_label=self.fmt.number(len(evs)),
                        current=(p == path or (path == urls.INDEX and per == period)),
                    )
                    for p, per, evs in periods
                )
                if len(periods) > 1
                else ()
            )
            label = labels[period] if period else ""
            title = fmt.gettext("Timeline") if not period else fmt.gettext("Timeline: %(period)s", period=label)
            events_label = fmt.ngettext("%(num)s event", "%(num)s events", len(events))
            ctx = TimelineContext(
                site=self.site_view(path),
                page=self.page_view(path, title, "timeline"),
                heading=self.cfg.title if not period else title,
                period_label=label,
                stats=fmt.ngettext(
                    "%(events)s from %(num)s article", "%(events)s from %(num)s articles", articles, events=events_label
                )
                if not period
                else fmt.ngettext(
                    "%(events)s on this page; %(num)s article in all",
                    "%(events)s on this page; %(num)s articles in all",
                    articles,
                    events=events_label,
                ),
                months=self.months(events, path),
                periods=period_links,
                actor_options=options if options is not None else self._actor_options(events),
                kinds=tuple((k, fmt.gettext(KIND_GROUPS[k])) for k in ACTOR_KINDS),
                happening_count=len(events),
                total_count=len(self.site.happenings),
                entry_count=len(self.site.entries),
                filter_data_href=self.rel(path, urls.HAPPENINGS_SCRIPT) if split else "",
                chart=self.site_chart(),
                latest=tuple(Link(self.rel(path, urls.entry_page(e.slug)), e.title) for e in latest_entries),
            )
            yield Page(path, "timeline.html", ctx)

    @functools.cached_property
    def _site_actor_options(self) -> tuple[ActorOption, ...]:
        """The filter's actors over the whole site, made once (each timeline page is its own unit of work:
        2026-12-05, 0.2 s of CPU a clean build at 2,000 bench entries; more at 10,000)."""
        return self._actor_options(self.site.happenings)

    def _actor_options(self, happenings: tuple[Happening, ...]) -> tuple[ActorOption, ...]:
        counts = Counter(s for h in happenings for s in h.actors)
        actors = self.look.actors
        return tuple(
            sorted(
                (
                    ActorOption(
                        slug=s,
                        name=actors[s].name,
                        kind=actors[s].kind,
                        count=n,
                        label=f"{actors[s].name} ({self.fmt.number(n)})",
                    )
                    for s, n in counts.items()
                ),
                key=lambda o: (o.name.lower(), o.slug),
            )
        )

    def entry_page(self, entry: Entry, prev: Entry | None, nxt: Entry | None) -> Page:
        path = urls.entry_page(entry.slug)
        placed = self._entry_events(entry)
        marks = tuple((p.event.text, f"src-{p.id}", "evidence-event") for p in placed)
        marks += tuple((q.text, f"src-quote-{i}", "evidence-quote") for i, q in enumerate(entry.quotes, 1))
        body, marked = mark_sentences(render_markdown(entry.body), marks)
        view = EntryView(
            title=entry.title,
            date_iso=entry.date.isoformat(),
            date_label=self.fmt.day(entry.date),
            summary=entry.summary,
            body_html=safe(body),
            marked=marked,
            actors=tuple(self.chip(s, path) for s in entry.actors),
            places=entry.places,
            sources_cited=entry.sources_cited,
            events=tuple(self.event_view(p, path) for p in placed),
            quotes=tuple(self.quote_view(entry, i, q, path) for i, q in enumerate(entry.quotes, 1)),
            seed=entry.seed,
            previous=Link(self.rel(path, urls.entry_page(prev.slug)), prev.title) if prev else None,
            next=Link(self.rel(path, urls.entry_page(nxt.slug)), nxt.title) if nxt else None,
            origin=origin_of(entry),
        )
        return Page(
            path,
            "entry.html",
            EntryContext(
                site=self.site_view(path), page=self.page_view(path, entry.title, "entry", entry.summary), entry=view
            ),
        )

    def _entry_events(self, entry: Entry) -> tuple[PlacedEvent, ...]:
        return tuple(sorted(self.look.events_by_entry.get(entry.slug, ()), key=lambda p: (p.start, p.index)))

    def actor_page(self, actor: Actor) -> Page:
        path = urls.actor_page(actor.slug)
        look = self.look
        events = look.happenings_by_actor.get(actor.slug, ())
        quotes = look.quotes_by_actor.get(actor.slug, ())
        entries = look.entries_by_actor.get(actor.slug, ())
        feeds = (
            FeedLink(self.rel(path, urls.actor_rss(actor.slug)), f"{actor.name} (RSS)", "application/rss+xml", "RSS"),
            FeedLink(
                self.rel(path, urls.actor_atom(actor.slug)), f"{actor.name} (Atom)", "application/atom+xml", "Atom"
            ),
        )
        fmt = self.fmt
        stats = fmt.ngettext(
            "%(events)s and %(quotes)s in %(num)s article",
            "%(events)s and %(quotes)s in %(num)s articles",
            len(entries),
            events=fmt.ngettext("%(num)s event", "%(num)s events", len(events)),
            quotes=fmt.ngettext("%(num)s quote", "%(num)s quotes", len(quotes)),
        )
        kind_label = fmt.gettext(KIND_LABELS[actor.kind])
        view = ActorView(
            name=actor.name,
            slug=actor.slug,
            kind=actor.kind,
            kind_label=kind_label,
            role=actor.role,
            description=actor.description,
            aliases=tuple(a for a in actor.aliases if a != actor.name),
            links=tuple(u for u in actor.links if u.startswith(("http://", "https://"))),
            happenings=tuple(self.happening_view(h, path) for h in events[-ACTOR_PAGE_LIMIT:]),
            happenings_total=len(events),
            happenings_label=fmt.number(len(events)),
            quotes=tuple(self.quote_view(e, i, q, path) for e, i, q in reversed(quotes[-ACTOR_PAGE_LIMIT:])),
            quotes_total=len(quotes),
            quotes_label=fmt.number(len(quotes)),
            co_actors=tuple(
                CoActor(self.chip(s, path), n, fmt.ngettext("%(num)s shared article", "%(num)s shared articles", n))
                for s, n in look.co_actors(actor.slug)[:CO_ACTOR_LIMIT]
            ),
            entries=tuple(
                Link(self.rel(path, urls.entry_page(e.slug)), e.title) for e in reversed(entries[-ACTOR_PAGE_LIMIT:])
            ),
            entries_total=len(entries),
            entries_label=fmt.number(len(entries)),
            stats=stats,
            feeds=feeds,
            chart=month_chart(
                events, fmt, fmt.gettext("Events involving %(name)s per month", name=actor.name), small=True
            ),
        )
        who = f"{kind_label}, {actor.role}" if actor.role else kind_label
        desc = fmt.gettext("%(who)s: %(stats)s", who=who, stats=stats)
        return Page(
            path,
            "actor.html",
            ActorContext(
                site=self.site_view(path), page=self.page_view(path, actor.name, "actor", desc, feeds), actor=view
            ),
        )

    def actors_index(self) -> Page:
        path = urls.ACTORS_INDEX
        groups = []
        for kind in ACTOR_KINDS:
            members = sorted((a for a in self.site.actors if a.kind == kind), key=lambda a: (a.name.lower(), a.slug))
            if members:
                groups.append(
                    KindGroup(
                        kind=kind,
                        label=self.fmt.gettext(KIND_GROUPS[kind]),
                        anchor=f"kind-{kind}",
                        actors=tuple(self.actor_count(a.slug, path) for a in members),
                    )
                )
        return Page(
            path,
            "actors.html",
            ActorsIndexContext(
                site=self.site_view(path),
                page=self.page_view(path, self.fmt.gettext("Actors"), "actors"),
                groups=tuple(groups),
            ),
        )

    def archive(self) -> Page:
        """Every article, by month of publication, newest first."""
        path, fmt = urls.ARCHIVE, self.fmt
        months = tuple(
            ArchiveMonth(
                anchor=f"a{month}",
                label=fmt.month(month),
                rows=tuple(
                    ArchiveRow(
                        link=Link(self.rel(path, urls.entry_page(e.slug)), e.title),
                        date_iso=e.date.isoformat(),
                        date_label=fmt.day(e.date),
                        origin=origin_of(e),
                    )
                    for e in entries
                ),
                count_label=fmt.ngettext("%(num)s article", "%(num)s articles", len(entries)),
            )
            for month, entries in archive_months(self.site.entries)
        )
        n = len(self.site.entries)
        return Page(
            path,
            "archive.html",
            ArchiveContext(
                site=self.site_view(path),
                page=self.page_view(path, fmt.gettext("Archive"), "archive"),
                months=months,
                stats=fmt.ngettext("%(num)s article", "%(num)s articles", n),
            ),
        )

    def actor_count(self, slug: str, page: str) -> ActorCount:
        n_entries, n_events = (
            len(self.look.entries_by_actor.get(slug, ())),
            len(self.look.happenings_by_actor.get(slug, ())),
        )
        summary = self.fmt.gettext(
            "%(articles)s, %(events)s",
            articles=self.fmt.ngettext("%(num)s article", "%(num)s articles", n_entries),
            events=self.fmt.ngettext("%(num)s event", "%(num)s events", n_events),
        )
        return ActorCount(self.chip(slug, page), n_entries, n_events, summary)


def _li(chips: tuple[ActorChip, ...]) -> Iterator[str]:
    for c in chips:
        yield "<li>"
        yield c.html
        yield "</li>"


def display_quote(text: str) -> str:
    """The quotation as shown on its own: without the comma or colon that led into its attribution."""
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith((",", ":", ";")) else text


def _day_anchor(precision: str, value: str) -> str:
    return {"day": "d", "week": "w", "month": "mo", "year": "y"}[precision] + value


def origin_of(entry: Entry) -> Origin | None:
    """Where the article comes from (a seed's url, outlet and author lines), or None when its entry
    names none of them."""
    if not (entry.url or entry.outlet or entry.author):
        return None
    label = entry.outlet or (urlsplit(entry.url).hostname or entry.url if entry.url else "")
    return Origin(url=entry.url, outlet=entry.outlet, author=entry.author, label=label)


def archive_months(entries: tuple[Entry, ...]) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    """('YYYY-MM', its entries newest first) for each month of publication, newest month first."""
    by_month: dict[str, list[Entry]] = defaultdict(list)
    for e in reversed(entries):  # the site's entries are oldest first
        by_month[f"{e.date.year:04d}-{e.date.month:02d}"].append(e)
    return tuple((month, tuple(items)) for month, items in by_month.items())
