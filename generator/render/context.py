"""The theme contract: what each page template receives.

Every page kind gets one frozen context dataclass; every field carries help text (``Annotated``)
that ``python -m generator context-docs`` prints and a test checks against the theme docs.
Templates get views: URLs already relative to the page, dates already formatted. They never
join URL strings or see the internal model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated as A

from markupsafe import Markup


@dataclass(frozen=True)
class Link:
    """A link to another page of the site."""

    href: A[str, "URL relative to the current page (points at a file, works from file://)"]
    text: A[str, "the link text"]


@dataclass(frozen=True)
class FeedLink:
    """A feed a reader can subscribe to."""

    href: A[str, "URL relative to the current page"]
    title: A[str, "human title, e.g. 'NATO (Atom)'"]
    type: A[str, "MIME type: application/rss+xml, application/atom+xml or application/feed+json"]
    label: A[str, "the format's name, to show: RSS, Atom or JSON Feed"]


@dataclass(frozen=True)
class SiteView:
    """Site-wide values, on every page."""

    title: A[str, "the site title (site.yaml)"]
    description: A[str, "the site description (site.yaml)"]
    language: A[str, "BCP 47 language tag for `<html lang>`"]
    home_href: A[str, "link to the timeline's first page"]
    actors_href: A[str, "link to the actors index"]
    search_href: A[str, "link to the search page"]
    archive_href: A[str, "link to the archive (every article)"]
    stylesheet_href: A[str, "link to the theme's style.css"]
    extra_stylesheet_hrefs: A[
        tuple[str, ...],
        "links to the theme's other static/*.css files, by name: link them after style.css to add to it or override it",
    ]
    script_href: A[str, "link to the theme's timeline.js (progressive enhancement)"]
    icon_href: A[
        str,
        "the theme's favicon.svg as a data: URL (nothing to fetch, so it works from file:// and never 404s); "
        "empty when the theme has none",
    ]
    feeds: A[tuple[FeedLink, ...], "the site-wide RSS, Atom and JSON feeds"]
    downloads: A[
        tuple[Link, ...], "the data exports (timeline.json, entries, actors) and the calendar of planned events"
    ]
    generator: A[str, "name and version of the generator"]


@dataclass(frozen=True)
class PageView:
    """What is particular to the current page."""

    title: A[str, "the page title (without the site title)"]
    description: A[str, "a one-line description for `<meta name=description>`"]
    kind: A[str, "timeline, entry, actor, actors, search, archive or notfound"]
    canonical_url: A[str, "absolute URL of this page (from base_url)"]
    alternates: A[tuple[FeedLink, ...], "feeds to advertise with `<link rel=alternate>` besides the site's"]


@dataclass(frozen=True)
class Origin:
    """Where an article comes from: the entry's `url`, `outlet` and `author` (a seed's header lines)."""

    url: A[str, "the original article's address (http or https); empty when not known"]
    outlet: A[str, "who published it, e.g. 'Voice of America'; may be empty"]
    author: A[str, "its byline; may be empty"]
    label: A[str, "what to call it: the outlet, else the host of the URL"]


@dataclass(frozen=True)
class ActorChip:
    """A short reference to an actor."""

    slug: A[str, "registry slug"]
    name: A[str, "canonical name"]
    kind: A[str, "person, organization, country or other"]
    kind_label: A[str, "kind for people: Person, Organisation, Country, Other"]
    href: A[str, "link to the actor's page"]
    html: A[
        Markup,
        "the default theme's chip, made once per actor and folder: a link of class `chip kind-<kind>`, the kind"
        " for screen readers, the name (a theme can make its own from the fields above)",
    ]


@dataclass(frozen=True)
class HappeningRef:
    """The happening an event of an article reports, as the article's page shows it."""

    line: A[str, "the happening's short who-did-what line"]
    href: A[str, "link to the happening's item in the timeline"]
    others: A[int, "how many other reports (in other articles or this one) the happening has"]
    others_label: A[str, "e.g. 'Also reported by 2 other sources'; empty when there are none"]


