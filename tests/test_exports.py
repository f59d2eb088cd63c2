"""The JSON exports and timeline.json, on a small site whose entries report shared happenings.

What they hold (docs/exports.md), that they follow the JSON Schemas the site ships (and that a
change breaking a schema fails), that ids survive the deletion of another event, that the bytes
are the same from build to build and from an incremental build to a clean one.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import exports_check as xc
import pytest

from generator.build import build

SITE_YAML = """title: Ministers
description: Two reports of one meeting.
base_url: https://news.example.org/ministers/
language: en
"""

ACTORS_YAML = """nato:
  name: NATO
  kind: organization
antony-blinken:
  name: Antony Blinken
  kind: person
ukraine:
  name: Ukraine
  kind: country
"""

# Two articles report the ministers' meeting (one happening, dates agreeing), and the talks (one
# happening, the articles give different days); the second article has a range, a week and a
# month; the third a year. The third's first event is the one the deletion test removes.
ENTRY_A = """---
title: NATO ministers gather in Brussels
date: 2022-04-07
url: https://wire.example.com/nato-ministers
outlet: Example Wire
author: A. Reporter
seed: seeds/nato-a.txt
actors: [nato, antony-blinken]
events:
- date: 2022-04-06
  precision: day
  status: reported
  text: NATO foreign ministers met in Brussels on Wednesday, officials said.
  actors: [nato]
  evidence: on Wednesday
  happening: 2022-04-06-nato-foreign-ministers-meet
  summary: NATO foreign ministers meet in Brussels
- date: 2022-04-05
  precision: day
  status: reported
  text: Blinken held talks with his Ukrainian counterpart on Tuesday.
  actors: [antony-blinken]
  evidence: on Tuesday
  happening: 2022-04-blinken-kuleba-talks
quotes:
- speaker: antony-blinken
  text: We stand with Ukraine.
  cue: Blinken said
---
NATO foreign ministers met in Brussels on Wednesday, officials said.
"""

ENTRY_B = """---
title: Allies promise more arms <for> Kyiv & co
date: 2022-04-08
url: https://daily.example.net/arms?id=1&x=2
outlet: The Daily Example
actors: [nato, antony-blinken, ukraine]
events:
- date: 2022-04-06
  precision: day
  status: reported
  text: The ministers' meeting in Brussels on April 6 ended with a promise of more arms.
  actors: [nato]
  evidence: on April 6
  happening: 2022-04-06-nato-foreign-ministers-meet
- date: 2022-04-04
  precision: day
  status: reported
  text: Blinken and Kuleba spoke on Monday, a day earlier than first reported.
  actors: [antony-blinken, ukraine]
  happening: 2022-04-blinken-kuleba-talks
- date: 2022-04-11
  precision: day
  end_date: 2022-04-12
  status: planned
  text: Defence ministers will meet on April 11 and 12.
  actors: [nato]
- date: 2022-W14
  precision: week
  status: reported
  text: Shipments went out this week.
  actors: [ukraine]
- date: 2022-05
  precision: month
  status: planned
  text: A summit is planned for May.
  actors: [nato]
---
Body.
"""

ENTRY_C = """---
title: A look back
date: 2022-04-10
actors: [nato, ukraine]
events:
- date: 2022-04-09
  precision: day
  status: reported
  text: Ukraine asked for more help on Saturday.
  actors: [ukraine]
- date: '2014'
  precision: year
  status: reported
  text: The conflict began in 2014.
  actors: [ukraine]
- date: 2022-04-06
  precision: day
  status: reported
  text: Ministers met on Wednesday.
  actors: [nato]
  happening: 2022-04-06-nato-foreign-ministers-meet
