"""Which events report the same real-world happening: the ``happening`` id of every event in content/.

Pure. ``assign`` clusters every event of content/ from scratch (so the ids depend on the set of
events, never on the order they were ingested in) and names each cluster after its canonical
member, the first in a total order (the most precise date, the oldest article, its path, the
event's place in it): ``2010-01-14-barack-obama-promised-100-million``.

Two events are linked when their dates fit (the same day, or a day apart; a day and the week or
month holding it; a year only with the same year; two dates of one sentence only when they are one
date phrase read twice) and their words are alike enough for what the dates and actors say
already (``bar``): rapidfuzz's token-set ratio of the lemmas (lemminflect, no parse) of their
content words (the ``summary`` line's when there is one, else the sentence's) or of the words
around their date phrases, their actors' names left out; and they share at least ``MIN_SHARED``
lemmas (a one-word line is a subset of any) or one rare name (``_rare_names``). Same-day reports
that each name actors, none in common, need more alike words than those where one names none.
The clusters are the linked groups, each then held together by its canonical member: a member
linked to the group but not to the member that names it is split off, so a chain of
near-neighbours does not make one happening.

An id in an entry an editor edited is the editor's: those events keep it (``Report.pinned``), and
an unpinned event that joins them takes it. Ids of entries nobody edited may change when a new
report changes a cluster's canonical member.

Blocking (``_blocks``): a day's events are compared with that day's and the next day's, a week's,
month's or range's with the day events inside it and the coarse ones overlapping it when they
share an actor (or both have none), a year's with that year's the same way; each block's
similarities in one rapidfuzz ``cdist`` call. 10,000 synthetic entries (24,904 events) cluster in
4.3 s (bench/happenings.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property

import numpy
from lemminflect import getAllLemmas
from rapidfuzz import fuzz, process

from generator.core.model import PRECISION_RANK, Event, date_span
from generator.core.slugs import slugify, unique_slug

# How alike two reports' words must be (token-set ratio, 0-100) to be one happening, by what their
# dates and actors say already. Tuned on the dev split of the gold happenings only
# (tests/gold/happenings, split: dev; `python -m generator score --happenings ... --split dev`).
SAME_DAY_SHARED_ACTOR = 45.0  # the same day and a common actor
SAME_DAY = 40.0  # the same day (or week, month, range), one report or neither naming an actor
SAME_DAY_OTHER_ACTORS = 55.0  # the same day, each naming actors, none in common
NEXT_DAY = 80.0  # a day apart ("overnight", a time zone, yesterday's report of today)
COARSE_SHARED_ACTOR = 50.0  # a day in the week or month of the other, with a common actor
COARSE = 75.0  # ... without one
YEARS = 80.0  # two years: the year says little
MIN_SHARED = 2  # content lemmas two reports must share (a one-word line is a subset of any)
RARE_NAME = 0.05  # a name in at most this share of the reports (or two) is rare: sharing it is enough
SHARED_WEIGHT = 10.0  # how much the share of common lemmas (Jaccard) adds to a link, to pick the head joined
DAY_SLACK = 1  # days two day-precise reports may differ by
ID_WORDS = 4
LONGEST_SPAN = 62  # days: a longer range is compared with the day reports of its first two months only
WINDOW = 6  # words either side of the date phrase that say what it dates

_WORD = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
    "morning afternoon evening night week weeks month months year years day days last next earlier "
    "later ago january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec said says told".split()
)


@cache
def _dropped() -> frozenset[str]:
    """spaCy's English stop words and the calendar's words (spaCy loaded only when needed: a build
    with nothing to ingest does not pay for it)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _CALENDAR


