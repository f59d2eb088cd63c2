"""Jobs -> output bytes, on every core.

A unit of work is one page, one actor's feed pair, the site feed pair, one export or one static
file. Small builds run in this process; large ones fork processes that inherit the site and the
theme (nothing is pickled on the way in) and take units in chunks from the back of a shared list,
while this process takes them from the front once it has made the exports. The result does not
depend on how the work was split. A build has each process write its outputs into the staging
folder itself (``produce_into``), so only counts come back.
"""

from __future__ import annotations

import hashlib
import os
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from generator.core.workers import fork_alongside, share_in_processes
from generator.render import urls
from generator.render.exports import (
    Fragments,
    actors_json,
    entries_json,
    happenings_json,
    no_memo,
    schema_json,
    sitemap,
    timeline_json,
)
from generator.render.feeds import Feeds
from generator.render.filterdata import happenings_script
from generator.render.outputs import OUTPUT_KINDS
from generator.render.pages import Output, render_page
from generator.render.plan import Job
from generator.render.theme import Theme, make_environment
from generator.render.views import Views


class Placer(Protocol):
    """Puts outputs into the next site (``write.Placer``): returns (files written, files unchanged)."""

    def put(self, outputs: list[Output]) -> tuple[int, int]: ...


# Made in this process, where the memo keeps their fragments for the next build (the exports' pieces,
# the search index's words of each text); workers render everything else.
MADE_HERE = frozenset({"export", "search-index"})
PARALLEL_MIN_UNITS = 64  # below this, forking a large process costs more than it saves (measured at N = 10,000)


@dataclass(frozen=True)
class Unit:
    kind: str
    ref: str
    path: str  # for page kinds; "" for units that make several files


def units_of(jobs: tuple[Job, ...]) -> tuple[Unit, ...]:
    seen: dict[Unit, None] = {}
    for j in jobs:
        path = j.path if OUTPUT_KINDS[j.kind].files_per_unit == 1 else ""
        seen.setdefault(Unit(j.kind, j.ref, path), None)
    return tuple(seen)


class Producer:
    """Makes the outputs of units for one site and theme (how, per kind: ``outputs.OUTPUT_KINDS``)."""

    views: Views
    feeds: Feeds
    static: dict[str, Path]
    keys: Mapping[str, str] | None
    memo: Fragments

    def __init__(
        self,
        site,
        theme: Theme,
        all_pages: tuple[str, ...],
        keys: Mapping[str, str] | None = None,
        memo: Fragments | None = None,
        bytecode_dir: Path | None = None,
    ):
        self.site = site
        self.keys = keys
        self.memo = memo if memo is not None else no_memo
        self.env = make_environment(theme, bytecode_dir, site.config.language)
        self.static = dict(theme.static_files())
        self.views = Views(
            site, stylesheet=_stylesheet(self.static), extra_css=_extra_css(self.static), icon=_icon(self.static)
        )
        self.all_pages = all_pages
        self.feeds = Feeds(site)

    def make(self, unit: Unit) -> tuple[Output, ...]:
        return OUTPUT_KINDS[unit.kind].make(self, unit)

    def page(self, page) -> tuple[Output, ...]:
        return (render_page(self.env, page),)

    def export(self, path: str) -> Output:
        if path == urls.TIMELINE_JSON:
            return timeline_json(self.site, self.keys, self.memo)
        if path == urls.ENTRIES_JSON:
            return entries_json(self.site, self.keys, self.memo)
        if path == urls.HAPPENINGS_JSON:
            return happenings_json(self.site, self.keys, self.memo)
        if path == urls.ACTORS_JSON:
            return actors_json(self.site)
        if path in urls.SCHEMAS.values():
            return schema_json(self.site, next(k for k, v in urls.SCHEMAS.items() if v == path))
        if path == urls.HAPPENINGS_SCRIPT:
            return happenings_script(self.site)
        return sitemap(self.site, self.all_pages)

    def make_all(self, units) -> list[Output]:
        return [o for u in units for o in self.make(u)]


def _extra_css(static: Mapping[str, Path]) -> tuple[str, ...]:
    """The theme's stylesheets besides style.css, by name: they add to it, in this order."""
    return tuple(name for name in static if name.endswith(".css") and name != "style.css")


