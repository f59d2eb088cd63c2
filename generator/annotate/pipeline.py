"""Seed -> Annotation: the NLP stage.

``annotate(seed, registry)`` parses each block once (nlp.py), builds the article's cast
(aliases.py), finds quotes (quotes.py) and dated events (events.py), and maps every actor to a
registry slug: an existing one when its name or a proper-name surface form equals a registry
name or alias (case-insensitively), else a new slug made unique against the registry. The
same input always gives the same output.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.annotate import events as _events
from generator.annotate import quotes as _quotes
from generator.annotate.aliases import build_cast, idle_organisations
from generator.annotate.cast import Cast, is_bare_name
from generator.annotate.events import find_events
from generator.annotate.headline import lead_sentence, make_summary, make_title
from generator.annotate.nlp import MODEL, parse_blocks, prefetch
from generator.annotate.quotes import find_quotes
from generator.core.model import Actor, Annotation, Event, FoundActor, Quote
from generator.core.slugs import slugify, unique_slug
from generator.seeds.reader import Seed, is_byline


def annotate(seed: Seed, registry: Mapping[str, Actor]) -> Annotation:
    texts = [b.text for b in seed.blocks]
    docs = parse_blocks(texts)
    lead = lead_sentence(seed, docs)
    prefetch(_events.parse_needs(docs, seed.date) + _quotes.parse_needs(docs) + ([lead] if lead else []))
    kinds = ["byline" if is_byline(b.text) else b.kind for b in seed.blocks]  # wire bylines are not the story
    cast = build_cast(docs, kinds)
    quotes = find_quotes(docs, cast)
    events = find_events(docs, cast, seed.date, quotes, kinds)
    slugs, hidden = _assign_slugs(cast, registry)
    doers = {q.speaker for q in quotes if q.speaker} | {k for e in events for k in e.actors}
    hidden |= {m.key for m in cast.actors() if is_bare_name(m) and m.key not in doers}
    hidden |= idle_organisations(cast, docs, doers)
    actors = tuple(
        FoundActor(
            slug=slugs[m.key],
            name=_name(m, registry, slugs),
            kind=_kind(m, registry, slugs),
            aliases=tuple(m.forms),
            role=m.role,
        )
        for m in cast.actors()
        if m.key in slugs and m.key not in hidden
    )

    def ids(keys):
        return tuple(dict.fromkeys(slugs[k] for k in keys if k in slugs and k not in hidden))

    return Annotation(
        title=make_title(seed, docs, lead),
        summary=make_summary(seed, docs),
        actors=actors,
        places=tuple(cast.place_names()),
        sources_cited=tuple(s for s, _ in sorted(cast.sources.items(), key=lambda kv: kv[1])),
        events=tuple(
            Event(
                date=e.date,
                precision=e.precision,
                text=e.text,
                actors=ids(e.actors),
                status=e.status,
                end_date=getattr(e, "end_date", None),  # a span's last day, when events.py finds one
                evidence=e.evidence,
            )
            for e in events
        ),
        quotes=tuple(
            Quote(speaker=(ids([q.speaker]) or (None,))[0] if q.speaker else None, text=q.text, cue=q.cue)
            for q in quotes
        ),
        model=MODEL,
    )


def _assign_slugs(cast: Cast, registry: Mapping[str, Actor]) -> tuple[dict[str, str], set[str]]:
    index: dict[str, str] = {}
    for slug in sorted(registry):
        actor = registry[slug]
        for s in (actor.name, *actor.aliases):
            index.setdefault(s.strip().lower(), slug)
    taken = set(registry)
    slugs: dict[str, str] = {}
    hidden: set[str] = set()
    for m in cast.actors():
        found = None
        for form in [m.key, *m.names]:
            found = index.get(form.lower()) or index.get(re.sub(r"^the ", "", form.lower()))
            if found:
                break
        if found is None:
            found = unique_slug(slugify(m.key), taken)
        taken.add(found)
        slugs[m.key] = found
        if found in registry and registry[found].hidden:
            hidden.add(m.key)
    return slugs, hidden


def _name(m, registry, slugs) -> str:
    a = registry.get(slugs[m.key])
    return a.name if a else m.key


def _kind(m, registry, slugs) -> str:
    a = registry.get(slugs[m.key])
    return a.kind if a else m.kind
