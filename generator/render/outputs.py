"""The kinds of output a site has: one table that the planner (``plan.py``: paths and keys), the
producer (``produce.py``: how a unit is made, in what order) and the theme contract (``context.py``:
which template gets which context) all read.

A unit of work makes one file, or two for the feed kinds (RSS and Atom are made together).
``rank`` orders the units for the parallel renderer: the costliest kinds first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.render import context, search
from generator.render.pages import Output

if TYPE_CHECKING:
    from generator.render.produce import Producer, Unit
    from generator.render.views import Page, Views


@dataclass(frozen=True)
class OutputKind:
    name: str
    paths: str  # where its files go (see urls.py)
    template: str  # the page template it renders ("" for feeds, exports and static files)
    context: type | None  # the template's context (context.py), for page kinds
    key: str  # what its key covers (plan.py computes it): a change to anything else leaves it as it is
    make: Callable[[Producer, Unit], tuple[Output, ...]]  # for page kinds: the rendering of ``view``
    view: Callable[[Views, Unit], Page] | None = None  # page kinds: the page (template and context) of a unit
    files_per_unit: int = 1  # 0: as many as one unit makes (the search index)
    rank: int = 5  # the parallel renderer starts with the lowest

    @property
    def is_page(self) -> bool:
        return bool(self.template)


def _render_page(p: Producer, u: Unit) -> tuple[Output, ...]:
    kind = OUTPUT_KINDS[u.kind]
    assert kind.view is not None
    return p.page(kind.view(p.views, u))


OUTPUT_KINDS: dict[str, OutputKind] = {
    k.name: k
    for k in (
        OutputKind(
            "timeline",
            "index.html, timeline/<year or month>.html",
            "timeline.html",
            context.TimelineContext,
            "its happenings (their reports' entries and positions, line, dates, actors), the periods and chart, all "
            "actor names, the whole timeline's actor counts when it has several pages, the latest entries",
            _render_page,
            view=lambda v, u: v.timeline_page(u.path),
            rank=1,
        ),
        OutputKind(
            "entry",
            "entries/<slug>.html",
            "entry.html",
            context.EntryContext,
            "the entry, its neighbours' keys (their titles), its actors' names and kinds, its events' happenings "
            "(line, reports, timeline page)",
            _render_page,
            view=lambda v, u: v.entry_page_by_slug(u.ref),
        ),
        OutputKind(
            "actor",
            "actors/<slug>.html",
            "actor.html",
            context.ActorContext,
            "the actor, its entries' keys, its happenings (and their reports' entries), all actor names",
            _render_page,
            view=lambda v, u: v.actor_page_by_slug(u.ref),
            rank=0,
        ),
        OutputKind(
            "actors",
            "actors/index.html",
            "actors.html",
            context.ActorsIndexContext,
            "every actor's name, kind and counts of entries and happenings",
            _render_page,
            view=lambda v, u: v.actors_index(),
            rank=3,
        ),
        OutputKind(
            "archive",
            "archive.html",
            "archive.html",
            context.ArchiveContext,
            "every entry's key (its title, date and origin)",
            _render_page,
            view=lambda v, u: v.archive(),
            rank=3,
        ),
        OutputKind(
            "notfound",
            "404.html",
            "404.html",
            context.NotFoundContext,
            "the theme's stylesheets (it inlines them)",
            _render_page,
            view=lambda v, u: v.not_found(),
        ),
        OutputKind(
            "search",
            "search.html",
            "search.html",
            context.SearchContext,
            "nothing of the content (the code, theme and config only)",
            _render_page,
            view=lambda v, u: v.search_page(),
        ),
        OutputKind(
            "search-index",
            "search/index.js, search/t/<bucket>.js, search/d/<block>.js (render/search.py)",
            "",
            None,
            "everything indexed: every entry's key, all actor names",
            lambda p, u: search.index_outputs(p.views.site, p.views.fmt, p.memo, p.keys),
            files_per_unit=0,  # all of the index at once, however many files it has
            rank=0,
        ),
        OutputKind(
            "feeds",
            "feeds/rss.xml, feeds/atom.xml, feeds/feed.json (JSON Feed 1.1), feeds/planned.ics (iCalendar)",
            "",
            None,
            "the newest entries' keys (feed_size) and their events' happenings, all actor names",
            lambda p, u: p.feeds.site_feeds(),
            files_per_unit=4,
            rank=4,
        ),
        OutputKind(
            "actor-feeds",
            "feeds/actors/<slug>.xml, feeds/actors/<slug>.atom.xml",
            "",
            None,
            "the actor's name, its newest entries' keys and their events' happenings, all actor names",
            lambda p, u: p.feeds.actor_pair(u.ref, p.views.look.entries_by_actor.get(u.ref, ())),
            files_per_unit=2,
            rank=2,
        ),
        OutputKind(
            "export",
            "timeline.json, data/entries.json, data/happenings.json, data/actors.json, "
            "data/schema/<export>.schema.json (their JSON Schemas), sitemap.xml, "
            "data/happenings.js (the filter's data)",
            "",
            None,
            "every entry's key (actors.json: every actor; the schemas: the code and the base URL; "
            "happenings.js: every happening's id, date, line and actors, the actors' kinds and the periods)",
            lambda p, u: (p.export(u.ref),),
        ),
        OutputKind(
            "static",
            "static/<name>",
            "",
            None,
            "the file's bytes",
            lambda p, u: (Output(f"static/{u.ref}", p.static[u.ref].read_bytes()),),
        ),
    )
}

PAGE_CONTEXTS: dict[str, type] = {k.template: k.context for k in OUTPUT_KINDS.values() if k.context is not None}
