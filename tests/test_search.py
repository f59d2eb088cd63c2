"""The full-text search index (render/search.py): its words, its files and what they hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.core.model import Actor, Entry, Event, Quote, SiteConfig
from generator.render import search
from generator.render.formatting import Formatter
from generator.render.plan import entry_keys, plan_jobs
from generator.site.sitemodel import make_site

REGISTRY = {
    "nato": Actor("nato", "NATO", "organization"),
    "dmytro-kuleba": Actor("dmytro-kuleba", "Dmytro Kuleba", "person"),
}


def _entries() -> tuple[Entry, ...]:
    return (
        Entry(
            slug="older",
            path="entries/2022/older.md",
            title="Ministers meet in Brussels",
            date=dt.date(2022, 4, 5),
            summary="The foreign ministers gather.",
            body="The ministers talk about [grain](https://example.org/xylophone) exports.\n",
            actors=("nato",),
            events=(
                Event("2022-04-06", "day", "NATO ministers meet on Wednesday.", ("nato",)),
                Event("2022-04", "month", "Sanctions were agreed in April.", ("nato",)),
            ),
        ),
        Entry(
            slug="newer",
            path="entries/2022/newer.md",
            title="Kuleba in Brussels",
            date=dt.date(2022, 4, 7),
            body="Dmytro Kuleba asked for weapons. Médecins Sans Frontières reported.\n",
            actors=("dmytro-kuleba",),
            quotes=(Quote("dmytro-kuleba", "Weapons, weapons and weapons."),),
        ),
    )


def _site(entries=None):
    site, problems = make_site(SiteConfig(), entries or _entries(), REGISTRY)
    assert not problems
    return site


def _files(site=None) -> dict[str, str]:
    return search.index_files(site or _site(), Formatter("en"))


def _anchors(slug: str) -> list[str]:
    """The stable anchors (``PlacedEvent.id``) of an entry's events, in its order."""
    placed = sorted((p for p in _site().events if p.entry_slug == slug), key=lambda p: p.index)
    return [f"entries/{slug}.html#{p.id}" for p in placed]


def _registered(text: str, method: str) -> list:
    m = re.fullmatch(rf"timelineSearch\.{method}\((.*)\);\n", text, re.S)
    assert m, text[:80]
    return json.loads(f"[{m.group(1)}]")


def _term_shard(files: dict[str, str], term: str) -> dict[str, str]:
    buckets = _registered(files[search.MANIFEST], "manifest")[0]["buckets"]
    b = search.bucket(term, buckets)
    number, shard = _registered(files[f"search/t/{b}.js"], "t")
    assert number == b
    return shard


def _rows(files: dict[str, str]) -> list[list[str]]:
    rows = []
    for k in range(len([p for p in files if p.startswith("search/d/")])):
        number, block = _registered(files[f"search/d/{k}.js"], "d")
        assert number == k
        rows += block
    return rows


def test_terms_are_lower_case_words_of_two_letters_or_more_with_accents_folded():
    assert list(search.terms("Ça va, Zelenskyy! NATO’s 2022 a-b MÉDECINS_sans")) == [
        "ca",
        "va",
        "zelenskyy",
        "nato",
        "2022",
        "medecins",
        "sans",
    ]
    assert list(search.terms("x" * 50)) == ["x" * search.MAX_TERM]


@settings(max_examples=300, derandomize=True)
@given(st.one_of(st.text(st.characters(max_codepoint=127)), st.text()))
def test_the_set_of_words_is_the_words_of_the_text_once_each(text):
    # term_set reads an ASCII text with its own pattern (no Unicode checks): the same words as terms()
    assert search.term_set(text) == set(search.terms(text))


def test_the_set_of_words_of_an_ascii_text_cuts_long_words_and_skips_underscores_and_single_letters():
    text = "Kyiv_Odesa a I x2 NATO's " + "Y" * 50
    assert text.isascii()
    assert search.term_set(text) == {"kyiv", "odesa", "x2", "nato", "y" * search.MAX_TERM}


def test_postings_round_trip_through_the_varint_digits():
    ids = [0, 1, 2, 31, 33, 1000, 1001, 70000, 2_000_000]
    text = search.encode_postings(ids)
    assert search.decode_postings(text) == ids
    assert search.encode_postings([0, 1, 2]) == "AAA"  # gaps of one cost one digit each
    assert len(search.encode_postings([5000])) == 3


_DOC_WORDS = st.lists(st.sets(st.sampled_from(["ab", "cd", "ef", "zebra", "kyiv"])), max_size=60)


