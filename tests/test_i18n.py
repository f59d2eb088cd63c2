"""The interface in the site's language (issue #16): every interface string goes through gettext,
the catalogs are complete and current, and a German or French site shows no English interface word
(pages and feeds).

Content (article text, titles, names, the site's own title and description) stays as written; the
test takes it from the site's data exports and the article body, and looks at everything else: text,
``<title>``, the meta description, aria-labels and the filter's data-status.
"""

from __future__ import annotations

import datetime as dt
import gettext
import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from generator.build import build
from generator.core.model import Event, Quote
from generator.render.formatting import Formatter
from generator.render.i18n import LOCALE_DIR, catalog_names, load_translations
from generator.render.pages import render_page
from generator.render.theme import find_theme, make_environment
from generator.render.views import ACTOR_PAGE_LIMIT, Views

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "golden"
LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[^\W\d_]+")


def _ids(messages) -> set[tuple[str | None, tuple[str, ...]]]:
    return {(m.context, tuple(m.id) if isinstance(m.id, (tuple, list)) else (m.id,)) for m in messages if m.id}


def _read_catalog(path: Path, locale: str | None = None):
    with open(path, "rb") as f:
        return read_po(f, locale=locale)


POT = _read_catalog(LOCALE_DIR / "messages.pot")


def _extracted() -> set[tuple[str | None, tuple[str, ...]]]:
    """What `pybabel extract` with locale/babel.cfg finds in the code and the shipped themes."""
    keywords = dict(DEFAULT_KEYWORDS, N_=None)
    found = set()
    sources = (
        (ROOT / "generator" / "render", [("**.py", "python")], {}),
        (
            ROOT / "themes",
            [("**/templates/**.html", "jinja2")],
            {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}},
        ),
    )
    for folder, method_map, options in sources:
        for _file, _line, message, _comments, context in extract_from_dir(folder, method_map, options, keywords):
            found.add((context, tuple(message) if isinstance(message, (tuple, list)) else (message,)))
    return found


def test_messages_pot_holds_every_marked_string():
    extracted, pot = _extracted(), _ids(POT)
    assert extracted - pot == set(), "strings marked but not in messages.pot: see generator/render/locale/README.md"
    assert pot - extracted == set(), "messages.pot has strings nothing uses any more: extract it again"
    assert len(pot) > 80


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalog_translates_every_message(lang):
    catalog = _read_catalog(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po", lang)
    assert _ids(catalog) == _ids(POT), f"{lang}: run pybabel update (locale/README.md)"
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings) and "fuzzy" not in message.flags, f"{lang}: untranslated: {message.id!r}"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        allowed = {name for i in ids for name in PLACEHOLDER.findall(i)}
        for s in strings:  # a translation uses only the placeholders the English has (it may leave one out)
            assert set(PLACEHOLDER.findall(s)) <= allowed, f"{lang}: {message.id!r} -> {s!r}"
            assert s.count("%") == len(PLACEHOLDER.findall(s)), f"{lang}: a stray % in {s!r}"
            assert TAG.findall(s) == [] or sorted(TAG.findall(s)) == sorted(TAG.findall(ids[-1])), s
    assert list(catalog.check()) == []


def test_english_is_the_default_and_the_catalogs_are_found_by_language_tag():
    for language in ("en", "en-GB", "xx", "pt-BR"):
        assert type(load_translations(language)) is gettext.NullTranslations
    assert load_translations("de-AT") is load_translations("de-AT")
    assert load_translations("de-AT").gettext("Source:") == "Quelle:"
    assert load_translations("fr_CA").gettext("Source:") == "Source\u00a0:"
    assert catalog_names("pt-br") == ("pt_BR", "pt") and catalog_names("") == ()


