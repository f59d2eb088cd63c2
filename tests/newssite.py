"""A small news site for the tests of ``timeline add``: 20 real, openly licensed articles of
tests/corpus/real/ (public-domain U.S. government works, Wikinews CC BY 2.5, European Commission
and GOV.UK releases under their reuse licences) laid out as news pages, and an RSS feed of them,
served from a thread on 127.0.0.1.

Each page has what a news site's page has around the article: a header, navigation, a byline with
the date, a sidebar of other stories (with their own dates), a newsletter box, a cookie notice and
a footer. The publication date, title, outlet and address are given in the ways sites give them,
one layout each: Open Graph and ``article:published_time``; schema.org JSON-LD; ``<meta
name=date>`` with Dublin Core; microdata (``itemprop``); and a bare ``<time datetime>`` with the
site's name only in ``<title>``. The seed's header lines are the truth: ``ARTICLES`` lists
(file, date, url, outlet, title) read from them.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path

from generator.seeds.reader import Seed, parse_seed

REAL = Path(__file__).parent / "corpus" / "real"

CHOSEN = (
    "copenhagen-cop15-2009-01-voa",
    "copenhagen-cop15-2009-02-ec",
    "copenhagen-cop15-2009-06-state",
    "copenhagen-cop15-2009-08-whitehouse",
    "cyclone-idai-2019-01-usaid",
    "ebola-2014-01-voa",
    "ebola-2014-04-cdc",
    "ebola-2014-06-defense",
    "ebola-2014-09-voa",
    "ecuador-quake-2016-01-usaid",
    "haiti-quake-2010-05-state",
    "haiti-quake-2010-07-wikinews",
    "katrina-2005-01-whitehouse",
    "mumbai-attacks-2008-01-wikinews",
    "nepal-quake-2015-01-voa",
    "nepal-quake-2015-11-marines",
    "tonga-eruption-2022-01-hhs",
    "typhoon-haiyan-2013-02-ec",
    "uk-covid-lockdown-2020-01-gov-uk",
    "ukraine-avdiivka-2024-01-whitehouse",
)


@dataclass(frozen=True)
class Article:
    name: str  # the corpus file's stem; the page is /news/<name>.html
    seed: Seed  # the truth: date, url, outlet, title, and the paragraphs

    @property
    def page(self) -> str:
        return f"/news/{self.name}.html"


@functools.cache
def articles() -> tuple[Article, ...]:
    found = []
    for name in CHOSEN:
        seed = parse_seed(name, (REAL / f"{name}.txt").read_bytes())
        assert isinstance(seed, Seed) and seed.url and seed.outlet and seed.title, name
        found.append(Article(name, seed))
    return tuple(found)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _body(seed: Seed) -> str:
    return "\n".join(f"<h2>{_e(b.text)}</h2>" if b.kind == "heading" else f"<p>{_e(b.text)}</p>" for b in seed.blocks)


def _aside(others: list[Article]) -> str:
    """Other stories, each with its own (different) date: what a date finder must not take."""
    items = "\n".join(
        f'<li><a href="{o.page}">{_e(o.seed.title)}</a> <span class="date">'
        f"{o.seed.date.strftime('%B %d, %Y')}</span></li>"
        for o in others
    )
    return f"""<aside class="sidebar" role="complementary">
<section class="most-read"><h3>Most read</h3><ol>
{items}
</ol></section>
<section class="newsletter"><h3>Get the morning briefing</h3>
<p>Sign up for our newsletter and get the day's top stories in your inbox every morning.</p>
<form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></section>
</aside>"""


_HEADER = """<header class="masthead">
<a class="logo" href="/">{outlet}</a>
<nav aria-label="Sections"><ul>
<li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/health">Health</a></li>
<li><a href="/science">Science</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
</ul></nav>
<form class="search"><input type="search" placeholder="Search"></form>
</header>"""

_FOOTER = """<div class="cookie-notice">We use cookies to improve your experience on our site. By continuing
to browse, you agree to our use of cookies. <a href="/privacy">Learn more</a> <button>Accept</button></div>
<footer class="site-footer">
<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy
policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/accessibility">Accessibility</a></li></ul>
<p>Follow us on social media for the latest updates. Share this article with your friends.</p>
<p>&copy; 2025 {outlet}. All rights reserved. Last updated 3 January 2025.</p>
</footer>"""


def page_html(i: int, article: Article, all_articles: tuple[Article, ...]) -> str:
    """The page of one article, in layout ``i % 5``."""
    s = article.seed
    others = [o for o in all_articles if o is not article][i % 7 : i % 7 + 4]
    iso, human = s.date.isoformat(), s.date.strftime("%B %-d, %Y")
    updated = (s.date + dt.timedelta(days=3)).isoformat()  # a later update: the original date is wanted
    title, outlet, url = _e(s.title), _e(s.outlet), _e(s.url)
    layout = i % 5
    if layout == 0:  # Open Graph, article:published_time
        head = f"""<title>{title} | {outlet}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}T14:32:00+00:00">
