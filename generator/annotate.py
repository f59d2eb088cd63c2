"""Seed -> Annotation: the NLP stage.

``annotate(seed, registry)`` parses each block once (nlp.py), builds the article's cast
(aliases.py), finds quotes (quotes.py) and dated events (events.py), and maps every actor to a
registry slug: an existing one when its name or a proper-name surface form equals a registry
name or alias (case-insensitively), else a new slug made unique against the registry. The
same input always gives the same output.
"""

from __future__ import annotations

import re
import time
from typing import Iterable, Mapping

from .aliases import Cast, build_cast
from .events import find_events
from .model import Actor, Annotation, Event, FoundActor, Quote
from .nlp import MODEL, parse_blocks
from .quotes import find_quotes, speaker_label
from .seeds import Seed
from .slugs import slugify, unique_slug

TITLE_MAX = 90
SUMMARY_MAX = 300


def annotate(seed: Seed, registry: Mapping[str, Actor]) -> Annotation:
    texts = [b.text for b in seed.blocks]
    docs = parse_blocks(texts)
    cast = build_cast(docs)
    quotes = find_quotes(docs, cast)
    events = find_events(docs, cast, seed.date, quotes)
    slugs, hidden = _assign_slugs(cast, registry)
    actors = tuple(FoundActor(slug=slugs[m.key], name=_name(m, registry, slugs), kind=_kind(m, registry, slugs),
                              aliases=tuple(m.forms), role=m.role)
                   for m in cast.actors() if m.key in slugs and m.key not in hidden)
    def ids(keys):
        return tuple(dict.fromkeys(slugs[k] for k in keys if k in slugs and k not in hidden))
    return Annotation(
        title=make_title(seed, docs),
        summary=make_summary(seed, docs),
        actors=actors,
        places=tuple(cast.place_names()),
        sources_cited=tuple(s for s, _ in sorted(cast.sources.items(), key=lambda kv: kv[1])),
        events=tuple(Event(date=e.date, precision=e.precision, text=e.text, actors=ids(e.actors), status=e.status,
                           evidence=e.evidence) for e in events),
        quotes=tuple(Quote(speaker=(ids([q.speaker]) or (None,))[0] if q.speaker else None, text=q.text, cue=q.cue)
                     for q in quotes),
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


def make_title(seed: Seed, docs) -> str:
    """The heading that opens the article, else a headline cut from the lead sentence."""
    if seed.blocks and seed.blocks[0].kind == "heading":
        return seed.blocks[0].text.strip()
    doc = next((d for d, b in zip(docs, seed.blocks) if b.kind == "paragraph"), docs[0])
    sent = next(iter(doc.sents))
    text = _main_clause(sent)
    text = re.sub(r"^(?:[A-Z]+(?: [A-Z]+)*:)\s*", "", text)  # a transcript speaker label
    return _cut(text, TITLE_MAX)


def _main_clause(sent) -> str:
    """The lead sentence without its leading subordinate clause and its attribution (', CNN reported')."""
    root = sent.root
    if root.text.lower() in ("reported", "said", "reports", "says", "added") and any(c.dep_ == "ccomp" for c in root.children):
        root = next(c for c in root.children if c.dep_ == "ccomp")
    drop = set()
    for c in root.children:
        if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < root.i and c.right_edge.i < root.i:
            if c.dep_ == "advcl" or c.right_edge.i + 1 < len(sent.doc) and sent.doc[c.right_edge.i + 1].text == ",":
                drop.update(range(c.left_edge.i, c.right_edge.i + 2))
    toks = [t for t in root.subtree if t.i not in drop]
    if not toks:
        return sent.text
    text = sent.doc[toks[0].i:toks[-1].i + 1].text
    text = text.strip(" ,;:-—")
    return text[:1].upper() + text[1:]


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split()).rstrip(" .")
    if len(text) <= limit:
        return text
    cut = text[:limit]
    comma = cut.rfind(",")
    if comma > limit * 0.5:
        return cut[:comma].rstrip()
    return cut.rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def make_summary(seed: Seed, docs) -> str:
    """The lead: the first one or two sentences of the first paragraph, at most ~300 characters."""
    for doc, block in zip(docs, seed.blocks):
        if block.kind != "paragraph":
            continue
        text = doc.text
        lab = speaker_label(text)
        sents = [s.text.strip() for s in doc.sents]
        if lab:
            sents = [text[len(lab[0]) + 1:].strip()]
        out = ""
        for s in sents:
            cand = (out + " " + s).strip()
            if len(cand) > SUMMARY_MAX:
                break
            out = cand
        if not out:
            out = _cut(sents[0], SUMMARY_MAX - 1).rstrip("…") + "…"
        return out
    return ""


def annotation_throughput(texts_or_seeds: Iterable, repeat: int = 1) -> float:
    """Words per second of :func:`annotate` over the given seeds (or raw texts), after a warm-up."""
    from .seeds import Block
    import datetime as dt
    import hashlib

    seeds = []
    for item in texts_or_seeds:
        if isinstance(item, Seed):
            seeds.append(item)
        else:
            blocks = tuple(Block("paragraph", p.strip()) for p in str(item).split("\n\n") if p.strip())
            seeds.append(Seed("text", dt.date(2022, 1, 1), blocks, "", hashlib.sha256(str(item).encode()).hexdigest()))
    for s in seeds:  # warm-up: model load, caches
        annotate(s, {})
    words = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for s in seeds:
            annotate(s, {})
            words += s.words
    return words / max(time.perf_counter() - start, 1e-9)
