"""Dated happenings: date phrases that are the time of something, with their clause's actors.

A DATE (or day-naming TIME) entity is an event when it resolves to a date (dates.py) and works
as a time adverbial: not the subject or object of a verb ("Calling this week the crucial phase"),
not a modifier of an ordinary noun ("the 2024 budget"), though a modifier of an event noun
("Denmark's February 10 announcement") counts. The clause is the date's own one (lines.py:
the lowest verb above it, with its subject, objects and parties, without appositives and side
clauses, and without what a saying says); its actors are the event's actors, and lines.py cuts it
into the event's short line. Future tense, schedules and dates after publication make an event
``planned``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from generator.annotate import gazetteer as gz
from generator.annotate.aliases import CROWD_NOUNS, doers_acting, people_acting
from generator.annotate.cast import (
    LOCATIVE_PREPS,
    PEOPLE_NOUNS,
    REBEL_STEMS,
    ROLE_NOUNS,
    TITLE_WORDS,
    Cast,
    CastMember,
    Mention,
    takes_a_side,
)
from generator.annotate.dateline import dateline
from generator.annotate.dates import (
    ANAPHORIC_DAY,
    ANNIVERSARY,
    HOURS_FROM_NOW,
    anniversary_years,
    clean_phrase,
    count_of,
    end_date,
    in_the_year_told,
    is_anaphoric,
    ordinal_of,
    resolve_anaphoric,
    resolve_date,
    resolve_later,
    start_by_its_end,
    years_back,
)
from generator.annotate.lemmas import getAllLemmas
from generator.annotate.lines import (
    a_verb_as_preposition,
    bare_participle,
    clause_of,
    cleft_clause,
    cut_line,
    date_verb,
    object_praised_for,
    summary_line,
    verb_lemma,
)
from generator.annotate.lines import (
    infinitive as _infinitive,
)
from generator.annotate.lines import is_verb as _is_verb  # (no attribute_ruler, so no coarse POS)
from generator.annotate.nlp import ents_of, lowered_words, parsed_span, sentence_at, sentences, text_of
from generator.annotate.quotes import SPEECH
from generator.core.model import date_precision, date_span

_SUBCLAUSE = {"advcl", "ccomp", "relcl", "conj", "parataxis", "acl", "csubj"}
_NOT_TIME = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "csubj"}
_MODIFIER = {"compound", "amod", "nmod", "nummod", "poss"}
EVENT_NOUNS = {
    "announcement",
    "meeting",
    "summit",
    "talks",
    "visit",
    "call",
    "attack",
    "attacks",
    "invasion",
    "election",
    "elections",
    "decision",
    "statement",
    "speech",
    "agreement",
    "deal",
    "vote",
    "strike",
    "strikes",
    "conference",
    "session",
    "referendum",
    "offensive",
    "ceasefire",
    "meetings",
    "trip",
    "launch",
    "signing",
    "proposal",
    "remarks",
    "interview",
    "briefing",
    "deadline",
    "assault",
    "raid",
    "report",
    "sheet",
    "release",
    "letter",
    "memo",
    "tweet",
    "coup",
    "olympics",
    "paralympics",
    "famine",
    "council",
    "earthquake",
    "quake",
    "explosion",
    "blast",
    "eruption",
    "crash",
    "storm",
    "flood",
    "floods",
    "tsunami",
    "landslide",
    "fire",
    "shooting",
    "bombing",
    "arrest",
    "conviction",
    "verdict",
    "ruling",
    "sentencing",
    "hearing",
    "trial",
    "debate",
    "ceremony",
    "inauguration",
    "funeral",
    "protest",
    "protests",
    "rally",
    "march",
    "poll",
    "polls",
    "runoff",
    "ballot",
    "victory",
    "defeat",
    "killing",
    "killings",
    "clashes",
    "airstrike",
    "airstrikes",
    "landing",
    "takeoff",
    "disaster",
    "accident",
    "resignation",
    "voting",
    "convention",
    "hack",
    "hacks",
    "massacre",
    "uprising",
    "riots",
    "tournament",
    "championship",
    "festival",
    "parade",
    "flyby",
    "conversation",
    "conversations",
    "discussion",
    "discussions",
    "negotiations",
    "consultations",
    "typhoon",
    "cyclone",
    "hurricane",
    "tornado",
    "aftershock",
}


def _plurals(noun: str) -> set[str]:
    """The plural forms of a noun; both of a consonant and 'o' ('tornadoes', 'tornados'; 'memos')."""
    if noun.endswith(("s", "x", "ch", "sh")):
        return {noun + "es"}
    if noun.endswith("o") and noun[-2:-1] not in "aeiou":
        return {noun + "s", noun + "es"}
    return {noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"}


# each noun's plural too ('the February 6 earthquakes', 'Monday's briefings'): one happening noun in
# the singular names happenings in the plural (words already in a plural form are left as they are)
EVENT_NOUNS |= {p for w in EVENT_NOUNS if not w.endswith("s") for p in _plurals(w)}
_FUTURE_AUX = {
    "will",
    "shall",
    "'ll",
    "scheduled",
    "due",
    "planned",
    "set",
    "expected",
    "plan",  # 'plans to travel to Missouri on Sunday', 'announced plans to travel ... on Sunday'
    "plans",
    "planning",
    "intend",
    "intends",
    "intending",
}  # what makes a verb's tense future (of an infinitive: the word it completes)
_PAST_TAGS = {"VBD"}
_NAMING = {
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "term",
    "termed",
    "terming",
    "dub",
    "dubbed",
    "dubbing",
    "label",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "name",
    "named",
    "naming",
    "consider",
    "considered",
    "considering",
    "declare",
    "declared",
    "declaring",
}
_PREPS = {
    "on", "since", "in", "by", "from", "until", "at", "during", "before", "after", "through", "throughout", "within",
    "as of", "of", "for",
}  # fmt: skip
_DAYWORD = re.compile(
    r"\b(mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|"
    r"(this|last|next) (morning|afternoon|evening|night)\b",
    re.I,
)


_DEICTIC = re.compile(
    r"(?:today|tonight|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I
)


@dataclass(frozen=True)
class FoundEvent:
    block: int
    date: str
    precision: str
    text: str
    actors: tuple[str, ...]  # cast keys
    status: str
    evidence: str
    end_date: str | None = None  # the last day of a span of days ('November 8 and 9')
    summary: str = ""  # the short who-did-what line (lines.py)


def date_entities(doc, published: dt.date) -> list:
    """DATE (and day-naming TIME) entities of a block that resolve to a date (no parse needed)."""
    key = ("dates", published)
    if key not in doc.user_data:
        doc.user_data[key] = [
            e
            for e in (
                _before_a_comma(_with_its_day(x), published)
                for x in _with_its_part_of_day(_with_untagged_days(doc, list(map(_month_opening_a_name, ents_of(doc)))))
            )
            if (e.label_ == "DATE" or e.label_ == "TIME" and _a_days_time(e.text) or _NEW_YEAR.fullmatch(e.text))
            and not _period_of_another(e)
            and not _ordinal_of_a_name(e)
            and resolve_date(_phrase(e), published) is not None
            or e.label_ in ("DATE", "TIME")
            and is_anaphoric(e.text)
        ]
    return doc.user_data[key]


def _a_days_time(text: str) -> bool:
    """A TIME entity that names a day: a weekday or a day word ('Monday night', 'this morning'), or a
    moment some minutes or hours from the time of writing ('a few minutes ago': the day of writing)."""
    return bool(_DAYWORD.search(text) or HOURS_FROM_NOW.fullmatch(text))


def _with_untagged_days(doc, ents: list) -> list:
    """The entities, and a day named by another or from the day of writing that the tagger left
    untagged ('He was arraigned the following day', 'Earlier today, X announced ...'), as a DATE, in
    the order of the text."""
    extra: list = []
    # an ANAPHORIC_DAY match holds 'day' or 'r that ', a _DAY_WORD one 'day' or 'to' ('tomorrow',
    # 'tonight'); no other letter folds to theirs
    # (each ANAPHORIC_DAY phrase has ' day' or 'r that '; in an ASCII text, where ``re.I`` folds as
    # ``str.lower``, a _DAY_WORD match one of its four words; 80 texts' 578 paragraphs: 18.4 -> 8.3 ms)
    low = text_of(doc).lower()
    day_word = not text_of(doc).isascii() or any(map(low.__contains__, _DAY_WORDS))
    if " day" in low or "r that " in low:
        matches = [*ANAPHORIC_DAY.finditer(text_of(doc)), *(_DAY_WORD.finditer(text_of(doc)) if day_word else ())]
    else:
        matches = list(_DAY_WORD.finditer(text_of(doc))) if day_word else []
    for m in matches:
        span = doc.char_span(m.start(), m.end())
        if (
            span is not None
            and not any(e.start < span.end and span.start < e.end for e in ents + extra)
            and not any(t.ent_type_ for t in span)
        ):
            from spacy.tokens import Span

            ago = next((k for k, e in enumerate(ents) if e.end == span.start and e[-1].lower_ == "ago"), None)
            if ago is not None:  # 'Twenty years ago today': one date, the day twenty years back
                ents[ago] = Span(doc, ents[ago].start, span.end, label="DATE")
                continue
            extra.append(Span(doc, span.start, span.end, label="DATE"))
    if extra:
        ents = sorted(ents + extra, key=lambda e: e.start)
    return _with_all_their_days(doc, ents)


# two or more days of one month written with one month name ('between 2 and 4 May', '2 and 3 May',
# '2, 3 and 4 May'): the tagger often takes only the last day with the month ('3 May' DATE, '2'
# CARDINAL) or nothing at all
_DAYS_OF_A_MONTH = re.compile(
    r"\b(?:[Bb]etween )?(?:\d{1,2}(?:st|nd|rd|th)?,? )*\d{1,2}(?:st|nd|rd|th)? ?(?:and|to|through|until|-|–) ?"
    r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![\w-])"
    r"(?! \d{1,2}(?!\d))"  # not a month whose own day follows it: 'ruled 5-4 June 26' is a vote and a day
    r"(?:,? (?:1[5-9]|20)\d\d\b)?"
)


# what every match of _DAYS_OF_A_MONTH holds: a day, the word or dash that links it to the next, and a digit
_DAY_TO_DAY = re.compile(r"\d(?:st|nd|rd|th)? ?(?:and|to|through|until|-|–) ?\d")


def _with_all_their_days(doc, ents: list) -> list:
    """The entities, with the days of a month the tagger cut from the day that carries the month
    ('2' CARDINAL and '3 May' DATE of 'met on 2 and 3 May'), or left untagged ('between 2 and 4 May'):
    one DATE of them all, in place of the parts; a date of which the span is a part is left as it is."""
    text = text_of(doc)
    if not _DAY_TO_DAY.search(text):  # 498 blocks of the 80 real texts: ``any(map(str.isdigit, text))`` 1.6 ms of
        return ents  # CPU a pass, this 0.9 ms; and 10 blocks pass, not 207
    for m in _DAYS_OF_A_MONTH.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(
            e.start < span.end and span.start < e.end and not (span.start <= e.start and e.end <= span.end)
            for e in ents
        ):
            continue  # not whole tokens, or a part of a longer entity ('from 30 April to 2 May 2015')
        inside = [e for e in ents if span.start <= e.start and e.end <= span.end]
        if any(e.label_ not in ("DATE", "CARDINAL", "ORDINAL") for e in inside):
            continue
        from spacy.tokens import Span

        ents = sorted(
            [e for e in ents if e not in inside] + [Span(doc, span.start, span.end, label="DATE")],
            key=lambda e: e.start,
        )
    return ents


# a day named from the day of writing: a date wherever the tagger left it untagged ('Today, NASA's
# rover fired its laser', 'Earlier today, the delegation wrote to the President'); not a weekday's
# name, which opens names ('Sunday Times', 'Super Tuesday')
_DAY_WORD = re.compile(r"\b(?:(?:earlier|later|early|late) )?(?:today|yesterday|tomorrow|tonight)\b", re.I)
_DAY_WORDS = ("today", "yesterday", "tomorrow", "tonight")


_PART_OF_DAY = frozenset("morning afternoon evening night".split())


def _with_its_part_of_day(ents: list) -> list:
    """A day the tagger cut from the part of it that follows ('Thursday' DATE, 'night' TIME, of
    'killed in an accident Thursday night'; 'yesterday morning'): one DATE of the two, so that the
    day dates the clause, not the noun 'night'; any other entity as it is."""
    if not any(e.label_ == "TIME" and e.text.lower() in _PART_OF_DAY for e in ents):
        return ents
    from spacy.tokens import Span

    out: list = []
    for e in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "DATE"
            and e.label_ == "TIME"
            and e.start == last.end
            and e.text.lower() in _PART_OF_DAY
        ):
            out[-1] = Span(e.doc, last.start, e.end, label="DATE")
        else:
            out.append(e)
    return out


# tagged an EVENT: a date of its own ('in the New Year', 'on New Year's Day')
_NEW_YEAR = re.compile(r"(?:the )?new year|new year['’]s (?:day|eve)|christmas (?:day|eve)", re.I)


def _month_opening_a_name(ent):
    """The month the tagger took into the name of a happening ('the February European Council', an
    ORG): a date of its own; any other entity as it is."""
    if ent.label_ not in ("ORG", "EVENT") or len(ent) < 2:
        return ent
    first = ent.start + (ent[0].lower_ == "the")
    tok = ent.doc[first]
    if first + 1 < ent.end and tok.text in _MONTHS and tok.text != "May" and not ent.doc[first + 1].like_num:
        from spacy.tokens import Span

        return Span(ent.doc, first, first + 1, label="DATE", kb_id=_OF_A_NAME)
    return ent


_OF_A_NAME = "month of a name"  # (the kb_id of such a month's span)
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _with_its_day(ent):
    """A month the tagger took without the day number before it ('the night of 4 October', 'the 4th
    of October'): the date with its day; any other entity as it is."""
    if ent.label_ != "DATE" or ent[0].text not in _MONTHS or ent.start == 0:
        return ent
    start = ent.start - 1
    if ent.doc[start].lower_ == "of" and start > 0:
        start -= 1  # 'the 4th of October'
    if not _DAY_NUMBER.fullmatch(ent.doc[start].text):
        return ent
    if start > 0 and ent.doc[start - 1].lower_ == "the":
        start -= 1
    from spacy.tokens import Span

    return Span(ent.doc, start, ent.end, label="DATE")


def _before_a_comma(ent, published: dt.date):
    """A date entity the tagger ran on past a comma or a 'to' into words that name no date ('Tuesday,
    ending years' of 'signed on Tuesday, ending years of talks', 'Friday to 10 years' of 'sentenced on
    Friday to 10 years in prison'): its part before them, when only that part is a date."""
    if ent.label_ not in ("DATE", "TIME"):  # before its tokens are walked
        return ent
    comma = next((t.i for t in ent if t.text == "," or t.lower_ in ("to", "until")), None)
    if comma is None or comma == ent.start:
        return ent
    if resolve_date(_phrase(ent), published) is not None or is_anaphoric(ent.text):
        return ent
    from spacy.tokens import Span

    head = Span(ent.doc, ent.start, comma, label=ent.label_)
    return head if resolve_date(_phrase(head), published) is not None else ent


# "the month following the arrival", "the week after the vote": a period reckoned from another
# happening, not from the day of writing ("the month" alone is the current one).
_RECKONED_FROM = frozenset("following after before preceding since prior".split())


def _period_of_another(ent) -> bool:
    """A bare "the week" / "the month" followed by a word that reckons it from another happening."""
    after = ent.doc[ent.end].text.lower() if ent.end < len(ent.doc) else ""
    return bool(re.fullmatch(r"the (?:week|month)", ent.text, re.I)) and after in _RECKONED_FROM


_ORDINAL_DAY = re.compile(r"(?:(?:on|the|on the)\s+)?\d{1,2}(?:st|nd|rd|th)", re.I)


def _ordinal_of_a_name(ent) -> bool:
    """'the 18th' of 'the 18th Wing', 'the 31st Rescue Squadron': an ordinal that begins a name (a
    capitalised word after it, not a month's), no day of a month."""
    doc = ent.doc
    if ent.end >= len(doc) or not _ORDINAL_DAY.fullmatch(ent.text):
        return False
    nxt = doc[ent.end]
    return nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.text not in _MONTHS


def _phrase(ent) -> str:
    """The entity's text, with an 'in' before a span of time ('in six months': from now), and a
    decade's 's' the tagger left out ('the mid-2030' of 'the mid-2030's')."""
    doc = ent.doc
    if (
        ent.start >= 2
        and doc[ent.start - 2].lower_ == "this"
        and doc[ent.start - 1].lower_ == "time"
        and re.fullmatch(r"(?:last|next) year", ent.text, re.I)
    ):
        return "this time " + ent.text  # 'at this time last year': the same month a year ago
    if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s", "s") and not doc[ent.end - 1].whitespace_:
        return ent.text + doc[ent.end].text
    if (
        ent.start > 0
        and ent.doc[ent.start - 1].text.lower() == "in"
        and re.match(r"[\w]+ (?:day|week|month|year)s?(?:['’](?: time)?)?$", ent.text)  # 'in two years' time'
    ):
        return "in " + ent.text
    return ent.text


_SMALL_TALK = re.compile(
    r"\b(?:join(?:ing|ed)? us|with us|welcome|good (?:morning|afternoon|evening)|being recorded|listen-only"
    r"|(?:we|i)(?:['’]re|['’]m| are| am)(?: also)? joined|(?:my|our) (?:statement|remarks|intervention)"
    r"|thank(?:s| you)?\b[^.]{0,40}\bfor (?:coming|being here|attending)\b(?! together)"
    r"|dial(?:l?ed|l?ing)? in(?:to)?|(?:take|taking) (?:a few |some |your )?questions)\b",
    re.I,
)  # the speaker's own occasion: who is on the call, who came, what the statement is about


def parse_needs(docs, published: dt.date) -> list:
    """(doc, sentence) pairs this module will want parsed."""
    return [(doc, sentence_at(doc, e.start_char)) for doc in docs for e in date_entities(doc, published)]


def _date_of(phrase: str, out: list[FoundEvent], published: dt.date, when_tense, verb) -> tuple[str, str] | None:
    """The phrase's date and precision: resolved against the publication day, the last day told or the last date
    ('one month later'), in the year of the day told just before it (``in_the_year_told``); None when it names no
    date, or a state that holds on the publication day ('firms today require English': no happening)."""
    resolved = (
        resolve_date(phrase, published, when_tense)
        or resolve_anaphoric(phrase, _last_day(out), published)
        or resolve_later(phrase, out[-1].date if out else None)  # 'one month later'
    )
    if resolved is None:
        return None
    value, precision = resolved
    value = in_the_year_told(phrase, value, (out[-1].date, out[-1].evidence) if out else None, published)
    if _stative_present(verb) and date_span(value)[0] <= published <= date_span(value)[1]:
        return None
    return value, precision


def find_events(docs, cast: Cast, published: dt.date, quotes=(), kinds=None, title: str = "") -> list[FoundEvent]:
    """Dated happenings of the paragraphs (a heading's date is the article's, not an event);
    ``title`` is the seed's own headline (its ``title:`` header), which may name the speaker."""
    found = _Found()
    published = _written_on(docs, kinds, published)
    first_author = _author(docs, cast) or _byline_author(docs, cast, kinds, title) or _title_author(title, cast)
    pair = _joint_appearance(title, docs, cast)
    for b, doc in enumerate(docs):
        author = _introduced_speaker(docs, cast, b) or first_author
        if kinds and kinds[b] in ("heading", "byline"):
            _heading_events(found, docs, kinds, b, cast, published)
            continue
        blk = _Block(doc, b, cast, published, quotes, author, _copy_dateline(doc, published), pair)
        ends: set[int] = set()  # entities that are the end of a span begun by the one before
        for bent in date_entities(doc, published):
            if blk.opening and bent.start_char < blk.opening.end or bent.start_char in ends:
                continue
            dated = _dated(doc, bent, published)
            if dated is not None:
                _tell(found, dated, blk, ends)
    _anniversaries(found, docs, kinds, cast, published)
    _told_again_finer(found)
    trip = _title_span(title, cast, published)
    if trip is not None and not any((e.date, e.end_date) == (trip.date, trip.end_date) for e in found.out):
        found.out.insert(0, trip)
        found.clauses.insert(0, (-1, -1, -1))
    return _finest(found.out, found.clauses)


def _anniversaries(found: _Found, docs, kinds, cast: Cast, published: dt.date) -> None:
    """'this year marks the 15th anniversary of the trade agreement', 'to congratulate the agency on its ten
    year anniversary': what an anniversary is of happened that many years before the anniversary's date, at
    that date's precision (``_anniversary_event``)."""
    for b, doc in enumerate(docs):
        if kinds and kinds[b] in ("heading", "byline"):
            continue
        for m in ANNIVERSARY.finditer(text_of(doc)):
            event = _anniversary_event(doc, b, m, cast, published, found.out)
            if event is not None:
                found.out.append(event)
                found.clauses.append((b, sentence_at(doc, m.start()).start_char, -len(found.out)))


def _anniversary_event(doc, b: int, m: re.Match, cast: Cast, published: dt.date, out) -> FoundEvent | None:
    """The happening an anniversary is of ('the 22nd anniversary of the adoption of the constitution'),
    dated that many years before the anniversary's own date: the date phrase of its sentence when within a
    year of writing ('this year', 'yesterday', 'in the month that ...'), else the year of writing. None when
    its date is written in the phrase ('the first anniversary of the October 7 attack': that date, read by
    ``_before_its_anniversary``), or when an event of the article already falls in that year (the
    happening told in its own words: 'the 1995 conference' before 'the 20th anniversary of the conference')."""
    n, what = anniversary_years(m), (m["what"] or "").strip().rstrip(".")
    if n is None or re.search(_YEAR_AFTER.pattern + "|" + _MONTH_WORD + r"(?!\w)", what):
        return None
    sent = sentence_at(doc, m.start())
    near = [
        told
        for e in date_entities(doc, published)
        if sent.start_char <= e.start_char < sent.end_char and not m.start() <= e.start_char < m.end()
        for told in [resolve_date(_phrase(e), published)]
        if told is not None and abs(date_span(told[0])[0].year - published.year) <= 1
    ]
    derived = years_back(near[0][0] if near else str(published.year), n)
    if any(e.date[:4] == derived[0][:4] for e in out):
        return None
    sentence = text_of(doc)[sent.start_char : sent.end_char].strip()
    actors = tuple(
        k for k, c in cast.members.items() if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", what) for f in c.forms)
    )
    return FoundEvent(b, derived[0], derived[1], sentence, actors, "reported", m[0], None, cut_line(m[0]))


def _written_on(docs, kinds, published: dt.date) -> dt.date:
    """The day the copy was written: the date of the dateline that opens its first paragraph ('WASHINGTON,
    April 6, 2023 –', 'KABUL, April 6 –'), or of a speech's date line under its title ('Santiago, Chile,
    March 3, 2010'), when it is before the publication date (a release posted days later, a transcript
    put up after the speech), so that 'today' and 'on Friday' are read from it."""
    first = next((b for b in range(len(docs)) if not (kinds and kinds[b] in ("heading", "byline"))), None)
    if first is None:
        return published
    opening = dateline(text_of(docs[first]))
    lines = [_date_line(text_of(docs[b]).strip()) for b in range(first)]  # a speech's own date line
    said = opening.date if opening is not None and opening.date else next((x for x in lines if x), None)
    told = resolve_date(said, published, "past") if said else None
    if told is None or told[1] != "day" or dt.date.fromisoformat(told[0]) >= published:
        return published
    return dt.date.fromisoformat(told[0])


def _date_line(line: str) -> str | None:
    """The date of a line that is a place and a date alone ('Strasbourg, 13 March 2025', 'August 8,
    2023'), not a news page's own ('Friday, January 3, 2014')."""
    m = _PLACE_DATE.fullmatch(line)
    if not m or len(line) > 60 or _WEEKDAY_FIRST.match(line):
        return None
    return m["d"]


_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?\s*[-\u2013]\s*\d{1,2}(?:st|nd|rd|th)?"
_TITLE_SPAN = re.compile(  # 'Secretary X Travels to Y, April 11-14, 2019', '... Visit: 19-21 February'
    rf"[,:\u2013\u2014-]\s+(?P<d>(?:{_MONTH_WORD}\s+{_DAYS}|{_DAYS}\s+{_MONTH_WORD})(?:,?\s+\d{{4}})?)\s*$"
)


def _title_span(title: str, cast: Cast, published: dt.date) -> FoundEvent | None:
    """A headline that ends in a span of days set apart from its words ('Secretary X Travels to Y and
    Z, April 11-14, 2019', "Presidents X and Y's Region Visit, February 19-21"): the trip, visit or
    meeting the headline names took those days (a single day there is the page's own date, no
    happening); the people of the cast it names, by full name or surname, are its actors."""
    m = _TITLE_SPAN.search(title or "")
    resolved = resolve_date(m["d"], published) if m else None
    if m is None or resolved is None or resolved[1] != "day":
        return None
    end = end_date(m["d"], resolved)
    if end is None:
        return None
    words = title[: m.start()].replace("\u2019", "'")
    people = tuple(
        k
        for k, c in cast.members.items()
        if c.kind == "person" and re.search(rf"\b{re.escape(k.split()[-1])}\b", words)  # by full name or surname
    )
    status = "planned" if dt.date.fromisoformat(resolved[0]) > published else "reported"
    return FoundEvent(0, resolved[0], "day", title.strip(), people, status, m["d"], end, cut_line(words.strip()))


@dataclass
class _Found:
    """What find_events has found so far in one article."""

    out: list[FoundEvent] = field(default_factory=list)
    clauses: list[tuple[int, int, int]] = field(default_factory=list)  # each event's (block, sentence start, verb)
    seen: set[tuple[str, str]] = field(default_factory=set)  # (date, sentence) of the events so far
    told: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)  # (date, verb, actors) so far
    nouns: dict[int, frozenset[str]] = field(default_factory=dict)  # an event dated 'last week': its happening's noun


@dataclass(frozen=True)
class _Block:
    """A paragraph being read, and what each of its date phrases is read against."""

    doc: Any
    b: int
    cast: Cast
    published: dt.date
    quotes: Any
    author: Any  # who speaks when no one else is named: the article's author or the turn's speaker
    opening: Any  # its dateline ('BRUSSELS, April 6 (Reuters) -'), if it has one that dates the copy
    pair: tuple[str, ...] = ()  # the people of a joint appearance the headline tells ('Remarks With X')