@dataclass(frozen=True)
class EventView:
    """One dated event an article reports (its entry page lists them)."""

    anchor: A[str, "id of this event on the page: stable, made of its entry, date and sentence"]
    old_anchor: A[str, "the id it had before ids were stable ('event-<position>'), kept so old links still land"]
    date_iso: A[str, "machine-readable date for `<time datetime>`"]
    date_label: A[str, "the date formatted for the site's language, at its precision"]
    precision: A[str, "day, week, month or year"]
    planned: A[bool, "True when the article reports it as scheduled or expected"]
    text: A[str, "the sentence the event was taken from"]
    actors: A[tuple[ActorChip, ...], "the actors involved"]
    source: A[Link, "the entry the event comes from"]
    source_href: A[str, "link to the event's sentence in the entry's text"]
    data_actors: A[str, "space-separated actor slugs (for the filter script)"]
    data_kinds: A[str, "space-separated actor kinds (for the filter script)"]
    origin: A[Origin | None, "where the event's article comes from, None when its entry does not say"] = None
    happening: A[HappeningRef | None, "the happening it reports (None only outside a site)"] = None
    chips_html: A[
        Markup,
        "its actors as the default theme's `actor_chips(actors)` lists them (safe HTML, made once per "
        "event and folder; a theme with chips of its own calls its own macro on `actors`)",
    ] = Markup("")


@dataclass(frozen=True)
class ReportView:
    """One article's report of a happening."""

    source: A[Link, "the article, linked to the event's sentence on its page"]
    origin: A[Origin | None, "where the article comes from (outlet, URL), None when its entry does not say"]
    date_label: A[str, "the article's publication date, formatted"]
    text: A[str, "the sentence the report was taken from, verbatim"]
    event_date_label: A[str, "the date this report gives the happening, formatted (ranges as ranges)"]
    planned: A[bool, "True when this article reports it as scheduled or expected"]
    date_note: A[
        Markup,
        "the date this report gives, as the item shows it: 'dated 5 April 2022', or 'planned for 5 April 2022' "
        "when `planned` (safe HTML: the words translated, the date escaped)",
    ]


@dataclass(frozen=True)
class HappeningView:
    """One real-world happening, with every article that reports it (a timeline item)."""

    anchor: A[str, "id of the item on the page (stable: made of the happening's id)"]
    href: A[str, "link to the item in the timeline (from the current page)"]
    date_iso: A[str, "machine-readable date (its first day's date string) for `<time datetime>`"]
    date_label: A[str, "the date as people write it, at its precision; a range as a range ('5–6 April 2022')"]
    precision: A[str, "day, week, month or year"]
    planned: A[bool, "True when every report says it is scheduled or expected (none says it happened)"]
    line: A[str, "the short who-did-what line (the event's `summary`, else the start of its sentence)"]
    actors: A[tuple[ActorChip, ...], "the actors involved, in any report"]
    chips_html: A[
        Markup,
        "its actors as the default theme's `actor_chips(actors)` lists them (safe HTML, made once per "
        "happening and folder; a theme with chips of its own calls its own macro on `actors`)",
    ]
    reports: A[tuple[ReportView, ...], "every article that reports it, oldest first"]
    sources_label: A[str, "e.g. '3 sources'"]
    sources_heading: A[Markup, "the heading of its list of articles, e.g. '3 sources:' (safe HTML, escaped)"]
    reports_label: A[
        Markup, "the summary of its reports' sentences: 'The sentence as reported' or 'The sentences as reported'"
    ]
    differ: A[str, "e.g. 'Sources differ: 5 or 6 April 2022'; empty when the reports agree on the date"]
    data_actors: A[str, "space-separated actor slugs (for the filter script)"]
    data_kinds: A[str, "space-separated actor kinds (for the filter script)"]


@dataclass(frozen=True)
class DayGroup:
    """The happenings of one day (or of one week, month or year when the date is no finer)."""

    anchor: A[str, "id to link to, e.g. d2022-04-05"]
    label: A[str, "heading, e.g. '5 April 2022' or 'Week of 4 April 2022'"]
    date_iso: A[str, "machine-readable date"]
    happenings: A[tuple[HappeningView, ...], "the happenings, in order"]


@dataclass(frozen=True)
class MonthGroup:
    """The happenings of one month."""

    anchor: A[str, "id to link to, e.g. m2022-04"]
    label: A[str, "heading, e.g. 'April 2022'"]
    days: A[tuple[DayGroup, ...], "its days, in order"]
    count: A[int, "number of happenings in the month"]
    count_label: A[str, "the count for people, e.g. '1,204 events'"]


@dataclass(frozen=True)
class PeriodLink:
    """A page of a timeline split by year or month."""

    href: A[str, "link to the page"]
    label: A[str, "the period, e.g. '2022' or 'April 2022'"]
    count: A[int, "happenings on that page"]
    count_label: A[str, "the count formatted for the site's language, e.g. '1,204'"]
    current: A[bool, "True on the page itself"]


