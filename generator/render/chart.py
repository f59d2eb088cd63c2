"""Small SVG charts rendered at build time: events per month, with a text alternative.

The chart is a column per calendar month from the first event to the last (empty months keep
their slot, so gaps show). Columns have a maximum width, so a timeline of one month is one
slim column rather than a slab, and the SVG is only as wide as its columns need, up to a
cap; forty months still fit. Horizontal gridlines carry "nice" values (1, 2, 5 x 10^k); the x
axis names months when there are few and years when there are many. Output depends on the
input only: fixed decimals, no ids that vary, no clock.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from markupsafe import Markup

from generator.core.model import Happening
from generator.render.context import Chart, ChartRow


@dataclass(frozen=True)
class Geometry:
    max_width: int  # the widest the plot may grow (px of the viewBox; the SVG scales down below it)
    height: int
    left: int  # room for the y labels
    bottom: int  # room for the x labels
    top: int
    max_slot: int  # widest slot per month
    font: int
    year_gap: int  # least px between two year labels


LARGE = Geometry(max_width=560, height=170, left=34, bottom=36, top=10, max_slot=44, font=12, year_gap=40)
SMALL = Geometry(max_width=320, height=104, left=26, bottom=30, top=8, max_slot=28, font=11, year_gap=34)


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    out, (y, m) = [], first
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def nice_ticks(peak: int, most: int = 4) -> tuple[int, ...]:
    """Gridline values from 0 to at least ``peak``, at a step of 1, 2 or 5 x 10^k, at most ``most`` above 0."""
    peak = max(1, peak)
    step = 1
    while True:
        for m in (1, 2, 5):
            s = step * m
            if -(-peak // s) <= most:
                top = -(-peak // s) * s
                return tuple(range(0, top + 1, s))
        step *= 10


def _f(x: float) -> str:
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def month_chart(events: Iterable[Happening], fmt, title: str, small: bool = False) -> Chart:
    """Happenings per month from the first to the last; the busiest months named in the summary.

    Events known only to the year have no month to stand in (counting them in January would
    invent a spike); the summary says how many there are.
    """
    counts: Counter = Counter()
    coarse = 0
    for p in events:
        if p.precision == "year":
            coarse += 1
        else:
            counts[(p.start.year, p.start.month)] += 1
    chart = counts_chart(counts, fmt, title, small)
    if coarse:
        note = fmt.ngettext(
            "%(num)s more event is dated only to a year.", "%(num)s more events are dated only to a year.", coarse
        )
        summary = note[0].upper() + note[1:] if not counts else f"{chart.summary} {note}"
        chart = replace(chart, summary=summary)
    return chart


def counts_chart(counts: Counter, fmt, title: str, small: bool = False) -> Chart:
    """The chart of ``{(year, month): count}``."""
    counts = Counter({k: v for k, v in counts.items() if v > 0})
    if not counts:
        return Chart(svg=Markup(""), title=title, summary=fmt.gettext("No dated events."), rows=())
    g = SMALL if small else LARGE
    ticks = nice_ticks(max(counts.values()), 2 if small else 4)
    widest = max(len(fmt.number(t)) for t in ticks)
    g = replace(g, left=max(g.left, round(widest * g.font * 0.62) + 8))
    months = months_between(min(counts), max(counts))
    n = len(months)
    plot_w = min(g.max_width - g.left - 6, n * g.max_slot)
    slot = plot_w / n
    bar_w = max(1.0, min(slot * 0.72, slot - 1.0)) if slot >= 2 else slot
    width = g.left + plot_w + 6
    base = g.height - g.bottom  # y of the zero line
    plot_h = base - g.top
    scale = plot_h / ticks[-1]
    label = {ym: fmt.month(f"{ym[0]:04d}-{ym[1]:02d}") for ym in months}

    parts = ['<g class="grid">', *_grid_lines(ticks, g, width, base, scale)]
    parts.append('</g><g class="axis">')
    parts.extend(_y_labels(ticks, g, base, scale, fmt))
    parts.extend(_x_labels(months, g, slot, base, fmt))
    parts.append('</g><g class="bars">')
    parts.extend(_bars(months, counts, g, slot, bar_w, base, scale, label, fmt))
    parts.append("</g>")

    summary = _summary(months, counts, label, fmt)
    svg = (
        f'<svg class="chart{" chart-small" if small else ""}" viewBox="0 0 {_f(width)} {g.height}" width="{_f(width)}" '
        f'height="{g.height}" role="img" aria-label="{html.escape(title)}" font-size="{g.font}">'
        + "".join(parts)
        + "</svg>"
    )
    return Chart(svg=Markup(svg), title=title, summary=summary, rows=_rows(months, counts, label, fmt))


def _grid_lines(ticks: tuple[int, ...], g: Geometry, width: float, base: float, scale: float) -> list[str]:
    """A horizontal line across the plot at each tick."""
    parts = []
    for t in ticks:
        y = base - t * scale
        parts.append(f'<line x1="{g.left}" y1="{_f(y)}" x2="{_f(width)}" y2="{_f(y)}"/>')
    return parts


def _y_labels(ticks: tuple[int, ...], g: Geometry, base: float, scale: float, fmt) -> list[str]:
    """Each tick's number, right-aligned left of the plot."""
    parts = []
    for t in ticks:
        y = base - t * scale
        parts.append(
            f'<text x="{g.left - 5}" y="{_f(y + g.font * 0.35)}" text-anchor="end">{html.escape(fmt.number(t))}</text>'
        )
    return parts