@dataclass(frozen=True)
class _Dated:
    """A date phrase of a paragraph that may tell a happening, and the words it hangs on."""

    bent: Any  # the phrase, in the paragraph
    ent: Any  # the same, in its sentence's parse
    off: int  # where that sentence starts in the paragraph
    anchor: Any
    before: Any  # the verb right before the phrase, if any
    verb: Any  # the verb the phrase is the time of
    tense: str | None
    phrase: str


def _heading_events(found: _Found, docs, kinds, b: int, cast: Cast, published: dt.date) -> None:
    """A heading under nothing but headings with a date of its own is a happening; the items of a list
    under a heading ('June 3: ...') are each one; other headings and bylines tell none."""
    if kinds[b] == "heading" and b > 0 and all(k == "heading" for k in kinds[:b]):
        ev = _dated_heading(docs, b, cast, published)
        if ev is not None:
            found.out.append(ev)
            found.clauses.append((b, -1, len(found.out)))
    elif kinds[b] == "heading" and _listed_under(docs, kinds, b):
        items = _list_item(docs, b, cast, published)
        found.out.extend(items)
        found.clauses.extend((b, -1, len(found.out) - k) for k in range(len(items)))


def _copy_dateline(doc, published: dt.date):
    """The dateline that opens the paragraph ('BRUSSELS, April 6 (Reuters) -': the date of the copy, not
    an event); none when its date is the line's only one ('KATHMANDU, Nepal, May 20, 2015 – JTF 505 is
    drawing down ...')."""
    opening = dateline(text_of(doc))
    if opening and re.search(r"\d{4}", opening.date) and not _dated_after(doc, opening, published):
        return None
    return opening


def _dated(doc, bent, published: dt.date) -> _Dated | None:
    """The date phrase ``bent`` of the paragraph with the verb it is the time of, or None when it tells no
    happening (a comparison, a wish, a length of time, a target, the date of the attribution ...)."""
    if _restated(doc, bent, published):
        return None  # 'tomorrow (Monday 4 September)': the date before it, told again
    ent = parsed_span(doc, bent)
    if not len(ent):
        return None
    _join_a_leading_date(ent, doc)
    _object_of_its_preposition(ent)
    _possessive_of_its_noun(ent)
    _in_the_opening_clause(ent)
    if (
        _span_of_comparison(ent)
        or _compared_with(ent)
        or _a_value_dated(bent, ent)
        or _wished(ent)
        or _in_attribution(ent)
        or _since_a_year(ent)
        or _since_a_record(ent)
        or _so_far(ent)
        or _any_time(ent)
        or _an_average_over(ent)
        or _a_length(ent)
        or _a_stretch(ent)
        or _the_other_term(ent)
        or _an_editions_year(ent)
        or _a_names_year(ent)
        or _a_titles_year(ent)
    ):
        return None
    off = ent.doc.user_data["offset"]
    ent.doc.user_data[_PREV] = _sentence_before(doc, off)
    ent.doc.user_data[_BLOCK] = doc
    anchor = _anchor(ent)
    before = _verb_before(ent)
    if before is None and not _is_time_of_happening(anchor):
        return None
    verb = before if before is not None else _governing_verb(anchor)
    tense = _tense(_what_is_said_before(verb, anchor) or verb) if verb is not None else None
    tense = _a_conjuncts_own_tense(anchor, verb, tense)
    if _tells_no_happening(ent, verb, anchor, tense) or _a_birth_year(ent, verb):
        return None
    phrase = _phrase(ent)
    if _a_target(ent, phrase, published) or _a_deadline_demanded(ent) or _a_time_allowed(ent):
        return None
    return _Dated(bent, ent, off, anchor, before, verb, tense, phrase)


def _tell(found: _Found, d: _Dated, blk: _Block, ends: set[int]) -> None:
    """The happening the date phrase ``d`` tells, added to ``found`` unless it is one told before or no
    happening at all; ``ends`` gets the phrase that ends a span this one begins."""
    named_by_day, when_tense, awaited = _when(d)
    resolved = _date_of(d.phrase, found.out, blk.published, when_tense, d.verb)
    if resolved is None:
        return
    if when_tense == "future":
        resolved = _after_the_saying(found, d, blk, resolved)
    resolved = _start_by_its_end(blk.doc, d.bent, d.phrase, blk.published) or resolved
    resolved = _restated_after(blk.doc, d.bent, resolved, blk.published) or resolved
    resolved = _before_its_anniversary(d, resolved, blk.published) or resolved
    now = _from_now(blk.doc, d.bent, resolved, blk.published)  # 'from now through March 14': today to then
    value, precision = (blk.published.isoformat(), "day") if now is not None else resolved
    if _the_running_year(value, d.tense, named_by_day, d.verb, blk.published) or _kept_up(d.verb, value, blk.published):
        return
    if _a_forecast(d.anchor, d.tense, precision):
        return
    if _generic_present(d.verb, d.anchor) and date_span(value)[0] <= blk.published <= date_span(value)[1]:
        return
    span = now or _span_end(blk.doc, d.bent, value, blk.published)
    if span.entity is not None:
        ends.add(span.entity)
    text = _event_text(d, blk)
    if (value, text) in found.seen:
        return
    found.seen.add((value, text))
    own = clause_of(d.anchor, d.before)
    clause, actors, above = _event_actors(d, blk, own, value, found.out)
    if not _new_happening(found, d, blk, own, value, clause, actors, named_by_day):
        return
    if not actors and own is not None and _time_of(d.anchor, own[0]):
        actors = _a_people_doing_it(blk, own[0], d.off)
    planned = d.tense == "future" and not named_by_day or date_span(value)[0] > blk.published
    names = _pronoun_names(blk.cast, blk.b, d.ent.sent, d.off, blk.quotes, blk.author, actors)
    when = _date_tokens(d.ent) | (_span_tokens(d.ent, span.stop) if span.date else set())
    # the line tells the clause ("Kerry spoke ... before the elections"), in its own tense
    if own is not None and above and _time_of_a_verb(d.anchor):
        own = clause_of(d.anchor, d.before, borrowed=above)  # 'to meet officials on Monday': who meets
    line = summary_line(d.anchor, when, names, planned and not (awaited and d.tense != "future"), d.before, own)
    found.out.append(
        FoundEvent(
            blk.b,
            value,
            precision,
            text,
            tuple(actors),
            "planned" if planned else "reported",
            _evidence(d.ent),
            end_date(d.phrase, resolved) or span.date or _end_by_length(d, value, precision),
            line,
        )
    )
    main = own[0] if own is not None else d.verb
    if d.bent.kb_id_ == _OF_A_NAME or awaited or when_tense is None and d.anchor.head.lower_ in EVENT_NOUNS:
        main = d.anchor.head  # 'ahead of the February summit': the summit's own time, not the clause's
    found.clauses.append((blk.b, d.ent.sent.start_char + d.off, main.i if main is not None else -len(found.out)))
    _note_its_noun(found, d)


def _after_the_saying(found: _Found, d: _Dated, blk: _Block, resolved: tuple[str, str]) -> tuple[str, str]:
    """'said on Monday that talks would be held on Wednesday': the Wednesday after the Monday, not after the
    day of writing."""
    if not _would_after_saying(d.verb) or not _A_DAY.fullmatch(clean_phrase(d.phrase)):
        return resolved
    said = found.out[-1] if found.out and found.out[-1].precision == "day" else None
    if said is None or said.text != _event_text(d, blk):
        return resolved
    return resolve_date(d.phrase, dt.date.fromisoformat(said.date), "future") or resolved


_HOW_MANY = frozenset("hundreds thousands millions dozens tens scores".split())


def _time_of(anchor, verb) -> bool:
    """Is the date ``anchor`` the time of ``verb`` itself ('voted on Sunday', 'voted Sunday'), not of a noun
    or a clause under it ('voted after an election in May failed')?"""
    return anchor.head == verb or anchor.head.dep_ == "prep" and anchor.head.head == verb


