"""Seed -> Annotation: the NLP stage.

``annotate(seed, registry)`` parses each block once (nlp.py), builds the article's cast
(aliases.py), finds quotes (quotes.py) and dated events (events.py), and maps every actor to a
registry slug: an existing one when its name or a proper-name surface form equals a registry
name or alias (case-insensitively), else a new slug made unique against the registry. The
same input always gives the same output.

Seeds are annotated each on its own against the registry as it was read (a snapshot, so that they
can be annotated in any order, on any number of workers): ``annotate_new`` also gives the names a
new actor is looked up by, and ``rebase`` then moves the annotation onto the registry as it has
grown since (the actors earlier seeds added), in seed order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.annotate import aliases as _aliases
from generator.annotate import events as _events
from generator.annotate import quotes as _quotes
from generator.annotate.aliases import build_cast, generic_bodies, idle_organisations, reporters
from generator.annotate.cast import ARABIC_ARTICLE, TITLE_WORDS, Cast, given_names, is_bare_name
from generator.annotate.events import find_events
from generator.annotate.gazetteer import same_given_name
from generator.annotate.headline import lead_sentence, make_summary, make_title
from generator.annotate.nlp import MODEL, cut_at_breaks, parse_blocks, prefetch
from generator.annotate.places import where
from generator.annotate.quotes import find_quotes
from generator.core.model import Actor, Annotation, Event, FoundActor, Quote
from generator.core.slugs import slugify, unique_slug
from generator.seeds.reader import Seed, is_byline

NewNames = dict[str, tuple[str, ...]]  # a new actor's slug -> the names it is looked up by


# Not frozen, and not claimed to be: it holds the article's Cast and its spaCy Docs, which are
# mutable objects (a Doc even caches its text and sentences in its user_data when they are read:
# ``nlp.text_of``, ``nlp.sentences``), so ``frozen=True`` would only stop the fields being rebound,
# not the values changing. It is a record handed from ``_found`` to its readers
# (``_annotate_parsed``, ``bench/actor_features``, ``bench/org_losses``), made once the rules are
# done with the cast; its readers only read it.
@dataclass
class Found:
    """What the rules found in one article: the title, block Docs and kinds, cast, quotes, events
    and the actors the rules drop (``bare``: a bare one-word person; ``idle``: an idle organisation;
    ``reporters``: the article's own reporter, named in its byline or sign-off)."""

    title: str
    docs: list
    kinds: list[str]
    cast: Cast
    quotes: list
    events: list
    bare: set[str]
    idle: set[str]
    reporters: set[str] = field(default_factory=set)

    def dropped_by_rules(self) -> set[str]:
        return self.bare | self.idle | self.reporters


def annotate(seed: Seed, registry: Mapping[str, Actor]) -> Annotation:
    return annotate_new(seed, registry)[0]


def annotate_new(seed: Seed, registry: Mapping[str, Actor]) -> tuple[Annotation, NewNames]:
    """The annotation, and for each actor it found that the registry does not have, the names the
    registry look-up tried (its canonical name, then its proper-name forms): ``rebase`` tries them
    again against the registry as it is when the annotation is merged."""
    return annotate_many([seed], registry)[0]


def annotate_many(seeds: Sequence[Seed], registry: Mapping[str, Actor]) -> list[tuple[Annotation, NewNames]]:
    """``annotate_new`` of each seed, the same values: the model runs once over the blocks of all of
    them and once over the sentences they need parsed (spaCy gives each text the same analysis
    whatever else is in its batch; one call costs less per word than many small ones)."""
    docs, kinds, leads = _parsed(seeds)
    index = name_index(registry)  # once a call, not once a seed: 3.6 ms a seed at 5,000 actors
    out = [_annotate_parsed(s, d, k, lead, registry, index) for s, d, k, lead in zip(seeds, docs, kinds, leads)]
    for doc in (doc for seed_docs in docs for doc in seed_docs):
        # what the rules kept on a block Doc (its entities' and sentences' Spans, its parses) refers back to it: a
        # cycle, left to the collector's full passes; broken here, the Docs are freed as the call ends. Full and
        # middle passes of 6 passes over the 80 real texts (gc.callbacks, the model frozen): 0.41 -> 0.29 CPU s
        doc.user_data.clear()
    return out


def _parsed(seeds: Sequence[Seed]) -> tuple[list, list[list[str]], list]:
    """Each seed's block Docs, block kinds and lead sentence, with the sentences the rules will read
    parsed in one batch."""
    blocks = [b.text for seed in seeds for b in seed.blocks]
    parsed = iter(parse_blocks(blocks))
    docs = [[next(parsed) for _ in seed.blocks] for seed in seeds]
    for seed, seed_docs in zip(seeds, docs):
        for block, doc in zip(seed.blocks, seed_docs):
            cut_at_breaks(doc, block.breaks)
    kinds = [["byline" if is_byline(b.text) else b.kind for b in seed.blocks] for seed in seeds]  # not the story
    leads = [lead_sentence(seed, d) for seed, d in zip(seeds, docs)]
    prefetch([pair for s, d, k, lead in zip(seeds, docs, kinds, leads) for pair in _parse_needs(s, d, k, lead)])
    return docs, kinds, leads


def _parse_needs(seed: Seed, docs, kinds: list[str], lead) -> list:
    """The (block Doc, sentence) pairs the rules will read the parse of."""
    needs = _events.parse_needs(docs, seed.date) + _quotes.parse_needs(docs) + ([lead] if lead else [])
    return needs + _aliases.parse_needs(docs, kinds)


def _found(seed: Seed, docs, kinds: list[str]) -> Found:
    """The article's cast, quotes and events, and the actors the rules drop: people known by one bare
    word who neither act nor speak nor are thanked by name (``is_bare_name``), organisations that never act
    (``idle_organisations``) or are known only by a noun after 'a' or 'my' (``generic_bodies``), the
    article's own reporter (``reporters``)."""
    cast = build_cast(docs, kinds)
    quotes = find_quotes(docs, cast, seed.title)
    events = find_events(docs, cast, seed.date, quotes, kinds, title=seed.title)
    moved = _aliases.title_holders(cast, seed.title)  # 'Remarks by President Biden' over 'THE PRESIDENT:'
    if moved:
        quotes = [replace(q, speaker=moved.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes]
        events = [replace(e, actors=tuple(dict.fromkeys(moved.get(k, k) for k in e.actors))) for e in events]
    speakers = {q.speaker for q in quotes if q.speaker}
    doers = speakers | {k for e in events for k in e.actors}
    bare = {
        m.key
        for m in cast.actors()
        if is_bare_name(m)
        and m.key not in doers
        and not _aliases.thanked_by_name(cast, docs, m.key)
        and not _aliases.named_kin(cast, docs, m.key)
    } | _aliases.named_for_works(cast, docs, speakers)  # an event's actor too: 'performed the Jo Roe song'
    idle = idle_organisations(cast, docs, speakers) | generic_bodies(cast, docs, speakers)
    return Found(seed.title, docs, kinds, cast, quotes, events, bare, idle, reporters(cast, docs, speakers, doers))


def found_of(seeds: Sequence[Seed]) -> list[Found]:
    """What the rules find in each seed (``_found``), parsed as ``annotate_many`` parses them: what
    ``bench/train_actors.py`` learns from (``bench/actor_features.candidates``)."""
    docs, kinds, _ = _parsed(seeds)
    return [_found(s, d, k) for s, d, k in zip(seeds, docs, kinds)]


def _annotate_parsed(
    seed: Seed, docs, kinds: list[str], lead, registry: Mapping[str, Actor], index: Mapping[str, str]
) -> tuple[Annotation, NewNames]:
    found = _found(seed, docs, kinds)
    cast, quotes, events = found.cast, found.quotes, found.events
    slugs, hidden = _assign_slugs(cast, registry, index, holders := office_holders(cast, seed) | eu_bodies(cast))
    hidden |= found.dropped_by_rules()
    by_slug: dict[str, FoundActor] = {}
    for m in cast.actors():
        if m.key in slugs and m.key not in hidden:
            slug = slugs[m.key]
            # two of the cast that are one actor of the registry ('U.S.', 'U.S. Government'): listed once
            if slug in by_slug:
                by_slug[slug] = replace(by_slug[slug], aliases=tuple(dict.fromkeys((*by_slug[slug].aliases, *m.forms))))
                continue
            name, kind = holders.get(m.key) or _name(m, registry, slugs), _kind(m, registry, slugs)
            by_slug[slug] = FoundActor(slug=slug, name=name, kind=kind, aliases=_forms(m, holders), role=m.role)
    actors = tuple(by_slug.values())

    def ids(keys):
        return tuple(dict.fromkeys(slugs[k] for k in keys if k in slugs and k not in hidden))

    new_names = {
        slugs[m.key]: (*([holders[m.key]] if m.key in holders else []), m.key, *m.names)
        for m in cast.actors()
        if m.key in slugs and m.key not in hidden and slugs[m.key] not in registry
    }
    annotation = Annotation(
        title=make_title(seed, docs, lead),
        summary=make_summary(seed, docs),
        actors=actors,
        places=tuple(where(cast, docs)),
        sources_cited=tuple(
            s for s, _ in sorted(cast.sources.items(), key=lambda kv: kv[1]) if not _own(s, seed.outlet)
        ),
        events=tuple(
            Event(
                date=e.date,
                precision=e.precision,
                text=e.text,
                actors=ids(e.actors),
                status=e.status,
                end_date=getattr(e, "end_date", None),  # a span's last day, when events.py finds one
                evidence=e.evidence,
                summary=e.summary,
            )
            for e in events
        ),
        quotes=tuple(
            Quote(
                speaker=(ids([q.speaker]) or (None,))[0] if q.speaker else None,
                text=q.text,
                cue=q.cue,
                source=q.source,
            )
            for q in quotes
        ),
        model=MODEL,
    )
    return annotation, new_names


def _own(source: str, outlet: str) -> bool:
    """'told VOA News' in a story whose outlet is 'Voice of America (VOA News)': the article's own outlet, not
    a source it cites."""
    name = re.sub(r"^the ", "", source.lower())
    if not outlet:
        return False
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", outlet.lower()):
        return True
    # 'told VOA' in a story of 'Voice of America', 'USAID' in one of 'U.S. Agency for International Development':
    # the initials of the outlet's name, of every word or of its main words
    parts = [p.split() for p in re.split(r"[(),]", outlet) if len(p.split()) > 1]
    return source.isupper() and any(
        source in {"".join(w[0] for w in words).upper(), _aliases.initials(" ".join(words))} for words in parts
    )


def rebase(
    annotation: Annotation, new_names: NewNames, registry: Mapping[str, Actor], index: Mapping[str, str]
) -> Annotation:
    """``annotation``, made against a snapshot of the registry, moved onto ``registry`` (the snapshot
    and the actors added since, by the seeds merged before this one; ``index``: its ``name_index``).
    A new actor one of whose names an added actor has (its name or an alias, case-insensitively)
    becomes that actor; a new actor whose slug an added actor took gets the next free one; the
    entry's actors, its events' actors and its quotes' speakers follow. With nothing added since the
    snapshot, nothing changes."""
    taken = {a.slug for a in annotation.actors if a.slug not in new_names}
    moved: dict[str, str] = {}
    for a in annotation.actors:
        if a.slug not in new_names:
            continue
        names = new_names[a.slug]
        named = [n for n in names if a.kind != "person" or not office_alone(n)]  # not 'the Secretary' of 'X Y'
        found = (
            _look_up(_lookup_names(a.kind, named or names), index)
            or by_given_name(a.kind, names, index, registry)
            or by_name_tail(a.kind, names, index, registry)
        )
        if (
            found is not None
            and found in registry
            and titles_conflict(a.kind, new_names[a.slug][0], a.aliases, registry[found])
        ):
            found = namesake_without_conflict(a.kind, new_names[a.slug][0], a.aliases, registry[found], registry)
        if found is not None and found in registry and a.kind == "person" and all(map(office_alone, names)):
            if not office_alone(registry[found].name):  # 'the Secretary' of an article naming no secretary:
                found = a.slug if a.slug in registry and office_alone(registry[a.slug].name) else None
                # not the person another article of the same ingest called so ('The Secretary')
        if found is not None and found in registry and _other_person(a.kind, names, registry[found]):
            found = None
        if found is not None and _a_peoples_state(a.kind, found, registry):
            found = None
        if found is None:
            clash = a.slug in taken or a.slug in registry
            found = unique_slug(slugify(a.name), taken | set(registry)) if clash else a.slug
        taken.add(found)
        if found != a.slug:
            moved[a.slug] = found
    if not moved:
        return annotation

    def ids(slugs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(moved.get(s, s) for s in slugs))

    actors: dict[str, FoundActor] = {}
    for a in annotation.actors:  # two actors that became one are listed once, where the first was
        slug = moved.get(a.slug, a.slug)
        actors.setdefault(slug, replace(a, slug=slug))
    return replace(
        annotation,
        actors=tuple(actors.values()),
        events=tuple(replace(e, actors=ids(e.actors)) for e in annotation.events),
        quotes=tuple(
            replace(q, speaker=moved.get(q.speaker, q.speaker)) if q.speaker else q for q in annotation.quotes
        ),
    )


def name_index(registry: Mapping[str, Actor]) -> dict[str, str]:
    """Every name and alias of the registry (lower case) -> the slug that has it (the first, sorted);
    for an organisation also its ``org_key`` forms ('~...') and its ``_acronym_keys`` ('^usgs' for
    'U.S. Geological Survey', '°usgs' for 'USGS'); for a person named in full, their surname ('§obama'),
    ``AMBIGUOUS`` when two people have it; for a person known by one word, that word ('¶obama')."""
    index: dict[str, str] = {}
    add_to_index(index, registry.values())
    return index


def add_to_index(index: dict[str, str], actors) -> None:
    """``name_index`` of the registry with ``actors`` added, made from the index without them."""
    for actor in actors:
        keys = [s.strip().lower() for s in (actor.name, *actor.aliases)]
        if actor.kind == "organization":
            keys += [org_key(s) for s in (actor.name, *actor.aliases)] + _acronym_keys((actor.name, *actor.aliases))
        for key in dict.fromkeys([*keys, *(folded(k) for k in keys)]):
            if index.get(key, actor.slug) >= actor.slug:
                index[key] = actor.slug
        if actor.kind == "person" and len(actor.name.split()) >= 2 and not actor.hidden:
            surnames = [] if _known_by_an_inner_word(actor) else _surname_keys(actor.name)
            for key in dict.fromkeys(k for s in surnames for k in (s, folded(s))):
                # one person of that surname, or AMBIGUOUS; also spelt without accents ('Piñera', 'Pinera')
                index[key] = actor.slug if index.get(key, actor.slug) == actor.slug else AMBIGUOUS
            for key in dict.fromkeys(_TAIL + folded(t.lower()) for t in name_tails(actor.name)):
                # 'Lula da Silva' of 'Luiz Inácio Lula da Silva': one person's, or AMBIGUOUS
                index[key] = actor.slug if index.get(key, actor.slug) == actor.slug else AMBIGUOUS
        elif actor.kind == "person" and not actor.hidden:  # known by one word ('Obama')
            for key in dict.fromkeys(k for w in _bare_surnames(actor.name) for k in ("¶" + w, folded("¶" + w))):
                if index.get(key, actor.slug) >= actor.slug:
                    index[key] = actor.slug


# A country's (or the United Nations') name before a body's: 'U.N. Security Council' is the 'Security Council'.
_COUNTRY_PREFIX = re.compile(r"^(?:u\.s\.|us|united states|uk|u\.k\.|united kingdom|british|u\.n\.|un|united nations) ")
# One word left after the prefix ('Navy'): the prefix stays, spelt one way ('United States Navy' is the 'U.S. Navy').
_SAME_PREFIX_AS = {"us": "u.s.", "united states": "u.s.", "uk": "u.k.", "united kingdom": "u.k.", "un": "u.n."}
_SAME_PREFIX_AS |= {"united nations": "u.n.", "u.s.": "u.s.", "u.k.": "u.k.", "u.n.": "u.n."}
_SAME_PREFIX = re.compile("^(" + "|".join(map(re.escape, _SAME_PREFIX_AS)) + ") ")
_THE_FIRST = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"'s$")
_DEPARTMENT_LAST = re.compile(r"(?!department|ministry)([a-z][a-z ]*?) (department|ministry)")
_OF_THE = re.compile(r"\b(of|for) the ")  # 'Federation of the Red Cross' is the 'Federation of Red Cross'


# British and American spellings of one word in a body's name ('World Food Programme', 'World Food Program'),
# spelt the American way in the look-up form. Not 'Labour' and 'Labor': parties of two countries.
_SPELT_TWO_WAYS = {"programme": "program", "defence": "defense", "organisation": "organization", "centre": "center"}
_BRITISH = re.compile(r"\b(" + "|".join(_SPELT_TWO_WAYS) + r")(s?)\b")
# A lower-case noun after a name of two capitalised words or more ('the National League for Democracy party'):
# English capitalises every word of a name but its small words, so the noun is no part of it.
_NOUN_AFTER_A_NAME = re.compile(r"((?:[A-Z][\w.&-]*\s+(?:(?:of|for|and|the|on|in)\s+)*){1,}[A-Z][\w.&-]*) [a-z]+")
_SMALL_WORDS = frozenset("of for and the on in at to by with from as or".split())


def org_key(name: str) -> str:
    """The look-up form of an organisation's name, the same for its common variants: 'the U.S.
    Department of State', 'United States Department of State', 'U.S. State Department' and 'State
    Department' all give '~department of state', 'the Defence Ministry' and 'the Ministry of Defence'
    '~ministry of defense' (a country's prefix goes when two words or more are left: 'U.S. Embassy'
    keeps it, spelt one way: 'United States Embassy', 'US Embassy' give '~u.s. embassy'); 'the' after
    'of' or 'for' goes: 'International Federation of the Red Cross' is the 'International Federation
    of Red Cross'; a word spelt the British way is spelt the American way ('Programme', 'Defence'); a
    lower-case noun after the name goes ('the National League for Democracy party')."""
    noun = _NOUN_AFTER_A_NAME.fullmatch(_THE_FIRST.sub("", name.strip()))
    if noun and name.split()[-1] not in _SMALL_WORDS:
        name = noun[1]
    s = " ".join(name.lower().replace("’", "'").split())
    s = _BRITISH.sub(lambda m: _SPELT_TWO_WAYS[m[1]] + m[2], s)
    s = _POSSESSIVE.sub("", _THE_FIRST.sub("", s))
    rest = _COUNTRY_PREFIX.sub("", s)
    s = rest if len(rest.split()) >= 2 else _SAME_PREFIX.sub(lambda m: _SAME_PREFIX_AS[m[1]] + " ", s)
    dept = _DEPARTMENT_LAST.fullmatch(s)
    s = f"{dept[2]} of {dept[1]}" if dept else s
    return "~" + _OF_THE.sub(r"\1 ", s)


# The initials by which a name and an acronym meet across articles: four letters or more. Three capitals
# name too many bodies ('RAF': the Royal Air Force, India's Rapid Action Force; 'RMT': a British union and
# any other R-M-T) for a silent merge, which only a split by hand undoes; an article that writes the name
# and its acronym together ('the Royal Air Force (RAF)') gives the registry both, which then meet by name,
# and ``check`` lists a bare acronym beside a name of its initials, with the merge command.
_ACRONYM = re.compile(r"[A-Z]{4,7}")


def _acronym_keys(names, lookup: bool = False) -> list[str]:
    """'^usgs' for 'U.S. Geological Survey' (the initials of a name of two words or more) and '°usgs' for
    'USGS' (a name that is an acronym): the keys by which an organisation and its acronym meet. Looked up
    (``lookup``), each gives the other's key, so that a name meets an acronym, never another name of the
    same initials ('UN Security Council' is not 'U.S. Congress'). A name with an abbreviation in it ('PNG
    Defense Force') meets by its initials with the abbreviation whole ('PNGDF') that acronym and a name
    spelled out ('Papua New Guinea Defence Force', whose look-up gives '¤pngdf'). Only initials of four
    letters or more (``_ACRONYM``)."""
    keys = []
    for n in names:
        spelled = len(n.split()) >= 2
        letters = _aliases.initials(n) if spelled else n
        if _ACRONYM.fullmatch(letters):
            keys.append(("^" if spelled != lookup else "°") + letters.lower())
        whole = _aliases.initials_whole(n) if spelled else letters
        if whole != letters and _ACRONYM.fullmatch(whole):
            keys += [("^" if lookup else "¤") + whole.lower(), ("°" if lookup else "^") + whole.lower()]
        elif spelled and lookup and _ACRONYM.fullmatch(letters):
            keys.append("¤" + letters.lower())
    return list(dict.fromkeys(keys))


def _org_names(names) -> list[str]:
    """What an organisation is looked up by: the country it is the government of ('U.S. Government':
    the registry's United States, which has its government's names as aliases), its names, their
    ``org_key`` forms, then its ``_acronym_keys`` (an organisation of another article whose name is
    its acronym, or the other way round)."""
    lands = [land for n in names if (land := _aliases.government_of(n.strip()))]
    return [*dict.fromkeys(lands), *names, *(org_key(n) for n in names), *_acronym_keys(names, lookup=True)]


AMBIGUOUS = ""  # the index value of a surname two people of the registry have


def _surname_key(name: str) -> str:
    return "§" + name.split()[-1].lower()


def _bare_surnames(name: str) -> list[str]:
    """A surname in lower case, and without the Arabic article joined to it ('al-Sisi', 'el-Sisi' and
    'Sisi' are one family name; 'Abdel Fattah Al Sisi' ends with the bare one): the keys by which a
    person known by it meets a person named in full."""
    low = name.split()[-1].lower()
    bare = ARABIC_ARTICLE.sub("", low, count=1) if ARABIC_ARTICLE.match(low) else low
    return list(dict.fromkeys((low, bare)))


def _known_by_an_inner_word(actor: Actor) -> bool:
    """Is a person of three words or more known by one word of their name that is neither the first nor the
    last ('Santos' of 'Juan Manuel Santos Calderon', Spanish usage: the father's surname before the mother's)?
    Then the last word alone ('President Calderon') names someone else."""
    words = actor.name.lower().split()
    inner = set(words[1:-1]) - {words[0], words[-1]}
    return len(words) >= 3 and any(" " not in a.strip() and a.strip().lower() in inner for a in actor.aliases)


def _surname_keys(name: str) -> list[str]:
    return ["§" + w for w in _bare_surnames(name)]


def _lookup_names(kind: str, names) -> list[str]:
    """What an actor is looked up by: its names; an organisation also by ``_org_names``; a person
    known by one word ('Obama') also as the surname of the one person of the registry who has it
    ('Barack Obama'); a person named in full also as a person of the registry known by their
    surname alone."""
    if kind == "organization":
        return _org_names(names)
    if kind == "person" and names and len(names[0].split()) == 1:
        return [*names, *_surname_keys(names[0])]
    if kind == "person" and names:  # 'Barack Obama' after another article's 'Obama'
        return [*names, *("¶" + w for w in _bare_surnames(names[0]))]
    return list(names)


def _look_up(names, index: Mapping[str, str]) -> str | None:
    """The slug of the first of ``names`` the index has (also without a leading 'the', and spelt
    without accents: 'Jose Ramos' is the registry's 'José Ramos', and the other way round)."""
    for form in names:
        low = form.lower()
        found = index.get(low) or index.get(_THE_FIRST.sub("", low)) or index.get(folded(low))
        if found:
            return found
    return None


def by_given_name(
    kind: str, names: Sequence[str], index: Mapping[str, str], registry: Mapping[str, Actor]
) -> str | None:
    """A person named in full ('Mike Halvorsen') is the one person of the registry with that surname
    (``index``'s surname key) whose given name is the same or the same name said another way ('Michael
    Halvorsen': the given names and nicknames of the maintained ``nicknames`` dataset); else None."""
    words = names[0].split() if kind == "person" and names else []
    if len(words) < 2 or not words[0][:1].isupper() or re.fullmatch(TITLE_WORDS, words[0]):
        return None
    slug = index.get(_surname_key(names[0]), "")
    actor = registry.get(slug)
    theirs = actor.name.split() if actor is not None and actor.kind == "person" else []
    return slug if len(theirs) >= 2 and same_given_name(words[0], theirs[0]) else None


_TAIL = "†"  # the index key of the end of a person's name ('†lula da silva')


def name_tails(name: str) -> list[str]:
    """The ends of a person's name of three words or more that are names of two words or more, each
    from a capitalised word that is no initial and no title: 'Inácio Lula da Silva' and 'Lula da Silva'
    of 'Luiz Inácio Lula da Silva', 'Craig Fugate' of 'William Craig Fugate', 'Aung San Suu Kyi' of
    'Daw Aung San Suu Kyi'."""
    words = name.split()
    return [
        " ".join(words[i:])
        for i in range(1, len(words) - 1)
        if words[i][:1].isupper() and not words[i].endswith(".") and not re.fullmatch(TITLE_WORDS, words[i])
    ]


def by_name_tail(
    kind: str, names: Sequence[str], index: Mapping[str, str], registry: Mapping[str, Actor]
) -> str | None:
    """A person whose full name ends with the full name of one person of the registry ('William Craig
    Fugate' after 'Craig Fugate'), or is the end of one person's full name ('Lula da Silva' after 'Luiz
    Inácio Lula da Silva'): that person (a given name, a second family name or an honorific more or
    less); else None."""
    if kind != "person" or not names or len(names[0].split()) < 2 or office_alone(names[0]):
        return None
    keys = [folded(t.lower()) for t in name_tails(names[0])] + [_TAIL + folded(names[0].lower())]
    for key in keys:
        actor = registry.get(index.get(key, ""))
        if actor is not None and actor.kind == "person" and not actor.hidden and len(actor.name.split()) >= 2:
            return actor.slug
    return None


def folded(text: str) -> str:
    """``text`` without its accents and other combining marks ('josé' -> 'jose')."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _assign_slugs(
    cast: Cast, registry: Mapping[str, Actor], index: Mapping[str, str], holders: Mapping[str, str] | None = None
) -> tuple[dict[str, str], set[str]]:
    """Each actor of the cast -> its slug (``index``: the registry's ``name_index``; ``holders``: the
    person an office named alone is, ``office_holders``), and the actors the registry hides."""
    taken = set(registry)
    slugs: dict[str, str] = {}
    hidden: set[str] = set()
    for m in cast.actors():
        names = [*([holders[m.key]] if holders and m.key in holders else []), m.key, *m.names]
        named = [n for n in names if m.kind != "person" or not office_alone(n)]
        found = (
            _look_up(_lookup_names(m.kind, named or names), index)
            or by_given_name(m.kind, names, index, registry)
            or by_name_tail(m.kind, names, index, registry)
        )
        if found is not None and found in registry and titles_conflict(m.kind, m.key, m.forms, registry[found]):
            found = namesake_without_conflict(m.kind, m.key, m.forms, registry[found], registry)
        if found is not None and not named and found in registry and not office_alone(registry[found].name):
            found = None  # 'the President' of an article naming no president: not another article's president
        if found is not None and _a_peoples_state(m.kind, found, registry):
            found = None
        if found is not None and found in registry and _other_person(m.kind, names, registry[found]):
            found = None  # 'Jeb Bush' is not the 'Bush' of 'George W. Bush', nor 'Wang Yu' the 'Wang' of 'Wang Yi'
        if found is None:
            found = unique_slug(slugify(names[0]), taken)
        taken.add(found)
        slugs[m.key] = found
        if found in registry and registry[found].hidden:
            hidden.add(m.key)
    return slugs, hidden


def _a_peoples_state(kind: str, found: str, registry: Mapping[str, Actor]) -> bool:
    """Is the registry's ``found`` a country, looked up for a crowd (kind other) by a name that is also the
    country's alias: 'Greeks' who voted on Sunday are a people, not the state ('Greece', aliased 'Greeks')?"""
    return kind == "other" and found in registry and registry[found].kind == "country"


def _other_person(kind: str, names: Sequence[str], actor: Actor) -> bool:
    return given_names_conflict(kind, names, actor) or other_full_name(kind, names, actor)


def other_full_name(kind: str, names: Sequence[str], actor: Actor) -> bool:
    """Is a person named in full ('Wang Yu', ``names[0]``), met by one word of a name, another than the
    registry's person of another full name that opens with the same word and ends otherwise ('Wang Yi',
    'Kim Yo Jong' and 'Kim Jong Un')? Our full name among their names is one person."""
    ours = names[0].split() if kind == "person" and names else []
    theirs = actor.name.split() if actor.kind == "person" else []
    if len(ours) < 2 or len(theirs) < 2 or re.fullmatch(TITLE_WORDS, ours[0]):
        return False
    if folded(names[0].lower()) in {folded(f.lower()) for f in (actor.name, *actor.aliases)}:
        return False
    if set(ours) >= set(theirs) or set(theirs) >= set(ours):
        return False  # a word more or less ('Antony J. Blinken'): other rules judge those
    return ours[0] == theirs[0] and folded(ours[-1].lower()) != folded(theirs[-1].lower())


def given_names_conflict(kind: str, names: Sequence[str], actor: Actor) -> bool:
    """Is a person named in full ('Jeb Bush', ``names[0]``), met by their surname, another than the
    registry's person known by that one word ('Bush') whose full names, learnt from other articles,
    give other given names ('George W. Bush')? Two people of one surname: a given name (or a middle
    name) in common, one the other's nickname ('Mike', 'Michael') or spelt another way ('Sergey',
    'Sergei'), is one person; a name with a title or initials only says nothing."""
    if kind != "person" or actor.kind != "person" or not names or len(actor.name.split()) != 1:
        return False
    ours = given_names(names[0], actor.name)
    theirs = [g for form in actor.aliases if (g := given_names(form, actor.name))]
    return bool(ours and theirs) and not any(_one_given_name(a, b) for g in theirs for a in ours for b in g)


def _one_given_name(one: str, other: str) -> bool:
    """One given name, or one's nickname ('Mike', 'Michael'), or one name spelt two ways ('Sergey' and
    'Sergei', 'Mohammed' and 'Mohamed', 'Yulia' and 'Yuliya'): the same first two letters and the same
    consonants after them, doubled ones once (not 'Jane' and 'June', 'Dan' and 'Don'), and no other last
    vowel of a, e, o (not 'Maria' and 'Mario')."""
    if same_given_name(one, other):
        return True

    def consonants(name: str) -> str:
        low = folded(name.lower())
        return low[:2] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", low[2:]))

    a, b = folded(one.lower()), folded(other.lower())
    if a[-1:] != b[-1:] and a[-1:] in ("a", "e", "o") and b[-1:] in ("a", "e", "o"):
        return False  # 'Maria' and 'Mario', 'Carla' and 'Carlo': two names
    return len(a) > 2 and len(b) > 2 and consonants(one) == consonants(other)


_OFFICE_ALONE = re.compile(rf"(?:the )?(?:{TITLE_WORDS}|PM)", re.I)


def office_alone(name: str) -> bool:
    """Is ``name`` an office with no one's name ('the President', 'the Secretary of State')? Looked up
    in the registry, it would find whoever another article gave that office to, in any year: a person
    is looked up by their names, and an office named alone finds only an office named alone."""
    return _OFFICE_ALONE.fullmatch(name.strip()) is not None


# Who held an office from a day on (world knowledge). The White House and the State Department call the
# President 'the President' and the State Department its head 'the Secretary', without a name: the release's
# date names them.
_US_PRESIDENTS: tuple[tuple[str, str], ...] = (
    ("1981-01-20", "Ronald Reagan"),
    ("1989-01-20", "George H. W. Bush"),
    ("1993-01-20", "Bill Clinton"),
    ("2001-01-20", "George W. Bush"),
    ("2009-01-20", "Barack Obama"),
    ("2017-01-20", "Donald Trump"),
    ("2021-01-20", "Joe Biden"),
    ("2025-01-20", "Donald Trump"),
)
_US_SECRETARIES_OF_STATE: tuple[tuple[str, str], ...] = (
    ("1997-01-23", "Madeleine Albright"),
    ("2001-01-20", "Colin Powell"),
    ("2005-01-26", "Condoleezza Rice"),
    ("2009-01-21", "Hillary Clinton"),
    ("2013-02-01", "John Kerry"),
    ("2017-02-01", "Rex Tillerson"),
    ("2018-04-26", "Mike Pompeo"),
    ("2021-01-26", "Antony Blinken"),
    ("2025-01-21", "Marco Rubio"),
)
# Who published the article, by its outlet or its address
_WHITE_HOUSE = re.compile(r"\bWhite House\b|whitehouse\.(?:archives\.)?gov\b")
_STATE_DEPARTMENT = re.compile(r"\b(?:U\.S\.|United States) Department of State\b|(?:^|[/.])state\.gov\b")
# the office named alone -> (who must have published the article, who held the office when)
_OFFICES = (
    (re.compile(r"(?:the )?President", re.I), (_WHITE_HOUSE, _STATE_DEPARTMENT), _US_PRESIDENTS),
    (re.compile(r"(?:the )?Secretary(?: of State)?", re.I), (_STATE_DEPARTMENT,), _US_SECRETARIES_OF_STATE),
)


def office_holders(cast: Cast, seed: Seed) -> dict[str, str]:
    """The person of the cast named only by an office ('the President'; 'the Secretary' in the State
    Department's own words) in an article its government published (its outlet or its address says so: the
    White House, the State Department) -> who held that office on the article's date."""
    where = f"{seed.outlet} {seed.url}"
    offices = [(office, table) for office, by, table in _OFFICES if any(p.search(where) for p in by)]
    day = seed.date.isoformat()
    holders = {}
    for m in cast.actors() if offices else ():
        forms = [f.strip() for f in (m.key, *m.names)]
        for office, table in offices if m.kind == "person" else ():
            held = [name for start, name in table if start <= day]
            if held and all(office.fullmatch(f) for f in forms):
                holders[m.key] = held[-1]
    return holders


# The bodies of the European Union its own texts name by their head noun alone (world knowledge: in the
# Union's usage 'the Commission' is the European Commission and 'the Council' the Council of the European Union,
# the ministers' council, not the European Council of the heads of government).
_EU_BODIES = {"Commission": "European Commission", "Council": "Council of the European Union"}
_EU_NAMES = frozenset({"European Union", "European Commission", "European Parliament", "European Council"})


def eu_bodies(cast: Cast) -> dict[str, str]:
    """The organisation of the cast named only by an EU body's head noun ('the Commission', 'the Council') in
    an article that names the European Union or one of its bodies -> that body's name. Not when another
    organisation of the article ends with the noun ('the Security Council', 'the European Council'): the
    noun may be that one's, which the cast decides, nor when the body is named in full but kept apart."""
    keys = {m.key for m in cast.actors()}
    if not keys & _EU_NAMES:
        return {}
    bodies = {}
    for m in cast.actors():
        body = _EU_BODIES.get(m.key) if m.kind == "organization" else None
        if body and body not in keys and not any(k != m.key and k.split()[-1] == m.key for k in keys):
            bodies[m.key] = body
    return bodies


def _forms(m, holders: Mapping[str, str]) -> tuple[str, ...]:
    """The forms of a cast actor its found actor lists (and the registry learns), but the head noun alone
    of an EU body (an organisation's key in ``holders``, ``eu_bodies``): 'Commission' of another article is
    any commission."""
    if m.kind != "organization" or m.key not in holders:
        return tuple(m.forms)
    return tuple(f for f in m.forms if _THE_FIRST.sub("", f.lower()) != m.key.lower())


_HONORIFICS = r"(?:Miss|Madam|Sir|Dame|Lady|Lord|Baroness|Princess|Prof\.?)"


def _titles(forms, surname: str) -> set[str]:
    """The titles written before a surname in its forms ('President Biden' -> 'president', 'Dr.
    Biden' -> 'dr'); a first name between them is skipped ('Secretary John Kerry')."""
    pattern = _titles_before(surname)
    return {" ".join(t[1].replace(".", "").lower().split()) for f in forms for t in pattern.finditer(f)}


@lru_cache(maxsize=4096)
def _titles_before(surname: str) -> re.Pattern[str]:
    """``_titles``' pattern for ``surname``, compiled once a process. It holds all of ``TITLE_WORDS``
    (about 1 ms to compile) and the merge asks for it for each new person that meets one of the
    registry by one word of a name, in the build's main process: compiled at each call, the surnames
    coming back article after article fell out of ``re``'s own cache (512 patterns, the oldest dropped
    first) between their uses (1,000 raw bench articles: 364 compilations, 0.41 CPU s)."""
    return re.compile(rf"\b({TITLE_WORDS}|{_HONORIFICS})\s+(?:[A-Z][\w.'’-]*\s+)*{re.escape(surname)}\b")


_GENDERED = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "mrs": "f", "ms": "f", "miss": "f"}
_GENDERED |= {"madam": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f", "baroness": "f"}


def titles_conflict(kind: str, key: str, forms, actor: Actor) -> bool:
    """Is a person matched on one word of a name ('Biden') another than the registry's person of
    that name? Their honorifics give two genders ('Mr. Lee', 'Mrs. Lee'); or neither is known by
    more than that word and their titles share none ('President Biden', 'Dr. Biden': two people
    of one surname in two articles; an office can change, so a full name on one side joins)."""
    if kind != "person" or actor.kind != "person" or (" " in key and " " in actor.name):
        return False
    theirs = _titles((actor.name, *actor.aliases), actor.name.split()[-1])
    ours = _titles(forms, key.split()[-1])
    genders = {_GENDERED[t] for t in theirs | ours if t in _GENDERED}
    one_word = " " not in key and " " not in actor.name
    return len(genders) > 1 or (one_word and bool(theirs) and bool(ours) and not _titles_agree(theirs, ours))


def _titles_agree(theirs: set[str], ours: set[str]) -> bool:
    """One title in both, or one that is the other's first words before 'of' or 'for': 'Secretary Clinton'
    and 'Secretary of State Clinton' hold one office; 'Vice President Biden' and 'President Biden' do not,
    nor 'Secretary Okafor' and 'Secretary General Okafor'."""
    return any(a == b or _office_of(a, b) or _office_of(b, a) for a in theirs for b in ours)


def _office_of(longer: str, title: str) -> bool:
    return longer.startswith(title + " of ") or longer.startswith(title + " for ")


def namesake_without_conflict(kind: str, key: str, forms, actor: Actor, registry: Mapping[str, Actor]) -> str | None:
    """The registry's other person of ``actor``'s name (spelt the same, accents aside) whose titles do
    not conflict with ours (``titles_conflict``), the first by slug; else None. The name index keeps
    one slug a name: once 'Vice President Biden' of one article and 'President Biden' of another are
    two people of the registry, a third article's 'President Biden' is the second, not a third."""
    name = folded(actor.name.lower())
    return min(
        (
            s
            for s, other in registry.items()
            if other.kind == "person"
            and other is not actor
            and not other.hidden
            and folded(other.name.lower()) == name
            and not titles_conflict(kind, key, forms, other)
        ),
        default=None,
    )


def _name(m, registry, slugs) -> str:
    a = registry.get(slugs[m.key])
    return a.name if a else m.key


def _kind(m, registry, slugs) -> str:
    a = registry.get(slugs[m.key])
    return a.kind if a else m.kind
