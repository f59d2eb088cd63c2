"""Full-text search over every entry, event and quote: an index of small script files.

The search page (``search.html``, with ``static/search.js``) works from ``file://``, where fetch,
XHR and modules are forbidden, so the index is plain scripts that call a global registration
function (JSONP-style), loaded on demand with ``<script>`` tags:

- ``search/index.js``: the manifest (how many documents of each kind, how many term files, a version);
- ``search/t/<bucket>.js``: the terms whose first two letters hash to that bucket, each with its
  postings (the ids of the documents holding it), so every completion of a prefix of two letters or
  more is in one file;
- ``search/d/<block>.js``: what a result shows (title, snippet, date, link) for ``BLOCK`` documents.

Documents are numbered kind by kind (entries, events, quotes), newest first, so the ids a term
holds are already in the order results are listed, and a group's first results sit in few blocks.
Terms are words as ``search.js`` splits them too: letters and digits, lower-case, accents folded,
two characters or more; no stemming (a query's last word matches as a prefix). ``bucket`` and
``normalise`` have twins in ``search.js`` (a browser test checks they agree).

The paths depend only on the number of documents (``index_paths``), so the planner lists them
without building the index; every file of the index has one key, the digest of everything indexed.
A rebuild remakes the index from what it kept (the memo the exports use): the postings of each
range of ``RANGE`` documents and each block's rows, by the keys of the entries they come from, so only
the ranges and blocks holding an edited entry's documents are made again; the term files are joined
from the ranges afresh (same bytes as a clean build). At 10,000 bench entries (49,913 documents), one
process, CPU: 0.16 s from the memo against 0.54 s when each document's words were kept instead
(every posting appended and encoded again), 1.68 s against 1.79 s filling it, half the memo's size.
"""

from __future__ import annotations

import functools
import hashlib
import json
import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from generator.core.digest import text_digest
from generator.core.model import Entry, PlacedEvent, Site
from generator.render import urls
from generator.render.exports import Fragments, no_memo
from generator.render.formatting import Formatter
from generator.render.pages import Output

MANIFEST = "search/index.js"
BLOCK = 32  # documents per metadata file
RANGE = 512  # documents whose postings are remembered together (an edit makes its ranges afresh)
MIN_TERM = 2  # shorter words are not indexed (nor searched)
MAX_TERM = 40  # longer "words" (hashes, URLs run together) are cut
SNIPPET = 240  # characters of a snippet, at most
REGISTER = "timelineSearch"  # the global object search.js defines; every index file calls a method of it

_TERM = re.compile(r"[^\W_]{2,}")  # two letters or digits or more (search.js: /[\p{L}\p{N}]+/gu, then >= 2)
_ASCII_TERM = re.compile(r"[a-z0-9]{2,}")  # _TERM where the text is lower-case ASCII ([^\W_] is [a-z0-9] there)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MD_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]*>")  # a Markdown link's target is not text
# varint digits: 5 bits of value each, the sixth bit says another digit follows
_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


# ------------------------------------------------------------------ terms
def normalise(text: str) -> str:
    """Accents folded (NFKD, combining marks dropped), lower-case."""
    if text.isascii():  # the common case, and nothing to fold
        return text.lower()
    return _NON_ASCII.sub(_fold, unicodedata.normalize("NFKD", text)).lower()


@functools.cache
def _fold_char(c: str) -> str:
    return "" if unicodedata.category(c).startswith("M") else c


def _fold(m: re.Match) -> str:
    return _fold_char(m.group())


def terms(text: str) -> Iterator[str]:
    """The indexed words of a text, in order (repeats included)."""
    for word in _TERM.findall(normalise(text)):
        yield word[:MAX_TERM]


def term_set(text: str) -> set[str]:
    """The indexed words of a text, once each (``set(terms(text))``, faster). An ASCII text (most of
    them) is matched with ``_ASCII_TERM``, which is ``_TERM`` on lower-case ASCII: the same words,
    without the Unicode category checks (about 1.07x on the 10,000 bench entries' documents; tests/test_search.py)."""
    if text.isascii():
        found = set(_ASCII_TERM.findall(text.lower()))
    else:
        found = set(_TERM.findall(normalise(text)))
    return {w[:MAX_TERM] for w in found} if max(map(len, found), default=0) > MAX_TERM else found


