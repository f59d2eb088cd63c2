"""The JSON Schemas (draft 2020-12) of the JSON exports, shipped in the site under data/schema/.

Each export names its schema in "$schema" (an absolute URL under the site's base URL), and each
schema's "$id" is that URL. They describe exactly what ``exports.py`` writes: every field required,
no other field allowed, so a change to an export that its schema does not follow fails
``tests/test_exports.py`` (which validates the real outputs with the ``jsonschema`` package).
Written as Python values so that a change to them is a change to the code (the build's
fingerprint covers it). Documented for people in docs/exports.md.
"""

from __future__ import annotations

from typing import Any

from generator.render import urls

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_DATE = {
    "type": "string",
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$",
    "description": "YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM or YYYY, at the precision the article gives",
}
_DAY = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "YYYY-MM-DD"}
_PRECISION = {"enum": ["day", "week", "month", "year"]}
_STATUS = {"enum": ["reported", "planned"], "description": "reported: it happened; planned: it is said to be coming"}
_SLUG = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]*$"}
_SLUGS = {"type": "array", "items": _SLUG}
_TEXT = {"type": "string"}
_TEXTS = {"type": "array", "items": _TEXT}
_EVENT_ID = {
    "type": "string",
    "pattern": r"^e[0-9a-f]{10}(-\d+)?$",
    "description": "stable: made of the entry, the date and the sentence, so edits of other events leave it alone",
}
_HAPPENING_ID = {
    "type": "string",
    "minLength": 1,
    "description": "the events' shared `happening:` id, or the id of the one event that reports it",
}


def _object(what: str, /, **properties: Any) -> dict[str, Any]:
    """An object with exactly these properties, all required."""
    return {
        "type": "object",
        "description": what,
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


def _document(path: str, base_url: str, title: str, key: str, item: dict[str, Any]) -> dict[str, Any]:
    """The schema of an export ``{"$schema": ..., key: [item, ...]}``."""
    return {
        "$schema": DRAFT,
        "$id": urls.absolute(base_url, urls.SCHEMAS[path]),
        "title": title,
        **_object(
            f"{path}: {title}",
            **{
                "$schema": {"const": urls.absolute(base_url, urls.SCHEMAS[path])},
                key: {"type": "array", "items": item},
            },
        ),
    }


EVENT = _object(
    "a dated happening an article reports",
    id=_EVENT_ID,
    date=_DATE,
    precision=_PRECISION,
    end_date={**_DATE, "type": ["string", "null"], "description": "the last date of a range, or null"},
    status=_STATUS,
    text={**_TEXT, "description": "the sentence it came from, verbatim"},
    summary={**_TEXT, "description": "the short who-did-what line (<= 20 words); '' when none was written"},
    evidence={**_TEXT, "description": "the date phrase as the article writes it ('on Tuesday'); may be ''"},
    actors={**_SLUGS, "description": "slugs of data/actors.json"},
    happening={**_HAPPENING_ID, "description": "the id of its item in data/happenings.json"},
)

QUOTE = _object(
    "a direct quotation",
    text=_TEXT,
    speaker={"type": ["string", "null"], "pattern": _SLUG["pattern"], "description": "an actor's slug, or null"},
    cue={**_TEXT, "description": "the words that attribute it ('he added'); may be ''"},
    source={
        **_TEXT,
        "description": "an unnamed source as the article describes it ('a senior defense official'), "
        "when speaker is null; may be ''",
    },
)

SOURCE = _object(
    "where the article comes from ('' for what is not known)",
    url={"type": "string", "pattern": r"^(https?://.+)?$", "description": "the original article"},
    outlet={**_TEXT, "description": "who published it"},
    author={**_TEXT, "description": "its byline"},
    seed={**_TEXT, "description": "the seed file it was annotated from (seeds/...)"},
    seed_sha256={"type": "string", "pattern": r"^([0-9a-f]{64})?$", "description": "the seed's digest"},
)

ENTRY = _object(
    "one article",
    slug=_SLUG,
    title=_TEXT,
    date=_DAY,
    summary=_TEXT,
    url={**_TEXT, "description": "its page, relative to the site's root"},
    actors=_SLUGS,
    places=_TEXTS,
    sources_cited={**_TEXTS, "description": "outlets and agencies the article cites"},
    source=SOURCE,
    events={"type": "array", "items": EVENT},
    quotes={"type": "array", "items": QUOTE},
)

HAPPENING = _object(
    "one real-world happening and every event that reports it",
    id=_HAPPENING_ID,
    date={**_DATE, "description": "the date shown: the most precise one its reports give (the most common on a tie)"},
    precision=_PRECISION,
    end_date={**_DATE, "type": ["string", "null"], "description": "the last date of a range, or null"},
    start={**_DAY, "description": "the first day its date covers"},
    line={**_TEXT, "description": "the short who-did-what line"},
    actors=_SLUGS,
    status=_STATUS,
    dates_differ={"type": "boolean", "description": "its reports give different dates"},
    dates={
        "type": "array",
        "items": {"type": "string", "pattern": r"^[0-9W-]+(/[0-9W-]+)?$"},
        "description": "when dates_differ: every date its reports give (date or date/end_date); else empty",
    },
    reports={
        "type": "array",
        "minItems": 1,
        "items": _object("an event that reports it", event=_EVENT_ID, entry=_SLUG),
        "description": "the events (in data/entries.json) that report it, oldest article first",
    },
)

ACTOR = _object(
    "an actor of the registry that some entry names",
    slug=_SLUG,
    name=_TEXT,
    kind={"enum": ["person", "organization", "country", "other"]},
    aliases=_TEXTS,
    role=_TEXT,
    description=_TEXT,
    links=_TEXTS,
    url={**_TEXT, "description": "its page, relative to the site's root"},
)

_TL_DATE = {
    "type": "object",
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
    },
    "required": ["year"],
    "dependentRequired": {"day": ["month"]},
    "additionalProperties": False,
    "description": "only the parts of the date the article gives",
}
_TL_TEXT = _object("HTML (TimelineJS sanitizes it)", headline=_TEXT, text=_TEXT)
SLIDE = {
    **_object(
        "one slide per happening",
        unique_id=_HAPPENING_ID,
        start_date=_TL_DATE,
        end_date=_TL_DATE,
        display_date={**_TEXT, "description": "the date as people write it, in the site's language"},
        group=_STATUS,
        text=_TL_TEXT,
    ),
    "required": ["display_date", "group", "start_date", "text", "unique_id"],
}


def schema(path: str, base_url: str) -> dict[str, Any]:
    """The schema of the export at ``path`` (a key of ``urls.SCHEMAS``)."""
    if path == urls.TIMELINE_JSON:
        doc = _document(path, base_url, "TimelineJS3 slides, one per happening", "events", SLIDE)
        doc["properties"]["title"] = _object("the title slide", text=_TL_TEXT)
        doc["required"] = sorted([*doc["required"], "title"])
        return doc
    if path == urls.ENTRIES_JSON:
        return _document(path, base_url, "every article, with its events and quotes", "entries", ENTRY)
    if path == urls.HAPPENINGS_JSON:
        return _document(path, base_url, "every happening, with the events that report it", "happenings", HAPPENING)
    if path == urls.ACTORS_JSON:
        return _document(path, base_url, "every actor an entry names", "actors", ACTOR)
    raise KeyError(path)
