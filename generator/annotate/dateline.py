"""Wire datelines opening a lead ('KYIV, Ukraine (AP) — ', 'BRUSSELS, April 6 (Reuters) - ', 'LONDON — ')."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.annotate.gazetteer import CAPITALS, MONTHS, country_of, is_city, is_outlet, us_postal, us_state

_MONTH = r"(?:" + "|".join(m[:3] for m in MONTHS) + r"|Sept)[a-z]*\.?"  # 'Feb.', 'Sept.', 'March'
# Wire copy: a dateline opening the lead ('KYIV, Ukraine (AP) — ', 'BRUSSELS, April 6 (Reuters) - ',
# 'LONDON — '); the city in capitals, or in any case when an outlet in brackets follows.
_CITY_CAPS = r"[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+){0,3}"  # 'KYIV/MOSCOW': two cities
_CITY_ANY = r"[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,3}"
_DATELINE_TAIL = (
    r"(?:,\s*(?P<region>(?!" + _MONTH + r" \d)[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"
    r"(?:,\s*(?P<country>(?!"
    + _MONTH
    + r" \d)[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}))?"  # 'MARRARA, Northern Territory, Australia'
    r"(?:,?\s*(?P<date>" + _MONTH + r" \d{1,2}(?:,\s*\d{4})?))?"  # 'WASHINGTON, Feb. 27, 2003 -'
)
_DATELINE = re.compile(
    r"^(?:(?P<city>" + _CITY_CAPS + r")" + _DATELINE_TAIL + r"\s*(?:\((?P<outlet>[^()]{2,40})\)\s*)?"
    r"|(?P<city2>"
    + _CITY_ANY
    + r")"
    + _DATELINE_TAIL.replace("region", "region2").replace("date>", "date2>").replace("country>", "country2>")
    + r"\s*\((?P<outlet2>[^()]{2,40})\)\s*)(?:—|–|--?|:)(?:\s+|(?<=—)(?=[A-Z]))(?=\S)"
)  # 'WASHINGTON—Senator ...': an em dash may touch the text


@dataclass(frozen=True)
class Dateline:
    end: int  # where the story's text starts
    city: str  # 'Kyiv' (capitals undone)
    region: str
    date: str  # 'April 6', or ''
    outlet: str  # 'AP', or ''
    country: str = ""  # a third part, after a state or province ('MARRARA, Northern Territory, Australia')


def _noted_label(m: re.Match[str], text: str) -> bool:
    """'ANA LOBO (TRANSLATED): ...', 'JO MARSH (VOICE OVER): ...': a speaker's label with a note in brackets and
    a colon, no town, state or date and no news outlet in the brackets."""
    if not m["outlet"] or m["region"] or m["date"] or is_outlet(m["outlet"]):
        return False
    return text[m.end() - 2 : m.end()].strip() == ":"


# 'Washington, DC – Today, ...': a title-case city, its state or country, a dash (no outlet needed)
_PLACED = re.compile(
    r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*(?P<region>D\.?C\.?|[A-Z]{2}|[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?)"
    r"\s*(?:—|–|--?)\s+(?=\S)"
)


def _placed(text: str) -> Dateline | None:
    m = _PLACED.match(text)
    region = m["region"].rstrip(".") if m else ""
    known = m and (
        us_postal(region.replace(".", "")) or us_state(m["region"]) or us_state(region) or country_of(region)
    )
    if not m or not known or not is_city(m["city"]):
        return None
    return Dateline(m.end(), m["city"], m["region"], "", "")


# 'April 12, 2009 - President Barack Obama praised ...': a date and a dash with no place before it
_DATE_DASH = re.compile(r"^" + _MONTH + r" \d{1,2}, \d{4} ?(?:—|–|--?) (?=\S)")


def date_dash(text: str) -> int:
    """Where the story starts after an opening date and dash ('Aug. 12, 2010 - '), or 0."""
    m = _DATE_DASH.match(text)
    return m.end() if m else 0


# A paragraph's dateline is asked for by several rules (the cast, events, headline): kept for the last
# paragraphs, fewer than a run of articles has, so what is kept is the article's own.
@functools.lru_cache(maxsize=256)
def dateline(text: str) -> Dateline | None:
    """The wire dateline opening a paragraph, or None."""
    m = _DATELINE.match(text)
    if not m:
        return _placed(text)
    city = m["city"] or m["city2"]
    if city.isupper():
        city = " ".join(w if "." in w else w.capitalize() for w in re.split(r" ", city))
        city = re.sub(r"[-/]([a-z])", lambda x: x[0][0] + x[1].upper(), city)
    if (
        len(city) < 2
        or city in ("Q", "A")
        or (
            m["city"]
            and not (m["region"] or m["date"] or m["outlet"])
            and text[m.end() - 2 : m.end()].strip() in (":", "-")
            and not (text[m.end() - 2 : m.end()].strip() == "-" and text[m.end()].isupper() and is_city(city))
        )
    ):
        return None  # 'Q:' and 'MR PRICE:' are speaker labels; a lone '-' after capitals is too weak a sign
    if _noted_label(m, text):
        return None
    if not text[m.end() - 1].isspace() and not (m["region"] or m["date"] or m["outlet"]):
        nxt = re.match(r"[\w.]+", text[m.end() :])
        if not is_city(city) or len(city) < 5 and city not in CAPITALS:
            return None  # 'NATO—Russia relations': a dash touching both words joins them ('Nato' is a town)
        if country_of(city) and nxt and (country_of(nxt[0]) or is_city(nxt[0])):
            return None  # 'CHINA—Japan relations': two countries joined ('SINGAPORE—Officials said' stays)
    if m["city2"] and not is_outlet(m["outlet2"]):
        return None  # 'The Pentagon (DoD) - ...': a title-case dateline needs a news outlet in brackets
    return Dateline(
        m.end(),
        city,
        m["region"] or m["region2"] or "",
        m["date"] or m["date2"] or "",
        (m["outlet"] or m["outlet2"] or "").strip(),
        m["country"] or m["country2"] or "",
    )