def _a_people_doing_it(blk: _Block, verb, off: int) -> list[str]:
    """Who did a thing no actor of the cast did: a people named by its plural demonym as the active subject
    of the dated verb ('Some Kenyans used social media Tuesday', 'hundreds of thousands of Albanians poured
    across the border three years ago'), or by a plural noun of doers or of a crowd ('looters attacked a
    pharmacy on Monday', 'The students occupied the school yesterday'), added to the cast as a crowd
    (``people_acting``, ``doers_acting``); not the subject of a verb of being ('Greeks are ...'), nor
    someone's own ('Kenya's Somalis')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for _ in range(2):  # 'hundreds of thousands of Albanians'
        if subj is None or subj.lower_ not in _HOW_MANY:
            break
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or verb.lower_ in _BE or not _is_verb(verb):
        return []
    if any(c.dep_ == "poss" for c in subj.children):
        return []
    start, end = subj.idx + off, subj.idx + off + len(subj)
    key = people_acting(blk.cast, blk.doc, blk.b, start, end)
    if key is None and (_doers_noun(subj) or subj.lower_ in CROWD_NOUNS):
        key = doers_acting(blk.cast, blk.doc, blk.b, start, end)
    return [key] if key is not None else []


_DOER = re.compile(r"(?P<stem>[a-z]{3,}?)e?(?:r|or|ist)s")


def _doers_noun(noun) -> bool:
    """Is the plural ``noun`` one of people who do what a verb says, its stem that verb ('looters', 'voters',
    'protesters', 'investors')?"""
    m = _DOER.fullmatch(noun.lower_)
    return noun.tag_ == "NNS" and m is not None and any(getAllLemmas(v, "VERB") for v in (m["stem"], m["stem"] + "e"))


_DOERS_AND_DONE = ("nsubj", "nsubjpass", "dobj", "attr")
_ENDING = frozenset("end close conclude finish wrap wind".split())


def _end_by_length(d: _Dated, value: str, precision: str) -> str | None:
    """'The two-day summit opens Monday', 'will hold a three-day meeting starting on May 2': the last day
    of a happening whose length in days its noun gives, counted from the day it starts."""
    low = next((t for t in d.anchor.ancestors if _is_verb(t)), None)
    if precision != "day" or low is None or verb_lemma(low) in _ENDING:
        return None  # ('a two-day visit ends on Friday': its last day)
    verbs = [low, low.head] if low.dep_ in ("advcl", "acl", "xcomp") else [low]
    for noun in (c for v in verbs for c in v.children if c.dep_ in _DOERS_AND_DONE):
        for day in (g for g in noun.children if g.lower_ == "day" and g.dep_ in ("compound", "amod", "nmod")):
            n = next((count_of(c.lower_) for c in day.children if c.dep_ == "nummod"), None)
            if n is not None and 2 <= n <= 31:
                return (dt.date.fromisoformat(value) + dt.timedelta(days=n - 1)).isoformat()
    return None


_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|past|coming)\b", re.I)


def _before_its_anniversary(d: _Dated, resolved: tuple[str, str], published: dt.date) -> tuple[str, str] | None:
    """'marked the first anniversary of the October 7 attack', 'the tenth anniversary of the March
    earthquake': a day or a month without its year, in what an anniversary is of, is that many years
    before the last such day by publication (one when the anniversary has no ordinal)."""
    if resolved[1] not in ("day", "month") or _YEAR_AFTER.search(d.phrase) or _A_DAY.search(d.phrase):
        return None  # (a weekday is of the week of writing: 'marked the anniversary on Tuesday')
    if not re.search(r"\b" + _MONTH_WORD + r"(?!\w)", d.phrase) or _RELATIVE_WORD.search(d.phrase):
        return None
    anniversary = next((t for t in d.anchor.ancestors if t.lower_ == "anniversary"), None)
    if anniversary is None:
        return None
    n = next((ordinal_of(c.lower_) for c in anniversary.children if ordinal_of(c.lower_)), None) or 1
    last = resolve_date(d.phrase, published, "past")
    if last is None or last[1] != resolved[1]:
        return None
    year = int(last[0][:4]) - n
    try:
        return (
            (dt.date.fromisoformat(f"{year:04d}{last[0][4:]}").isoformat(), "day")
            if last[1] == "day"
            else (
                f"{year:04d}{last[0][4:]}",
                "month",
            )
        )
    except ValueError:  # 29 February
        return None


def _when(d: _Dated):
    """Whether the phrase names a happening by its day ("today's conviction"), the tense its date is read
    in, and whether it is the time of something awaited ('in advance of the elections on December 7')."""
    anchor, tense = d.anchor, d.tense
    # "in the wake of Saturday's earthquake": a happening named by its day, in a clause of no
    # tense, is one that has happened
    named_by_day = anchor.dep_ == "poss" and anchor.head.text.lower() in EVENT_NOUNS  # "today's conviction"
    when_tense = "past" if tense is None and anchor.dep_ == "poss" else tense
    if anchor.dep_ in ("compound", "nmod", "amod") and (
        anchor.head.lower_ in EVENT_NOUNS or _a_happenings_kind(anchor)
    ):
        done = _did_a_thing(anchor.head) or _a_force_told(anchor.head, d) or _before_a_past(anchor.head, tense)
        when_tense = "past" if done else None  # 'discussed
        # preparations for the December meeting': the meeting's own time; 'the world was shocked by the May 28
        # massacre': past
    if _put_off_to(d.ent) or tense is None and _would_after_saying(d.verb) and _A_DAY.fullmatch(clean_phrase(d.phrase)):
        when_tense = "future"  # 'was postponed to May': the new time, still to come when it was moved;
        # 'announced that the vote would take place on Sunday': the Sunday after the announcing
    elif d.verb is not None and any(c.lower_ in _FIRST_PLAN for c in d.verb.children if c.dep_ == "advmod"):
        when_tense = None  # 'the meeting, originally planned for March': a plan given up, the March nearest
    elif tense is None and (_scheduled_present(d) or _a_set_start_or_end(d)):
        when_tense = "future"
    awaited = _awaited(d.ent) or _awaited_noun(anchor)
    if awaited:  # 'spoke in advance of the elections on December 7': the elections' own time,
        when_tense = "future" if tense in ("future", None) else None  # after what is still to come
    return named_by_day, when_tense, awaited


_A_DAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)  # a bare weekday
_ON_A_DAY = re.compile(r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _scheduled_present(d: _Dated) -> bool:
    """'The trial opens Monday', 'The minister travels to Paris on Saturday': a verb of doing in the
    simple present with a bare weekday tells what is scheduled (news writes plans so), the weekday to
    come; not a state ('remains closed Monday'), a saying ('says Monday'), 'be' or 'have'."""
    verb = d.verb
    if verb is None or verb.tag_ not in _PRESENT or not _ON_A_DAY.fullmatch(clean_phrase(d.phrase)):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.lower_ in _BE or verb.lower_ in _HAVE:
        return False
    return verb_lemma(verb) not in _STATIVE and not _SAYING.match(verb.lower_) and d.anchor.head == verb


_STARTS_OR_ENDS = frozenset("begin start open close end expire resume take come go kick".split())
_IN_EFFECT = frozenset("effect force operation".split())  # 'takes effect', 'comes into force'


def _a_set_start_or_end(d: _Dated) -> bool:
    """'The law takes effect on January 1', 'Applications close on May 5', 'The season opens June 3': a
    start or an end in the simple present with a day of a month and no year is set for that day, the
    one to come (a bare weekday is ``_scheduled_present``'s)."""
    verb = d.verb
    if verb is None or verb.tag_ not in _PRESENT or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if _YEAR_AFTER.search(d.phrase) or not _A_DAYS_DATE.search(d.phrase) or _A_DAY.search(d.phrase):
        return False
    lemma = verb_lemma(verb)
    if lemma in ("take", "come", "go"):  # only as 'takes effect', 'comes into force', 'goes into effect'
        return any(t.lower_ in _IN_EFFECT for t in verb.subtree)
    if lemma == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in _STARTS_OR_ENDS


def _would_after_saying(verb) -> bool:
    """'officials announced that the vote would take place on Sunday': a 'would' in what a past verb
    of saying reports, a future as of the saying."""
    return (
        verb is not None
        and verb.dep_ == "ccomp"
        and any(c.lower_ == "would" for c in verb.children if c.dep_ == "aux")
        and verb.head.tag_ == "VBD"
        and bool(_SAYING.match(verb.head.text))
    )


_FIRST_PLAN = frozenset("originally initially previously".split())
_PUT_OFF = frozenset("postpone postponed delay delayed defer deferred reschedule rescheduled adjourn adjourned".split())
_MOVED = frozenset("push pushed move moved bring brought put".split())


def _put_off_to(ent) -> bool:
    """'The meeting was postponed to May', 'pushed back until next month', 'brought forward to Thursday':
    the date a happening was moved to (its preposition 'to', 'until' or 'till' on a verb of moving
    a time)."""
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.lower_ not in ("to", "until", "till"):
        return False
    verb = prep.head
    if verb.lower_ in ("back", "forward", "off") and verb.head != verb:
        verb = verb.head  # ('pushed back to May': 'to' on the particle, the parser's choice)
    if verb.lower_ in _PUT_OFF:
        return True
    return verb.lower_ in _MOVED and any(c.lower_ in ("back", "forward", "off") for c in verb.children)


def _event_text(d: _Dated, blk: _Block) -> str:
    """The whole sentence of the phrase, without the paragraph's dateline."""
    begin, whole = _whole_sentence(blk.doc, d.ent.sent, d.off)
    text = sentence_text(whole)
    if blk.opening and begin == 0:
        text = sentence_text(text[blk.opening.end :])
    return text


def _event_actors(d: _Dated, blk: _Block, own, value: str, out: list[FoundEvent]):
    """Who did the dated thing: the tokens read for it, their actors (cast keys), and the subject of
    the clause above when the dated verb has none of its own. Each way is tried when those before
    found no one, but the subject above a subjectless clause is added to the clause's own ('After
    meeting X on Monday, Y resigned': Y and X)."""
    cast, b, sent, off, quotes, author = blk.cast, blk.b, d.ent.sent, d.off, blk.quotes, blk.author
    of_a_name = d.bent.kb_id_ == _OF_A_NAME
    clause = _doers_tokens(d.anchor, own, d.verb, sent, of_a_name)
    alone = of_a_name or _an_earlier_deed(d.anchor, own) is not None  # the noun's deed: no clause around it
    actors = _actors(cast, b, clause, sent, off, quotes, author)
    if not actors and own is not None and not alone:
        clause = _main_clause_of_time(own[0]) or clause
        actors = _actors(cast, b, clause, sent, off, quotes, author)
    above = _subject_above(own[0]) if own is not None and not alone else []
    if not actors and above and _time_of_a_verb(d.anchor):
        clause, actors = above, _actors_above(cast, b, own[0], above, sent, off, quotes, author)
    elif above and _time_of_a_verb(d.anchor):  # 'After meeting X on Monday, Y resigned': Y met X too
        doers = _actors(cast, b, above, sent, off, quotes, author)
        actors = doers + [k for k in actors if k not in doers]
    if not actors and _they_subject(clause):
        actors = _the_parties_before(out, b)
    if not actors and _the_two_nations(clause, d.anchor):
        actors = _the_two_states(cast, b, sent, off, out)
    if not actors and own is not None and not alone:
        actors = _teller_after(cast, b, own[0], sent, off, quotes, author) or _name_before(cast, b, own[0], off)
    if not actors and own is not None and _that_happened(own[0]):
        actors = _actors(cast, b, _clause_before(own[0]), sent, off, quotes, author)
    actors = actors + [k for k in _owner_of_the_dated_noun(cast, b, d.anchor, off) if k not in actors]
    owner = _pronoun_owner_of_the_dated_noun(cast, b, d.anchor, sent, off, quotes, author)
    actors = actors + [k for k in owner if k not in actors]
    running = _candidates(cast, b, d.anchor, sent, off)
    if running and d.anchor.dep_ == "poss":  # "X declared Roe the winner of Saturday's election": X only tells it
        actors = [k for k in actors if k in running or cast.members[k].kind == "person"]
    actors = actors + [k for k in running if k not in actors]
    if _time_of_a_force(d.anchor):
        actors = []  # 'Gates pointed to an October 2005 earthquake': no one of the clause made it
    actors = _we_of_a_joint_appearance(blk, clause, sent, off, actors)
    if not any(cast.members[k].kind == "person" for k in actors if k in cast.members):
        actors = actors + [k for k in _named_after_the_lead(cast, b, clause, sent, off) if k not in actors]
    if own is not None and _speaks_now_of_the_past(own[0], value, blk.published):
        who = [t for c in own[0].children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        speakers = _actors(cast, b, who, sent, off, quotes, author) if who else []
        actors = [k for k in actors if k not in speakers]
    return clause, actors, above


_JOINT = re.compile(
    r"^(?:Joint )?(?:Remarks|Press (?:Conference|Availability)|Press Remarks|Statements? to the Press)\b"
    r".*?\b[Ww]ith (?P<with>.+)$"
)


def _joint_appearance(title: str, docs, cast: Cast) -> tuple[str, ...]:
    """The people of a joint appearance a transcript's headline tells ('Remarks With Foreign Minister
    Jane Roe', 'Joint Press Conference With ...'): the people it names after 'with' and the one a short
    first line gives the transcript to ('Secretary John Doe / Capital / March 13, 2008'); none when
    they are fewer than two."""
    m = _JOINT.match(title.replace("’", "'").strip())
    if m is None or not docs:
        return ()
    text = m["with"]
    named = [
        k
        for k, c in cast.members.items()
        if c.kind == "person"
        and any(len(f.split()) > 1 and re.search(r"\b" + re.escape(f) + r"\b", text) for f in (k, *c.forms))
    ]
    if len(text_of(docs[0]).split()) <= 12:
        named += [
            m.key
            for m in sorted(cast.mentions, key=lambda m: m.start)
            if m.block == 0 and m.key in cast.members and cast.members[m.key].kind == "person"
        ]
    people = tuple(dict.fromkeys(named))
    return people if len(people) >= 2 else ()


def _we_of_a_joint_appearance(blk: _Block, clause, sent, off: int, actors: list[str]) -> list[str]:
    """'We' said by one of the people of a joint appearance (a transcript of 'Remarks With X') is
    those people, not the speaker's body ('during our luncheon, later today, we will be discussing')."""
    tok = _subject_pronoun(clause)
    if not blk.pair or tok is None or tok.lower_ != "we":
        return actors
    teller = next(
        (
            q.speaker
            for q in blk.quotes
            if q.block == blk.b and sent.start_char + off < q.end and sent.end_char + off > q.start and q.speaker
        ),
        blk.author,
    )
    if teller not in blk.pair:
        return actors
    bodies = {a for k in blk.pair for a in _bodies(blk.cast, k)}
    return list(blk.pair) + [k for k in actors if k not in blk.pair and k not in bodies]


_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")


def _named_after_the_lead(cast: Cast, b: int, clause, sent, off: int) -> list[str]:
    """Who a lead's described subject is ('A former web producer ... was charged today', 'Ruritania's
    army chief dissolved parliament Thursday'), as news names the one it first describes in the next
    paragraph ('John Roe, 26, of ... was charged'): the first person that paragraph names, when the
    subject is a singular noun of a person (a role, or a doer's noun: producer, director, activist) that
    names no one, and nobody has been named before it in the article."""
    subj = next((t for t in clause if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"), None)
    if (
        subj is None
        or subj.lower_ in PEOPLE_NOUNS
        or subj.lower_ in _KIN
        or any(c.dep_ == "conj" for c in subj.children)
    ):
        return []  # (not a relative: 'a father and his two daughters died' are people the story may never name)
    if _role_word(subj) is None and not _AGENT_NOUN.fullmatch(subj.lower_):
        return []
    people = [m for m in cast.mentions if m.key in cast.members and cast.members[m.key].kind == "person"]
    end = sent.end_char + off
    if any((m.block, m.start) < (b, end) for m in people):
        return []
    after = sorted((m for m in people if m.block == b + 1), key=lambda m: m.start)
    acting = {m.key for m in cast.actors()}
    return [after[0].key] if after and after[0].key in acting else []


def _new_happening(found: _Found, d: _Dated, blk: _Block, own, value: str, clause, actors, named_by_day) -> bool:
    """Whether the event is a happening not told before in the article, and no small talk."""
    main = own[0] if own is not None else d.verb
    named = _actors(blk.cast, blk.b, clause, d.ent.sent, d.off, blk.quotes, blk.author, pronouns=False)
    again = (value, verb_lemma(main) if d.verb is not None else "", tuple(actors))
    if actors and again in found.told:
        return False  # the lead's happening told again in the body, in other words
    if _pointed_back(main) and any(e.date == value for e in found.out):
        return False  # 'that's what happened this weekend': a happening told before, pointed to
    if _named_again(d.anchor, value, found.out) or _today_again(d, blk, value, actors, found.out):
        return False
    found.told.add(again)
    small_talk = (
        not named
        and _DEICTIC.fullmatch(clean_phrase(d.ent.text))
        and not any(e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") for e in d.bent.sent.ents)
        and not _told_by_a_noun_subject(main, d.anchor)
        and not (actors and _third_person_subject(clause))
        and not (named_by_day and not _first_person_subject(clause))
        and not _cut_at_abbreviation(d.ent.sent)
        and not _did_something(main)
    )
    return not small_talk  # 'Happy Tuesday.', 'Sorry for the delay today.'


def _today_again(d: _Dated, blk: _Block, value: str, actors, out: list[FoundEvent]) -> bool:
    """'"Today it took me five hours," she said', '"it was great to play with them today," he said' after
    the day's happening is told: a 'today' of a past verb whose subject is 'it', inside a quotation, with no
    actor of its own, on a day that has its event already, is a witness telling that day again from within
    it (how it went, how long it took), not a second happening."""
    if actors or d.tense != "past" or not _THIS_DAY.fullmatch(clean_phrase(d.ent.text)) or d.verb is None:
        return False  # ('"with the storm forecast for this evening"': what is still to come that day)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in d.verb.children):
        return False  # ('"We received the samples today and tested them"': a deed of the speakers)
    if not any(e.date == value for e in out):
        return False
    at = d.bent.start_char
    return any(q.block == blk.b and q.start <= at < q.end for q in blk.quotes)


def _named_again(anchor, value: str, out: list[FoundEvent]) -> bool:
    """'Observers called Saturday’s election flawed' after 'won the election on Saturday', 'the February
    protests' after 'protests which in February toppled the government': a happening named by its date
    before its noun, when an event of that date told before has that noun, is the same one named again."""
    noun = anchor.head
    if anchor.dep_ not in _MODIFIER or noun.i < anchor.i or noun.tag_ not in ("NN", "NNS"):
        return False
    form = noun.lower_.removesuffix("s")  # ('protests' after 'a protest')
    return any(
        e.date == value and form in {w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", e.text.lower())} for e in out
    )


def _doers_tokens(anchor, own, verb, sent, of_a_name: bool) -> list:
    """The tokens whose names did the dated thing: the line's clause (subject, verb, objects), or the
    dated noun's own when the date is an event's or a deed's that the clause only speaks of, and who
    else the verb's line names as doing it."""
    if own is not None:
        clause = _doers_clause(own, anchor)
    else:
        clause = _clause_tokens(verb, anchor) if verb is not None else list(sent)
    if of_a_name or _an_event_spoken_of(anchor, own):
        clause = list(anchor.head.subtree)  # 'the February European Council': the body meeting
    elif (earlier := _an_earlier_deed(anchor, own)) is not None:
        clause = list(earlier.subtree)  # 'was confirmed on Saturday, ... since the return to democracy in 1992'
    elif _an_event_described(anchor):
        clause = list(anchor.head.head.subtree)  # 'The meeting of X on Thursday will be a battle'
    if own is not None:
        clause = clause + _name_of_a_reduced_relative(own[0])
        clause = clause + _who_the_noun_is(own[0])
        clause = clause + _partners(own[0], clause)
        clause = clause + _whose_owner(own[0])
        clause = clause + _leader_of_the_subject(own[0], clause)
        clause = clause + _speaker_in_the_subject(own[0])
        clause = clause + _blamed_for(own[0])
        clause = clause + _when_of_a_passive(own[0])
    return clause + _when_clause_of(anchor, clause)


def _when_of_a_passive(verb) -> list:
    """Who did what a passive without an agent tells, as its 'when' clause names them ('The talks were
    suspended Friday when the rebels said they needed time', 'Flights were cancelled on Monday when the
    union called a strike'): that clause's subject."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    whens = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(w.dep_ in ("advmod", "mark") and w.lower_ == "when" for w in c.children)
    ]
    return [t for c in whens for s in c.children if s.dep_ == "nsubj" for t in s.subtree]


def _speaker_in_the_subject(verb) -> list:
    """The 'we' or 'I' of a relative clause on a passive's subject, when no agent names who did it
    ('A working session was held this morning in which we addressed ...', 'The talks that we held on
    Monday were ...' is the same): the speaker held the thing they say they took part in."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return []
    rels = [c for t in (verb, *subjects) for c in t.children if c.dep_ == "relcl"]  # (parsed on the verb when put last)
    return [c for rel in rels for c in rel.children if c.dep_ == "nsubj" and c.lower_ in ("we", "i")]


_BLAMED_WITH = {"with", "at", "against", "toward", "towards"}


def _blamed_for(verb) -> list:
    """Who did what a subjectless 'for' + -ing clause tells: the one praised or blamed for it ('thanked
    Japan for sending aid last week', 'expressed anger with President Roe for devaluing the currency
    last month', 'anger at Roe for ...'), not the subject who praises or blames."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "for":
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    up, own = verb.head.head, {t.i for t in verb.head.subtree}
    if up.tag_ in ("NNP", "NNPS") and up.dep_ in ("pobj", "dobj"):
        whom = [up]  # ('anger with President Roe for devaluing': 'for' parsed on the name)
    else:  # 'thanked Japan for', 'anger with Roe for', 'expressed anger at Roe for'
        nouns = [c for c in up.children if c.dep_ == "dobj"] if up.tag_.startswith("VB") else [up]
        at = [c for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in _BLAMED_WITH for c in p.children]
        whom = at or nouns
    return [t for c in whom if c.dep_ in ("pobj", "dobj") for t in c.subtree if t.i not in own]


def _when_clause_of(anchor, clause) -> list:
    """The subject and objects of a 'when' clause on the date itself ('after her arrest February 1,
    when the military seized power', 'The deal was agreed in May, when X met Y'), or right after the
    date where the parser hangs it on the noun before ('triple the amount in 2001 when China joined the
    WTO'): what was done then."""
    have = {t.i for t in clause}
    out = []
    rels = [c for c in anchor.children if c.dep_ == "relcl"]
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
        end = anchor.right_edge.i
        rels += [c for c in anchor.head.head.children if c.dep_ == "relcl" and c.left_edge.i in (end + 1, end + 2)]
    for rel in (c for c in rels if c.lower_ not in _BE):  # (not 'when X was mayor')
        if any(w.dep_ == "advmod" and w.lower_ == "when" and w.i < rel.i for w in rel.children):
            parts = (c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"))
            out += [t for c in parts for t in c.subtree if t.i not in have]
    return out


# a word every match of _SMALL_TALK holds whole (no letter either side): 'us', 'welcome', 'thank' or 'thanks', ...
_SMALL_TALK_WORDS = frozenset(
    "us welcome good recorded listen joined statement remarks intervention thank thanks dial dialed dialled dialing"
    " dialling questions".split()
)


def _small_talk(doc, sent_text: str) -> bool:
    r"""``_SMALL_TALK.search(sent_text)``, a sentence of block ``doc``: not searched in an ASCII block without one of
    its words (``lowered_words``). 183 sentences of the 80 real texts a pass: 2.45 ms of CPU (timed around each
    search, load average 2.3; ``re.I`` and a leading ``\b`` over whole sentences), 0.4 ms for the 29 left."""
    words = lowered_words(doc)
    return (words is None or not words.isdisjoint(_SMALL_TALK_WORDS)) and _SMALL_TALK.search(sent_text) is not None


def _tells_no_happening(ent, verb, anchor, tense) -> bool:
    """The date's sentence or verb tells no happening: a question, small talk, a sentence that asserts
    nothing, a state, a generic, habitual or conditional verb, a tally 'as of' a day."""
    sent = ent.sent
    sent_text = text_of(ent.doc)[sent.start_char : sent.end_char].strip()  # ``sent.text``, no Token made
    if sent_text.endswith("?") or _small_talk(ent.doc, sent_text) and _DEICTIC.fullmatch(clean_phrase(ent.text)):
        return True  # a question asserts nothing; 'thank you for joining us today' is no happening
    if _asserts_nothing(sent, verb) or _a_state(verb, anchor) or _present_state(verb, anchor):
        return True
    if _a_count_held(verb, anchor) or _an_age(verb, anchor):
        return True
    if _generic(verb) or _habitual(verb) or _conditional(verb) or _a_call(verb, ent) or _plan_fell_through(verb):
        return True
    return bool(_as_of(ent)) and tense != "future"  # 'As of Monday, 1,900 troops were on duty': a tally


def _a_target(ent, phrase: str, published: dt.date) -> bool:
    """'cut emissions 17 percent by 2020': a year after the publication's, after 'by', is a target,
    not a happening."""
    evidence = _evidence(ent)
    if not (phrase.startswith("by ") or evidence.lower().startswith("by ")):
        return False
    return bool(re.fullmatch(r"(?:by )?(?:1[89]|20)\d\d", evidence.lower())) and int(evidence[-4:]) > published.year


_DEMAND = frozenset("demand press call urge order ask request push seek insist pressure".split())


def _a_deadline_demanded(ent) -> bool:
    """'had pressed for a decision by Tuesday', 'Unions demanded a pay deal by Friday', 'called for a
    ceasefire by the end of the week': a day after 'by' that hangs on a demand (or on what it asks for)
    is the deadline set for it, no happening of that day (the demand has a time of its own)."""
    doc = ent.doc
    by = doc[ent.start - 1] if ent.start > 0 and doc[ent.start - 1].lower_ == "by" else ent[0]
    if by.lower_ != "by":
        return False
    head = by.head
    for _ in range(4):  # 'for a decision by Tuesday': up from the noun asked for to the verb asking
        if _is_verb(head) or head.head == head:
            break
        head = head.head
    return _is_verb(head) and verb_lemma(head) in _DEMAND


_ALLOW = frozenset("give grant allow have".split())


def _a_time_allowed(ent) -> bool:
    """'The court gave him until Friday to find a lawyer', 'Applicants have until 30 June to register': the
    day after 'until' that is the object of a giving or having is the time allowed for a deed, no happening
    of that day (the giving has a time of its own)."""
    doc = ent.doc
    until = doc[ent.start - 1] if ent.start > 0 and doc[ent.start - 1].lower_ in ("until", "till") else ent[0]
    if until.lower_ not in ("until", "till") or not _is_verb(until.head):
        return False
    return verb_lemma(until.head) in _ALLOW


def _the_running_year(value: str, tense, named_by_day: bool, verb, published: dt.date) -> bool:
    """'This year, we are celebrating ...', 'CDC highlights its work during 2016': the year still
    running, in a present clause, not of a past form, tells a state over it, no happening ('secured
    earlier this year', 'launches conducted in 2022', 'will leave port in the New Year', 'the plan to
    halve inflation this year' do)."""
    return (
        value == str(published.year)
        and tense not in ("past", "future")
        and not named_by_day
        and not (verb is not None and verb.tag_ in ("VBD", "VBN"))
    )


_FIGURE_VERBS = frozenset("increase rise grow fall drop decline decrease shrink climb double triple halve".split())
_SIZE_VERBS = frozenset("total reach surpass exceed top hit amount".split())  # of a figure only ('reach $5 billion')
_EXPECT = frozenset("expect forecast project predict estimate".split())


def _a_forecast(anchor, tense, precision: str) -> bool:
    """'That number is expected to increase this year', 'costs will total $2 billion by the end of March',
    'sales will surpass $17 billion this year': a figure's change or size to come over a month, a quarter
    or a year (the lowest verb above the date, in a future or under 'expect') is a forecast, no happening
    (a day's is a change set for it: 'fares will rise on Monday')."""
    if precision == "day":
        return False
    verb = next((t for t in anchor.ancestors if _is_verb(t)), None)
    if verb is not None and _a_figure_expected(verb):
        return True
    if verb is None or not (verb_lemma(verb) in _FIGURE_VERBS or _to_a_figure(verb)):
        return False
    expected = any(verb_lemma(t) in _EXPECT for t in verb.ancestors if _is_verb(t))  # (under 'says it expects')
    return expected or tense == "future"


def _a_figure_expected(verb) -> bool:
    """'We expect 31 by next year', '280,000 more are expected to return this year': a number expected
    (the object of 'expect', or the subject of what is expected) over a coming period is a forecast of a
    figure, no happening ('the vote is expected to take place in March' is one: no number)."""
    if verb_lemma(verb) in _EXPECT and verb.tag_ != "VBN":
        return any(c.dep_ == "dobj" and c.tag_ == "CD" for c in verb.children)
    expected = verb if verb_lemma(verb) in _EXPECT else verb.head if verb.dep_ == "xcomp" else None
    if expected is None or verb_lemma(expected) not in _EXPECT:
        return False
    return any(c.dep_ == "nsubjpass" and c.tag_ == "CD" for c in expected.children)


def _to_a_figure(verb) -> bool:
    """'will reach 8 billion', 'to total two billion dollars', 'will surpass $17.6 billion' (not 'will hit
    the coast')."""
    if verb_lemma(verb) not in _SIZE_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "prep")]
    return any(t.tag_ == "CD" or t.text in ("$", "%") for c in objects for t in c.subtree)


def _kept_up(verb, value: str, published: dt.date) -> bool:
    """'This week, we continued to see record drought', 'In 2016, the agency continued fighting
    disease': what went on through a period still running on the day of writing (a week, a month, a
    year that holds it) is a state kept up over it, no happening at it (not 'talks continued on
    Tuesday': a day's doing)."""
    if verb is None or verb_lemma(verb) != "continue" or date_precision(value) == "day":
        return False
    start, end = date_span(value)
    return start <= published <= end


def _dated_after(doc, opening, published: dt.date) -> bool:
    """Whether the sentence a dateline opens has a date of its own after it, another day than the
    dateline's ('WASHINGTON, March 18, 2014 - X spoke with Y last night'): then that is the time of
    what it tells, not the dateline's."""
    start = opening.end
    first = sentence_at(doc, start)
    own = resolve_date(opening.date, published)
    for bent in date_entities(doc, published):
        if not start <= bent.start_char < first.end_char or resolve_date(_phrase(bent), published) == own:
            continue
        ent = parsed_span(doc, bent)
        verb = date_verb(_anchor(ent)) if len(ent) else None
        if verb is not None and verb.dep_ == "ROOT":
            return True  # (not 'X is helping to find a jet that went missing early Saturday': the jet's time)
    return False


def _finest(found: list[FoundEvent], clauses: list[tuple[int, int, int]]) -> list[FoundEvent]:
    """The events without one whose clause has a finer date inside its own ('taking place next week
    over 16-17 July', 'in March, on the 3rd'): one happening, dated by its finer phrase."""
    return [
        e
        for i, e in enumerate(found)
        if not any(
            j != i and clauses[j] == clauses[i] and _inside(o.date, e.date) and o.date != e.date
            for j, o in enumerate(found)
        )
    ]


_COARSE_DEICTIC = re.compile(
    r"(?:(?:early|late|earlier|later) )?(?:this|last|past|the past|previous) (?:week|month|year)(?:['’]s?)?", re.I
)
_ANOTHER = frozenset("another second new fresh".split())
_PHASES = frozenset("begin start end finish continue resume escalate intensify spread".split())


def _note_its_noun(found: _Found, d: _Dated) -> None:
    """The noun of the happening a week, month or year reckoned from the day of writing dates ("Last
    year's earthquake", 'the parade was held this year', 'pummeled last week by a cyclone'): a
    happening's noun the date is of, or the subject or agent of its verb (``_told_again_finer``)."""
    if not _COARSE_DEICTIC.fullmatch(_evidence(d.ent)) or d.verb is not None and verb_lemma(d.verb) in _PHASES:
        return  # ('The protests began last week': their start, a happening of its own)
    nouns = [d.anchor.head] if d.anchor.dep_ in _MODIFIER else []
    if d.verb is not None:
        nouns += [c for c in d.verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        nouns += [p for c in d.verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    happening = {_noun_lemma(t.lower_) for t in nouns if t.lower_ in EVENT_NOUNS | _FORCES}
    if happening:
        found.nouns[len(found.out) - 1] = frozenset(happening)


def _told_again_finer(found: _Found) -> None:
    """'Last year's earthquake took his son' and 'After the May 12 earthquake, ...'; 'was pummeled last
    week by a cyclone' and 'Since the cyclone hit last Friday': a happening's noun dated by a week, month
    or year reckoned from the day of writing, when another event of the article, of a day inside that
    period, names the same noun (not 'another', 'a second' one), is that happening told again, coarser:
    it is dropped for the finer one."""
    drop = {
        i
        for i, nouns in found.nouns.items()
        if any(
            o.status == found.out[i].status and _inside(o.date, found.out[i].date) and _names(o.text, nouns)
            for o in found.out
        )
    }
    if drop:
        keep = [i for i in range(len(found.out)) if i not in drop]
        found.out[:] = [found.out[i] for i in keep]
        found.clauses[:] = [found.clauses[i] for i in keep]


def _names(text: str, nouns: frozenset[str]) -> bool:
    """Whether a sentence names one of the nouns (in any number), not as 'another' or 'a second' one."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(_noun_lemma(w) in nouns and not (k and words[k - 1] in _ANOTHER) for k, w in enumerate(words))


def _noun_lemma(word: str) -> str:
    """A noun in the singular ('earthquakes': 'earthquake'); the word itself when lemminflect has none."""
    return next(iter(getAllLemmas(word, "NOUN").get("NOUN", ())), word)


def _inside(fine: str, coarse: str) -> bool:
    """Whether the period ``fine`` lies within ``coarse`` and is shorter."""
    f0, f1 = date_span(fine)
    c0, c1 = date_span(coarse)
    return c0 <= f0 and f1 <= c1 and (f1 - f0) < (c1 - c0)


# verbs that speak of a happening without taking part in it ('welcomed the April 12 inauguration of X')
_SPOKEN_OF = {"welcome", "condemn", "commend", "congratulate", "discuss", "urge", "mourn", "praise"}
_SPOKEN_OF |= {"applaud", "denounce", "deplore", "note", "mark", "await", "criticize", "criticise", "hail"}


def _an_event_spoken_of(anchor, own) -> bool:
    """A date naming an event noun ('the December meeting', "Saturday's election") that is what a
    verb of speaking-of has for its object or in it ('discussed preparations for the December
    meeting', 'welcomes the April 12 inauguration of X'): the event is the noun's, with its own
    parties, not the one who speaks of it."""
    if own is None or anchor.dep_ not in _MODIFIER:
        return False
    a_days = anchor.dep_ == "poss" and anchor.head.tag_ == "NN"  # "today's transfer of X": that day's happening
    if anchor.head.lower_ not in EVENT_NOUNS | _NAMED_EVENTS and not a_days:
        return False
    noun = anchor.head
    return noun.dep_ not in _SUBJECT and verb_lemma(own[0]) in _SPOKEN_OF


_RECKONING = {"since", "after", "before", "following", "until"}


def _an_earlier_deed(anchor, own):
    """The deed noun a date hangs on when the verb has a date of its own and the noun only marks a time
    reckoned from it ('X was confirmed on Saturday, the fifth since the return to democracy in 1992'):
    that noun, whose deed is not the verb's subject's; None otherwise."""
    noun = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else None
    if own is None or noun is None or noun.tag_ != "NN" or noun.dep_ != "pobj" or noun.head.lower_ not in _RECKONING:
        return None
    parts = [
        c for c in own[0].children if c.dep_ in ("prep", "npadvmod") and not c.left_edge.i <= noun.i <= c.right_edge.i
    ]
    dated = any(_DAYWORD.search(c.text) or _A_DAYS_DATE.search(c.text) for p in parts for c in p.subtree)
    return noun if dated else None


def _speaks_now_of_the_past(verb, value: str, published: dt.date) -> bool:
    """'The United States congratulates X for its election on June 9', 'We condemn the attack on
    Monday': a verb of speaking-of in the present, with a date before the day of writing; the date
    is the time of what it speaks of, whose parties are not who speaks of it now."""
    return verb.tag_ in ("VBZ", "VBP") and verb_lemma(verb) in _SPOKEN_OF and date_span(value)[1] < published


# happenings of nature, which no one of the cast does ('the October 2005 earthquake', 'Hurricane Dean')
_FORCES = {"earthquake", "quake", "aftershock", "tremor", "tsunami", "hurricane", "cyclone", "typhoon", "tornado"}
_FORCES |= {"storm", "flood", "eruption", "landslide", "mudslide", "avalanche", "wildfire", "blizzard", "heatwave"}
_FORCES |= {p for w in _FORCES for p in _plurals(w)} | {"flooding", "monsoon", "drought"}
_SPELL = {"period", "days", "week", "weeks", "night", "nights", "hours", "time"}


def _time_of_a_force(anchor) -> bool:
    """Whether the date is the time of a happening of nature that a noun names, not of the clause's verb:
    a modifier of the noun ('an October 2005 earthquake', "Saturday's quake", 'Cyclone Ivan') or after a
    preposition on it ('flooding during the period of April 25-28'); who the clause names, speaking of
    it, helping or struck by it, did not do it."""
    t = anchor
    for _ in range(3):
        if t.dep_ in _MODIFIER:
            noun = t.head
        elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.tag_.startswith("NN"):
            noun = t.head.head
        else:
            return False
        if not noun.tag_.startswith("NN"):
            return False
        if noun.lower_ in _FORCES or any(c.dep_ == "compound" and c.lower_ in _FORCES for c in noun.children):
            return True
        if noun.lower_ not in _SPELL:
            return False
        t = noun  # 'during the period of April 25-28': up to what the period is of
    return False


def _a_force_told(noun, d: _Dated) -> bool:
    """'damage from the January earthquake': a happening of nature named by its month or year, in a clause
    not in the future, has happened (no one knows of an earthquake months ahead): the January before the
    day of writing (not 'bracing for the Friday storm', a forecast)."""
    return noun.lower_ in _FORCES and d.tense != "future" and not _A_DAYS_DATE.search(d.phrase)


_BEFORE_WORDS = frozenset(("after", "since", "following"))


def _before_a_past(noun, tense) -> bool:
    """'After the May 12 earthquake, he did not sleep for days', 'Since the March 3 vote, the party has
    split': a happening's noun after 'after', 'following' in a past clause, or after 'since' in one not in
    the future, came before what that clause tells, which has happened: so has it (the May 12 before the
    day of writing, not the one just after it)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in _BEFORE_WORDS or prep.dep_ != "prep":
        return False
    tense = _tense(prep.head) if _is_verb(prep.head) else tense  # (the clause's, not 'following' taken for a verb)
    return tense == "past" or prep.lower_ == "since" and tense != "future"


def _an_event_described(anchor) -> bool:
    """'The meeting of the finance ministers on Thursday will be the first big battle': a date on an
    event noun that is the subject of 'be'; what the sentence says of it is no party to it."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.lower_ not in EVENT_NOUNS:
        return False
    noun = prep.head
    return noun.dep_ == "nsubj" and noun.head.lower_ in _BE


_NAMED_EVENTS = {"inauguration", "election", "elections", "verdict", "verdicts", "ruling", "funeral", "coup"}


_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"}


_CLOCK_TOKEN = re.compile(r"\d{1,2}(?:[:.]\d\d)?|[apAP]\.?[mM]\.?|[A-Z]{2,4}|local|time|noon|midnight")


def _restated(doc, bent, published: dt.date) -> bool:
    """A date in parentheses right after another date ('tomorrow (Monday 4 September)'), or after
    a clock time there ('landed at 10:32 p.m. PDT Aug. 5 (1:32 a.m. EDT Aug. 6)': the same moment
    in another time zone)."""
    before = bent.start - 1
    while before > 0 and doc[before].text != "(" and _CLOCK_TOKEN.fullmatch(doc[before].text):
        before -= 1
    opened = before - (before > 0 and doc[before - 1].text == ",")  # 'Aug. 5, (1:32 a.m. ...)'
    return (
        before > 0
        and doc[before].text == "("
        and any(e.end == opened for e in doc.ents if e.label_ in ("DATE", "TIME") and e != bent)
    )


def _what_is_said_before(verb, anchor):
    """'said the talks will re-open Monday in Havana', parsed with the date on 'said': the verb of what is
    said, between the saying and the date, whose tense the date is read in (not 'said Monday the talks
    ...', nor 'The talks were useful, he said Monday': the saying's own time). (The clause, its line and
    its doers stay the parse's: a verb cut in three, 're' '-' 'open', would cut the line.)"""
    if anchor.head != verb or not _SAYING.match(verb.lower_):
        return None
    said = [c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < anchor.i and _is_verb(c)]
    helped = [c for c in said if any(a.dep_ in ("aux", "auxpass") for a in c.children)]  # ('will' on 're')
    return (helped or said or [None])[-1]


def _restated_after(doc, bent, resolved: tuple[str, str], published: dt.date) -> tuple[str, str] | None:
    """'will set out today (3 July 2025)', 'signed yesterday (Thursday 14 November)': a day word with its
    day written out in parentheses after it is that day (a release dated before it went out, or after);
    None when no such day follows, or one more than a week away from the day word's."""
    if not _DAY_WORD.search(bent.text) or resolved[1] != "day":
        return None
    after = bent.end
    if after >= len(doc) or doc[after].text != "(":
        return None
    told = next((e for e in doc.ents if e.start == after + 1 and e.label_ in ("DATE", "TIME")), None)
    if told is None:
        return None
    day = resolve_date(told.text, published)
    if day is None or day[1] != "day" or _weekday_disagrees(told.text, dt.date.fromisoformat(day[0])):
        return None  # ('tomorrow (Monday 3 September)' of a September 3 on a Sunday: a slip, the day word kept)
    gap = abs((dt.date.fromisoformat(day[0]) - dt.date.fromisoformat(resolved[0])).days)
    return day if 0 < gap <= 7 else None


def _weekday_disagrees(text: str, day: dt.date) -> bool:
    """Whether ``text`` names a weekday that ``day`` is not."""
    named = _A_DAY.search(text)
    return named is not None and not day.strftime("%A").lower().startswith(named.group(0).lower()[:3])


def _object_of_its_preposition(ent) -> None:
    """A date after a preposition left without an object, that the parser took into the name after it
    ('On 12 March Prime Minister Jane Doe spoke', '12 March' a modifier of 'Doe'): hung on that
    preposition as its object, so it is the time of the clause the preposition belongs to."""
    doc = ent.doc
    prep = doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
        return
    outside = [t for t in ent if not ent.start <= t.head.i < ent.end and t.head != t]
    if not outside or any(t.dep_ not in _MODIFIER or t.head.i < ent.end for t in outside):
        return
    root = next((t for t in ent if t.text in _MONTHS or _WEEKDAY_FIRST.match(t.text)), ent[-1])
    for t in outside:
        if t != root:
            t.head = root
    root.head = prep
    root.dep_ = "pobj"


def _in_the_opening_clause(ent) -> None:
    """A date between an opening clause's verb and the comma that ends that clause, that the parser
    hung on the main verb after the comma ('As the minister said this morning, the storm is
    dangerous'): hung on the opening clause's verb, whose time it is."""
    doc = ent.doc
    root = ent.root
    verb = doc[ent.start - 1] if ent.start > 0 else None
    if (
        verb is None
        or root.dep_ not in ("npadvmod", "prep")
        or not _is_verb(root.head)
        or root.head.i < ent.end
        or ent.end >= len(doc)
        or doc[ent.end].text != ","
        or verb.dep_ != "advcl"
        or verb.head != root.head
        or not _is_verb(verb)
        or not any(c.dep_ == "mark" for c in verb.children)
    ):
        return
    root.head = verb


_BEFORE_A_NOUN = {"JJ", "JJR", "JJS", "RB", "VBN", "VBG", "CD", "NNP", "HYPH"}


def _possessive_of_its_noun(ent) -> None:
    """A date with the possessive 's after it that the parser made a subject or object of its own
    (it often does with a typographic apostrophe: 'This weekend’s attacks were ...'): hung on the
    noun it qualifies, the first common noun after the 's, as its possessor ('Tuesday's quake')."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].tag_ != "POS" or ent.root.dep_ == "poss":
        return
    i = ent.end + 1
    while i < len(doc) and doc[i].tag_ in _BEFORE_A_NOUN:
        i += 1
    if i >= len(doc) or doc[i].tag_ not in ("NN", "NNS") or ent.root.head.i == i:
        return
    if any(t.i == ent.root.i for t in doc[i].ancestors):
        return  # (the noun hangs on the date: no cycle)
    ent.root.head = doc[i]
    ent.root.dep_ = "poss"


def _join_a_leading_date(ent, block) -> None:
    """A date the parser left as a sentence of its own before the clause it opens ('This afternoon (27
    September 2024) the minister has met ...'): hung on that clause's verb, as its time."""
    sent = ent.sent
    doc = ent.doc
    if (
        sent.end >= len(doc)
        or any(_is_verb(t) or t.text == ":" for t in sent)
        or not ent.start <= sent.root.i < ent.end
    ):
        return  # ('August 6, 2014: Today, ...': a date line, not the clause's time)
    first = doc.user_data["first"]
    dated = {i - first for e in block.ents if e.label_ in ("DATE", "TIME") for i in range(e.start, e.end)}
    if not all(t.i in dated or t.is_punct or t.like_num or t.text in _MONTHS for t in sent):
        return
    verb = doc[sent.end].sent.root
    if _is_verb(verb):
        root = sent.root
        root.head = verb
        root.dep_ = "npadvmod"


def _so_far(ent) -> bool:
    """'More than 100 workers have been kidnapped so far this year', 'thus far in 2023': a count of
    what has happened up to the day of writing, within the period, not one happening at it."""
    words = [t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start]]
    if words and words[-1] == "in":
        words.pop()
    return words[-2:] in (["so", "far"], ["thus", "far"])


def _any_time(ent) -> bool:
    """'counties designated anytime between March 7 and August 31', 'may apply at any time in May':
    some moment of the period (either end of it), a condition, not a happening at it."""
    t = _anchor(ent)
    while t.dep_ in ("pobj", "conj", "nummod", "appos") and t.head != t and t.head.i < t.i:
        t = t.head  # up to the preposition of the period ('between' for 'August 31' too)
    first = min(t.i, ent.start)
    words = [w.lower_ for w in ent.doc[max(0, first - 2) : first]]
    return bool(words) and (words[-1] == "anytime" or words[-2:] == ["any", "time"])


_MEAN = {"average", "mean", "median"}


def _an_average_over(ent) -> bool:
    """'the average annual budget between 1997 and 2004', 'the average over 2010-2015': a measure taken
    over the period, not a happening at it."""
    t = _anchor(ent)
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    if t.dep_ != "prep" or not t.head.tag_.startswith("NN"):
        return False
    noun = t.head
    return noun.lower_ in _MEAN or any(c.dep_ in ("amod", "compound") and c.lower_ in _MEAN for c in noun.children)


def _in_attribution(ent) -> bool:
    """A year inside 'according to ...' ('according to the 2019 Human Rights Report'): the edition
    of the source, not a happening (a day is when the source came out: 'according to a November 11
    fact sheet')."""
    if not _YEAR_AFTER.fullmatch(ent.text.strip()):
        return False
    t = _anchor(ent)
    for _ in range(8):
        if t.head == t:
            return False
        t = t.head
        if t.lower_ == "according" and t.dep_ == "prep":
            return True
    return False


def _as_of(ent) -> bool:
    """'as of November 13', 'as of this morning': the day a tally or a state was taken ('had consumed
    70,000 acres as of Friday', 'was 30 percent contained as of Monday'), not the time of a happening
    (a future clause keeps it: 'as of tomorrow, the charges will no longer apply' starts a change)."""
    doc = ent.doc
    words = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start + 1]]
    if words[-3:-1] == ["as", "of"] or words[-2:] == ["as", "of"]:
        return True
    t = _anchor(ent)  # 'as of 10 a.m. Pacific time on November 9': up through the hour to its 'as of'
    for _ in range(6):
        if t.head == t or _is_verb(t):
            return False
        t = t.head
        if t.lower_ == "of" and t.i > 0 and doc[t.i - 1].lower_ == "as":
            return True
        if t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            return True
    return False


def _sentence_before(doc, start: int) -> tuple[int, int] | None:
    """(where the sentence before begins, where this one begins), block offsets; None for the first."""
    starts = [s.start_char for s in sentences(doc)]
    i = starts.index(start) if start in starts else 0
    return (starts[i - 1], start) if i > 0 else None


def _asserts_nothing(sent, verb) -> bool:
    """A fragment with no verb ('So 2009, 2010 World Cup.'), or a state denied ('outcomes were not
    available late Sunday'): no happening at that date."""
    if not any(_is_verb(t) for t in sent) and not _cut_at_abbreviation(sent):
        return True
    return (
        verb is not None
        and verb.lower_ in _BE
        and any(c.dep_ == "neg" and not _not_only(c) for c in verb.children)
        and any(c.dep_ in ("acomp", "attr") for c in verb.children)
    )


_PLANNED = frozenset("scheduled expected due set planned slated supposed intended meant".split())
_GIVEN_UP = frozenset("postpone delay cancel scrap shelve defer suspend abandon".split())
_DONE = frozenset("do happen occur materialize materialise".split())  # 'but did not do so', 'but never happened'


def _plan_fell_through(verb) -> bool:
    """'was scheduled to speak on Monday but did not do so', 'The vote was set for Tuesday but was
    postponed', 'but the visit was called off': a plan the sentence itself says fell through (a verb
    joined to it by 'but': 'do' or 'happen' denied, or a putting off) tells no happening at its date."""
    plan = verb
    while plan is not None and plan.dep_ == "xcomp":
        plan = plan.head
    if plan is None or plan.lower_ not in _PLANNED:
        return False
    for c in plan.children:
        if c.dep_ != "conj" or not any(b.lower_ == "but" and b.dep_ == "cc" for b in plan.doc[plan.i : c.i]):
            continue
        off = verb_lemma(c) == "call" and any(p.lower_ == "off" for p in c.children)
        denied = verb_lemma(c) in _DONE and any(n.dep_ == "neg" for n in c.children)  # (not 'will not last')
        if off or denied or verb_lemma(c) in _GIVEN_UP:
            return True
    return False


def _not_only(neg) -> bool:
    """'not' of 'not only X but also Y': no denial."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in ("only", "just", "merely")


def _a_state(verb, anchor) -> bool:
    """'while her father was president from 1990 to 2000': 'be' with a noun complement is a state
    someone was in over the time, not a happening at it (unless the noun is one: 'the vote was a
    victory ... on Sunday')."""
    if verb is None or verb.lower_ not in _BE or _tense(verb) == "future":
        return False  # ('the new rules will be a reality tomorrow': they come into force)
    if _a_condition(verb, anchor):
        return True
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ in ("NN", "NNS")), None)
    if attr is None or attr.lower_ in EVENT_NOUNS or any(c.dep_ in ("neg", "expl") for c in verb.children):
        return False  # 'there have been 1,201 cases since March': what happened, counted
    hook = anchor.head.head if anchor.head.dep_ == "prep" else anchor.head
    return hook in (verb, attr)  # the time of the state, not of a noun inside it


def _a_condition(verb, anchor) -> bool:
    """'adults were obese in 2010', 'the river was higher in May': a past 'be' whose complement is an
    adjective alone tells a condition that held at the date (a measure, a state), not a happening. Not an
    adjective with its own complement ('was responsible for the attack on Monday', 'was able to leave'),
    nor a negated or 'there' clause, nor one with a clause of its own, nor a date inside the adjective's phrase."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("neg", "expl", "attr", "advcl") for c in verb.children):
        return False  # ('today was exciting because our boss arrived': the clause of a happening)
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.tag_ in ("JJ", "JJR")), None)
    if adj is None or any(c.dep_ in ("prep", "xcomp", "ccomp") for c in adj.children) or adj.lower_ in ("old", "due"):
        return False  # (an age: ``_an_age``; 'payments were due on Monday': what was to happen then)
    hook = anchor.head.head if anchor.head.dep_ == "prep" else anchor.head
    return hook == verb


def _a_count_held(verb, anchor) -> bool:
    """'In 2010 the town had 300 schools', 'Last year we had 25 stocks fished sustainably': 'have' in the
    past, as the main verb, with a counted object, tells how many there were then (a tally), not a
    happening. Not a happening's noun ('had 12 meetings last week' is counted meetings held), nor the
    perfect ('had seized 30 trucks')."""
    if verb is None or verb.lower_ != "had" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"]  # ('had 25 stocks fished': the participle's subject)
    held += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
    counted = [c for c in held if c.lower_ not in EVENT_NOUNS and any(n.dep_ == "nummod" for n in c.children)]
    return bool(counted) and _time_of(anchor, verb)


_AGE_UNITS = frozenset("year years month months".split())


def _an_age(verb, anchor) -> bool:
    """'She was only nine years old in 1994': 'be' with an age for its complement tells how old someone
    was then, a state, not a happening (not 'will be ten years old in May': a birthday still to come)."""
    if verb is None or verb.lower_ not in _BE or _tense(verb) == "future":
        return False
    old = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "old"), None)
    if old is None or not any(c.lower_ in _AGE_UNITS for c in old.children):
        return False
    return _time_of(anchor, verb)


def _where_a_thing_stands(verb, anchor) -> bool:
    """'Today, geopolitical rivalry is again on the rise', 'The slides for today's briefing are
    online', 'Our thoughts are today with the victims': a present 'be' whose complement is a
    preposition's phrase (or 'online'), with a thing, not people, for its subject, tells where it
    stands. Not 'The vote is on Tuesday' (the phrase holds the date: what 'be' says), nor 'The
    minister is in Paris today', 'the team is in Haiti' (where someone or something is: a visit, a
    deployment)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NN", "NNS") or subject.lower_ in _PEOPLE | EVENT_NOUNS:
        return False
    if re.fullmatch(ROLE_NOUNS, subject.lower_) or any(c.dep_ == "advcl" for c in verb.children):
        return False  # ('Our prayers are with them tonight as they suffer an attack': the attack's time)
    return any(
        (c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS or c.dep_ == "advmod" and c.lower_ == "online")
        and not c.left_edge.i <= anchor.i <= c.right_edge.i
        and c.i > subject.i
        for c in verb.children
    )


_HAVE = {"have", "has"}
_PRESENT = {"VBZ", "VBP"}


def _present_state(verb, anchor) -> bool:
    """A date that is the time of a state told in the present tense ('This year there are 1,500
    places', 'Pupils this year have higher grades'), not of a happening: 'be' with a complement or
    'there', 'have' with an object; not 'The vote is on Tuesday' (the date is what 'be' says) nor
    a happening's noun ('There is a vote on Tuesday')."""
    if verb is None or anchor.i > verb.i and anchor.head != verb and anchor.head.head != verb:
        return False
    if verb.tag_ in _PRESENT and verb.lower_ in _BE | {"am"}:
        done = [c for c in verb.children if c.dep_ in ("attr", "acomp", "expl", "nsubj")]
        told = any(c.dep_ in ("attr", "acomp", "expl") for c in done) or _where_a_thing_stands(verb, anchor)
        acting = any(x.dep_ == "xcomp" for c in done for x in c.children)  # 'we are pleased to announce'
        return told and not acting and not any(c.lower_ in EVENT_NOUNS or _a_days_deed(anchor, c) for c in done)
    if verb.tag_ in _PRESENT and verb.lower_ in _HAVE and not any(c.dep_ == "aux" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and not any(c.lower_ in EVENT_NOUNS for c in objects)
    return False


# verbs of state (they tell how things are, not that something happened): in the simple present
# ('businesses today require English', 'the monument stands today as a reminder') their date is the
# time the state holds, not the day of a happening
_STATIVE = {
    "require", "need", "remain", "stand", "mean", "know", "belong", "contain", "depend", "deserve",
    "represent", "lack", "matter", "consist", "resemble", "exist", "seem", "include", "involve",
}  # fmt: skip


def _stative_present(verb) -> bool:
    """'Many firms today require English', 'it stands today as a testament': a verb of state in the
    simple present (no auxiliary) tells a state that holds at the date; of a date that holds the day
    of publication ('today', 'this year') no happening is told. Not 'we will need ... on Monday' (an
    auxiliary: what is to come), nor a past tense ('remained closed on Monday'); the caller keeps a
    later date ('needs the money by August 20': a deadline)."""
    return (
        verb is not None
        and verb.tag_ in _PRESENT
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb_lemma(verb) in _STATIVE
    )


def _generic_present(verb, anchor) -> bool:
    """'Today, scientists travel the world to study eclipses', 'These days, farmers grow more maize': a
    date set before a subject that is a plural noun with no determiner, of a simple present, tells
    what such people do nowadays, not a happening of the day (the caller keeps a date that does not
    hold the day of writing). Not 'Officials today unveil a plan' (the date after the subject: a
    headline's present), nor 'Three ministers ...', 'The farmers ...' (a number or a determiner picks
    out who did it)."""
    if verb is None or verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or anchor.i > subject.left_edge.i:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in subject.children)


_FREQUENCY = {
    "annually", "yearly", "usually", "often", "regularly", "typically", "normally", "traditionally", "always",
    "generally", "routinely", "customarily", "habitually", "seldom", "rarely", "sometimes", "frequently",
}  # fmt: skip


_OCCUR = {"happen", "occur"}
_POINTING = {"that", "this", "it", "what", "which"}


def _pointed_back(verb) -> bool:
    """'happen'/'occur' with a pronoun for its subject ('that's what happened', 'it happened on
    Saturday'): a happening already told, pointed to, not a new one."""
    if verb is None or verb_lemma(verb) not in _OCCUR:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in _POINTING


_MAYBE = {"could", "might", "may"}


def _conditional(verb) -> bool:
    """'If the talks fail on Monday, ...': what may happen on a condition, not a happening; so is
    what the conditioned verb brings about ('If a delay causes the ferry not to sail on Monday'),
    and what only could or might happen ('previews what could come in 2017')."""
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in verb.children):
        return True
    while verb is not None:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return True
        verb = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head != verb else None
    return False


_OUGHT = {"should", "must", "ought"}
_THIS_DAY = re.compile(r"(?:today|tonight|this (?:morning|afternoon|evening))", re.I)


def _a_call(verb, ent) -> bool:
    """'The first thing we should be thinking about today is ...', 'we must act today': what ought to
    be done on the day of speaking is a call, not a happening. Only the day of speaking itself (a
    deadline or a set day keeps its date: 'the bill must pass by June 30', 'must vote on Monday')."""
    if verb is None or not _THIS_DAY.fullmatch(clean_phrase(ent.text)):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in verb.children)


def _habitual(verb) -> bool:
    """'The forum, held annually in January', 'has grown every year since 2015': what happens again
    and again (an adverb of frequency, or 'every'/'each' with a span), not one happening."""
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _FREQUENCY:
            return True
        if c.dep_ in ("npadvmod", "advmod") and any(d.lower_ in ("every", "each") for d in c.children):
            return True
    return False


def _generic(verb) -> bool:
    """'the likelihood of getting infected during August is one in a million': a date in a gerund
    with no subject of its own, inside a noun's phrase, in a present-tense statement: what may
    happen at any such time, not a happening."""
    if verb is None or verb.dep_ != "pcomp" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    gerund = verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in verb.children)
    if not gerund or not verb.head.head.tag_.startswith("NN"):
        return False  # 'after meeting Biden on Tuesday, he said': the time of the meeting
    top = verb.head.head
    while top.head.i != top.i and not _is_verb(top):  # spaCy makes a new Token each time: never `is`
        top = top.head
    return top.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in top.children)


def _last_day(found: list[FoundEvent]) -> dt.date | None:
    """The day of the last event found that names one ('On Monday, ... Later that day, ...')."""
    days = [e.date for e in found if e.precision == "day"]
    return dt.date.fromisoformat(days[-1]) if days else None


def _cut_at_abbreviation(sent) -> bool:
    """'On Thursday, Maj.': a sentence the splitter ended at a title's abbreviation, not a fragment."""
    return len(sent) >= 2 and sent[-1].text == "." and bool(_ABBREVIATION.fullmatch(sent[-2].text))


def _whole_sentence(doc, sent, off: int) -> tuple[int, str]:
    """The block offset and text of the sentence ``sent`` (of a parsed sentence Doc at block
    offset ``off``) is part of, across two kinds of false split: the parser's after an
    abbreviation's point that runs on in lower case ('... around 10:45 a.m.' | 'local time (18:45
    UTC).'), and the splitter's at a title's abbreviation ('On Thursday, Maj.' | 'Gen. Lee
    toured'). (The parser's other splits inside the splitter's sentence are kept: joining them
    changed which reports the happenings merger groups, for the worse, on the dev stories;
    bench/README.md.)"""
    parsed = sent.doc
    first, last = sent.start, sent.end
    while first > 0 and _runs_on(parsed, first):
        first = parsed[first - 1].sent.start
    while last < len(parsed) and _runs_on(parsed, last):
        last = parsed[last].sent.end
    start, end = parsed[first].idx + off, parsed[last - 1].idx + len(parsed[last - 1].text) + off
    if first == 0 or last == len(parsed):
        block = sentences(doc)
        k = next((i for i, s in enumerate(block) if s.start_char <= start < s.end_char), None)
        if k is not None:
            if first == 0 and k > 0 and _cut_at_abbreviation(block[k - 1]):
                start = block[k - 1].start_char
            if last == len(parsed) and k + 1 < len(block) and _cut_at_abbreviation(block[k]):
                end = block[k + 1].end_char
    return start, text_of(doc)[start:end]


def _runs_on(parsed, i: int) -> bool:
    """Whether the parser's sentence ending before token ``i`` runs on into the next: it ends at an
    abbreviation's point ('a.m.', 'p.m.') and the next begins in lower case or with a figure."""
    last, nxt = parsed[i - 1].text, parsed[i].text[:1]
    return len(last) > 1 and last.endswith(".") and "." in last[:-1] and (nxt.islower() or nxt.isdigit())


_ABBREVIATION = re.compile(
    r"Maj|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Brig|Cpl|Pvt|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Prof|Rev|St|Mt|Ft|Jr|Sr|[A-Z]"
)


_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|[-\u2013])\s*", re.I)
_AND = re.compile(r"\s*and\s+(?:on\s+)?", re.I)  # 'on Saturday and Sunday', 'on 3 May and on 4 May'
# a day number after 'and' that ends the date phrase ('November 8 and 9 in Geneva', not '8 and 9 people')
_AND_DAY = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)\u2013-]|$|(?:in|at|on|to|as|when|and|after|before|with|for|from|"
    r"during|under|while|amid|by)\b))",
    re.I,
)
_CLOCK_TIME = re.compile(r"(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s*", re.I)
_YEAR_AFTER = re.compile(r"(?:1[5-9]|20)\d\d\b")


def _start_by_its_end(doc, bent, phrase: str, published: dt.date):
    """The first of two date phrases of one span whose year only the second has, written apart
    ('between March 7' and 'August 31, 2006'): the nearest such date on or before the second; None
    for any other date phrase."""
    text = text_of(doc)
    joint = _SPAN_TO.match(text, bent.end_char) or _AND.match(text, bent.end_char)
    if not joint:
        return None
    nxt = next((e for e in date_entities(doc, published) if e.start_char == joint.end()), None)
    if nxt is None or not _YEAR_AFTER.search(nxt.text):
        return None
    return start_by_its_end(phrase, resolve_date(_phrase(nxt), published))


@dataclass(frozen=True)
class _SpanEnd:
    date: str | None = None  # the span's end
    entity: int | None = None  # block char offset of the date entity that ends it (None: a bare year)
    stop: int = 0  # block char offset where the span's words end


def _span_end(doc, bent, value: str, published: dt.date) -> _SpanEnd:
    """The end of a span written as two dates ('from 7 p.m. Thursday until 6 a.m. Friday', 'from
    1990 to 2000'), when it comes after ``value``."""
    text = text_of(doc)
    joint = _SPAN_TO.match(text, bent.end_char)
    if not joint:
        joint = _AND.match(text, bent.end_char)
        between = re.search(r"\bbetween\s+$", text[: bent.start_char], re.I) or bent[0].lower_ == "between"
        if not joint or date_precision(value) != "day" and not between:
            return _SpanEnd()
        nxt = next((e for e in date_entities(doc, published) if e.start_char == joint.end()), None)
        day = _AND_DAY.match(text, joint.end()) if nxt is None and date_precision(value) == "day" else None
        if day is not None:  # 'on November 8 and 9': the day after, a bare number
            after = date_span(value)[0] + dt.timedelta(days=1)
            return _SpanEnd(after.isoformat(), None, day.end(1)) if int(day[1]) == after.day else _SpanEnd()
        resolved = resolve_date(_phrase(nxt), date_span(value)[0], "future") if nxt is not None else None
        if nxt is None or resolved is None:
            return _SpanEnd()
        if between and date_span(resolved[0])[0] > date_span(value)[1]:
            return _SpanEnd(resolved[0], nxt.start_char, nxt.end_char)  # 'between January 1989 and December 2014'
        following = (date_span(value)[0] + dt.timedelta(days=1)).isoformat()
        if resolved[0] != following:
            return _SpanEnd()  # 'on Monday and Wednesday': two days, each its own happening
        return _SpanEnd(following, nxt.start_char, nxt.end_char)  # 'on Saturday and Sunday': one span
    at = joint.end()
    clock = _CLOCK_TIME.match(text, at)
    starts = {at, clock.end() if clock else at}
    later = next((e for e in date_entities(doc, published) if e.start_char in starts), None)
    if later is not None:
        resolved = resolve_date(_phrase(later), date_span(value)[0], "future")  # on or after the start
        found, start, stop = (resolved[0] if resolved else None), later.start_char, later.end_char
    else:
        year = _YEAR_AFTER.match(text, at) if date_precision(value) == "year" else None
        found, start, stop = (year.group(0) if year else None), None, (year.end() if year else 0)
    if found is None or date_span(found)[1] <= date_span(value)[1] or date_span(found)[0] < date_span(value)[0]:
        return _SpanEnd()
    return _SpanEnd(found, start, stop)


_CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "noon", "midnight", "from", "between"}


_FROM_NOW = re.compile(r"\bfrom (?:now|today)(?: on)?\s+(?:(?:to|until|till|through)\s+)?$", re.I)
_UNTIL = re.compile(r"(?:to|until|till|through)\s", re.I)


def _from_now(doc, bent, resolved: tuple[str, str], published: dt.date) -> _SpanEnd | None:
    """'will train off the coast from now through March 14', 'from today until Friday': a span from the day
    of writing to the date phrase, which is its end (not the start of what it tells); None for any other."""
    text = text_of(doc)
    before = text[max(0, bent.start_char - 30) : bent.start_char]
    m = _FROM_NOW.search(before)
    if m is None or not (m[0].rstrip().lower().endswith(("to", "until", "till", "through")) or _UNTIL.match(bent.text)):
        return None
    if date_span(resolved[0])[0] <= published:
        return None  # (an end that is not after the day of writing)
    return _SpanEnd(resolved[0], None, bent.end_char)


def _span_tokens(ent, stop: int) -> set[int]:
    """The parsed token indices of a span written as two dates: from a clock time or 'from'
    before the first ('from 7 p.m. Thursday') to the end of the second."""
    off = ent.doc.user_data["offset"]
    first = ent.start
    while first > 0 and (ent.doc[first - 1].like_num or ent.doc[first - 1].lower_ in _CLOCK_WORDS):
        first -= 1
    return {t.i for t in ent.doc[first:] if t.idx + off < stop}


def _they_subject(clause) -> bool:
    return any(_is_subject(t) and t.lower_ == "they" for t in clause)


def _the_parties_before(found: list[FoundEvent], b: int) -> list[str]:
    """Who 'they' are: the parties of the event told just before, in this paragraph or the one
    before, when it has two or more ('The President and Prime Minister Brown had a call today.
    They also discussed the December meeting')."""
    if found and found[-1].block >= b - 1 and len(found[-1].actors) >= 2:
        return list(found[-1].actors)
    return []


_NATIONS = {"countries", "nations", "governments"}  # (not "states": "our states" may be a union's)
_PAIRED = {"our", "both", "two"}
_RELATIONS = {"partnership", "relationship", "relations", "ties", "alliance", "friendship"}


def _the_two_nations(clause, anchor) -> bool:
    """Whether who did the dated thing is the two states a text on their dealings is about, named as a
    pair ('since our countries established diplomatic ties 54 years ago', 'the two nations signed a
    treaty in 1990') or by the 'our' of their bond ('since the founding of our partnership in 2015')."""
    if any(_is_subject(t) and t.lower_ in _NATIONS and any(c.lower_ in _PAIRED for c in t.children) for t in clause):
        return True
    if any(t.dep_ == "nsubj" and t.lower_ == "we" and _forms_a_bond(t.head) for t in clause):
        return True  # 'the alliance we forged in 1951', 'we established diplomatic relations in 1972'
    noun = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else anchor.head
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(
        n.lower_ in _RELATIONS and any(c.dep_ == "poss" and c.lower_ == "our" for c in n.children) for n in (noun, *of)
    )  # ('the establishment of our partnership in 2015': the date on the deed done to the bond)


def _forms_a_bond(verb) -> bool:
    """Whether a verb's object, or the noun its relative clause hangs on, is a bond between states."""
    bonds = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "relcl" else [])
    return any(n.lower_ in _RELATIONS for n in bonds)