def test_formatter_speaks_the_language():
    de, fr, en = Formatter("de"), Formatter("fr"), Formatter("en")
    assert de.ngettext("%(num)s event", "%(num)s events", 1234) == "1.234 Ereignisse"
    assert fr.ngettext("%(num)s event", "%(num)s events", 1234) == "1\u202f234 événements"
    assert fr.ngettext("%(num)s event", "%(num)s events", 0) == "0 événement"  # French: 0 and 1 are singular
    assert en.ngettext("%(num)s event", "%(num)s events", 1) == "1 event"
    assert de.fuzzy("2022-W14", "week") == "Woche vom 4. April 2022"
    assert fr.fuzzy("2022-W14", "week") == "Semaine du 4 avril 2022"
    assert de.group_label("2022-04", "month") == "April 2022 (ohne genauen Tag)"
    assert fr.group_label("2022", "year") == "2022 (jour non précisé)"
    assert en.group_label("2022-04", "month") == "April 2022 (no exact day)"


# ------------------------------------------------------------------ whole sites


class _Text(HTMLParser):
    """The interface text of a page: text nodes (not the article body, scripts or styles), the title,
    and the attributes people hear or read (aria-label, alt, title, placeholder, descriptions, and the
    filter's count sentence)."""

    SPOKEN = ("aria-label", "alt", "title", "placeholder", "data-status")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.lang: str | None = None
        self.stack: list[tuple[str, bool]] = []  # (tag, inside the article's own text)
        self.skip = 0

    def _body(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        classes = (a.get("class") or "").split()
        body = self._body() or "article-body" in classes
        if "evidence-key" in classes:
            body = False
        if tag not in ("meta", "link", "br", "img", "input", "hr"):
            self.stack.append((tag, body))
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "link":
            return  # feed titles are the site's and actors' names
        if tag == "meta" and (a.get("name") == "description" or a.get("property") in ("og:description", "og:title")):
            self.pieces.append(a.get("content") or "")
        for name in self.SPOKEN:
            if a.get(name) and not body:
                self.pieces.append(a[name])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and not self._body() and data.strip():
            self.pieces.append(data)


def _content(site: Path, root: Path) -> list[str]:
    """Strings that are content, not interface: longest first (a title may hold a name)."""
    config = (root / "content" / "site.yaml").read_text("utf-8")
    found = [m.group(1).strip() for m in re.finditer(r"(?m)^(?:title|description): (.*)$", config)]
    for e in json.loads((site / "data" / "entries.json").read_text("utf-8"))["entries"]:
        found += [e["title"], e["summary"], *e["places"], *e["sources_cited"]]
        found += [ev["text"] for ev in e["events"]] + [q["text"] for q in e["quotes"]]
        found += [e.get("source", {}).get("outlet", "")]
    # the happenings' short lines an editor wrote (the events' `summary:`)
    for path in (root / "content" / "entries").rglob("*.md"):
        found += re.findall(r"(?m)^  summary: (.*)$", path.read_text("utf-8"))
    for a in json.loads((site / "data" / "actors.json").read_text("utf-8"))["actors"]:
        found += [a["name"], a["role"], a["description"], *a["aliases"]]
    # names of formats and files, the generator's name: the same in every language
    found += [
        "timeline.json (TimelineJS3)",
        "entries.json",
        "happenings.json",
        "actors.json",
        "JSON Feed",
        "RSS",
        "Atom",
        "iCalendar",
    ]
    found += ["timeline-generator 0.1.0", "<code>seeds/</code>", "seeds/"]
    return sorted({s for s in found if s}, key=len, reverse=True)


def _english(lang: str) -> tuple[set[str], list[tuple[str, re.Pattern]]]:
    """Words of the English interface that the language does not also use; and, for each message
    whose translation differs, the English phrases it is made of that no translation has."""
    catalog = _read_catalog(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po", lang)

    def words(text: str) -> set[str]:
        return {w.lower() for w in WORD.findall(TAG.sub(" ", PLACEHOLDER.sub(" ", text)))}

    english, native, phrases = set(), set(), []
    translations = [s for m in catalog if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,))]
    for m in catalog:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for s in strings:
            native |= words(s)
        for i in ids:
            english |= words(i)
            if i in strings:
                continue
            for part in PLACEHOLDER.split(TAG.sub("\0", i))[::2]:
                for fragment in part.split("\0"):
                    fragment = fragment.strip(" ,;.·")
                    pattern = re.compile(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)")
                    if (
                        len(fragment) >= 4
                        and WORD.search(fragment)
                        and not any(pattern.search(t) for t in translations)
                    ):
                        phrases.append((fragment, pattern))
    return english - native, phrases


