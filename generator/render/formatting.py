"""Dates and numbers formatted for the site's language (Babel), at the precision the text gives."""

from __future__ import annotations

import datetime as dt

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_month_names
from babel.numbers import format_decimal

from generator.core.model import date_span


def locale_for(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


class Formatter:
    """Formats for one locale; each distinct value is formatted by Babel once (a site has a few
    thousand distinct dates and numbers at most)."""

    def __init__(self, language: str):
        self.locale = locale_for(language)
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
                text = f"Week of {self.day(start)}"
            elif precision == "month":
                text = self.month(value)
            else:
                text = value
            self._cache[key] = text
        return self._cache[key]

    def group_label(self, value: str, precision: str) -> str:
        """Heading of a day group; coarser dates say they are coarse."""
        text = self.fuzzy(value, precision)
        if precision in ("month", "year"):
            return f"{text} (no exact day)"
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

    def count(self, n: int, singular: str, plural: str) -> str:
        """'1 event', '1,234 events' (the words are the theme's English; the number is the locale's)."""
        return f"{self.number(n)} {singular if n == 1 else plural}"
