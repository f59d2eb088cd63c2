"""The feeds as a subscriber's software reads them: RSS and Atom through feedparser, JSON Feed 1.1's
required fields, the calendar of planned events through icalendar."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import feedparser
import icalendar
import pytest

from generator.build import build

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "golden"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("feeds") / "project"
    shutil.copytree(FIXTURE, root)
    report = build(root)
    assert not report.problems, [str(p) for p in report.problems]
    return root / "site"


def test_rss_channel_links_to_the_site_and_atom_has_an_author(site: Path) -> None:
    rss = feedparser.parse((site / "feeds" / "rss.xml").read_bytes())
    atom = feedparser.parse((site / "feeds" / "atom.xml").read_bytes())
    assert not rss.bozo and not atom.bozo
    home = rss.feed.link
    assert home.endswith("/") and not home.endswith(".xml"), home  # the site's page, not the feed's own URL
    self_links = [link.href for link in rss.feed.links if link.rel == "self"]
    assert self_links and self_links[0].endswith("feeds/rss.xml")
    assert atom.feed.author_detail.name  # RFC 4287 requires an author; site.yaml of the fixture names none
    for entry in atom.entries:
        assert entry.id.startswith("http") and entry.updated


def test_event_dates_in_items_are_formatted_for_the_language(site: Path) -> None:
    text = (site / "feeds" / "atom.xml").read_text(encoding="utf-8")
    assert "2024-03-01:" not in text and "2024-W" not in text
    assert "March" in text


def test_json_feed_has_the_fields_json_feed_1_1_requires(site: Path) -> None:
    feed = json.loads((site / "feeds" / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["home_page_url"].startswith("http")
    assert feed["feed_url"].endswith("feeds/feed.json")
    assert feed["items"], "the fixture has entries"
    ids = [item["id"] for item in feed["items"]]
    assert len(ids) == len(set(ids))
    for item in feed["items"]:
        assert item.get("content_html") or item.get("content_text")
        assert item["date_published"].endswith("+00:00")
    rss = feedparser.parse((site / "feeds" / "rss.xml").read_bytes())
    assert [e.link for e in rss.entries] == [item["url"] for item in feed["items"]]  # same items, same order


def test_calendar_of_planned_events_reads_back(site: Path) -> None:
    cal = icalendar.Calendar.from_ical((site / "feeds" / "planned.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    entries = (FIXTURE / "content" / "entries").rglob("*.md")
    planned = sum(p.read_text(encoding="utf-8").count("status: planned") for p in entries)
    assert planned >= 1 and len(events) == planned  # no planned event of the fixture shares a happening
    for ev in events:
        start, end = ev.decoded("dtstart"), ev.decoded("dtend")
        assert start < end
        assert str(ev["url"]).startswith("http") and "index.html#h-" in str(ev["url"])  # its timeline item
        assert ev["uid"]
    exhibition = next(ev for ev in events if "exhibition" in str(ev["summary"]))
    assert (exhibition.decoded("dtstart"), exhibition.decoded("dtend")) == (dt.date(2024, 3, 5), dt.date(2024, 3, 7))


def test_every_page_can_be_shared_and_has_an_icon(site: Path) -> None:
    """Open Graph and Twitter card tags, so a shared link shows a title and description; a favicon."""
    pages = sorted(site.rglob("*.html"))
    assert pages
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        for tag in ('property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"'):
            assert tag in head, (page.name, tag)
        assert 'rel="icon" href="data:image/svg+xml,' in head, page.name  # nothing to fetch, from file:// too
    entry = next(p for p in pages if p.parent.name == "entries")
    assert 'property="og:type" content="article"' in entry.read_text(encoding="utf-8")
