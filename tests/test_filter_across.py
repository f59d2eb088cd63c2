"""The timeline filter across every page of a split timeline (issue #13, 4), from file:// in
headless Chromium: choosing an actor or a kind loads data/happenings.js with a script element, the
period links count each page's matches, and the matches on other pages are listed and lead to
their items. "Show all" puts everything back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import browser_harness as bh
import pytest

from generator.build import build

pytestmark = pytest.mark.browser
SCRIPT = Path(__file__).resolve().parent / "tools" / "filter-across.mjs"
ACTORS = """nato:
  name: NATO
  kind: organization
ukraine:
  name: Ukraine
  kind: country
jens-stoltenberg:
  name: Jens Stoltenberg
  kind: person
"""


def _entry(month: int, day: int, actor: str) -> str:
    date = f"2022-{month:02d}-{day:02d}"
    return (
        f"---\ntitle: Story of {date}\ndate: {date}\nactors: [{actor}]\nevents:\n"
        f"- date: {date}\n  text: Something {actor} did on day {day} of month {month}.\n  actors: [{actor}]\n"
        f"---\nSomething {actor} did on day {day} of month {month}.\n"
    )


@pytest.fixture(scope="module")
def split_site(tmp_path_factory) -> Path:
    """Three months, three happenings a page: NATO only in January, Ukraine in February and March,
    Stoltenberg once in March."""
    root = tmp_path_factory.mktemp("split")
    entries = root / "content" / "entries"
    entries.mkdir(parents=True)
    (root / "content" / "actors.yaml").write_text(ACTORS, "utf-8")
    (root / "content" / "site.yaml").write_text("title: Split\ntimeline_page_size: 3\n", "utf-8")
    cast = {1: ("nato",) * 3, 2: ("ukraine",) * 3, 3: ("ukraine", "ukraine", "jens-stoltenberg")}
    for month, actors in cast.items():
        for day, actor in enumerate(actors, 1):
            (entries / f"2022-{month:02d}-{day:02d}-story.md").write_text(_entry(month, day, actor), "utf-8")
    report = build(root)
    assert not report.problems, [str(p) for p in report.problems]
    return root / "site"


def _filter(page: Path, *args: str) -> dict:
    bh.require_tools("browser")
    r = subprocess.run(
        ["node", str(SCRIPT), str(page), *args], capture_output=True, text=True, timeout=300, cwd=SCRIPT.parent
    )
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout)
    assert not out.get("error") and not out["jsErrors"] and not out["failed"], out
    return out


def test_an_actor_of_other_pages_is_found_on_them(split_site):
    out = _filter(split_site / "index.html", "--actor", "nato")  # the front page shows March
    before, filtered, cleared = out["before"], out["filtered"], out["cleared"]
    assert not before["loaded"] and before["counts"] == ["3", "3", "3"] and not before["elsewhereShown"]
    assert filtered["shownHere"] == 0 and filtered["counts"] == ["3 / 3", "0 / 3", "0 / 3"]
    assert "In the whole timeline: 3 of 9 events match." in filtered["status"]
    assert filtered["elsewhereShown"] and len(filtered["elsewhere"]) == 3
    assert all("timeline/2022-01.html#h-" in e["href"] for e in filtered["elsewhere"])
    assert filtered["elsewhere"][0]["text"].startswith("January 1, 2022: Something nato did")
    assert out["followed"] == {"found": True, "line": "Something nato did on day 1 of month 1."}
    assert cleared["counts"] == ["3", "3", "3"] and not cleared["elsewhereShown"] and cleared["status"] == ""
    assert cleared["shownHere"] == cleared["here"] == 3


def test_a_kind_counts_this_page_and_the_others(split_site):
    out = _filter(split_site / "timeline" / "2022-02.html", "--kind", "country")
    filtered = out["filtered"]
    assert filtered["shownHere"] == 3 and filtered["counts"] == ["0 / 3", "3 / 3", "2 / 3"]
    assert [e["href"].rsplit("/", 1)[-1].split("#")[0] for e in filtered["elsewhere"]] == ["2022-03.html"] * 2