@given(_DOC_WORDS, st.integers(min_value=1, max_value=8), st.integers(min_value=0, max_value=2000))
def test_postings_joined_from_ranges_of_documents_equal_those_of_all_documents_at_once(docs, size, skip):
    # ids far apart too (gaps past two digits): documents after ``skip`` empty ones
    docs = [set()] * skip + docs
    ranges = [search._range_text(search._postings(docs[i : i + size], i)) for i in range(0, len(docs), size)]
    whole = {term: search.encode_postings(ids) for term, ids in search._postings(docs).items()}
    assert whole == search._joined(ranges)
    assert bool(whole) == any(docs)  # not vacuous: there are postings whenever a document has a word


def test_a_prefix_of_two_letters_or_more_lands_in_the_bucket_of_its_words():
    for word in ("kuleba", "weapons", "2022", "médecins"):
        term = search.normalise(word)
        for cut in range(2, len(term) + 1):
            assert search.bucket(term[:cut], 64) == search.bucket(term, 64)
    assert len({search.bucket(w, 64) for w in ("ku", "we", "br", "na", "mi", "se")}) > 1


def test_the_files_are_exactly_the_paths_the_planner_lists():
    site = _site()
    files = _files(site)
    assert sorted(files) == sorted(search.index_paths(site))
    jobs = [j for j in plan_jobs(site, {}, "base", ()) if j.kind == "search-index"]
    assert sorted(j.path for j in jobs) == sorted(files)
    assert {j.kind for j in plan_jobs(site, {}, "base", ()) if j.path == "search.html"} == {"search"}


def test_documents_are_entries_events_quotes_each_newest_first():
    files = _files()
    manifest = _registered(files[search.MANIFEST], "manifest")[0]
    assert manifest["counts"] == [2, 2, 1]
    rows = _rows(files)
    assert [r[0] for r in rows[:2]] == ["Kuleba in Brussels", "Ministers meet in Brussels"]
    assert [r[3] for r in rows[2:4]] == _anchors("older")
    assert all(re.fullmatch(r"entries/older\.html#e[0-9a-f]{10}", a) for a in _anchors("older"))
    assert rows[2][2] == "April 6, 2022" and rows[3][2] == "April 2022"
    assert rows[4][:4] == [
        "Weapons, weapons and weapons.",
        "Dmytro Kuleba",
        "April 7, 2022",
        "entries/newer.html#quote-1",
    ]


def test_a_term_points_at_every_document_holding_it():
    files = _files()
    rows = _rows(files)

    def found(term: str) -> list[str]:
        return [rows[i][3] for i in search.decode_postings(_term_shard(files, term)[term])]

    assert found("brussels") == ["entries/newer.html", "entries/older.html"]  # titles
    assert found("wednesday") == _anchors("older")[:1]  # an event's sentence
    assert found("exports") == ["entries/older.html"]  # a body
    assert found("medecins") == ["entries/newer.html"]  # accents folded
    assert found("weapons") == ["entries/newer.html", "entries/newer.html#quote-1"]
    assert found("dmytro") == ["entries/newer.html", "entries/newer.html#quote-1"]  # a quote by its speaker
    assert "xylophone" not in _term_shard(files, "xylophone")  # a link's target is not text


def test_the_index_is_the_same_bytes_whatever_order_the_entries_come_in():
    assert _files(_site(tuple(reversed(_entries())))) == _files()
    assert _files() == _files()


def test_the_index_key_follows_what_is_indexed_and_nothing_else():
    site = _site()

    def key(fp):
        return {j.key for j in plan_jobs(site, fp, "base", ()) if j.kind == "search-index"}

    one, two = key({"older": "a", "newer": "b"}), key({"older": "a", "newer": "c"})
    assert len(one) == len(two) == 1 and one != two
    page = {j.key for j in plan_jobs(site, {"older": "a", "newer": "c"}, "base", ()) if j.kind == "search"}
    assert page == {j.key for j in plan_jobs(site, {"older": "a", "newer": "b"}, "base", ()) if j.kind == "search"}


def test_bucket_count_grows_with_the_documents():
    assert search.bucket_count(10) == 8
    assert search.bucket_count(5_000) == 64
    assert search.bucket_count(50_000) == 512
    assert search.bucket_count(10**7) == 512


