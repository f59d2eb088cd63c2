"""Where an article comes from (issue #14, 1): a seed's `url:`, `outlet:`, `author:` and `title:`
lines after the date, kept in the entry's front matter, shown on its page and with every citation
of it (timeline, actor pages, feeds, exports); front-matter keys the build does not know are named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.build import build
from generator.content import entries as content_io
from generator.core.errors import Problem
from generator.core.model import Annotation
from generator.render.views import origin_of
from generator.scaffold import scaffold
from generator.seeds.reader import Seed, parse_seed

REAL = Path(__file__).parent / "corpus" / "real"

HEADED = b"""\
 date 2016-06-09
url: https://www.voanews.com/a/liberia-declared-ebola-free/3368673.html
outlet:   Voice of America
Author: Jane Doe
title: Liberia Declared Ebola-free for 4th Time

Liberia is officially free of the Ebola virus, the World Health Organization announced Thursday.
"""


def seed(data: bytes) -> Seed:
    result = parse_seed("seeds/a.txt", data)
    assert isinstance(result, Seed), result
    return result


def test_header_lines_are_read_and_are_not_the_article():
    s = seed(HEADED)
    assert s.url == "https://www.voanews.com/a/liberia-declared-ebola-free/3368673.html"
    assert (s.outlet, s.author, s.title) == ("Voice of America", "Jane Doe", "Liberia Declared Ebola-free for 4th Time")
    assert [b.text for b in s.blocks] == [
        "Liberia is officially free of the Ebola virus, the World Health Organization announced Thursday."
    ]


def test_a_seed_without_header_lines_is_read_as_before():
    plain = b" date 2016-06-09\nTitle of the story\n\nThe article. It goes on.\n"
    s = seed(plain)
    assert (s.url, s.outlet, s.author, s.title) == ("", "", "", "")
    assert [b.kind for b in s.blocks] == ["heading", "paragraph"]
    # the article on the date's line: a 'title:' further down is the article's text
    s = seed(b" date 2016-06-09 The article starts here.\ntitle: not a header\n")
    assert s.title == "" and "title: not a header" in s.text


@pytest.mark.parametrize(
    "lines, words",
    [
        ("url: ftp://example.org/a\n", "is not a web address"),
        ("url: javascript:alert(1)\n", "is not a web address"),
        ("outlet: A\noutlet: B\n", "gives 'outlet:' twice"),
    ],
)
def test_bad_header_lines_name_the_line_and_the_fix(lines, words):
    result = parse_seed("seeds/a.txt", f" date 2016-06-09\n{lines}\nThe article.\n".encode())
    assert isinstance(result, Problem)
    assert result.path == "seeds/a.txt" and words in result.message and result.line is not None and result.line >= 2


def test_the_real_seeds_header_lines_are_all_read():
    seeds = [seed(p.read_bytes()) for p in sorted(REAL.glob("*.txt"))]
    headed = [s for s in seeds if s.outlet]
    assert len(headed) >= 80
    for s in seeds:
        first = s.blocks[0].text.lower()
        assert not first.startswith(("url:", "outlet:", "title:", "author:")), s.path
    assert sum(1 for s in headed if s.url.startswith(("http://", "https://"))) >= 40


def _annotation(title: str = "The annotator's headline") -> Annotation:
    return Annotation(title=title, summary="", actors=(), places=(), sources_cited=(), events=(), quotes=())


def test_the_entry_keeps_the_source_and_stays_unedited():
    source = {"url": "https://example.org/a?b=1", "outlet": "Example News", "author": "Jane Doe"}
    text = content_io.format_entry(_annotation(), "seeds/a.txt", "0" * 64, seed(HEADED).date, "Body.", source)
    front = text.split("---\n")[1]
    assert front.index("date:") < front.index("url:") < front.index("outlet:") < front.index("seed:")
    entry, problems = content_io.parse_entry("entries/2016/a.md", text)
    assert problems == () and entry is not None and not entry.edited
    assert (entry.url, entry.outlet, entry.author) == ("https://example.org/a?b=1", "Example News", "Jane Doe")
    # without a source the entry is written as before: no empty keys
    plain = content_io.format_entry(_annotation(), "seeds/a.txt", "0" * 64, seed(HEADED).date, "Body.")
    assert "url:" not in plain and "outlet:" not in plain


def _entry(extra: str) -> str:
    return f"---\ntitle: T\ndate: '2022-04-06'\n{extra}---\nBody.\n"


def test_an_unknown_front_matter_key_is_named_with_the_nearest_known_one():
    entry, problems = content_io.parse_entry("entries/a.md", _entry("outlett: Example News\nflavour: mint\n"))
    assert entry is not None  # a warning: the entry is still used
    by_key = {p.message.split("'")[1]: p for p in problems}
    assert set(by_key) == {"outlett", "flavour"}
    assert by_key["outlett"].severity == "warning" and by_key["outlett"].line == 4
    assert "did you mean 'outlet'?" in str(by_key["outlett"])
    assert "known fields: title, date, url, outlet" in str(by_key["flavour"])


def test_a_url_that_is_not_a_web_address_is_left_out_of_the_entry():
    entry, problems = content_io.parse_entry("entries/a.md", _entry("url: javascript:alert(1)\noutlet: X\n"))
    assert entry is not None and entry.url == "" and entry.outlet == "X"
    assert len(problems) == 1 and "not a web address" in problems[0].message and problems[0].line == 4


def test_origin_label_is_the_outlet_else_the_host():
    entry, _ = content_io.parse_entry("entries/a.md", _entry("url: https://www.example.org/x\n"))
    assert entry is not None
    origin = origin_of(entry)
    assert origin is not None and origin.label == "www.example.org"
    plain, _ = content_io.parse_entry("entries/a.md", _entry(""))
    assert plain is not None and origin_of(plain) is None


def test_the_site_shows_the_outlet_and_links_the_original_everywhere_it_cites_the_article(tmp_path):
    root = tmp_path / "p"
    scaffold(root)
    shutil.copy(REAL / "ebola-2014-09-voa.txt", root / "seeds" / "ebola.txt")
    report = build(root)
    assert not [p for p in report.problems if p.severity == "error"]
    url = "https://www.voanews.com/a/liberia-declared-ebola-free-for-4th-time/3368673.html"
    [path] = (root / "content" / "entries").rglob("*.md")
    entry, _ = content_io.load_entry(path, path.name)
    assert entry is not None and entry.title == "Liberia Declared Ebola-free for 4th Time"  # the seed's title
    assert (entry.url, entry.outlet) == (url, "Voice of America")
    site = root / "site"
    link = f'<a class="origin" href="{url}" rel="external">Voice of America</a>'
    assert link in (site / "entries" / f"{entry.slug}.html").read_text()
    assert link in (site / "index.html").read_text()  # the timeline cites it
    assert link in (site / "actors" / "world-health-organization.html").read_text()  # an actor's events
    assert link in (site / "actors" / "alex-gasasira.html").read_text()  # and quotes
    assert f'<link href="{url}" rel="related" title="Voice of America"/>' in (site / "feeds" / "atom.xml").read_text()
    assert "Voice of America" in (site / "feeds" / "rss.xml").read_text()
    [item] = json.loads((site / "feeds" / "feed.json").read_text())["items"]
    assert item["external_url"] == url
    [exported] = json.loads((site / "data" / "entries.json").read_text())["entries"]
    assert exported["source"] == {
        "url": url,
        "outlet": "Voice of America",
        "author": "",
        "seed": entry.seed,
        "seed_sha256": entry.seed_sha256,
    }
    assert url in (site / "timeline.json").read_text()
