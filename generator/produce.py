"""Jobs -> output bytes, on every core.

A unit of work is one page, one actor's feed pair, the site feed pair, one export or one static
file. Small builds run in this process; large ones fork worker processes that inherit the site
and the theme (nothing is pickled on the way in, only the bytes on the way back). The result does
not depend on how the work was split: outputs are sorted by path.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import urls
from .exports import actors_json, entries_json, sitemap, timeline_json
from .feeds import actor_feeds, site_feed_pair
from .plan import Job
from .render import Output, render_page
from .theme import Theme, make_environment
from .views import Views
from .workers import cores, map_in_processes

PARALLEL_MIN_UNITS = 64  # below this, forking a large process costs more than it saves (measured at N = 10,000)


@dataclass(frozen=True)
class Unit:
    kind: str
    ref: str
    path: str  # for page kinds; "" for units that make several files


def units_of(jobs: tuple[Job, ...]) -> tuple[Unit, ...]:
    seen: dict[Unit, None] = {}
    for j in jobs:
        path = j.path if j.kind in ("timeline", "entry", "actor", "actors", "notfound", "export", "static") else ""
        seen.setdefault(Unit(j.kind, j.ref, path), None)
    return tuple(seen)


class Producer:
    """Makes the outputs of units for one site and theme."""

    def __init__(self, site, theme: Theme, all_pages: tuple[str, ...]):
        self.site = site
        self.theme = theme
        self.env = make_environment(theme)
        self.views = Views(site, stylesheet=_stylesheet(theme), extra_css=_extra_css(theme))
        self.all_pages = all_pages
        self.static = dict(theme.static_files())

    def make(self, unit: Unit) -> tuple[Output, ...]:
        v, kind = self.views, unit.kind
        if kind == "timeline":
            return (render_page(self.env, v.timeline_page(unit.path)),)
        if kind == "entry":
            return (render_page(self.env, v.entry_page_by_slug(unit.ref)),)
        if kind == "actor":
            return (render_page(self.env, v.actor_page_by_slug(unit.ref)),)
        if kind == "actors":
            return (render_page(self.env, v.actors_index()),)
        if kind == "notfound":
            return (render_page(self.env, v.not_found()),)
        if kind == "feeds":
            return site_feed_pair(self.site)
        if kind == "actor-feeds":
            return actor_feeds(self.site, unit.ref, self.views.look.entries_by_actor.get(unit.ref, ()))
        if kind == "export":
            return (_export(self.site, unit.ref, self.all_pages),)
        if kind == "static":
            return (Output(f"static/{unit.ref}", self.static[unit.ref].read_bytes()),)
        raise ValueError(f"unknown unit kind {kind!r}")

    def make_all(self, units) -> list[Output]:
        return [o for u in units for o in self.make(u)]


def _export(site, path: str, pages: tuple[str, ...]) -> Output:
    if path == urls.TIMELINE_JSON:
        return timeline_json(site)
    if path == urls.ENTRIES_JSON:
        return entries_json(site)
    if path == urls.ACTORS_JSON:
        return actors_json(site)
    return sitemap(site, pages)


def _extra_css(theme: Theme) -> tuple[str, ...]:
    """The theme's stylesheets besides style.css, by name: they add to it, in this order."""
    return tuple(name for name, _ in theme.static_files() if name.endswith(".css") and name != "style.css")


def _stylesheet(theme: Theme) -> str:
    """All the theme's CSS in the order pages load it (for 404.html, which inlines it)."""
    files = dict(theme.static_files())
    names = (("style.css",) if "style.css" in files else ()) + _extra_css(theme)
    return "\n".join(files[name].read_text(encoding="utf-8") for name in names)


# The producer a forked worker inherits from its parent (set just before the pool starts).
_WORKER: Producer | None = None


def _work(units: tuple[Unit, ...]) -> list[Output]:
    assert _WORKER is not None
    return _WORKER.make_all(units)


def produce(site, theme: Theme, jobs: tuple[Job, ...], all_pages: tuple[str, ...]) -> tuple[Output, ...]:
    """The outputs of ``jobs``, sorted by path. Raises BuildError for a template problem."""
    global _WORKER
    units = units_of(jobs)
    producer = Producer(site, theme, all_pages)
    wanted = {j.path for j in jobs}
    if len(units) < PARALLEL_MIN_UNITS:
        outputs = producer.make_all(units)
    else:
        parts = cores() * 4  # interleaved, so every part gets a share of each kind of page
        _WORKER = producer
        try:
            outputs = [o for part in map_in_processes(_work, [units[i::parts] for i in range(parts)], min_items=2) for o in part]
        finally:
            _WORKER = None
    return tuple(sorted((o for o in outputs if o.path in wanted), key=lambda o: o.path))


def static_digests(theme: Theme) -> tuple[tuple[str, str], ...]:
    return tuple((name, hashlib.sha256(Path(path).read_bytes()).hexdigest()) for name, path in theme.static_files())
