"""The built site, checked as a user would see it, with real validators.

Part 1 runs every check on the example site (seeds/, content/, themes/ built once per session).
Part 2 runs the same checks on a tiny hand-written site, once as written (it must pass) and
once with deliberate defects (each check must find its own), so no check can pass vacuously.

The tools come from tests/tools/install.sh. Under CI (CI set) a missing tool fails the test;
locally it is skipped with the reason. Browser and validator tests carry the `browser` marker
(deselect them with -m "not browser").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import browser_harness as bh
import pytest

REPO = Path(__file__).resolve().parent.parent
ACTOR = "jens-stoltenberg"  # in the example seeds; the filter test picks this actor


# ====================================================================== the example site
REAL_TEXTS = ("seeds/*.txt", "tests/gold/dev/*.txt", "tests/gold/wide/*.txt", "tests/corpus/real/*.txt")
REAL_MINIMUM = 100  # the floor: the checks run on a site of at least 100 real articles
# TIMELINE_ALL_REAL=1: every real article the repository holds (323 texts, about 1,200 pages), and axe on
# every page. CI runs the 133 above (607 pages, axe on 600): the whole set doubles the browser checks' time.
ALL_REAL = os.environ.get("TIMELINE_ALL_REAL") == "1"
if ALL_REAL:
    REAL_TEXTS += ("tests/corpus/happenings/*.txt", "tests/corpus/extra/*.txt")
AXE_PAGES = None if ALL_REAL else 600


@pytest.fixture(scope="session", params=["example", "real-articles"])
def example_site(request, tmp_path_factory) -> Path:
    """`python -m generator build --root COPY`, once a session, on a copy of the repo's example, and on
    a project whose seeds are every real article the repository holds (the example's seeds, the
    gold corpora's and tests/corpus/real/): real text finds what a two-seed example does not."""
    work = tmp_path_factory.mktemp(request.param)
    if request.param == "example":
        for name in ("seeds", "content", "themes"):
            if (REPO / name).is_dir():
                shutil.copytree(REPO / name, work / name)
    else:
        (work / "seeds").mkdir()
        texts = sorted(p for pattern in REAL_TEXTS for p in REPO.glob(pattern))
        for p in texts:
            shutil.copy(p, work / "seeds" / f"{p.parent.name}-{p.name}")
        assert len(texts) >= REAL_MINIMUM, f"only {len(texts)} real articles in the repository"
    t = time.monotonic()
    r = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(work)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode in (0, 1), f"build failed (exit {r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    if request.param == "example":
        assert r.returncode == 0, r.stderr[-3000:]
    site = work / "site"
    assert (site / "index.html").is_file(), f"the build wrote no site/index.html; it has: {sorted(os.listdir(work))}"
    print(f"{request.param} site built in {time.monotonic() - t:.1f}s")
    return site


def _report(problems: list[str], limit: int = 40) -> str:
    more = f"\n... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problems:\n" + "\n".join(problems[:limit]) + more


@pytest.mark.browser
def test_example_html_validates(example_site):
    bh.require_tools("vnu-all")
    assert bh.site_files(example_site, ".html"), "no pages"
    problems = bh.html_problems(example_site)
    assert not problems, "Nu Html Checker: " + _report(problems)


@pytest.mark.browser
def test_example_css_validates(example_site):
    bh.require_tools("vnu-all")
    assert bh.site_files(example_site, ".css"), "the site has no stylesheet"
    problems = bh.css_problems(example_site)
    assert not problems, "Nu Html Checker --css: " + _report(problems)


def test_example_feeds_parse(example_site):
    feeds = bh.find_feeds(example_site)
    assert feeds, "no RSS/Atom feed (.xml with an <rss> or <feed> root) in the site"
    problems = bh.feed_problems(example_site)
    assert not problems, "feedparser: " + _report(problems)


@pytest.mark.browser
def test_example_links_work_from_file_url(example_site):
    bh.require_tools("browser")
    problems, res = bh.file_crawl_problems(example_site)
    assert not problems, "opening site/index.html from file://: " + _report(problems)
    orphans = [p for p in res["not_reached"] if p != "404.html"]
    assert not orphans, f"pages no link from index.html reaches: {orphans}"
    assert res["stylesheets"] > 0, "no page has a stylesheet"


@pytest.mark.browser
def test_example_accessibility(example_site):
    bh.require_tools("browser")
    pages = bh.pages_by_type(example_site)
    assert "index.html" in pages and len(pages) >= 4, (
        f"expected timeline index, entry, actor and actors-index pages; found {pages}"
    )
    if example_site.parent.name.startswith("real-articles"):  # real text: every page (up to AXE_PAGES)
        pages = bh.html_pages(example_site)[:AXE_PAGES]
    problems, res = bh.axe_problems(example_site, pages)
    assert not problems, f"axe-core {res['version']} on {pages}: " + _report(problems)


@pytest.mark.browser
def test_example_no_sideways_scroll_on_phone(example_site):
    bh.require_tools("browser")
    problems, res = bh.overflow_problems(example_site, width=390)
    assert not problems, "at 390px: " + _report(problems)
    assert len(res["pages"]) == len(bh.html_pages(example_site))


def _actor_to_filter_by(site: Path) -> str:
    """The actor on the most events of the example's timeline, but not on all of them (so filtering
    by it must both keep and hide events). Read from the page, so the test follows the annotation."""
    import collections
    import re as _re

    index = (site / "index.html").read_text("utf-8")
    events = [set(m.split()) for m in _re.findall(r'<li class="event[^"]*"[^>]*data-actors="([^"]*)"', index)]
    counts = collections.Counter(a for e in events for a in e)
    candidates = [a for a, n in counts.most_common() if n < len(events)]
    assert candidates, f"no actor to filter by among {len(events)} events: {counts}"
    return candidates[0]


@pytest.mark.browser
def test_example_filter_by_actor(example_site):
    bh.require_tools("browser")
    actor = _actor_to_filter_by(example_site)
    problems, res = bh.filter_problems(example_site, actor)
    assert not problems, f"filtering index.html (file://) by {actor}: " + _report(problems)


def test_example_exports_follow_their_schemas(example_site):
    """Every JSON export validates against the JSON Schema it names (shipped in the site), and the
    exports agree with each other (tests/exports_check.py; tests/test_exports.py mutates them)."""
    import exports_check as xc

    docs = xc.load_exports(example_site)
    assert docs["data/happenings.json"]["happenings"], "no happening in the site"
    problems = xc.schema_problems(example_site, docs) + xc.consistency_problems(docs)
    assert not problems, "JSON exports: " + _report(problems)


@pytest.mark.browser
def test_example_timeline_json_in_timelinejs(example_site):
    """timeline.json in TimelineJS3 itself (npm @knight-lab/timelinejs, Chromium, file://): no error,
    one slide per happening, each showing its happening's line under its happening's date."""
    import exports_check as xc

    bh.require_tools("timelinejs")
    problems, res = xc.timelinejs_problems(example_site)
    print(f"TimelineJS3: {len(res['slides'])} slides, {res['markers']} markers, {len(res['errors'])} errors")
    assert not problems, "TimelineJS3: " + _report(problems)
    assert res["slides"], "no slide"


# ====================================================================== hand-written fixture sites
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{css}">
</head>
<body>
<header><nav aria-label="Site"><a href="{up}index.html">Timeline</a> \
<a href="{up}actors/index.html">Actors</a></nav></header>
<main>
<h1>{title}</h1>
{body}
</main>
</body>
</html>
"""

FILTER_FORM = """<form id="timeline-filter">
<label for="filter-actor">Actor</label>
<select id="filter-actor" name="actor">
<option value="">All actors</option>
<option value="jens-stoltenberg">Jens Stoltenberg</option>
<option value="nato">NATO</option>
</select>
<label for="filter-kind">Kind</label>
<select id="filter-kind" name="kind">
<option value="">All kinds</option>
<option value="person">Person</option>
<option value="organization">Organization</option>
<option value="country">Country</option>
<option value="other">Other</option>
</select>
<label for="filter-text">Text</label>
<input id="filter-text" name="text" type="search">
</form>
<ol>
<li class="event" data-actors="jens-stoltenberg nato" data-kinds="person organization">\
<a href="entries/one.html">Stoltenberg speaks for NATO</a></li>
<li class="event" data-actors="nato" data-kinds="organization"><a href="entries/two.html">NATO meets</a></li>
<li class="event" data-actors="jens-stoltenberg" data-kinds="person">Stoltenberg travels</li>
</ol>
"""

FILTER_JS = """(function () {
  var form = document.getElementById('timeline-filter');
  function has(list, x) { return (list || '').split(/\\s+/).indexOf(x) >= 0; }
  function apply() {
    var actor = form.elements['filter-actor'].value, kind = form.elements['filter-kind'].value;
    var text = form.elements['filter-text'].value.toLowerCase();
    document.querySelectorAll('li.event').forEach(function (li) {
      li.hidden = !((!actor || has(li.dataset.actors, actor)) && (!kind || has(li.dataset.kinds, kind)) &&
                    (!text || li.textContent.toLowerCase().indexOf(text) >= 0));
    });
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
})();
"""

CSS = """body { font-family: sans-serif; margin: 0 auto; max-width: 40rem; padding: 0 1rem; color: #222; \
background: #fff; }
a { color: #0645ad; }
li.event { padding: 0.25rem 0; }
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Timeline</title><link>https://example.org/</link><description>Events</description>
<item><title>One</title><link>https://example.org/entries/one.html</link>\
<guid>https://example.org/entries/one.html</guid><pubDate>Wed, 06 Apr 2022 00:00:00 +0000</pubDate></item>
{extra}</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Timeline</title><id>https://example.org/</id><link href="https://example.org/"/>
<updated>2022-04-06T00:00:00Z</updated>
<entry><title>Two</title><id>https://example.org/entries/two.html</id><link href="https://example.org/entries/two.html"/><updated>2022-04-07T00:00:00Z</updated></entry>
</feed>
"""


def _page(title: str, body: str, depth: int = 0, css: str | None = None) -> str:
    up = "../" * depth
    return PAGE.format(title=title, body=body, up=up, css=css or f"{up}css/style.css")


def write_site(root: Path, broken: bool = False, filter_variant: str = "ok") -> Path:
    """A tiny timeline site. broken=True adds one known defect per check (see BROKEN below);
    filter_variant breaks only the filter (noop, css-overrides-hidden, missing-option,
    module-script)."""
    files = {
        "css/style.css": CSS,
        "js/filter.js": FILTER_JS,
        "index.html": _page(
            "Timeline", FILTER_FORM + '<p><a href="about.html">About</a></p>\n<script src="js/filter.js"></script>'
        ),
        "about.html": _page("About", "<p>About this timeline.</p>"),
        "actors/index.html": _page(
            "Actors", '<ul><li><a href="jens-stoltenberg.html">Jens Stoltenberg</a></li></ul>', 1
        ),
        "actors/jens-stoltenberg.html": _page("Jens Stoltenberg", '<p><a href="../entries/one.html">One</a></p>', 1),
        "entries/one.html": _page("One", "<p>Stoltenberg speaks.</p>", 1),
        "entries/two.html": _page("Two", "<p>NATO meets.</p>", 1),
        "feed.xml": RSS.format(extra=""),
        "atom.xml": ATOM,
    }
    if filter_variant == "noop":  # the form is there, but nothing filters
        files["js/filter.js"] = "// filtering not written yet\n"
    elif filter_variant == "css-overrides-hidden":  # [hidden] is set, but CSS shows the event anyway
        files["css/style.css"] = CSS + "li.event { display: list-item; }\n"
    elif filter_variant == "missing-option":  # an actor on an event cannot be chosen
        files["index.html"] = files["index.html"].replace('<option value="nato">NATO</option>\n', "")
    elif filter_variant == "module-script":  # type=module scripts do not run from file://
        files["index.html"] = files["index.html"].replace(
            '<script src="js/filter.js">', '<script type="module" src="js/filter.js">'
        )
    if broken:
        links = (
            '<p><a href="about.html">About</a> <a href="missing.html">Gone</a> <a href="entries/">Entries</a> '
            '<a href="../outside.html">Outside</a> <a href="wide.html">Wide</a> <a href="zoomed.html">Zoomed</a></p>'
        )
        files["index.html"] = files["index.html"].replace('<p><a href="about.html">About</a></p>', links)
        files["about.html"] = _page(
            "About", '<p><blink>About</blink> this timeline.</p>\n<p><img src="x.png"></p>', css="/css/style.css"
        )
        files["x.png"] = ""
        files["wide.html"] = _page("Wide", '<div style="width: 600px">A too-wide box.</div>')
        files["zoomed.html"] = _page("Zoomed", "<p>No viewport meta.</p>").replace(
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n', ""
        )
        files["css/style.css"] += "p { colr: red; margin: 10pz; }\n"
        files["feed.xml"] = RSS.format(
            extra="<item><title>No date</title><link>https://example.org/x.html</link>"
            "<guid>https://example.org/x.html</guid></item>\n"
        )
        files["atom.xml"] = ATOM[: ATOM.index("<entry>") + 40]  # truncated: not well-formed
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def good_site(tmp_path_factory) -> Path:
    return write_site(tmp_path_factory.mktemp("good") / "site")


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory) -> Path:
    return write_site(tmp_path_factory.mktemp("broken") / "site", broken=True)


def _has(problems: list[str], *needles: str) -> bool:
    return any(all(n in p for n in needles) for p in problems)


# ---- 1. Nu Html Checker
@pytest.mark.browser
def test_vnu_passes_good_fixture(good_site):
    bh.require_tools("vnu-all")
    assert bh.html_problems(good_site) == []
    assert bh.css_problems(good_site) == []


@pytest.mark.browser
def test_vnu_fails_broken_fixture(broken_site):
    bh.require_tools("vnu-all")
    html = bh.html_problems(broken_site)
    assert _has(html, "about.html:", "blink"), html
    assert _has(html, "about.html:", "alt"), html
    css = bh.css_problems(broken_site)
    assert _has(css, "css/style.css:", "colr"), css
    assert _has(css, "css/style.css:", "margin", "Unknown dimension"), css


# ---- 2. feeds
def test_feeds_pass_good_fixture(good_site):
    assert len(bh.find_feeds(good_site)) == 2
    assert bh.feed_problems(good_site) == []


def test_feeds_fail_broken_fixture(broken_site):
    problems = bh.feed_problems(broken_site)
    assert _has(problems, "feed.xml: item 2", "date"), problems
    assert _has(problems, "atom.xml: not well-formed"), problems


# ---- 3. links from file://
@pytest.mark.browser
def test_file_crawl_passes_good_fixture(good_site):
    bh.require_tools("browser")
    problems, res = bh.file_crawl_problems(good_site)
    assert problems == []
    assert res["not_reached"] == []
    assert res["stylesheets"] >= 6 and len(res["pages"]) >= 5


@pytest.mark.browser
def test_file_crawl_fails_broken_fixture(broken_site):
    bh.require_tools("browser")
    problems, _ = bh.file_crawl_problems(broken_site)
    assert _has(problems, 'index.html: link "missing.html" -> missing'), problems
    assert _has(problems, 'index.html: link "entries/" points at a folder'), problems
    assert _has(problems, 'index.html: link "../outside.html" leaves the site folder'), problems
    assert _has(problems, "about.html: stylesheet file:///css/style.css"), problems


# ---- 4. axe-core
@pytest.mark.browser
def test_axe_passes_good_fixture(good_site):
    bh.require_tools("browser")
    pages = bh.pages_by_type(good_site)
    assert set(pages) == {
        "index.html",
        "about.html",
        "actors/index.html",
        "actors/jens-stoltenberg.html",
        "entries/one.html",
    }
    problems, res = bh.axe_problems(good_site, pages)
    assert problems == [] and res["version"] == "4.14.1"


@pytest.mark.browser
def test_axe_fails_broken_fixture(broken_site):
    bh.require_tools("browser")
    problems, _ = bh.axe_problems(broken_site, ["index.html", "about.html"])
    assert _has(problems, "about.html: image-alt"), problems
    assert not _has(problems, "index.html:"), problems


# ---- 5. no sideways scrolling at 390px
@pytest.mark.browser
def test_overflow_passes_good_fixture(good_site):
    bh.require_tools("browser")
    problems, res = bh.overflow_problems(good_site)
    assert problems == [] and len(res["pages"]) == 6


@pytest.mark.browser
def test_overflow_fails_broken_fixture(broken_site):
    bh.require_tools("browser")
    problems, _ = bh.overflow_problems(broken_site)
    assert _has(problems, "wide.html: scrolls sideways", "div"), problems
    assert _has(problems, "zoomed.html: laid out"), problems
    assert not _has(problems, "index.html"), problems


# ---- 6. the timeline filter, from file://
@pytest.mark.browser
def test_filter_passes_good_fixture(good_site):
    bh.require_tools("browser")
    problems, res = bh.filter_problems(good_site, ACTOR)
    assert problems == []
    assert [e["visible"] for e in res["filtered"]] == [True, False, True]


@pytest.mark.browser
@pytest.mark.parametrize(
    "variant, expected",
    [
        ("noop", "no event has the hidden attribute"),
        ("css-overrides-hidden", "still shown"),
        ("missing-option", "not in select#filter-actor: ['nato']"),
        ("module-script", "js/filter.js did not load"),  # blocked by CORS under file://
    ],
)
def test_filter_fails_broken_fixture(tmp_path, variant, expected):
    bh.require_tools("browser")
    problems, _ = bh.filter_problems(write_site(tmp_path / "site", filter_variant=variant), ACTOR)
    assert _has(problems, expected), problems


def test_missing_tool_fails_under_ci(monkeypatch):
    """Under CI a missing tool is a failure, never a skip."""
    monkeypatch.setattr(bh, "missing_tools", lambda: {"chromium": "chromium not found"})
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must not skip"):
        bh.require_tools("browser")
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="install.sh"):
        bh.require_tools("browser")