@dataclass(frozen=True)
class Report:
    """One event of content/, as the clustering sees it."""

    entry: str  # the entry's path in content/
    entry_date: str  # its publication date (ISO), the first key of the canonical order
    index: int  # the event's place in the entry
    event: Event
    pinned: str = ""  # the id an editor's (edited) entry gives it: kept as it is

    @property
    def key(self) -> tuple[str, int]:
        return (self.entry, self.index)

    @cached_property
    def span(self) -> tuple[int, int]:
        start = date_span(self.event.date)[0]
        end = date_span(self.event.end_date)[1] if self.event.end_date else date_span(self.event.date)[1]
        return start.toordinal(), max(start, end).toordinal()

    @cached_property
    def _named(self) -> frozenset[str]:
        """The words of its actors' slugs: the actors are evidence of their own, not words twice."""
        return frozenset(w for slug in self.event.actors for w in slug.split("-"))

    @cached_property
    def words(self) -> str:
        """The lemmas of the content words of its ``summary`` line (else its sentence)."""
        return " ".join(lemmas(content_words(self.event.summary or self.event.text), self._named))

    @cached_property
    def near(self) -> str:
        """The lemmas of the content words around the date phrase: what the date is the date of."""
        return " ".join(lemmas(content_words(around(self.event.text, self.event.evidence)), self._named))

    @cached_property
    def lemma_set(self) -> frozenset[str]:
        """Every content lemma of its line, its sentence and the words around its date phrase."""
        return frozenset(lemmas(content_words(f"{self.event.summary} {self.event.text}"), self._named))

    @property
    def order(self) -> tuple:
        """The total order that picks a cluster's canonical member."""
        e = self.event
        return (-PRECISION_RANK[e.precision], e.status != "reported", self.entry_date, self.entry, self.index)


def around(text: str, phrase: str, reach: int = WINDOW) -> str:
    """The ``reach`` words either side of ``phrase`` in ``text`` (all of it when the phrase is not there)."""
    at = text.lower().find(phrase.lower()) if phrase else -1
    if at < 0:
        return text
    before = text[:at].split()[-reach:]
    after = text[at + len(phrase) :].split()[:reach]
    return " ".join([*before, phrase, *after])


def content_words(text: str) -> list[str]:
    """The words of a sentence that say what happened: lower case, no stop words or calendar words."""
    return [w for w in _WORD.findall(text.lower()) if _telling(w)]


def lemmas(words: list[str], left_out: frozenset[str] = frozenset()) -> list[str]:
    """The lemmas of ``words`` ("opened" and "opens" are "open"), the ``left_out`` ones dropped."""
    return [lemma(w) for w in words if w not in left_out]


@cache
def lemma(word: str) -> str:
    """A word's lemma without a parse (lemminflect's lookup): the verb's, else the noun's, else the
    first one's, else the word itself."""
    found = getAllLemmas(word)
    for pos in ("VERB", "NOUN", *sorted(found)):
        if found.get(pos):
            return str(found[pos][0])
    return word


@cache
def _is_name(word: str) -> bool:
    """A word lemminflect does not know, not a figure: a name (a town, a river)."""
    return not word[0].isdigit() and not getAllLemmas(word)


def _telling(word: str) -> bool:
    """Not a stop word, a calendar word or a year; a figure ("45,000" gives 45 and 000) is kept."""
    if word.isdigit():
        return not (len(word) == 4 and word[:2] in ("19", "20"))
    return word not in _dropped()


# --------------------------------------------------------------------------- blocking
def _blocks(reports: Sequence[Report]) -> Iterator[tuple[list[int], list[int]]]:
    """(some reports, the reports they may be one happening with): a day's reports with that day's
    and the next day's; the reports of a week, a month or a range with the day reports inside it
    and the other coarse reports overlapping it, when they share an actor (or both have none); a
    year's with that year's, the same way. Only these pairs are compared, so the work grows with
    the reports of a day, not with all of them."""
    days: dict[int, list[int]] = defaultdict(list)
    spans: dict[tuple[int, int], list[int]] = defaultdict(list)
    years: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.event.precision == "year":
            years[r.event.date[:4]].append(i)
        elif r.span[0] == r.span[1]:
            days[r.span[0]].append(i)
        else:
            spans[r.span].append(i)
    for day in sorted(days):
        yield days[day], days[day] + days.get(day + DAY_SLACK, [])
    keys = sorted(spans)
    for key in keys:
        inside = [i for day in range(key[0], min(key[1], key[0] + LONGEST_SPAN) + 1) for i in days.get(day, ())]
        overlapping = [i for other in keys if other[0] <= key[1] and key[0] <= other[1] for i in spans[other]]
        yield from _by_actor(reports, spans[key], inside + overlapping)
    for year in sorted(years):
        yield from _by_actor(reports, years[year], years[year])