def _the_two_states(cast: Cast, b: int, sent, off: int, found: list[FoundEvent]) -> list[str]:
    """The two states of 'our countries': the two the sentence names, or else the states of the parties
    of the event told just before (its countries, or its people's: 'X met Y today. ... our
    partnership'), or else the article's, when it has two states acting and no more; none unless two."""
    acting = {m.key for m in cast.actors()}
    start, end = sent.start_char + off, sent.end_char + off
    here = sorted((m for m in cast.mentions if m.block == b and start <= m.start < end), key=lambda m: m.start)
    named = list(dict.fromkeys(m.key for m in here if m.key in acting and cast.members[m.key].kind == "country"))
    if len(named) == 2:
        return named
    states: list[str] = []
    for k in found[-1].actors if found and found[-1].block >= b - 1 else ():
        member = cast.members.get(k)
        mine = [k] if member and member.kind == "country" else sorted(member.aff) if member else []
        states += [a for a in mine if a in acting and cast.members[a].kind == "country" and a not in states]
    if len(states) == 2:
        return states
    states = sorted(k for k in acting if cast.members[k].kind == "country")
    return states if len(states) == 2 else []


def _did_a_thing(noun) -> bool:
    """A happening's noun that is the subject or the agent of a verb in the past ('the world was
    shocked by the September 28 massacre', 'the March vote brought down the government'): it has
    happened by the day of writing."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    else:
        return False
    if verb.lower_ in _BE or verb.dep_ == "ccomp":
        return False  # (not 'told reporters that the June 12 summit was back on': what is said, in its tense)
    return _is_verb(verb) and _tense(verb) == "past"


def _did_something(verb) -> bool:
    """'During our meeting today, we devised a joint plan': a verb in the past (or past perfect: 'said
    they had arrested the man on Saturday') with a subject and a thing for its object tells what was
    done that day, no small talk."""
    return (
        verb is not None
        and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lower_ == "had" for c in verb.children))
        and verb.lower_ not in _BE
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "dobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ") for c in verb.children)
    )


def _told_by_a_noun_subject(verb, anchor) -> bool:
    """A verb with a noun for its subject ('Darkness and rain prevented rescue planes from seeing
    anything on Thursday', 'Pupils will get their results today'), or a participle of a noun ('Figures
    published today show'): a report, not small talk. Only a past verb when the date is inside the
    subject ('today's ruling shows that ...': a comment on a happening, not one)."""
    for _ in range(4):  # 'from seeing': up to the verb that has the subject
        if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children) or verb.head == verb:
            break
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.tag_ in ("NN", "NNS"):
            return _in_a_statement(verb.head)  # 'Figures published today show': the figures were published
        verb = verb.head
    if verb is None or not _is_verb(verb):
        return False
    subjects = [  # (a gerund too: 'Balloting continued on Saturday')
        c for c in verb.children if c.dep_.startswith("nsubj") and (c.tag_.startswith("NN") or c.tag_ == "VBG")
    ]
    if any(c.dep_ == "expl" for c in verb.children) and any(
        c.dep_ == "attr" and c.lower_ in EVENT_NOUNS for c in verb.children
    ):
        return True  # 'There is a vote on Tuesday': a happening, told with 'there
    inside = any(s.left_edge.i <= anchor.i <= s.right_edge.i for s in subjects)
    possessive = any(c.dep_ == "case" for c in anchor.children)  # "today's", whatever the parse
    return bool(subjects) and (_tense(verb) == "past" or not (inside or possessive))


def _in_a_statement(noun) -> bool:
    """Whether the verb a noun hangs on has a subject ('Figures published today show ...'; not an
    order: 'Please keep to the information presented today')."""
    t = noun
    for _ in range(6):
        if _is_verb(t):
            return any(c.dep_.startswith("nsubj") for c in t.children)
        if t.dep_.startswith("nsubj"):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _first_person_subject(clause) -> bool:
    """Whether the clause's subject is 'I' or 'we' ("I've been following today's elections": a
    speaker's aside)."""
    tok = _subject_pronoun(clause)
    return tok is not None and _as_subject(tok) in _FIRST


def _third_person_subject(clause) -> bool:
    """Whether the clause's subject is 'he'/'she'/'it' (who did it is named before)."""
    tok = _subject_pronoun(clause)
    return tok is not None and _as_subject(tok) in _THIRD | _IT


_SAYING = re.compile(r"^(?:" + SPEECH + r")$", re.I)
_TIME_MARKS = {"after", "before", "when", "once", "until"}


def _main_clause_of_time(verb) -> list:
    """The subject and objects of the verb a time clause hangs on ('The party announced the victory
    shortly after polls closed late Sunday': the party did what happened late Sunday), when the
    date's clause is one ('after ...', 'when ...'); the subject of the verb above a relative clause
    whose subject is 'both sides' or 'they' ('X and Y discussed the topics both sides would
    address at the meeting on January 10'); [] otherwise."""
    if verb.dep_ == "relcl" and _plural_pronoun_subject(verb):
        up = verb.head
        while up.head != up and not _is_verb(up):
            up = up.head
        return [t for c in up.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree]
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS or c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i
        for c in verb.children
    ):
        return []  # ('when' of 'X began work when the virus swept Brazil in mid-2015' is an adverb to the parser)
    return [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for t in c.subtree]


def _teller_after(cast: Cast, b: int, verb, sent, off: int, quotes, author) -> list[str]:
    """Who did a subjectless-in-the-cast clause put before the sentence's main verb: the subject of
    that verb ('A former clerk was charged today, the Justice Department announced': the department
    that brought the charge; 'This comes as earlier this week, the minister visited the area': the
    parse's slip, the minister). Who only tells it ('..., the ministry said') is a source, not a party:
    after a verb of saying only a body that announces it counts."""
    root = verb.head
    if verb.dep_ not in ("ccomp", "parataxis") or root.i < verb.i or root.head != root:
        return []
    subject = [t for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    if not subject or subject[0].i < verb.right_edge.i:
        return []
    if _SAYING.match(root.text) and verb_lemma(root) != "announce":
        return []  # 'Nine people died on Tuesday, the ministry said': a source, not a party
    found = _actors(cast, b, subject, sent, off, quotes, author, pronouns=False)
    if _SAYING.match(root.text):
        found = [k for k in found if cast.members[k].kind != "person"]
    return found


def _name_of_a_reduced_relative(verb) -> list:
    """'the bailout Portugal secured earlier this year', parsed as 'bailout' with 'Portugal' its
    apposition and 'secured' a participle on it: the name right before a subjectless participle
    that hangs on the same noun is the participle's subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return []
    name = verb.doc[verb.i - 1]
    if name.tag_ not in ("NNP", "NNPS") or name.dep_ not in ("appos", "compound") or name.head != verb.head:
        return []
    return list(name.subtree)


def _who_the_noun_is(verb) -> list:
    """The name a copula equates with the noun a participle, an infinitive or a relative clause describes
    ('The first miner rescued on Wednesday was Florencio Avalos', 'Jane Roe was the first athlete to
    finish the race on Sunday', 'The man who won on Sunday was John Doe'): the one the noun stands for
    did it, or had it done to them."""
    if verb.dep_ == "acl":
        if not (verb.tag_ == "VBN" or _infinitive(verb)):
            return []
    elif verb.dep_ != "relcl" or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("who", "that", "which") for c in verb.children
    ):
        return []  # ('The town the rebels took on Monday was Ruriville': the rebels did it, not the town)
    noun, be = verb.head, verb.head.head
    if be.lower_ not in _BE or noun.dep_ not in ("nsubj", "attr"):
        return []
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    names = [c for c in be.children if c.dep_ == other and c.tag_ in ("NNP", "NNPS")]
    return [t for c in names for t in c.subtree]


def _partners(verb, clause) -> list:
    """Who the verb's subject did it with, where the line leaves them out: the subject the parser
    gave an infinitive after 'with' ('spoke today with Minister Jane Doe to discuss trade', read as
    'with [Doe to discuss trade]', or with 'with' left a preposition with no object of its own), and
    the other side of the talks an opening phrase names ('In talks with Jane Doe yesterday, John Roe
    agreed ...')."""
    have = {t.i for t in clause}
    out = []
    bare_with = any(p.dep_ == "prep" and p.lower_ == "with" and not list(p.children) for p in verb.children)
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and (bare_with or any(m.dep_ == "mark" and m.lower_ == "with" and m.i < c.i for m in c.children))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            out += [t for s in c.children if s.dep_ == "nsubj" for t in s.subtree]
        elif c.dep_ == "prep" and c.lower_ in ("in", "during") and c.i < verb.i:
            for noun in (o for o in c.children if o.dep_ == "pobj" and o.lower_ in EVENT_NOUNS):
                out += [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree]
    return [t for t in out if t.i not in have]


_THAT = {"that", "this", "it", "which"}


def _that_happened(verb) -> bool:
    """'..., and that happened on Saturday': a clause whose subject is a bare 'that'/'this'/'it',
    joined to the clause before it, which tells what happened."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subj is not None
        and subj.lower_ in _THAT
        and not list(subj.children)
        and verb.dep_ in ("conj", "parataxis")
        and verb.head.i < verb.i
    )


def _clause_before(verb) -> list:
    """The subject and objects of the clause a joined clause follows."""
    return [t for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for t in c.subtree]


_AUXILIARY = {"aux", "auxpass", "neg", "advmod", "punct"}


def _name_before(cast: Cast, b: int, verb, off: int) -> list[str]:
    """The subject the parse lost: a finite verb with no subject of its own ('Under Secretary for
    Civilian Security Jane Doe will travel to Lima', the title read as a preposition's object) has
    for its subject the actor whose name ends right before it and its auxiliaries."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) or verb.dep_ != "ROOT":
        return []
    first = verb
    while first.i > 0 and first.doc[first.i - 1].dep_ in _AUXILIARY and first.doc[first.i - 1].head == verb:
        first = first.doc[first.i - 1]
    if first.i == 0 or first.tag_ == "VB" and first.i == verb.i:
        return []  # an imperative ('Join us on Monday')
    end = first.doc[first.i - 1].idx + len(first.doc[first.i - 1]) + off
    acting = {m.key for m in cast.actors()}
    keys = [m.key for m in cast.mentions if m.block == b and m.end == end and m.key in acting]
    if keys:
        return keys[:1]
    names = {f: k for k in sorted(acting) for f in cast.members[k].names or [k] if f[:1].isupper()}
    start = first.i
    while start > 0 and first.doc[start - 1].tag_ in ("NNP", "NNPS") and first.i - start < 4:
        start -= 1
        key = names.get(first.doc[start : first.i].text)
        if key is not None:
            return [key]  # (a name the NER did not find here, after a long title)
    return []


def _time_of_a_verb(anchor) -> bool:
    """Whether the date is the time of a verb ('starting at 5 a.m. Thursday', 'began on Monday') or of
    what its object names ('claiming victory in the 2018 election'), not of a noun further down
    ('attention to events in Ukraine over the weekend', 'in response to the worst earthquake since 1934')."""
    if anchor.dep_ in _MODIFIER and anchor.head.lower_ in EVENT_NOUNS:
        anchor = anchor.head  # 'claiming victory in the 2018 election': the election's time
    up = anchor.head.head if anchor.head.dep_ == "prep" else anchor.head
    return _is_verb(up) or up.dep_ == "dobj" and _is_verb(up.head)  # 'claiming victory in the 2018 election'


def _actors_above(cast: Cast, b: int, verb, above, sent, off: int, quotes, author) -> list[str]:
    """The actors of the doer up the chain (``_subject_above``), or the teller's when the one told names
    none ('Police told residents to leave their homes to avoid the fire on Monday': the police)."""
    found = _actors(cast, b, above, sent, off, quotes, author)
    return found or _actors(cast, b, _subject_above(verb, told=False), sent, off, quotes, author)


_AGREEMENTS = {"deal", "agreement", "accord", "pact", "treaty", "arrangement", "compact"}


def _agreed_with(verb) -> list:
    """The other side of an agreement the verb makes ('X brokered a deal with Y to end coal finance by
    May', 'X reached an agreement with Y to reopen the border in March'): who is to do what it agrees
    as well as the subject."""
    deals = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _AGREEMENTS]
    if not deals:
        return []
    preps = [p for t in (verb, *deals) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
    return [x for p in preps for c in p.children if c.dep_ == "pobj" for x in c.subtree]


_SEND = {"send", "dispatch", "deploy"}  # 'X is sending a delegation to Haiti to attend Y on Tuesday': the delegation


def _subject_above(verb, told: bool = True) -> list:
    """The subject of the verb a subjectless clause hangs on, up a chain of infinitives, participles,
    gerunds after a preposition and joined verbs ('Opposition parties ... had called on people to
    take to the streets starting at 5 a.m. Thursday': the parties), or the one an 'ask'/'tell' verb
    tells (``told``: 'X asked the mayors to go there to meet Y on Monday': the mayors); [] when the
    chain passes a clause with its own mark ('after ...') or what a saying says."""
    t = verb
    for _ in range(6):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and t != verb and t.dep_ == "relcl" and subj.lower_ in ("who", "which", "that"):
            return _antecedent(t)  # 'the people of X, who voted ... since becoming a state in 1958'
        if subj is not None:
            return list(subj.subtree) + _agreed_with(t) if t != verb else []
        obj = object_praised_for(t)
        if obj is not None:
            return list(obj.subtree)  # 'We commend the parties for coming together today': the parties came
        kept = _kept_from(t) if told else None
        if kept is not None:
            return kept  # 'to block Jane Roe from touring the region this weekend': Roe's tour
        if t.dep_ == "pcomp" and t.head.dep_ == "prep" and _is_verb(t.head.head):
            t = t.head.head  # 'tried to stay in power by claiming victory in the 2018 election'
            continue
        if t.dep_ == "acl" and _infinitive(t) and t.head.dep_ == "dobj" and _is_verb(t.head.head):
            t = t.head.head  # 'X announced plans to travel there on Sunday': X's plans, X's travel
            continue
        if t.dep_ == "conj" and t.head.dep_ == "ccomp" and t.tag_ == t.head.head.tag_ != t.head.tag_:
            t = t.head.head  # 'X reiterated that the families are safe and announced plans': X announced
            continue
        if _framing_remarks(t):
            t = t.head.head.head  # 'In remarks delivered there in August, X said': X's remarks
            continue
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head == t or any(c.dep_ == "mark" for c in t.children):
            return []
        sent_on = t.dep_ == "advcl" and t.left_edge.lower_ == "to" and verb_lemma(t.head) in _SEND
        obj = (
            next((c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i), None)
            if t.dep_ == "xcomp" or sent_on
            else None
        )
        if told and obj is not None and _is_verb(t.head):
            return list(obj.subtree)  # 'X asked the mayors to travel there to meet Y on Monday': the mayors
        if t.dep_ == "advcl" and not (bare_participle(t) or t.left_edge.lower_ == "to"):
            return []  # 'Ahead of Parliament returning tomorrow, the Chancellor ...': not the Chancellor's
        t = t.head
    return []


_HINDER = {"block", "prevent", "stop", "bar", "ban", "keep", "prohibit", "forbid", "restrain", "deter", "discourage"}


def _kept_from(t) -> list | None:
    """Who would have done what a gerund after 'from' tells, when a verb of hindering has it ('Police
    blocked Jane Roe from touring the region this weekend', 'a court barred the party from running in
    the May election'): the verb's object, with the one who hinders it; None for any other gerund."""
    if not (t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "from" and t.head.dep_ == "prep"):
        return None
    verb = t.head.head
    if not _is_verb(verb) or verb_lemma(verb) not in _HINDER:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
    if obj is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return list(obj.subtree) + (list(subj.subtree) if subj is not None else [])


_PUT_OUT = {"release", "issue", "publish", "deliver", "post", "unveil", "present", "give", "send"}


def _framing_remarks(t) -> bool:
    """A past participle with no agent on an event noun that opens the clause after 'in' ('In
    remarks delivered in Panama in August, X referred to ...', 'In a statement issued on Monday,
    X said'): the noun is the act of the clause's subject."""
    noun = t.head
    prep = noun.head
    return (
        t.dep_ == "acl"
        and t.tag_ == "VBN"
        and not any(c.dep_ == "agent" for c in t.children)
        and (noun.lower_ in EVENT_NOUNS or verb_lemma(t) in _PUT_OUT)
        and noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and _is_verb(prep.head)
        and prep.i < prep.head.i
    )


def _antecedent(relcl) -> list:
    """The noun phrase a relative clause hangs on, without that clause and its own side parts."""
    noun = relcl.head
    drop = {t.i for t in relcl.subtree}
    return [t for t in noun.subtree if t.i not in drop and not (t.dep_ == "appos" and t.head == noun)]


def _leader_of_the_subject(verb, clause) -> list:
    """'The team, led by Jane Roe, celebrates winning the gold on July 30', 'The delegation, headed
    by X, arrived on Monday': who leads the subject (the agent of a past participle set off beside
    it) did the thing with it."""
    have = {t.i for t in clause}
    out = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for part in (c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for agent in (c for c in part.children if c.dep_ == "agent"):
                out += [t for o in agent.children if o.dep_ == "pobj" for t in o.subtree if t.i not in have]
    return out


def _whose_owner(verb) -> list:
    """'the ruling party, whose candidate won the election on Saturday': the relative clause's
    subject is the antecedent's own, so the antecedent takes part."""
    if verb.dep_ != "relcl":
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
        return []
    return _antecedent(verb)


_BOTH = {"they", "both", "sides", "two", "parties", "leaders"}


def _plural_pronoun_subject(verb) -> bool:
    """'the topics both sides would address', 'the plan they will sign': a relative clause whose
    subject stands for the parties of the main clause."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _BOTH and all(t.lower_ in _BOTH | {"the"} for t in subj.subtree)


def _doers_clause(own, anchor) -> list:
    """The line's clause without what a saying says ('X said on Tuesday that Russia attacked':
    X did the saying, not what Russia did): the tokens an event's actors come from."""
    main, _, keep = own
    said: set[int] = set()
    for c in main.children:
        if c.dep_ == "ccomp" and not c.left_edge.i <= anchor.i <= c.right_edge.i:
            said.update(t.i for t in c.subtree)
    return [t for t in keep if t.i not in said]


def _date_tokens(ent) -> set[int]:
    """The parsed token indices of the date phrase and the preposition before it."""
    doc = ent.doc
    out = set(range(ent.start, ent.end))
    out.update(c.i for t in ent for c in t.children if c.dep_ == "case")  # "yesterday's"

    end = ent.end  # 'from 1990 to 2000', 'April 5-7': the rest of a range
    if end + 1 < len(doc) and doc[end].text.lower() in ("to", "until", "through", "-", "–", "and"):
        after = doc[end + 1]
        counted = end + 2 < len(doc) and doc[end + 2].tag_ in ("NNS", "NN") and doc[end + 2].text not in _MONTHS
        if after.like_num and not counted or after.text in _MONTHS:  # not 'on Friday to 10 years in prison'
            out.update({end, end + 1})
    time = _its_time(ent)
    if time is not None:  # 'in two years' time'
        out.update(range(time.start, time.end))
    governed = ent.start > 0 and any(t.head.i == ent.start - 1 for t in ent)  # not 'in' of "in Sunday's election"
    if governed and doc[ent.start - 1].text.lower() in _PREPS:
        out.add(ent.start - 1)
        if ent.start > 1 and doc[ent.start - 1].text.lower() == "of" and doc[ent.start - 2].text.lower() == "as":
            out.add(ent.start - 2)
    return out


def _pronoun_names(cast: Cast, b: int, sent, off: int, quotes, author, actors) -> dict[int, str]:
    """Parsed token index of a subject 'I'/'he'/'she' (or 'we' of one body) -> the name of the
    actor the annotator resolved it to (only one it already counts among the event's actors)."""
    names: dict[int, str] = {}
    for t in sent:
        if not _is_subject(t) or t.text.lower() not in _FIRST | _THIRD | _IT:
            continue
        who = [k for k in _by_pronoun(cast, b, [t], sent, off, quotes, author) if k in actors]
        if len(who) == 1 and not (t.lower_ == "we" and who[0] == author and len(actors) > 1):  # (not one of 'we')
            names[t.i] = who[0]
    return names


_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
}  # fmt: skip
_WEEKDAY_FIRST = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_PLACE_DATE = re.compile(r"(?:[A-Z][A-Za-z.' -]{1,40}, )?(?P<d>[^,]*\d[\w ,.]*)")


def _dated_heading(docs, b: int, cast: Cast, published: dt.date) -> FoundEvent | None:
    """A speech's or statement's own date line under its title ('Strasbourg, 13 March 2025',
    'August 8, 2023'): the day it was given, by the people its title names."""
    said = _date_line(text_of(docs[b]).strip())
    if said is None:
        return None  # 'Friday, January 3, 2014': a news page's own date, not the day of a speech
    resolved = resolve_date(said, published)
    if resolved is None or resolved[1] != "day":
        return None
    title = sentence_text(text_of(docs[0]))
    people = [
        k.key
        for k in sorted(cast.mentions, key=lambda k: k.start)
        if k.block < b and k.key in cast.members and cast.members[k.key].kind == "person"
    ]
    people_ = tuple(dict.fromkeys(people + _audience(cast, text_of(docs[0]))))
    return FoundEvent(b, resolved[0], "day", title, people_, "reported", said.strip(), None, cut_line(title))


_ADDRESSED = re.compile(r"\b(?:at|to|before)\s+(?:the\s+)?$", re.I)


def _audience(cast: Cast, title: str) -> list[str]:
    """The body a speech's title says it was given to ('Remarks by Commissioner X to the European
    Parliament', '... at the EU Parliament'): a party of the speech as much as its speaker."""
    return [
        k.key
        for k in sorted(cast.mentions, key=lambda k: k.start)
        if k.block == 0
        and k.key in cast.members
        and cast.members[k.key].kind == "organization"
        and _ADDRESSED.search(title[: k.start])
    ]


def _listed_under(docs, kinds, b: int) -> bool:
    """Whether a short line is an item of a list that a line ending in ':' introduces
    ('Previous famines in the region:' then 'Somalia 1991-1992', 'Ethiopia 1974')."""
    for k in range(b - 1, 0, -1):
        text = text_of(docs[k]).strip()
        if text.endswith(":"):
            return len(text_of(docs[b]).split()) <= 8
        if kinds[k] != "heading" or len(text.split()) > 8:
            return False
    return False


def _list_item(docs, b: int, cast: Cast, published: dt.date) -> list[FoundEvent]:
    """A dated item of a list ('Somalia 1991-1992'): what the list is of, at that date; the people
    and organisations it names are its actors."""
    item = text_of(docs[b]).strip()
    intro = next(text_of(docs[k]).strip() for k in range(b - 1, -1, -1) if text_of(docs[k]).strip().endswith(":"))
    out = []
    for ent in date_entities(docs[b], published):
        resolved = resolve_date(ent.text, published)
        if resolved is None:
            continue
        people = tuple(
            dict.fromkeys(
                m.key
                for m in sorted(cast.mentions, key=lambda m: m.start)
                if m.block == b and cast.members[m.key].kind in ("person", "organization")
            )
        )
        line = cut_line(f"{intro.rstrip(':')}: {item}")
        planned = date_span(resolved[0])[0] > published
        status = "planned" if planned else "reported"
        out.append(FoundEvent(b, *resolved, item, people, status, ent.text, end_date(ent.text, resolved), line))
    return out


_DURATION = re.compile(r"\b(?:days?|weeks?|months|years|decades?|centur(?:y|ies)|generations?)$", re.I)


def _span_of_comparison(ent) -> bool:
    """'the worst earthquake in 200 years', 'the first time in three years', 'had its worst flooding
    in 100 years': how long a record stands (the phrase's 'in' hangs on a noun with a superlative
    or an ordinal, or on a verb whose object has one), not a date."""
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.text.lower() != "in" or not _DURATION.search(ent.text):
        return False  # 'the first round of balloting in April': a month is no span a record stands
    if prep.head.tag_ in ("JJS", "RBS"):
        return True  # 'the earthquake was the strongest in 81 years'
    if prep.head.tag_.startswith("NN"):  # 'the second time in six weeks': a count over the span, not a date ahead
        return _ranked(prep.head) or any(_ORDINAL.fullmatch(c.lower_) for c in prep.head.children if c.dep_ == "amod")
    return _is_verb(prep.head) and any(  # 'Vermont had its worst flooding in 100 years'
        _ranked(c) for c in prep.head.children if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
    )


def _compared_with(ent) -> bool:
    """'The index fell 3 percent, compared to a rise of 2 percent in 2019', 'compared with 12 states in
    2000': a date inside what 'compared to' or 'compared with' sets beside the news is the time of the
    yardstick, no happening told."""
    for t in list(ent.root.ancestors)[:6]:
        if _is_verb(t) and t.lower_ != "compared":
            return False
        if t.lower_ == "compared" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
            return any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in t.children)  # (not 'X compared Y to Z')
    return False


_QUANTITY = frozenset(("PERCENT", "MONEY", "QUANTITY", "CARDINAL"))
_TO_A_VALUE = frozenset("from to than at against versus vs vs.".split())
_ABOUT = frozenset("about around nearly almost roughly some just over under only a an".split())


def _a_value_dated(bent, ent) -> bool:
    """'rose from 35% of the average in 1995 to 75% in 2015', 'up from $2 billion in 2020', 'stood at
    5 percent in March': a date after a figure that a comparison's preposition opens (from, to, than,
    at ...) dates the figure, a state measured then, not a happening (``ent``: the parsed span;
    ``bent``: its block twin, whose tokens have the tagger's figures). Not when the phrase's verb acts
    on an object ('the bank cut rates to 1 percent in January': the cut's time)."""
    doc, first = ent.doc, ent.doc.user_data["first"]
    block = bent.doc

    def figure(t) -> bool:
        return block[t.i + first].ent_type_ in _QUANTITY or t.text in ("%", "percent", "$")

    prep = doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.lower_ not in ("in", "during", "for", "by", "at"):
        return False
    i = prep.i - 1
    while i >= max(0, prep.i - 6) and not figure(doc[i]):
        if _is_verb(doc[i]) or doc[i].tag_[:2] in ("MD", "PR", "WD", "WP") or doc[i].is_punct:
            return False  # ('spent $3 billion on roads in 2021': no figure told against another)
        if doc[i].lower_ in _TO_A_VALUE:
            return False
        i -= 1
    if i < max(0, prep.i - 6):
        return False
    while i >= 0 and figure(doc[i]) and doc[i].lower_ != "to":
        i -= 1  # the figure's first word (not the 'to' of the tagger's figure '100 to 300')
    while i >= 0 and (doc[i].lower_ in _ABOUT or doc[i].tag_ in ("JJ", "VBN")):
        i -= 1  # ('to a projected 78% in 2015')
    if i < 0 or doc[i].lower_ not in _TO_A_VALUE:
        return False
    other_date = any(block[t.i + first].ent_type_ == "DATE" for t in doc if not ent.start <= t.i < ent.end)
    if doc[i].lower_ == "to" and _a_past_change_to(doc[i], other_date):
        return False  # 'Unemployment fell to 5 percent in March': the fall's time
    if (
        doc[i].lower_ == "to"
        and i > 0
        and (figure(doc[i - 1]) or i > 1 and doc[i - 1].tag_ == "NNS" and figure(doc[i - 2]))
    ):
        return False  # 'passed by 52 votes to 48 in March': a tally, the vote's time
    head = prep.head
    return not (_is_verb(head) and any(c.dep_ == "dobj" for c in head.children))


def _a_past_change_to(to, other_date: bool) -> bool:
    """'fell to 5 percent', 'rose to $5 billion', 'climbed from 100 to 300' (in March): a verb in the past
    whose 'to' gives the figure it came to, with no 'from' figure of another date beside it to compare ('rose
    from 35% in 1995 to 78% in 2015': two states; ``other_date``: the sentence has another date)."""
    verb = to.head
    from_ = verb.lower_ == "from" or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
    if verb.lower_ == "from":
        verb = verb.head  # ('from 100 to 300': 'to' on 'from', the parser's choice)
    return verb.tag_ == "VBD" and not (other_date and from_)


def _wished(ent) -> bool:
    """'I wish you all a very happy 2024', 'Merry Christmas': a greeting, no happening."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("happy", "merry")


def _a_length(ent) -> bool:
    """'the month-long tournament', 'a week-long visit', 'a year-old law': a length or an age
    written as one hyphenated word with the period, not a date."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].text in ("-", "\u2010", "\u2011") and after[1].lower_ in ("long", "old")


_STRETCH = re.compile(
    r"(?:for|during|over|throughout) (?:the|this) (?:next|past|last|coming|previous|following) "
    r"(?:(?:few|several|\w+) )?(?:days?|weeks?|months?|years?|decades?)",
    re.I,
)


def _a_stretch(ent) -> bool:
    """'for the next year', 'during the last year', 'over the coming months': a stretch of time
    reckoned from the day of writing, that something lasts through, not the time of a happening ('over'
    is no preposition the evidence takes: 'over the past week' is read with the word before it)."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    over = before is not None and before.lower_ == "over" and any(t.head == before for t in ent)
    return bool(_STRETCH.fullmatch(("over " if over else "") + _evidence(ent)))


_COMPARED = frozenset("compared comparison relative".split())
_EARLY_OR_LATE = frozenset("later earlier sooner before after".split())


def _the_other_term(ent) -> bool:
    """'the same as in 1854', 'more than in 2019', 'fewer visitors than last year', 'compared with 2010',
    'Unlike in 2020': a date that 'as', 'than', 'like', 'unlike' or 'compared with' opens is the time of
    the other term of a comparison, a state told against another, not a happening. Not a deadline ('no
    later than Friday') nor a time ago ('more than a year ago')."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("in", "on", "during", "at", "by", "of"):
        i -= 1  # 'than in 2019', 'as of last year' is no comparison (below)
        if doc[i + 1].lower_ == "of" or i >= 0 and doc[i + 1].head.i != i:
            return False  # ('It comes as on Tuesday, X visited ...': the 'on' is the verb's)
    if i < 0:
        return False
    word = doc[i].lower_
    if word in ("with", "to") and i > 0 and doc[i - 1].lower_ in _COMPARED:
        return True
    if word in ("like", "unlike") and doc[i].dep_ == "prep":  # 'Like last year, ...', 'Unlike in 2020, ...'
        return True
    if word not in ("than", "as") or i > 0 and doc[i - 1].lower_ in _EARLY_OR_LATE | {"such", "soon"}:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return not re.search(r"\bago\b", f"{ent.text} {after}", re.I)  # 'more than a year ago': how long ago


_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# what comes out in editions named by their year ('the 2014 Convergence Report', 'its 2013 annual review')
_EDITIONS = frozenset("report reports review survey index edition yearbook budget outlook ranking rankings".split())


def _a_names_year(ent) -> bool:
    """'Security Council Resolution 1315 (2000)', 'the Climate Change Act (2008)': a bare year alone in
    parentheses after a name is part of the name (a document's year), no time of a happening ('The strike
    (2019) was long' is one)."""
    doc, start, end = ent.doc, ent.start, ent.end
    if not _BARE_YEAR.fullmatch(ent.text.strip()) or start < 2 or end >= len(doc):
        return False
    return doc[start - 1].text == "(" and doc[end].text == ")" and doc[start - 2].tag_ in ("NNP", "NNPS", "CD")


# documents whose title ends in their year ('the Clean Air Act of 1970', 'the Treaty of 1858')
_TITLED = frozenset(
    "act acts law bill treaty convention accord accords agreement protocol declaration charter code constitution "
    "resolution amendment amendments ordinance statute decree directive regulation regulations".split()
)


def _a_titles_year(ent) -> bool:
    """'the Clean Air Act of 1970', 'the Civil Rights Act of 1964': a bare year after 'of' that ends the
    capitalised title of a law or a treaty is part of its name, no time of a happening ('the summer of
    1969' is one)."""
    doc, start = ent.doc, ent.start
    if not _BARE_YEAR.fullmatch(ent.text.strip()) or start < 2 or doc[start - 1].lower_ != "of":
        return False
    noun = doc[start - 2]
    return noun.lower_ in _TITLED and noun.text[:1].isupper() and noun.i > noun.sent.start


def _a_birth_year(ent, verb) -> bool:
    """'He was born in 1956 in Lagos', 'born in March 1990': a year or a month of a birth is a person's
    background, no happening the story tells (a day of one is: 'the baby was born on Tuesday')."""
    return verb is not None and verb.lower_ == "born" and not _A_DAYS_DATE.search(ent.text)


def _an_editions_year(ent) -> bool:
    """'released its 2014 Convergence Report': a bare year before the name of something that comes out
    each year names the edition, not the time of a happening (its release has a date of its own)."""
    anchor = _anchor(ent)
    if not _BARE_YEAR.fullmatch(ent.text.strip()) or anchor.dep_ not in _MODIFIER:
        return False
    noun = anchor.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun.i > anchor.i and noun.lower_ in _EDITIONS


def _since_a_year(ent) -> bool:
    """'has grown faster than X since 2010', 'publications since 2014 have been cited': a bare
    year after 'since' starts the span a measure or a state runs over, not a happening of its own
    (a day or a month after it does date one: 'exported since 1 August 2022')."""
    words = ent.text.split()
    if words and words[0].lower() == "since":
        words = words[1:]
    elif not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since"):
        return False
    return len(words) == 1 and bool(_BARE_YEAR.fullmatch(words[0]))


def _since_a_record(ent) -> bool:
    """'prices reached their highest level since March', 'the first visit since May 2019', 'the
    highest since 1990': the day a record is reckoned from ('since' on a ranked noun, a superlative,
    or a verb whose object or subject is ranked), not a happening."""
    prep = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prep is None or prep.lower_ != "since":
        return False
    for head in (prep.head, ent.doc[max(prep.i - 1, 0)]):  # (or the noun before it: 'the fastest pace since')
        if head.tag_ in ("JJS", "RBS") or head.tag_.startswith("NN") and _ranked(head):
            return True
    head = prep.head
    if not _is_verb(head):
        return False
    # (a subject ranked by a superlative only: not 'the last hostages have been held since May 5')
    subjects = (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(_ranked(c) for c in head.children if c.dep_ in ("dobj", "attr")) or any(
        g.tag_ == "JJS" for c in subjects for g in c.children
    )


_ORDINAL = re.compile(r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)")


def _ranked(noun) -> bool:
    return any(c.tag_ == "JJS" or c.lower_ in ("first", "last", "only") for c in noun.children)


def _verb_before(ent):
    """The verb just before a bare day the parser has made a noun's modifier ('had said Monday
    planes would...'): the day is that verb's time."""
    anchor = _anchor(ent)
    if anchor.dep_ not in _MODIFIER or not anchor.head.tag_.startswith("NN") or anchor.head.i < ent.end:
        return None
    if not _DEICTIC.fullmatch(clean_phrase(ent.text)) or ent.start == 0:
        return None
    prev = ent.doc[ent.start - 1]
    return prev if _is_verb(prev) and anchor.head.text.lower() not in EVENT_NOUNS else None


# A happening's noun that the clause awaits ("spoke ahead of the summit on 3 March", "in advance of
# Ghana's elections on December 7"), its date phrase right after it: the date is the happening's own,
# not one the clause's tense reaches back to.
_AWAITED = re.compile(
    r"\b(?:ahead of|in advance of|before|prior to|preparations? for|run-up to)(?: \S+){0,3}? (?:"
    + "|".join(sorted(EVENT_NOUNS))
    + r")(?: on| of| in)?$"
)


def _awaited(ent) -> bool:
    """The date phrase ``ent`` dates a happening noun the sentence awaits (``_AWAITED``)."""
    doc = ent.doc
    before = doc[max(0, ent.start - 10) : ent.start].text.lower()
    return bool(_AWAITED.search(before.replace(" 's", "'s").replace(" ’s", "’s")))


_AWAITING = re.compile(r"\b(?:ahead of|in advance of|before|prior to|preparations? for|run-up to)$", re.I)


def _awaited_noun(anchor) -> bool:
    """The date modifies a happening's noun the sentence awaits ('ahead of the February summit')."""
    noun = anchor.head
    if anchor.dep_ not in ("compound", "nmod", "amod") or noun.lower_ not in EVENT_NOUNS:
        return False
    doc = anchor.doc
    return bool(_AWAITING.search(doc[max(0, noun.left_edge.i - 4) : noun.left_edge.i].text))


def _anchor(ent):
    """The leftmost token of the span whose head lies outside it ('Tuesday' in 'Tuesday, April 5')."""
    for t in ent:
        if not (ent.start <= t.head.i < ent.end) or t.head == t:
            return t
    return ent.root


def _is_time_of_happening(tok) -> bool:
    if tok.dep_ in _NOT_TIME:
        return False
    if tok.dep_ in ("npadvmod", "oprd") and tok.head.text.lower() in _NAMING and tok.i > tok.head.i:
        if not any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
            return False  # "Calling this week the crucial phase": the date is what is named, not a time
    # (what a verb names comes after it: 'This evening, I called the president' is the call's time;
    # so is a date after the verb's object: 'called the president today')
    if tok.dep_ in _MODIFIER and tok.head.tag_.startswith("NN") and _name_before_its_noun(tok.head) not in EVENT_NOUNS:
        if _a_days_deed(tok, tok.head):
            return True  # "Tuesday's departure", 'the June 21 performance': a deed's noun, dated to the day
        if _a_happenings_kind(tok):
            return True  # 'the July 7-11 launch window', 'its November landing attempt': the happening's time
        if tok.i < tok.head.i and tok.head.lower_ in _AGREEMENTS:
            return True  # 'a 1965 treaty', 'the 2006 peace accord': an agreement dated by its making
        return tok.head.lower_ == "time" and _its_time(tok.doc[tok.i : tok.i + 1]) is not None  # 'in two years'
        # time': the time itself (not 'Saturday local time', a day's zone)
    prep = tok.head
    if prep.lower_ == "for" and prep.head.tag_ in ("NN", "NNS") and prep.head.lower_ not in EVENT_NOUNS:
        return False  # 'the rainfall for September', 'figures for March': what a measure covers
    return True


def _name_before_its_noun(noun) -> str:
    """The noun a name before it qualifies ('the March Assembly elections': 'elections'), or the noun
    itself, lowercased."""
    while noun.tag_ in ("NNP", "NNPS") and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun.lower_


def _a_happenings_kind(date) -> bool:
    """A day's date before a noun that a happening's noun names the kind of ('the July 7-11 launch
    window', "Tuesday's landing attempt"): the time of that happening. (A month's or a year's is
    left alone: 'its November landing attempt' is dated by the happening, 'the 2014 budget review'
    by its edition.)"""
    noun = date.head
    if not any(c.dep_ == "compound" and c.i > date.i and c.lower_ in EVENT_NOUNS for c in noun.children):
        return False
    return date.i < noun.i and bool(_A_DAYS_DATE.search(date.doc[date.left_edge.i : noun.i].text))


# the endings of nouns made from verbs ('performance', 'departure', 'withdrawal', 'evacuation')
_DEED = re.compile(r"[a-z]{3,}(?:ances?|ences?|[st]ions?|ments?|als?|ures?)")
_NOW = {"today", "tonight", "now"}


def _a_days_deed(date, noun) -> bool:
    """A noun made from a verb ('performance', 'withdrawal', 'departure', 'evacuation') that a day's
    date modifies ("Tuesday's departure", 'the June 21 performance'): a deed done that day, like a
    happening's noun, also as the subject of a present state ('The June 21 performance is available
    online': its time). Not a day deictic ("today's situation", "today's environment": how things
    stand now), nor a year ('the 2011 constitution': a name)."""
    if date.dep_ not in _MODIFIER or noun.tag_ not in ("NN", "NNS") or date.lower_ in _NOW:
        return False
    if date.i > noun.i or not _DEED.fullmatch(noun.lower_):
        return False
    return bool(_A_DAYS_DATE.search(date.doc[date.left_edge.i : noun.i].text))


_A_DAYS_DATE = re.compile(  # a weekday, or a month with its day ('June 21st', '21 June'), not a year
    rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD})",
    re.I,
)


def _governing_verb(tok):
    t = tok
    for _ in range(12):
        if _is_verb(t) and t != tok and not a_verb_as_preposition(t, tok):
            break
        if t.head == t:
            return (cleft_clause(t, tok) or t) if _is_verb(t) else None
        t = t.head
    t = cleft_clause(t, tok) or t
    # a verb without its own subject (xcomp, conj): its clause is the one of the verb it hangs on
    while (
        t.dep_ in ("xcomp", "conj", "auxpass")
        and not any(c.dep_.startswith("nsubj") for c in t.children)
        and t.head != t
    ):
        t = t.head
    return t


def _tense(verb) -> str | None:
    chain = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "xcomp" or verb.dep_ == "acl" and _infinitive(verb):
        chain += [verb.head] + [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    elif verb.tag_ == "VBG" and verb.dep_ == "pcomp" and _is_verb(verb.head.head):
        up = verb.head.head  # 'thanked Norway for hosting the talks on Monday': the thanking's tense
        chain += [up] + [c for c in up.children if c.dep_ in ("aux", "auxpass")]
    words = {t.text.lower() for t in chain}
    for c in verb.children:
        if c.dep_ == "xcomp" or c.dep_ == "acomp" and c.lower_ == "due" and verb.tag_ != "VBD":  # "is due": to come
            words.add(c.text.lower())
    if _done_not_to_come(verb):
        words.discard(verb.lower_)
    if words & _FUTURE_AUX:
        return "future"
    if any(t.text.lower() == "going" and any(c.dep_ == "xcomp" for c in t.children) for t in chain):
        return "future"  # 'is going to be visiting Colombia on Monday'
    if verb.lower_ in ("is", "are", "am") and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children):
        return "future"  # 'The president is to visit Kenya on Monday'
    if _to_come_after(verb, chain, words):
        return "future"
    if any(t.tag_ in _PAST_TAGS for t in chain) or "had" in words or "has" in words or "have" in words:
        return "past"
    if verb.tag_ == "VBN" and len(chain) == 1 and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # 'Balloting continued on Saturday', tagged a participle: no auxiliary, an active subject
    return None


_FINITE = {"VBD", "VBZ", "VBP"}


def _a_conjuncts_own_tense(anchor, verb, tense):
    """'The show opened in March and will run until May 31', 'closed in January and reopens in June': a
    verb joined to another with its own auxiliary or its own tense (the date's lowest verb, whose subject
    is the first verb's) is read in that tense, not the first verb's."""
    low = next((t for t in anchor.ancestors if _is_verb(t)), None)
    if low is None or verb is None or low == verb or low.dep_ != "conj":
        return tense
    if any(c.dep_ in ("aux", "auxpass") for c in low.children) or low.tag_ in _FINITE:
        return _tense(low)
    return tense


def _to_come_after(verb, chain, words: set[str]) -> bool:
    """A present or present perfect in a clause of time under a future ('will decide after the leaders
    have met on 26 June', 'will sign once the parliament approves it on Monday'): still to come."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    if any(t.tag_ == "VBD" for t in chain) or "had" in words or "was" in words or "were" in words:
        return False
    return _tense(verb.head) == "future"


def _done_not_to_come(verb) -> bool:
    """A word that marks what is to come ('set to', 'planned to') used as a verb of its own, in the
    past or with its particle ('they planned the raid on Monday', 'On Monday I set out the facts'):
    a thing done, not a future."""
    kids = [c.dep_ for c in verb.children]
    if "xcomp" in kids or "auxpass" in kids or "aux" in kids:
        return False
    return verb.tag_ == "VBD" or "prt" in kids


def _clause_tokens(verb, anchor) -> list:
    """The verb's subtree without the sub-clauses that do not hold the date; a relative clause
    also gets its antecedent ('a package against Russia which was proposed ... on April 6')."""
    excluded: set[int] = set()
    for t in verb.subtree:
        if t != verb and t.dep_ in _SUBCLAUSE and not (t.left_edge.i <= anchor.i <= t.right_edge.i):
            excluded.update(range(t.left_edge.i, t.right_edge.i + 1))
    keep = [t for t in verb.subtree if t.i not in excluded]
    if verb.dep_ == "relcl":
        inner = set(range(verb.left_edge.i, verb.right_edge.i + 1))
        keep += [t for t in verb.head.subtree if t.i not in inner and t.dep_ not in _SUBCLAUSE]
    return keep


def sentence_text(text: str) -> str:
    """A sentence as shown on the site. A split inside a quotation leaves one mark unmatched (an
    opening one at the start, or a closing one of a quotation begun in the sentence before): it
    is dropped, so the text is balanced."""
    t = text.strip()
    if t.count('"') % 2:
        i = 0 if t.startswith('"') else t.rfind('"')
        t = (t[:i] + t[i + 1 :]).strip()
    while t.count("“") > t.count("”"):
        i = t.rfind("“")
        t = (t[:i] + t[i + 1 :]).strip()
    while t.count("”") > t.count("“"):
        i = t.find("”")
        t = (t[:i] + t[i + 1 :]).strip()
    return t


_SPOKEN_TITLE = re.compile(r"\b(?:remarks|statement|speech|address|testimony|op-ed|opening|keynote|message|by)\b", re.I)
_FIRST = {"i", "we"}
_THIRD = {"he", "she"}
_IT = {"it"}  # an organisation or a country, when its own saying governs the clause ('X says it will')


def _author(docs, cast: Cast) -> str | None:
    """The person a speech or statement is by: the first person its title names ('Remarks by
    Commissioner Hansen at ...'), when the title says it is one."""
    if not docs or not _SPOKEN_TITLE.search(text_of(docs[0])) or not _a_title_line(text_of(docs[0])):
        return None
    for m in sorted(cast.mentions, key=lambda m: m.start):
        if m.block == 0 and m.key in cast.members and cast.members[m.key].kind == "person":
            return m.key
    return None


def _byline_author(docs, cast: Cast, kinds, title: str) -> str | None:
    """The person a spoken text's byline names: a heading line at its top that is one person's name
    alone ('Barack Obama' under the headline 'Remarks at a State Dinner in Santiago'), when the
    headline says the text is spoken."""
    if not title or not kinds or not _SPOKEN_TITLE.search(title):
        return None
    for b, doc in enumerate(docs[:3]):
        if kinds[b] not in ("heading", "byline"):
            break
        text = text_of(doc).strip()
        names = [m for m in cast.mentions if m.block == b and m.key in cast.members]
        if (
            len(names) == 1
            and cast.members[names[0].key].kind == "person"
            and names[0].end - names[0].start >= len(text)
        ):
            return names[0].key
    return None


def _a_title_line(text: str) -> bool:
    """Whether a first paragraph reads as a title ('Remarks by Commissioner Hansen at the Summit'), not
    as the story's first sentences, whose 'by' or 'statement' names no author ('The arrest of X is a
    victory ... We commend Y for its action by ...'): a short line, or one with no sentence's end."""
    return len(text.split()) <= 25 or not re.search(r"[.!?][\"'”’)]?\s*$", text.strip())


def _title_author(title: str, cast: Cast) -> str | None:
    """The person a statement is by when only the seed's headline names them ('Statement by
    Trade Minister Jane Roe on ...', 'Jane Roe – Speech at ...'): the headline says it is spoken
    and names, by one of the forms the text gives them, exactly one person of the cast; or, when
    the text never names them, the name the headline gives its author (:func:`header_author`),
    who joins the cast as a person named only there. Of several people the headline names, only the
    one whose surname its author's name ends in (``_the_author_among``); a headline that gives its
    author by an office alone ('Statement by the President'), that office's holder (``_office_author``)."""
    if not title or not _SPOKEN_TITLE.search(title):
        return None
    text = title.replace("’", "'")
    named = {
        k
        for k, m in cast.members.items()
        if m.kind == "person"
        and any(len(f.split()) > 1 and re.search(r"\b" + re.escape(f) + r"\b", text) for f in (k, *m.forms))
    }
    name = header_author(title)
    named = _the_author_among(named, name, cast)
    if named:
        return named.pop() if len(named) == 1 else None
    if not name:
        return _office_author(text, cast)
    known = cast.person_by_name(name)
    if known or name in cast.members:
        return known if known and cast.members[known].kind == "person" else None
    cast.members[name] = CastMember(name, "person", (-1, 0), forms=[name], names=[name])
    return name


_SPOKEN_WORD = r"(?:statement|remarks|speech|message|address|testimony)"
_OFFICE_BY = re.compile(  # the title capitalised: "by the general public" names no one
    rf"\b{_SPOKEN_WORD} (?:by|of|from) the (?-i:(?=[A-Z]))(?P<role>{TITLE_WORDS})(?![\w'-]|(?-i: [A-Z]))", re.I
)


def _office_author(title: str, cast: Cast) -> str | None:
    """The office-holder a headline gives a statement to by their title alone ('Statement by the
    President on ...', 'Remarks by the Prime Minister at ...'), as official prose names the one who
    holds it: one person of the cast under that title (who joins it if the text never uses it). Not a
    spokesperson's title ('Statement by the Press Secretary'): their 'we' is their government."""
    m = _OFFICE_BY.search(title)
    if m is None or re.search(r"press|spokes", m["role"], re.I):
        return None
    role = " ".join(w.capitalize() if w.islower() and len(w) > 3 else w for w in m["role"].split())
    key = "the " + role  # not a person the text names with that title ('President Bachelet' of Chile)
    if key not in cast.members:
        cast.members[key] = CastMember(key, "person", (-1, 0), forms=[key])
    return key if cast.members[key].kind == "person" else None


def _the_author_among(named: set[str], name: str, cast: Cast) -> set[str]:
    """The people a headline names who can be its author: when it gives its author a name ('Statement
    by Ambassador Jane Roe on the Arrest of John Doe'), only the one whose surname that name ends in,
    not the one the statement is about."""
    if not name:
        return named
    last = name.split()[-1].lower()
    return {k for k in named if any(f.split()[-1].lower() == last for f in (k, *cast.members[k].forms) if f)}


_SPOKEN = r"(?:[Ss]tatement|[Rr]emarks|[Ss]peech|[Mm]essage|[Aa]ddress|[Tt]estimony|[Cc]onference|[Bb]riefing)"
_WORDS = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){1,5}"
_AUTHOR_AFTER = re.compile(r"\b" + _SPOKEN + r" (?:by|from) (?P<who>" + _WORDS + r")")
_AUTHOR_FIRST = re.compile(r"^(?P<who>" + _WORDS + r")(?:'s)? (?:[–—-] |" + _SPOKEN + r"\b)")
_LEADING_TITLES = re.compile(
    r"^(?:(?:(?:Rear |Lieutenant |Major |Brigadier )?" + TITLE_WORDS + r"|Rt\.? Hon\.?|Sir|Dame|Lord|Lady|Baroness) )+"
)


_HEADLINE_WORD = re.compile(r"\b(?:On|At|In|Following|After|Before|To|For|Regarding|About|With|During|From|Of|And)\b")


def header_author(title: str) -> str:
    """The name a headline gives a speech's or statement's author ('Statement from Admiral Jane
    Roe on ...' -> 'Jane Roe', 'John Doe – 2019 Speech at ...' -> 'John Doe', 'Statement by Secretary
    Roe' -> 'Roe'): titles and initials dropped; '' when it gives none, a title alone ('Statement by
    the Press Secretary') or two authors."""
    text = title.replace("’", "'").strip()
    m = _AUTHOR_AFTER.search(text) or _AUTHOR_FIRST.match(text)
    if m is None or re.search(r"'s\b", m["who"]) or text[m.end("who") :].startswith(" and "):
        return ""  # ("Jane Roe's Statement": a possessive, not a name; 'by Secretary Roe and Minister Doe': two)
    who = _HEADLINE_WORD.split(m["who"])[0].strip()  # 'Statement by Jane Roe Following the Meeting'
    titled = _LEADING_TITLES.match(who) is not None
    who = _LEADING_TITLES.sub("", who)
    while " " in who and _LEADING_TITLES.match(who.split(" ", 1)[1]):
        who = _LEADING_TITLES.sub("", who.split(" ", 1)[1])  # 'USAID Administrator Dr. Jane Roe': a body's title
    words = [w for w in who.split() if not re.fullmatch(r"[A-Z]\.?", w)]
    if len(words) < 2 and not (titled and words and not re.fullmatch(TITLE_WORDS, words[0])):
        return ""  # (a title and a surname, 'Statement by Secretary Roe', name the one who holds it)
    if not all(re.fullmatch(r"[A-Z](?:[a-z]|'[A-Z])[\w'-]*", w) for w in words):
        return ""
    if any(gz.country_of(w) or w in gz.ORGS or w in gz.PLACES for w in [" ".join(words), *words]):
        return ""  # 'Tajikistan Parliamentary Elections – Joint Statement': no one's name
    return " ".join(words)


_INTRODUCING = re.compile(r"\b(?:" + SPEECH + r"|statement|remarks|speech|address|message)\b", re.I)


def _introduced_speaker(docs, cast: Cast, b: int) -> str | None:
    """The person a line ending in a colon gives the paragraphs after it to ('Environment Secretary
    Jane Doe said:', 'Statement by the Minister for Trade, John Roe MP:'), as a release prints a
    statement without quotation marks: the last such line before the paragraph, when it names one
    person of the cast."""
    for k in range(b - 1, -1, -1):
        text = text_of(docs[k]).strip()
        if not text.endswith(":") or len(text) > 300 or not _INTRODUCING.search(text):
            continue
        people = {
            m.key
            for m in cast.mentions
            if m.block == k and m.key in cast.members and cast.members[m.key].kind == "person"
        }
        return people.pop() if len(people) == 1 else None
    return None


def _bodies(cast: Cast, who: str) -> list[str]:
    """The bodies a person speaks for as 'we': their affiliations, or the body their role is
    named after ('Commissioner' -> the Commission)."""
    member = cast.members[who]
    if member.aff:
        return sorted(member.aff)
    role = (member.role or "").lower()
    return [
        k
        for k, m in cast.members.items()
        if m.kind == "organization" and len(k) > 4 and role.startswith(k.split("-")[0].lower())
    ]


def _subject_pronoun(clause):
    for t in clause:
        if _is_subject(t) and (t.lower_ in _FIRST | _THIRD | _IT or t.lower_ in _OBJECT_FORMS and _for_to(t)):
            return t
    return None


_OBJECT_FORMS = {"me": "i", "us": "we", "him": "he", "her": "he"}


def _for_to(t) -> bool:
    """Whether the pronoun is the subject of a 'for ... to' infinitive ('It is a privilege for me to have
    arrived in X yesterday', 'an honour for us to host the summit'): it stands as 'I' or 'we' would."""
    verb = t.head
    return (
        t.dep_ == "nsubj"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _as_subject(tok) -> str:
    """The subject form of a pronoun ('me' 'i', 'his' 'he')."""
    return "he" if tok.lower_ == "his" else _OBJECT_FORMS.get(tok.lower_, tok.lower_)


_KIN = {"family", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "children"}
_KIN |= {"parents", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "driver", "bodyguard", "bodyguards"}
_KIN |= {"friend", "friends", "supporters", "relatives", "spokesman", "spokeswoman", "spokesperson"}
_KIN |= {"daughters", "sons", "child", "grandson", "granddaughter", "grandchildren", "nephew", "niece", "cousin"}
_KIN |= {"brothers", "sisters", "wives", "husbands", "drivers", "grandsons", "granddaughters", "nephews", "nieces"}
_KIN |= {"cousins", "relative", "supporter", "spokesmen", "spokeswomen", "spokespeople"}
_SOMEONES = {"family", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "children"}
_SOMEONES |= {"parents", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "supporters", "friends"}
_SOMEONES |= {"party", "government", "administration", "campaign", "team", "office", "spokesman", "spokeswoman"}


def _subjects_owner(clause):
    """'his'/'her' owning the clause's subject when the subject is a thing of theirs ('His term
    ended on January 10'), not someone or a body of their own ('his lawyer', 'her party')."""
    for t in clause:
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNS") and t.lower_ not in _SOMEONES | _PEOPLE:
            if _role_word(t) is None:
                return next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    return None


def _is_subject(t) -> bool:
    """A subject, or one of coordinated subjects ('Jill and I are praying')."""
    return t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")


def _speaker_above(cast: Cast, b: int, pron, off: int, kinds=("person",)) -> str | None:
    """The person (or, for 'it', the body) whose saying governs the pronoun's clause ('Keiko
    Fujimori said she recognized ...', 'The WFP says it will begin ...'): the subject of a verb
    above it that is a mention of that kind."""
    t = pron.head
    for _ in range(8):
        if t.head == t:
            break
        t = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < pron.i), None)
        if subj is not None:
            span = range(subj.left_edge.idx + off, subj.right_edge.idx + len(subj.right_edge) + off)
            for m in sorted(cast.mentions, key=lambda m: (m.start, m.start - m.end)):
                if m.block == b and m.start in span and cast.members[m.key].kind in kinds:
                    return m.key
    return None


def _the_one_before(cast: Cast, b: int, before: int, sentence: tuple[int, int] | None, kinds) -> str | None:
    """The one actor of those kinds the sentence before names, when the pronoun's own sentence names
    none of them before it ('The agency declared the outbreak over. On Tuesday, it lifted the
    restrictions.')."""
    if sentence is None:
        return None
    near = [
        m
        for m in cast.mentions
        if m.block == b
        and sentence[0] <= m.start < before
        and m.key in cast.members
        and cast.members[m.key].kind in kinds
    ]
    if any(m.start >= sentence[1] for m in near):
        return None
    keys = {m.key for m in near}
    return keys.pop() if len(keys) == 1 else None


_BLOCK = "events: block"  # a parsed sentence's block Doc (its text and sentences)
_PREV = "events: previous sentence"  # a parsed sentence's (start of the one before, its own start), block offsets


def _last_person(cast: Cast, b: int, before: int, sentence: tuple[int, int] | None = None) -> str | None:
    """Who 'he'/'she' is: the one person the sentence before names, when the pronoun's own sentence
    (``sentence``: the block offsets where the one before and this one begin) names nobody before
    it ('A case in point is that of opposition leader X. In February, he was ...'); else the one
    person the paragraph names before it (or, when it names none, the last paragraph naming
    someone); else, of the people named in this paragraph before it or in the three before, the one
    named most often so far (the article's protagonist over a passing name)."""
    people = [
        m
        for m in cast.mentions
        if (m.block, m.start) < (b, before) and m.key in cast.members and cast.members[m.key].kind == "person"
    ]
    near = {m.key for m in people if m.block >= b - 3}
    if not near:
        return None
    if sentence is not None:
        prev = {m.key for m in people if m.block == b and sentence[0] <= m.start < sentence[1]}
        if len(prev) == 1 and not any(m.block == b and m.start >= sentence[1] for m in people):
            return prev.pop()
    latest = {m.key for m in people if m.block == max(x.block for x in people)}
    if len(latest) == 1 and max(x.block for x in people) >= b - 1:
        return latest.pop()  # 'Buhari, 72, was ... He was toppled ...' then 'He will be inaugurated'
    count = {k: sum(1 for m in people if m.key == k) for k in near}
    last = {k: max((m.block, m.start) for m in people if m.key == k) for k in near}
    return max(near, key=lambda k: (count[k], last[k]))


def _named_back(cast: Cast, b: int, pos: int, block, quotes) -> str | None:
    """Who 'he'/'she' inside a quotation is ('"X's men locked up Y. Nobody could visit. Later he
    died," said Z'): walking back over the paragraph's sentences from the pronoun, the first that
    names someone names exactly one person who is neither the quotation's speaker (who would say
    'I') nor named as an owner ('X's men'); None when the pronoun is in no quotation, or that
    sentence names none such or several."""
    speaker = next((q.speaker for q in quotes if q.block == b and q.start <= pos < q.end and q.speaker), None)
    if block is None or speaker is None:
        return None
    text = text_of(block).replace("’", "'")
    people = [
        m
        for m in cast.mentions
        if m.block == b and m.start < pos and m.key in cast.members and cast.members[m.key].kind == "person"
    ]
    for sent in reversed([s for s in sentences(block) if s.start_char < pos]):
        here = [m for m in people if sent.start_char <= m.start < sent.end_char]
        keys = {m.key for m in here if m.key != speaker and not text.startswith("'s", m.end)}
        if len(keys) == 1:
            return keys.pop()
        if keys:
            return None
    return None


def _actors(
    cast: Cast, b: int, clause, sent, off: int, quotes, author: str | None = None, pronouns: bool = True
) -> list[str]:
    clause = _without_a_vocative(_with_named_subjects(clause))
    idx = {t.idx + off for t in clause}
    keys: list[str] = []
    acting = {m.key for m in cast.actors()}
    here = [m for m in cast.mentions if m.block == b]  # the block's mentions picked once, not once a token
    spans = [(m.start, m.end) for m in here]
    mentioned = {t.i for t in clause if any(s <= t.idx + off < e for s, e in spans)}
    found = [m for m in here if m.start in idx]
    found += _unrecorded(cast, b, clause, off, mentioned, acting)
    found += _by_given_name(cast, b, clause, off, mentioned, acting)
    for m in sorted(found, key=lambda m: (m.block, m.start)):
        if m.key in acting and m.key not in keys:
            if _takes_part(clause, m, off, cast.members[m.key].kind, mentioned):
                keys.append(m.key)
    keys += [k for k in _described(cast, b, clause, off, mentioned) if k in acting and k not in keys]
    keys += [k for k in _state_of_an_organ(cast, clause, mentioned) if k in acting and k not in keys]
    keys += [k for k in _listed_after_a_title(cast, b, clause, off) if k in acting and k not in keys]
    if any(t.text.lower() in ("we", "us", "our") for t in clause):
        for q in quotes:
            if (
                q.block == b
                and sent.start_char + off < q.end
                and sent.end_char + off > q.start
                and q.speaker in cast.members
            ):
                for aff in sorted(cast.members[q.speaker].aff):
                    if aff in acting and aff not in keys:
                        keys.append(aff)
    keys += [k for k in _addressed(cast, b, clause, off) if k in acting and k not in keys] if pronouns else []
    for k in _by_pronoun(cast, b, clause, sent, off, quotes, author, keys) if pronouns else ():
        if k not in keys:
            keys.append(k)
    for k in _object_pronouns(cast, b, clause, off, keys) if pronouns else ():
        if k in acting and k not in keys:
            keys.append(k)
    return keys


_PAIR_NAME = re.compile(r"(?P<one>[^-–]+)[-–](?P<other>[^-–]+)")


def _paired_countries(cast: Cast, key: str, acting) -> list[str]:
    """The countries a mention names: a country, or the two of a pair's name ('the U.S.-Peru
    relationship', 'the U.S.-Indonesia Strategic Partnership')."""
    if cast.members[key].kind == "country":
        return [key]
    m = _PAIR_NAME.match(key)
    if m is None:
        return []
    words = m["other"].split()
    other = next((c for n in range(len(words), 0, -1) if (c := gz.country_of(" ".join(words[:n])))), None)
    pair = [k for k in (gz.country_of(m["one"].strip()), other) if k is not None]
    return [k for k in pair if k in acting and cast.members[k].kind == "country"] if len(pair) == 2 else []


_TO_WHOM = {"to", "with"}


def _addressed(cast: Cast, b: int, clause, off: int) -> list[str]:
    """Who 'you' is in a clause of time ('as', 'while', 'when') doing something, on a verb addressed to
    someone ('I congratulate the people of Ruritania as you mark your independence on July 6', 'We
    stand with Ruritania as you celebrate your National Day'): the ones that verb is addressed to, its
    object or the object of its 'to' or 'with'."""
    you = next((t for t in clause if t.lower_ == "you" and t.dep_ == "nsubj" and t.head.dep_ == "advcl"), None)
    if you is None or not any(c.dep_ == "dobj" for c in you.head.children):
        return []  # ('as you know, ...': no deed of theirs)
    if not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in you.head.children):
        return []
    up = you.head.head
    whom = [c for c in up.children if c.dep_ in ("dobj", "dative")]
    preps = [p for t in (up, *whom) for p in t.children if p.dep_ == "prep" and p.lower_ in _TO_WHOM]
    whom += [c for p in preps for c in p.children if c.dep_ == "pobj"]
    toks = [t for w in whom for t in w.subtree]
    at = [(t.idx + off, t.idx + off + len(t)) for t in toks]
    keys = [
        m.key
        for m in sorted(cast.mentions, key=lambda m: m.start)
        if m.block == b and any(m.start < e and s < m.end for s, e in at)
    ]
    peoples = (gz.country_of(t.text) for t in toks if t.tag_ in ("NNPS", "JJ", "NNP"))
    return list(dict.fromkeys(keys + [c for c in peoples if c and c in cast.members]))  # 'the Ruritanians


