"""site/happenings.py: events sharing a happening id become one item."""

import datetime as dt

from generator.core.model import Event, PlacedEvent, date_span
from generator.site.happenings import group, short_line


def _placed(slug: str, index: int, event: Event) -> PlacedEvent:
    return PlacedEvent(event, slug, index, date_span(event.date)[0], id=f"e{slug}{index}")


DATES = {"a": dt.date(2022, 4, 6), "b": dt.date(2022, 4, 7)}


def test_a_happening_that_took_place_is_told_by_a_report_that_says_so():
    planned = Event("2022-04-06", "day", "The meeting is scheduled for Wednesday.", ("nato",), status="planned",
                    happening="h", summary="The meeting is scheduled")  # fmt: skip
    held = Event("2022-W14", "week", "The ministers met this week.", ("nato",), happening="h", summary="Ministers meet")
    [h] = group([_placed("a", 1, planned), _placed("b", 1, held)], DATES)
    assert (h.date, h.status, h.line) == ("2022-04-06", "reported", "Ministers meet")  # the day, the telling line
    [only_planned] = group([_placed("a", 1, planned)], DATES)
    assert (only_planned.status, only_planned.line) == ("planned", "The meeting is scheduled")


def test_reports_giving_different_days_say_so_and_the_most_common_day_is_shown():
    events = [
        Event("2022-04-05", "day", "They met on Tuesday.", happening="h"),
        Event("2022-04-06", "day", "They met on Wednesday.", happening="h"),
        Event("2022-04-06", "day", "The meeting was on Wednesday.", happening="h"),
    ]
    [h] = group([_placed(s, i, e) for (s, i), e in zip((("a", 1), ("a", 2), ("b", 1)), events)], DATES)
    assert h.date == "2022-04-06" and h.dates == ("2022-04-05", "2022-04-06") and len(h.reports) == 3


def test_a_long_sentence_without_a_summary_is_cut_to_twenty_words():
    text = " ".join(f"w{i}" for i in range(30))
    assert short_line(text).split(" ")[:-1] == [f"w{i}" for i in range(20)]
    assert short_line("Short one.") == "Short one."