def _by_actor(
    reports: Sequence[Report], queries: list[int], choices: list[int]
) -> Iterator[tuple[list[int], list[int]]]:
    """``queries`` and ``choices`` cut into the groups that name one actor (or none)."""
    asked: dict[str, list[int]] = defaultdict(list)
    offered: dict[str, list[int]] = defaultdict(list)
    for group, members in ((asked, queries), (offered, choices)):
        for i in members:
            for actor in reports[i].event.actors or ("",):
                group[actor].append(i)
    for actor in sorted(asked):
        if actor in offered:
            yield asked[actor], offered[actor]


def _dates_fit(a: Report, b: Report) -> bool:
    (a0, a1), (b0, b1) = a.span, b.span
    if a.event.precision == "day" and b.event.precision == "day" and not a.event.end_date and not b.event.end_date:
        return abs(a0 - b0) <= DAY_SLACK
    return a0 <= b1 and b0 <= a1


def _inside(a: Report, b: Report) -> bool:
    """``a``'s date lies within ``b``'s coarser one."""
    return PRECISION_RANK[a.event.precision] > PRECISION_RANK[b.event.precision] and (
        b.span[0] <= a.span[0] and a.span[1] <= b.span[1]
    )


def _one_phrase(x: str, y: str) -> bool:
    x, y = x.lower(), y.lower()
    return bool(x and y) and (x in y or y in x)


def bar(a: Report, b: Report) -> float:
    """How alike two reports' words must be to be one happening."""
    shared = bool(set(a.event.actors) & set(b.event.actors))
    if a.event.precision == "year":
        level = YEARS
    elif a.span != b.span and (a.span[0] == a.span[1]) == (b.span[0] == b.span[1]):
        level = NEXT_DAY if a.span[0] == a.span[1] else COARSE
    elif a.span != b.span:
        level = COARSE_SHARED_ACTOR if shared else COARSE
    else:
        level = SAME_DAY_SHARED_ACTOR if shared else SAME_DAY_OTHER_ACTORS if _both_named(a, b) else SAME_DAY
    return level


def _both_named(a: Report, b: Report) -> bool:
    """Both reports name their actors (and, when ``bar`` asks, none in common: two doers)."""
    return bool(a.event.actors) and bool(b.event.actors)


def similarity(a: Report, b: Report) -> float:
    """How alike two reports' words are (0-100): the better of their whole sentences (or summary
    lines) and of the words around their date phrases."""
    whole = fuzz.token_set_ratio(a.words, b.words) if a.words and b.words else 0.0
    near = fuzz.token_set_ratio(a.near, b.near) if a.near and b.near else 0.0
    return max(whole, near)


def _comparable(a: Report, b: Report) -> bool:
    """Dates that fit, year with year only; two dates of one sentence only when one holds the
    other (a sentence with two dates reports two happenings), never two dates of one article."""
    if a.entry == b.entry and a.event.text == b.event.text:  # one date phrase read twice ("the 19th of September")
        return (_inside(a, b) or _inside(b, a)) and _one_phrase(a.event.evidence, b.event.evidence)
    if a.entry == b.entry and a.event.date != b.event.date:
        return False
    return _dates_fit(a, b) and (a.event.precision == "year") == (b.event.precision == "year")


def links(reports: Sequence[Report]) -> dict[tuple[int, int], float]:
    """Every pair (i < j) of reports that may be one happening, with its similarity. The
    similarities of a block are computed at once (rapidfuzz's ``cdist``), then the pairs over the
    lowest bar are checked one by one."""
    found: dict[tuple[int, int], float] = {}
    rare = _rare_names(reports)
    lowest = min(SAME_DAY_SHARED_ACTOR, SAME_DAY, SAME_DAY_OTHER_ACTORS, NEXT_DAY, COARSE_SHARED_ACTOR, COARSE, YEARS)
    for queries, choices in _blocks(reports):
        scores = _scores([reports[i].words for i in queries], [reports[j].words for j in choices], lowest)
        near_q, near_c = [reports[i].near for i in queries], [reports[j].near for j in choices]
        if any(reports[i].near != reports[i].words for i in (*queries, *choices)):
            scores = numpy.maximum(scores, _scores(near_q, near_c, lowest))
        for x, y in zip(*numpy.nonzero(scores), strict=True):
            i, j = queries[x], choices[y]
            pair = (min(i, j), max(i, j))
            if i == j or pair in found:
                continue
            a, b = reports[pair[0]], reports[pair[1]]
            score = float(scores[x, y])
            shared = a.lemma_set & b.lemma_set
            if _comparable(a, b) and score >= bar(a, b) and (len(shared) >= MIN_SHARED or shared & rare):
                found[pair] = score + SHARED_WEIGHT * len(shared) / len(a.lemma_set | b.lemma_set)
    return found


