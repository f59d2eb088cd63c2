"""The build plan: which outputs an input change re-renders (the byte-for-byte equality of an
incremental and a clean build is tested end to end in test_build.py; here, that the keys are
selective, and the shortcuts the planner takes agree with what the pages use)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from generator.core.model import Actor, Entry, Event, Quote, SiteConfig
from generator.render import urls
from generator.render.feeds import newest_first
from generator.render.plan import _newest, entry_keys, plan_jobs
from generator.render.views import LATEST
from generator.site.sitemodel import make_site

ACTORS = {s: Actor(s, s.title(), "organization") for s in ("nato", "un", "eu", "kyiv")}


def _entry(i: int, actors: tuple[str, ...], title: str = "") -> Entry:
    day = dt.date(2022, 1, 1) + dt.timedelta(days=i)
    return Entry(
        slug=f"e{i}",
        path=f"entries/e{i}.md",
        title=title or f"Entry {i}",
        date=day,
        actors=actors,
        events=(Event(day.isoformat(), "day", f"Thing {i}.", actors[:1]),),
        quotes=(Quote(actors[-1], "Words."),),
    )


FEED_OF_3 = SiteConfig(feed_size=3)


def _keys(entries, registry=ACTORS, fps=None, config=FEED_OF_3) -> dict[str, str]:
    site, problems = make_site(config, tuple(entries), registry)
    assert not problems
    fps = fps or {e.path: f"sha-{e.path}-{e.title}" for e in entries}
    return {j.path: j.key for j in plan_jobs(site, entry_keys(site, fps), "base", ())}


def _changed(a: dict[str, str], b: dict[str, str]) -> set[str]:
    return {p for p in a.keys() | b.keys() if a.get(p) != b.get(p)}


ENTRIES = [_entry(i, ("nato", "un") if i % 2 else ("eu",)) for i in range(10)]


def test_a_new_title_rerenders_its_page_its_neighbours_its_actors_and_the_lists_only():
    before = _keys(ENTRIES)
    edited = list(ENTRIES)
    edited[2] = replace(edited[2], title="A new title")  # e2: actor eu, whose entries are e0, e2 ... e8
    changed = _changed(before, _keys(edited))
    assert {urls.entry_page("e1"), urls.entry_page("e2"), urls.entry_page("e3"), urls.actor_page("eu")} <= changed
    assert not changed & {urls.entry_page("e0"), urls.entry_page("e5"), urls.actor_page("nato"), urls.actor_page("un")}
    assert urls.actor_rss("eu") not in changed  # its feed carries its 3 newest: e4, e6, e8
    assert urls.actor_rss("nato") not in changed and urls.ACTORS_JSON not in changed


def test_an_edit_among_the_newest_changes_the_feeds_that_carry_it():
    before = _keys(ENTRIES)
    edited = list(ENTRIES)
    edited[9] = replace(edited[9], title="Newest, edited")  # e9: nato, un
    changed = _changed(before, _keys(edited))
    assert {urls.actor_rss("nato"), urls.actor_atom("un"), urls.RSS, urls.ATOM} <= changed
    assert urls.actor_rss("eu") not in changed


def test_an_edit_rerenders_the_timeline_page_of_its_events_and_the_exports_not_other_months():
    many = [_entry(i, ("nato", "un") if i % 2 else ("eu",)) for i in range(LATEST + 5)]  # e0 is not among the latest
    spread = [
        replace(
            e,
            date=e.date + dt.timedelta(days=31 * i),
            events=(replace(e.events[0], date=(e.date + dt.timedelta(days=31 * i)).isoformat()),),
        )
        for i, e in enumerate(many)
    ]
    config = SiteConfig(feed_size=3, timeline_page_size=2)  # one page per month
    before = _keys(spread, config=config)
    edited = list(spread)
    edited[0] = replace(edited[0], title="Edited")  # its event is in January 2022
    changed = _changed(before, _keys(edited, config=config))
    assert {urls.timeline_page("2022-01"), urls.ENTRIES_JSON, urls.TIMELINE_JSON, urls.SITEMAP} <= changed
    assert urls.timeline_page("2022-03") in before and urls.timeline_page("2022-03") not in changed
    assert urls.INDEX not in changed  # the front page shows the newest period
    assert not _changed(before, _keys(list(spread), config=config))  # the same input, the same keys


def test_an_event_filed_under_another_articles_happening_rerenders_what_shows_that_happening():
    """e7's event becomes a second report of e2's: e2's page (itself unedited, not a neighbour)
    says so, and e2's actor's page lists e7 as a source; e5 and the feeds that carry neither stay."""
    site, _ = make_site(FEED_OF_3, tuple(ENTRIES), ACTORS)
    other = next(p.id for p in site.events if p.entry_slug == "e2")
    edited = list(ENTRIES)
    edited[7] = replace(edited[7], title="Edited", events=(replace(edited[7].events[0], happening=other),))
    changed = _changed(_keys(ENTRIES), _keys(edited))
    assert {urls.entry_page("e2"), urls.entry_page("e7"), urls.actor_page("eu"), urls.actor_page("nato")} <= changed
    assert urls.INDEX in changed  # one item fewer
    assert not changed & {urls.entry_page("e5"), urls.actor_rss("eu")}


def test_the_filters_data_changes_with_what_it_shows_of_a_happening_not_with_an_entrys_title():
    before = _keys(ENTRIES)
    retitled = list(ENTRIES)
    retitled[2] = replace(retitled[2], title="A new title")
    assert urls.HAPPENINGS_SCRIPT not in _changed(before, _keys(retitled))
    assert urls.ARCHIVE in _changed(before, _keys(retitled))  # which lists the titles
    for change in ({"summary": "A new line."}, {"actors": ("un",)}, {"date": "2022-01-04", "precision": "day"}):
        edited = list(ENTRIES)
        edited[2] = replace(edited[2], actors=("eu", "un"), events=(replace(edited[2].events[0], **change),))
        assert urls.HAPPENINGS_SCRIPT in _changed(before, _keys(edited)), change


def test_a_renamed_actor_rerenders_its_entries_not_the_others():
    renamed = {**ACTORS, "eu": Actor("eu", "European Union", "organization")}
    changed = _changed(_keys(ENTRIES), _keys(ENTRIES, renamed))
    assert urls.entry_page("e0") in changed and urls.entry_page("e1") not in changed


@given(st.lists(st.tuples(st.integers(0, 20), st.sampled_from("abcdef")), unique=True, max_size=30), st.integers(1, 8))
def test_the_planners_newest_entries_are_the_ones_a_feed_carries(items, limit):
    entries = sorted(
        (Entry(slug=s + str(d), path="", title="", date=dt.date(2022, 1, 1) + dt.timedelta(days=d)) for d, s in items),
        key=lambda e: (e.date, e.slug),
    )  # site order
    assert set(_newest(entries, limit)) == set(newest_first(entries, limit))


def test_every_planned_output_is_of_a_kind_in_the_table():
    """plan.py, produce.py and the theme contract read one table of output kinds: the planner
    makes no job of a kind the table lacks, and every kind in the table is planned."""
    from generator.render.outputs import OUTPUT_KINDS

    entries = tuple(_entry(i, ("nato", "un")) for i in range(3))
    site, problems = make_site(FEED_OF_3, entries, ACTORS)
    assert not problems
    jobs = plan_jobs(site, {}, "base", (("style.css", "x"),), keyed=False)
    assert {j.kind for j in jobs} == set(OUTPUT_KINDS)
    for kind in OUTPUT_KINDS.values():
        paths = [j.path for j in jobs if j.kind == kind.name]
        assert all(p.endswith(".html") for p in paths) == kind.is_page, kind.name
