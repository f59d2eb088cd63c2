"""Accuracy floors on the wide development corpus (tests/gold/wide/: 42 real articles of other
stories than the seeds', 2005-2025, every continent and genre), through the product's own ingest.

The floors are the figures measured when they were set, less a small margin, so that a change
that makes the annotation worse on unseen kinds of text fails here. The held-out third is never
tuned on: its floors say what the annotator does on text its rules were not written against.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.ingest import run_ingest
from generator.score import Report, score

WIDE = Path(__file__).resolve().parent / "gold" / "wide"

# F1 floors per split: the figures measured when they were set (2026-12-05), less about 0.01-0.02.
# dev (27 articles): actors 0.904 (P 0.961), places 0.907, event dates 0.898, event actors 0.762,
# quote speakers 0.990 (0 wrong of 49); event dates 0.939 and event actors 0.797 after the event rules
# of the same day (floors 0.92 and 0.78)
# heldout (15 articles): actors 0.720 (P 0.716), places 0.797, event dates 0.776, event actors 0.481,
# quote speakers 0.811 (0 wrong of 33)
# Actors raised after the organisation and registry rules (2026-12-05): dev 0.915 (P 0.976), heldout
# 0.746 (P 0.768); event actors then dev 0.768, heldout 0.520.
# (the targets are higher: actors 0.90, places 0.80, event dates 0.90, event actors 0.65, speakers 0.85)
FLOORS = {
    "dev": {"actors": 0.90, "places": 0.89, "event dates": 0.89, "event actors": 0.74, "quote speakers": 0.97},
    "heldout": {"actors": 0.73, "places": 0.78, "event dates": 0.73, "event actors": 0.46, "quote speakers": 0.79},
}
# Registry precision (real actors / actor slugs the entries use, after one ingest of the split; see
# generator/score.py): dev 0.956 and heldout 0.726 before the registry rules, dev 0.973 (109 / 112) and
# heldout 0.792 (61 / 77) after (2026-12-05). The issue asks for 0.90.
REGISTRY_FLOORS = {"dev": 0.96, "heldout": 0.77}
# Quotes given a speaker other than the gold one, per quote found (dev 0 of 49, heldout 0 of 33; the issue: at
# most 1 in 50).
WRONG_SPEAKER_CEILING = {"dev": 0.02, "heldout": 0.02}


def _split_report(split: str, tmp: Path) -> Report:
    gold, seeds, content = tmp / "gold", tmp / "seeds", tmp / "content"
    for d in (gold, seeds, content):
        d.mkdir()
    for g in sorted(WIDE.glob("*.yaml")):
        if yaml.safe_load(g.read_text(encoding="utf-8")).get("split") == split:
            shutil.copy(g, gold / g.name)
            shutil.copy(g.with_suffix(".txt"), seeds / g.with_suffix(".txt").name)
    paths = tuple(sorted(seeds.glob("*.txt")))
    report = run_ingest(paths, content, force=False, root=tmp)
    assert len(report.annotated) == len(paths), report.problems
    return score(gold, content)


@pytest.fixture(scope="module", params=sorted(FLOORS))
def split_report(request, tmp_path_factory) -> tuple[str, Report]:
    return request.param, _split_report(request.param, tmp_path_factory.mktemp(request.param))


def test_wide_corpus_scores_stay_above_floors(split_report) -> None:
    split, report = split_report
    assert report.articles and not report.problems
    low = {
        field: round(report.get(field).f1, 3) for field, floor in FLOORS[split].items() if report.get(field).f1 < floor
    }
    assert not low, f"{split} split below its floors: {low} (floors {FLOORS[split]})"


def test_the_registry_has_few_duplicate_or_junk_actors(split_report) -> None:
    split, report = split_report
    assert report.registry is not None
    assert report.registry.precision >= REGISTRY_FLOORS[split], (split, report.registry)


def test_few_quotes_get_a_wrong_speaker(split_report) -> None:
    """A wrong speaker is worse than none: quotes found whose speaker is not the gold one (an
    unattributed quote is not wrong) stay under the ceiling (the issue asks for 1 in 50)."""
    split, report = split_report
    found = report.get("quotes found").tp
    assert found > 20
    assert report.wrong_speakers <= WRONG_SPEAKER_CEILING[split] * found, (split, report.wrong_speakers, found)
