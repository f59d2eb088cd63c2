"""Accuracy floors on the wide development corpus (tests/gold/wide/: 58 real articles of other
stories than the seeds', 2002-2025, every continent and genre), through the product's own ingest.

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

# F1 floors per split: the figures measured when they were set, less about 0.01-0.02. Measured 2026-12-05 on
# 58 articles (16 added that day with blind gold: 10 dev, 6 held out), after that day's actor, registry, event
# and quote rules:
# dev (37 articles): actors 0.909 (P 0.976), places 0.901, event dates 0.915, event actors 0.756,
# quote speakers 0.866 (0 wrong of 60), registry precision 0.979 (143 real actors / 146 slugs)
# heldout (21 articles): actors 0.724 (P 0.800), places 0.748, event dates 0.808, event actors 0.506,
# quote speakers 0.747 (2 wrong of 39), registry precision 0.823 (79 / 96)
# (before the 16 new articles, on 27 dev / 15 held out: dev actors 0.915, event dates 0.939; heldout actors 0.746)
# The targets: actors 0.90 (P 0.88), places 0.80, event dates 0.90, event actors 0.65,
# speakers 0.85 with at most 1 wrong in 50, registry 0.90: the dev split meets them all, the held-out split
# none of them.
FLOORS = {
    "dev": {"actors": 0.89, "places": 0.88, "event dates": 0.90, "event actors": 0.73, "quote speakers": 0.85},
    "heldout": {"actors": 0.70, "places": 0.73, "event dates": 0.79, "event actors": 0.49, "quote speakers": 0.73},
}
# Registry precision (real actors / actor slugs the entries use, after one ingest of the split; see
# generator/score.py).
REGISTRY_FLOORS = {"dev": 0.96, "heldout": 0.80}
# Quotes given a speaker other than the gold one, per quote found. Dev: the 1 in 50. Held out: 2 of 39
# measured (a radio feature's speaker labels), so the ceiling only stops it getting worse.
WRONG_SPEAKER_CEILING = {"dev": 0.02, "heldout": 0.06}


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
