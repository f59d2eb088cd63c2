"""Place-specific rules of the cast: how a mention shows that a name is where something is.

Kept apart from the actor rules of ``aliases.py`` and ``people.py``; ``aliases.build_cast`` and
``cast.Cast.place_names`` call them, and ``pipeline`` takes the article's places from ``where``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from generator.annotate import gazetteer as gz
from generator.annotate.nlp import text_of

if TYPE_CHECKING:
    from generator.annotate.cast import Cast


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported on first use: importing spaCy takes about 2 s, and
    ``cast.py`` (which imports this module) must stay cheap to import."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def country_noun(e, tok=None) -> bool:
    """'the UK', 'the US's', 'into the UK.', 'confidence in the UK soared': a country's short name used
    as a noun (an article before it; no noun after it, or, parsed (``tok``, its governing token), no
    modifier of a noun), not as an adjective ('the UK government', 'U.S. funds')."""
    doc = e.doc
    if e.start == 0 or doc[e.start - 1].lower_ != "the" or e.text.lower().startswith("the "):
        return False
    if tok is not None:
        return tok.dep_ not in _MODIFIER
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in _stop_words() or nxt.lower_ in ("'s", "’s", "'", "’")


_MODIFIER = frozenset("compound amod nmod".split())


# prepositions after which a name is where something is, whatever follows it
_IN = frozenset("in at near across throughout within".split())


def after_place_preposition(e) -> bool:
    """'the meeting on Libya in Brussels Prime Minister David Cameron said': a name right after 'in',
    'at', 'near', 'across', 'throughout' or 'within' (and 'the') is where something is, though a title
    follows it with no comma between (a title's own place has no preposition: 'Brussels Mayor X')."""
    i = e.start - 1
    if i >= 0 and e.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and e.doc[i].lower_ in _IN


def town_after_preposition(e, text: str) -> bool:
    """'a pilot plant in Grangemouth', 'the staging area in Muzaffarabad': a town or region the model
    tagged as a place (GPE), right after a preposition of place and no possessive after it, is that
    place, though a person of the article has the word in their name (a programme misread as a
    person, 'Greener Grangemouth'; a spelling taken for a variant of a name). Not a country (its own
    rules) nor a word English knows."""
    nxt = e.doc[e.end].lower_ if e.end < len(e.doc) else ""
    return (
        e.label_ == "GPE"
        and after_place_preposition(e)
        and nxt not in ("'s", "’s", "'", "’")
        and not gz.country_of(text)
        and _town_or_region(text)
    )


def _town_or_region(name: str) -> bool:
    """A known town (GeoNames) or first-level region (ISO 3166-2) whose name is no English word."""
    return (gz.is_city(name) or gz.is_region(name)) and not _english_word(name)


def located_in(tok) -> bool:
    """'business confidence in the UK soared': the object of 'in', 'at', 'across', 'throughout' or
    'within', read from the parse, no modifier of a noun, is where (the word window of
    ``aliases._is_locative`` takes 'UK soared' for an adjective and its noun). ``tok``: the governing token."""
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "across", "throughout", "within")


# 'Santiago, Chile', 'Kennebunkport, Maine', 'Washington, DC': a one-word town, a comma, a region of one or two
# words or a district's code, then the heading's end or a date, a comma before it or not ('Santiago, Chile March
# 11, 2006'; 'Washington, DC, June 1, 2000'; '8:36 A.M.' on the next line)
_PLACE_LINE = re.compile(
    r"(?<![\w'’.-])(?P<town>[A-Z][\w'’.-]+), (?P<region>[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|D\.C\.|DC)"
    r"(?=,? (?:" + "|".join(gz.MONTHS) + r") \d|$)"
)


def header_places(text: str) -> list[tuple[int, str, str]]:
    """The place line of a heading ('Secretary Condoleezza Rice / Santiago, Chile / March 11, 2006',
    joined into one heading): where the remarks were given. (start, town, region) where the region
    is a country or a US state, and the town a known city or, before a US state, a word English does
    not know ('Kennebunkport', not 'Headquarters'); a known town and a district's code are one place, the
    region '' ('Washington, DC')."""
    out = []
    for m in _PLACE_LINE.finditer(text):
        region = m["region"]
        if gz.us_district(region):
            if gz.is_city(m["town"]):
                out.append((m.start(), f"{m['town']}, {region}", ""))
            continue
        state = gz.us_state(region) or (region.rstrip(".") if region.rstrip(".") in gz.us_state_names() else None)
        country = gz.country_of(region)
        if (state or country) and (gz.is_city(m["town"]) or state and not _english_word(m["town"])):
            out.append((m.start(), m["town"], state or country or region))
    return out


def place_lines(cast, docs, kinds: list[str]) -> None:
    """The place lines of the headings (``header_places``): where the text was given, each town and
    region a place of ``cast``, and ``located`` (a place whether or not it acts)."""
    for b in (b for b, k in enumerate(kinds) if k == "heading"):
        for start, town, region in header_places(text_of(docs[b])):
            cast.place(town, b, start)
            cast.located.add(town)
            if region:  # none after 'Washington, DC': one place
                cast.place(region, b, start + len(town))
                cast.located.add(region)


# the compass words (a closed class); the compounds name a region alone ('the Midwest', 'the Southwest')
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower".split())
_COMPASS_REGIONS = frozenset(
    f"{a}{b}{c}" for a in ("north", "south", "mid") for b in ("east", "west") for c in ("", "ern")
) - {"mideastern"}


# nouns of a stretch of land or a route, after a compass word ('the Western Hemisphere', 'the West Coast')
_LAND_NOUNS = frozenset(w.lower() for w in gz.GEO_WORDS) | frozenset(
    "hemisphere coast seaboard shore border frontier borderlands interior way trail zone rift".split()
)


def compass_region(name: str) -> bool:
    """'the Midwest', 'the Western Hemisphere', 'Central Asia', 'South Wales': a region named by its
    direction, though its words are common English words: its last word names land or a route, or is
    no English word (a region's name), or the words after the compass word are a known place; not
    the compass words alone ('North East' before 'Japan'), nor a body named by its rank or seat ('the
    Central Bank', 'the Upper House', 'Central Command')."""
    words = name.lower().split()
    if len(words) == 1:
        return words[0] in _COMPASS_REGIONS
    if all(w in _COMPASS or w in _COMPASS_REGIONS for w in words):
        return False
    last, rest = name.split()[-1], name.split(None, 1)[1]
    return (words[0] in _COMPASS or words[0] in _COMPASS_REGIONS) and (
        words[-1] in _LAND_NOUNS or not _english_word(last) or known_place(rest)
    )


def known_place(name: str) -> bool:
    """Does the world know the name as a country, a first-level region or continent, a place of the
    gazetteer or a city whose name is no English word ('Wales', 'New Jersey', 'Ukraine', 'London';
    not 'Bank' or 'Command', towns somewhere too)?"""
    if gz.country_of(name) or gz.is_region(name) or name in gz.PLACES:
        return True
    return gz.is_city(name) and not all(_english_word(w) for w in name.split())


def _english_word(word: str) -> bool:
    """'Headquarters' ('NASA Headquarters, Washington'): a word English knows, no town's own name."""
    from generator.annotate.lemmas import getAllLemmas

    return bool(getAllLemmas(word.lower()))


# academic and professional degrees written after a name (a closed class), dots optional
_DEGREE = re.compile(r"(?:M\.?D|Ph\.?D|M\.?P\.?H|Dr\.?P\.?H|D\.?O|R\.?N|M\.?B\.?A|J\.?D|M\.?S|M\.?A|B\.?A|B\.?S)\.?")


def degree_after_name(e) -> bool:
    """'Tom Frieden, M.D., M.P.H.': a degree written after a person's name and a comma (or after
    another such degree), which the model may take for a place; not a US state's code after a town
    ('Baltimore, MD', 'Boston, MA')."""
    doc = e.doc
    if not _DEGREE.fullmatch(e.text.strip()):
        return False
    i = e.start
    while i >= 2 and doc[i - 1].text == "," and doc[i - 1].whitespace_:
        before = doc[i - 2]
        if before.ent_type_ == "PERSON":
            return True
        if not _DEGREE.fullmatch(before.text):
            return False
        i -= 2
    return False


# nouns of a part of a town or a land after its name ('the Wynwood neighborhood of Miami')
_AREA_AFTER = frozenset("neighborhood neighbourhood district suburb area region province county village town".split())


