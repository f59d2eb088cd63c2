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
without building the index. With keys (a rebuild), each file has its own (``index_keys``): a block's,
its documents' keys; a term file's, the digests of its part of each range's postings; the manifest's,
all the others'. The postings of each range of ``RANGE`` documents are remembered split by term file
(the memo the exports use) by the keys of the entries they come from, as are each block's rows, each
term file and the manifest's version, so an edit makes again only the ranges and blocks holding the
edited entry's documents and the term files of the words whose postings changed, and the build
leaves the other files alone (same bytes as a clean build). At 10,000 bench entries (49,913
documents), one process, CPU: 0.16 s from the memo against 0.54 s when each document's words were
kept instead (every posting appended and encoded again), 1.68 s against 1.79 s filling it, half the
memo's size (before the term files were keyed one by one).
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


def _entry_text(e: Entry) -> str:
    return f"{e.title}\n{e.summary}\n{_MD_TARGET.sub(']', e.body)}"


def _entry_doc(e: Entry, fmt: Formatter) -> Doc:
    return Doc(_entry_text(e), e.title, _cut(e.summary, SNIPPET), fmt.day(e.date), urls.entry_page(e.slug), e.outlet)


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
    documents (split by term file), each block of documents, each term file and the manifest's version
    are remembered across builds by the keys of what they are made of, so a rebuild makes only the
    ranges and blocks of the entries that changed, and joins again only the term files whose part of
    a range changed (same bytes as a clean build)."""
    layout = _layout(site, keys or {}, memo)
    files: dict[str, str] = {}
    for b in range(layout.buckets):
        files[f"search/t/{b}.js"] = layout.term_file(b, memo)
    made = _Made(layout.srcs, fmt)
    for start in range(0, layout.n, BLOCK):
        files[f"search/d/{start // BLOCK}.js"] = _block(
            made, start // BLOCK, layout.src_keys[start : start + BLOCK], memo
        )
    make_version = lambda: hashlib.sha256("".join(files[p] for p in sorted(files)).encode()).hexdigest()[:12]  # noqa: E731
    file_keys = layout.file_keys()
    version = memo(file_keys[MANIFEST], make_version) if file_keys else make_version()
    entries, events, quotes = counts(site)
    manifest = {"v": version, "buckets": layout.buckets, "block": BLOCK, "counts": [entries, events, quotes]}
    files[MANIFEST] = _call("manifest", manifest)
    return files


def index_keys(site: Site, keys: Mapping[str, str], memo: Memo) -> dict[str, str]:
    """path -> a key of what that file of the index holds (the same key, the same bytes), for every
    file of ``index_paths(site)``; empty when a document's entry has no key (then nothing is reused).
    Makes (or takes from ``memo``) the postings of each range of documents, which ``index_files``
    then finds made."""
    return _layout(site, keys, memo).file_keys()


class _Layout:
    """The documents of a site and, by their keys, the postings of each range of them split by term file
    (``_range_parts``); the ranges are made when first asked for."""

    def __init__(self, site: Site, keys: Mapping[str, str], memo: Memo):
        self.srcs = sources(site)
        self.n = n = len(self.srcs)
        self.buckets = bucket_count(n)
        self.keyed = memo is not no_memo and bool(keys)
        self.src_keys: list[str | None] = (
            _source_keys(self.srcs, keys, site.config.language) if self.keyed else [None] * n
        )
        self.complete = self.keyed and all(k is not None for k in self.src_keys)  # every document keyed
        self._memo = memo
        self._term_keys: list[str] | None = None
        self._parts: list[tuple[tuple[str, ...], tuple[str, ...]]] | None = None
        self._file_keys: dict[str, str] | None = None

    def parts(self) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Each range's (texts, digests) by term file."""
        if self._parts is None:
            made = _TextsOnly(self.srcs)
            self._parts = [
                _range_parts(made, start, self.src_keys[start : start + RANGE], self.buckets, self._memo)
                for start in range(0, self.n, RANGE)
            ]
        return self._parts

    def term_key(self, b: int) -> str | None:
        """A key of term file ``b``: the digests of its part of every range (None: not keyed)."""
        if not self.complete:
            return None
        if self._term_keys is None:
            by_range = [digests for _, digests in self.parts()]
            self._term_keys = [
                text_digest("\x1e".join(("search-terms", str(t), str(self.buckets), *[d[t] for d in by_range])))
                for t in range(self.buckets)
            ]
        return self._term_keys[b]

    def term_file(self, b: int, memo: Memo) -> str:
        make = lambda: _call("t", b, _joined(texts[b] for texts, _ in self.parts()))  # noqa: E731
        key = self.term_key(b)
        return make() if key is None else memo(key, make)

    def file_keys(self) -> dict[str, str]:
        """path -> key of every file of the index (the manifest's: of all the others), or empty."""
        if self._file_keys is None:
            out: dict[str, str] = {}
            if self.complete:
                for b in range(self.buckets):
                    out[f"search/t/{b}.js"] = self.term_key(b) or ""
                for start in range(0, self.n, BLOCK):
                    number = start // BLOCK
                    out[f"search/d/{number}.js"] = _block_key(number, self.src_keys[start : start + BLOCK])  # type: ignore[arg-type]
                out[MANIFEST] = text_digest("\x1e".join(("search-version", *[f"{p}\x1f{out[p]}" for p in sorted(out)])))
            self._file_keys = out
        return self._file_keys