def _bars(
    months: list[tuple[int, int]],
    counts: Counter,
    g: Geometry,
    slot: float,
    bar_w: float,
    base: float,
    scale: float,
    label: dict,
    fmt,
) -> list[str]:
    """A bar for each month with events (none for an empty one), its tooltip the month and count."""
    parts = []
    for i, ym in enumerate(months):
        c = counts.get(ym, 0)
        if not c:
            continue
        h = max(1.0, c * scale)
        x = g.left + i * slot + (slot - bar_w) / 2
        tip = fmt.ngettext("%(month)s: %(num)s event", "%(month)s: %(num)s events", c, month=label[ym])
        parts.append(
            f'<rect x="{_f(x)}" y="{_f(base - h)}" width="{_f(bar_w)}" height="{_f(h)}">'
            f"<title>{html.escape(tip)}</title></rect>"
        )
    return parts


def _summary(months: list[tuple[int, int]], counts: Counter, label: dict, fmt) -> str:
    """The chart in words: the number of events, all in one month, or from the first month to the last
    with the three busiest."""
    total = sum(counts.values())
    first, last = label[months[0]], label[months[-1]]
    if len(months) == 1:
        summary = fmt.ngettext(
            "%(num)s event, all in %(month)s.", "%(num)s events, all in %(month)s.", total, month=first
        )
    else:
        busiest = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        busy = ", ".join(f"{label[ym]} ({fmt.number(c)})" for ym, c in busiest)
        summary = fmt.ngettext(
            "%(num)s event from %(first)s to %(last)s; busiest: %(busiest)s.",
            "%(num)s events from %(first)s to %(last)s; busiest: %(busiest)s.",
            total,
            first=first,
            last=last,
            busiest=busy,
        )
    return summary


def _rows(months: list[tuple[int, int]], counts: Counter, label: dict, fmt) -> tuple[ChartRow, ...]:
    """The chart's table: a row a month, and one row for a run of empty months ("May 1897 – April 1989: 0"),
    so a site whose dates span a century does not put 1,500 rows of zeros on every timeline page."""
    rows: list[ChartRow] = []
    for empty, run in itertools.groupby(months, key=lambda ym: not counts.get(ym)):
        run_months = list(run)
        if empty and len(run_months) > 1:
            span = f"{label[run_months[0]]} – {label[run_months[-1]]}"
            rows.append(ChartRow(label=span, count=0, count_label=fmt.number(0)))
            continue
        rows.extend(
            ChartRow(label=label[ym], count=counts[ym], count_label=fmt.number(counts[ym])) for ym in run_months
        )
    return tuple(rows)


def _x_labels(months: list[tuple[int, int]], g: Geometry, slot: float, base: float, fmt) -> list[str]:
    """Month initials under each slot when few, else the year at each January (thinned to fit)."""
    out: list[str] = []
    y1, y2 = base + g.font + 3, base + 2 * g.font + 6
    tick = lambda x: f'<line class="tick" x1="{_f(x)}" y1="{_f(base)}" x2="{_f(x)}" y2="{_f(base + 4)}"/>'  # noqa: E731
    if len(months) <= 12 and slot >= g.font * 2.2:
        for i, (y, m) in enumerate(months):
            x = g.left + (i + 0.5) * slot
            out.append(f'<text x="{_f(x)}" y="{_f(y1)}" text-anchor="middle">{html.escape(fmt.month_short(m))}</text>')
            if i == 0 or m == 1:
                out.append(f'<text x="{_f(x)}" y="{_f(y2)}" text-anchor="middle" class="year">{y}</text>')
        return out
    if len(months) <= 12:  # few months, narrow slots (small chart): first and last only
        for i in (0, len(months) - 1) if len(months) > 1 else (0,):
            y, m = months[i]
            x = g.left + (i + 0.5) * slot
            anchor = "start" if i == 0 and len(months) > 1 else ("end" if len(months) > 1 else "middle")
            x = g.left if anchor == "start" else (g.left + len(months) * slot if anchor == "end" else x)
            out.append(
                f'<text x="{_f(x)}" y="{_f(y1)}" text-anchor="{anchor}">{html.escape(fmt.month_short(m))} {y}</text>'
            )
        return out
    # many months: a tick and a label at every January of a round step of years, where there is room
    step = _year_step(slot * 12, g.year_gap)
    years = [(i, y) for i, (y, m) in enumerate(months) if m == 1 and y % step == 0]
    if step == 1 and (not years or years[0][0] * slot >= g.year_gap):
        years.insert(0, (0, months[0][0]))
    last_x = -1e9
    for i, y in years:
        x = g.left + i * slot
        out.append(tick(x))
        if x - last_x >= g.year_gap and x + 2 + g.font * 0.62 * len(str(y)) <= g.left + len(months) * slot + 6:
            out.append(f'<text x="{_f(x + 2)}" y="{_f(y1)}" text-anchor="start">{y}</text>')
            last_x = x
    return out


def _year_step(year_width: float, gap: float) -> int:
    """The fewest years between two labels (1, 2, 5, 10, 20, 50, 100, …) that leaves ``gap`` between them,
    so a century of months is labelled 1900, 1920, … rather than 1898, 1908, …"""
    step = 1
    while step * year_width < gap:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step
