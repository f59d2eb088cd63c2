"""Small SVG charts rendered at build time: events per month, with a text alternative."""

from __future__ import annotations

import html
from collections import Counter
from typing import Iterable

from markupsafe import Markup

from .context import Chart
from .model import PlacedEvent


def _months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    out, (y, m) = [], first
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_chart(events: Iterable[PlacedEvent], fmt, title: str, small: bool = False) -> Chart:
    """A bar per month from the first to the last event; the busiest months named in the summary."""
    counts = Counter((p.start.year, p.start.month) for p in events)
    if not counts:
        return Chart(svg=Markup(""), summary="No dated events.")
    months = _months_between(min(counts), max(counts))
    width, height = (320, 60) if small else (720, 120)
    pad_bottom = 16
    bar_w = max(1.0, width / len(months))
    peak = max(counts.values())
    bars = []
    for i, ym in enumerate(months):
        n = counts.get(ym, 0)
        if not n:
            continue
        h = max(1.0, (height - pad_bottom - 4) * n / peak)
        label = f"{fmt.month(f'{ym[0]:04d}-{ym[1]:02d}')}: {n}"
        bars.append(f'<rect x="{i * bar_w:.2f}" y="{height - pad_bottom - h:.2f}" width="{max(bar_w - 1, 0.5):.2f}" '
                    f'height="{h:.2f}"><title>{html.escape(label)}</title></rect>')
    first = fmt.month(f"{months[0][0]:04d}-{months[0][1]:02d}")
    last = fmt.month(f"{months[-1][0]:04d}-{months[-1][1]:02d}")
    busiest = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    busy_text = ", ".join(f"{fmt.month(f'{y:04d}-{m:02d}')} ({n})" for (y, m), n in busiest)
    total = sum(counts.values())
    summary = f"{total} events from {first} to {last}; busiest: {busy_text}."
    svg = (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{html.escape(title)}: {html.escape(summary)}" preserveAspectRatio="none">'
           f'<g class="bars">{"".join(bars)}</g>'
           f'<text x="0" y="{height - 3}" class="axis">{html.escape(first)}</text>'
           f'<text x="{width}" y="{height - 3}" text-anchor="end" class="axis">{html.escape(last)}</text></svg>')
    return Chart(svg=Markup(svg), summary=summary)