def _unknown_word(word: str) -> bool:
    """'Teahupo'o', 'Wynwood': a capitalised word English does not know, neither an acronym nor a
    known organisation or outlet (a town's own name, when the model took it for a person or a body)."""
    return (
        not word.isupper()
        and word[:1].isupper()
        and word not in gz.ORGS
        and not gz.is_outlet(word)
        and not _english_word(word)
    )


def unknown_after_in(e) -> bool:
    """'a ride in Teahupo'o, Tahiti', 'in the Wynwood neighborhood': one word English does not know,
    taken for a person or a body, after 'in' or 'near' and heading its phrase (punctuation, a stop
    word or an area's noun after it), is a place; not an acronym, a known organisation or an outlet."""
    if e.label_ not in ("PERSON", "ORG", "PRODUCT") or len(e) != 1 or e.start == 0:
        return False
    word = e.text
    if not _unknown_word(word):
        return False
    doc = e.doc
    i = e.start - 1 - (doc[e.start - 1].lower_ == "the" and e.start > 1)
    nxt = doc[e.end] if e.end < len(doc) else None
    stops = _stop_words()
    heads = nxt is None or (nxt.is_punct and nxt.text != "-") or nxt.lower_ in stops or nxt.lower_ in _AREA_AFTER
    return doc[i].lower_ in ("in", "near") and heads and (nxt is None or nxt.lower_ not in ("'s", "’s"))


def unknown_after_a_place(place, e) -> bool:
    """'in Teahupo'o, Tahiti, the site of ...': one word English does not know, taken for a person or
    a body, right after a place (GPE, LOC) and a comma and before punctuation, is the larger place."""
    if place.label_ not in ("GPE", "LOC") or e.label_ not in ("PERSON", "ORG") or len(e) != 1:
        return False
    doc, word = e.doc, e.text
    if place.doc is not doc or text_of(doc)[place.end_char : e.start_char] != ", ":
        return False
    if not _unknown_word(word):
        return False
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is None or (nxt.is_punct and nxt.text not in ("-", "'s", "’s")) or nxt.lower_ in ("and", "or")


