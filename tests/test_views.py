"""Site -> page contexts: pagination by year and month, caps, formatting, links, and no
per-page scans of the whole timeline."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from generator.core.model import Actor, Entry, Event, Quote, SiteConfig
from generator.render import urls, views
from generator.render.views import ACTOR_PAGE_LIMIT, Views, display_quote, timeline_periods
from generator.site.sitemodel import make_site

ACTORS = {
    "nato": Actor("nato", "NATO", "organization", ("NATO",)),
    "jens-stoltenberg": Actor(
        "jens-stoltenberg",
        "Jens Stoltenberg",
        "person",
        ("Stoltenberg",),
        role="Secretary-General",
        description="Head of NATO.",
    ),
    "ukraine": Actor("ukraine", "Ukraine", "country", ("Kyiv",)),
}


def entry(i: int, day: dt.date, events=(), quotes=(), actors=("nato",)) -> Entry:
    return Entry(
        slug=f"{day.isoformat()}-story-{i}",
        path=f"entries/{day.year}/{day.isoformat()}-story-{i}.md",
        title=f"Story {i}",
        date=day,
        summary=f"Summary {i}",
        actors=tuple(actors),
        events=tuple(events),
        quotes=tuple(quotes),
        body=f"Body of story {i}. NATO met.",
    )


def make(entries, **config):
    site, problems = make_site(SiteConfig(**config), tuple(entries), ACTORS)
    assert not [p for p in problems if p.severity == "error"], problems
    return site


def small_site(**config):
    e1 = entry(
        1,
        dt.date(2022, 4, 6),
        events=(
            Event("2022-04-05", "day", "NATO met.", ("nato", "ukraine")),
            Event("2022-W14", "week", "A busy week.", ("jens-stoltenberg",), status="planned"),
        ),
        quotes=(Quote("jens-stoltenberg", "We stand together,", "he said"),),
        actors=("nato", "jens-stoltenberg", "ukraine"),
    )
    e2 = entry(2, dt.date(2022, 4, 7), events=(Event("2022-02-24", "day", "The invasion began.", ("ukraine",)),))
    return make([e1, e2], **config)


def test_one_page_when_small():
    site = small_site()
    assert [(p, per) for p, per, _ in timeline_periods(site)] == [(urls.INDEX, "")]


def test_split_by_year_then_month_with_year_only_events_on_the_year_page():
    entries = []
    for i in range(30):
        day = dt.date(2022, 1 + i % 6, 1 + i % 27)
        entries.append(
            entry(
                i,
                day,
                events=(
                    Event(day.isoformat(), "day", f"Day event {i}.", ("nato",)),
                    Event("2022", "year", f"Year event {i}.", ("nato",)),
                ),
            )
        )
    entries.append(entry(99, dt.date(2021, 5, 1), events=(Event("2021-05-01", "day", "Early.", ("nato",)),)))
    site = make(entries, timeline_page_size=20)
    periods = timeline_periods(site)
    names = [per for _, per, _ in periods]
    assert names[:2] == ["2021", "2022"]  # 2021 is small: one page; 2022 is split
    assert names[2:] == [f"2022-{m:02d}" for m in range(1, 7)]
    year_page = dict((per, evs) for _, per, evs in periods)["2022"]
    assert len(year_page) == 30 and {h.precision for h in year_page} == {"year"}
    jan = dict((per, evs) for _, per, evs in periods)["2022-01"]
    assert all(h.precision != "year" for h in jan)
    assert sum(len(evs) for _, _, evs in periods) == len(site.events)  # nothing lost, nothing twice

    v = Views(site)
    pages = {p.path: p.context for p in v.timeline_pages()}
    assert set(pages) == {urls.INDEX} | {urls.timeline_page(n) for n in names}
    front = pages[urls.INDEX]
    assert front.period_label == "June 2022" and [p.label for p in front.periods if p.current] == ["June 2022"]
    assert [p.label for p in front.periods][1] == "2022, month not known"
    assert pages[urls.timeline_page("2022-03")].periods[0].href == "2021.html"


def test_the_front_page_repeats_the_newest_period_that_is_not_all_ahead_of_the_articles():
    """A far-ahead date (a target year, or a misread "the worst in 200 years") must not make a lone
    planned item the whole front page: it repeats the newest period reported by then; the year
    ahead keeps its own page."""
    entries = [
        entry(i, dt.date(2021 + i % 2, 3, 1), events=(Event(f"{2021 + i % 2}-03-01", "day", f"E{i}.", ("nato",)),))
        for i in range(6)
    ]
    entries.append(entry(9, dt.date(2022, 3, 2), events=(Event("2210", "year", "Ahead.", ("nato",)),)))
    site = make(entries, timeline_page_size=3)
    pages = {p.path: p.context for p in Views(site).timeline_pages()}
    assert urls.timeline_page("2210") in pages
    front = pages[urls.INDEX]
    assert front.period_label == "2022" and [p.label for p in front.periods if p.current] == ["2022"]
    every_period_ahead = make(entries[-1:] + [entry(8, dt.date(2022, 3, 1))], timeline_page_size=0)
    assert views.front_period(timeline_periods(every_period_ahead), every_period_ahead)[1] == "2210"


def test_timeline_pages_do_not_rescan_the_site(monkeypatch):
    entries = [
        entry(i, dt.date(2022, 1 + i % 12, 1), events=(Event(f"2022-{1 + i % 12:02d}-01", "day", f"E{i}.", ("nato",)),))
        for i in range(60)
    ]
    site = make(entries, timeline_page_size=10)
    calls = []
    real = views.timeline_periods
    monkeypatch.setattr(views, "timeline_periods", lambda s: calls.append(1) or real(s))
    v = Views(site)
    for path, _, _ in real(site):
        v.timeline_page(path)
    v.timeline_page(urls.INDEX)
    assert len(calls) == 1
    assert v.timeline_page(urls.INDEX).context.chart is v.timeline_page(urls.timeline_page("2022-01")).context.chart


@pytest.mark.parametrize("language", ["en", "de", "fr"])
@pytest.mark.parametrize("reference", ["", "statictrans"])
def test_happening_labels_are_what_the_template_gettext_gave(language, reference, monkeypatch):
    """sources_heading, reports_label and date_note are made by the view once per happening and folder:
    the same Markup that _() and ngettext() gave in the template, in each language, with the interface's
    words translated when the template compiles (statictrans) or when it renders (its reference)."""
    from generator.core import fastpaths
    from generator.core.paths import BUILTIN_THEMES
    from generator.render.formatting import Formatter
    from generator.render.theme import find_theme, make_environment

    # labels with characters to escape, as an outlet's or a translator's words might have
    monkeypatch.setattr(Formatter, "span", lambda self, value, *rest: f"<{value}> & co")
    monkeypatch.setattr(Formatter, "number", lambda self, n: f"<{n}>")
    monkeypatch.setenv(fastpaths.VARIABLE, reference)
    fastpaths.reset()
    try:
        site = small_site(language=language)
        ctx = Views(site).timeline_page(urls.INDEX).context
        env = make_environment(find_theme(BUILTIN_THEMES, "default"), language=language)
    finally:
        monkeypatch.delenv(fastpaths.VARIABLE)
        fastpaths.reset()
    template = env.from_string(
        '{{ _("%(sources)s:", sources=h.sources_label) }}|'
        '{{ ngettext("The sentence as reported", "The sentences as reported", h.reports | length) }}|'
        "{% for r in h.reports %}{% if r.planned %}{{ _('planned for %(date)s', date=r.event_date_label) }}"
        "{% else %}{{ _('dated %(date)s', date=r.event_date_label) }}{% endif %}{% endfor %}"
    )
    items = [h for m in ctx.months for d in m.days for h in d.happenings]
    assert any(h.planned for h in items) and any(not h.planned for h in items)
    for h in items:
        shown = f"{h.sources_heading}|{h.reports_label}|{''.join(r.date_note for r in h.reports)}"
        assert shown == template.render(h=h)
        assert "&lt;" in shown and "<" not in shown  # escaped once, as in the template


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_chips_html_is_what_the_actor_chips_macro_made(language):
    """HappeningView.chips_html and EventView.chips_html are the default theme's actor_chips(actors), byte for byte."""
    from generator.core.paths import BUILTIN_THEMES
    from generator.render.theme import find_theme, make_environment

    site = small_site(language=language)
    v = Views(site)
    env = make_environment(find_theme(BUILTIN_THEMES, "default"), language=language)
    template = env.from_string('{% from "_macros.html" import actor_chips %}{{ actor_chips(x.actors) }}')
    ctx = v.timeline_page(urls.INDEX).context
    items = [h for m in ctx.months for d in m.days for h in d.happenings]
    items += [ev for e in site.entries for ev in v.entry_page_by_slug(e.slug).context.entry.events]
    assert items and all(x.chips_html for x in items)
    for x in items:
        assert x.chips_html == template.render(x=x)
    assert v.chips_html(()) == template.render(x={"actors": ()}) == ""