@dataclass(frozen=True)
class QuoteView:
    """A direct quotation."""

    anchor: A[str, "id of the quote on its entry page"]
    text: A[str, "the quotation, without quote marks"]
    speaker: A[ActorChip | None, "who said it, None when unknown"]
    cue: A[str, "the attributing words as written ('he added')"]
    source: A[Link, "the entry it comes from"]
    source_href: A[str, "link to the quote in the entry's text"]
    date_label: A[str, "publication date of the entry"]
    origin: A[Origin | None, "where the quote's article comes from, None when its entry does not say"] = None
    unnamed: A[str, "an unnamed source as the article describes it ('a senior official'), '' when none"] = ""


@dataclass(frozen=True)
class ChartRow:
    """One month of a chart, for its table of numbers."""

    label: A[str, "the month, e.g. 'April 2022'"]
    count: A[int, "events that month"]
    count_label: A[str, "the count formatted for the site's language"]


@dataclass(frozen=True)
class Chart:
    """A small SVG chart rendered at build time."""

    svg: A[Markup, "inline SVG markup (role=img, named by title); empty when there is nothing to chart"]
    title: A[str, "what the chart shows, e.g. 'Events per month'"]
    summary: A[str, "text alternative: what the chart shows, in words"]
    rows: A[tuple[ChartRow, ...], "the numbers behind the chart, one row per month (gaps included)"]


@dataclass(frozen=True)
class ActorOption:
    """An entry of the actor filter."""

    slug: A[str, "value of the option"]
    name: A[str, "label of the option"]
    kind: A[str, "the actor's kind"]
    count: A[int, "happenings involving the actor (in the whole timeline when it has several pages)"]
    label: A[str, "option text: name and formatted count, e.g. 'NATO (12)'"]


@dataclass(frozen=True)
class TimelineContext:
    """`index.html` and `timeline/<period>.html`."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    heading: A[str, "the page's `<h1>`: the site title on the front page, else e.g. 'Timeline: 2022'"]
    period_label: A[str, "the period this page covers ('' when one page holds everything)"]
    stats: A[str, "e.g. '1,204 events from 311 articles' (this page's happenings, all articles)"]
    months: A[tuple[MonthGroup, ...], "the happenings of this page, grouped by month and day"]
    periods: A[tuple[PeriodLink, ...], "all timeline pages (empty when one page holds everything)"]
    actor_options: A[tuple[ActorOption, ...], "actors for the filter, by name (of the whole timeline)"]
    kinds: A[tuple[tuple[str, str], ...], "(kind, label) pairs for the kind filter"]
    happening_count: A[int, "happenings on this page"]
    total_count: A[int, "happenings in the whole timeline"]
    entry_count: A[int, "entries in the whole site"]
    filter_data_href: A[
        str,
        "link to the script with every happening's compact data (date, line, actors, kinds, page), which the "
        "filter loads with a `script` element when it is used (works from file://); empty when one page holds "
        "everything",
    ]
    chart: A[Chart, "happenings per month, the whole site"]
    latest: A[tuple[Link, ...], "the newest entries"]


@dataclass(frozen=True)
class EntryView:
    """One article and its annotations."""

    title: A[str, "headline"]
    date_iso: A[str, "publication date, ISO"]
    date_label: A[str, "publication date, formatted"]
    summary: A[str, "the dek"]
    body_html: A[Markup, "the article, sanitised HTML, sentences behind events and quotes marked"]
    marked: A[tuple[str, ...], "ids of the `<mark>`s in body_html: 'src-' + an event's or quote's anchor"]
    actors: A[tuple[ActorChip, ...], "actors of the article"]
    places: A[tuple[str, ...], "places named"]
    sources_cited: A[tuple[str, ...], "outlets the article relies on"]
    events: A[tuple[EventView, ...], "its dated events, in date order"]
    quotes: A[tuple[QuoteView, ...], "its quotes, in article order"]
    seed: A[str, "the seed file it was annotated from"]
    previous: A[Link | None, "the entry before it, by date"]
    next: A[Link | None, "the entry after it, by date"]
    origin: A[Origin | None, "where the article comes from (outlet, original URL, author), None when not known"] = None


@dataclass(frozen=True)
class EntryContext:
    """`entries/<slug>.html`."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    entry: A[EntryView, "the entry"]


