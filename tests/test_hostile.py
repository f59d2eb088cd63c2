"""Nothing injected: the hostile fixture site (tests/fixtures/hostile/) is built and every output
file is parsed. HTML: no <script> but the theme's own ``script src``, no ``on*`` attribute, no
``javascript:``/``data:`` URL, no frame/object/form/base/style element. XML feeds and the sitemap
parse, and every field a reader renders as HTML (RSS description, content:encoded, Atom content
and summary of type html) is checked as HTML too. JSON parses, and timeline.json's text (which
TimelineJS inserts as HTML) holds no tags. The payloads must still be there as text, so a
"pass" cannot come from content silently dropped.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

from generator.build import build, check

FIXTURE = Path(__file__).parent / "fixtures" / "hostile"
THEME_SCRIPTS = ("static/timeline.js", "static/search.js", "search/index.js")  # the theme's, and the search manifest
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "srcset",
    "ping",
    "manifest",
    "codebase",
    "lowsrc",
    "dynsrc",
}
FORBIDDEN_TAGS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "style",
    "template",
    "portal",
    "math",
}
FORM_TAGS = {"form", "input", "button", "textarea", "select"}  # the theme's filter has some; article text must not
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
THEME_ICON = "data:image/svg+xml," + urllib.parse.quote(
    (Path(__file__).resolve().parents[1] / "themes" / "default" / "static" / "favicon.svg").read_text("utf-8").strip()
)


def _is_bad_url(value: str) -> bool:
    # Browsers drop ASCII whitespace and control characters inside a scheme ("jav\tascript:").
    squeezed = re.sub(r"[\x00-\x20\x7f]+", "", html.unescape(value)).lower()
    return squeezed.startswith(BAD_SCHEMES)


def _is_theme_icon(tag: str, attrs) -> bool:
    """The theme's favicon, inlined by the generator as exactly a data: URL of its favicon.svg (an
    icon image runs no script); any other data: URL is still a problem."""
    a = dict(attrs)
    return tag == "link" and a.get("rel") == "icon" and (a.get("href") or "") == THEME_ICON


class _Inspector(HTMLParser):
    """Collects every way an HTML document could run script."""

    def __init__(self, name: str, allow_theme_script: bool, allow_forms: bool):
        super().__init__(convert_charrefs=True)
        self.name, self.allow_theme_script, self.allow_forms = name, allow_theme_script, allow_forms
        self.problems: list[str] = []
        self.text: list[str] = []
        self._in_script: str | None = None

    def handle_starttag(self, tag, attrs):
        where = f"{self.name}: <{tag}>"
        for key, value in attrs:
            key = key.lower()
            value = value or ""
            if key.startswith("on"):
                self.problems.append(f"{where} has event handler {key}={value!r}")
            if key in URL_ATTRIBUTES and _is_bad_url(value) and not _is_theme_icon(tag, attrs):
                self.problems.append(f"{where} has {key}={value!r}")
            if key == "style" and re.search(r"url\s*\(|expression\s*\(|javascript:", value, re.I):
                self.problems.append(f"{where} has style={value!r}")
            if key in ("srcdoc", "formaction"):
                self.problems.append(f"{where} has {key}")
        if tag in FORBIDDEN_TAGS or (tag in FORM_TAGS and not self.allow_forms):
            self.problems.append(f"{where} is not allowed in output")
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "refresh":
            self.problems.append(f"{where} refresh")
        if tag == "script":
            a = dict(attrs)
            kind = (a.get("type") or "").lower()
            if a.get("src") and self.allow_theme_script and (a["src"] or "").endswith(THEME_SCRIPTS):
                self._in_script = "theme"
            elif kind in ("application/json", "application/ld+json") and not a.get("src"):
                self._in_script = "json"
            else:
                self.problems.append(f"{where} {a!r} is not the theme's script")
                self._in_script = "bad"
            self._script_data: list[str] = []

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = None

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            data = "".join(self._script_data)
            if self._in_script == "theme" and data.strip():
                self.problems.append(f"{self.name}: the theme's script tag has inline code {data[:60]!r}")
            if self._in_script == "json":
                try:
                    json.loads(data)
                except ValueError:
                    self.problems.append(f"{self.name}: inline JSON does not parse: {data[:80]!r}")
                if "<" in data:
                    self.problems.append(f"{self.name}: inline JSON holds a raw '<' (escape it as \\u003c)")
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._script_data.append(data)
        else:
            self.text.append(data)


def inspect_html(
    name: str, markup: str, allow_theme_script: bool = True, allow_forms: bool = False
) -> tuple[list[str], str]:
    """(problems, visible text) of an HTML document or fragment. Form controls are allowed only
    where the theme puts them (the timeline's filter), never in pages made of article text."""
    parser = _Inspector(name, allow_theme_script, allow_forms)
    parser.feed(markup)
    parser.close()
    return parser.problems, "".join(parser.text)


HTML_FIELDS = {"description", "{http://purl.org/rss/1.0/modules/content/}encoded"}
ATOM = "{http://www.w3.org/2005/Atom}"


def inspect_feed(name: str, data: bytes, rss_description_is_html: bool = True) -> tuple[list[str], str]:
    """Parse a feed; check every field a reader renders as HTML. Returns (problems, all text)."""
    root = ElementTree.fromstring(data)  # raises on malformed XML
    problems: list[str] = []
    texts: list[str] = []
    for el in root.iter():
        text = el.text or ""
        texts.append(text)
        for value in el.attrib.values():
            if _is_bad_url(value):
                problems.append(f"{name}: <{el.tag}> attribute {value!r}")
        is_html = (el.tag in HTML_FIELDS and (rss_description_is_html or el.tag != "description")) or (
            el.tag in (ATOM + "content", ATOM + "summary", ATOM + "title", ATOM + "subtitle")
            and el.attrib.get("type") in ("html", "xhtml")
        )
        if is_html:
            found, _ = inspect_html(f"{name} <{el.tag}>", text, allow_theme_script=False)
            problems += found
    return problems, "\n".join(texts)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> tuple[Path, object]:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(FIXTURE / "content", root / "content")
    report = build(root)
    return root, report


def test_hostile_fixture_builds_with_no_error(hostile_site):
    root, report = hostile_site
    assert report.errors == (), "\n".join(map(str, report.errors))
    assert (root / "site" / "index.html").is_file()
    # The file name with spaces and Unicode became a safe, ASCII slug.
    assert (root / "site" / "entries" / "2022-04-07-zurich-cafe.html").is_file()


def _files(root: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in (root / "site").rglob("*") if p.is_file() and p.name.endswith(suffixes))


def test_no_executable_markup_in_any_page(hostile_site):
    root, _ = hostile_site
    pages = _files(root, ".html")
    assert len(pages) >= 6
    problems, texts = [], {}
    theme_css = "".join((root / "site" / "static" / "style.css").read_text("utf-8").replace("</", "<\\/").split())
    for page in pages:
        rel = page.relative_to(root / "site").as_posix()
        markup = page.read_text("utf-8")
        if rel == "404.html":  # it inlines the theme's own stylesheet (trusted): only exactly that is allowed
            style = re.search(r"<style>(.*?)</style>", markup, re.S)
            assert style and "".join(style.group(1).split()) == theme_css, "404.html: <style> is not the theme's CSS"
            markup = markup.replace(style.group(0), "")
        forms = rel in ("index.html", "search.html") or rel.startswith("timeline/")  # the filter, the search box
        found, text = inspect_html(rel, markup, allow_forms=forms)
        problems += found
        texts[page.name] = text
    assert not problems, "\n".join(problems)
    # ...and the payloads are still there, as text a reader sees, not dropped.
    entry = texts["2022-04-06-hostile.html"]
    for payload in (
        "<script>alert('entry-title')</script>",
        "Event <script>alert('event')</script>",
        "</blockquote><script>alert('quote')</script>",
        "{{ 7*7 }}",
    ):
        assert payload in entry, payload
    assert "Evil <script>alert('actor-name')</script> \"Corp\"" in texts["evil-corp.html"]
    assert "Mallory' onmouseover='alert(\"chip\")' x='" in texts["mallory.html"]


def test_the_search_index_holds_hostile_text_as_json_data_only(hostile_site):
    """Every file under search/ is one call of the search script's registration function with JSON
    arguments (ASCII, so no page encoding and no U+2028 can change what it means): article text can
    end neither the string nor the call."""
    root, _ = hostile_site
    files = sorted((root / "site" / "search").rglob("*.js"))
    assert files
    seen = ""
    for path in files:
        text = path.read_text("ascii")
        m = re.fullmatch(r"timelineSearch\.(manifest|t|d)\((.*)\);\n", text, re.S)
        assert m, f"{path.name}: not one registration call: {text[:80]!r}"
        json.loads(f"[{m.group(2)}]")
        seen += json.dumps(json.loads(f"[{m.group(2)}]"), ensure_ascii=False)
    assert "<script>alert('entry-title')</script>" in seen  # the payload is there, as data


def test_hostile_actor_links_are_dropped_or_inert(hostile_site):
    root, _ = hostile_site
    page = (root / "site" / "actors" / "evil-corp.html").read_text("utf-8")

    class Links(HTMLParser):
        hrefs: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag == "a":
                self.hrefs.append(dict(attrs).get("href") or "")

    parser = Links()
    parser.feed(page)
    assert not [h for h in parser.hrefs if _is_bad_url(h)]
    # The https link with a quote in it stays one attribute value: the quote did not close it.
    assert "https://example.org/\" onclick=\"alert('link2')" in parser.hrefs


def test_feeds_parse_and_carry_payloads_only_as_text(hostile_site):
    """Every feed is well-formed XML with no raw markup; Atom fields of type html are clean."""
    root, _ = hostile_site
    feeds = _files(root, ".xml")
    assert any("rss" in p.name for p in feeds) and any("atom" in p.name for p in feeds)
    problems, all_text = [], []
    for feed in feeds:
        data = feed.read_bytes()
        assert b"<script" not in data.lower(), f"{feed.name} holds raw markup"
        found, text = inspect_feed(feed.relative_to(root).as_posix(), data, rss_description_is_html=False)
        problems += found
        all_text.append(text)
    assert not problems, "\n".join(problems)
    assert "alert('entry-title')" in "\n".join(all_text)


def test_rss_descriptions_are_escaped_html(hostile_site):
    root, _ = hostile_site
    problems = []
    for feed in _files(root, ".xml"):
        if feed.name != "sitemap.xml":
            problems += inspect_feed(feed.name, feed.read_bytes(), rss_description_is_html=True)[0]
    assert not problems, "\n".join(problems)


def test_json_parses_and_timeline_text_is_escaped(hostile_site):
    root, _ = hostile_site
    for path in _files(root, ".json"):
        json.loads(path.read_text("utf-8"))
    timeline = json.loads((root / "site" / "timeline.json").read_text("utf-8"))
    strings = [timeline["title"]["text"]["headline"], timeline["title"]["text"]["text"]]
    strings += [s for ev in timeline["events"] for s in (ev["text"]["headline"], ev["text"]["text"])]
    for s in strings:  # TimelineJS puts these into the page as HTML
        found, _ = inspect_html("timeline.json", s, allow_theme_script=False)
        assert not found, found
        assert "<" not in re.sub(r'</?(?:ul|li|br|q|p)>|<a href="[^"<>]*">|</a>', "", s), s  # only our own markup
    entries = json.loads((root / "site" / "data" / "entries.json").read_text("utf-8"))["entries"]
    hostile = next(e for e in entries if e["slug"] == "2022-04-06-hostile")
    assert hostile["title"].startswith("Breaking <script>alert('entry-title')</script>")  # data, kept as data
    actors = json.loads((root / "site" / "data" / "actors.json").read_text("utf-8"))["actors"]
    assert {a["slug"] for a in actors} == {"evil-corp", "mallory", "plain-country"}


def test_check_reports_nothing_for_the_hostile_fixture(tmp_path):
    shutil.copytree(FIXTURE / "content", tmp_path / "content")
    assert [p for p in check(tmp_path) if p.severity == "error"] == []


def test_inspector_catches_what_it_looks_for():
    """The checker itself must not pass vacuously."""
    bad = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href=" jav&#x09;ascript:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        "<iframe src=x></iframe>",
        '<script src="https://evil/x.js"></script>',
        '<script type="application/json">{"a": "</b>"}</script>',
        '<p style="background:url(javascript:x)">x</p>',
        '<svg onload="x"></svg>',
        '<meta http-equiv="refresh" content="0;url=javascript:x">',
    ]
    for markup in bad:
        assert inspect_html("t", markup)[0], markup
    assert inspect_html("t", '<script src="../static/timeline.js" defer></script><p>&lt;script&gt;</p>')[0] == []
    assert inspect_feed(
        "f", b"<rss><channel><item><description>&lt;script&gt;x&lt;/script&gt;</description></item></channel></rss>"
    )[0]