@pytest.fixture(scope="module", params=[(lang, theme) for theme in ("default", "broadsheet") for lang in LANGUAGES])
def translated_site(request, tmp_path_factory):
    lang, theme = request.param
    root = tmp_path_factory.mktemp(f"site-{lang}-{theme}")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    config = root / "content" / "site.yaml"
    text = re.sub(r"(?m)^language: en$", f"language: {lang}", config.read_text("utf-8"))
    config.write_text(text + f"theme: {theme}\n" if "theme:" not in text else text, "utf-8")
    report = build(root)
    assert not report.problems, [str(p) for p in report.problems]
    return lang, root


def test_a_german_or_french_site_shows_no_english_interface_word(translated_site):
    lang, root = translated_site
    site = root / "site"
    content = _content(site, root)
    english, phrases = _english(lang)
    assert {"source", "planned", "events", "month", "exact"} & english  # the check has teeth
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 8
    problems = []
    for page in pages:
        parser = _Text()
        parser.feed(page.read_text("utf-8"))
        assert parser.lang == lang, page
        for piece in parser.pieces:
            problems += [(page.name, word, piece) for word in _english_in(piece, content, english, phrases)]
    assert problems == []


def _english_in(piece: str, content: list[str], english: set[str], phrases: list[tuple[str, re.Pattern]]) -> list[str]:
    """The English interface words and phrases in a piece of text, once the content is taken out."""
    text = " ".join(piece.split())
    for c in content:
        text = text.replace(" ".join(c.split()), " ")
    return [w for w in WORD.findall(text) if w.lower() in english] + [f for f, p in phrases if p.search(text)]


def _feed_texts(site: Path) -> list[tuple[str, str]]:
    """What a subscriber reads in the feeds: titles, descriptions and every item's text (its HTML as
    text; addresses left out), and the calendar's name and its events' descriptions."""
    import feedparser
    from icalendar import Calendar

    found: list[tuple[str, str]] = []
    for path in sorted((site / "feeds").rglob("*.xml")):
        feed = feedparser.parse(path.read_bytes())
        found += [(path.name, feed.feed.get("title", "")), (path.name, feed.feed.get("subtitle", ""))]
        for item in feed.entries:
            found += [(path.name, item.get("summary", ""))] + [(path.name, c.value) for c in item.get("content", [])]
    for item in json.loads((site / "feeds" / "feed.json").read_text("utf-8"))["items"]:
        found.append(("feed.json", item["content_html"]))
    calendar = Calendar.from_ical((site / "feeds" / "planned.ics").read_bytes())
    found.append(("planned.ics", str(calendar["x-wr-calname"])))
    found += [("planned.ics", str(event["description"])) for event in calendar.walk("VEVENT")]
    assert len(found) > 20 and all(text for _, text in found[-3:])
    return [(name, re.sub(r"https?://\S+", " ", html.unescape(TAG.sub(" ", text)))) for name, text in found]


def test_the_feeds_of_a_german_or_french_site_speak_its_language(translated_site):
    """The feeds' items (their happenings, actors and source), the actors' feeds' descriptions and the
    calendar's name and descriptions: no English interface word, as on the pages."""
    lang, root = translated_site
    site = root / "site"
    content, (english, phrases) = _content(site, root), _english(lang)
    problems = [
        (name, word, text) for name, text in _feed_texts(site) for word in _english_in(text, content, english, phrases)
    ]
    assert problems == []
    feed = json.loads((site / "feeds" / "feed.json").read_text("utf-8"))
    items = "".join(item["content_html"] for item in feed["items"])
    labels = {
        "de": ("<p>Akteure: Ada Lovelace</p>", "<p>Quelle: <a ", ">2 Quellen</a>", "<li>2023: She began"),
        "fr": ("<p>Acteurs\u00a0: Ada Lovelace</p>", "<p>Source\u00a0: <a ", ">2 sources</a>", "<li>2023\u00a0: She"),
    }
    for label in labels[lang]:
        assert label in items, (lang, label)