# a name between list commas ('in Chillan, Talca, Concepcion') or last in a list ('... and Worcestershire'):
# one capitalised word, no other after it ('and Amol Chauhan' is a person's name)
_LISTED = re.compile(r"(?:(?<=, )|(?<=, and )|(?<= and )|(?<=, or )|(?<= or ))[A-Z][\w'’-]+(?![\w'’-]| [A-Z\d])")
# _LISTED without what comes before the word: each of its matches is one of these (a word inside which no other
# starts, so none hides another), and a third as costly to search for; _listed keeps those _LISTED would find
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+(?![\w'’-]| [A-Z\d])")


def _listed(text: str) -> list:
    r"""``_LISTED.finditer(text)``, the same matches: ``_CAPITALISED``'s after a list's comma or 'and' or 'or' (its
    matches are those of ``(?<= )[A-Z][\w'’-]+(?![\w'’-]| [A-Z\d])`` and those of a word that starts after no
    space; 498 blocks of the 80 real texts: by that pattern 2.8 ms of CPU a pass, by _CAPITALISED 1.9 ms)."""
    return [m for m in _CAPITALISED.finditer(text) if text.endswith((", ", " and ", " or "), 0, m.start())]


def untagged_listed_towns(ents: list) -> list[tuple[int, int, str]]:
    """'felt in Chillan, Talca, Concepcion', 'counties such as Shropshire, Gloucestershire and
    Worcestershire': a town or region in a list, next to a place the model tagged (GPE, LOC) or to
    one this rule found, with only a comma or 'and' between, that the model left untagged or took
    for a person, a body or a date (the word alone): (block, start, name) when the name is a known
    city's (GeoNames) or first-level region's (ISO 3166-2) and no English word."""
    by_block: dict[int, list] = {}
    for b, e in ents:
        by_block.setdefault(b, []).append(e)
    out = []
    for b, es in by_block.items():
        text = text_of(es[0].doc)
        taken = [(e.start_char, e.end_char) for e in es if e.label_ not in _MISTAKEN or len(e) > 1]
        places = [(e.start_char, e.end_char) for e in es if e.label_ in ("GPE", "LOC")]
        for m in _listed(text):
            if any(s < m.end() and m.start() < t for s, t in taken):
                continue
            before = any(re.fullmatch(r",? (?:and|or) |, ", text[t : m.start()]) for _, t in places)
            after = any(re.fullmatch(r",? (?:and|or) |, ", text[m.end() : s]) for s, _ in places)
            if (before or after) and _town_or_region(m[0]):
                out.append((b, m.start(), m[0]))
                places.append(m.span())
    return out


# the labels the model gives a town or a region it does not know as such (one word)
_MISTAKEN = frozenset("PERSON ORG DATE".split())


def venue_in_heading(cast, docs, key: str) -> tuple[int, int] | None:
    """'Press Briefing by ... in the Pentagon Briefing Room', 'Cape Arundel Golf Course': a building's
    name (its last word a building's noun) in a heading is where it was given; (block, start) of that
    mention. Not after a comma ('Science Mission Directorate, NASA Headquarters': an address inside a
    title)."""
    if key.split()[-1] not in gz.BUILDING_WORDS:
        return None
    for x in cast.mentions:
        if x.key == key and not text_of(docs[x.block])[: x.start].rstrip().endswith(","):
            return x.block, x.start
    return None


def capital_as_city(tok) -> bool:
    """'missile strikes against Kyiv', 'the people of Santiago': a capital that is not the subject or
    agent of a verb, no possessor and no partner ('talks with Moscow') is the city, not its country's
    government standing for it. ``tok``: the mention's governing token (None: no parse)."""
    if tok is None or tok.dep_ in ("nsubj", "nsubjpass", "csubj", "poss", "dative", "appos"):
        return False
    if tok.dep_ == "pobj" and (tok.head.lower_ in ("with", "between", "by", "from") or tok.head.dep_ == "agent"):
        return False
    return tok.dep_ in ("pobj", "dobj", "conj")


# verbs of sending or going somewhere (lemmas): what they move goes to a place
_MOTION_VERBS = frozenset(
    "send deploy dispatch bring carry ship deliver fly travel go come return move head evacuate airlift".split()
)


# verbs whose object is a place left, entered or crossed, or struck by a disaster (lemmas)
_PLACE_OBJECT = frozenset(
    "leave enter reach cross exit flee visit tour strike hit rock lash batter ravage devastate".split()
)


def goal_of_motion(tok, aid: frozenset[str] | set[str] = frozenset()) -> bool:
    """'has sent 60 specialists and rescue equipment to Morocco', 'brought heavy rain to the Philippines':
    the object of 'to'/'into' after a verb of sending or going, read from the parse, is where they go;
    not where what is sent is help ('deliver support to Israel': ``aid``, the nouns of help), which
    goes to someone; and the object of a verb of leaving, entering, crossing or visiting, or of a
    disaster's striking ('shipments leave Ukraine', 'the earthquake struck Japan'). ``tok``: the
    mention's governing token (None: no parse)."""
    from generator.annotate.lemmas import getAllLemmas

    if tok is not None and tok.dep_ == "dobj" and set(getAllLemmas(tok.head.lower_).get("VERB", ())) & _PLACE_OBJECT:
        return not _left_in_a_state(tok)  # 'grain shipments leave Ukraine', 'the earthquake struck Japan'
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "into", "towards", "toward"):
        return False
    if tok.head.i + 1 < len(tok.doc) and tok.doc[tok.head.i + 1].i < tok.left_edge.i:
        return False  # 'to support Israel': words between the preposition and the name (a verb)
    for anc in tok.head.ancestors:  # up to the verb of the clause ('sent ... dogs and equipment to')
        if set(getAllLemmas(anc.lower_).get("VERB", ())) & _MOTION_VERBS:
            sent = {c.lower_ for c in anc.children if c.dep_ == "dobj"} | {tok.head.head.lower_}
            return not sent & aid
        if anc.dep_ in _CLAUSES:
            return False
    return False


_CLAUSES = frozenset("ROOT ccomp xcomp advcl relcl acl csubj pcomp".split())


def _left_in_a_state(tok) -> bool:
    """'leaving Ukraine in the cold and the dark', 'left the country without power': 'leave' with a
    complement after its object makes the object stay in a state; nobody goes anywhere."""
    verb = tok.head
    return verb.lower_.startswith(("leav", "left")) and any(
        c.i > tok.i and (c.dep_ in ("oprd", "acomp", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("in", "without")))
        for c in verb.children
    )


# nouns of an illness, its agent or its cases, after the illness's name ('the Ebola virus', 'a Zika outbreak',
# 'Ebola patients')
_ILLNESS_NOUNS = frozenset(
    "virus viruses outbreak outbreaks epidemic epidemics pandemic disease diseases fever infection infections "
    "vaccine vaccines strain strains case cases patient patients treatment treatments symptoms".split()
)


# what is said of someone ill or of the spread of an illness, right before its name ('diagnosed with Ebola',
# 'tested positive for Zika', 'new cases of Ebola')
_ILLNESS_BEFORE = re.compile(
    r"(?:\b(?:diagnosed|infected|sick|ill|stricken) with|\b(?:positive|negative|tested|testing|screened|screening) "
    r"for|\b(?:cases?|outbreaks?|epidemics?|symptoms|spread|transmission) of)\s+$"
)


def illness_names(names, texts: list[str]) -> set[str]:
    """'the Ebola virus', 'the Ebola outbreak', 'a Zika vaccine', 'diagnosed with Ebola', 'new cases of
    Zika': a one-word name, no acronym, the world does not know as a place (``known_place``) that the
    text writes before a noun of an illness or its agent (in lower case: no part of a name, 'the Ebola
    Response Team'), or after what is said of someone ill or of an illness's spread (``_ILLNESS_BEFORE``),
    names the illness, a thing, though the model may tag it as a place ('a patient with Ebola in Dallas')."""
    out = set()
    for name in names:
        if " " in name or not name[:1].isupper() or name.isupper() or known_place(name):
            continue  # not an acronym: 'CDC vaccine advisers' are a body's
        held = [t for t in texts if name in t]  # a text without the name: no pattern to run
        if held and any(
            m[1] in _ILLNESS_NOUNS or _ILLNESS_BEFORE.search(t[max(0, m.start() - 40) : m.start()])
            for t in held
            for m in _word_after(name).finditer(t)
        ):
            out.add(name)
    return out


@functools.lru_cache(maxsize=2048)
def _word_after(name: str) -> re.Pattern[str]:
    """The name standing alone and the word after it, if any (compiled once a process: names come back)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?:\s+(\w+)|(?=\W|$))")


def unknown_acronym(name: str) -> bool:
    """'MODIS' ('the Moderate Resolution Imaging Spectroradiometer (MODIS)'): a word of four capitals
    or more that names no country, region or city the world knows is an acronym of an instrument, a
    body or a programme, no place (a place's own name is not written in capitals in running text;
    'UAE', 'USA' are countries); a known place written in capitals ('BAGHDAD' in a heading) is one."""
    bare = name.replace(".", "")
    if len(bare) < 4 or not bare.isalpha() or not bare.isupper() or " " in name:
        return False
    return not (known_place(name) or known_place(name.title()) or gz.us_county(name.title()))  # 'BAGHDAD'


# nouns of a work or a natural feature written in lower case after its name ('the Foss barrier', 'the Nord
# Stream pipelines', 'the Tham Luang cave'): the name and the noun are one place
_WORKS_AFTER = frozenset(
    "barrier barriers dam dams bridge canal pipeline pipelines crossing airport airfield harbour harbor mine "
    "refinery cave caves river lake valley glacier volcano crater reef bay strait desert forest".split()
)


# 'the', or a preposition of place with no article ('trapped in Tham Luang cave', 'a landing at Congonhas airport')
_WORK_BEFORE = frozenset("the in at near into inside outside off".split())


def named_work(e) -> str | None:
    """'delivering generators to the Foss barrier', 'the sabotage of the Nord Stream pipelines': a name
    after 'the' and before a lower-case noun of a work or a natural feature is that place's name, the
    noun part of it ('Foss barrier'), whatever the model took the name for (a person, a body, a
    place); not an acronym or a known organisation ('the RAF airfield': RAF stays a body), nor a place
    the world knows by the name alone ('the Mississippi river' stays 'Mississippi')."""
    doc = e.doc
    if e.end >= len(doc):
        return None
    nxt, text = doc[e.end], text_of(doc)[e.start_char : e.end_char]
    if text.lower().startswith("the "):
        text = text[4:]  # 'The Foss' opening a block: its 'the' is the entity's own
    elif e.start == 0 or doc[e.start - 1].lower_ not in _WORK_BEFORE:
        return None
    if nxt.text not in _WORKS_AFTER or not text[:1].isupper() or known_place(text) or text in gz.ORGS:
        return None
    if any(w.replace(".", "").isupper() and len(w) > 1 for w in text.split()):
        return None
    return f"{text} {nxt.text}"


# a capitalised word right after a preposition of place or of going ('stationed in Angol', 'traveling to Angol')
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ii]nto|[Ff]rom|[Aa]cross|[Oo]utside|[Tt]owards?) "
    r"([A-Z][\w'’-]+)(?![\w'’-]| [A-Z\d])"
)
# _AFTER_PREPOSITION's capitalised word (_CAPITALISED) is looked for first, a capital being what re scans for
_PREPOSITIONS = tuple(
    f"{w} " for p in "in at near to into from across outside toward towards".split() for w in (p.title(), p)
)
_WORD_CHAR = re.compile(r"[\w'’-]")


def _after_preposition(text: str) -> list[tuple[int, int, str]]:
    r"""The capitalised words ``_AFTER_PREPOSITION`` finds in ``text`` (group 1: start, end, word), the same ones:
    a word it finds is one ``_CAPITALISED`` finds, after a space and a preposition with no word character before
    it (a preposition is no such word, as ``(?! [A-Z\d])`` says, so no two of its matches overlap). 498 blocks of
    the 80 real texts: _AFTER_PREPOSITION 4.2 ms of CPU a pass, this 2.4 ms."""
    out = []
    for m in _CAPITALISED.finditer(text):
        s = m.start()
        if text.endswith(_PREPOSITIONS, 0, s) and any(
            text.endswith(p, 0, s) and (s == len(p) or not _WORD_CHAR.match(text, s - len(p) - 1))
            for p in _PREPOSITIONS
        ):
            out.append((s, m.end(), m[0]))
    return out


# the model's labels of dates, times and numbers: no name's
_NUMERIC = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())


def untagged_towns_after_preposition(docs, ents: list) -> list[tuple[int, int, str]]:
    """'a liaison officer is stationed in Angol', 'is also traveling to Angol': a town or region the
    model left untagged, right after a preposition of place or of going: (block, start, name) when
    the name is a known city's (GeoNames) or first-level region's (ISO 3166-2), no English word, and
    no other capitalised word follows it (no longer name: 'in Angol Province' is the model's to find). A
    name the model took for a date or a number ('from Xai-Xai to Beira' read as a date) is untagged so."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for b, e in ents:
        if e.label_ not in _NUMERIC:
            taken.setdefault(b, []).append((e.start_char, e.end_char))
    out = []
    for b, doc in enumerate(docs):
        text = text_of(doc)
        for s, t, name in _after_preposition(text):
            if any(x < t and s < y for x, y in taken.get(b, ())):
                continue
            if _town_or_region(name) and not gz.country_of(name):
                out.append((b, s, name))
    return out


# a lower-case compass adjective before a place's name ('the central U.S.', 'the northeastern United States')
_COMPASS_BEFORE = re.compile(
    r"\b((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern|central) "
    r"((?:[A-Z]\.){2,}|[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
)


def compass_parts(text: str) -> list[tuple[int, str]]:
    """'in the central U.S.', 'parts of the northeastern United States', 'central Mexico': a part of a
    known country or region named by a lower-case compass word before its name: (start, 'central
    U.S.'), with the longest run of the capitalised words that is a country's or a region's name. Not
    after a possessive or before an area's noun ("Brazil's southeastern Sao Paulo state": the compass
    word says where the whole state lies), nor before the capitalised noun of an area that ends the region's
    longer name ('southern Bayelsa State'). A one-word name after an '-ern' word is
    ``aliases._DIRECTION``'s."""
    out: list[tuple[int, str]] = []
    if "ern " not in text and "central " not in text:
        return out  # every match of _COMPASS_BEFORE holds one
    for m in _COMPASS_BEFORE.finditer(text):
        words = m[2].split()
        if len(words) == 1 and m[1] != "central" and not m[2].endswith("."):
            continue
        before, after = text[: m.start()].split()[-1:], text[m.end() :].split()[:1]
        possessive = bool(before) and before[0].endswith(("'s", "’s"))
        if possessive or (after and after[0].strip(".,;:") in _AREA_AFTER | {"state"}):
            continue  # "Brazil's southeastern Sao Paulo state": where the state lies, the whole state
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if gz.country_of(name) or gz.is_region(name):
                if n < len(words) and (words[n] == "State" or words[n] in gz.GEO_WORDS):
                    break  # 'southern Bayelsa State': where the whole state lies, its name the longer one
                out.append((m.start(), f"{m[1]} {name}"))
                break
    return out


def _body_noun(word: str) -> bool:
    """'Schools', 'Departments', 'Office', "Sheriff's Office": the last word of a body's name (people's closed
    list of them, ``people.ORG_WORDS``), singular or plural."""
    from generator.annotate.lemmas import getAllLemmas
    from generator.annotate.people import ORG_WORDS  # people.py imports this module

    word = re.sub(r"['’]s$", "", word)
    return word in ORG_WORDS or any(n.capitalize() in ORG_WORDS for n in getAllLemmas(word.lower()).get("NOUN", ()))


# capitalised words after a name, or 'and'/'or' or a comma and more of them ('Fairfax and Los Angeles County ...')
_REST = re.compile(r"(?:,| and| or)?(?: [A-Z][\w'’&-]*)+")


def _alone(name: str, text: str) -> list[tuple[int, str]]:
    """Where the name stands alone in the text (no letter, apostrophe or hyphen on either side, a
    possessive after it allowed), each with the capitalised words after it (``_REST``, '' for none): the
    name a body's, when the last is a body's noun."""
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        before, after = text[at - 1 : at], text[end : end + 2]
        if not (before and (before.isalnum() or before in "_'’-")) and (
            not after[:1] or not (after[:1].isalnum() or after[:1] in "_'’-") or after in ("'s", "’s")
        ):
            rest = _REST.match(text, end)
            out.append((at, rest[0] if rest else ""))
        at = text.find(name, at + 1)
    return out


def name_parts(places: list[str], texts: list[str], bodies: tuple[str, ...] = ()) -> set[str]:
    """'Pacific' of 'Pacific Rim', 'Mediterranean' of 'the eastern Mediterranean' beside 'Eastern Mediterranean',
    'Chicago Public Schools', 'Fairfax and Los Angeles County Fire Departments': a place's name the article
    never writes alone, but only inside a longer place of the article (whatever the case of its other
    words), the opening words of the name of one of its ``bodies`` ('The Pacific Tsunami Warning
    Center') or of a body's name (capitalised words after it, the last a body's noun, ``_body_noun``),
    is a part of those names, no place of its own. A name the text does not write as such ('Maryland'
    from 'Md.') stays, and so does a country, but when written only inside longer places of capitalised
    names ('Niger' of 'the Niger Delta'; named only in 'the central Philippines', it is the country's part
    that is named)."""
    out = set()
    for name in places:
        if gz.country_of(name):  # a country's part ('central Philippines'): its own; 'Niger' of 'Niger Delta' no place
            longer = [p for p in places if p != name and p[:1].isupper() and _alone(name, p)]
            hits = [(t, at, rest) for t in texts if name in t for at, rest in _alone(name, t)]
            if longer and hits and all(_inside(t, at, name, longer) for t, at, _ in hits):
                out.add(name)
            continue
        longer = [p for p in places if p != name and _alone(name, p)]
        longer += [b for b in bodies if b.removeprefix("The ").removeprefix("the ").startswith(name + " ")]
        hits = [(t, at, rest) for t in texts if name in t for at, rest in _alone(name, t)]
        if hits and all(
            _inside(t, at, name, longer) or _opens_body(rest) or _in_an_agreement(t, at, name) for t, at, rest in hits
        ):
            out.add(name)
    return out


# the head nouns of a text that binds or declares (a closed class), named after a place ('the Paris Agreement',
# 'the Treaty of Lisbon', 'the Geneva Conventions'): the place is where it was signed, not where the news is
_AGREEMENTS = (
    "treaty|treaties|agreement|agreements|accord|accords|pact|protocol|convention|conventions|charter|declaration"
)
_AGREEMENT_AFTER = re.compile(
    rf"(?: [A-Z][\w'’-]*)* (?i:{_AGREEMENTS})\b(?! [A-Z])"
)  # not 'the Geneva Convention Centre'
_AGREEMENT_BEFORE = re.compile(rf"\b(?i:{_AGREEMENTS}) of (?:the )?$")


def _in_an_agreement(text: str, start: int, name: str) -> bool:
    """'the Treaty of Lisbon', 'the Kyoto Protocol', 'the Good Friday Agreement', 'the Minsk agreement'
    (capitalised words between allowed): is the name written at ``start`` part of the name of a
    treaty, an accord or a declaration?"""
    end = start + len(name)
    return bool(_AGREEMENT_AFTER.match(text, end)) or bool(_AGREEMENT_BEFORE.search(text[max(0, start - 30) : start]))


def _inside(text: str, start: int, name: str, longer: list[str]) -> bool:
    """Is the name written at ``start`` a part of one of the ``longer`` places, whatever their case?"""
    for other in longer:
        at = start - other.index(name)
        if at >= 0 and text[at : at + len(other)].lower() == other.lower():
            return True
    return False


def _opens_body(rest: str) -> bool:
    """Do the capitalised words after a name (``_alone``) end a body's name?"""
    return bool(rest) and _body_noun(rest.split()[-1]) and _shared(rest)


def _shared(rest: str) -> bool:
    """A body's noun after 'and', 'or' or a comma is the two names' only when it is plural ('Fairfax and
    Los Angeles County Fire Departments')."""
    if not rest.startswith((",", " and", " or")):
        return True
    from generator.annotate.lemmas import getAllLemmas

    last = rest.split()[-1]
    return last.lower() not in getAllLemmas(last.lower()).get("NOUN", (last.lower(),))


@functools.cache
def _title_of_a_place() -> re.Pattern[str]:
    """A title, 'of' or 'for' and a name, then a comma, ending right before a name ('the Prime Minister
    of Sweden, ', 'the Secretary of State of the United States of America, ')."""
    from generator.annotate.cast import TITLE_WORDS  # cast.py imports this module

    name = r"[A-Z][\w.'’-]*(?: (?:of|and|the|[A-Z][\w.'’-]*))*"
    return re.compile(rf"\b{TITLE_WORDS} (?:of|for) (?:the )?{name}, $")


def title_holders(places: list[str], texts: list[str]) -> set[str]:
    """'the Prime Minister of Sweden, Ulf Kristersson, for the Presidency', 'the Secretary of State of the
    United States of America, Antony Blinken, in Ankara': a name of two or three capitalised words the
    world does not know as a place (``known_place``), written only after a title of a place and a
    comma, is the title holder's, though the model read it as one more place of a list."""
    out = set()
    for name in places:
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or known_place(name):
            continue
        hits = [(t, at) for t in texts if name in t for at, _ in _alone(name, t)]
        if hits and all(_title_of_a_place().search(t[max(0, at - 120) : at]) for t, at in hits):
            out.add(name)
    return out


def where(cast: Cast, docs) -> list[str]:
    """The places of ``cast`` (``cast.Cast.place_names``) without those only named inside a longer name
    (``name_parts``), a place's or one of its organisations', and the names of title holders the model
    read as places (``title_holders``), a person's name (``people_named``, ``marked_people``) or a
    group's (``group_names``), nor a compass word before a demonym (``compass_demonym``), nor a country's
    part when the country is named only there (``_part_of_a_country_named_so_only``), nor a likeness
    (``compared_to``) or a person's country (``nationalities``); a name the model's
    tokens cut at an apostrophe made whole (``_run_on``); with the rooms things happen in
    (``named_rooms``), the places named after a noun of their kind (``named_by_kind``), the venues
    (``named_venues``) and the facilities named before a lower-case noun of their kind
    (``named_facilities``, which a name written only inside one is part of) and the hosts of games
    (``host_cities``), none the opening words of a place already there nor the end of one ('Africa' of
    'the west coast of Africa')."""
    names = cast.place_names()
    bodies = tuple(f for m in cast.members.values() if m.kind == "organization" for f in (m.key, *m.forms))
    texts = [text_of(d) for d in docs]
    facilities = named_facilities(texts)
    parts = name_parts(names + facilities, texts, bodies) | title_holders(names, texts)
    one_word = frozenset(m.key for m in cast.members.values() if m.kind == "person" and " " not in m.key)
    parts |= people_named(names, texts, _full_names(cast), cast.located, one_word)
    parts |= owned_countries(cast, names, texts) | marked_people(names, texts) | group_names(names, texts)
    parts |= compared_to(names, texts) | nationalities(cast, names, texts)
    parts -= cast.located  # where the text was given (a dateline, a heading's place line): no part of a name
    out = [n for n in names if n not in parts and not compass_demonym(n) and not abstract_head(n) and not _title(n)]
    out = _run_on(out, texts)
    out = _shared_heads(out, texts)
    out = [n for n in out if not _part_of_a_country_named_so_only(n, out, texts)]
    out += countries_of_towns(cast, out)
    have = {n.lower().replace("’", "'") for n in out}
    venues = [v for v in named_venues(texts) if not any(p.endswith(" " + v) for p in out)]  # not 'the Naval Base'
    for name in named_rooms(texts) + named_by_kind(texts) + venues + facilities + host_cities(texts):
        if name.lower().replace("’", "'") in have or any(p.endswith(" of " + name) for p in out):
            continue  # 'Africa' of 'the west coast of Africa', a place already
        if not _cut_short(name, out):
            out.append(name)
            have.add(name.lower().replace("’", "'"))
    return out


def countries_of_towns(cast: Cast, places: list[str]) -> list[str]:
    """'Israel has the highest density of start-ups ... thriving in Jerusalem, Tel Aviv and Haifa': a country
    that acts is a place too when a town of it other than its capital (which stands for its government as often)
    is a place of the story (world knowledge: GeoNames' most populous town of the name; no country's or region's
    name, nor one of English words only: 'Peru', 'Pacific', towns of the US too); named as a country at least
    once (``cast.names_country``)."""
    from generator.annotate.cast import names_country

    towns = [p for p in places if not (gz.country_of(p) or gz.is_region(p) or all(_english_word(w) for w in p.split()))]
    out = []
    for m in cast.members.values():
        if m.kind != "country" or m.key in places or not names_country(m, cast.country_nouns):
            continue
        if any(gz.country_of_city(p) == m.key and gz.capital_of(p) != m.key for p in towns):
            out.append(m.key)
    return out


def nationalities(cast: Cast, names: list[str], texts: list[str]) -> set[str]:
    """'South Africa's Ana Lobo is close to her dream', 'with Ana Lobo of France winning gold': a country written
    each time right before a possessive and a person's name, or right after a person's name (no title before it)
    and 'of', is the person's country, no place of the story (unless where the text was given)."""
    people = _full_names(cast)
    if not people:
        return set()
    # compiled for the first name that needs it: an article's own pattern, a compile each time (18 of the 100
    # misses of re's cache in a pass over the 80 real texts; a six-name pattern: 127 us)
    before: re.Pattern[str] | None = None
    out = set()
    for name in names:
        if name in cast.located or not gz.country_of(name):
            continue
        if not any(f" of {name}" in t or f"{name}'s " in t or f"{name}’s " in t for t in texts):
            continue  # never after 'of' nor before a possessive (the cheap test first)
        hits = [(t, at) for t in texts for at, _ in _alone(name, t)]
        if not hits:
            continue
        if before is None:
            before = re.compile(r"(?:" + "|".join(re.escape(p) for p in people) + r") of $")
        pattern = before
        if all(
            _untitled(pattern.search(t[max(0, at - 60) : at]), t[max(0, at - 60) : at])
            or any(t.startswith(f"{name}{s} {p}", at) for s in ("'s", "’s") for p in people)
            for t, at in hits
        ):
            out.add(name)
    return out


def _untitled(m: re.Match[str] | None, text: str) -> bool:
    """A person's name matched with no capitalised word before it (not 'Prime Minister Ana Lobo of Fiji': a
    leader of the country names it as a place)."""
    if m is None:
        return False
    words = text[: m.start()].split()
    return not words or not words[-1][:1].isupper()


# an indefinite article before a place's name ('into a Silicon Valley', 'another Chernobyl', 'a new Detroit') and a
# stop word or punctuation after it (not 'a Texas town', a noun of what is in the place)
_A_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)(?: new| second| future)? $")
_A_AFTER = re.compile(r"\s*(?:[^\w\s'’-]|$)|\s+(?:of|for|and|or|but|in|on|that|which|with|to)\b")


def compared_to(names: list[str], texts: list[str]) -> set[str]:
    """'transformed an arid desert into a Silicon Valley', 'to become another Chernobyl': a place's name after an
    indefinite article every time it is written is a likeness, what something is compared to, no place of the
    story."""
    out = set()
    for name in names:
        if not any(f"a {name}" in t or f"an {name}" in t or f"A {name}" in t for t in texts):
            continue  # no indefinite article before it anywhere (the cheap test first)
        hits = [(t, at) for t in texts for at, _ in _alone(name, t)]
        if hits and all(
            _A_BEFORE.search(t[max(0, at - 20) : at]) and _A_AFTER.match(t, at + len(name)) for t, at in hits
        ):
            out.add(name)
    return out


# a noun of a country's government or its people, then 'of' ('the government of', 'the people of', 'on behalf
# of'); then other countries of a list ('the governments of Turkey and')
_OWNER_OF = re.compile(
    r"\b(?i:governments?|people|peoples|citizens|nationals|authorities|leadership|military|armed forces|"
    r"investigations?|behalf) of (?:the )?(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:, |,? and ))*$"
)


def owned_countries(cast: Cast, names: list[str], texts: list[str]) -> set[str]:
    """'the governments of Turkey and Cyprus', 'the people of Yugoslavia', 'on behalf of Denmark and Sweden': a
    country no place line of
    the article names, written each time after a noun of its government or its people and 'of', is whose
    they are, no place ('Prime Minister David Cameron of the United Kingdom' names it as a place)."""
    out = set()
    for name in names:
        m = cast.members.get(name)
        if m is None or m.kind != "country" or name in cast.located:
            continue
        forms = {f for f in (name, *m.forms) if f}
        hits = [(t, at) for t in texts for f in forms for at, _ in _alone(f, t)]
        if hits and all(_OWNER_OF.search(t[max(0, at - 80) : at]) for t, at in hits):
            out.add(name)
    return out


# a room's or a garden's name after a preposition of place ('in the Situation Room', 'from the Rose Garden'):
# capitalised words, the last a noun of a room or a garden; or a seat of government ('in the Oval Office')
_ROOM = re.compile(
    r"\b(?i:in|at|from|inside|into|outside) the ((?:[A-Z][\w.'’-]* )+(?:Room|Ballroom|Garden|Gardens|Auditorium)"
    r"|" + "|".join(sorted(gz.SEATS)) + r")\b(?! [A-Z])"
)


def _title(name: str) -> bool:
    """'a close relationship with the King', 'the Governor': a title alone (the model may tag it a place,
    a town somewhere has the word for its name) names its holder, no place; not a name the world knows as
    a place ('Victoria')."""
    from generator.annotate.cast import TITLE_WORDS  # cast.py imports this module

    return re.fullmatch(TITLE_WORDS, name) is not None and not known_place(name)


_ROOM_WORDS = ("Room", "Ballroom", "Garden", "Auditorium", *sorted(gz.SEATS))  # one in each match of _ROOM


def named_rooms(texts: list[str]) -> list[str]:
    """'In the Red Room and the State Dining Room', 'a statement from the Rose Garden', 'joined in the
    Situation Room', 'reporters in the Oval Office': a room or a garden named after a preposition of
    place (its name's last word a room's or a garden's noun), or a seat of government, is where it
    happens, though its words are English words the model may leave untagged; in the text's order, a
    room named again by the end of its name once."""
    out: list[str] = []
    for text in texts:
        if any(map(text.__contains__, _ROOM_WORDS)):  # every match holds one (80 texts' 578 paragraphs: 6.9 -> 1.4 ms)
            out += [m[1] for m in _ROOM.finditer(text)]
    out = list(dict.fromkeys(out))
    return [r for r in out if not any(o.endswith(" " + r) for o in out)]  # 'the Situation Room' of 'the White
    # House Situation Room': one room


# the last word of the name of a building, a site or a landmark that is where things are done, never a body's
# (no 'Center', 'Museum', 'Hospital', 'Embassy', 'Church': a body of that name is an employer, a source or an actor
# too, 'abuse in the Catholic Church')
_VENUE_HEADS = (
    "Castle|Palace|Cathedral|Abbey|Chapel|Mosque|Temple|Shrine|Square|Esplanade|Plaza|Facility|Base|"
    "Stadium|Airport|Hall|Park|Bridge|Dam|Hotel|Barracks|Prison|Arena"
)
_VENUE_HEAD_WORDS = tuple(_VENUE_HEADS.split("|"))
# a preposition of place or of going, then capitalised words, the last a venue's head ('departs from Balmoral
# Castle', 'a visit to the Devonport Naval Base', 'ash fall in Hawaii Volcanoes National Park'); no capitalised
# word before the preposition ('Chief Operating Officer at Ripon Cathedral': where someone works)
_VENUE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Ii]nside|[Ii]nto|[Oo]utside|[Tt]o|[Nn]ear|[Tt]owards?) (?:the )?"
    r"((?:(?:[A-Z][\w'’-]*|St\.) )+(?:" + _VENUE_HEADS + r"))\b(?! [A-Z]|-)"
)


