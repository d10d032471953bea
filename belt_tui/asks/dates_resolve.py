"""Turn a recognised date phrase into an aware datetime, relative to the moment it was written.

Business idioms are resolved here by explicit rules, because dateparser returns None for EOD, COB,
"end of the week" and "end of month", reads "next week" as +7 days and "next Thursday" as the coming
Thursday (FIELD_NOTES). Calendar dates ("Jan 20", "20 January 2026", "1/20") are read by
`dates_calendar` in the shapes it knows, which give dateparser's answers, and by dateparser otherwise;
for typed input dateparser also reads whatever our patterns do not cover.

Implied times of day, so a due date sorts and slots sensibly:
    no time given, EOD, COB, "end of the week", "afternoon"   17:00 (end of the business day)
    "before <day>" (the caller asks for it)                      09:00 (the start of that day)
    "morning", "first thing"                                     09:00
    "noon", "midday"                                             12:00
    "evening", "tonight"                                         19:00
    "midnight"                                                   23:59 of that day
    "within N hours"                                             exactly N hours later
"End of month" and "year-end" are the last calendar day (as every labeller of our test mail reads
them); "within 3 business days" skips Saturdays and Sundays (public holidays are not known).
"Week 3" ("wk 3", "KW 3", "calendar week 3") is the Monday of that ISO week, as "next week" is the
Monday of next week; "mid-January" is the 15th.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belt_tui.asks.dates_calendar import dateparser_calendar_date, read_calendar_phrase
from belt_tui.asks.dates_grammar import Atom, AtomKind, Group

END_OF_BUSINESS = time(17, 0)
START_OF_BUSINESS = time(9, 0)

_PART_TIMES = {
    "morning": START_OF_BUSINESS,
    "first thing": START_OF_BUSINESS,
    "afternoon": END_OF_BUSINESS,
    "arvo": END_OF_BUSINESS,  # Australian "afternoon"
    "evening": time(19, 0),
    "tonight": time(19, 0),
}
_ZONES = {
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mountain": "America/Denver",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "utc": "UTC",
    "gmt": "UTC",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "bst": "Europe/London",
    "ist": "Asia/Kolkata",
    "hkt": "Asia/Hong_Kong",
    "hk": "Asia/Hong_Kong",
    "hong": "Asia/Hong_Kong",
    "sgt": "Asia/Singapore",
    "singapore": "Asia/Singapore",
    "sg": "Asia/Singapore",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "awst": "Australia/Perth",
    "perth": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "auckland": "Pacific/Auckland",
    "jst": "Asia/Tokyo",
    "tokyo": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "seoul": "Asia/Seoul",
    "shanghai": "Asia/Shanghai",
    "beijing": "Asia/Shanghai",
    "london": "Europe/London",
    "uk": "Europe/London",
    "paris": "Europe/Paris",
    "frankfurt": "Europe/Berlin",
    "dubai": "Asia/Dubai",
    "new": "America/New_York",
    "ny": "America/New_York",
    "nyc": "America/New_York",
    "toronto": "America/Toronto",
    "chicago": "America/Chicago",
    "vancouver": "America/Vancouver",
}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
    "few": 3,
}
# A date written without a year means the nearest such date, leaning to the future: up to this many
# days back it stays in the past (a late reminder), beyond that it is next year's.
_YEAR_WINDOW_PAST_DAYS = 60
_SPAN_AMOUNT = re.compile(
    r"\b(?P<count>\d+|(?:a\s+)?couple\s+of|(?:a\s+)?few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s*(?P<unit>(?:business|working|court)\s+days?|[hdw]|\w+)\b"
)


@dataclass(frozen=True, slots=True)
class _DateOrder:
    """How to read a calendar date: month or day first, and how far back a year-less date may lie."""

    day_first: bool
    past_days: int


_WEEKDAY_PREFIX = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$")
_HYPHENATED_DATE = re.compile(r"^(\d{1,2})-(\d{1,2})(?:-(\d{4}))?$")


def resolve(
    group: Group,
    base: datetime,
    *,
    day_first: bool = False,
    future_only: bool = False,
    default_time: time = END_OF_BUSINESS,
) -> datetime | None:
    """The moment `group` names, in base's time zone, or None when it names no real date.

    `day_first` reads "1/2" as 1 February (for showing the alternative); `future_only` puts a date
    written without a year on or after base (typed input means a coming date); `default_time` applies
    when the phrase gives no time of day.
    """
    lone = group.atoms[0]
    if lone.kind is AtomKind.PERIOD:
        return _at(_period_day(lone, base.date()), END_OF_BUSINESS, base)
    if lone.kind is AtomKind.SPAN:
        return _span(lone.text, base)
    if lone.kind is AtomKind.ASAP:
        return _at(base.date(), END_OF_BUSINESS, base)
    if lone.kind is AtomKind.PAST:
        return None
    past_days = 0 if future_only else _YEAR_WINDOW_PAST_DAYS
    return _moment(group, base, _DateOrder(day_first, past_days), default_time)


def ambiguous_numeric(group: Group) -> bool:
    """True for "1/2"-style dates that read differently day-first ("1/1" and "13/1" do not)."""
    day = group.get(AtomKind.DAY)
    if day is None or day.detail != "date":
        return False
    numeric = _NUMERIC_DATE.match(_WEEKDAY_PREFIX.sub("", day.text))
    return bool(numeric) and numeric[1] != numeric[2] and int(numeric[1]) <= 12 and int(numeric[2]) <= 12


def _moment(group: Group, base: datetime, order: _DateOrder, default_time: time) -> datetime | None:
    day_atom, part = group.get(AtomKind.DAY), group.get(AtomKind.PART)
    clock, zone = group.get(AtomKind.TIME), group.get(AtomKind.ZONE)
    clock_time = _clock(clock.text) if clock else None
    part_time = _part_time(part) if part else None
    at_time = clock_time or part_time or default_time
    home = base.tzinfo
    if zone is not None:  # "3pm New York time": days and times are read on that clock
        base = base.astimezone(ZoneInfo(_ZONES[zone.text.split()[0].lower()]))
    if day_atom is not None:
        day = _day(day_atom, base.date(), order)
        if day is None:
            return None
    elif part is not None and part.detail in ("eod", "this_part"):
        day = base.date()
    else:
        # A bare time ("by noon", "by 3pm") is its next occurrence after the message was written.
        day = base.date() if _at(base.date(), at_time, base) > base else base.date() + timedelta(days=1)
    return _at(day, at_time, base).astimezone(home)


def _at(day: date, at_time: time, base: datetime) -> datetime:
    """`day` at `at_time` on base's clock; a ZoneInfo base gets the right DST offset for that day."""
    return datetime.combine(day, at_time, tzinfo=base.tzinfo)


