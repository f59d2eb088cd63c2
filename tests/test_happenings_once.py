"""A happening reported once is made by a shortcut (``happenings._reported_once``): the same value
as the general path gives for one report."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.core.model import Event, PlacedEvent, date_span
from generator.site import happenings


def _placed(**fields) -> PlacedEvent:
    event = Event(**{"date": "2022-03-01", "precision": "day", "text": "A  met B,  at length.", **fields})
    return PlacedEvent(event=event, entry_slug="e1", index=2, start=date_span(event.date)[0], id="e0123456789")


@pytest.mark.parametrize(
    "fields",
    [
        {"actors": ("a", "b", "a"), "status": "reported"},
        {"actors": (), "status": "planned", "end_date": "2022-03-04"},
        {"date": "2022-W10", "precision": "week", "summary": "A met B."},
        {"date": "2022", "precision": "year", "text": " ".join(f"w{i}," for i in range(40))},
    ],
)
def test_a_happening_reported_once_is_what_the_general_path_makes(fields):
    p = _placed(**fields)
    assert happenings._reported_once("h1", p) == happenings._reported_many("h1", (p,))
    assert happenings.group([p], {"e1": dt.date(2022, 3, 1)}) == (happenings._reported_many("e0123456789", (p,)),)