def named_venues(texts: list[str]) -> list[str]:
    """'departs from Balmoral Castle', 'a salute from Edinburgh Castle', 'a visit to the Devonport Naval Base',
    'at the SpaceX Rocket Development Facility': a building, a site or a landmark named after a preposition of
    place or of going (its name's last word a venue's head, ``_VENUE_HEADS``) is where it happens, though the
    model may take it for a person or a body, or leave it untagged; in the text's order."""
    out = []
    for text in texts:
        # every match holds a head (80 texts' 578 paragraphs: 11.7 -> 3.0 ms)
        for m in _VENUE.finditer(text) if any(map(text.__contains__, _VENUE_HEAD_WORDS)) else ():
            before = text[: m.start()].split()[-1:]
            if before and before[0][:1].isupper() and before[0][-1:].isalnum():
                continue  # not 'Chief Operating Officer at Ripon Cathedral': where someone works
            if not m[0].split()[1] == "the" and _a_persons_name(m[1]):
                continue  # 'a letter to President Park', 'the prize went to Stuart Hall': a person
            out.append(m[1])
    out = list(dict.fromkeys(out))
    return [v for v in out if not any(o.endswith(" " + v) for o in out)]  # 'Naval Base' of 'Devonport Naval Base'


# venue heads that are surnames too ('President Park', 'Stuart Hall', 'Shirley Temple')
_SURNAME_HEADS = frozenset("Hall Park Temple".split())
_COURTESY = frozenset("Mr Ms Mrs Dr".split())
_ROYAL = frozenset("King Queen Prince Princess Pope".split())  # 'Queen Elizabeth Hall', 'King Fahd Park': a venue


