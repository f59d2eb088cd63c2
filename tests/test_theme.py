"""Every page kind renders with its context; the timeline keeps the filter's DOM contract; the
404 page stands alone; a second theme overrides some templates and the CSS and falls back to
default for the rest."""

from __future__ import annotations

import datetime as dt
import html.parser
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from generator.build import build
from generator.core.model import Actor, Entry, Event, Quote, SiteConfig
from generator.render import urls
from generator.render.outputs import OUTPUT_KINDS, PAGE_CONTEXTS
from generator.render.pages import render_page
from generator.render.plan import plan_jobs
from generator.render.theme import BUILTIN_THEMES, find_theme, make_environment
from generator.render.views import Views
from generator.site.sitemodel import make_site

ACTORS = {
    "nato": Actor("nato", "NATO", "organization", ("NATO",), links=("https://www.nato.int/",)),
    "jens-stoltenberg": Actor(
        "jens-stoltenberg", "Jens Stoltenberg", "person", ("Stoltenberg", "the NATO chief"), role="Secretary-General"
    ),
    "ukraine": Actor("ukraine", "Ukraine", "country", ("Kyiv",)),
    "bucha": Actor("bucha", "Bucha <massacre>", "other", ()),
}


def site(**config):
    e1 = Entry(
        slug="2022-04-06-a",
        path="entries/2022/2022-04-06-a.md",
        title="NATO meets & talks",
        date=dt.date(2022, 4, 6),
        summary="Ministers met.",
        actors=("nato", "jens-stoltenberg", "ukraine", "bucha"),
        places=("Brussels",),
        sources_cited=("CNN",),
        events=(
            Event("2022-04-05", "day", "NATO met in Brussels.", ("nato", "ukraine")),
            Event("2022-W14", "week", "A <busy> week.", ("jens-stoltenberg",), status="planned"),
            Event("2022", "year", "Support will grow.", ("bucha",)),
        ),
        quotes=(Quote("jens-stoltenberg", "We stand together,", "he said"), Quote(None, "Nobody knows.")),
        body='NATO met in Brussels. The NATO chief said: "We stand together," he said.\n\n## More\n\nNobody knows.',
    )
    e2 = Entry(
        slug="2022-04-07-b",
        path="entries/2022/2022-04-07-b.md",
        title="Second",
        date=dt.date(2022, 4, 7),
        actors=("ukraine",),
        events=(Event("2022-02-24", "day", "The invasion began.", ("ukraine",)),),
        body="The invasion began.",
    )
    s, _ = make_site(SiteConfig(title="Test timeline", base_url="https://example.org/t/", **config), (e1, e2), ACTORS)
    return s


class Doc(html.parser.HTMLParser):
    """Just enough of a DOM: elements with their attributes, and the ids."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def find(self, tag=None, **attrs):
        return [
            a
            for t, a in self.elements
            if (tag is None or t == tag) and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def ids(self):
        return [a["id"] for _, a in self.elements if "id" in a]


@pytest.fixture(scope="module")
def rendered():
    theme = find_theme(Path("/nonexistent-project-themes"), "default")
    css = (BUILTIN_THEMES / "default" / "static" / "style.css").read_text(encoding="utf-8")
    env = make_environment(theme)
    pages = every_page(Views(site(), stylesheet=css))
    return {p.path: (p, render_page(env, p).data.decode("utf-8")) for p in pages}


def every_page(views: Views):
    """Every page of the site, as the producer makes them: the planner's jobs of the page kinds,
    each through its kind's view (``outputs.OUTPUT_KINDS``)."""
    jobs = plan_jobs(views.site, {}, "", (), keyed=False)
    return tuple(OUTPUT_KINDS[j.kind].view(views, j) for j in jobs if OUTPUT_KINDS[j.kind].view is not None)


def test_every_page_kind_renders(rendered):
    kinds = Counter(page.template for page, _ in rendered.values())
    assert set(kinds) == set(PAGE_CONTEXTS)
    for path, (page, text) in rendered.items():
        assert isinstance(page.context, PAGE_CONTEXTS[page.template]), path
        assert text.startswith("<!DOCTYPE html>") and text.endswith("</html>\n"), path
        ids = Doc(text).ids()
        dupes = [i for i, n in Counter(ids).items() if n > 1]
        assert not dupes, f"{path}: duplicate ids {dupes}"
        assert "<busy>" not in text and "<massacre>" not in text, f"{path}: text not escaped"


