"""``timeline add SOURCE...``: make seeds from articles on the web or saved from it.

A source is a page's URL, a saved ``.html`` page, a folder of them, or an RSS/Atom feed (a URL or
a file: every item's page is fetched). trafilatura extracts the article's text (without the
site's navigation, sidebars and footer), title, author, outlet (the site's name) and address
(the page's canonical URL); its htmldate finds the publication date in the page's metadata and
markup, offline: only a source given as a URL, or listed in a feed, is downloaded. Each article
becomes ``seeds/<date>-<title>.txt`` with the header lines ``url:``, ``outlet:``, ``author:``,
``title:`` after the date. An article already in seeds/ (the same URL or the same text) is
skipped; one that cannot be used (no date, no text, not downloaded) is reported with what to do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.errors import Problem
from generator.core.slugs import slugify, unique_slug
from generator.seeds.reader import Seed, display_path, list_seed_files, parse_seed

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
MIN_WORDS = 20  # less than this is not an article (a paywall, a cookie wall, an index page)
_WEB = re.compile(r"^https?://", re.IGNORECASE)
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


@dataclass(frozen=True)
class Article:
    """What the extractor found in one page."""

    source: str  # the URL or file it came from
    text: str  # paragraphs separated by blank lines
    title: str = ""
    date: dt.date | None = None
    author: str = ""
    outlet: str = ""
    url: str = ""  # the canonical address, "" when unknown (a saved page without one)


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)  # seed paths written, as shown
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, why): already there
    problems: list[Problem] = field(default_factory=list)  # what could not be used, and what to do


# --------------------------------------------------------------------------- extraction (pure)
def extract_article(html: str | bytes, source: str, url: str | None = None) -> Article | None:
    """The article in a page's HTML (None when there is no text). ``url``: where it was fetched,
    used when the page names no canonical address."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    doc = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc
    if not doc or not doc.get("text"):
        return None
    paragraphs = [p for p in (" ".join(line.split()) for line in str(doc["text"]).split("\n")) if p]
    title = _one_line(doc.get("title"))
    if paragraphs and title and paragraphs[0] == title:  # the page's <h1>: the seed's title line says it
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    canonical = str(doc.get("url") or "")
    return Article(
        source=source,
        text=text,
        title=title,
        date=_date(doc.get("date")),
        author=_one_line(doc.get("author")),
        outlet=_one_line(doc.get("sitename")),
        url=canonical if _WEB.match(canonical) else "",
    )


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str = ""
    date: dt.date | None = None


