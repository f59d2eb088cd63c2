"""Where an article comes from, on the pages that show or cite it.

An entry may name its original article (``url``, ``outlet``, ``author``: a seed's header lines).
``OriginViews`` is the ``Views`` of a build with each entry page, and each event and quote that
cites an entry (the timeline, actor pages), carrying an ``Origin``; pages of entries that name
none are exactly what ``Views`` makes.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from generator.core.model import Entry, PlacedEvent, Quote
from generator.render.context import EntryContext, EventView, Origin, QuoteView
from generator.render.views import Page, Views


def origin_of(entry: Entry) -> Origin | None:
    """The entry's Origin, or None when it names neither a URL nor an outlet nor an author."""
    if not (entry.url or entry.outlet or entry.author):
        return None
    label = entry.outlet or (urlsplit(entry.url).hostname or entry.url if entry.url else "")
    return Origin(url=entry.url, outlet=entry.outlet, author=entry.author, label=label)


class OriginViews(Views):
    """``Views``, with the origin of the article on every view that shows or cites it."""

    def event_view(self, p: PlacedEvent, page: str) -> EventView:
        view = super().event_view(p, page)
        origin = origin_of(self.look.entries[p.entry_slug])
        return view if origin is None else replace(view, origin=origin)

    def quote_view(self, entry: Entry, index: int, q: Quote, page: str) -> QuoteView:
        view = super().quote_view(entry, index, q, page)
        origin = origin_of(entry)
        return view if origin is None else replace(view, origin=origin)

    def entry_page(self, entry: Entry, prev: Entry | None, nxt: Entry | None) -> Page:
        page = super().entry_page(entry, prev, nxt)
        origin = origin_of(entry)
        if origin is None or not isinstance(page.context, EntryContext):
            return page
        return replace(page, context=replace(page.context, entry=replace(page.context.entry, origin=origin)))