def test_dates_and_numbers_are_the_languages(translated_site):
    lang, root = translated_site
    index = (root / "site" / "index.html").read_text("utf-8")
    entry = (root / "site" / "entries" / "2024-03-09-lovelace-publishes.html").read_text("utf-8")
    leap_day, published = dt.date(2024, 2, 29), dt.date(2024, 3, 9)
    assert format_date(leap_day, "long", locale=lang) in index  # '29. Februar 2024', '29 février 2024'
    assert format_date(leap_day, "long", locale="en") not in index
    assert format_date(published, "long", locale=lang) in entry
    assert {"de": "März 2024", "fr": "mars 2024"}[lang] in index
    words = {
        # six events in three articles, two of them one happening: five items
        "de": ("Woche vom 4. März 2024", "5 Ereignisse aus 3 Artikeln"),
        "fr": ("Semaine du 4 mars 2024", "5 événements dans 3 articles"),
    }
    for phrase in words[lang]:
        assert phrase in index
    status = re.search(r'data-status="([^"]*)"', index)
    assert (
        status
        and status.group(1)
        == {
            "de": "{shown} von {total} Ereignissen angezeigt.",
            "fr": "{shown} événements affichés sur {total}.",
        }[lang]
    )


def test_the_scripts_count_follows_the_page():
    js = (ROOT / "themes" / "default" / "static" / "timeline.js").read_text("utf-8")
    assert 'getAttribute("data-status")' in js and "toLocaleString" in js
    assert "Showing " not in js.replace('"Showing {shown} of {total} events."', "")  # only the fallback


def test_the_notes_of_a_long_actor_page_are_translated():
    """More events and quotes than an actor page lists: its notes, whose nouns differ in gender in French."""
    from test_views import entry, make

    n = ACTOR_PAGE_LIMIT + 5
    entries = [
        entry(
            i,
            dt.date(2022, 4, 6),
            events=(Event("2022-04-05", "day", f"E{i}.", ("nato",)),),
            quotes=(Quote("nato", f"Q{i}", "it said"),),
        )
        for i in range(n)
    ]
    theme = find_theme(ROOT / "themes", "default")
    for lang, want in (
        ("en", ("The 200 most recent are listed; the timeline has them all.", "The 200 most recent are listed.")),
        ("de", ("Die 200 neuesten sind aufgeführt; die Zeitleiste enthält alle.", "Die 200 neuesten sind aufgeführt.")),
        ("fr", ("Les 200 plus récents sont affichés\u00a0;", "Les 200 plus récentes sont affichées.")),
    ):
        page = Views(make(entries, language=lang, timeline_page_size=5000)).actor_page_by_slug("nato")
        html = render_page(make_environment(theme, language=lang), page).data.decode("utf-8")
        for phrase in want:
            assert phrase in html, (lang, phrase)


def test_a_changed_translation_renders_the_pages_again(tmp_path, monkeypatch):
    """The catalogs are part of the code's fingerprint, which every page's key holds."""
    import generator.incremental.state as state

    (tmp_path / "render" / "locale" / "de" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "render" / "views.py").write_text("x = 1\n", "utf-8")
    po = tmp_path / "render" / "locale" / "de" / "LC_MESSAGES" / "messages.po"
    po.write_text('msgid "Source:"\nmsgstr "Quelle:"\n', "utf-8")
    monkeypatch.setattr(state, "PACKAGE", tmp_path)
    before = state.code_fingerprint.__wrapped__()
    po.write_text('msgid "Source:"\nmsgstr "Herkunft:"\n', "utf-8")
    assert state.code_fingerprint.__wrapped__() != before


def test_a_feed_item_names_its_source_and_author_in_the_sites_language():
    from dataclasses import replace

    from test_views import entry, make

    from generator.render.feeds import Feeds

    story = replace(entry(1, dt.date(2022, 4, 6)), url="https://news.example/a", outlet="Daily", author="Jo Doe")
    want = {
        "en": 'Source: <a href="https://news.example/a">Daily</a>, by Jo Doe',
        "de": 'Quelle: <a href="https://news.example/a">Daily</a>, von Jo Doe',
        "fr": 'Source\u00a0: <a href="https://news.example/a">Daily</a>, par Jo Doe',
    }
    for lang, origin in want.items():
        assert f"<p>{origin}</p>" in Feeds(make([story], language=lang)).content(story), lang
