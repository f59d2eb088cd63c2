"""Dates and numbers formatted for the site's language (Babel), at the precision the text gives."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton, get_month_names, parse_pattern
from babel.lists import format_list
from babel.numbers import format_decimal

from generator.core.model import date_precision, date_span
from generator.render.i18n import load_translations


def locale_for(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


_WIDE_MONTH = re.compile(r"(?<![ML])(MMM|LLL)(?![ML])")  # an abbreviated month in a CLDR pattern


class Formatter:
    """Formats for one locale, and speaks its language (the gettext catalog of ``i18n``); each
    distinct value is formatted by Babel once (a site has a few thousand distinct dates and numbers
    at most)."""

    def __init__(self, language: str):
        self.locale = locale_for(language)
        self.translations = load_translations(language)
        self._cache: dict[tuple[str, str], str] = {}
        self._days: dict[dt.date, str] = {}

    def day(self, d: dt.date) -> str:
        text = self._days.get(d)
        if text is None:
            text = self._days[d] = format_date(d, format="long", locale=self.locale)
        return text

    def month(self, value: str) -> str:
        """'2022-04' -> 'April 2022'."""
        key = ("month", value)
        if key not in self._cache:
            self._cache[key] = format_skeleton("yMMMM", date_span(value)[0], locale=self.locale)
        return self._cache[key]

    def period(self, value: str) -> str:
        """A timeline page's period: '2022' or '2022-04'."""
        return self.month(value) if "-" in value else value

    def fuzzy(self, value: str, precision: str) -> str:
        """A date at its precision: '5 April 2022', 'Week of 4 April 2022', 'April 2022', '2022'."""
        key = (precision, value)
        if key not in self._cache:
            start = date_span(value)[0]
            if precision == "day":
                text = self.day(start)
            elif precision == "week":
                text = self.gettext("Week of %(date)s", date=self.day(start))
            elif precision == "month":
                text = self.month(value)
            else:
                text = value
            self._cache[key] = text
        return self._cache[key]

    def span(self, value: str, precision: str, end: str | None = None) -> str:
        """A date, or a range when ``end`` is given: '5–6 April 2022', 'April – May 2022', '2021–2022'."""
        if not end or end == value:
            return self.fuzzy(value, precision)
        key = ("span", f"{precision}:{value}/{end}")
        if key not in self._cache:
            try:
                first, last = date_span(value)[0], date_span(end)[1]
            except ValueError:
                return self.fuzzy(value, precision)
            if last <= first:
                text = self.fuzzy(value, precision)
            elif precision == "year":
                text = format_interval(first, last, "y", locale=self.locale)
            elif precision == "month":
                text = format_interval(first, last, "yMMMM", locale=self.locale)
            else:
                text = self.day_range(first, last)
            self._cache[key] = text
        return self._cache[key]

    def day_range(self, first: dt.date, last: dt.date) -> str:
        """'5–6 April 2022' in the locale's words: CLDR's interval of day, abbreviated month and year
        with the month written out (as ``day`` writes it; CLDR has no such interval of its own)."""
        if first == last:
            return self.day(first)
        patterns = self.locale.interval_formats.get("yMMMd") or {}
        diff = "y" if first.year != last.year else "M" if first.month != last.month else "d"
        pieces = patterns.get(diff)
        if not pieces:
            return format_interval(first, last, "yMMMd", locale=self.locale)
        return "".join(
            parse_pattern(_WIDE_MONTH.sub(lambda m: m[0] + m[0][-1], piece)).apply(day, self.locale)
            for piece, day in zip(pieces, (first, last))
        )

    def one_of(self, labels: list[str]) -> str:
        """'5 April or 6 April' (the locale's 'or')."""
        return format_list(labels, style="or", locale=self.locale)

    def sources_differ(self, dates: tuple[str, ...], label: Callable[[str, str, str | None], str]) -> str:
        """'Sources differ: 5 April 2022 or 6 April 2022': ``dates`` as ``Happening.dates`` gives them
        (``date`` or ``date/end``), each written by ``label(date, precision, end_date)``."""
        labels = []
        for given in dates:
            start, _, end = given.partition("/")
            labels.append(label(start, date_precision(start) or "day", end or None))
        return self.gettext("Sources differ: %(dates)s", dates=self.one_of(labels))

    def group_label(self, value: str, precision: str) -> str:
        """Heading of a day group; coarser dates say they are coarse."""
        text = self.fuzzy(value, precision)
        if precision in ("month", "year"):
            return self.gettext("%(date)s (no exact day)", date=text)
        return text

    def month_short(self, month: int) -> str:
        """1 -> 'Jan' (stand-alone abbreviation, for chart axes)."""
        key = ("month_short", str(month))
        if key not in self._cache:
            self._cache[key] = get_month_names("abbreviated", context="stand-alone", locale=self.locale)[month]
        return self._cache[key]

    def number(self, n: int) -> str:
        """1234 -> '1,234' (en), '1.234' (de), '1 234' (fr)."""
        key = ("number", str(n))
        if key not in self._cache:
            self._cache[key] = format_decimal(n, locale=self.locale)
        return self._cache[key]

    def gettext(self, message: str, **values: str) -> str:
        """``message`` in the site's language, its ``%(name)s`` placeholders filled from ``values``."""
        text = self.translations.gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: str) -> str:
        """The form for ``n`` in the site's language; ``%(num)s`` is ``n`` formatted for it:
        ``ngettext("%(num)s event", "%(num)s events", 1234)`` -> '1,234 events'."""
        return self.translations.ngettext(singular, plural, n) % {"num": self.number(n), **values}