def test_happening_views_carry_the_filter_data_and_relative_links():
    site = small_site()
    ctx = Views(site).timeline_page(urls.INDEX).context
    items = [h for m in ctx.months for d in m.days for h in d.happenings]
    met = next(h for h in items if h.line == "NATO met.")
    event_id = next(p.id for p in site.events if p.event.text == "NATO met.")
    assert met.data_actors == "nato ukraine" and met.data_kinds == "country organization"
    assert [r.source.href for r in met.reports] == [f"entries/2022-04-06-story-1.html#{event_id}"]
    assert met.anchor == f"h-{event_id}" and met.href == f"index.html#h-{event_id}"
    assert [a.href for a in met.actors] == ["actors/nato.html", "actors/ukraine.html"]
    assert met.sources_label == "1 source" and met.differ == ""
    week = next(h for h in items if h.precision == "week")
    assert week.planned and week.date_label == "Week of April 4, 2022"
    assert [m.anchor for m in ctx.months] == ["m2022-02", "m2022-04"]
    assert [d.anchor for d in ctx.months[1].days] == ["w2022-W14", "d2022-04-05"]
    assert ctx.heading == "Timeline" or ctx.heading == site.config.title
    assert ctx.stats == "3 events from 2 articles"
    assert {o.slug: o.label for o in ctx.actor_options}["nato"] == "NATO (1)"


