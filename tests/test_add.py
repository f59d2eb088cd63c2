"""``timeline add`` (issue #14, 2): seeds from web pages, saved pages, folders and feeds.

Everything here is local: real, openly licensed articles laid out as news pages (tests/newssite.py)
and served, with an RSS feed of them, from a thread on 127.0.0.1; extraction itself never touches
the network (a test shuts the sockets while it runs).
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from pathlib import Path

import newssite
import pytest
from markupsafe import escape

from generator.build import build
from generator.cli import main
from generator.content import entries as content_io
from generator.scaffold import scaffold
from generator.seeds.add import add_sources, extract_article, feed_items, web_fetcher
from generator.seeds.reader import Seed, parse_seed

BOILERPLATE = ("Most read", "newsletter", "cookies", "All rights reserved", "Share on", "Subscribe", "Topics:")


def _words(text: str) -> str:
    return " ".join(text.split())


def _seeds(root: Path) -> list[Seed]:
    found = []
    for path in sorted((root / "seeds").glob("*.txt")):
        seed = parse_seed(path.name, path.read_bytes())
        assert isinstance(seed, Seed), seed
        found.append(seed)
    return found


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """The news site, served: (its folder, its base URL)."""
    folder = tmp_path_factory.mktemp("news")
    with newssite.serve(folder) as base:
        newssite.write_site(folder, base)
        yield folder, base


@pytest.fixture(scope="module")
def added(news, tmp_path_factory):
    """A project, and the report of ``add`` on the feed of the 20 articles."""
    _, base = news
    root = tmp_path_factory.mktemp("added") / "p"
    scaffold(root)
    report = add_sources([f"{base}/feed.xml"], root / "seeds", root, fetch=web_fetcher(local_network=True, pause=0))
    return root, report


def test_the_feed_of_20_real_articles_gives_20_seeds_with_title_date_outlet_and_url(added):
    root, report = added
    assert report.problems == [] and report.skipped == []
    assert len(report.added) == 20
    seeds = {s.url: s for s in _seeds(root)}
    right, text_right = 0, 0
    for article in newssite.articles():
        truth = article.seed
        got = seeds.get(truth.url)
        if got is None:
            continue
        right += (got.title, got.date, got.outlet, got.url) == (truth.title, truth.date, truth.outlet, truth.url)
        # the article's text, all of it, and none of the page around it
        body = _words(got.text)
        text_right += all(_words(b.text) in body for b in truth.blocks) and not any(w in body for w in BOILERPLATE)
    print(f"timeline add: title, date, outlet and URL right for {right} of 20; text right for {text_right} of 20")
    assert right >= 19
    assert text_right >= 19


def test_adding_the_feed_again_adds_nothing(added, news):
    root, _ = added
    before = sorted(p.name for p in (root / "seeds").iterdir())
    report = add_sources([f"{news[1]}/feed.xml"], root / "seeds", root, fetch=web_fetcher(local_network=True, pause=0))
    assert report.added == [] and report.problems == []
    assert len(report.skipped) == 20 and all(why.startswith("same URL as seeds/") for _, why in report.skipped)
    assert sorted(p.name for p in (root / "seeds").iterdir()) == before


def test_the_site_shows_the_outlet_and_links_to_the_original(added, tmp_path):
    root = tmp_path / "p"
    shutil.copytree(added[0], root)
    report = build(root)
    assert not [p for p in report.problems if p.severity == "error"], report.problems
    entries = {}
    for path in (root / "content" / "entries").rglob("*.md"):
        entry, _ = content_io.load_entry(path, path.name)
        assert entry is not None
        entries[entry.url] = entry
    shown = 0
    for article in newssite.articles():
        truth = article.seed
        entry = entries[truth.url]
        assert entry.title == truth.title and entry.outlet == truth.outlet
        page = (root / "site" / "entries" / f"{entry.slug}.html").read_text()
        link = f'<a class="origin" href="{escape(truth.url)}" rel="external">{escape(truth.outlet)}</a>'
        shown += link in page
    assert shown == 20
    timeline = (root / "site" / "index.html").read_text()
    assert sum(f'href="{a.seed.url}"' in timeline for a in newssite.articles()) >= 15  # articles with events


def test_saved_pages_a_folder_and_a_feed_file(news, tmp_path):
    folder, base = news
    root = tmp_path / "p"
    scaffold(root)
    saved = tmp_path / "saved"
    saved.mkdir()
    first, second, third = newssite.articles()[:3]
    shutil.copy(folder / first.page.lstrip("/"), saved / "one.html")
    shutil.copy(folder / second.page.lstrip("/"), saved / "two.htm")
    (saved / "notes.txt").write_text("not a page")
    feed = tmp_path / "feed.xml"  # an Atom feed saved to disk, naming pages on the server
    feed.write_text(
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        f'<entry><title>x</title><link href="{base}{third.page}"/><updated>2009-12-01T00:00:00Z</updated></entry>'
        "</feed>\n"
    )
    code = main(["add", str(saved), str(feed), "--root", str(root), "--local-network"])
    assert code == 0
    got = {s.url: s for s in _seeds(root)}
    assert set(got) == {first.seed.url, second.seed.url, third.seed.url}
    assert got[second.seed.url].outlet == second.seed.outlet and got[third.seed.url].date == third.seed.date


def test_the_same_text_under_another_address_is_skipped(news, tmp_path, capsys):
    folder, _ = news
    root = tmp_path / "p"
    scaffold(root)
    article = newssite.articles()[0]
    page = (folder / article.page.lstrip("/")).read_text()
    (tmp_path / "a.html").write_text(page)
    (tmp_path / "b.html").write_text(page.replace(article.seed.url, "https://mirror.example.org/copy"))
    assert main(["add", str(tmp_path / "a.html"), str(tmp_path / "b.html"), "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "1 added, 1 already there" in out and f"{tmp_path / 'b.html'}: same text as seeds/" in out


def test_a_page_without_a_date_is_reported_with_the_flag_that_gives_it(tmp_path, capsys):
    root = tmp_path / "p"
    scaffold(root)
    text = " ".join(b.text for b in newssite.articles()[3].seed.blocks)
    page = tmp_path / "undated page.html"
    page.write_text(
        f"<html><head><title>An undated statement</title></head><body><article><h1>An undated statement</h1>"
        f"<p>{text}</p></article></body></html>"
    )
    assert main(["add", str(page), "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"{page}: no publication date found; not added" in err
    assert f"timeline add --date YYYY-MM-DD '{page}'" in err
    assert list((root / "seeds").glob("*.txt")) == []
    assert main(["add", str(page), "--root", str(root), "--date", "2019-03-18"]) == 0
    [seed] = _seeds(root)
    assert seed.date == dt.date(2019, 3, 18) and seed.title == "An undated statement" and seed.url == ""


def test_local_addresses_are_refused_unless_asked_for(news, tmp_path, capsys):
    root = tmp_path / "p"
    scaffold(root)
    assert main(["add", f"{news[1]}/feed.xml", "--root", str(root)]) == 1
    assert "needs --local-network" in capsys.readouterr().err
    assert list((root / "seeds").glob("*.txt")) == []


def test_extraction_and_its_date_finding_stay_offline(news, monkeypatch):
    folder, _ = news
    article = newssite.articles()[4]
    html = (folder / article.page.lstrip("/")).read_bytes()

    def refuse(*args, **kwargs):
        raise AssertionError("extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    found = extract_article(html, "page.html")
    assert found is not None and found.date == article.seed.date and found.title == article.seed.title


def test_feed_items_read_rss_and_make_links_absolute():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>A</title><link>/news/a.html</link><pubDate>Tue, 06 Apr 2022 10:00:00 GMT</pubDate></item>
<item><title>No link</title></item></channel></rss>"""
    [item] = feed_items(rss, "https://example.org/feed.xml")
    assert (item.link, item.title, item.date) == ("https://example.org/news/a.html", "A", dt.date(2022, 4, 6))