def _listed_after_a_title(cast: Cast, b: int, clause, off: int) -> list[str]:
    """The people of a list of titled names that is the subject ('Jane Doe, the United States Attorney,
    John Roe, the Director of the FBI's field office, and Anna Berg, the Commissioner, announced'): the
    parser joins each name after the first to a noun inside the title before it, a side part the line
    leaves out; the names only, not what their titles name."""
    have = {t.i for t in clause}
    names = [
        x
        for t in clause
        if t.dep_ in ("nsubj", "nsubjpass")
        for a in t.children
        if a.dep_ == "appos"
        for x in a.subtree
        if x.dep_ == "conj" and x.tag_ == "NNP" and x.i not in have
    ]
    at = {w.idx + off for x in names for w in (*(c for c in x.children if c.dep_ in ("compound", "flat")), x)}
    keys = [
        m.key
        for m in sorted(cast.mentions, key=lambda m: m.start)
        if m.block == b and cast.members[m.key].kind == "person" and any(m.start <= a < m.end for a in at)
    ]
    return list(dict.fromkeys(keys))


def _dated_noun(anchor):
    """The noun a date hangs on, not on a verb ('X's reply to the committee on 6 March', 'my visit
    last year'), or that an 'ago' phrase follows right away ('X's accession to the union ten years
    ago'); None when the date is a verb's or the noun is a place."""
    noun = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" else anchor.head
    if anchor.lower_ == "ago" and anchor.left_edge.i > anchor.sent.start:
        noun = anchor.doc[anchor.left_edge.i - 1]  # "X's accession ten years ago": parsed on the verb, said of the noun
    elif anchor.dep_ not in ("pobj", "npadvmod") or noun == anchor:
        return None
    for _ in range(2):  # 'X's reply to a question in Parliament on 6 March': up to the reply
        if any(c.dep_ == "poss" for c in noun.children) or noun.lower_ in EVENT_NOUNS:
            break
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
    if noun.tag_ not in ("NN", "NNS") or _a_place_noun(noun):
        return None
    return noun


