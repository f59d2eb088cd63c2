"""The gold happenings are checked by script, not by trust.

``tests/gold/happenings/<story>.yaml`` lists, for one developing story, every dated real-world
happening its articles report (``id``, ``date``: YYYY-MM-DD, YYYY-MM, YYYY or a range A/B, ``what``:
a present-tense line of at most 20 words) and every sentence that reports it with a date phrase
(``article`` and a verbatim part of the ``sentence``, at least 6 words). A scorer matches annotator
events to these sentences and pairs them by happening, so a sentence that is not verbatim in its
article, an article that is not part of the story, or a date that cannot be read would silently
change the score: every file is checked here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold" / "happenings"
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))
SPLITS = {"dev", "heldout"}
FILE_KEYS = {"story", "split", "articles", "happenings"}
HAPPENING_KEYS = {"id", "date", "what", "reports"}
REPORT_KEYS = {"article", "sentence"}
HEADER_LINE = re.compile(r"^(url|outlet|title):")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MIN_SENTENCE_WORDS = 6
MAX_WHAT_WORDS = 20
# The five multi-article stories of tests/corpus/real/STORIES.md, the seeds, and the held-out story
# of tests/corpus/happenings/, and the blind dev stories of tests/corpus/extra written for #13.
EXPECTED_STORIES = {
    "haiti-quake-2010",
    "nepal-quake-2015",
    "ebola-2014",
    "typhoon-haiyan-2013",
    "copenhagen-cop15-2009",
    "seeds-nato-2022",
    "chile-miners-2010",
    "nigeria-election-2015",
    "iran-nuclear-deal-2015",
    "habre-trial-2016",
}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _body(article: Path) -> str:
    """The article's text after its ` date YYYY-MM-DD` token and its url:/outlet:/title: lines."""
    text = article.read_text(encoding="utf-8")
    match = re.match(r"^ date \d{4}-\d{2}-\d{2}\b", text)
    assert match, f"{article}: must start with ' date YYYY-MM-DD'"
    lines = text[match.end() :].split("\n")
    while lines and (not lines[0].strip() or HEADER_LINE.match(lines[0])):
        lines.pop(0)
    return _squash("\n".join(lines))


def _interval(part: str) -> tuple[dt.date, dt.date]:
    """First and last day a YYYY, YYYY-MM or YYYY-MM-DD date covers; ValueError if it is none."""
    match = DATE.match(part)
    if not match:
        raise ValueError(f"{part!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day), dt.date(year, month, day)


def parse_gold_date(value: object) -> tuple[dt.date, dt.date]:
    """A gold `date` (YAML may hand a plain day over as a date) as the interval it covers."""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    parts = text.split("/")
    if len(parts) > 2:
        raise ValueError(f"{text!r}: a range is A/B, with one slash")
    first, last = _interval(parts[0]), _interval(parts[-1])
    if first[0] > last[0] or first[1] > last[1]:
        raise ValueError(f"{text!r}: the range ends before it starts")
    return first[0], last[1]


def _load(gold_file: Path) -> dict:
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    assert isinstance(gold, dict), f"{gold_file.name}: must be a mapping with keys {sorted(FILE_KEYS)}"
    return gold


def test_every_story_has_gold() -> None:
    names = {p.stem for p in GOLD_FILES}
    assert EXPECTED_STORIES <= names, f"missing gold files: {sorted(EXPECTED_STORIES - names)}"
    splits = {p.stem: _load(p)["split"] for p in GOLD_FILES}
    assert "heldout" in splits.values() and "dev" in splits.values(), "gold needs both a dev and a heldout split"


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_happenings_file_is_valid(gold_file: Path) -> None:
    gold = _load(gold_file)
    name = gold_file.name
    assert FILE_KEYS <= gold.keys(), f"{name}: keys {sorted(FILE_KEYS - gold.keys())} missing"
    assert isinstance(gold["story"], str) and "\n" not in gold["story"].strip(), f"{name}: story is one line"
    assert gold["split"] in SPLITS, f"{name}: split {gold['split']!r} must be one of {sorted(SPLITS)}"
    articles = gold["articles"]
    assert articles and len(set(articles)) == len(articles), f"{name}: articles must be listed once each"
    bodies = {}
    for article in articles:
        path = ROOT / article
        assert path.is_file(), f"{name}: article {article} does not exist (paths are relative to the repo root)"
        bodies[article] = _body(path)
    problems: list[str] = []
    ids: set[str] = set()
    for happening in gold["happenings"]:
        hid = happening.get("id")
        where = f"{name}: happening {hid}"
        missing = HAPPENING_KEYS - happening.keys()
        if missing:
            problems.append(f"{where}: keys {sorted(missing)} missing")
            continue
        if hid in ids:
            problems.append(f"{where}: id used twice")
        ids.add(hid)
        try:
            parse_gold_date(happening["date"])
        except ValueError as err:
            problems.append(f"{where}: date {err}")
        words = len(str(happening["what"]).split())
        if not 0 < words <= MAX_WHAT_WORDS:
            problems.append(f"{where}: 'what' has {words} words (1 to {MAX_WHAT_WORDS})")
        if not happening["reports"]:
            problems.append(f"{where}: no reports")
        for report in happening["reports"] or []:
            problems.extend(_report_problems(where, report, bodies))
    assert not problems, "\n".join(problems)


def _report_problems(where: str, report: dict, bodies: dict[str, str]) -> list[str]:
    if REPORT_KEYS - report.keys():
        return [f"{where}: a report lacks {sorted(REPORT_KEYS - report.keys())}"]
    article, sentence = report["article"], _squash(str(report["sentence"]))
    if article not in bodies:
        return [f"{where}: report article {article} is not in the file's 'articles' (or does not exist)"]
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return [f"{where}: sentence {sentence!r} has fewer than {MIN_SENTENCE_WORDS} words"]
    if sentence not in bodies[article]:
        return [f"{where}: sentence {sentence!r} is not verbatim in {article}"]
    return []


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (dt.date(2010, 1, 12), True),
        ("2010-01", True),
        ("2004", True),
        ("2015-05-01/2015-05-06", True),
        ("1997/2013-11", True),
        ("2015-05-06/2015-05-01", False),
        ("2010-02-30", False),
        ("2010-13", False),
        ("12 January 2010", False),
        ("2010/2011/2012", False),
    ],
)
def test_gold_date_reader(value: object, ok: bool) -> None:
    if ok:
        parse_gold_date(value)
    else:
        with pytest.raises(ValueError):
            parse_gold_date(value)
