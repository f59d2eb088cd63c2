"""Where every page lives, and links between them.

Pages link to each other with relative URLs that point at files (``../actors/nato.html``), so the
site works from ``file://``, under any sub-path and on any static host. Feeds, the sitemap and
canonical links use absolute URLs built from the configured base URL.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import urllib.parse

INDEX = "index.html"
ACTORS_INDEX = "actors/index.html"
STYLESHEET = "static/style.css"
SCRIPT = "static/timeline.js"
RSS = "feeds/rss.xml"
ATOM = "feeds/atom.xml"
JSON_FEED = "feeds/feed.json"
CALENDAR = "feeds/planned.ics"
TIMELINE_JSON = "timeline.json"
ENTRIES_JSON = "data/entries.json"
ACTORS_JSON = "data/actors.json"
HAPPENINGS_JSON = "data/happenings.json"
# The JSON Schema of each JSON export (each export names its own in "$schema")
SCHEMAS = {
    TIMELINE_JSON: "data/schema/timeline.schema.json",
    ENTRIES_JSON: "data/schema/entries.schema.json",
    HAPPENINGS_JSON: "data/schema/happenings.schema.json",
    ACTORS_JSON: "data/schema/actors.schema.json",
}
SITEMAP = "sitemap.xml"
NOT_FOUND = "404.html"
SEARCH = "search.html"
SEARCH_SCRIPT = "static/search.js"
ARCHIVE = "archive.html"
HAPPENINGS_SCRIPT = "data/happenings.js"  # every happening's compact data, for the filter across pages


# The file name of a slug's page is the slug, except where that could be another output's or too
# long for a file system (255 bytes): a name a folder's own page has (actors/index.html) gets a
# '_' after it, a long slug is cut and given a digest after a '_'. No slug has a '_', so no two
# outputs can share a path, whatever the editors name things.
RESERVED_NAMES = frozenset({"index"})
MAX_NAME = 100  # characters of a slug kept as they are; the longest suffix is '.atom.xml'


def file_name(slug: str) -> str:
    """The name (without extension) of the files of a slug: the slug, unless it is reserved or too long."""
    if len(slug) > MAX_NAME:
        return f"{slug[:80]}_{hashlib.sha256(slug.encode('utf-8')).hexdigest()[:16]}"
    if slug in RESERVED_NAMES:
        return slug + "_"
    return slug


def entry_page(slug: str) -> str:
    return f"entries/{file_name(slug)}.html"


def actor_page(slug: str) -> str:
    return f"actors/{file_name(slug)}.html"


def actor_rss(slug: str) -> str:
    return f"feeds/actors/{file_name(slug)}.xml"


def actor_atom(slug: str) -> str:
    return f"feeds/actors/{file_name(slug)}.atom.xml"


def timeline_page(period: str) -> str:
    """``2022`` or ``2022-04``: one page of a timeline too long for one page."""
    return f"timeline/{period}.html"


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")


def happening_anchor(happening_id: str) -> str:
    """The id of a happening's item on a page: ``h-`` and its id when that is a plain name (ids are
    readable slugs, ``2022-04-06-nato-ministers-meet``, or an event id), else a digest of it."""
    if _ID.fullmatch(happening_id):
        return f"h-{happening_id}"
    return f"h-{hashlib.sha256(happening_id.encode('utf-8')).hexdigest()[:16]}"


_PLAIN = re.compile(r"[A-Za-z0-9/._~-]*")


def relative(from_page: str, to: str) -> str:
    """The link from one output file to another (or to ``file#anchor``), relative and percent-encoded."""
    target, _, anchor = to.partition("#")
    if not target:
        rel = posixpath.basename(from_page)
    elif "/" not in target.rpartition("/")[0] and target.rpartition("/")[0] == posixpath.dirname(from_page):
        rel = target.rpartition("/")[2]  # same folder (the common case, and cheap)
    else:
        rel = "../" * from_page.count("/") + target  # output paths never hold '..' (check_output_path)
    url = rel if _PLAIN.fullmatch(rel) else urllib.parse.quote(rel, safe="/-._~")
    return f"{url}#{anchor}" if anchor else url


def absolute(base_url: str, path: str) -> str:
    """The public URL of an output file: base_url + path (base_url ends with '/')."""
    if path == INDEX:
        return base_url
    return base_url + urllib.parse.quote(path, safe="/-._~#")


_UNSAFE = re.compile(r"[\x00-\x1f\\]|(?:^|/)\.{0,2}(?:/|$)")


def check_output_path(rel: str) -> None:
    """Raise ValueError unless ``rel`` is a canonical relative output path: no empty, ``.`` or ``..``
    segment, no leading slash, no backslash, NUL or control character (so nothing lands outside the
    output folder, and two spellings of one file, ``a//b`` and ``a/./b``, cannot slip past the writer's
    duplicate check either)."""
    if not isinstance(rel, str) or not rel or rel.startswith("/") or _UNSAFE.search(rel):
        raise ValueError(f"refusing to write outside the output folder: {rel!r}")