def bucket_count(n_docs: int) -> int:
    """How many term files: a power of two, about one per 100 documents, 8 to 512."""
    n = 8
    while n < 512 and n * 100 < n_docs:
        n *= 2
    return n


def bucket(term: str, buckets: int) -> int:
    """The term file of a term: FNV-1a (32 bits) over the code points of its first two characters."""
    h = 2166136261
    for c in term[:MIN_TERM]:
        h = ((h ^ ord(c)) * 16777619) & 0xFFFFFFFF
    return h % buckets


def encode_postings(ids: Iterable[int]) -> str:
    """Ascending document ids as gaps (each minus one) in base-32 varint digits, low digits first."""
    ids = list(ids)
    return _encode_gaps(list(map(operator.sub, ids, [-1, *ids[:-1]])))


def _encode_gaps(gaps: list[int]) -> str:
    """The digits of gaps between ids (each gap one more than what is written)."""
    if max(gaps, default=0) < len(_GAPS):
        return "".join(map(_GAPS.__getitem__, gaps))
    return "".join(_GAPS[g] if g < len(_GAPS) else _varint(g - 1) for g in gaps)


def _varint(n: int) -> str:
    out = []
    while n >= 32:
        out.append(_DIGITS[32 | (n & 31)])
        n >>= 5
    out.append(_DIGITS[n])
    return "".join(out)


_GAPS = ["", *(_varint(n) for n in range(1 << 10))]  # gap -> its digits, for gaps of up to two digits


def decode_postings(text: str) -> list[int]:
    """The inverse of ``encode_postings`` (search.js decodes them the same way)."""
    ids, prev, gap, shift = [], -1, 0, 0
    for ch in text:
        v = _DIGITS.index(ch)
        gap |= (v & 31) << shift
        if v & 32:
            shift += 5
            continue
        prev += gap + 1
        ids.append(prev)
        gap, shift = 0, 0
    return ids


# ------------------------------------------------------------------ documents
@dataclass(frozen=True)
class Doc:
    """One searchable thing and what its result shows."""

    text: str  # what is indexed
    title: str
    snippet: str
    date: str  # formatted
    href: str  # relative to the site's root (where search.html is)
    source: str  # the article an event or quote comes from; an entry's outlet

    def row(self) -> list[str]:
        return [self.title, self.snippet, self.date, self.href, self.source]


def counts(site: Site) -> tuple[int, int, int]:
    """Entries, events and quotes: the documents of the index (cheap: the planner asks)."""
    return len(site.entries), len(site.events), sum(len(e.quotes) for e in site.entries)