def test_actor_page_who_they_are_and_who_they_appear_with():
    site = small_site()
    page = Views(site).actor_page_by_slug("jens-stoltenberg")
    a = page.context.actor
    assert (a.kind_label, a.role, a.description, a.aliases) == (
        "Person",
        "Secretary-General",
        "Head of NATO.",
        ("Stoltenberg",),
    )
    assert [(c.actor.slug, c.count, c.count_label) for c in a.co_actors] == [
        ("nato", 1, "1 shared article"),
        ("ukraine", 1, "1 shared article"),
    ]
    assert a.co_actors[0].actor.href == "nato.html"
    assert a.quotes[0].text == "We stand together"  # the comma that led into "he said" is dropped
    assert a.quotes[0].source_href == "../entries/2022-04-06-story-1.html#quote-1"
    assert a.stats == "1 event and 1 quote in 1 article"
    assert [h.line for h in a.happenings] == ["A busy week."]
    assert a.chart.svg and "April 2022" in a.chart.summary


def test_actor_page_lists_are_capped():
    n = ACTOR_PAGE_LIMIT + 15
    entries = [
        entry(
            i,
            dt.date(2020, 1, 1) + dt.timedelta(days=i),
            events=(Event((dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(), "day", f"E{i}.", ("nato",)),),
            quotes=(Quote("nato", f"Q{i}"),),
        )
        for i in range(n)
    ]
    a = Views(make(entries)).actor_page_by_slug("nato").context.actor
    assert (len(a.happenings), a.happenings_total, len(a.quotes), a.quotes_total, len(a.entries), a.entries_total) == (
        ACTOR_PAGE_LIMIT,
        n,
        ACTOR_PAGE_LIMIT,
        n,
        ACTOR_PAGE_LIMIT,
        n,
    )
    assert a.happenings[-1].line == f"E{n - 1}."  # the newest are kept, in date order
    assert a.quotes[0].text == f"Q{n - 1}"  # quotes newest first
    assert a.happenings_label == "215"


def test_numbers_and_dates_follow_the_language():
    entries = [
        entry(i, dt.date(2022, 4, 6), events=(Event("2022-04-05", "day", f"E{i}.", ("nato",)),)) for i in range(1200)
    ]
    v = Views(make(entries, language="de", timeline_page_size=5000))
    ctx = v.timeline_page(urls.INDEX).context
    assert ctx.stats == "1.200 Ereignisse aus 1.200 Artikeln"  # the words are German too (issue #16)
    assert ctx.months[0].label == "April 2022" and ctx.months[0].days[0].label == "5. April 2022"
    assert v.actor_page_by_slug("nato").context.actor.happenings_label == "1.200"


def test_entry_page_marks_the_evidence():
    site = small_site()
    view = Views(site).entry_page_by_slug("2022-04-06-story-1").context.entry
    met = next(ev for ev in view.events if ev.text == "NATO met.")
    assert met.old_anchor == "event-1" and met.anchor.startswith("e")
    assert f"src-{met.anchor}" in view.marked
    assert f'<mark id="src-{met.anchor}" class="evidence-event">NATO met.</mark>' in view.body_html
    assert view.next.href == "2022-04-07-story-2.html" and view.previous is None


def test_not_found_inlines_the_stylesheet_safely_and_links_absolutely():
    site = small_site(base_url="https://example.org/t/")
    ctx = Views(site, stylesheet="body{color:red}</style><script>x</script>").not_found().context
    assert "</style>" not in ctx.inline_css and "body{color:red}" in ctx.inline_css
    assert (
        ctx.site.home_href == "https://example.org/t/"
        and ctx.site.actors_href == "https://example.org/t/actors/index.html"
    )


@pytest.mark.parametrize(
    "text,shown", [("We stand together,", "We stand together"), ("Fine.", "Fine."), ("  spaced   out:", "spaced out")]
)
def test_display_quote(text, shown):
    assert display_quote(text) == shown


def test_dates_as_people_write_them():
    """A range as a range, at the month's full name, in the site's language; 'or' in its words."""
    from generator.render.formatting import Formatter

    en, de, fr = Formatter("en-GB"), Formatter("de"), Formatter("fr")
    assert en.span("2022-04-05", "day", "2022-04-06") == "5–6 April 2022"
    assert (
        en.span("2022-04-30", "day", "2022-05-02") == "30 April\u2009–\u20092 May 2022"
    )  # CLDR: thin spaces around the dash
    assert de.span("2022-04-05", "day", "2022-04-06") == "5.–6. April 2022"
    assert fr.span("2022-04", "month", "2022-05").replace("\u2009", " ") == "avril – mai 2022"
    assert en.span("2022-04-05", "day") == en.span("2022-04-05", "day", "2022-04-05") == "5 April 2022"
    assert en.span("2022-04-06", "day", "2022-04-05") == "6 April 2022"  # an end before the start is ignored
    assert de.one_of(["5. April", "6. April"]) == "5. April oder 6. April"


def _two_reports(**config):
    """Two articles report one meeting (a shared happening id) on different days; one also plans it."""
    meets = "2022-04-06-nato-ministers-meet"
    e1 = entry(
        1,
        dt.date(2022, 4, 6),
        events=(Event("2022-04-06", "day", "NATO ministers met on Wednesday.", ("nato",), happening=meets),),
    )
    e2 = entry(
        2,
        dt.date(2022, 4, 8),
        events=(
            Event("2022-04-07", "day", "The ministers met on Thursday, Kyiv said.", ("ukraine",), happening=meets),
            Event("2022-04-05", "day", "Stoltenberg spoke.", ("jens-stoltenberg",), end_date="2022-04-06"),
        ),
        actors=("nato", "ukraine", "jens-stoltenberg"),
    )
    return make([e1, e2], **config)


def test_reports_of_one_happening_are_one_item_citing_every_source():
    site = _two_reports(language="en-GB")
    v = Views(site)
    ctx = v.timeline_page(urls.INDEX).context
    items = [h for m in ctx.months for d in m.days for h in d.happenings]
    assert len(items) == 2 and ctx.stats == "2 events from 2 articles"
    met = next(h for h in items if h.anchor == "h-2022-04-06-nato-ministers-meet")
    assert met.line == "NATO ministers met on Wednesday." and met.sources_label == "2 sources"
    assert met.differ == "Sources differ: 6 April 2022 or 7 April 2022"
    assert [r.source.text for r in met.reports] == ["Story 1", "Story 2"]
    assert [r.text for r in met.reports][1] == "The ministers met on Thursday, Kyiv said."
    assert met.data_actors == "nato ukraine"
    spoke = next(h for h in items if h is not met)
    assert spoke.date_label == "5–6 April 2022" and spoke.differ == ""
    day = next(d for m in ctx.months for d in m.days if spoke in d.happenings)
    assert day.label == "5–6 April 2022" and day.anchor == "d2022-04-05-2022-04-06"
    # the entry page: each event says which happening it reports and who else does
    page = v.entry_page_by_slug("2022-04-08-story-2").context.entry
    ref = next(ev.happening for ev in page.events if ev.text.startswith("The ministers"))
    assert ref.line == met.line and ref.others == 1 and ref.others_label == "Also reported by 1 other source"
    assert ref.href == "../index.html#h-2022-04-06-nato-ministers-meet"
    # an actor page lists the happening once, whichever report names the actor
    ukraine = v.actor_page_by_slug("ukraine").context.actor
    assert [h.line for h in ukraine.happenings] == [met.line] and ukraine.happenings[0].href == met.href.replace(
        "index.html", "../index.html"
    )


def test_the_filter_data_covers_every_page_and_links_to_the_items():
    from generator.render.filterdata import VARIABLE, happenings_script

    entries = [
        entry(i, dt.date(2022, 1 + i % 3, 1), events=(Event(f"2022-{1 + i % 3:02d}-01", "day", f"E{i}.", ("nato",)),))
        for i in range(9)
    ]
    site = make(entries, timeline_page_size=4)
    out = happenings_script(site)
    assert out.path == urls.HAPPENINGS_SCRIPT
    prefix = f"window.{VARIABLE} = "
    text = out.data.decode()
    assert text.startswith(prefix) and text.endswith(";\n")
    data = json.loads(text[len(prefix) : -2])
    assert data["pages"] == [urls.timeline_page(f"2022-{m:02d}") for m in (1, 2, 3)]
    assert len(data["items"]) == 9 and (data["actors"], data["kinds"]) == (["nato"], ["organization"])
    assert len(data["dates"]) == 3  # each date written once
    v = Views(site)
    for page_index, anchor, date, line, actors in data["items"]:
        ctx = v.timeline_page(data["pages"][page_index]).context
        shown = {h.anchor: h for m in ctx.months for d in m.days for h in d.happenings}
        assert shown[anchor].line == line and shown[anchor].date_label == data["dates"][date] and actors == [0]
    ctx = v.timeline_page(urls.INDEX).context
    assert ctx.filter_data_href == "data/happenings.js" and ctx.total_count == 9 and ctx.happening_count == 3
    assert [(o.slug, o.count) for o in ctx.actor_options] == [("nato", 9)]  # the whole timeline's, not the page's
    assert Views(make(entries)).timeline_page(urls.INDEX).context.filter_data_href == ""  # one page: no need


def test_the_archive_lists_every_article_newest_first():
    site = small_site()
    ctx = Views(site).archive().context
    assert ctx.stats == "2 articles" and [m.label for m in ctx.months] == ["April 2022"]
    rows = ctx.months[0].rows
    assert [r.link.text for r in rows] == ["Story 2", "Story 1"]
    assert rows[0].link.href == "entries/2022-04-07-story-2.html" and rows[0].date_label == "April 7, 2022"
    assert ctx.site.archive_href == "archive.html"


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_chip_made_once_is_the_chip_a_theme_makes_from_its_fields(tmp_path, language):
    """ActorChip.html (made once per actor and folder) is byte for byte what a template makes from the
    chip's fields, the name escaped, the kind's label translated."""
    from generator.render.theme import find_theme, make_environment

    hostile = dict(ACTORS, nato=Actor("nato", 'NATO <script>alert("x")</script> & co', "organization", ("NATO",)))
    site, _ = make_site(SiteConfig(language=language), (entry(1, dt.date(2022, 4, 6)),), hostile)
    chip = Views(site).chip("nato", "actors/jens-stoltenberg.html")
    env = make_environment(find_theme(tmp_path, "default", False), language=language)
    by_fields = env.from_string(
        '<a class="chip kind-{{ a.kind }}" href="{{ a.href }}"><span class="visually-hidden">'
        '{{ _("%(kind)s:", kind=a.kind_label) }} </span>{{ a.name }}</a>'
    ).render(a=chip)
    assert str(chip.html) == by_fields
    assert "<script>" not in chip.html and "&lt;script&gt;" in chip.html