def _a_persons_name(venue: str) -> bool:
    """Is a venue's name ending in a surname head a person's: the head after titles alone ('President Park',
    'Mr Park') or after one known given name ('Stuart Hall', 'Senator Jane Hall')?"""
    from generator.annotate.cast import TITLE_WORDS

    *words, head = venue.split()
    if head not in _SURNAME_HEADS:
        return False
    while words and words[0] not in _ROYAL and (words[0] in _COURTESY or re.fullmatch(TITLE_WORDS, words[0])):
        words = words[1:]
    return not words or len(words) == 1 and gz.known_given_name(words[0])


# nouns of a building, a site or a settlement written in lower case after its name ('at Congonhas airport', 'near
# the Umbulharjo evacuation center', 'in the Mathare slum', 'around the Bowali Primary School grounds'), a closed
# class
_FACILITY_HEADS = (
    "airport|airfield|airbase|station|building|center|centre|complex|compound|facility|headquarters|slum|camp|grounds"
    "|mine"
)
# a preposition of place or of going, 'the' or not, capitalised words (the last may be a possessive: 'to VOA's
# headquarters'), at most one lower-case word (or two joined by 'and': 'gold and copper'), then a facility's noun,
# no capitalised word after it
_FACILITY = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ii]nto|[Ff]rom|[Ii]nside|[Oo]utside|[Tt]owards?|[Aa]round) (?:the )?"
    r"((?P<name>(?:[A-Z][\w'’.-]* )*[A-Z][\w'’.-]*) (?:(?P<mod>[a-z][a-z-]+(?: and [a-z][a-z-]+)?) )?(?:"
    + _FACILITY_HEADS
    + r"))\b(?! [A-Z])"
)
# the facility's noun after a space, as every match of _FACILITY has it: searched first, _FACILITY only in a text
# that has one (its leading ``\b`` leaves re no first letter to look for; 498 blocks of the 80 real texts, 45 with
# a noun: _FACILITY over all 6.5 ms of CPU a pass, this search 0.8 ms)
_FACILITY_HEAD = re.compile(r" (?:" + _FACILITY_HEADS + r")\b")


