"""Content -> Site: resolve actor slugs against the registry, order everything deterministically.

Pure: values in, values and problems out. An unknown slug is reported with a suggestion and
dropped; an actor an editor hid disappears from every page; a slug an editor merged away (now an
alias of another actor) is followed to that actor.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import replace

from generator.content.entries import line_in_entry
from generator.core.errors import Problem, closest
from generator.core.model import Actor, Entry, PlacedEvent, Site, SiteConfig, date_span, event_sort_key
from generator.core.slugs import slugify, unique_slug
from generator.site.happenings import event_id, group


def make_site(
    config: SiteConfig, entries: tuple[Entry, ...], registry: Mapping[str, Actor]
) -> tuple[Site, tuple[Problem, ...]]:
    """The site of ``entries``: their actors resolved against ``registry``, events placed; and the problems."""
    problems: list[Problem] = []
    redirects = _merged_slugs(registry)
    unique = _unique_entry_slugs(entries, problems)
    fixed = _resolved_entries(unique, registry, redirects, problems)
    fixed.sort(key=lambda e: (e.date, e.slug))

    used = {s for e in fixed for s in e.actors}
    listed = tuple(registry[s] for s in sorted(used))
    dates = {e.slug: e.date for e in fixed}
    placed = _placed_events(fixed)
    placed.sort(key=lambda p: event_sort_key(p, dates[p.entry_slug]))
    site = Site(
        config=config, entries=tuple(fixed), actors=listed, events=tuple(placed), happenings=group(placed, dates)
    )
    return site, tuple(problems)


def _resolved_entries(
    unique: list[Entry], registry: Mapping[str, Actor], redirects: Mapping[str, str], problems: list[Problem]
) -> list[Entry]:
    """The entries, their actor slugs resolved: merged ones followed, hidden ones dropped, unknown ones reported."""
    suggest = functools.cache(
        lambda slug: _suggest(slug, registry, redirects)
    )  # a slug may be missing from many entries

    def resolve(slug: str, entry: Entry, what: str) -> str | None:
        target = slug if slug in registry else redirects.get(slug)
        if target is None:
            problems.append(
                Problem(
                    entry.path, line_in_entry(entry, what, slug), f"unknown actor '{slug}' in {what}", suggest(slug)
                )
            )
            return None
        return None if registry[target].hidden else target

    visible = frozenset(slug for slug, actor in registry.items() if not actor.hidden)
    fixed: list[Entry] = []
    for entry in unique:
        if _settled(entry, visible):  # the common case, decided without resolving slug by slug
            fixed.append(entry)
            continue
        actors = _dedupe(resolve(s, entry, "actors") for s in entry.actors)
        events = tuple(_with_actors(e, _dedupe(resolve(s, entry, "events") for s in e.actors)) for e in entry.events)
        quotes = tuple(
            _with_speaker(q, resolve(q.speaker, entry, "quotes") if q.speaker else None) for q in entry.quotes
        )
        # Everyone an event or a quote involves is an actor of the entry.
        involved = _dedupe(
            actors + tuple(s for e in events for s in e.actors) + tuple(q.speaker for q in quotes if q.speaker)
        )
        unchanged = (
            involved == entry.actors
            and all(a is b for a, b in zip(events, entry.events))
            and all(a is b for a, b in zip(quotes, entry.quotes))
        )
        fixed.append(entry if unchanged else replace(entry, actors=involved, events=events, quotes=quotes))
    return fixed


def _placed_events(fixed: list[Entry]) -> list[PlacedEvent]:
    """Every event of the entries, placed: its entry, index, start date and stable id."""
    starts: dict[str, dt.date] = {}  # many events share a date
    placed: list[PlacedEvent] = []
    for e in fixed:
        taken: set[str] = set()
        placed.extend(
            PlacedEvent(
                event=ev,
                entry_slug=e.slug,
                index=i,
                start=starts[ev.date] if ev.date in starts else starts.setdefault(ev.date, date_span(ev.date)[0]),
                id=event_id(e.slug, ev.date, ev.text, taken),
            )
            for i, ev in enumerate(e.events, 1)
        )
    return placed


def _settled(entry: Entry, visible: frozenset[str]) -> bool:
    """Resolving would leave the entry as it is: each of its actors is a visible actor of the registry,
    listed once, and every actor of its events and quotes is one of them (each event's listed once)."""
    own = set(entry.actors)
    if len(own) != len(entry.actors) or not own <= visible:
        return False
    for event in entry.events:
        if not own.issuperset(event.actors) or len(set(event.actors)) != len(event.actors):
            return False
    return all(q.speaker in own for q in entry.quotes if q.speaker)


def _with_actors(event, actors: tuple[str, ...]):
    """The event with its actors resolved; the same object when nothing changed (the common case)."""
    return event if actors == event.actors else replace(event, actors=actors)


def _with_speaker(quote, speaker: str | None):
    return quote if speaker == quote.speaker else replace(quote, speaker=speaker)


def _suggest(slug: str, registry: Mapping[str, Actor], redirects: Mapping[str, str]) -> str:
    """'did you mean' an actor slug, or an alias of one (``the-nato-chief`` -> its actor)."""
    near = closest(slug, registry)
    if near is None:
        alias = closest(slug, redirects)
        near = redirects[alias] if alias else None
    if near is None:
        return "add it to content/actors.yaml or remove it from the entry"
    return f"did you mean '{near}'?"


def _dedupe(slugs) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for s in slugs:
        if s:
            seen.setdefault(s, None)
    return tuple(seen)


def _merged_slugs(registry: Mapping[str, Actor]) -> dict[str, str]:
    """slug of an alias -> the actor that now owns the alias (how editors merge two actors)."""
    out: dict[str, str] = {}
    for actor in sorted(registry.values(), key=lambda a: a.slug):
        for alias in actor.aliases:
            out.setdefault(slugify(alias), actor.slug)
    return {k: v for k, v in out.items() if k not in registry}


def _unique_entry_slugs(entries: tuple[Entry, ...], problems: list[Problem]) -> list[Entry]:
    taken: set[str] = set()
    out = []
    for entry in sorted(entries, key=lambda e: e.path):
        if entry.slug in taken:
            new = unique_slug(entry.slug, taken)
            problems.append(
                Problem(
                    entry.path,
                    1,
                    f"another entry already has the slug '{entry.slug}'; this one is published as '{new}'",
                    "rename one of the two files",
                    severity="warning",
                )
            )
            entry = replace(entry, slug=new)
        taken.add(entry.slug)
        out.append(entry)
    return out