def test_a_rebuild_with_the_memo_makes_only_the_changed_entrys_documents_into_the_same_bytes(monkeypatch):
    monkeypatch.setattr(search, "RANGE", 1)  # each document's postings remembered on their own
    kept: dict[str, str] = {}
    made: list[str] = []

    def memo(key, make):
        if key not in kept:
            made.append(key)
            kept[key] = make()
        return kept[key]

    def index(entries):
        site = _site(entries)
        keys = entry_keys(site, {e.path: repr(e) for e in entries})  # a file's digest: what it holds
        return search.index_files(site, Formatter("en"), memo, keys)

    older, newer = _entries()
    assert index((older, newer)) == _files()
    buckets = search.bucket_count(5)
    # each document's postings once (two entries, two events, a quote), one block, every term file, the version
    assert len(made) == 2 + 2 + 1 + 1 + buckets + 1
    made.clear()
    edited = (older, dataclasses.replace(newer, body=newer.body + "Zebras crossed.\n"))
    assert index(edited) == _files(_site(edited))
    # the edited entry's documents (itself, its quote), the block that shows them, the term files of its
    # new words (no other term file: the postings of its other words are as they were), the version
    new_words = {search.bucket("zebras", buckets), search.bucket("crossed", buckets)}
    assert len(made) == 3 + len(new_words) + 1
    assert _term_shard(index(edited), "zebras")["zebras"] == search.encode_postings([0])  # the newest entry
    made.clear()
    index(edited)
    assert not made


def test_each_file_of_the_index_has_a_key_of_what_it_holds_so_an_edit_changes_only_its_files(monkeypatch):
    monkeypatch.setattr(search, "BLOCK", 1)  # a block per document: the edit's are told apart from the rest
    kept: dict[str, object] = {}

    def memo(key, make):
        return kept[key] if key in kept else kept.setdefault(key, make())

    def keyed(entries):
        site = _site(entries)
        keys = entry_keys(site, {e.path: repr(e) for e in entries})
        index_keys = search.index_keys(site, keys, memo)
        files = search.index_files(site, Formatter("en"), memo, keys)
        assert files == _files(site)  # the same bytes as with nothing remembered
        assert sorted(index_keys) == sorted(files) == sorted(search.index_paths(site))
        jobs = {j.path: j.key for j in plan_jobs(site, keys, "base", (), search_keys=index_keys)}
        return files, {p: jobs[p] for p in files}

    older, newer = _entries()
    files, keys = keyed((older, newer))
    assert keyed((older, newer)) == (files, keys)
    edited_files, edited_keys = keyed((older, dataclasses.replace(newer, body=newer.body + "Zebras crossed.\n")))
    changed = {p for p in files if files[p] != edited_files[p]}
    # the term files of its new words and the manifest (the entry's row shows no word of its body)
    buckets = search.bucket_count(5)
    term_files = {f"search/t/{search.bucket(w, buckets)}.js" for w in ("zebras", "crossed")}
    assert changed == {search.MANIFEST} | term_files
    # keyed apart too: the blocks of the newer entry's documents (itself, the newest, and its quote, the last)
    assert {p for p in keys if keys[p] != edited_keys[p]} == changed | {"search/d/0.js", "search/d/4.js"}
    # without the files' own keys, every file of the index has the one key of every entry
    site = _site()
    assert len({j.key for j in plan_jobs(site, entry_keys(site, {"x": "y"}), "b", ()) if j.kind == "search-index"}) == 1


def test_the_layout_the_planner_made_serves_only_its_own_site_keys_and_memo():
    """The index's layout (``search._layout``) is kept from the planner to the producer; two sites, two
    key maps or two memos in one process (tests, ``serve``) never get each other's."""
    kept: dict[str, object] = {}

    def memo(key, make):
        return kept[key] if key in kept else kept.setdefault(key, make())

    def other_memo(key, make):
        return make()

    older, newer = _entries()
    both, alone = _site((older, newer)), _site((older,))
    keys = entry_keys(both, {e.path: repr(e) for e in (older, newer)})  # a key for each entry of either site
    fmt = Formatter("en")
    search.index_keys(both, keys, memo)
    assert search.index_files(alone, fmt, memo, keys) == _files(alone)  # another site, the same keys and memo
    search.index_keys(alone, keys, memo)
    assert search.index_files(both, fmt, memo, keys) == _files(both)
    search.index_keys(both, dict(keys), memo)  # the same site, another map of the same keys
    assert search.index_files(both, fmt, other_memo, keys) == _files(both)
    assert search.index_keys(alone, keys, other_memo) == search.index_keys(alone, dict(keys), memo)
