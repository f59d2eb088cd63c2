"""The timeline filter's data: every happening in a few fields, as a script the filter loads with a
``script`` element when someone uses it on a timeline of several pages (a script, not JSON read with
fetch, so that it works from ``file://``). Pure: ``Site -> Output``.

``window.TIMELINE_HAPPENINGS = {"pages": [path, ...], "dates": [label, ...], "actors": [slug, ...],
"kinds": [kind, ...], "items": [[page, anchor, date, line, [actor, ...]], ...]}``: ``page``, ``date``
and each ``actor`` are indexes into ``pages`` (paths from the site's root), ``dates`` (the dates as
the pages show them) and ``actors`` (whose kinds ``kinds`` gives, in the same order); ``anchor`` is
the item's id on its page; items in timeline order. Indexes, not repeated strings: at 10,000
entries the file is about a third smaller.
"""

from __future__ import annotations

import json

from generator.core.model import Site
from generator.render import urls
from generator.render.formatting import Formatter
from generator.render.pages import Output
from generator.render.views import timeline_periods

VARIABLE = "TIMELINE_HAPPENINGS"


def happenings_script(site: Site) -> Output:
    fmt = Formatter(site.config.language)
    periods = timeline_periods(site)
    pages = [path for path, _, _ in periods]
    actors = {a.slug: i for i, a in enumerate(site.actors)}
    dates: dict[str, int] = {}
    items = []
    for i, (_, _, happenings) in enumerate(periods):
        for h in happenings:
            label = fmt.span(h.date, h.precision, h.end_date)
            date = dates.setdefault(label, len(dates))
            items.append([i, urls.happening_anchor(h.id), date, h.line, [actors[s] for s in h.actors]])
    data = {
        "pages": pages,
        "dates": list(dates),
        "actors": [a.slug for a in site.actors],
        "kinds": [a.kind for a in site.actors],
        "items": items,
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Output(urls.HAPPENINGS_SCRIPT, f"window.{VARIABLE} = {text};\n".encode())