def test_rendering_is_deterministic(rendered):
    theme = find_theme(Path("/nonexistent-project-themes"), "default")
    env = make_environment(theme)
    again = {
        p.path: render_page(env, p).data.decode("utf-8")
        for p in every_page(Views(site(), stylesheet=""))
        if p.path != urls.NOT_FOUND
    }
    assert again == {k: v for k, (_, v) in rendered.items() if k != urls.NOT_FOUND}


def test_timeline_keeps_the_filter_contract(rendered):
    doc = Doc(rendered[urls.INDEX][1])
    assert doc.find("form", id="timeline-filter")
    assert doc.find("select", id="filter-actor") and doc.find("select", id="filter-kind")
    assert doc.find("input", id="filter-text", type="search")
    options = [a.get("value") for t, a in doc.elements if t == "option"]
    assert options[0] == "" and {"nato", "ukraine", "jens-stoltenberg", "bucha"} <= set(options)
    assert {"", "person", "organization", "country", "other"} <= set(options)
    events = [a for t, a in doc.elements if t == "li" and "event" in a.get("class", "").split()]
    assert len(events) == 4
    assert all("data-actors" in e and "data-kinds" in e for e in events)
    assert {"data-actors": "nato ukraine", "data-kinds": "country organization"}.items() <= next(
        e for e in events if e["data-actors"] == "nato ukraine"
    ).items()
    ids = doc.ids()
    assert {"m2022-02", "m2022-04", "d2022-04-05", "w2022-W14", "d2022-02-24"} <= set(ids)


def test_entry_page_shows_where_facts_came_from(rendered):
    text = rendered[urls.entry_page("2022-04-06-a")][1]
    event_id = re.search(r'<mark id="src-(e[0-9a-f]{10})" class="evidence-event">NATO met in Brussels.</mark>', text)[1]
    assert f'href="#src-{event_id}"' in text and f'<li class="event" id="{event_id}"' in text
    assert '<span id="event-1" class="old-anchor"></span>' in text  # links saved before ids were stable
    # the speaker and the link to the sentence are separate elements, not run together
    assert re.search(
        r'<span class="speaker"><a href="../actors/jens-stoltenberg.html">Jens Stoltenberg</a></span>\s*'
        r'<span class="source"><a href="#src-quote-1">Show in the article</a></span>',
        text,
    )
    assert "Unattributed" in text


def test_actor_page(rendered):
    text = rendered[urls.actor_page("jens-stoltenberg")][1]
    for expected in (
        "Secretary-General",
        "Stoltenberg; the NATO chief",
        "1 shared article",
        'class="chart',
        "We stand together",
    ):
        assert expected in text, expected
    assert 'href="nato.html"' in text


def test_404_stands_alone(rendered):
    text = rendered[urls.NOT_FOUND][1]
    assert '<link rel="stylesheet"' not in text and "<style>" in text and ".skip-link" in text
    assert "<script" not in text
    hrefs = re.findall(r'<a [^>]*href="([^"]+)"', text)
    assert hrefs and all(h.startswith(("https://example.org/t/", "#")) for h in hrefs), hrefs


def test_404_without_inline_css_still_links_the_stylesheet():
    env = make_environment(find_theme(Path("/nonexistent-project-themes"), "default"))
    text = render_page(env, Views(site()).not_found()).data.decode("utf-8")
    assert '<link rel="stylesheet" href="https://example.org/t/static/style.css">' in text