---
Body.
"""

MEETING = "2022-04-06-nato-foreign-ministers-meet"
TALKS = "2022-04-blinken-kuleba-talks"


def _write_project(root: Path) -> Path:
    content = root / "content"
    (content / "entries" / "2022").mkdir(parents=True)
    (content / "site.yaml").write_text(SITE_YAML, "utf-8")
    (content / "actors.yaml").write_text(ACTORS_YAML, "utf-8")
    for name, text in (("a", ENTRY_A), ("b", ENTRY_B), ("c", ENTRY_C)):
        (content / "entries" / "2022" / f"2022-04-1{ord(name) - 97}-{name}.md").write_text(text, "utf-8")
    return root


def _build(root: Path) -> Path:
    report = build(root)
    assert not [p for p in report.problems if p.severity == "error"], [str(p) for p in report.problems]
    return root / "site"


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return _build(_write_project(tmp_path_factory.mktemp("exports")))


@pytest.fixture(scope="module")
def docs(built) -> dict[str, dict]:
    return xc.load_exports(built)


# ---------------------------------------------------------------- timeline.json
def test_one_slide_per_happening_headed_by_its_line(docs):
    slides = {s["unique_id"]: s for s in docs["timeline.json"]["events"]}
    happenings = docs["data/happenings.json"]["happenings"]
    assert len(slides) == len(happenings) == 7  # 10 events; a happening of three reports, one of two
    meeting = slides[MEETING]
    assert meeting["text"]["headline"] == "NATO foreign ministers meet in Brussels"  # the summary, not a title
    text = meeting["text"]["text"]
    for title, outlet in (
        ("NATO ministers gather in Brussels", "https://wire.example.com/nato-ministers"),
        ("Allies promise more arms &lt;for&gt; Kyiv &amp; co", "https://daily.example.net/arms?id=1&amp;x=2"),
        ("A look back", None),
    ):
        assert f">{title}</a>" in text
        if outlet:
            assert f'<a href="{outlet}">' in text
    assert "https://news.example.org/ministers/entries/2022-04-10-a.html" in text  # the article's page
    assert "<q>The ministers&#x27; meeting in Brussels on April 6 ended with a promise of more arms.</q>" in text
    assert "Sources differ" not in text


def test_dates_as_people_write_them_with_only_the_parts_known(docs):
    by_line = {s["text"]["headline"]: s for s in docs["timeline.json"]["events"]}
    want = {
        "Defence ministers will meet on April 11 and 12.": (
            "April 11, 2022 – April 12, 2022",
            {"year": 2022, "month": 4, "day": 11},
            {"year": 2022, "month": 4, "day": 12},
        ),
        "Shipments went out this week.": (
            "Week of April 4, 2022",
            {"year": 2022, "month": 4, "day": 4},
            {"year": 2022, "month": 4, "day": 10},
        ),
        "A summit is planned for May.": ("May 2022", {"year": 2022, "month": 5}, None),
        "The conflict began in 2014.": ("2014", {"year": 2014}, None),
        "NATO foreign ministers meet in Brussels": ("April 6, 2022", {"year": 2022, "month": 4, "day": 6}, None),
    }
    for line, (display, start, end) in want.items():
        slide = by_line[line]
        assert (slide["display_date"], slide["start_date"], slide.get("end_date")) == (display, start, end), line
    for slide in docs["timeline.json"]["events"]:
        assert not any(raw in slide["display_date"] for raw in ("-W", "2022-0")), slide["display_date"]


def test_a_happening_whose_sources_differ_says_so(docs):
    talks = next(s for s in docs["timeline.json"]["events"] if s["unique_id"] == TALKS)
    assert "<p>Sources differ: April 4, 2022 or April 5, 2022</p>" in talks["text"]["text"]
    assert talks["display_date"] == "April 5, 2022"  # both days precise, one each: the oldest article's
    h = next(h for h in docs["data/happenings.json"]["happenings"] if h["id"] == TALKS)
    assert (h["dates_differ"], h["dates"]) == (True, ["2022-04-04", "2022-04-05"])


# ---------------------------------------------------------------- the JSON exports
def test_exports_hold_happenings_events_quotes_and_where_entries_come_from(docs):
    [meeting] = [h for h in docs["data/happenings.json"]["happenings"] if h["id"] == MEETING]
    assert [r["entry"] for r in meeting["reports"]] == ["2022-04-10-a", "2022-04-11-b", "2022-04-12-c"]
    assert (meeting["date"], meeting["precision"], meeting["status"], meeting["actors"]) == (
        "2022-04-06",
        "day",
        "reported",
        ["nato"],
    )
    entries = {e["slug"]: e for e in docs["data/entries.json"]["entries"]}
    a = entries["2022-04-10-a"]
    assert a["source"] == {
        "url": "https://wire.example.com/nato-ministers",
        "outlet": "Example Wire",
        "author": "A. Reporter",
        "seed": "seeds/nato-a.txt",
        "seed_sha256": "",
    }
    first = a["events"][0]
    assert first["id"] == meeting["reports"][0]["event"]
    assert (first["happening"], first["summary"], first["evidence"]) == (
        MEETING,
        "NATO foreign ministers meet in Brussels",
        "on Wednesday",
    )
    assert a["quotes"] == [
        {"speaker": "antony-blinken", "text": "We stand with Ukraine.", "cue": "Blinken said", "source": ""}
    ]
    week = entries["2022-04-11-b"]["events"][3]
    assert week["happening"] == week["id"]  # no happening id: a happening of its own, by the event's id
    assert [x["slug"] for x in docs["data/actors.json"]["actors"]] == ["antony-blinken", "nato", "ukraine"]


def test_exports_follow_the_schemas_the_site_ships(built, docs):
    assert sorted(p.name for p in (built / "data" / "schema").iterdir()) == [
        "actors.schema.json",
        "entries.schema.json",
        "happenings.schema.json",
        "timeline.schema.json",
    ]
    assert docs["data/entries.json"]["$schema"] == "https://news.example.org/ministers/data/schema/entries.schema.json"
    assert xc.schema_problems(built, docs) == []
    assert xc.consistency_problems(docs) == []


def _with_day(slides: list[dict]) -> dict:
    return next(s for s in slides if "day" in s["start_date"])


# A change to an export that its schema does not allow, one per kind of rule: each must be found.
MUTATIONS = {
    "an event without its id": ("data/entries.json", lambda d: d["entries"][0]["events"][0].pop("id")),
    "an event id of another form": ("data/entries.json", lambda d: d["entries"][0]["events"][0].update(id="1")),
    "a precision nobody knows": ("data/entries.json", lambda d: d["entries"][1]["events"][0].update(precision="x")),
    "a raw date of no known form": ("data/happenings.json", lambda d: d["happenings"][0].update(date="2022-W14x")),
    "a field the schema does not list": ("data/actors.json", lambda d: d["actors"][0].update(nickname="x")),
    "a quote without its cue": ("data/entries.json", lambda d: d["entries"][0]["quotes"][0].pop("cue")),
    "an entry without its seed": ("data/entries.json", lambda d: d["entries"][0]["source"].pop("seed")),
    "a happening reported by nothing": ("data/happenings.json", lambda d: d["happenings"][0].update(reports=[])),
    "a status besides reported and planned": ("timeline.json", lambda d: d["events"][0].update(group="rumoured")),
    "a day without its month": ("timeline.json", lambda d: _with_day(d["events"])["start_date"].pop("month")),
    "a slide without its id": ("timeline.json", lambda d: d["events"][0].pop("unique_id")),
    "another schema named": ("data/actors.json", lambda d: d.update({"$schema": d["$schema"].replace("act", "ent")})),
    "an actor of an unknown kind": ("data/actors.json", lambda d: d["actors"][0].update(kind="animal")),
}


@pytest.mark.parametrize("what", sorted(MUTATIONS))
def test_an_export_that_breaks_its_schema_fails(built, docs, what):
    rel, mutate = MUTATIONS[what]
    broken = copy.deepcopy(docs)
    mutate(broken[rel])
    problems = xc.schema_problems(built, broken)
    assert problems and all(p.startswith(rel) for p in problems), (what, problems)


@pytest.mark.parametrize(
    "what, mutate",
    [
        ("a report of no event", lambda d: d["data/happenings.json"]["happenings"][0]["reports"][0].update(event="e0")),
        ("an event in no happening", lambda d: d["data/happenings.json"]["happenings"].pop()),
        ("a slide missing", lambda d: d["timeline.json"]["events"].pop()),
        ("a headline not the line", lambda d: d["timeline.json"]["events"][0]["text"].update(headline="A title")),
        ("an actor not listed", lambda d: d["data/actors.json"]["actors"].pop()),
    ],
)
def test_exports_that_disagree_with_each_other_fail(docs, what, mutate):
    broken = copy.deepcopy(docs)
    mutate(broken)
    assert xc.consistency_problems(broken), what


def test_exports_are_canonical_json(built):
    """Sorted keys, compact separators, one trailing newline: the bytes follow from the content."""
    for rel in (*xc.EXPORTS, *(f"data/schema/{p.name}" for p in (built / "data" / "schema").iterdir())):
        raw = (built / rel).read_text("utf-8")
        canonical = json.dumps(json.loads(raw), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        assert raw == canonical, rel


# ---------------------------------------------------------------- stable ids, incremental == clean
def _ids(site: Path) -> tuple[list[str], dict[str, str], dict[str, str]]:
    docs = xc.load_exports(site)
    slides = [s["unique_id"] for s in docs["timeline.json"]["events"]]
    events = {ev["id"]: ev["text"] for e in docs["data/entries.json"]["entries"] for ev in e["events"]}
    slide_text = {s["unique_id"]: json.dumps(s, sort_keys=True) for s in docs["timeline.json"]["events"]}
    return slides, events, slide_text


def test_deleting_an_event_leaves_every_other_id_as_it_was(tmp_path):
    root = _build(_write_project(tmp_path / "p")).parent
    slides, events, texts = _ids(root / "site")
    path = root / "content" / "entries" / "2022" / "2022-04-12-c.md"
    text = path.read_text("utf-8")
    cut = "- date: 2022-04-09\n  precision: day\n  status: reported\n  text: Ukraine asked for more help on Saturday.\n  actors: [ukraine]\n"  # noqa: E501
    assert cut in text
    path.write_text(text.replace(cut, ""), "utf-8")  # its first event: the others move up in the file
    [gone] = [i for i, t in events.items() if t == "Ukraine asked for more help on Saturday."]
    _build(root)
    slides2, events2, texts2 = _ids(root / "site")
    assert slides2 == [s for s in slides if s != gone]
    assert events2 == {i: t for i, t in events.items() if i != gone}
    # the slides of happenings the deleted event had no part in are byte for byte the same
    assert {i: t for i, t in texts2.items()} == {i: t for i, t in texts.items() if i != gone}
    clean = tmp_path / "clean"
    shutil.copytree(root / "content", clean / "content")
    assert _tree(_build(clean)) == _tree(root / "site")  # the incremental build equals a clean one


def test_an_edit_of_happening_ids_rebuilds_to_what_a_clean_build_makes(tmp_path):
    """Merging a report into another entry's happening changes the items of both happenings, made
    from fragments of entries the edit did not touch: the incremental build must not keep them."""
    root = _build(_write_project(tmp_path / "p")).parent
    path = root / "content" / "entries" / "2022" / "2022-04-12-c.md"
    text = path.read_text("utf-8")
    path.write_text(text.replace(f"happening: {MEETING}", f"happening: {TALKS}"), "utf-8")
    _build(root)
    docs = xc.load_exports(root / "site")
    [talks] = [h for h in docs["data/happenings.json"]["happenings"] if h["id"] == TALKS]
    assert [r["entry"] for r in talks["reports"]] == ["2022-04-10-a", "2022-04-11-b", "2022-04-12-c"]
    clean = tmp_path / "clean"
    shutil.copytree(root / "content", clean / "content")
    assert _tree(_build(clean)) == _tree(root / "site")


def test_a_second_clean_build_gives_the_same_bytes(tmp_path, built):
    again = _build(_write_project(tmp_path / "again"))
    assert {k: v for k, v in _tree(again).items() if k.endswith(".json")} == {
        k: v for k, v in _tree(built).items() if k.endswith(".json")
    }


# ---------------------------------------------------------------- TimelineJS3 itself
@pytest.mark.browser
def test_timeline_json_loads_in_timelinejs(built):
    import browser_harness as bh

    bh.require_tools("timelinejs")
    problems, res = xc.timelinejs_problems(built)
    assert not problems, problems
    assert len(res["slides"]) == 7 and res["title"] == "Ministers"


def test_an_edit_remakes_only_the_chunks_of_the_large_exports_that_hold_the_edited_entry():
    import dataclasses
    import datetime as dt

    from generator.core.model import Actor, Entry, Event, SiteConfig
    from generator.render import exports
    from generator.render.plan import entry_keys
    from generator.site.sitemodel import make_site

    def entry(i: int, title: str = "") -> Entry:
        day = dt.date(2022, 1, 1) + dt.timedelta(days=i)
        event = Event(day.isoformat(), "day", f"NATO met {i}.", ("nato",))
        return Entry(f"e{i}", f"entries/e{i}.md", title or f"Entry {i}", day, actors=("nato",), events=(event,))

    kept: dict[str, str] = {}
    made: list[str] = []

    def memo(key, make):
        if key not in kept:
            made.append(key)
            kept[key] = make()
        return kept[key]

    def outputs(entries):
        site, _ = make_site(SiteConfig(), tuple(entries), {"nato": Actor("nato", "NATO", "organization")})
        keys = entry_keys(site, {e.path: e.title for e in entries})  # a file's digest: what it holds
        made.clear()
        kept_bytes = [
            f(site, keys, memo).data for f in (exports.entries_json, exports.timeline_json, exports.happenings_json)
        ]
        assert kept_bytes == [
            f(site).data for f in (exports.entries_json, exports.timeline_json, exports.happenings_json)
        ]
        return len(made)

    entries = [entry(i) for i in range(3 * exports.CHUNK)]
    assert outputs(entries) == 3 * 3  # three chunks of each export
    entries[exports.CHUNK + 1] = dataclasses.replace(entries[exports.CHUNK + 1], title="Edited")
    assert outputs(entries) == 3  # the second chunk of each
    assert outputs(entries) == 0