def _owner_of_the_dated_noun(cast: Cast, b: int, anchor, off: int) -> list[str]:
    """Whose act a dated noun is: its possessor, when the date hangs on that noun ('Jane Doe's
    reply to the committee on 6 March', 'Ruritania's invasion on 24 May'), not on a verb, or an 'ago'
    phrase follows it right away ('Ruritania's accession to the union ten years ago')."""
    noun = _dated_noun(anchor)
    if noun is None:
        return []
    acting = {m.key for m in cast.actors()}
    keys = _agent_of_the_noun(cast, b, noun, off, acting)
    for owner in (c for c in noun.children if c.dep_ == "poss" and c.tag_.startswith("NN")):
        at = {t.idx + off for t in owner.subtree} if owner.tag_ in ("NN", "NNS") else {owner.idx + off}
        keys += [
            m.key for m in cast.mentions if m.block == b and any(m.start <= a < m.end for a in at) and m.key in acting
        ]  # (a common noun's own words name the owner: "the Syrian regime's use of arms on 4 April")
    return list(dict.fromkeys(keys))


def _agent_of_the_noun(cast: Cast, b: int, noun, off: int, acting) -> list[str]:
    """Who did the act a dated noun names, given after 'by' as a passive's agent is ('his capture by
    the police a year ago', 'the triggering by Ruritania of the mechanism on Monday'): the names of
    the object of the noun's own 'by'."""
    at = {t.idx + off for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for t in p.subtree}
    if not at:
        return []
    return [m.key for m in cast.mentions if m.block == b and m.start in at and m.key in acting]


