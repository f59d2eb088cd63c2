"""Search from file:// in headless Chromium: the example site's search.html finds an event by a word of
its sentence and an entry by a word of its body, typed key by key (tests/tools/browse.mjs search)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import browser_harness as bh
import pytest

from generator.content.entries import entry_files, parse_entry
from generator.core.model import Entry
from generator.render import search, urls
from generator.site.happenings import event_id

REPO = Path(__file__).resolve().parent.parent
PROBE = ["Ça va, Zelenskyy! NATO’s 2022", "MÉDECINS sans ﬁn, İstanbul, Straße", "東京 x y1 a_b 12"]


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> tuple[Path, tuple[Entry, ...]]:
    work = tmp_path_factory.mktemp("search-example")
    for name in ("seeds", "content", "themes"):
        shutil.copytree(REPO / name, work / name)
    r = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(work)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    content = work / "content"
    entries = []
    for path in entry_files(content):
        entry, _ = parse_entry(path.relative_to(content).as_posix(), path.read_text("utf-8"))
        assert entry is not None
        entries.append(entry)
    return work / "site", tuple(entries)


def _rare_word(text: str, everywhere: Counter, avoid: set[str]) -> str:
    """The longest word of ``text`` that is in the fewest documents and nowhere in ``avoid``."""
    words = sorted(set(search.terms(text)) - avoid, key=lambda w: (everywhere[w], -len(w), w))
    assert words, text
    return words[0]


def _everywhere(entries) -> Counter:
    texts = [f"{e.title} {e.summary} {e.body}" for e in entries]
    texts += [ev.text for e in entries for ev in e.events] + [q.text for e in entries for q in e.quotes]
    return Counter(w for t in texts for w in set(search.terms(t)))


@pytest.mark.browser
def test_search_from_file_finds_an_event_by_its_sentence_and_an_entry_by_its_body(example):
    bh.require_tools("browser")
    site, entries = example
    counts = _everywhere(entries)
    with_events = next(e for e in entries if e.events)
    event_word = _rare_word(with_events.events[0].text, counts, set())
    entry = entries[-1]
    shown = {w for t in (entry.title, entry.summary) for w in search.terms(t)}
    body_word = _rare_word(entry.body, counts, shown | {w for ev in entry.events for w in search.terms(ev.text)})
    # the event's word typed whole; the body's word typed in part (prefix search as you type)
    res = bh.browse("search", site, "--queries", json.dumps([event_word, body_word[:-1]]))
    assert not res["jsErrors"] and not res["failed"], res
    by_event, by_body = res["queries"]
    assert by_event["formVisible"], "search.js did not reveal the form over file://"

    def hrefs(answer, kind):
        return [h["href"] for g in answer["groups"] if g["kind"] == kind for h in g["hits"]]

    first = with_events.events[0]
    want_event = f"{urls.entry_page(with_events.slug)}#{event_id(with_events.slug, first.date, first.text, set())}"
    assert want_event in hrefs(by_event, "event"), (event_word, by_event)
    assert urls.entry_page(entry.slug) in hrefs(by_body, "entry"), (body_word, by_body)
    for answer in (by_event, by_body):
        assert answer["bytes"] < 1_000_000 and answer["files"] >= 2


@pytest.mark.browser
def test_search_js_splits_words_and_buckets_them_as_the_index_does(example):
    bh.require_tools("browser")
    site, _ = example
    res = bh.browse("search", site, "--probe", json.dumps(PROBE))
    buckets = json.loads(
        (site / search.MANIFEST).read_text("utf-8").removeprefix("timelineSearch.manifest(").removesuffix(");\n")
    )["buckets"]
    for got in res["probe"]:
        mine = list(search.terms(got["text"]))
        theirs = [(w, b) for w, b in zip(got["words"], got["buckets"]) if len(w) >= search.MIN_TERM]
        assert theirs == [(w, search.bucket(w, buckets)) for w in mine], got