@dataclass
class _LastLayout:
    """The last layout made (``_layout``), with the site, keys and memo it was made for: the planner
    makes it (``index_keys``) and the render that follows in the same process finds it made."""

    site: Site | None = None
    keys: Mapping[str, str] | None = None
    owner: object = None
    layout: _Layout | None = None


_LAST = _LastLayout()


def _layout(site: Site, keys: Mapping[str, str], memo: Memo) -> _Layout:
    """The layout of ``site``'s index: the one the planner made, when it is of the same site and keys
    (the search index is made in the process that planned it), else a new one."""
    owner = getattr(memo, "__self__", memo)  # a bound method is made anew at each access: compare its object
    last = _LAST
    if last.layout is not None and last.site is site and last.keys is keys and last.owner is owner:
        return last.layout
    layout = _Layout(site, keys, memo)
    last.site, last.keys, last.owner, last.layout = site, keys, owner, layout
    return layout


def forget_layout() -> None:
    """Drop the last layout (and the site it holds): the build calls it once the site is written."""
    _LAST.site = _LAST.keys = _LAST.owner = _LAST.layout = None


class _TextsOnly:
    """What a document indexes, by number (``document(...).text`` without the rest of it)."""

    def __init__(self, srcs: list[Source]):
        self.srcs = srcs

    def __getitem__(self, i: int) -> str:
        return doc_text(self.srcs[i])


def doc_text(src: Source) -> str:
    """The text a source's document indexes (``document(src, fmt).text``, which needs no formatter)."""
    e = src.entry
    if src.event is not None:
        ev = src.event.event
        return f"{ev.text}\n{ev.summary}"
    if src.quote:
        return f"{e.quotes[src.quote - 1].text}\n{src.speaker}"
    return _entry_text(e)


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


def _range_parts(
    texts: _TextsOnly, start: int, keys: list[str | None], buckets: int, memo: Memo
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The postings of the documents from ``start`` (``_range_text``'s lines), split by term file, and a
    digest of each part ("" for an empty one); remembered by the documents' keys when all are known."""

    def make() -> tuple[tuple[str, ...], tuple[str, ...]]:
        postings = _postings((term_set(texts[i]) for i in range(start, start + len(keys))), start)
        split: list[dict[str, list[int]]] = [{} for _ in range(buckets)]
        for term, ids in postings.items():
            split[bucket(term, buckets)][term] = ids
        parts = tuple(_range_text(p) for p in split)
        return parts, tuple(_part_digest(t) if t else "" for t in parts)

    if any(k is None for k in keys):
        return make()
    key = text_digest("\x1e".join(("search-range", str(start), str(buckets), *keys)))  # type: ignore[arg-type]
    return memo(key, make)  # type: ignore[type-var]  # a memo keeps any picklable value


def _part_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _block_key(number: int, keys: list[str]) -> str:
    return text_digest("\x1e".join(("search-block", str(number), *keys)))


def _block(made: _Made, number: int, keys: list[str | None], memo: Memo) -> str:
    """A file of ``BLOCK`` documents' rows, remembered by its documents' keys when all are known."""
    start = number * BLOCK
    make = lambda: _call("d", number, [made[i].row() for i in range(start, start + len(keys))])  # noqa: E731
    if any(k is None for k in keys):
        return make()
    return memo(_block_key(number, keys), make)  # type: ignore[arg-type]


def index_outputs(
    site: Site, fmt: Formatter, memo: Memo = no_memo, keys: Mapping[str, str] | None = None
) -> tuple[Output, ...]:
    files = index_files(site, fmt, memo, keys)
    return tuple(Output(path, text.encode("utf-8")) for path, text in sorted(files.items()))


def _call(method: str, *args: object) -> str:
    """One registration call: ASCII only (any page encoding reads it), keys sorted."""
    body = ",".join(json.dumps(a, ensure_ascii=True, sort_keys=True, separators=(",", ":")) for a in args)
    return f"{REGISTER}.{method}({body});\n"