def _part_time(part: Atom) -> time:
    if part.detail == "eod":
        return END_OF_BUSINESS
    text = part.text.lower()
    return next((t for word, t in _PART_TIMES.items() if word in text), END_OF_BUSINESS)


def _clock(text: str) -> time | None:
    lowered = text.lower().replace(".", "").replace(" ", "")
    if lowered in ("noon", "midday"):
        return time(12, 0)
    if lowered == "midnight":
        return time(23, 59)
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", lowered)
    if match is None:
        return None
    hour, minute, meridiem = int(match[1]), int(match[2] or 0), match[3]
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif meridiem is None and 1 <= hour <= 6:
        hour += 12  # "at 3" in business mail is 15:00; nobody sets a 3 a.m. deadline
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _day(atom: Atom, today: date, order: _DateOrder) -> date | None:
    text = atom.text.lower()
    if atom.detail == "relative":
        if "after" in text:
            return today + timedelta(days=2)
        return today if text == "today" else today + timedelta(days=1)
    if atom.detail == "weekday":
        return _weekday(text, today)
    if atom.detail == "nth":
        return _next_day_of_month(int(re.search(r"\d+", text)[0]), today)
    return _calendar_date(atom.text, today, order)


def _weekday(text: str, today: date) -> date:
    """Bare "Friday" is the next Friday strictly after today (on a Friday, next week's); "this
    Friday" may be today; "next Friday" is the Friday of next week; "Friday week" (Irish and British)
    is a week after the bare Friday."""
    target = next(i for i, name in enumerate(_WEEKDAYS) if re.search(rf"\b{name}", text))
    ahead = (target - today.weekday()) % 7
    if text.endswith(" week") and not text.endswith("next week"):
        return today + timedelta(days=ahead + 7)  # said on a Monday, "Monday week" is a week today
    if text.startswith(("next", "the following")) or text.endswith("next week"):
        return today - timedelta(days=today.weekday()) + timedelta(days=7 + target)
    if text.startswith("this") and "coming" not in text:
        return today + timedelta(days=ahead)
    return today + timedelta(days=ahead or 7)


def _next_day_of_month(day_number: int, today: date) -> date | None:
    """For "the 15th": this month's if not yet past, else the next month that has that day."""
    year, month = today.year, today.month
    for _ in range(13):
        if day_number <= calendar.monthrange(year, month)[1] and date(year, month, day_number) >= today:
            return date(year, month, day_number)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _calendar_date(text: str, today: date, order: _DateOrder) -> date | None:
    phrase = _WEEKDAY_PREFIX.sub("", text.strip())
    dotted = _DOTTED_DATE.match(phrase)
    if dotted:  # "16.10" is day-first wherever it is written
        phrase = "/".join(part for part in dotted.groups() if part)
    hyphenated = _HYPHENATED_DATE.match(phrase)
    if hyphenated:  # "15-1": read as "15/1" would be, by its numbers and the writer's convention
        phrase = "/".join(part for part in hyphenated.groups() if part)
    numeric = _NUMERIC_DATE.match(phrase)
    # "13/1" can only be day-first and "1/20" only month-first, whoever wrote them.
    month_first_only = bool(numeric and int(numeric[2]) > 12)
    day_first_only = bool(numeric and int(numeric[1]) > 12)
    day_first = bool(dotted) or (order.day_first and not month_first_only) or day_first_only
    parsed = _parse_calendar_phrase(phrase, today, day_first)
    if parsed is None or _has_year(phrase):
        return parsed
    return _nearest_year(parsed.month, parsed.day, today, order.past_days)