def named_facilities(texts: list[str]) -> list[str]:
    """'a landing at Congonhas airport', 'near the Nazirpur river station', 'to the Salaan Khana ceremonial
    building', 'in Fiji's parliamentary complex', 'at the Rosario gold and silver mine': a name, a lower-case
    word (two joined by 'and') or none, and a lower-case noun of a
    building, a site or a settlement (``_FACILITY_HEADS``), after a preposition of place or of going, is one
    place, the noun part of its name, when a word of the name is no English word and the name is the
    owner's (a possessive) or written nowhere else (so not 'at Sao Paulo airport' beside 'in Sao Paulo': the
    town is the place; not 'at the Submarine Support complex': English words), and is no country, region or
    capital ('in the Tokyo train station': Tokyo is the place). An owner before the name is no part of it
    ("in Gaza's Jabalia camp": 'Jabalia camp'); in the text's order."""
    out = []
    for text in texts:
        for m in _FACILITY.finditer(text) if _FACILITY_HEAD.search(text) else ():
            name, mod, whole = m["name"], m["mod"], m[1]
            if mod and _stop_words() & set(mod.split()[::2]):
                continue  # 'in Kabul and camp': no lower-case name of a kind of facility
            if inner := re.search(r".*['’]s (?=\S)", name):
                name, whole = name[inner.end() :], whole[inner.end() :]  # "Gaza's Jabalia camp": 'Jabalia camp'
            owner = name.endswith(("'s", "’s"))
            bare = name[:-2] if owner else name
            if all(_english_word(w) for w in bare.split()):
                continue
            town = not whole.endswith(" mine") and (gz.is_region(bare) or bare in gz.CAPITALS)  # a mine: no town's
            if not owner and (gz.country_of(bare) or town or bare in gz.PLACES):
                continue  # 'in the Tokyo train station': the city is the place
            if not owner and any(not t.startswith(whole, at) for t in texts for at, _ in _alone(bare, t)):
                continue  # the name written alone too: a town's, or a body's
            out.append(whole)
    return list(dict.fromkeys(out))


# a noun of a kind of place or of a part of one in lower case, adjectives before it, and 'of' ('the tourist town
# of Vilankulos', 'the southwest island of Jeju', 'off the coast of Sumatra'), then the place's name: capitalised words
_KIND_OF = re.compile(
    r"\b(?:the|a|an) (?:[a-z-]+ ){0,2}(?:town|city|village|hamlet|port|island|province|region|district|"
    r"municipality|county|state|commune|suburb|neighbou?rhood|(?P<part>coast|coastline|shores?|outskirts|tip)) of "
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)
# ' of ' and a capital, as every match of _KIND_OF has them after its noun: _KIND_OF only in a text where a noun
# of it ends right before one (``_kind_of_a_place``)
_OF_A_NAME = re.compile(r" of [A-Z]")
_KIND_NOUNS = (
    *"town city village hamlet port island province region district municipality county state commune".split(),
    *"suburb neighbourhood neighborhood coast coastline shore shores outskirts tip".split(),
)


def _kind_of_a_place(text: str) -> bool:
    """Can ``_KIND_OF`` match in ``text``: is there ' of ' and a capital right after one of its nouns? (498 blocks
    of the 80 real texts: _KIND_OF over all of them 2.5 ms of CPU a pass, this test 0.5 ms.)"""
    return any(text.endswith(_KIND_NOUNS, 0, m.start()) for m in _OF_A_NAME.finditer(text))


