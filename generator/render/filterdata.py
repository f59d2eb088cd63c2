"""The timeline filter's data: every happening in a few fields, as a script the filter loads with a
``script`` element when someone uses it on a timeline of several pages (a script, not JSON read with
fetch, so that it works from ``file://``). Pure: ``Site -> Output``.

``window.TIMELINE_HAPPENINGS = {"pages": [path, ...], "kinds": {slug: kind}, "items": [[page, anchor,
date, line, "slug slug"], ...]}``: ``page`` is an index into ``pages`` (paths from the site's root),
``anchor`` the item's id on that page, ``date`` the date as the page shows it; items in timeline order.
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
    items = [
        [i, urls.happening_anchor(h.id), fmt.span(h.date, h.precision, h.end_date), h.line, " ".join(h.actors)]
        for i, (_, _, happenings) in enumerate(periods)
        for h in happenings
    ]
    data = {"pages": pages, "kinds": {a.slug: a.kind for a in site.actors}, "items": items}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Output(urls.HAPPENINGS_SCRIPT, f"window.{VARIABLE} = {text};\n".encode())