def is_feed(data: bytes) -> bool:
    """True when the bytes are an RSS or Atom document."""
    return bool(_FEED_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def feed_items(data: bytes, base: str = "") -> tuple[FeedItem, ...]:
    """The items of an RSS or Atom feed: each one's link (made absolute against ``base``), title and date."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": base} if base else None)
    items = []
    for e in parsed.entries:
        link = e.get("link") or ""
        if not link:
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        items.append(FeedItem(link=link, title=_one_line(e.get("title")), date=date))
    return tuple(items)


def seed_text(article: Article, date: dt.date) -> str:
    """The seed file of an article: the date, the header lines it has, a blank line, the text."""
    lines = [f" date {date.isoformat()}"]
    for key in ("url", "outlet", "author", "title"):
        value = getattr(article, key)
        if value:
            lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n\n" + article.text.strip() + "\n"


def fingerprint(seed: Seed) -> str:
    """The same article whatever its header lines and line breaks: a digest of its words."""
    return hashlib.sha256(" ".join(seed.text.split()).lower().encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- fetching (the network edge)
Fetch = Callable[[str], tuple[bytes, str]]  # URL -> (body, the URL it came from after redirects); raises OSError


def web_fetcher(local_network: bool = False, pause: float = 0.5) -> Fetch:
    """Download with trafilatura (its timeouts, size cap and retries). Addresses on this machine or
    the local network are refused unless ``local_network`` (a feed could name them); a TLS error
    fails (no fall back to an unverified connection). ``pause``: seconds between two requests."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if local_network else "on")
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    last = [0.0]

    def fetch(url: str) -> tuple[bytes, str]:
        wait = last[0] + pause - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        last[0] = time.monotonic()
        response = fetch_response(url, config=config)
        if response is None or not response.data:
            hint = "" if local_network else " (an address on this machine or network needs --local-network)"
            raise OSError(f"could not download it{hint}")
        if response.status != 200:
            raise OSError(f"the server answered HTTP {response.status}")
        return bytes(response.data), str(response.url or url)

    return fetch


# --------------------------------------------------------------------------- the command
class _Known:
    """The articles already in seeds/ (and those added in this run): by URL and by text."""

    def __init__(self, seeds_dir: Path, root: Path):
        self.urls: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        files, _ = list_seed_files(seeds_dir)
        for path in files:
            shown = display_path(path, root)
            try:
                seed = parse_seed(shown, path.read_bytes())
            except OSError:
                continue
            if isinstance(seed, Seed):
                self.note(seed)

    def note(self, seed: Seed, url: str = "") -> None:
        for u in (seed.url, url):
            if u:
                self.urls.setdefault(_url_key(u), seed.path)
        self.texts.setdefault(fingerprint(seed), seed.path)

    def url(self, url: str) -> str | None:
        return self.urls.get(_url_key(url)) if url else None


def _url_key(url: str) -> str:
    """Two spellings of one address compare equal: scheme and host case, a trailing slash, a fragment."""
    url = url.split("#", 1)[0].strip()
    m = re.match(r"(?i)^(https?)://([^/?#]+)(.*)$", url)
    if not m:
        return url
    return f"{m[1].lower()}://{m[2].lower()}{m[3].rstrip('/') or ''}"


def add_sources(
    sources: Iterable[str],
    seeds_dir: Path,
    root: Path,
    date: dt.date | None = None,
    fetch: Fetch | None = None,
    today: dt.date | None = None,
) -> AddReport:
    """Write a seed for every article of the sources into ``seeds_dir``. ``date``: the publication
    date of articles in which none is found; ``fetch``: the downloader (``web_fetcher()``)."""
    fetch = fetch or web_fetcher()
    report = AddReport()
    known = _Known(seeds_dir, root)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    taken = {p.stem for p in seeds_dir.glob("*.txt")}
    for source in sources:
        for article_or_problem in _articles(source, fetch, known, report):
            if isinstance(article_or_problem, Problem):
                report.problems.append(article_or_problem)
                continue
            _write(article_or_problem, date, seeds_dir, root, known, taken, report, today)
    return report


def _articles(source: str, fetch: Fetch, known: _Known, report: AddReport) -> Iterable[Article | Problem]:
    """The articles of one source (pages, a folder, a feed), or a Problem for what cannot be read."""
    if _WEB.match(source):
        if (already := known.url(source)) is not None:
            report.skipped.append((source, f"same URL as {already}"))
            return
        try:
            data, where = fetch(source)
        except OSError as err:
            yield Problem(source, None, str(err), "check the address, or save the page and add the file")
            return
        if is_feed(data):
            yield from _feed(source, data, where, fetch, known, report)
        else:
            yield _page(source, data, where)
        return
    path = Path(source)
    if path.is_dir():
        pages = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        if not pages:
            yield Problem(source, None, "no saved pages (.html) in this folder", "save the articles as .html files")
        for page in pages:
            yield from _articles(str(page), fetch, known, report)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Problem(source, None, f"cannot read it: {err.strerror}", "give a URL, an .html file, a folder or a feed")
        return
    if is_feed(data):
        yield from _feed(source, data, "", fetch, known, report)
    elif path.suffix.lower() in PAGE_SUFFIXES or b"<html" in data[:4096].lower():
        yield _page(source, data, None)
    else:
        yield Problem(source, None, "not a web page or a feed", "give a URL, an .html file, a folder or a feed")


def _page(source: str, data: bytes, url: str | None, item: FeedItem | None = None) -> Article | Problem:
    article = extract_article(data, source, url)
    if article is None or len(article.text.split()) < MIN_WORDS:
        return Problem(
            source,
            None,
            "no article text found in the page",
            "is it behind a paywall or a cookie wall? save the article's page from a browser and add the file",
        )
    if item is not None:  # what the page does not say, the feed may
        article = Article(
            source=article.source,
            text=article.text,
            title=article.title or item.title,
            date=article.date or item.date,
            author=article.author,
            outlet=article.outlet,
            url=article.url,
        )
    return article


def _feed(
    source: str, data: bytes, base: str, fetch: Fetch, known: _Known, report: AddReport
) -> Iterable[Article | Problem]:
    items = feed_items(data, base)
    if not items:
        yield Problem(source, None, "the feed lists no articles", "check that it is the feed you meant")
    for item in items:
        if (already := known.url(item.link)) is not None:
            report.skipped.append((item.link, f"same URL as {already}"))
            continue
        try:
            page, where = fetch(item.link)
        except OSError as err:
            yield Problem(item.link, None, f"{err} (an item of {source})", "check the address, or try again later")
            continue
        yield _page(item.link, page, where, item)


def _write(
    article: Article,
    date: dt.date | None,
    seeds_dir: Path,
    root: Path,
    known: _Known,
    taken: set[str],
    report: AddReport,
    today: dt.date | None,
) -> None:
    when = article.date or date
    if when is None:
        report.problems.append(
            Problem(
                article.source,
                None,
                "no publication date found; not added",
                f"give it by hand: timeline add --date YYYY-MM-DD {_quoted(article.source)}",
            )
        )
        return
    if (already := known.url(article.url)) is not None:
        report.skipped.append((article.source, f"same URL as {already}"))
        return
    text = seed_text(article, when)
    stem = unique_slug(f"{when.isoformat()}-{slugify(article.title or article.text[:80], 60)}", taken)
    path = seeds_dir / f"{stem}.txt"
    shown = display_path(path, root)
    seed = parse_seed(shown, text.encode("utf-8"), today)
    if isinstance(seed, Problem):  # a date in the future, a paragraph too long, ...
        report.problems.append(Problem(article.source, None, f"not added: {seed.message}", seed.hint))
        return
    if (already := known.texts.get(fingerprint(seed))) is not None:
        report.skipped.append((article.source, f"same text as {already}"))
        return
    with open(path, "x", encoding="utf-8") as f:  # never over a file that is there
        f.write(text)
    taken.add(stem)
    known.note(seed, article.source if _WEB.match(article.source) else "")
    report.added.append(shown)


def _quoted(source: str) -> str:
    return source if re.fullmatch(r"[\w./:@%+=,-]+", source) else "'" + source.replace("'", "'\\''") + "'"
