"""The candidate rows of an event's actors (event_actors.py, read by bench/train_event_actors.py):
what they say about invented sentences, and that recording them leaves the annotation as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import event_actors
from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _annotate(body: str, date: str = "2023-04-06"):
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, {})


@pytest.fixture
def recorded():
    """The annotation of ``body`` and, per event, its rows (key -> features)."""

    def run(body: str, date: str = "2023-04-06"):
        event_actors.RECORD = {}
        try:
            annotation = _annotate(body, date)
            rows = [dict(r) for _, r in event_actors.RECORD.values()]
        finally:
            event_actors.RECORD = None
        return annotation, rows

    return run


def _key(rows: dict, word: str) -> dict:
    return next(f for k, f in rows.items() if word in k)


def test_the_teller_the_doer_and_the_partner_of_a_reported_clause(recorded):
    body = (
        "Senator Jane Doe said the Ruritanian Ministry of Trade signed a supply deal with Globex Industries on Monday."
    )
    _, per_event = recorded(body)
    assert len(per_event) == 1
    rows = per_event[0]
    doer, teller, partner = _key(rows, "Ministry"), _key(rows, "Jane"), _key(rows, "Globex")
    assert doer["subj"] == 1 and doer["in_clause"] == 1 and doer["rules"] == 1
    assert teller["wrap_subj"] == 1 and "subj" not in teller and "in_clause" not in teller
    assert partner["with"] == 1 and partner["in_clause"] == 1
    assert teller["kind_person"] == 1 and doer["kind_organization"] == 1


def test_a_passive_s_agent_and_an_object_s_owner(recorded):
    _, per_event = recorded("The agreement was approved by the Ruritanian Ministry of Trade on Monday.")
    assert _key(per_event[0], "Ministry")["agent"] == 1
    body = "The Ruritanian Ministry of Trade met officials of Globex Industries on Monday."
    _, per_event = recorded(body)
    assert _key(per_event[0], "Globex")["of_obj"] == 1 and "subj" not in _key(per_event[0], "Globex")


def test_the_rows_reach_the_sentence_before(recorded):
    body = "Globex Industries opened a plant in March.\n\nThe Ruritanian Ministry of Trade met officials on Monday."
    _, per_event = recorded(body)
    monday = next(r for r in per_event if any("Ministry" in k for k in r))
    assert monday[next(k for k in monday if "Globex" in k)].get("prev_block") == 1


def test_recording_changes_nothing(recorded):
    body = (
        "Jane Doe said Acme Corporation signed a supply deal with Globex Industries on Monday.\n\n"
        "Acme said it would open a plant in Ohio next year."
    )
    plain = _annotate(body)
    annotation, per_event = recorded(body)
    assert annotation == plain
    assert per_event and event_actors.RECORD is None