def _has_year(phrase: str) -> bool:
    return bool(re.search(r"\d{4}|/\d{2}$", phrase))


def _nearest_year(month: int, day: int, today: date, past_days: int = _YEAR_WINDOW_PAST_DAYS) -> date | None:
    """The year that puts month/day closest to `today`, leaning to the future (see the window)."""
    for year in (today.year - 1, today.year, today.year + 1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        candidate = date(year, month, day)
        if candidate >= today - timedelta(days=past_days):
            return candidate
    return None


@functools.lru_cache(maxsize=4096)
def _parse_calendar_phrase(phrase: str, today: date, day_first: bool) -> date | None:
    """One short calendar phrase, cached by phrase and day: the common shapes read directly, the rest by
    dateparser (~1 ms a call, and imported only then: ~0.35 s with its first call)."""
    numeric = _NUMERIC_DATE.match(phrase)
    if numeric and not _valid_numeric(numeric, day_first):
        return None
    return read_calendar_phrase(phrase, today, day_first) or dateparser_calendar_date(
        phrase, today, day_first
    )


def _valid_numeric(numeric: re.Match[str], day_first: bool) -> bool:
    """dateparser silently swaps an impossible "24/7" to day-first; we refuse it instead."""
    month = int(numeric[2] if day_first else numeric[1])
    return 1 <= month <= 12


def _period_day(atom: Atom, today: date) -> date:
    text = atom.text.lower()
    monday = today - timedelta(days=today.weekday())
    if atom.detail == "week_end" or text == "eow":
        friday = monday + timedelta(days=4 + (7 if "next" in text else 0))
        return max(friday, today)
    if atom.detail == "week":
        week_start = monday + timedelta(days=7 if ("next" in text or "following" in text) else 0)
        offset = 2 if text.startswith("mid") else 4 if text.startswith("late") else 0
        if "this" in text and offset == 0:
            offset = 4  # "this week" means by the end of it
        return max(week_start + timedelta(days=offset), today)
    if atom.detail == "weekend":
        sunday = monday + timedelta(days=6)
        return monday + timedelta(days=4) if text == "the weekend" and today.weekday() < 5 else sunday
    if atom.detail == "year_end":
        return date(today.year, 12, 31)
    if atom.detail == "mid_month":
        return _mid_month(text, today)
    if atom.detail == "iso_week":
        return _iso_week_monday(int(re.search(r"\d+", text)[0]), today)
    if atom.detail == "next_month":
        year, month = _add_months(today.year, today.month, 1)
        return _first_business_day(year, month)
    year, month = today.year, today.month
    named = re.search(r"(?:of\s+|end-)(?!the\b|this\b|next\b|month\b)([a-z]+)", text)
    if named:
        month = _month_number(named[1])
        nearest = _nearest_year(month, calendar.monthrange(today.year, month)[1], today)
        return _last_day(nearest.year if nearest else today.year, month)
    if "next" in text:
        year, month = _add_months(year, month, 1)
    return _last_day(year, month)


def _mid_month(text: str, today: date) -> date:
    """The 15th of the named month (its nearest year), or for "mid-month" of this month or the next."""
    named = re.search(r"mid-?\s?(?!month\b)([a-z]+)", text)
    if named:
        return _nearest_year(_month_number(named[1]), 15, today) or date(today.year, 12, 15)
    if today.day <= 15:
        return today.replace(day=15)
    year, month = _add_months(today.year, today.month, 1)
    return date(year, month, 15)


def _iso_week_monday(week: int, today: date) -> date:
    """The Monday of ISO week `week`: this year's unless that week ended over a month ago, else next year's
    (today, if the week has begun)."""
    for year in (today.year, today.year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:  # week 53 in a year of 52
            continue
        if monday + timedelta(days=6) >= today - timedelta(days=31):
            return max(monday, today) if monday <= today <= monday + timedelta(days=6) else monday
    return today


def _month_number(name: str) -> int:
    return next(i for i in range(1, 13) if calendar.month_name[i].lower().startswith(name[:3]))


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _first_business_day(year: int, month: int) -> date:
    day = date(year, month, 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _span(text: str, base: datetime) -> datetime:
    """An amount of time after base.

    "Within 48 hours" is an exact instant (counted in UTC, so a DST change does not shift it);
    "in 3 days" and "2 business days" are end-of-business on the day reached.
    """
    amount = _SPAN_AMOUNT.search(text.lower())
    count_text = " ".join(amount["count"].split()).removeprefix("a ")
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
    unit = amount["unit"]
    if unit.startswith("h"):
        return (base.astimezone(UTC) + timedelta(hours=count)).astimezone(base.tzinfo)
    today = base.date()
    if "business" in unit or "working" in unit or "court" in unit:
        day = today
        for _ in range(count):
            day += timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
    elif unit.startswith("w"):
        day = today + timedelta(weeks=count)
    elif unit.startswith("month"):
        year, month = _add_months(today.year, today.month, count)
        day = date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
    else:
        day = today + timedelta(days=count)
    return _at(day, END_OF_BUSINESS, base)
