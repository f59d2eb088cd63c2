"""The SVG chart: slim bars for one month, readable ticks for forty, a text alternative, and
byte-identical output for the same counts."""

from __future__ import annotations

import re
from collections import Counter

from generator.render.chart import LARGE, SMALL, counts_chart, months_between, nice_ticks
from generator.render.formatting import Formatter

FMT = Formatter("en")


def rects(svg: str) -> list[dict[str, float]]:
    return [
        {k: float(v) for k, v in re.findall(r'(x|y|width|height)="([\d.]+)"', m)}
        for m in re.findall(r"<rect ([^>]*)>", svg)
    ]


def svg_width(svg: str) -> float:
    return float(re.search(r'<svg[^>]* width="([\d.]+)"', svg).group(1))


def test_nice_ticks():
    assert nice_ticks(1) == (0, 1)
    assert nice_ticks(6) == (0, 2, 4, 6)
    assert nice_ticks(7) == (0, 2, 4, 6, 8)
    assert nice_ticks(37) == (0, 10, 20, 30, 40)
    assert nice_ticks(1234)[-1] >= 1234 and len(nice_ticks(1234)) <= 5
    assert nice_ticks(0) == (0, 1)


def test_one_month_is_one_slim_bar_with_a_summary():
    chart = counts_chart(Counter({(2022, 4): 6}), FMT, "Events per month")
    bars = rects(str(chart.svg))
    assert len(bars) == 1
    assert bars[0]["width"] <= LARGE.max_slot  # not a slab across the whole width
    assert svg_width(str(chart.svg)) < 200  # the SVG is only as wide as its one column needs
    assert "April 2022" in chart.summary and "6 events" in chart.summary
    assert "Apr" in str(chart.svg) and "2022" in str(chart.svg)  # the month is on the axis
    assert [(r.label, r.count) for r in chart.rows] == [("April 2022", 6)]
    assert 'role="img"' in chart.svg and 'aria-label="Events per month"' in chart.svg


def test_a_run_of_empty_months_is_one_row_of_the_table():
    """Dates over a century (a real site had May 1897 to November 2025): the table has a row per month
    with events and one per gap, not 1,543 rows of mostly zeros on every timeline page."""
    counts = Counter({(1897, 5): 1, (2025, 10): 2, (2025, 11): 3, (2026, 1): 1})
    chart = counts_chart(counts, FMT, "Events per month")
    assert [(r.label, r.count) for r in chart.rows] == [
        ("May 1897", 1),
        ("June 1897 – September 2025", 0),
        ("October 2025", 2),
        ("November 2025", 3),
        ("December 2025", 0),
        ("January 2026", 1),
    ]
    assert sum(r.count for r in chart.rows) == sum(counts.values())


def test_forty_months_fit_with_year_ticks_and_gaps_kept():
    months = months_between((2020, 9), (2023, 12))
    assert len(months) == 40
    counts = Counter({ym: ((i + 1) * 7) % 11 for i, ym in enumerate(months)})  # some months are empty
    chart = counts_chart(counts, FMT, "Events per month")
    svg = str(chart.svg)
    assert svg_width(svg) <= LARGE.max_width
    assert len(rects(svg)) == sum(1 for v in counts.values() if v)
    assert len(chart.rows) == 40  # empty months keep their row (and their slot)
    labels = re.findall(r'<text x="([\d.]+)"[^>]*text-anchor="start">(\d{4})</text>', svg)
    assert [y for _, y in labels][-3:] == ["2021", "2022", "2023"]
    xs = [float(x) for x, _ in labels]
    assert all(b - a >= LARGE.year_gap for a, b in zip(xs, xs[1:])), "year labels overlap"
    bars = rects(svg)
    assert all(b["x"] >= a["x"] + a["width"] for a, b in zip(bars, bars[1:])), "bars overlap"


def test_many_months_thin_the_year_labels():
    months = months_between((1990, 1), (2023, 12))
    chart = counts_chart(Counter(dict.fromkeys(months, 1)), FMT, "t", small=True)
    xs = [float(x) for x in re.findall(r'<text x="([\d.]+)"[^>]*text-anchor="start">\d{4}</text>', str(chart.svg))]
    assert 2 <= len(xs) < 34
    assert all(b - a >= SMALL.year_gap for a, b in zip(xs, xs[1:]))


def test_a_century_of_months_is_labelled_at_round_years():
    """May 1897 to November 2025 (a real site): 1900, 1920, … under the bars, not 1898, 1908, …"""
    counts = Counter({(1897, 5): 1, (1934, 1): 2, (2014, 3): 19, (2025, 11): 2})
    svg = str(counts_chart(counts, FMT, "Events per month").svg)
    labels = [int(y) for y in re.findall(r'text-anchor="start">(\d{4})</text>', svg)]
    assert len(labels) >= 4 and all(y % 10 == 0 for y in labels), labels
    steps = {b - a for a, b in zip(labels, labels[1:])}
    assert len(steps) == 1 and steps.pop() in (10, 20, 50), labels
    last_x = max(float(x) for x in re.findall(r'<text x="([\d.]+)"[^>]*text-anchor="start">\d{4}</text>', svg))
    assert last_x + 4 * 12 * 0.62 <= svg_width(svg), "the last year label runs off the chart"


def test_deterministic_and_empty():
    counts = Counter({(2022, 1): 3, (2022, 5): 9})
    assert counts_chart(counts, FMT, "t") == counts_chart(Counter(dict(reversed(list(counts.items())))), FMT, "t")
    empty = counts_chart(Counter(), FMT, "t")
    assert str(empty.svg) == "" and empty.rows == () and empty.summary


def test_numbers_follow_the_language():
    chart = counts_chart(Counter({(2022, 4): 1500}), Formatter("de"), "t")
    assert "1.500" in chart.summary
    assert chart.rows[0].label == "April 2022" and chart.rows[0].count_label == "1.500"