def _icon(static: Mapping[str, Path]) -> str:
    """The theme's favicon.svg as a data: URL, so that no page makes a request for it."""
    if "favicon.svg" not in static:
        return ""
    return "data:image/svg+xml," + urllib.parse.quote(static["favicon.svg"].read_text(encoding="utf-8").strip())


def _stylesheet(static: Mapping[str, Path]) -> str:
    """All the theme's CSS in the order pages load it (for 404.html, which inlines it)."""
    names = (("style.css",) if "style.css" in static else ()) + _extra_css(static)
    return "\n".join(static[name].read_text(encoding="utf-8") for name in names)


def _run(
    producer: Producer,
    jobs: tuple[Job, ...],
    finish: Callable[[list[Output]], Any],
    also: Callable[[], None] | None = None,
) -> list:
    """Render the units of ``jobs`` in parts, here or on every core; ``finish(outputs)`` of each part,
    called where the part was rendered, gives that part's result. Only the wanted outputs of a unit
    that makes several files reach ``finish``. The exports and the search index are made in this
    process (while the workers render pages), where the producer's memo keeps their fragments for the next build;
    then ``also()``, the caller's own work that can overlap rendering."""
    units = units_of(jobs)
    wanted = {j.path for j in jobs}
    keep = lambda outputs: finish([o for o in outputs if o.path in wanted])  # noqa: E731
    here = tuple(u for u in units if u.kind in MADE_HERE)
    there = tuple(u for u in units if u.kind not in MADE_HERE)

    def in_this_process(units: tuple[Unit, ...]):
        result = keep(producer.make_all(units))
        if also is not None:
            also()
        return result

    if len(there) < PARALLEL_MIN_UNITS:
        if there and here:  # a few pages: one child renders them while this process makes the exports
            return fork_alongside(lambda: keep(producer.make_all(there)), lambda: in_this_process(here))
        return [in_this_process(units)]
    _ = producer.views.look  # made once here, not once per process
    # The costliest kinds first: this process takes them from the front once it has made the exports, the
    # children take entry pages from the back, and they meet in the middle (an even finish; and while
    # they work apart, they create files in different folders).
    ranked = tuple(sorted(there, key=lambda u: OUTPUT_KINDS[u.kind].rank))
    results, exports = share_in_processes(
        lambda part: keep(producer.make_all(part)), ranked, chunk=8, first=lambda: in_this_process(here)
    )
    return results + [exports]


def produce(site, theme: Theme, jobs: tuple[Job, ...], all_pages: tuple[str, ...]) -> tuple[Output, ...]:
    """The outputs of ``jobs``, in memory, sorted by path. Raises BuildError for a template problem."""
    parts = _run(Producer(site, theme, all_pages), jobs, lambda outputs: outputs)
    return tuple(sorted((o for part in parts for o in part), key=lambda o: o.path))


def produce_into(
    site,
    theme: Theme,
    jobs: tuple[Job, ...],
    all_pages: tuple[str, ...],
    new_placer: Callable[[], Placer],
    keys: Mapping[str, str] | None = None,
    memo: Fragments | None = None,
    bytecode_dir: Path | None = None,
    also: Callable[[], None] | None = None,
) -> tuple[int, int]:
    """Render ``jobs`` straight into the next site: each worker process puts what it made with a
    placer of its own (``new_placer()``; no bytes travel between processes). Returns (files
    written, files unchanged). ``keys`` (entry slug -> key, see plan.entry_keys) and ``memo`` let
    the exports reuse the fragments of unchanged entries; ``bytecode_dir`` keeps compiled templates
    between builds; ``also()`` runs in this process while the workers render."""
    producer = Producer(site, theme, all_pages, keys, memo, bytecode_dir)
    placers: dict[int, Placer] = {}  # one per process (it remembers the folders it has made)

    def place(outputs: list[Output]) -> tuple[int, int]:
        placer = placers.get(os.getpid()) or placers.setdefault(os.getpid(), new_placer())
        return placer.put(outputs)

    parts = _run(producer, jobs, place, also)
    return sum(w for w, _ in parts), sum(r for _, r in parts)


def static_digests(theme: Theme) -> tuple[tuple[str, str], ...]:
    return tuple((name, hashlib.sha256(Path(path).read_bytes()).hexdigest()) for name, path in theme.static_files())