def named_by_kind(texts: list[str]) -> list[str]:
    """'near the tourist town of Vilankulos', 'off the southwest island of Jeju', 'the state of Florida', 'on
    the northern tip of Sumatra': a name after a lower-case noun of a kind of place (or of a part of one: a
    coast, a tip, the outskirts) and 'of' is that place, whatever the model took it for (a people); not a
    country after the noun of a part ('off the coast of Somalia': whether the country is a place or acts is
    the cast's to say); a weekday or a month after the name dropped; in the text's order."""
    out = []
    for m in (m for text in texts if _kind_of_a_place(text) for m in _KIND_OF.finditer(text)):
        words = m[2].split()
        while len(words) > 1 and words[-1] in _WHEN_WORDS:
            words.pop()  # 'off the coast of Sumatra Sunday': the day the news names, no part of the place
        name = " ".join(words)
        if not (m["part"] and gz.country_of(name)):
            out.append(name)
    return list(dict.fromkeys(out))


_WHEN_WORDS = frozenset(gz.WEEKDAYS) | frozenset(gz.MONTHS)

# capitalised words, a year at most, then the name of a multi-sport games ('the 2004 Athens Olympics', 'the Beijing
# 2008 Olympic Games', 'the Gold Coast Games', 'the Paris Games')
_GAMES = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:\d{4}\s+)?(?:(?:Summer|Winter)\s+)?"
    r"(?:Olympic\s+Games|Olympics|Paralympic\s+Games|Paralympics|Olympiad|Games)\b"
)
_GAMES_WORDS = frozenset("Olympic Paralympic Summer Winter".split())


def host_cities(texts: list[str]) -> list[str]:
    """'the 2004 Athens Olympics', 'the Gold Coast Games': a town or a country whose name opens the name of a
    multi-sport games is where they are held, a place of the story (the longest run of the capitalised words
    before it that the world knows as a place: a country, a region, a city whose name is no English word, or a
    city of more than one word; not a people's adjective, 'the Commonwealth Games', 'the Asian Games')."""
    out = []
    for m in (m for text in texts if "Games" in text or "Olymp" in text for m in _GAMES.finditer(text)):
        words = m[1].split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if name in gz.DEMONYMS or any(w in _GAMES_WORDS for w in words[i:]):
                continue
            if known_place(name) or (" " in name and gz.is_city(name)):
                out.append(name)
                break
    return list(dict.fromkeys(out))


def _cut_short(name: str, places: list[str]) -> bool:
    """Is ``name`` the opening words of a longer place ('Tongatapu' of 'Tongatapu Island')?"""
    return any(p.startswith(name + " ") for p in places)


# a capitalised compass word and 'and' (or a comma) right before a region named by a compass word: 'South and
# Southeast Asia', 'Southern and Central Africa', 'North, South and Central America'
_COMPASS_AND = re.compile(r"(?<![\w'’-])((?:(?:[A-Z][a-z]+), )*[A-Z][a-z]+,? (?:and|or) )$")


def _shared_heads(places: list[str], texts: list[str]) -> list[str]:
    """'the seas of South and Southeast Asia', 'people in Southern and Central Africa': a region named by a
    compass word, written each time after other compass words joined to it by 'and' (the region's last
    words their head too), is the whole run: one region, 'South and Southeast Asia'; the place keeps its
    own name where the text writes it once alone, or after a name ending in a compass word ('the Middle
    East and North Africa'). A name ending in 'and' or 'or' (the model's 'North and') is no place."""
    out = []
    for name in places:
        words = name.split()
        if (
            len(words) < 2
            or (words[0].lower() not in _COMPASS and words[0].lower() not in _COMPASS_REGIONS)
            or gz.country_of(name)  # 'North and South Korea': two countries, not one region
        ):
            out.append(name)
            continue
        runs: set[str | None] = set()
        for t in texts:
            for at, _ in _alone(name, t):
                window = t[max(0, at - 60) : at]
                m = _COMPASS_AND.search(window)
                if m and window[: m.start()].split()[-1:] and window[: m.start()].split()[-1][:1].isupper():
                    m = None  # 'the Middle East and North Africa': 'East' ends another name
                heads = re.findall(r"[A-Z][a-z]+", m[1]) if m else []
                ok = heads and all(h.lower() in _COMPASS or h.lower() in _COMPASS_REGIONS for h in heads)
                runs.add(f"{m[1]}{name}" if ok and m else None)
        run = runs.pop() if len(runs) == 1 else None
        out.append(run or name)
    return [n for n in dict.fromkeys(out) if n.split()[-1] not in ("and", "or")]  # 'North and', a run's piece


# a space and a word with an apostrophe or an okina between its letters, capitalised ('Ha’apai', '‘Ō‘ō')
_GLOTTAL_WORD = re.compile(r" ([‘ʻ’']?[^\W\d_]+(?:[‘ʻ’'][^\W\d_]+)+)(?![\w‘ʻ’'-])")


def _run_on(places: list[str], texts: list[str]) -> list[str]:
    """'the Pu‘u ‘Ō‘ō crater', 'Tonga’s Hunga Tonga-Hunga Ha’apai volcano': a place the text writes, each
    time, right before a capitalised word with an apostrophe or an okina between its letters is cut
    short of its name (the model's tokens break at the mark): the name runs on through that word; a
    piece the text writes only inside such a name ('Ō‘ō') goes."""
    longer = {}
    for name in places:
        hits = [(t, at) for t in texts if name in t for at, _ in _alone(name, t)]
        words = {m[1] if (m := _GLOTTAL_WORD.match(t, at + len(name))) else None for t, at in hits}
        word = words.pop() if len(words) == 1 else None
        if word and word.lstrip("‘ʻ’'")[:1].isupper():
            longer[name] = f"{name} {word}"
    whole = list(longer.values())
    out: list[str] = []
    for name in places:
        hits = [(t, at) for t in texts if name in t for at, _ in _alone(name, t)]
        holders = [w for w in whole if name in w]
        if name not in longer and holders and hits and all(_inside(t, at, name, holders) for t, at in hits):
            continue  # 'Ō‘ō' of 'Pu‘u ‘Ō‘ō'
        if longer.get(name, name) not in out:
            out.append(longer.get(name, name))
    return out


def _full_names(cast: Cast) -> set[str]:
    """The people of the article named in full: its persons' keys of two words or more."""
    return {m.key for m in cast.members.values() if m.kind == "person" and len(m.key.split()) >= 2}


# a preposition of place or of going right before a name ('in Lamar', 'to the Hague'): the name is where
_WHERE_BEFORE = re.compile(r"\b(?i:in|at|near|to|into|from|across|throughout|within|outside) (?:the )?$")
# how far before a name ``_WHERE_BEFORE`` looks: its longest words, and one character more, so that a match
# never starts where the window is cut (its \b would be no word's start there)
_WHERE_REACH = len("throughout the ") + 1


def people_named(
    places: list[str], texts: list[str], people: set[str], located: set[str], surnames: frozenset[str] = frozenset()
) -> set[str]:
    """'Ratko Mladic ... Mladic will now have to answer', 'Chairman Kim Jong Un ... and Kim reaffirmed',
    'the Secretary of State Hillary Rodham Clinton and the Minister': a name that is a person's name the
    article writes in full (``people``: the cast's persons) or a run of its words is that person's, no
    place, though the model or a rule read it as one (a town somewhere is called 'Kim'), unless the
    text writes it, outside the person's name, right after a preposition of place or of going ('in
    Kim'), or the world knows it as a country, a first-level region or a capital (places whatever a
    person is called after them). So is a name of two or three capitalised words ending in the one-word
    name of a person of the cast (``surnames``: 'Clinton', the person 'Hillary Rodham Clinton' is known
    by), none of them a word of a place's name ('Mount Merapi', 'Merapi' read as a person)."""
    out = set()
    for name in places:
        if name in located or gz.country_of(name) or gz.is_region(name) or name in gz.CAPITALS:
            continue
        words = name.split()
        holders = [p for p in people if _words_in(words, p.split())]
        if (
            not holders
            and len(words) in (2, 3)
            and words[-1] in surnames
            and all(w[:1].isupper() and w not in gz.GEO_WORDS for w in words)  # not 'Mount Merapi'
        ):
            holders = [name]  # 'Hillary Rodham Clinton' of 'Clinton' (the cast's key): her name in full
        if not holders:
            continue
        hits = [(t, at) for t in texts if name in t for at, _ in _alone(name, t)]
        placed = [(t, at) for t, at in hits if _WHERE_BEFORE.search(t[max(0, at - _WHERE_REACH) : at])]
        # the name in full is no holder's longer name the place could be written inside: any 'to Fort Roe' keeps it
        inside = [] if holders == [name] else holders
        if not any(not _inside(t, at, name, inside) for t, at in placed):
            out.add(name)
    return out