@dataclass(frozen=True)
class CoActor:
    """An actor who appears in the same entries."""

    actor: A[ActorChip, "the other actor"]
    count: A[int, "entries they share"]
    count_label: A[str, "e.g. '3 shared articles'"]


@dataclass(frozen=True)
class ActorView:
    """Who an actor is and what they did and said."""

    name: A[str, "canonical name"]
    slug: A[str, "registry slug"]
    kind: A[str, "person, organization, country or other"]
    kind_label: A[str, "kind for people"]
    role: A[str, "role or title from the registry, may be empty"]
    description: A[str, "description from the registry, may be empty"]
    aliases: A[tuple[str, ...], "other names it goes by"]
    links: A[tuple[str, ...], "external links from the registry (http/https only)"]
    happenings: A[tuple[HappeningView, ...], "its happenings, in date order (the newest when there are very many)"]
    happenings_total: A[int, "all of its happenings, also those not listed"]
    happenings_label: A[str, "happenings_total formatted, e.g. '1,204'"]
    quotes: A[tuple[QuoteView, ...], "its quotes, newest first (capped like events)"]
    quotes_total: A[int, "all of its quotes"]
    quotes_label: A[str, "quotes_total formatted"]
    co_actors: A[tuple[CoActor, ...], "actors appearing with it, most shared first"]
    entries: A[tuple[Link, ...], "entries mentioning it, newest first (capped)"]
    entries_total: A[int, "all entries mentioning it"]
    entries_label: A[str, "entries_total formatted"]
    stats: A[str, "one line, e.g. '12 events and 3 quotes in 5 articles'"]
    feeds: A[tuple[FeedLink, ...], "its RSS and Atom feeds"]
    chart: A[Chart, "its happenings per month"]


@dataclass(frozen=True)
class ActorContext:
    """`actors/<slug>.html`."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    actor: A[ActorView, "the actor"]


@dataclass(frozen=True)
class ActorCount:
    """An actor in the actors index."""

    actor: A[ActorChip, "the actor"]
    entries: A[int, "entries mentioning it"]
    events: A[int, "happenings involving it"]
    summary: A[str, "e.g. '5 articles, 12 events'"]


@dataclass(frozen=True)
class KindGroup:
    """The actors of one kind."""

    kind: A[str, "person, organization, country or other"]
    label: A[str, "heading, e.g. 'People'"]
    anchor: A[str, "id to link to"]
    actors: A[tuple[ActorCount, ...], "by name"]


@dataclass(frozen=True)
class ActorsIndexContext:
    """`actors/index.html`."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    groups: A[tuple[KindGroup, ...], "actors grouped by kind"]


@dataclass(frozen=True)
class ArchiveRow:
    """An article in the archive."""

    link: A[Link, "the article's page, its title as the text"]
    date_iso: A[str, "publication date, ISO"]
    date_label: A[str, "publication date, formatted"]
    origin: A[Origin | None, "where it comes from (outlet, URL), None when its entry does not say"]


@dataclass(frozen=True)
class ArchiveMonth:
    """The articles published in one month."""

    anchor: A[str, "id to link to, e.g. a2022-04"]
    label: A[str, "heading, e.g. 'April 2022'"]
    rows: A[tuple[ArchiveRow, ...], "its articles, newest first"]
    count_label: A[str, "e.g. '12 articles'"]


@dataclass(frozen=True)
class ArchiveContext:
    """`archive.html`: every article, newest first."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    months: A[tuple[ArchiveMonth, ...], "the articles by month of publication, newest month first"]
    stats: A[str, "e.g. '311 articles'"]


@dataclass(frozen=True)
class NotFoundContext:
    """`404.html` (served by static hosts for missing pages at any depth, so its links are absolute)."""

    site: A[SiteView, "site-wide values, with absolute URLs"]
    page: A[PageView, "this page"]
    inline_css: A[
        Markup,
        "the theme's style.css and its other stylesheets, to inline in a `style` element (the page is served at "
        "any depth, so a relative stylesheet link would break); empty when unknown",
    ]


@dataclass(frozen=True)
class SearchContext:
    """`search.html`: full-text search over every entry, event and quote (``static/search.js`` and the
    index under ``search/``, script files that work from file://)."""

    site: A[SiteView, "site-wide values"]
    page: A[PageView, "this page"]
    index_href: A[str, "link to the index's manifest script, `search/index.js` (load it after search.js)"]
    script_href: A[str, "link to the theme's search.js"]
