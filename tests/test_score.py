from pathlib import Path

from generator.score import PRF, format_report, score

GOLD = """article: ../seeds/x.txt
actors:
  - {name: Antony Blinken, kind: person, surface_forms: [Blinken]}
  - {name: NATO, kind: organization, surface_forms: [NATO]}
  - {name: Russia, kind: country, surface_forms: [Moscow]}
places:
  - {name: Brussels, surface_forms: [Brussels]}
events:
  - {date: "2022-04", actors: [NATO]}
  - {date: "2022-04-05", actors: [Antony Blinken]}
quotes:
  - {text: "We obviously have some", speaker: Antony Blinken}
  - {text: "This is unbearable", speaker: NATO}
sources_cited: [CNN]
"""
ENTRY = """---
title: T
date: '2022-04-06'
seed: seeds/x.txt
actors: [blinken, nato, kyiv]
places: [Brussels, Kyiv]
sources_cited: [CNN]
events:
- {date: 2022-W14, precision: week, status: reported, text: a, actors: [nato]}
- {date: '2022-04-05', precision: day, status: reported, text: b, actors: [blinken, nato]}
- {date: '2021', precision: year, status: reported, text: c, actors: []}
quotes:
- {speaker: blinken, text: We obviously have some changing dynamics}
- {speaker: blinken, text: This is unbearable brutality}
---
body
"""
REGISTRY = """blinken: {name: Antony Blinken, kind: person, aliases: [Blinken]}
nato: {name: NATO, kind: country}
kyiv: {name: Kyiv, kind: country}
"""


def _write(tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.yaml").write_text(GOLD, encoding="utf-8")
    content = tmp_path / "content"
    (content / "entries" / "2022").mkdir(parents=True)
    (content / "entries" / "2022" / "x.md").write_text(ENTRY, encoding="utf-8")
    (content / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    return gold, content


def test_counts(tmp_path):
    report = score(*_write(tmp_path))
    a = report.articles[0]
    assert a.get("actors") == PRF(2, 1, 1)
    assert a.kinds_right == 1 and a.kinds_matched == 2  # NATO's kind is wrong
    assert a.get("places") == PRF(1, 1, 0)
    assert a.get("event dates") == PRF(2, 1, 0)  # 2022-W14 lies inside gold 2022-04
    assert a.get("event actors") == PRF(2, 1, 0)
    assert a.get("quotes found") == PRF(2, 0, 0)
    assert a.get("quote speakers") == PRF(1, 1, 1)
    assert a.sources_exact and a.get("sources cited") == PRF(1, 0, 0)
    text = format_report(report)
    assert "x.txt" in text and "overall" in text and "F1" in text


def test_missing_entry_is_a_problem(tmp_path):
    gold, content = _write(tmp_path)
    for p in (content / "entries").rglob("*.md"):
        p.unlink()
    report = score(gold, content)
    assert report.problems == ("x.yaml: no entry in content/entries has seed 'x.txt'",)
    assert PRF(0, 0, 0).f1 == 1.0 or PRF(0, 0, 0).f1 == 0.0