_POLLS = {"election", "elections", "runoff", "run-off", "ballot", "ballots", "poll", "polls", "balloting", "vote"}


def _candidates(cast: Cast, b: int, anchor, sent, off: int) -> list[str]:
    """Who ran in a dated vote: the people the sentence makes a subject or an object of its verbs,
    when the date is a vote's ("Roe obtained 50 percent of ballots cast on May 2, while Doe got 49",
    "X declared Roe the winner of Saturday's election, defeating Doe"); not one only named beside
    them ('according to the commission chair, Y, ...') or who tells it ('Y said ...')."""
    noun = anchor.head
    if anchor.dep_ == "pobj" and noun.dep_ == "prep":
        noun = noun.head
    if noun.dep_ == "acl" and noun.tag_ == "VBN":
        noun = noun.head  # 'ballots cast on December 28'
    if noun.lower_ not in _POLLS or noun.tag_ not in ("NN", "NNS"):
        return []
    roles = ("nsubj", "nsubjpass", "dobj")
    doers = [t for t in sent if t.dep_ in roles or t.dep_ == "conj" and t.head.dep_ in roles]
    doers = [
        t
        for t in doers
        if not (_is_subject(t) and _SAYING.match(t.head.head.text if t.dep_ == "conj" else t.head.text))
        and not _in_a_relative_clause_off(t, anchor)
    ]
    at = {w.idx + off for t in doers for w in (t, *(c for c in t.children if c.dep_ in ("compound", "flat")))}
    acting = {m.key for m in cast.actors()}
    keys = [
        m.key
        for m in sorted(cast.mentions, key=lambda m: m.start)
        if m.block == b
        and m.key in acting
        and cast.members[m.key].kind == "person"
        and any(m.start <= a < m.end for a in at)
    ]
    return list(dict.fromkeys(keys))


def _in_a_relative_clause_off(t, anchor) -> bool:
    """Whether the token does its verb's deed in a relative clause that does not hold the date ('Roe,
    whom Doe hand-picked as his candidate, won the May 2 election': Doe only picked him)."""
    verb = t.head.head if t.dep_ == "conj" else t.head
    return verb.dep_ == "relcl" and not verb.left_edge.i <= anchor.i <= verb.right_edge.i