def index_paths(site: Site) -> tuple[str, ...]:
    """Every file of the index, from the number of documents alone."""
    n = sum(counts(site))
    terms_files = (f"search/t/{b}.js" for b in range(bucket_count(n)))
    blocks = (f"search/d/{b}.js" for b in range(-(-n // BLOCK)))
    return (MANIFEST, *terms_files, *blocks)


def event_href(entry_slug: str, event_id: str) -> str:
    """Where an event is shown: its stable anchor on its entry's page (``PlacedEvent.id``)."""
    return f"{urls.entry_page(entry_slug)}#{event_id}"


class Source(NamedTuple):
    """Where a document comes from (cheap to list: the index keys and makes documents from these)."""

    kind: str  # entry, event or quote
    entry: Entry
    event: PlacedEvent | None = None  # an event's
    quote: int = 0  # a quote's number in its entry, from 1
    speaker: str = ""  # a quote's speaker's name, or its unnamed source as the text describes it


def sources(site: Site) -> list[Source]:
    """Every entry, then every event, then every quote, each kind newest first: the documents' order."""
    entries = {e.slug: e for e in site.entries}
    names = {a.slug: a.name for a in site.actors}
    found = [Source("entry", e) for e in reversed(site.entries)]
    found += [Source("event", entries[p.entry_slug], p) for p in reversed(site.events)]
    found += [
        Source("quote", e, quote=i, speaker=names.get(q.speaker or "", "") if q.speaker else q.source)
        for e in reversed(site.entries)
        for i, q in enumerate(e.quotes, 1)
    ]
    return found


def document(src: Source, fmt: Formatter) -> Doc:
    """What a source's document indexes and shows."""
    e = src.entry
    if src.event is not None:
        p = src.event
        ev = p.event
        return Doc(
            f"{ev.text}\n{ev.summary}",
            ev.summary or _cut(ev.text, SNIPPET),  # its who-did-what line, else its sentence
            _cut(ev.text, SNIPPET) if ev.summary else "",
            fmt.fuzzy(ev.date, ev.precision),
            event_href(p.entry_slug, p.id),
            e.title,
        )
    if src.quote:
        q = e.quotes[src.quote - 1]
        return Doc(
            f"{q.text}\n{src.speaker}",
            _cut(q.text, SNIPPET),
            src.speaker,
            fmt.day(e.date),
            f"{urls.entry_page(e.slug)}#quote-{src.quote}",
            e.title,
        )
    return _entry_doc(e, fmt)


def _entry_doc(e: Entry, fmt: Formatter) -> Doc:
    body = _MD_TARGET.sub("]", e.body)
    text = f"{e.title}\n{e.summary}\n{body}"
    return Doc(text, e.title, _cut(e.summary, SNIPPET), fmt.day(e.date), urls.entry_page(e.slug), e.outlet)


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


# ------------------------------------------------------------------ the index files
Memo = Fragments  # (key, make) -> the fragment, remembered or made


def _postings(words_of_docs: Iterable[Iterable[str]], start: int = 0) -> dict[str, list[int]]:
    """term -> the ids of the documents holding it, ascending (documents numbered from ``start``)."""
    out: defaultdict[str, list[int]] = defaultdict(list)
    for i, words in enumerate(words_of_docs, start):
        for term in words:
            out[term].append(i)
    return dict(out)


def _gap(g: int) -> str:
    """The digits of one gap (``encode_postings``'s, for a gap of any size)."""
    return _GAPS[g] if g < len(_GAPS) else _varint(g - 1)


def _range_text(postings: dict[str, list[int]]) -> str:
    """A range of documents' postings as lines ``term<TAB>first id<TAB>last id<TAB>the gaps after the
    first`` (what ``_joined`` strings together with the other ranges' into each term's postings)."""
    lines = []
    for term in sorted(postings):
        ids = postings[term]
        # The gaps after the first alone: all under RANGE, so each one's digits come from the table
        # (encoding the whole list and cutting off the first gap, which counts from -1 and is large
        # past the first ranges, sent every term of those ranges down the slow path). The index with
        # nothing remembered at 10,000 bench entries, one process, CPU, medians of 3: 1.78, 1.95 s ->
        # 1.72, 1.59 s (two alternated runs; same bytes).
        tail = _encode_gaps(list(map(operator.sub, ids[1:], ids)))
        lines.append(f"{term}\t{ids[0]}\t{ids[-1]}\t{tail}")
    return "\n".join(lines)


def _joined(ranges: Iterable[str]) -> dict[str, str]:
    """term -> its postings (``encode_postings`` of its ids) from the ranges' texts, in document order:
    each range's first gap counts from the last id an earlier range gave the term."""
    parts: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    for text in ranges:
        for line in text.split("\n") if text else ():
            term, first, end, tail = line.split("\t")
            found = parts.get(term)
            if found is None:
                found = parts[term] = []
            found.append(_gap(int(first) - last.get(term, -1)))
            found.append(tail)
            last[term] = int(end)
    return {term: "".join(found) for term, found in parts.items()}


class _Made:
    """The documents of a build, each made when first needed (with a memo, most never are)."""

    def __init__(self, srcs: list[Source], fmt: Formatter):
        self.srcs, self.fmt = srcs, fmt
        self.docs: list[Doc | None] = [None] * len(srcs)

    def __getitem__(self, i: int) -> Doc:
        doc = self.docs[i]
        if doc is None:
            doc = self.docs[i] = document(self.srcs[i], self.fmt)
        return doc


def index_files(
    site: Site, fmt: Formatter, memo: Memo = no_memo, keys: Mapping[str, str] | None = None
) -> dict[str, str]:
    """path -> text of every file of the index (exactly ``index_paths(site)``), deterministic.

    ``memo`` and ``keys`` (entry slug -> key, ``plan.entry_keys``): the postings of each ``RANGE``
    documents and each block of documents are remembered across builds by the keys of the entries
    they come from, so a rebuild makes only the ranges and blocks of the entries that changed (the
    term files are joined from the ranges afresh)."""
    srcs = sources(site)
    made = _Made(srcs, fmt)
    n = len(srcs)
    keyed = memo is not no_memo and bool(keys)
    src_keys: list[str | None] = _source_keys(srcs, keys or {}, site.config.language) if keyed else [None] * n
    ranges = (_range(made, start, src_keys[start : start + RANGE], memo) for start in range(0, n, RANGE))
    postings = _joined(ranges)
    buckets = bucket_count(n)
    shards: list[dict[str, str]] = [{} for _ in range(buckets)]
    for term in sorted(postings):
        shards[bucket(term, buckets)][term] = postings[term]
    files = {f"search/t/{b}.js": _call("t", b, shard) for b, shard in enumerate(shards)}
    for b in range(0, n, BLOCK):
        files[f"search/d/{b // BLOCK}.js"] = _block(made, b // BLOCK, src_keys[b : b + BLOCK], memo)
    version = hashlib.sha256("".join(files[p] for p in sorted(files)).encode()).hexdigest()[:12]
    entries, events, quotes = counts(site)
    manifest = {"v": version, "buckets": buckets, "block": BLOCK, "counts": [entries, events, quotes]}
    files[MANIFEST] = _call("manifest", manifest)
    return files


def _source_keys(srcs: list[Source], keys: Mapping[str, str], language: str) -> list[str | None]:
    """A key per document of everything it is made of (None: not known, made afresh): its entry's
    key, which event or quote it is, the speaker's name, the site's language (dates are written in it)."""
    out: list[str | None] = []
    for src in srcs:
        key = keys.get(src.entry.slug)
        if key is not None:
            which = src.event.id if src.event is not None else str(src.quote)
            key = "\x1f".join((key, src.kind, which, src.speaker, language))
        out.append(key)
    return out


def _range(made: _Made, start: int, keys: list[str | None], memo: Memo) -> str:
    """The postings of the documents from ``start`` (``_range_text``), remembered by their keys when all are known."""
    make = lambda: _range_text(  # noqa: E731
        _postings((term_set(made[i].text) for i in range(start, start + len(keys))), start)
    )
    if any(k is None for k in keys):
        return make()
    return memo(text_digest("\x1e".join(("search-range", str(start), *keys))), make)  # type: ignore[arg-type]


def _block(made: _Made, number: int, keys: list[str | None], memo: Memo) -> str:
    """A file of ``BLOCK`` documents' rows, remembered by its documents' keys when all are known."""
    start = number * BLOCK
    make = lambda: _call("d", number, [made[i].row() for i in range(start, start + len(keys))])  # noqa: E731
    if any(k is None for k in keys):
        return make()
    return memo(text_digest("\x1e".join(("search-block", str(number), *keys))), make)  # type: ignore[arg-type]


def index_outputs(
    site: Site, fmt: Formatter, memo: Memo = no_memo, keys: Mapping[str, str] | None = None
) -> tuple[Output, ...]:
    files = index_files(site, fmt, memo, keys)
    return tuple(Output(path, text.encode("utf-8")) for path, text in sorted(files.items()))


def _call(method: str, *args: object) -> str:
    """One registration call: ASCII only (any page encoding reads it), keys sorted."""
    body = ",".join(json.dumps(a, ensure_ascii=True, sort_keys=True, separators=(",", ":")) for a in args)
    return f"{REGISTER}.{method}({body});\n"
