"""Date phrases -> fuzzy dates, resolved against the publication date.

``resolve_date("Tuesday, April 5", 2022-04-06)`` -> ``("2022-04-05", "day")``. Precision is kept:
"this week" -> ``2022-W14``, "March" -> ``2022-03``, "2014" -> ``2014``. Vague spans ("the coming
weeks", "many decades", "two years") give ``None``. A bare weekday is the nearest such day,
moved by the tense of its clause (``tense="future"``: on/after, ``"past"``: on/before). A day
or month without a year goes to the year nearest the publication date. Common forms are parsed
here; anything else that names a month goes through dateparser (its ``DateDataParser``, which
reports the granularity), never dateparser's free-text search. A day named by another ('later
that day', 'the next day') resolves against the day the text spoke of last (``resolve_anaphoric``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from generator.core.model import date_precision, date_span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WD = r"(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_LEAD = re.compile(
    r"^(?:on|since|from|until|till|by|in|at|during|over|throughout|within|as of|as early as|before|after|through|"
    r"the|of|sometime)\s+",  # 'sometime next month': next month
    re.I,
)
_VAGUE = re.compile(
    # 'coming' is vague ('the coming weeks') but not before a weekend or a weekday ('this coming Monday')
    r"\b(coming(?!\s+(?:weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|upcoming|recent|past few|next few|"
    r"few|several|many|decades?|centuries|century|"
    r"weekends|season|era|times|moment|period|quarter|term|hours?|minutes?)\b",
    re.I,
)

_FORMS = [
    ("iso", re.compile(_YEAR + r"-(?P<m>\d\d)-(?P<day>\d\d)")),  # '2021-03-03'
    ("twodays", re.compile(r"day (?P<dir>before yesterday|after tomorrow)", re.I)),
    ("newyear", re.compile(r"(?:the )?new year", re.I)),  # 'in the New Year': the year about to begin
    ("weekend", re.compile(r"(?P<rel>this|last|next|this past|the past|past|this coming|coming|the)?\s*weekend", re.I)),
    (
        "in",
        re.compile(
            r"in (?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>day|week|month|year)s?'?"
            r"(?: time)?",  # 'in two years' time': as 'in two years'
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"(?:(?:early|late|earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening))", re.I
        ),  # 'early this morning', 'late tonight', 'earlier today'
    ),
    # 'late last night', 'early yesterday', 'last evening'
    ("yesterday", re.compile(r"(?:(?:early|late|earlier|later) )?(?:yesterday|last (?:night|evening))" + _PART, re.I)),
    ("tomorrow", re.compile(r"tomorrow" + _PART, re.I)),
    (
        "ago",
        re.compile(
            r"(?:(?:almost|nearly|about|around|some|just|more than|less than|over|under|roughly) )*"
            r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ -](?P<unit>day|week|month|year)s? ago",
            re.I,
        ),
    ),
    (
        "rel",
        re.compile(
            r"(?:(?P<thistime>this time )|(?:early|late|mid)[- ])?"  # 'this time next year', 'late last year'
            r"(?:(?:the )?(?P<part>end|start|beginning|middle) of |(?P<inword>earlier|later) in )?"
            r"(?:(?P<rel>this|last|next|(?P<earlier2>earlier) this|later this|past|previous|the) )?"
            r"(?P<unit>week|month|year)",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"(?:(?:early|mid|late|earlier|later)[- ](?:in )?)?"
            r"(?P<rel>this|last|next|this past|this coming|the past|the coming)\s+"
            r"(?P<season>spring|summer|autumn|fall|winter)",
            re.I,
        ),
    ),  # 'earlier this summer', 'last winter': the year of that season
    (
        "feast",
        re.compile(r"(?P<feast>christmas (?:day|eve)|new year's (?:day|eve)|boxing day)(?:,?\s+" + _YEAR + r")?", re.I),
    ),
    ("wdate", re.compile(r"(?:" + _WD + r",?\s+)?" + _MON + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?" + _PART, re.I)),
    (
        "dmon",
        re.compile(
            r"(?:" + _WD + r",?\s+)?(?:the\s+)?" + _DAY + r"(?:\s+of)?\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?", re.I
        ),
    ),
    (
        "monyear",
        re.compile(
            r"(?:(?:early|mid|late|(?:the )?end of|(?:the )?start of|(?:the )?beginning of)[- ])?"
            + _MON
            + r",?\s+"
            + _YEAR,
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"(?P<rel>this|last|next|early|mid|late|earlier|(?:the )?end of|(?:the )?start of)?[- ]?" + _MON, re.I
        ),
    ),
    ("monrel", re.compile(_MON + r",?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year", re.I)),  # 'August (of) this year'
    ("wdweek", re.compile(_WD + _PART + r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+week", re.I)),
    ("ordday", re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)", re.I)),  # 'on the 20th': of a month near publication
    (
        "weekday",
        re.compile(
            r"(?P<rel>this|last|next|this past|this coming|coming|early|late|earlier|later)?\s*" + _WD + _PART, re.I
        ),
    ),  # 'earlier Tuesday': earlier that day
    (
        "year",
        re.compile(
            r"(?:(?:early|mid|late|in|(?:the )?(?:first|second) half of"
            r"|(?:the )?(?:spring|summer|autumn|fall|winter)(?: of)?|(?:the )?(?P<part>end|start|beginning) of)[- ])?"
            + _YEAR,
            re.I,
        ),
    ),
]
_NUM = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


_RANGE_DAYS = re.compile(  # 'November 8 and 9', '6-7 April', '2, 3 and 4 May': the first day and the last
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s*(?:and|to|through|until|[-\u2013])\s*"
    r"(\d{1,2})(?:st|nd|rd|th)?\b"
)


_A_WEEKDAY = re.compile(_WD.replace("(?P<wd>", "(?:") + _PART, re.I)  # 'Monday', 'Friday night'
_SPAN_JOINT = re.compile(r"\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|[-\u2013])\s*", re.I)


def _halves(text: str) -> tuple[str, str] | None:
    """A span written as two dates ('April 5 to April 7', '30 November to 12 December 2015',
    '1984-1985'): its two dates; None for anything else."""
    between = re.fullmatch(r"between (.+?) and (.+)", text, re.I)  # 'between April 20 and April 22'
    parts = [between[1], between[2]] if between else _SPAN_JOINT.split(text)
    if len(parts) != 2:
        return None
    if all(_A_WEEKDAY.fullmatch(p) for p in parts):  # 'Monday to Wednesday', 'between Monday and Friday'
        return parts[0], parts[1]
    if not all(re.search(r"\d", p) for p in parts):
        return None
    return parts[0], parts[1]


def start_by_its_end(first: str, end: Resolved) -> Resolved:
    """The first date of a span whose year only the second date has ('30 November to 12 December
    2015', 'from December 28 to January 3, 2015'): the nearest such date on or before the end (of
    the year before, when the span runs over the new year, unless both are days of one month);
    None when ``first`` has a year of its own or names no date."""
    if end is None or re.search(_YEAR, first):
        return None
    last = date_span(end[0])[1]
    start = resolve_date(first, last, "past")
    begun = date_span(start[0])[0] if start is not None else None
    if begun is not None and begun.year < last.year and begun.month == date_span(end[0])[0].month:
        # 'from March 7 to March 3, 2015': an end before the start in one month is no span of a year;
        # the first date in the end's year, as written
        return resolve_date(first, dt.date(last.year, 12, 31), "past")
    return start


def _span_end(text: str, start: tuple[str, str]) -> str | None:
    """The second date of a span written as two ('April 5 to April 7', '1984-1985'), when after the first."""
    halves = _halves(text)
    if halves is None:
        return None
    s0, s1 = date_span(start[0])
    end = resolve_date(halves[1], s0, "future")  # on or after the first date
    if end is None:
        return None
    e0, e1 = date_span(end[0])
    return end[0] if e0 >= s0 and e1 > s1 else None


def end_date(phrase: str, start: tuple[str, str] | None) -> str | None:
    """The end of a span ('November 8 and 9', '6-7 April', 'April 5 to 7', 'April 5 to April 7',
    '1984-1985', 'the weekend') whose start is ``start``; None for anything else."""
    if start is None:
        return None
    text = clean_phrase(phrase)
    spanned = _span_end(text, start)
    if spanned or start[1] != "day":
        return spanned
        return None
    first = dt.date.fromisoformat(start[0])
    m = _RANGE_DAYS.search(text)
    if m and int(m[1]) == first.day and int(m[2]) > first.day:
        try:
            return first.replace(day=int(m[2])).isoformat()
        except ValueError:
            return None
    if (
        re.fullmatch(r"(?:(?:this|last|next|this past|this coming|the)\s+)?weekend", text, re.I)
        and first.weekday() == 5
    ):
        return (first + dt.timedelta(days=1)).isoformat()
    return None


_CLOCK = re.compile(
    r"^(?:at\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d\d|\d{4}\s*(?:hrs|hours|\(\d{4}\s*GMT\))?|noon|midnight)"
    r"(?:\s*\([^)]*\))?\s+",
    re.I,
)


_PART_OF_DAY = re.compile(
    r"^(?:(?:in|on|during|at|from|by|since|until) )?(?:the )?(?:(?:early|small|wee|late|first) hours|"
    r"(?:early |late )?(?:morning|afternoon|evening|night)) of ",
    re.I,
)


# a part of a month or a year that names no finer date ('the second half of July', 'the middle of
# November', 'the first week of May', 'the latter half of next year'): that month or year
_PART_OF_A_UNIT = re.compile(
    r"^(?:the )?(?:(?:first|second|latter|last) half|middle|midst"
    r"|(?:first|second|third|fourth|last|final) (?:week|days))"
    r" of (?=(?:the |this |last |next )?(?:year|"
    + _MON.replace("(?P<mon>", "(?:").replace(")\\.?", ")")
    + r")\b|"
    + _YEAR.replace("(?P<year>", "(?:")
    + r"\b)",
    re.I,
)
_POSSESSIVE_END = re.compile(r"'s?$")
_ON_AFTER_EARLY = re.compile(r"^((?:early|late|earlier|later) )on ", re.I)  # 'earlier on Tuesday'
_FORTNIGHT = re.compile(r"\ba fortnight\b|\bfortnight\b", re.I)
_IN_A_SPAN = re.compile(
    r"in (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:day|week|month|year)s?(?:'? time)?$", re.I
)


_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TEN_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_NUMBER_WORD = {w: i + 1 for i, w in enumerate(_UNIT_WORDS)} | {w: i + 10 for i, w in enumerate(_TEEN_WORDS)}
_NUMBER_WORD |= {w: 20 + 10 * i for i, w in enumerate(_TEN_WORDS)} | {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
_NUMBER_WORD |= {"thirtieth": 30, "oh": 0}
_TWO_DIGITS = (  # 'seven', 'seventeen', 'ninety-seven', 'oh five' (the last two digits of a year)
    r"(?:(?:oh[- ])?(?:"
    + "|".join(_UNIT_WORDS)
    + r")|"
    + "|".join(_TEEN_WORDS)
    + r"|(?:"
    + "|".join(_TEN_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_UNIT_WORDS)
    + r"))?)"
)
_SPELLED_YEAR = re.compile(  # 'eighteen ninety-seven', 'nineteen oh five', 'two thousand (and) six', 'twenty twelve'
    r"\b(?:(?P<century>eighteen|nineteen|twenty)[- ](?P<rest>" + _TWO_DIGITS + r")"
    r"|two[- ]thousand(?:(?:[- ]and)?[- ](?P<after>"
    + _TWO_DIGITS
    + r"))?)\b(?![- ](?:"
    + "|".join(_UNIT_WORDS)
    + r")\b)",
    re.I,
)
_SPELLED_DAY = (  # 'fifth', 'twenty-first', 'thirtieth' (a day of a month)
    r"(?:(?:twenty|thirty)[- ])?(?:" + "|".join(_ORDINAL_WORDS) + r")|thirtieth"
)
_SPELLED_DAY_OF_MONTH = re.compile(  # 'November fifth', 'the twenty-first of May'
    r"\b(?P<mon>" + _MON.replace("(?P<mon>", "(?:") + r" )(?P<after>" + _SPELLED_DAY + r")\b"
    r"|\b(?P<before>" + _SPELLED_DAY + r")(?= of " + _MON.replace("(?P<mon>", "(?:") + r"(?!\w))",
    re.I,
)


_SPELLED_COUNT = re.compile(  # a count above ten before a unit of time ('twenty years', 'forty-eight hours')
    r"\b((?:"
    + "|".join(_TEEN_WORDS[1:])
    + r")|(?:"
    + "|".join(_TEN_WORDS)
    + r")(?:[- ](?:"
    + "|".join(_UNIT_WORDS)
    + r"))?)(?= (?:day|week|month|year|hour)s?\b)",
    re.I,
)


def count_of(word: str) -> int | None:
    """A count written in figures or in words ('3', 'three', 'twenty-one'), or None."""
    if word.isdigit():
        return int(word)
    try:
        return _words_value(word) if not _ORDINAL.search(word) else None
    except KeyError:
        return None


_ORDINAL = re.compile(r"(?:st|nd|rd|th|ieth)$", re.I)


def ordinal_of(word: str) -> int | None:
    """An ordinal written in figures or in words ('10th', 'tenth', 'twenty-first'), or None."""
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word, re.I)
    if m:
        return int(m[1])
    if not _ORDINAL.search(word):
        return None
    try:
        return _words_value(word)
    except KeyError:
        return None


def _words_value(words: str) -> int:
    return sum(_NUMBER_WORD[w] for w in re.split(r"[- ]", words.lower()))


def _spelled_year(m: re.Match) -> str:
    if m["century"]:
        return str(100 * _NUMBER_WORD[m["century"].lower()] + _words_value(m["rest"]))
    return str(2000 + (_words_value(m["after"]) if m["after"] else 0))


@functools.lru_cache(maxsize=4096)  # a pure function, asked again for the same phrase
def _in_figures(text: str) -> str:
    """A year or a day of a month spelled out in words, as radio scripts write them ('in eighteen
    ninety-seven', 'on November fifth', 'the twenty-first of May'), in figures: dateparser reads no
    number words, and no library of the lock turns words into numbers (text2num, MIT, reads counts and
    'two thousand and six' but not a year said in pairs: 'eighteen ninety-seven' -> '18 97', 'nineteen oh
    five' and 'twenty twelve' fail, 'tenth' raises in ``text2num``; it would not give the same output)."""
    text = _SPELLED_DAY_OF_MONTH.sub(
        lambda m: f"{m['mon']}{_words_value(m['after'])}" if m["mon"] else str(_words_value(m["before"])), text
    )
    text = _SPELLED_YEAR.sub(_spelled_year, text)
    return _SPELLED_COUNT.sub(lambda m: str(_words_value(m[1])), text)  # 'twenty years ago': 20 years ago


def clean_phrase(phrase: str) -> str:
    """The phrase without its preposition, a clock time ('2.37pm today'), a part of the day ('the
    early hours of this morning', 'the night of 4 May') or a possessive ('next year's'); an 'in'
    before a span of time is kept ('in six months': that long from now)."""
    text = _in_figures(" ".join(phrase.replace("’", "'").split()).strip(" ,.;:"))
    text = _POSSESSIVE_END.sub("", text)
    text = _CLOCK.sub("", text)
    text = _PART_OF_DAY.sub("", text)
    text = _ON_AFTER_EARLY.sub(r"\1", text)  # 'late on Tuesday'
    text = _FORTNIGHT.sub("two weeks", text)
    if _PART_OF_A_UNIT.match(_LEAD.sub("", text)):  # 'in the second half of July': July
        text = re.sub(r"^the (?=year$)", "this ", _PART_OF_A_UNIT.sub("", _LEAD.sub("", text)), flags=re.I)
    if _IN_A_SPAN.match(text):
        return text
    for _ in range(3):
        text = _LEAD.sub("", text)
    return text


_DAY_OF_A_REL_YEAR = re.compile(r"(?P<day>.*\d.*?),?\s+(?:of\s+)?(?P<rel>this|last|next) year", re.I)
_THE_YEAR = re.compile(r"^year (?=(?:1[5-9]|20)\d\d$)", re.I)
_WEEK_OF = re.compile(r"week of (?P<day>.*\d.*)", re.I)
_AGO_THEN = re.compile(  # an anniversary: 'ten years ago this week', 'a year ago today', 'some 70 years ago this year'
    r"(?:(?:almost|nearly|about|around|some|just|exactly|roughly) )?"
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?P<unit>year|month|week)s? ago,? "
    r"(?P<then>today|tonight|yesterday|this (?:week|month|year|weekend|morning|afternoon|evening))",
    re.I,
)
_DECADE = re.compile(r"\b(?:1[5-9]|20)\d0['’]?s\b")
_HOURS_WORD = r"(?:1[0-2]|[1-9]|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# a moment some minutes or hours from the time of writing: the day of writing ('a few minutes ago', 'just
# hours ago', 'in the next four or five hours'); not a stretch reckoned back to now ('in the last 24 hours')
HOURS_FROM_NOW = re.compile(
    r"(?:(?:just|only|barely|some|about|nearly|less than) )?(?:(?:a few|several|"
    + _HOURS_WORD
    + r"(?: or "
    + _HOURS_WORD
    + r")?) )?(?:minutes?|hours?) ago"
    r"|(?:(?:with)?in )?the (?:next|coming) (?:few |"
    + _HOURS_WORD
    + r" (?:or "
    + _HOURS_WORD
    + r" )?)?(?:minutes|hours)",
    re.I,
)


@functools.lru_cache(maxsize=4096)  # a pure function, asked again for the same phrase (bench/README.md)
def resolve_date(phrase: str, published: dt.date, tense: str | None = None) -> tuple[str, str] | None:
    """(value, precision) for a date phrase, or None when the phrase does not name a time (nor
    does a decade: 'the mid-2030s' is no year)."""
    if _DECADE.search(phrase):
        return None
    text = clean_phrase(phrase)
    iso = _FORMS[0][1].fullmatch(text)
    if iso:  # an ISO date, before its dashes are read as a span
        return _iso(iso.groupdict(), iso, published, tense)
    if HOURS_FROM_NOW.fullmatch(" ".join(phrase.split()).strip(" ,.;:")):
        return published.isoformat(), "day"  # (before the vague words: 'few', 'hours')
    if not text or _VAGUE.search(text):
        return None
    text = _THE_YEAR.sub("", text)  # 'in the year 2000': 2000
    week_of = _WEEK_OF.fullmatch(text)
    if week_of:  # 'the week of May 8': the week that holds that day
        day = resolve_date(week_of["day"], published, tense)
        return (week(dt.date.fromisoformat(day[0])), "week") if day and day[1] == "day" else None
    then = _AGO_THEN.fullmatch(text)
    if then:  # 'twenty years ago today': today's date, twenty years back
        back = _moved_back(published, then["unit"].lower(), _count(then.groupdict()))
        return resolve_date(then["then"], back, tense) if back is not None else None
    rel_year = _DAY_OF_A_REL_YEAR.fullmatch(text)
    if rel_year:  # 'February 1 last year': February 1 of the year before publication
        text = f"{rel_year['day']} {published.year + _REL_STEPS[rel_year['rel'].lower()]}"
    text = _RANGE_DAYS.sub(r"\1", text)  # 'November 8 and 9', '6-7 April': the first day
    if text.lower().startswith("between ") and " and " not in text.lower():
        text = text[len("between ") :]  # 'between 20 and 22 April', its days cut to the first
    halves = _halves(text)
    if halves is not None:  # 'April 5 to April 7', '1984-1985': the first date
        if re.search(_YEAR + r"$", halves[1]) and not re.fullmatch(r"\d{1,2}", halves[0]):
            anchored = start_by_its_end(halves[0], resolve_date(halves[1], published, tense))
            if anchored is not None:
                return anchored
        return resolve_date(halves[0], published, tense)
    for kind, rx in _FORMS:
        m = rx.fullmatch(text)
        if m:
            return _resolve(kind, m, published, tense)
    if re.search(_MON, text, re.I) and re.search(r"\d", text):
        return _dateparser(text, published)
    return None


Resolved = tuple[str, str] | None  # (date value, precision), or None: not a date after all

_SAME_DAY = re.compile(
    r"(?:(?:earlier|later) (?:in )?(?:the|that) day|that (?:same )?day|the same day|"
    r"(?:earlier|later) (?:that|in the) (?:morning|afternoon|evening|night))",  # 'later in the afternoon' too
    re.I,
)
_NEXT_DAY = re.compile(r"(?:the (?:next|following) day|the day after|(?:a|one) day later)", re.I)
_DAY_BEFORE = re.compile(r"(?:the (?:previous|preceding) day|the day before|(?:a|one) day earlier)", re.I)


# the day phrases above, searched for in a text ('He was arraigned the following day'): the tagger
# often leaves them untagged. Not 'the day before'/'the day after' with its own complement ('the day
# after the vote', 'the day before he left'): a day reckoned from that, not from the last date.
ANAPHORIC_DAY = re.compile(
    r"\b(?:"
    + "|".join(rx.pattern for rx in (_SAME_DAY, _NEXT_DAY, _DAY_BEFORE))
    + r")\b(?!(?:(?<=day before)|(?<=day after))[ \t]+(?!(?:and|or|but|in|at|on|to|as|when|with)\b)[\w“\"‘'])",
    re.I,
)


_N_LATER = re.compile(
    r"(?:(?:some|about|nearly|almost|just|only|barely) )?"
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?P<unit>day|week|month|year)s? (?P<dir>later|after|afterwards|earlier|before)",
    re.I,
)