def test_second_theme_overrides_some_templates_and_falls_back_for_the_rest(tmp_path):
    root = tmp_path / "project"
    entries = root / "content" / "entries" / "2022"
    entries.mkdir(parents=True)
    (root / "content" / "site.yaml").write_text(
        "title: Broadsheet test\ntheme: broadsheet\nbase_url: https://example.org/b/\n", encoding="utf-8"
    )
    (root / "content" / "actors.yaml").write_text(
        "nato:\n  name: NATO\n  kind: organization\n  aliases: [NATO]\n", encoding="utf-8"
    )
    (entries / "2022-04-06-nato-meets.md").write_text(
        "---\ntitle: NATO meets\ndate: 2022-04-06\nactors: [nato]\nevents:\n- date: 2022-04-05\n"
        "  text: NATO met in Brussels.\n  actors: [nato]\n---\nNATO met in Brussels.\n",
        encoding="utf-8",
    )
    report = build(root)
    assert not report.errors, report.errors
    out = root / "site"
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="masthead"' in index and "theme-broadsheet" in index  # broadsheet's base.html
    assert 'id="timeline-filter"' in index and 'data-actors="nato"' in index  # default's timeline.html
    actors = (out / "actors" / "index.html").read_text(encoding="utf-8")
    assert 'class="directory"' in actors  # broadsheet's actors.html
    entry = (out / "entries" / "2022-04-06-nato-meets.html").read_text(encoding="utf-8")
    assert (
        'class="masthead"' in entry and 'class="evidence-event"' in entry
    )  # default's entry.html in broadsheet's frame
    css = (out / "static" / "style.css").read_bytes()
    assert css == (BUILTIN_THEMES / "default" / "static" / "style.css").read_bytes()  # default's, as a fallback
    added = (out / "static" / "broadsheet.css").read_bytes()
    assert added == (BUILTIN_THEMES / "broadsheet" / "static" / "broadsheet.css").read_bytes()
    assert (
        '<link rel="stylesheet" href="../static/style.css">\n<link rel="stylesheet" href="../static/broadsheet.css">'
        in entry
    )
    assert (out / "static" / "timeline.js").read_bytes() == (
        BUILTIN_THEMES / "default" / "static" / "timeline.js"
    ).read_bytes()
    not_found = (out / "404.html").read_text(encoding="utf-8")
    assert 'class="masthead"' in not_found and ".masthead {" in not_found  # broadsheet's CSS, inlined


def test_tidy_drops_blank_lines_and_trailing_space_outside_pre():
    from generator.render.pages import _tidy

    assert _tidy("  <p>a</p>  \n\n \t\n    <p>b</p>\r\n") == "  <p>a</p>\n    <p>b</p>\n"
    assert _tidy("<div>\n  <pre>  x  \n\n y </pre>  \n</div>") == "<div>\n<pre>  x  \n\n y </pre>\n</div>\n"
    assert _tidy("") == "\n"
    assert _tidy("x\u2028 \x1c\n\u00a0\ny") == "x\ny\n"  # str.strip's whitespace, not just ASCII


def test_template_output_escapes_with_jinja_and_markupsafe_themselves():
    """The theme's templates are Jinja's own, escaping with markupsafe's public escape (no private API)."""
    import jinja2
    import markupsafe

    env = make_environment(find_theme(Path(__file__).resolve().parent.parent / "themes", "default"))
    template = env.from_string(
        "{{ a }}|{{ b }}|{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(a) }}|{% set s %}{{ a }}{% endset %}{{ s }}"
    )
    assert type(template) is jinja2.Template
    assert template.root_render_func.__globals__["escape"] is markupsafe.escape
    assert template.render(a="<&>", b=markupsafe.Markup("<br>")) == "&lt;&amp;&gt;|<br>|<&lt;&amp;&gt;>|&lt;&amp;&gt;"


def test_an_unnamed_source_is_shown_as_such_on_the_entry_page():
    """A quote with no speaker and a 'source:' shows that description, marked as an unnamed source
    (escaped, in the site's language); one with neither stays 'Unattributed'."""
    e = Entry(
        slug="2022-04-06-a",
        path="entries/2022/2022-04-06-a.md",
        title="T",
        date=dt.date(2022, 4, 6),
        quotes=(Quote(None, "We will not retreat.", "a senior official said", "a senior <defense> official"),),
        body='"We will not retreat," a senior official said.',
    )
    theme = find_theme(Path("/nonexistent-project-themes"), "default")
    for language, shown in (
        ("en", "a senior &lt;defense&gt; official (unnamed source)"),
        ("de", "a senior &lt;defense&gt; official (ungenannte Quelle)"),
    ):
        s, _ = make_site(SiteConfig(title="T", language=language), (e,), ACTORS)
        page = Views(s).entry_page_by_slug(e.slug)
        text = render_page(make_environment(theme, language=language), page).data.decode("utf-8")
        assert f'<span class="speaker">{shown}</span>' in text
    s, _ = make_site(SiteConfig(title="T"), (replace(e, quotes=(Quote(None, "We will not retreat."),)),), ACTORS)
    text = render_page(make_environment(theme), Views(s).entry_page_by_slug(e.slug)).data.decode("utf-8")
    assert '<span class="speaker">Unattributed</span>' in text