<meta property="article:modified_time" content="{updated}T09:00:00+00:00">"""
        byline = f'<p class="byline">Published <time datetime="{iso}T14:32:00Z">{human}</time></p>'
    elif layout == 1:  # schema.org JSON-LD
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s.title,
            "datePublished": f"{iso}T08:15:00-05:00",
            "dateModified": f"{updated}T10:00:00-05:00",
            "mainEntityOfPage": {"@type": "WebPage", "@id": s.url},
            "url": s.url,
            "publisher": {"@type": "Organization", "name": s.outlet},
        }
        head = f"""<title>{title} - {outlet}</title>
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script>"""
        byline = f'<div class="meta"><span class="posted">{human}</span> · <span>4 min read</span></div>'
    elif layout == 2:  # <meta name=date>, Dublin Core, publisher
        head = f"""<title>{title}</title>
<link rel="canonical" href="{url}">
<meta name="date" content="{iso}">
<meta name="DC.date.issued" content="{iso}">
<meta name="DC.title" content="{title}">
<meta name="publisher" content="{outlet}">"""
        byline = f'<p class="dateline">Release date: {human}</p>'
    elif layout == 3:  # microdata
        head = f"""<title>{title} | {outlet}</title>
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{outlet}">"""
        byline = (
            f'<p class="byline"><meta itemprop="datePublished" content="{iso}">'
            f'<span itemprop="publisher">{outlet}</span> · {human}</p>'
        )
    else:  # only a <time datetime> in the article, the site's name in <title>
        head = f"""<title>{title} | {outlet}</title>
<meta name="application-name" content="{outlet}">
<link rel="canonical" href="{url}">"""
        byline = f'<p class="byline"><time class="published" datetime="{iso}">{human}</time></p>'
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if layout == 3 else ""
    h1 = f'<h1 itemprop="headline">{title}</h1>' if layout == 3 else f"<h1>{title}</h1>"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
{_HEADER.format(outlet=outlet)}
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>
<main>
<article class="story"{scope}>
{h1}
{byline}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<div class="story-body">
{_body(s)}
</div>
<p class="tags">Topics: <a href="/tag/world">World</a>, <a href="/tag/crisis">Crisis</a></p>
</article>
{_aside(others)}
</main>
{_FOOTER.format(outlet=outlet)}
</body>
</html>
"""


def rss(base: str, items: tuple[Article, ...]) -> str:
    """An RSS 2.0 feed listing the pages (the local addresses; the pages name the original)."""

    def stamp(d: dt.date) -> str:
        return format_datetime(dt.datetime(d.year, d.month, d.day, 12, tzinfo=dt.UTC))

    entries = "\n".join(
        f"""<item>
<title>{_e(a.seed.title)}</title>
<link>{base}{a.page}</link>
<guid isPermaLink="true">{base}{a.page}</guid>
<pubDate>{stamp(a.seed.date)}</pubDate>
<description>{_e(a.seed.blocks[0].text[:200])}</description>
</item>"""
        for a in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>World news</title>
<link>{base}/</link>
<description>The latest stories</description>
{entries}
</channel>
</rss>
"""


def write_site(folder: Path, base: str) -> None:
    """The pages under folder/news/ and the feed as folder/feed.xml."""
    (folder / "news").mkdir(parents=True, exist_ok=True)
    all_articles = articles()
    for i, a in enumerate(all_articles):
        (folder / a.page.lstrip("/")).write_text(page_html(i, a, all_articles), encoding="utf-8")
    (folder / "feed.xml").write_text(rss(base, all_articles), encoding="utf-8")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 from a thread; yields the base URL (http://127.0.0.1:PORT)."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