# a week, month or year named by the date told before it ('the week before', 'the following year'):
# not 'the next week' nor 'the previous week', which are as often reckoned from the day of writing
# ('in the next week': the coming seven days), and are resolved so (``_FORMS``' 'rel')
_PERIOD_BY_ANOTHER = re.compile(
    r"the (?:(?P<dir>following|subsequent) (?P<unit>week|month|year)"
    r"|(?P<unit2>week|month|year) (?P<dir2>before|after|earlier|later))",
    re.I,
)


def is_anaphoric(phrase: str) -> bool:
    """Whether a phrase names a day by another one ('later that day', 'the next day', 'one month
    later', 'the week before')."""
    text = " ".join(phrase.split()).strip(" ,.;:")
    return any(rx.fullmatch(text) for rx in (_SAME_DAY, _NEXT_DAY, _DAY_BEFORE, _N_LATER, _PERIOD_BY_ANOTHER))


def resolve_later(phrase: str, reference: str | None) -> Resolved:
    """'one month later', 'two days before', 'the week before', 'the following year': that long after
    (before) the date the text spoke of last (``reference``, a date value), when that date is no
    coarser than the span ('two days after' a month: which day is unknown)."""
    text = " ".join(phrase.split()).strip(" ,.;:")
    m = _N_LATER.fullmatch(text)
    period = _PERIOD_BY_ANOTHER.fullmatch(text) if m is None else None
    if m is None and period is None or reference is None:
        return None
    if period is not None:
        unit = (period["unit"] or period["unit2"]).lower()
        direction, n = (period["dir"] or period["dir2"]).lower(), 1
    else:
        assert m is not None
        unit, direction, n = m["unit"].lower(), m["dir"].lower(), _count(m.groupdict())
    start, end = date_span(reference)
    if (end - start).days > {"day": 1, "week": 7, "month": 31, "year": 366}[unit]:
        return None
    sign = 1 if direction in ("later", "after", "afterwards", "following", "subsequent") else -1
    return _shifted(start, unit, sign * n)