# initials right before a name ('R.D. Vajpayee'), or an outlet's possessive ('VOA's Zlatica Hoke')
_PERSON_MARK = re.compile(r"(?<![\w.])(?P<initials>(?:[A-Z]\.){1,3}) ?$|(?<![\w'’.-])(?P<outlet>[A-Z][\w.&-]*)['’]s $")


def marked_people(places: list[str], texts: list[str]) -> set[str]:
    """'A railway spokesman, R.D. Vajpayee, told VOA ... said Vajpayee', 'a report from VOA's Zlatica Hoke': a
    name the world does not know as a place (``known_place``), written first right after a person's initials
    (not a country's: 'U.S. Midwest') or after a news outlet's possessive (its reporter), and never after a
    preposition of place or of going, is a person's name, though the model read it as a place."""
    out = set()
    for name in places:
        if known_place(name):
            continue
        hits = [(t, at) for t in texts if name in t for at, _ in _alone(name, t)]
        if not hits or any(_WHERE_BEFORE.search(t[max(0, at - _WHERE_REACH) : at]) for t, at in hits):
            continue
        t, at = hits[0]
        m = _PERSON_MARK.search(t[max(0, at - 30) : at])
        if m and (m["initials"] and not gz.country_of(m["initials"]) or m["outlet"] and gz.is_outlet(m["outlet"])):
            out.add(name)
    return out


# a lower-case noun of an armed or criminal group after a name, a lower-case word before it or none ('the North
# Valley drug cartel', 'Aceh rebels'), a closed class
_GROUP_AFTER = re.compile(r" (?:[a-z-]+ )?(?:cartels?|gangs?|militias?|rebels|insurgents)\b")
# or of its members ('North Valley leaders'), once the name is a group's
_MEMBERS_AFTER = re.compile(r" (?:leaders?|members?|fighters|bosses|chiefs?)\b")


def group_names(places: list[str], texts: list[str]) -> set[str]:
    """'the head of the North Valley drug cartel ... the North Valley cartel ... North Valley leaders': a name
    the world does not know as a place (``known_place``), written right before a lower-case noun of an armed or
    criminal group, and elsewhere only before one or a noun of its members, is the group's name, though the
    model read it as a place ('Aceh rebels' stays: Aceh is known)."""
    out = set()
    for name in places:
        if known_place(name):
            continue
        hits = [(t, at + len(name)) for t in texts if name in t for at, _ in _alone(name, t)]
        group = [bool(_GROUP_AFTER.match(t, end)) for t, end in hits]
        if any(group) and all(g or _MEMBERS_AFTER.match(t, end) for g, (t, end) in zip(group, hits, strict=True)):
            out.add(name)
    return out


def _words_in(words: list[str], longer: list[str]) -> bool:
    """Are ``words`` a run of the words of ``longer`` (or all of them)?"""
    n = len(words)
    return any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


# the endings of English abstract nouns: an act, a state, a quality ('Cooperation', 'Defense', 'Security')
_ABSTRACT = re.compile(r"[a-z](?:tion|sion|ment|ence|ense|ance|ity|ism|ship|acy)s?$")
# nouns of a place with those endings ('Mexico City', 'a Native American reservation', 'Clapham Junction')
_PLACES_ABSTRACT = frozenset(
    "city township municipality junction reservation settlement plantation intersection encampment cantonment "
    "residence community station".split()
)


def abstract_head(name: str) -> bool:
    """'the Asia-Pacific Economic Cooperation (APEC) Ministerial', 'reporting to Hawaii County Civil
    Defense': a name of several words, its last word an abstract noun (its ending, ``_ABSTRACT``) that
    names no place ('Mexico City', 'Clapham Junction'), is a body or a programme named after a place,
    though the model tagged it as one; not a name the world knows as a place ('Russian Federation')."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not _ABSTRACT.search(words[-1].lower()):
        return False
    return words[-1].lower() not in _PLACES_ABSTRACT | _LAND_NOUNS and not known_place(name)


_COMPASS_ADJECTIVE = re.compile(r"(?:(?:north|south)-?(?:east|west)?|east|west)ern|central")


def _part_of_a_country_named_so_only(name: str, places: list[str], texts: list[str]) -> bool:
    """'struck central Mozambique ... the Mozambican coast': a part of a country named by a lower-case
    compass word, the country a place too and its name written nowhere but in that part (not in another
    part either: 'the northeastern United States'), is the country's one mention as a place: one place,
    the country."""
    words = name.split(" ", 1)
    if len(words) != 2 or not _COMPASS_ADJECTIVE.fullmatch(words[0]) or words[1] not in places:
        return False
    country = words[1]
    if not gz.country_of(country):
        return False
    part = re.compile(r"(?<![\w'’-])" + re.escape(name))
    return sum(len(part.findall(t)) for t in texts) == sum(t.count(country) for t in texts) > 0


def compass_demonym(name: str) -> bool:
    """'southern Indian' (of 'the southern Indian Ocean'), 'western Australian' ('the western Australian
    city of Perth'), 'central Ukrainian': a lower-case compass word before a demonym that is no country's
    name is an adjective of where something lies, no place ('central U.S.' is one: 'U.S.' names the
    country too)."""
    words = name.split(" ", 1)
    return (
        len(words) == 2
        and bool(re.fullmatch(r"(?:(?:north|south)-?(?:east|west)?|east|west)ern|central", words[0]))
        and words[1] in gz.DEMONYMS
        and words[1] not in gz.COUNTRIES
    )


# what a company has or sells, named after its name ('Toyota dealers', 'Acme's stock price')
_COMPANY_WORDS = frozenset(
    "dealer dealership share shareholder sale stock car truck vehicle plant factory worker employee "
    "executive chief profit earnings revenue model brand customer product".split()
)
# verbs of saying and of a company's doing, after its name ('Toyota says', 'Acme is recalling')
_BODY_VERBS = frozenset(
    "say announce report recall sell manufacture produce build hire employ suspend expect "
    "launch unveil post invest acquire".split()
)
_AUXILIARIES = frozenset("is are was were has have had will would been being also".split())
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))


def towns_acting_as_bodies(ents: list) -> set[str]:
    """'Toyota says ...', 'Toyota dealers', 'Toyota's stock price': a name GeoNames knows as a town
    (no capital, no country) that the article never uses as a place (never after a preposition of
    place, never before a comma and a region or country) and that acts at least once (before a verb of
    saying or of a company's doing, or before a company's word: dealers, shares, sales, plants) is a
    body's; the model took it for a body each time. ``ents``: the article's (block, entity) pairs; the
    names as ``cast.clean`` gives them."""
    from generator.annotate.cast import clean  # cast.py imports this module

    mentions: dict[str, list] = {}
    for _, e in ents:
        if e.label_ in ("ORG", "GPE", "LOC"):
            mentions.setdefault(clean(e.text), []).append(e)
    return {
        name
        for name, es in mentions.items()
        if all(e.label_ == "ORG" for e in es)
        and gz.is_city(name)
        and name not in gz.CAPITALS
        and not gz.country_of(name)
        and not any(after_place_preposition(e) or _region_after(e) for e in es)
        and any(_acts_as_body(e) for e in es)
    }


def _region_after(e) -> bool:
    """'Toyota, Aichi', 'Springfield, Illinois': a region or a country after the name and a comma."""
    doc = e.doc
    if e.end + 1 >= len(doc) or doc[e.end].text != ",":
        return False
    nxt = doc[e.end + 1].text
    return bool(gz.is_region(nxt) or gz.country_of(nxt) or gz.us_state(nxt) or nxt in gz.us_state_names())


def _acts_as_body(e) -> bool:
    """The name before a company's word, its possessive or not ('Toyota dealers', 'Toyota's stock'), or
    before a verb of saying or of a company's doing, auxiliaries between ('Toyota is recalling')."""
    from generator.annotate.lemmas import getAllLemmas

    doc = e.doc
    i = e.end + (e.end < len(doc) and doc[e.end].lower_ in _POSSESSIVE)
    if i < len(doc) and set(getAllLemmas(doc[i].lower_).get("NOUN", ())) & _COMPANY_WORDS:
        return True
    if i > e.end:
        return False
    while i < len(doc) and doc[i].lower_ in _AUXILIARIES:
        i += 1
    return i < len(doc) and bool(set(getAllLemmas(doc[i].lower_).get("VERB", ())) & _BODY_VERBS)
