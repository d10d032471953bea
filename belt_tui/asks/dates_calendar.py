"""Calendar dates in the shapes the grammar recognises ("Jan 20", "20th of January 2026", "1/20",
"2026-01-20"), read without dateparser.

dateparser costs ~0.05 s to import and ~0.3 s on its first call (it builds its time-zone regexes),
paid again in every scan worker, while the phrases `dates_grammar` hands over are a few fixed
shapes. This reads those shapes the way dateparser does (the same answers for every month spelling,
day, suffix and year form, with the settings of `dateparser_calendar_date`: tests/test_asks_dates_calendar.py
compares them) and returns None for anything else, impossible dates included, so that dateparser
still decides every case not covered here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_FIRST = re.compile(rf"{_MONTH}\s*{_DAY}{_YEAR}\.?", re.IGNORECASE | re.ASCII)
_DAY_FIRST = re.compile(rf"(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}\.?", re.IGNORECASE | re.ASCII)
_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def read_calendar_phrase(phrase: str, today: date, day_first: bool) -> date | None:
    """The date `phrase` names (a year-less one in today's year), or None when this cannot tell."""
    numeric = _NUMERIC.fullmatch(phrase)
    if numeric:
        first, second, year = int(numeric[1]), int(numeric[2]), numeric[3]
        month, day = (second, first) if day_first else (first, second)
        return _date(_full_year(year) if year else today.year, month, day)
    iso = _ISO.fullmatch(phrase)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    named = _MONTH_FIRST.fullmatch(phrase) or _DAY_FIRST.fullmatch(phrase)
    if named is None:
        return None
    month = _month(named["month"])
    day = int(named["day"])
    suffix = named["suffix"]
    if month is None or (suffix and suffix.lower() != _SUFFIXES.get(day, "th")):
        return None
    return _date(int(named["year"]) if named["year"] else today.year, month, day)


def dateparser_calendar_date(phrase: str, today: date, day_first: bool) -> date | None:
    """dateparser's reading of a calendar phrase, year-less ones in today's year; imported on first use."""
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime.combine(today, time()),
        "PREFER_DATES_FROM": "current_period",
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _month(word: str) -> int | None:
    lowered = word.lower()
    return _MONTHS.get(lowered) or _MONTH_NAMES.get(lowered)


def _full_year(digits: str) -> int:
    """A two-digit year as strptime's %y reads it (so dateparser too): 00-68 are 20xx, 69-99 19xx."""
    if len(digits) == 4:
        return int(digits)
    return int(digits) + (2000 if int(digits) < 69 else 1900)


def _date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or year < 1000:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