def resolve_anaphoric(phrase: str, reference: dt.date | None, published: dt.date) -> Resolved:
    """The day 'later that day', 'the next day', 'the day before' name: the day the text spoke of
    last (``reference``), or one either side of it; 'earlier in the day' with no day spoken of
    before is the day of publication."""
    text = " ".join(phrase.split()).strip(" ,.;:")
    if _SAME_DAY.fullmatch(text):
        day = reference or published
    elif reference is not None and _NEXT_DAY.fullmatch(text):
        day = reference + dt.timedelta(days=1)
    elif reference is not None and _DAY_BEFORE.fullmatch(text):
        day = reference - dt.timedelta(days=1)
    else:
        return None
    return day.isoformat(), "day"


def _resolve(kind: str, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """The date a matched phrase of ``kind`` names, against the publication date and the tense."""
    resolver = _RESOLVERS.get(kind)
    return resolver(m.groupdict(), m, pub, tense) if resolver else None


def _shifted(pub: dt.date, unit: str, n: int) -> tuple[str, str]:
    """The day, ISO week, month or year ``n`` units after (before, when negative) the publication date."""
    if unit == "day":
        return (pub + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return week(pub + dt.timedelta(weeks=n)), "week"
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + n, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    return str(pub.year + n), "year"


def _moved_back(pub: dt.date, unit: str, n: int) -> dt.date | None:
    """The publication date ``n`` weeks, months or years back (None for a day no month has: 29 February)."""
    if unit == "week":
        return pub - dt.timedelta(weeks=n)
    y, mo = divmod(pub.year * 12 + pub.month - 1 - (n if unit == "month" else 12 * n), 12)
    try:
        return dt.date(y, mo + 1, pub.day)
    except ValueError:
        return None


def _count(g: dict) -> int:
    return int(g["n"]) if g["n"].isdigit() else _NUM[g["n"].lower()]


def _weekend(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    rel = (g.get("rel") or "").lower()
    sat = 5 - pub.weekday()  # days to this week's Saturday
    ahead = rel in ("next", "this coming", "coming") or (
        rel not in ("last", "this past", "the past", "past") and tense == "future"
    )
    ahead = ahead or rel == "this" and tense is None and sat > 0  # 'this weekend', told on a weekday: its own
    if ahead:
        k = sat if sat > 0 else sat + 7
    else:
        k = sat - 7 if sat > 0 else sat
    return (pub + dt.timedelta(days=k)).isoformat(), "day"


def _in(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    if tense == "past":
        return None  # 'has suffered extensive damage in 15 days': how long it took, not when
    return _shifted(pub, g["unit"].lower(), _count(g))


def _ago(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    return _shifted(pub, g["unit"].lower(), -_count(g))


def _day_word(kind: str):
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[kind]
    return lambda g, m, pub, tense: ((pub + dt.timedelta(days=offset)).isoformat(), "day")


_REL_STEPS = {
    "this": 0,
    "earlier this": 0,
    "later this": 0,
    "the": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
}


def _rel(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'next month', 'by the end of next month', 'throughout the month' ('the week', 'the month':
    the current one; not 'the year', which is as often any year a text speaks of)."""
    rel, unit = (g["rel"] or "the").lower(), g["unit"].lower()
    part = (g.get("part") or "").lower()
    if rel == "the" and unit == "year" and part not in ("start", "beginning", "end") and not g.get("inword"):
        return None  # ('earlier in the year': this one)
    step = _REL_STEPS[rel]
    earlier = (g.get("inword") or "").lower() == "earlier" or g.get("earlier2")
    if earlier and step == 0 and _first_day_of(pub, unit):
        step = -1  # 'earlier this week' written on a Monday: the week just ended
    elif unit == "week" and rel in ("this", "later this") and tense == "future" and pub.weekday() == 6:
        step = 1  # 'will take office this week' written on a Sunday: the week that begins the next day
    if g.get("thistime") and unit == "year" and step:  # 'this time last year': the same month then
        return _shifted(pub, "month", 12 * step)
    if unit == "year" and part in ("start", "beginning", "end"):  # 'since the start of the year': its first month
        return f"{pub.year + step:04d}-{1 if part != 'end' else 12:02d}", "month"
    return _shifted(pub, unit, step)


# the months of each season where most news is written (the northern hemisphere's meteorological
# seasons); a winter is the year of its January
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'this summer', 'last winter', 'next spring': the year of that season (the one the
    publication date falls in, the last one ended before it, the next one begun after it)."""
    first, last = _SEASONS[g["season"].lower()]
    rel = g["rel"].lower()
    winter = first > last
    year = pub.year + (winter and pub.month >= first)  # the season's year this one counts in
    if rel == "this":
        return str(year), "year"
    if rel in ("last", "this past", "the past"):
        ended = pub.month > last and not (winter and pub.month >= first)
        return str(year if ended else year - 1), "year"
    begun = winter or pub.month >= first  # (a winter's year is that of the last one begun)
    return str(year + 1 if begun else year), "year"


def _first_day_of(pub: dt.date, unit: str) -> bool:
    """Whether the publication date is the first day of its week, month or year (nothing of it is
    'earlier' yet)."""
    if unit == "week":
        return pub.weekday() == 0
    if unit == "month":
        return pub.day == 1
    return pub.month == 1 and pub.day == 1


def _day_of_month(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    month, day = _month(g["mon"]), int(g["day"])
    try:
        if g.get("year"):
            return dt.date(int(g["year"]), month, day).isoformat(), "day"
        if g.get("wd"):  # 'Tuesday, May 1': the year in which May 1 is a Tuesday, of those near
            return _nearest(pub, month, day, tense, _weekday(g["wd"])).isoformat(), "day"
        return _nearest(pub, month, day, tense).isoformat(), "day"
    except ValueError:
        return None


_FEASTS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31)}


def _feast(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'Christmas Day', 'New Year's Eve' (of 2020): a day of a fixed month and day, as 'December 25'."""
    month, day = _FEASTS.get(g["feast"].lower(), (12, 26))  # (Boxing Day)
    if g.get("year"):
        return dt.date(int(g["year"]), month, day).isoformat(), "day"
    return _nearest(pub, month, day, tense).isoformat(), "day"


def _month_of_year(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    return f"{int(g['year']):04d}-{_month(g['mon']):02d}", "month"


def _month_alone(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    if g["mon"].lower().rstrip(".") == "may" and not g.get("rel") and not m.group(0)[:1].isupper():
        return None  # the verb "may"
    month = _month(g["mon"])
    rel = (g.get("rel") or "").lower()
    if rel == "last":  # 'last June' is June of last year, even written in September ('in June': this one)
        year = pub.year - 1
    elif rel == "next":
        year = pub.year + (1 if month <= pub.month else 0)
    elif tense == "future":  # a future clause's month has not ended by publication ('will meet in February')
        year = pub.year + (1 if month < pub.month else 0)
    else:  # a past-tense clause's month has begun by publication ('was reported in March')
        year = _nearest(pub, month, 1, "past" if tense == "past" else None).year
    return f"{year:04d}-{month:02d}", "month"


def _month_of_rel_year(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'August this year', 'March last year': that month of the year named."""
    return f"{pub.year + _REL_STEPS[g['rel'].lower()]:04d}-{_month(g['mon']):02d}", "month"


def _weekday_named(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """A bare weekday: the nearest one in the direction the words or the tense say."""
    rel = (g.get("rel") or "").lower()
    fwd = (_weekday(g["wd"]) - pub.weekday()) % 7
    back = fwd - 7 if fwd else 0
    if rel in ("last", "this past"):
        k = back or -7
    elif rel in ("next", "this coming", "coming"):
        k = fwd or 7
    elif rel == "this":  # 'this Friday': of the week of writing (Monday to Sunday), unless the tense says not
        k = _weekday(g["wd"]) - pub.weekday()
        k += 7 if tense == "future" and k < 0 else -7 if tense == "past" and k > 0 else 0
    elif tense == "future":
        k = fwd
    elif tense == "past":
        k = back
    else:
        k = fwd if fwd <= 3 else back
    return (pub + dt.timedelta(days=k)).isoformat(), "day"


def _year(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    part = (g.get("part") or "").lower()
    if part:  # 'the end of 2022': its last month; 'the start of 2023': its first
        return f"{g['year']}-{12 if part == 'end' else 1:02d}", "month"
    return g["year"], "year"


def _new_year(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'in the New Year': the year about to begin, written in the second half of the one before;
    the one begun, written in its first half."""
    return str(pub.year + 1 if pub.month >= 7 else pub.year), "year"


def _weekday_of_week(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'Tuesday of last week', 'Friday next week': that weekday of the week named."""
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=_REL_STEPS[g["rel"].lower()])
    return (monday + dt.timedelta(days=_weekday(g["wd"]))).isoformat(), "day"


def _iso(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    try:
        return dt.date(int(g["year"]), int(g["m"]), int(g["day"])).isoformat(), "day"
    except ValueError:
        return None


def _two_days(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'the day before yesterday', 'the day after tomorrow'."""
    return (pub + dt.timedelta(days=-2 if g["dir"].lower().startswith("before") else 2)).isoformat(), "day"


def _ordinal_day(g: dict, m: re.Match, pub: dt.date, tense: str | None) -> Resolved:
    """'on the 20th': that day of the month nearest publication (before it in a past clause, after
    it in a future one)."""
    day = int(g["day"])
    cands = []
    for k in (-1, 0, 1):
        y, mo = divmod(pub.year * 12 + pub.month - 1 + k, 12)
        try:
            cands.append(dt.date(y, mo + 1, day))
        except ValueError:
            pass
    if tense == "past":
        cands = [c for c in cands if c <= pub] or cands
    elif tense == "future":
        cands = [c for c in cands if c >= pub] or cands
    if not cands:
        return None
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub)).isoformat(), "day"


_RESOLVERS = {
    "iso": _iso,
    "twodays": _two_days,
    "newyear": _new_year,
    "ordday": _ordinal_day,
    "weekend": _weekend,
    "in": _in,
    "ago": _ago,
    "today": _day_word("today"),
    "yesterday": _day_word("yesterday"),
    "tomorrow": _day_word("tomorrow"),
    "rel": _rel,
    "season": _season,
    "feast": _feast,
    "wdate": _day_of_month,
    "dmon": _day_of_month,
    "monyear": _month_of_year,
    "monrel": _month_of_rel_year,
    "month": _month_alone,
    "weekday": _weekday_named,
    "wdweek": _weekday_of_week,
    "year": _year,
}


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _month(name: str) -> int:
    return _MONTH_ABBR[name.lower()[:3]]


def _weekday(name: str) -> int:
    return WEEKDAYS.index(next(w for w in WEEKDAYS if w.startswith(name.lower().rstrip(".")[:3])))


def _nearest(pub: dt.date, month: int, day: int, tense: str | None = None, weekday: int | None = None) -> dt.date:
    """The date with this month and day in the year nearest the publication date; a past-tense
    clause keeps it on or before that date, a future one on or after; a weekday named with it
    ('Tuesday, May 1') picks the year in which the day falls on it, when one of them does."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            pass
    if weekday is not None:
        cands = [c for c in cands if c.weekday() == weekday] or cands
    if tense == "past":
        cands = [c for c in cands if c <= pub] or cands
    elif tense == "future":
        cands = [c for c in cands if c >= pub] or cands
    if not cands:
        raise ValueError("no such day")
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub))


@functools.lru_cache(maxsize=64)
def _parser(published: dt.date):
    from dateparser.date import DateDataParser

    base = dt.datetime.combine(published, dt.time())
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "current_period",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


def _dateparser(text: str, published: dt.date) -> tuple[str, str] | None:
    try:
        data = _parser(published).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; such a phrase is no date
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj.date(), data.period or "day"
    if period in ("day", "month") and not re.search(r"\b(1[5-9]|20)\d\d\b", text):
        try:
            d = _nearest(published, d.month, d.day if period == "day" else 1)
        except ValueError:
            return None
    if period == "week":
        return week(d), "week"
    if period == "month":
        return d.isoformat()[:7], "month"
    if period == "year":
        return str(d.year), "year"
    return d.isoformat(), "day"


_WRITTEN_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_NAMED_MONTH = re.compile(r"\b" + _MON.replace("(?P<mon>", "(?:") + r"(?!\w)", re.I)
_RELATIVE = re.compile(r"\b(?:last|next|this|past|coming|previous|following)\b", re.I)
_NAMED_WEEKDAY = re.compile(r"\b" + _WD.replace("(?P<wd>", "(?:") + r"(?!\w)", re.I)


def in_the_year_told(phrase: str, value: str, last: tuple[str, str] | None, published: dt.date) -> str:
    """A day or month named without its year ('June 28', 'in July') told right after a date whose
    year is written ('... to the cave June 27, 2018. After arriving at 2 a.m. June 28, ...') of a
    year before publication, and within a month and a half of it in that year: it is in that year
    (the story is told in it), not in the one nearest publication. ``last`` is the (date, evidence)
    of the event told before; a weekday with the date ('Tuesday, May 1') picks the year itself."""
    if last is None or _WRITTEN_YEAR.search(phrase) or _NAMED_WEEKDAY.search(phrase):
        return value
    if not _NAMED_MONTH.search(phrase) or _RELATIVE.search(phrase) or len(value) not in (7, 10):
        return value  # 'last October': reckoned from publication
    if len(last[0]) != 10 or not _WRITTEN_YEAR.search(last[1]):
        return value  # a day of the story's own year, not a year or month told in passing ('in 1992')
    year = last[0][:4]
    if not year.isdigit() or int(year) >= published.year or value.startswith(year):
        return value
    moved = year + value[4:]
    try:
        start, end = date_span(moved)
        last_start, last_end = date_span(last[0])
    except ValueError:  # 29 February of another year, or no date
        return value
    gap = max((start - last_end).days, (last_start - end).days, 0)
    return moved if gap <= 45 else value


# 'the 22nd anniversary of the adoption of ...', "its ten year anniversary", 'the 60th anniversary of the Union'
# (what it is of runs to a comma, a colon, a dash or the end of its sentence; not to a dot in 'the U.S.-Peru')
ANNIVERSARY = re.compile(
    r"\b(?:the|its|their|our|his|her|this|a)\s+(?:(?P<ord>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))"
    r"|(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?)\s+anniversary\b"
    r"(?:\s+of\s+(?P<what>(?:[^,;:!?()\u2013\u2014.]|\.(?!\s|$))+))?",
    re.I,
)


def anniversary_years(m: re.Match) -> int | None:
    """How many years an ``ANNIVERSARY`` match counts ('the 22nd anniversary': 22, 'its ten year
    anniversary': 10), or None when its word is no number."""
    n = ordinal_of(m["ord"]) if m["ord"] else count_of(m["n"])
    return n if n and n > 0 else None


def years_back(value: str, n: int) -> tuple[str, str]:
    """The date ``n`` years before a date value, at its precision (a week's, at its month's): an
    anniversary's date gives that of what it is the anniversary of."""
    start = date_span(value)[0]
    precision = date_precision(value)
    try:
        if precision == "day":
            return start.replace(year=start.year - n).isoformat(), "day"
    except ValueError:  # 29 February
        precision = "month"
    if precision in ("month", "week", "day"):
        return f"{start.year - n:04d}-{start.month:02d}", "month"
    return str(start.year - n), "year"