def _rare_names(reports: Sequence[Report]) -> frozenset[str]:
    """The names (words lemminflect does not know: a town, a river) in few reports of content/
    (``RARE_NAME`` of them at most): one of them shared says as much as two common words."""
    counts = Counter(w for r in reports for w in r.lemma_set if _is_name(w))
    most = max(2, int(RARE_NAME * len(reports)))
    return frozenset(w for w, n in counts.items() if n <= most)


def _scores(queries: list[str], choices: list[str], cutoff: float) -> numpy.ndarray:
    """Token-set ratios of every query against every choice (0 under ``cutoff``, or when empty)."""
    return process.cdist(queries, choices, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, dtype=numpy.float32)


# --------------------------------------------------------------------------- clusters and ids
def _clusters(reports: Sequence[Report], linked: Mapping[tuple[int, int], float]) -> list[list[int]]:
    """Reports in their canonical order, each joining the earlier cluster head it is most like
    (linked to), or heading a cluster of its own: a cluster is its head and reports linked to it,
    so a chain of near-neighbours does not make one happening. Linear in the links."""
    neighbours: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in linked.items():
        neighbours[i].append((score, j))
        neighbours[j].append((score, i))
    rank = {i: k for k, i in enumerate(sorted(range(len(reports)), key=lambda i: reports[i].order))}
    members: dict[int, list[int]] = {}
    for i in sorted(range(len(reports)), key=rank.__getitem__):
        heads = [(-score, rank[j], j) for score, j in neighbours[i] if j in members]
        if heads:
            members[min(heads)[2]].append(i)
        else:
            members[i] = [i]
    return list(members.values())


def happening_id(event: Event) -> str:
    """A readable id: the date, the first actor, the first content words of the line
    (``2010-01-14-barack-obama-promised-100-million``). Ingest writes a new event with this id
    (its own, until ``assign`` finds it other reports), so only the events that join others are
    written twice."""
    actor = event.actors[0] if event.actors else ""
    words = [w for w in content_words(event.summary or event.text) if w not in actor.split("-")]
    return slugify(" ".join([event.date, actor, *words[:ID_WORDS]]), 80)


def assign(reports: Sequence[Report]) -> dict[tuple[str, int], str]:
    """The happening id of every report (by ``Report.key``)."""
    linked = links(reports)
    clusters = sorted(_clusters(reports, linked), key=lambda g: min(reports[i].order for i in g))
    taken = {r.pinned for r in reports if r.pinned}
    ids: dict[tuple[str, int], str] = {}
    for group in clusters:
        pinned = sorted({reports[i].pinned for i in group if reports[i].pinned})
        if pinned:
            _join_pinned(reports, group, pinned, linked, ids)
            continue
        head = min(group, key=lambda i: reports[i].order)
        name = unique_slug(happening_id(reports[head].event), taken)
        taken.add(name)
        ids.update((reports[i].key, name) for i in group)
    return ids


def _join_pinned(
    reports: Sequence[Report],
    group: list[int],
    pinned: list[str],
    linked: Mapping[tuple[int, int], float],
    ids: dict[tuple[str, int], str],
) -> None:
    """An editor's ids stay; each other member takes the id of the pinned report most like it."""
    for i in group:
        r = reports[i]
        if r.pinned:
            ids[r.key] = r.pinned
            continue
        scored = [
            (-linked.get((min(i, j), max(i, j)), 0.0), reports[j].pinned) for j in group if reports[j].pinned and j != i
        ]
        ids[r.key] = min(scored)[1] if scored else pinned[0]
