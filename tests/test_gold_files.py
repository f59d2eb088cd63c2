"""The wide development corpus's gold files are checked by script, not by trust.

Every gold file in ``tests/gold/wide/`` names its article, and every surface form, place form,
event evidence and quote prefix it gives must occur verbatim in that article's text (after the
date line), so a scorer never rewards a string the article does not hold. Event actors and
named quote speakers must be gold actors. The corpus must be as wide as the issue asks: at least
40 articles, 12 topics, 5 continents, 15 years, a third held out.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

WIDE = Path(__file__).resolve().parent / "gold" / "wide"
GOLD_FILES = sorted(WIDE.glob("*.yaml"))
KINDS = {"person", "organization", "country", "other"}
GENRES = {"wire", "press release", "readout", "transcript", "speech", "feature", "statement", "report"}
CONTINENTS = {"Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica"}


def _body(article: Path) -> str:
    text = article.read_text(encoding="utf-8")
    assert re.match(r"^ date \d{4}-\d{2}-\d{2}\b", text), f"{article.name}: must start with ' date YYYY-MM-DD'"
    return text


def _squash(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_verbatim_and_consistent(gold_file: Path) -> None:
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    article = WIDE / gold["article"]
    assert article.is_file(), f"{gold_file.name}: article {gold['article']} missing"
    text = _squash(_body(article))
    assert text.split()[1] == gold["publication_date"], f"{gold_file.name}: publication_date differs from the seed"
    for key in ("title", "source_url", "licence", "topic", "genre", "continent", "split"):
        assert gold.get(key), f"{gold_file.name}: '{key}' missing"
    assert gold["split"] in {"dev", "heldout"}
    assert gold["genre"] in GENRES, f"{gold_file.name}: genre {gold['genre']!r} not in {sorted(GENRES)}"
    assert gold["continent"] in CONTINENTS
    missing: list[str] = []

    def need(where: str, s: str) -> None:
        if _squash(str(s)) not in text:
            missing.append(f"{where}: {s!r}")

    names = set()
    for a in gold.get("actors") or []:
        assert a.get("kind") in KINDS, f"{gold_file.name}: actor {a.get('name')} kind {a.get('kind')!r}"
        names.add(a["name"])
        assert a.get("surface_forms"), f"{gold_file.name}: actor {a['name']} has no surface forms"
        for s in a["surface_forms"]:
            need(f"actor {a['name']}", s)
    for p in gold.get("places") or []:
        for s in p.get("surface_forms") or []:
            need(f"place {p['name']}", s)
    for e in gold.get("events") or []:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?", str(e["date"])), e
        if e.get("end_date"):
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?", str(e["end_date"])), e
        assert e.get("status", "reported") in {"reported", "planned"}
        need("event evidence", e["evidence"])
        for actor in e.get("actors") or []:
            assert actor in names, f"{gold_file.name}: event actor {actor!r} is not a gold actor"
    for q in gold.get("quotes") or []:
        need("quote", q["text"])
        speaker = q.get("speaker")
        if speaker is not None and not q.get("anonymous"):
            assert speaker in names, f"{gold_file.name}: quote speaker {speaker!r} is not a gold actor"
        if q.get("anonymous"):
            need("anonymous speaker", speaker)
    for s in gold.get("sources_cited") or []:
        need("source", s)
    assert not missing, f"{gold_file.name}: not verbatim in the article:\n" + "\n".join(missing)


def test_corpus_is_wide() -> None:
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    if len(golds) < 40:
        pytest.fail(f"the wide corpus has {len(golds)} gold articles; it needs at least 40")
    assert len({g["topic"] for g in golds}) >= 12
    assert len({g["continent"] for g in golds}) >= 5
    assert len({g["publication_date"][:4] for g in golds}) >= 15
    assert len({g["genre"] for g in golds}) >= 6
    held = sum(g["split"] == "heldout" for g in golds)
    assert len(golds) // 4 <= held <= len(golds) // 2 + 1, f"{held} of {len(golds)} held out; a third is wanted"