def _a_place_noun(noun) -> bool:
    """Whether the noun is where something is ('stranded in a cave in Thailand's Chiang Rai province,
    June 23'): the object of a preposition of place, and no act; its possessor owns the place, not
    the happening."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "at", "near", "inside", "across", "throughout")
        and noun.lower_ not in EVENT_NOUNS
    )


def _object_pronouns(cast: Cast, b: int, clause, off: int, found: list[str]) -> list[str]:
    """Who 'him'/'her' as the verb's object stands for ('I haven't called X yet. I spoke to him
    yesterday'): the person named last before it, in its paragraph or the one before; none when the
    clause's subject is a third-person pronoun itself (which of the two is which is then anyone's guess)."""
    if _third_person_subject(clause):
        return []
    out = []
    for t in clause:
        if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "pobj", "dative") and t.head.dep_ != "agent":
            before = [
                m
                for m in cast.mentions
                if b - 1 <= m.block
                and (m.block, m.end) <= (b, t.idx + off)
                and m.key in cast.members
                and cast.members[m.key].kind == "person"
                and m.key not in found  # 'X said Y had called him': not Y, who did the calling
            ]
            who = max(before, key=lambda m: (m.block, m.start)).key if before else None
            if who and who not in out:
                out.append(who)
    return out


def _without_a_vocative(clause) -> list:
    """The clause without a name the speaker addresses ('Tom, without question, the biggest problem
    today is ...'): a proper name that opens the sentence, set off by a comma, which the parser made a
    subject of a verb that has a subject of its own after it; the one spoken to does nothing."""
    names = [
        t
        for t in clause
        if t.dep_ == "nsubj"
        and t.tag_ == "NNP"
        and t.left_edge.i == t.sent.start
        and t.right_edge.i + 1 < len(t.doc)
        and t.doc[t.right_edge.i + 1].text == ","
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and c.left_edge.i > t.right_edge.i + 1 and c.tag_ != "NNP"
            for c in t.head.children
        )
    ]  # (not 'President Jane Doe, Jr. spoke today': the name goes on after the comma)
    if not names:
        return clause
    drop = {x.i for t in names for x in t.subtree}
    return [t for t in clause if t.i not in drop]


def _with_named_subjects(clause) -> list:
    """The clause with the names set beside a subject that is a role ('The head of the agency, Jane
    Doe, said', "Germany's foreign minister, Annalena Baerbock, arrived"): the short line leaves an
    appositive out, but it names who did the thing (not 'the lander, Philae,': a thing's name). The
    title may be capitalised, as official prose writes it ('The Chairman of the Commission, Dr. Jane
    Doe, traveled')."""
    have = {t.i for t in clause}
    extra = [
        x
        for t in clause
        if t.dep_ in ("nsubj", "nsubjpass") and _a_title_noun(t)
        for c in t.children
        if c.dep_ == "appos" and c.i not in have
        for x in c.subtree
    ]
    return sorted([*clause, *extra], key=lambda t: t.i) if extra else list(clause)


_TITLE_NOUN = re.compile(TITLE_WORDS, re.I)


def _a_title_noun(t) -> bool:
    """Whether a noun is a title ('minister', 'Chairman', 'the Director of ...'): a common noun naming
    a role, or a capitalised one whose word is a title's (not a name: 'Philae', 'Commission')."""
    if t.tag_ in ("NN", "NNS"):
        return _role_word(t) is not None or _TITLE_NOUN.fullmatch(t.text) is not None
    return t.tag_ == "NNP" and _TITLE_NOUN.fullmatch(t.text) is not None


def _unrecorded(cast: Cast, b: int, clause, off: int, mentioned: set[int], acting: set[str]) -> list[Mention]:
    """Names of the cast the NER swallowed into an amount here ('fine Google 1.49 billion euros' tagged
    as money): a run of proper nouns in the clause before a number, in no mention, equal to a name
    the article gives an actor."""
    names = {f: k for k in sorted(acting) for f in cast.members[k].names or [k] if f[:1].isupper()}
    out = []
    for t in clause:
        if t.tag_ != "NNP" or t.i in mentioned or (t.i > 0 and t.doc[t.i - 1].tag_ == "NNP"):
            continue
        end = t.i
        while end + 1 < len(t.doc) and t.doc[end + 1].tag_ == "NNP" and end + 1 not in mentioned:
            end += 1
        key = names.get(t.doc[t.i : end + 1].text)
        after = t.doc[end + 1] if end + 1 < len(t.doc) else None
        if key is not None and after is not None and (after.like_num or after.tag_ == "$"):
            start = t.idx + off
            out.append(Mention(b, start, start + len(t.doc[t.i : end + 1].text), key))
    return out


def _by_given_name(cast: Cast, b: int, clause, off: int, mentioned: set[int], acting: set[str]) -> list[Mention]:
    """A subject that is a person's given name alone, which the NER left unnamed ('Heather received an
    OBE in 2006' after 'Heather Reid has been appointed'): that person, when the cast has exactly one
    person of that given name and no other member has that word in its name."""
    out = []
    for t in clause:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NNP" or t.i in mentioned or list(t.children):
            continue
        whose = {k for k, c in cast.members.items() if t.text in k.split()}
        if len(whose) != 1:
            continue
        key = whose.pop()
        if key in acting and cast.members[key].kind == "person" and key.split()[0] == t.text and len(key.split()) > 1:
            start = t.idx + off
            out.append(Mention(b, start, start + len(t), key))
    return out


_ROLE = re.compile(ROLE_NOUNS + "$", re.I)
_DEFINITE = {"the", "its", "his", "her", "their"}


def _described(cast: Cast, b: int, clause, off: int, mentioned: set[int]) -> list[str]:
    """Who a subject (or a passive's agent) named by a description stands for: 'the commission' the
    organisation of the article with that word in its name, 'The Deputy Secretary and Deputy Foreign
    Minister' the people whose roles those are."""
    out = []
    for t in clause:
        agent = t.dep_ == "pobj" and t.head.dep_ == "agent"  # 'will be presented by the Commission tomorrow'
        between = t.dep_ == "pobj" and t.head.lower_ == "between"  # 'talks between the two countries'
        met = _object_of_the_act(t)  # 'met the Prime Minister': only a role, as a person's name stands for
        if t.lower_ in _REBELS and t.i not in mentioned and (group := cast.armed_group()) is not None:
            out += [group] if group not in out else []  # 'talks with the rebels', 'Aceh rebels'
            continue
        noun = t.tag_.startswith("NN") or _adjective_as_noun(t)
        if not (_is_subject(t) or agent or between or met) or t.i in mentioned or not noun:
            continue
        first = t.head if t.dep_ == "conj" else t
        pos = t.idx + off
        pair = _the_two(cast, b, t, pos)
        out += [k for k in pair if k not in out]
        owner = _owning_country(first)  # "Kenya's foreign minister": the definite role of that country
        if (
            pair
            or between
            or not (owner or any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in first.children))
        ):
            continue
        words = [c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i] + [t]
        holders = _holders_of_role(cast, b, t, off) or _on_trial(cast, t)
        out += [k for k in holders if k not in out]
        if holders:
            continue
        key = _role_held(cast, words, b, pos, owner)
        if met or owner:  # (no organisation's noun: 'fined the company' names no party the way a title does)
            key = key if key is not None and cast.members[key].kind == "person" else None
        elif key is None and (t.tag_ in ("NN", "NNP") or _adjective_as_noun(t)) and len(words) == 1:
            key = cast.org_by_noun(t.text, b, pos) or _body_by_noun(cast, t, b, pos) or _the_one_body(cast, t)
        elif key is None and t.tag_ == "NN" and all(w.is_lower for w in words):
            key = cast.org_by_noun(t.text, b, pos)  # 'the election commission': the body named a commission
        if key is not None and key not in out:
            out.append(key)
    return out


def _adjective_as_noun(t) -> bool:
    """An adjective or participle the tagger left as such that heads a definite subject on its own, a
    noun in use ('the military seized power', 'the accused denied the charges')."""
    return (
        t.tag_ in ("JJ", "VBN")
        and _is_subject(t)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and not any(c.dep_ in ("amod", "compound") for c in t.children)
    )


def _the_one_body(cast: Cast, noun) -> str | None:
    """'The military seized power' told before the article names "Myanmar's military": the one
    organisation of the cast whose name ends in the noun, wherever it is named; None when two do."""
    word = noun.lower_
    fits = [k for k, m in cast.members.items() if m.kind == "organization" and k.lower().split()[-1] == word]
    return fits[0] if len(fits) == 1 and " " in fits[0] else None


_ON_TRIAL = frozenset(("defendant", "accused"))
_REBELS = frozenset(f"{stem}s" for stem in REBEL_STEMS)


def _on_trial(cast: Cast, noun) -> list[str]:
    """'The defendant admitted ...', 'the accused denied ...': the one person the article says is
    charged, pleaded or was convicted (``Cast.the_accused``)."""
    if noun.lower_ not in _ON_TRIAL or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return []
    key = cast.the_accused()
    return [key] if key is not None else []


_NOT_THE_HOLDER = frozenset("former late ex previous".split())


def _role_held(cast: Cast, words, b: int, pos: int, owner: str | None = None) -> str | None:
    """The person a definite role phrase names ('the President', 'the Deputy Secretary'), or one with a
    demonym or a describing word before the role ('the Honduran president': Honduras's president; 'the
    ousted president', 'the embattled prime minister'): the longest tail of the phrase that is a role,
    the demonym (or the ``owner`` country: "Kenya's foreign minister") read as the country whose role it
    is. Not a former holder ('the former president')."""
    words = sorted(words, key=lambda w: w.i)
    phrase = " ".join(w.text for w in words)
    if not _ROLE.search(phrase):
        return None
    key = cast.resolve_role(None, phrase, b, pos) if owner is None else None
    if key is not None or any(w.lower_ in _NOT_THE_HOLDER for w in words):
        return key
    tails = [i for i in range(len(words)) if _ROLE.fullmatch(" ".join(w.text for w in words[i:]))]
    if not tails or tails[0] == 0 and owner is None:
        return None
    tail, named = " ".join(w.text for w in words[tails[0] :]), [w for w in words[: tails[0]] if w.text[:1].isupper()]
    countries = ([owner] if owner else []) + [gz.country_of(w.text) for w in named]
    if not all(countries):
        return None  # ('the Ruritanian president', 'the NATO chief'): whose role the parse cannot tell
    if not countries:
        return cast.resolve_role(None, tail, b, pos)  # 'the ousted president': the president
    return cast.resolve_role(countries[0], tail, b, pos)  # (None when the cast records no one of that country)


def _owning_country(noun) -> str | None:
    """The country a possessive before the noun names ("Kenya's foreign minister", "Burkina Faso's army
    chief"), or None."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
    if owner is None:
        return None
    return gz.country_of(" ".join(w.text for w in owner.subtree if w.dep_ != "case"))


def _object_of_the_act(t) -> bool:
    """An object of the clause's verb ('X met the Prime Minister on Monday', 'called the Foreign
    Minister'), or the one the verb was done with ('will meet with the President'): a party to it."""
    if t.dep_ == "conj":
        t = t.head  # ('met the President and the Prime Minister')
    if t.dep_ in ("dobj", "dative"):
        return _is_verb(t.head)
    return t.dep_ == "pobj" and t.head.lower_ == "with" and _is_verb(t.head.head)


def _state_of_an_organ(cast: Cast, clause, mentioned: set[int]) -> list[str]:
    """The country whose organ a subject (or a passive's agent) is, told by a demonym the NER left
    unnamed ('Japanese authorities arrested ...', 'The cabinet of Japanese Prime Minister X approved the
    plans on Friday'): the state acts through its government, forces or authorities."""
    out = []
    for t in clause:
        if t.lower_ not in _ARMED or not (t.dep_ in _SUBJECT or t.dep_ == "pobj" and t.head.dep_ == "agent"):
            continue
        words = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
        words += [w for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.subtree if w.dep_ != "prep"]
        for w in words:
            name = gz.DEMONYMS.get(w.text) if w.i not in mentioned and w.text[:1].isupper() else None
            key = next((k for k, c in cast.members.items() if c.kind == "country" and name in (k, *c.names)), None)
            if name and key is not None and key not in out:
                out.append(key)
    return out


_PAIR_KINDS = {
    "leaders": ("person",),
    "men": ("person",),
    "women": ("person",),
    "countries": ("country",),
    "nations": ("country",),
    "governments": ("country",),
    "sides": ("person", "country", "organization"),
    "parties": ("person", "country", "organization"),
}


def _the_two(cast: Cast, b: int, noun, pos: int) -> list[str]:
    """Who 'the two leaders', 'both sides', 'the two countries' are: the last two actors of that kind
    named before, in this paragraph or the one before (the two countries of a pair's name, 'the
    U.S.-Peru relationship', count as named there)."""
    kinds = _PAIR_KINDS.get(noun.lower_) or (("person",) if noun.tag_ == "NNS" and _role_word(noun) else None)
    if kinds is None or not any(c.lower_ in ("two", "both") for c in noun.children) or noun.head.dep_ == "relcl":
        return []  # (in a relative clause they are the main clause's parties: _main_clause_of_time)
    acting = {m.key for m in cast.actors()}
    before = [
        k
        for m in sorted(cast.mentions, key=lambda m: (m.block, m.start), reverse=True)
        if b - 1 <= m.block and (m.block, m.start) < (b, pos) and m.key in cast.members
        for k in (_paired_countries(cast, m.key, acting)[::-1] if "country" in kinds else []) or [m.key]
        if k in acting and cast.members[k].kind in kinds
    ]
    keys = list(dict.fromkeys(before))[:2]
    return sorted(keys, key=lambda k: cast.members[k].first) if len(keys) == 2 else []


_CORPORATE = {"inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "llc", "plc"}
_CORPORATE |= {"group", "holdings", "airways", "airlines", "ag", "sa", "s.a."}


def _body_by_noun(cast: Cast, noun, b: int, pos: int) -> str | None:
    """'the company' / 'the firm': the last company named before (a name ending in 'Inc.', 'Corp.',
    'Ltd'...); 'the government': the country whose government the article has named ('the Greek
    government')."""
    word = noun.lower_
    if word in ("company", "firm"):
        fits = [k for k, m in cast.members.items() if m.kind == "organization" and k.split()[-1].lower() in _CORPORATE]
        fits = fits or _a_business_named_near(cast, b, pos)
    elif word == "government" and not any(c.dep_ == "prep" for c in noun.children):
        fits = [
            k
            for k, m in cast.members.items()
            if m.kind == "country" and any("government" in f.lower() for f in m.forms)
        ]
    else:
        return None
    fits = [k for k in fits if cast.members[k].first <= (b, pos)]
    return max(fits, key=lambda k: _last_mention(cast, k, b, pos)) if fits else None


_PUBLIC_BODY = re.compile(
    r"\b(?:ministry|department|agency|commission|council|committee|office|court|university|college|school|parliament"
    r"|assembly|senate|congress|government|police|army|navy|force|forces|party|union|organi[sz]ation|association"
    r"|federation|fund|institute|foundation|nations|league|service|authority|bureau|administration|board)\b",
    re.I,
)


def _a_business_named_near(cast: Cast, b: int, pos: int) -> list[str]:
    """For 'the company' when no name of the cast is a company's by its ending ('Inc.', 'Ltd'): the
    organisations named in this paragraph or the one before whose names are no public body's or
    institution's ('Toyota ... On January 26th, the company suspended sales'), so the last of them."""
    return [
        k
        for k, m in cast.members.items()
        if m.kind == "organization" and not _PUBLIC_BODY.search(k) and _last_mention(cast, k, b, pos)[0] >= b - 1
    ]


def _last_mention(cast: Cast, key: str, b: int, pos: int) -> tuple[int, int]:
    return max(
        ((m.block, m.start) for m in cast.mentions if m.key == key and (m.block, m.start) < (b, pos)), default=(-1, -1)
    )


def _role_word(noun) -> str | None:
    """The role a noun names, singular ('presidents' -> 'president'); None for any other noun."""
    word = noun.lower_[:-1] if noun.tag_ == "NNS" and noun.lower_.endswith("s") else noun.lower_
    return word if _ROLE.fullmatch(word) else None


def _countries_of(cast: Cast, b: int, noun, off: int) -> list[str]:
    """The countries an 'of' after a noun names, each of them ('of the United States and Afghanistan')."""
    objs = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    toks = [t for o in objs for t in o.subtree]
    spans = [(t.idx + off, t.idx + off + len(t)) for t in toks]
    keys = [
        m.key
        for m in sorted(cast.mentions, key=lambda m: m.start)
        if m.block == b and cast.members[m.key].kind == "country" and any(s <= m.start < e for s, e in spans)
    ]
    return list(dict.fromkeys(keys))


_HELD = dict.fromkeys(("leader", "head", "chief"), r"\b(?:president|prime minister|chancellor|premier|king|leader)\b")


def _holders_of_role(cast: Cast, b: int, noun, off: int) -> list[str]:
    """'The presidents of the United States and Afghanistan' -> the person of the cast who holds that
    role for each country: the one whose affiliation is that country, else the one holder the article
    gives no country."""
    role = _role_word(noun)
    if role is None:
        return []
    held = _HELD.get(role, rf"\b{role}\b")
    holders = [m for m in cast.members.values() if m.kind == "person" and re.search(held, m.role.lower())]
    out: list[str] = []
    for country in _countries_of(cast, b, noun, off):
        theirs = [m.key for m in holders if country in m.aff] or [m.key for m in holders if not m.aff]
        if len(theirs) == 1 and theirs[0] not in out:
            out.append(theirs[0])
    return out


def _by_pronoun(cast: Cast, b: int, clause, sent, off: int, quotes, author, keys=None) -> list[str]:
    """Who a pronoun subject of the clause stands for: 'I' the speaker, 'we' the bodies they
    speak for, 'he'/'she' the person named before."""
    tok = _subject_pronoun(clause) or _subjects_owner(clause)
    if tok is None:
        return []
    pron = _as_subject(tok)
    return [k for k in _standing_for(cast, b, tok, pron, sent, off, quotes, author) if k not in (keys or ())]


def _standing_for(cast: Cast, b: int, tok, pron: str, sent, off: int, quotes, author) -> list[str]:
    """Who the pronoun token ``tok``, read as the subject ``pron`` ('i', 'we', 'he', 'it'), stands for."""
    acting = {m.key for m in cast.actors()}
    who = None
    if pron in _FIRST:
        who = next(
            (
                q.speaker
                for q in quotes
                if q.block == b
                and sent.start_char + off < q.end
                and sent.end_char + off > q.start
                and q.speaker in cast.members
            ),
            author,
        )
    elif pron in _IT and _it_happened(tok):
        who = None
    elif pron in _IT:
        who = _speaker_above(cast, b, tok, off, ("organization", "country")) or _the_one_before(
            cast, b, tok.idx + off, sent.doc.user_data.get(_PREV), ("organization", "country")
        )
    else:
        who = (
            _speaker_above(cast, b, tok, off)
            or _named_back(cast, b, tok.idx + off, sent.doc.user_data.get(_BLOCK), quotes)
            or _last_person(cast, b, tok.idx + off, sent.doc.user_data.get(_PREV))
        )
        if who is not None and who == _quote_speaker_at(quotes, b, tok.idx + off):
            who = None  # a speaker says 'I', never 'he', of themselves
    if who and pron == "we":
        bodies = [a for a in _bodies(cast, who) if a in acting]
        return bodies or _we_without_a_body(cast, who, author, acting, tok)
    return [who] if who else []


_SPOKESPERSON = re.compile(r"\b(?:press|spokes\w*)\b", re.I)
# the day of the remarks themselves: the author's 'we' there holds the author, who is there
_THE_OCCASION = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)
_UNDERGONE = {"see", "witness", "experience", "face", "suffer", "endure", "feel", "hear", "notice", "observe"}


def _we_without_a_body(cast: Cast, who: str, author: str | None, acting: set[str], tok) -> list[str]:
    """'We' in the remarks or statement of a person the article gives no body to speak for ('On our
    flight into Chile today, we were struck by ...' in a president's remarks, 'During our meeting today,
    we devised a plan' in a minister's statement): 'we' holds its author, who took part. Not a
    spokesperson's 'we' (their government's), one of a quoted speaker (a team's, a village's), the
    'we' of everyone who saw or went through a thing ('Yesterday we saw more settled weather'), nor one
    in a sentence not of the day of the remarks ('since we reached an agreement last July': the party's
    deed, which other reports give to the party)."""
    member = cast.members.get(who)
    if who != author or member is None or member.kind != "person" or who not in acting:
        return []
    if tok.lower_ == "we" and verb_lemma(tok.head) in _UNDERGONE:
        return []
    if not _THE_OCCASION.search(tok.sent.text):
        return []  # 'since we reached an agreement last July': the party's deed, told again, not the author's
    return [] if _SPOKESPERSON.search(member.role or "") else [who]


def _quote_speaker_at(quotes, b: int, pos: int) -> str | None:
    return next((q.speaker for q in quotes if q.block == b and q.start <= pos < q.end and q.speaker), None)


_OWNERS = {"my": "i", "our": "we", "his": "he", "her": "he"}


def _pronoun_owner_of_the_dated_noun(cast: Cast, b: int, anchor, sent, off: int, quotes, author) -> list[str]:
    """Whose act a dated noun is when a pronoun owns it ('During my visit to the country last year',
    'With his guilty plea today'): whom the pronoun stands for as a subject would ('my' the speaker,
    'our' the bodies they speak for, 'his'/'her' the person named before)."""
    noun = _dated_noun(anchor)
    owner = None if noun is None else next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in _OWNERS:
        return []
    return _standing_for(cast, b, owner, _OWNERS[owner.lower_], sent, off, quotes, author)


_COURSE = {"begin", "began", "begun", "begins", "start", "started", "starts", "end", "ended", "ends"}
_COURSE |= {"occur", "occurred", "occurs", "happen", "happened", "happens", "erupt", "erupted", "erupts"}


def _it_happened(it) -> bool:
    """'it' as the subject of a verb of a course run with nothing after it ('the eruption, which has
    displaced 112,800 people since it began on January 12'): a happening, not a body that acts."""
    verb = it.head
    if verb.lower_ not in _COURSE or it.dep_ != "nsubj":
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "prt") for c in verb.children)


_VENUE_PREPS = {"of", "in", "at", "from", "into", "inside", "near", "across", "throughout", "ahead"}
_SUBJECT = {"nsubj", "nsubjpass", "agent", "csubj"}
_GOING = {"visit", "tour", "leave", "enter", "reach", "depart", "flee", "evacuate"}
_TIME_PREPS = {"after", "during", "since", "until", "following", "amid"}
_PEOPLE = set(PEOPLE_NOUNS) | {"journalists", "workers", "members", "ministers", "lawmakers", "employees", "staff"}


def _takes_part(clause, m, off: int, kind: str, mentioned: set[int]) -> bool:
    """Whether a mention in the clause is one of who did the thing: a subject, an object or a
    party ('against X', 'to X'); not a title before a name ('Pike River Coal chief executive X'),
    a country as a modifier ('Peru's stock market', 'the EU rules'), a venue ('in Chile', 'to
    Denmark') or a complement ('X of the APC'). A country takes part only as a subject or
    object, never after a preposition but 'by'."""
    toks = [t for t in clause if m.start <= t.idx + off < m.end]
    if not toks:
        return True
    span = {t.i for t in toks}
    if kind == "country" and takes_a_side(toks[0]):
        return False  # 'protests toppled a pro-Moscow government': the state it favours did nothing
    head = next((t for t in toks if t.head.i not in span or t.head == t), toks[0])
    for _ in range(6):
        if head.dep_ in ("appos", "conj") and head.head != head:
            head = head.head
            continue
        break
    dep, up = head.dep_, head.head
    if kind == "country" and _some_of_a_people(head):
        return False  # 'Some Kenyans used social media': people of the country, not the state
    if kind == "country" and _struck_place(head, mentioned):
        return False  # 'A strong earthquake struck Taiwan': the place it struck, not a party
    if dep in _SUBJECT:
        return kind == "person" or not _title_of_the_next_subject(head)
    if kind != "country" and _gerund_after(toks[-1]):
        return True  # 'ahead of the Assembly returning on Monday': the subject of the verb after it
    if dep == "pobj" and _subject_of_its_relative(head, clause):
        return True  # 'action at the Council, which meets on Tuesday': the Council meets, wherever it is named
    if dep == "pobj" and kind == "organization" and _done_in_a_chamber(up, m.key):
        return True  # 'The bill debated in the UK Parliament today': the chamber debated it
    if dep == "pobj":
        return _party_after(up, kind)
    if dep in _MODIFIER and up != head:
        if up.ent_type_ in ("DATE", "TIME"):
            return True  # 'Keiko Fujimori Monday said': the parser's slip
        if _object_before_amount(head, up):
            return True  # 'to fine Google 1.49 billion euros': who is fined, not what the euros are
        if kind == "country" and up.lower_ in _ARMED and (_doer(up) or _of_the_delegates(up)):
            return True  # 'an attack by Russian military forces', 'Chinese authorities arrested': the state acts
        if kind == "country" and not (dep == "poss" and up.text.lower() in EVENT_NOUNS):
            return False
        if dep == "poss" and up.lower_ in EVENT_NOUNS:
            return True  # "Rishi Sunak's meeting with Joe Biden on Tuesday": his meeting, whoever else is in it
        if dep == "poss" and up.lower_ in _KIN:
            return False  # "police arrested X's driver": the driver, not X
        top = up
        while top.dep_ in _MODIFIER and top.head != top:
            top = top.head  # 'Pike River Coal chief executive Peter Whittall': up to the name
        if kind == "person" and _joined_to_a_named_subject(toks[-1], top, mentioned):
            return True  # 'Minister Jane Doe and Agency Chief John Roe met': one noun phrase to the parser
        if kind != "person" and top.tag_ in ("NN", "NNS") and top.text.lower() not in EVENT_NOUNS | _PEOPLE:
            if top.dep_ not in _SUBJECT:
                return False  # 'for breaking the EU antitrust rules': what the rules are, not who acted
        return not any(t.i in mentioned for t in top.subtree if t.i not in span)
    if kind == "country" and dep == "dobj" and verb_lemma(up) in _GOING:
        return False  # 'visiting Colombia', 'left Liberia': where someone went
    return kind != "country" or dep in ("dobj", "nsubj")


_CHAMBER = re.compile(
    r"\b(?:parliament|assembly|senate|congress|house of (?:commons|lords|representatives)|legislature|council"
    r"|bundestag|duma|knesset)\b",
    re.I,
)


def _done_in_a_chamber(prep, key: str) -> bool:
    """Whether a body is a chamber where a passive's deed, its doer left unnamed, was done ('The bill
    debated in the UK Parliament today', 'a resolution adopted in the Security Council on Monday'): the
    chamber did it, as its members' votes and debates are its acts; not a venue of anyone else's act."""
    verb = prep.head
    if prep.lower_ != "in" or verb.tag_ != "VBN" or not _CHAMBER.search(key):
        return False
    return not any(c.dep_ == "agent" or c.dep_ == "aux" and c.lower_ in _HAVE | {"had"} for c in verb.children)


def _title_of_the_next_subject(head) -> bool:
    """'The Agency for Trade (AFT) Administrator Jane Doe today announced': a body the parser made a
    subject of its own, right before another subject that is a name, is the start of that person's
    title (a verb's two subjects with nothing between them are one noun phrase)."""
    if head.dep_ != "nsubj":
        return False
    return any(
        c.dep_ == "nsubj" and c.tag_ == "NNP" and c.left_edge.i == head.right_edge.i + 1
        for c in head.head.children
        if c.i > head.i
    )


_RELATIVE_SUBJECTS = {"who", "which", "that"}


def _subject_of_its_relative(noun, clause) -> bool:
    """Whether a noun after a preposition is the subject of the dated clause as the antecedent of its
    relative clause ('at the Council, which is meeting later Tuesday'): the relative pronoun stands for
    it, so the preposition before it tells nothing of its part in what the relative clause tells."""
    rels = [c for c in noun.children if c.dep_ == "relcl"]
    if not rels:
        return False
    have = {t.i for t in clause}
    return any(
        r.i in have and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in r.children) for r in rels
    )


def _party_after(prep, kind: str) -> bool:
    """Whether a mention after the preposition ``prep`` is a party to the thing done: 'against X', 'by
    X', 'to X'; not a venue ('in Chile'), a time or what a side noun is about."""
    word = prep.text.lower()
    if _inside_a_side_noun(prep):
        return False  # 'because of his anger with X': what the anger is at, not a party
    if word == "of" and prep.head.tag_ in ("NN", "NNS", "NNPS"):  # 'the invasion of Ukraine', 'the Departments of X'
        return kind != "country" or _role_word(prep.head) is None  # not 'the presidents of X and Y'
    if kind == "country" and word in ("from", "of") and prep.head.lower_ in _DELEGATES and _doer(prep.head):
        return True  # 'Officials from Germany and France met': the states, through their people
    if word in _TIME_PREPS:
        return False  # 'retired after the 2012 Summer Paralympics': a time, not a party
    if kind == "country" and word in ("with", "between"):
        return _joint_act(prep.head)  # 'held talks with Japan', 'talks between Japan and China'
    if kind == "country" and word == "on" and prep.head.lower_ in _AIMED:
        return True  # 'imposed sanctions on Russia', 'an attack on Israel': the state it was aimed at
    return word in ("by", "against") if kind == "country" else word not in _VENUE_PREPS


_AIMED = {"sanctions", "tariffs", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "assault"}
_AIMED |= {"raid", "raids", "embargo", "crackdown", "offensive", "war", "pressure", "ban", "restrictions", "duties"}


def _joint_act(head) -> bool:
    """Whether 'with'/'between' hangs on something done together: a happening's noun ('talks with
    Japan', 'a deal with China') or a verb ('met with Canada'); not a comparison ('compared with
    Japan'), a thing's noun ('a border with China') or a noun inside another phrase."""
    if head.lower_ in _BE or head.lower_ in ("compared", "comparison", "along", "together", "familiar", "consistent"):
        return False  # (not 'the thoughts of all are with the Chinese people')
    if head.dep_ == "pobj" and head.head.lower_ != "of":
        return False  # (not 'following participation in an exercise with Australia': a side part)
    return head.lower_ in EVENT_NOUNS or _is_verb(head)


def _joined_to_a_named_subject(last, top, mentioned: set[int]) -> bool:
    """A person's name followed by 'and' inside the subject the parser made of two titled names
    ('Floods Minister Jane Doe and Agency Chief Executive John Roe have met': Doe a modifier of
    Roe): the first of two people who both did the thing, not a title before the second."""
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return (
        nxt is not None
        and nxt.lower_ == "and"
        and nxt.dep_ == "cc"
        and top.dep_ in _SUBJECT
        and top.i in mentioned
        and top.i > nxt.i
    )


def _done_by_a_thing(verb, mentioned: set[int]) -> bool:
    """Whether the verb's subject is a common noun naming no one of the cast ('An earthquake
    struck X', 'Floods hit X'): a force of nature or a thing, whose object is where it happened."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head  # 'the earthquake which struck X': the earthquake
    return subj is not None and _names_no_one(subj, mentioned, range(verb.left_edge.i, verb.right_edge.i + 1))


def _names_no_one(noun, mentioned: set[int], inside=range(0)) -> bool:
    """Whether the noun is a common noun naming no one of the cast (no people's, army's or role word, no
    mention in its words but those at ``inside``): a thing or a force of nature ('an earthquake')."""
    return (
        noun.tag_ in ("NN", "NNS")
        and noun.lower_ not in _PEOPLE | _ARMED | _DELEGATES
        and _role_word(noun) is None
        and not any(t.i in mentioned for t in noun.subtree if t.i not in inside)
    )


def _struck_place(head, mentioned: set[int]) -> bool:
    """Whether a country's name is where a thing struck: the object of a verb done by a thing ('A strong
    earthquake struck Taiwan', 'struck the nation of Chile') or the subject of one in the passive
    ('Central Italy was struck by an earthquake')."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head  # 'the nation of Chile': as the nation
    if head.dep_ == "dobj":
        return _done_by_a_thing(head.head, mentioned)
    return head.dep_ == "nsubjpass" and _struck_by_a_thing(head.head, mentioned)


def _struck_by_a_thing(verb, mentioned: set[int]) -> bool:
    """Whether a passive verb's doer is a common noun naming no one of the cast ('X was struck by an
    earthquake', 'X was hit by floods'): the passive of ``_done_by_a_thing``, whose subject is the place."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return doer is not None and _names_no_one(doer, mentioned)


def _gerund_after(last) -> bool:
    """Is the word after a name a verb in -ing with no subject of its own ('ahead of the Assembly
    returning on Monday')?"""
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return (
        nxt is not None
        and nxt.tag_ == "VBG"
        and nxt.dep_ in ("advcl", "acl", "pcomp", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
    )


_DELEGATES = {"officials", "diplomats", "representatives", "delegation", "delegations", "negotiators", "envoys"}
_DELEGATES |= {"forces", "troops", "soldiers", "authorities", "police"}
_QUANTIFIERS = {"some", "many", "few", "several", "most", "thousands", "hundreds", "millions", "dozens"}


def _some_of_a_people(head) -> bool:
    """A plural demonym counted or quantified ('Some Kenyans', 'thousands of Chileans', '14 million
    Kenyans'): people of the country."""
    if not (head.tag_ in ("NNPS", "NNS") and gz.DEMONYMS.get(head.text)):
        return False
    if any(c.dep_ in ("det", "amod", "nummod") and (c.lower_ in _QUANTIFIERS or c.like_num) for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _QUANTIFIERS


def _inside_a_side_noun(prep) -> bool:
    """A preposition hanging on an ordinary noun that is itself inside another prepositional phrase
    ('because of his anger with X', 'due to his dissatisfaction with X'): a detail, not a party. Not
    'by', which names who did what the noun tells ('was hit with new sanctions by the EU')."""
    noun = prep.head
    return (
        prep.lower_ != "by"
        and (prep.lower_ != "of" or noun.head.lower_ not in ("of", "against", "by", "with"))
        and noun.tag_ in ("NN", "NNS")
        and noun.dep_ == "pobj"
        and noun.lower_ not in EVENT_NOUNS | _PEOPLE
    )


_ARMED = {"forces", "force", "troops", "soldiers", "military", "army", "navy", "authorities", "police", "government"}
_ARMED |= {"coalition", "cabinet", "regime", "administration", "leadership"}  # the state's organs, acting


def _of_the_delegates(noun) -> bool:
    """Whether an organ is the one whose delegates did the thing ('Representatives of the Zambia government
    signed', 'Officials from the Kenya police met'): the state acts through them, as through its organ."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("of", "from") and prep.head.lower_ in _DELEGATES and _doer(prep.head)


def _doer(noun) -> bool:
    """Whether a noun is a subject, an agent ('by X') or an object of its clause."""
    if noun.dep_ in _SUBJECT or noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "by"


def _object_before_amount(head, up) -> bool:
    """A name the parser has made a modifier of an amount that is a verb's object, where it is the
    verb's first object ('fine Google 1.49 billion euros', 'gave Kenya $5 million')."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return (
        up.dep_ == "dobj"
        and nxt is not None
        and (nxt.like_num or nxt.tag_ == "$")
        and any(c.dep_ in ("nummod", "compound", "quantmod") and c.like_num for c in up.subtree)
    )


def _its_time(ent):
    """The words 'in two years' time' of a span of 'two years' (or of "two years'", the tagger's span
    with its apostrophe), from the preposition to the noun 'time', or None. The preposition: the head
    of 'time' or, where the parser hangs 'time' on the verb (after a curly apostrophe), the word before
    the span."""
    doc = ent.doc
    end = ent.end - (ent.end - ent.start > 1 and doc[ent.end - 1].text in ("'", "’"))  # (the tagger's "years'")
    i = end + (end < len(doc) and doc[end].text in ("'", "’", "'s", "’s"))
    if i == end or not re.fullmatch(r"(?:day|week|month|year)s?", doc[end - 1].lower_):
        return None
    if i >= len(doc) or doc[i].lower_ != "time":
        return None
    if doc[i].head.i < ent.start and doc[i].head.lower_ == "in":
        return doc[doc[i].head.i : i + 1]
    if ent.start > 0 and doc[ent.start - 1].lower_ == "in" and doc[i].head.i != ent.start - 1:
        return doc[ent.start - 1 : i + 1]
    return None


def _evidence(ent) -> str:
    doc = ent.doc
    time = _its_time(ent)
    if time is not None:
        return time.text
    governed = ent.start > 0 and any(t.head.i == ent.start - 1 for t in ent)  # not 'in' of "in Sunday's election"
    if governed and doc[ent.start - 1].text.lower() in _PREPS:
        return doc[ent.start - 1 : ent.end].text
    return ent.text
