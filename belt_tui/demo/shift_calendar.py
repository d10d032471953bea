"""Move every date in an iCalendar document by whole days, keeping each event's local time of day.

The demo calendar is written for one fixed week; at start it is moved to the current week. Times are
shifted on the wall clock of their own zone, so a 09:30 meeting stays at 09:30 even when the move
crosses a daylight-saving change, and recurrence exceptions (EXDATE, RECURRENCE-ID) still line up
with the instances they cancel or replace. Pure: bytes in, bytes out.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

from icalendar import Calendar
from icalendar.prop import vDDDLists, vDDDTypes, vRecur

# Date-valued properties a component may carry; VTIMEZONE rules are left alone (they are not events).
DATED_PROPERTIES = ("DTSTART", "DTEND", "DUE", "DTSTAMP", "RECURRENCE-ID", "EXDATE", "RDATE")
TIME_ZONE_COMPONENTS = frozenset({"VTIMEZONE", "STANDARD", "DAYLIGHT"})
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def shift_wall_clock(moment: datetime, days: int, zone: tzinfo) -> datetime:
    """`moment` moved by whole days on `zone`'s wall clock, expressed in `zone` (DST-correct)."""
    local = moment.astimezone(zone).replace(tzinfo=None) + timedelta(days=days)
    return local.replace(tzinfo=zone)


def shift_value(value: date, days: int, home: tzinfo) -> date:
    """A DATE, floating, zoned or UTC value moved by `days`; UTC values keep `home`'s time of day."""
    if not isinstance(value, datetime):
        return value + timedelta(days=days)
    if value.tzinfo is None:
        return value + timedelta(days=days)
    if value.utcoffset() == timedelta(0) and getattr(value.tzinfo, "key", "UTC") in ("UTC", "Etc/UTC"):
        # UNTIL and DTSTAMP are written in UTC; move them as the user's local clock would.
        return shift_wall_clock(value, days, home).astimezone(UTC)
    return shift_wall_clock(value, days, value.tzinfo)


def shift_calendar(ics: bytes, days: int, home: tzinfo) -> bytes:
    """The calendar with every event, to-do and recurrence moved by `days` days."""
    calendar = Calendar.from_ical(ics)
    for component in calendar.walk():
        if component.name in TIME_ZONE_COMPONENTS:
            continue
        for name in DATED_PROPERTIES:
            for prop in _as_list(component.get(name)):
                for value in prop.dts if isinstance(prop, vDDDLists) else [prop]:
                    if isinstance(value, vDDDTypes) and isinstance(value.dt, date):
                        value.dt = shift_value(value.dt, days, home)
        for rule in _as_list(component.get("RRULE")):
            _shift_rule(rule, days, home)
    return calendar.to_ical()


def _shift_rule(rule: vRecur, days: int, home: tzinfo) -> None:
    """UNTIL moves with the events; BYDAY turns with them so a Monday meeting follows its DTSTART."""
    if "UNTIL" in rule:
        rule["UNTIL"] = [shift_value(until, days, home) for until in rule["UNTIL"]]
    if "BYDAY" in rule and days % 7:
        rule["BYDAY"] = [_turn_weekday(str(day), days) for day in rule["BYDAY"]]


def _turn_weekday(by_day: str, days: int) -> str:
    """'MO' moved 3 days is 'TH'; an ordinal prefix such as '2' in '2MO' is kept."""
    ordinal, weekday = by_day[:-2], by_day[-2:]
    return ordinal + WEEKDAYS[(WEEKDAYS.index(weekday) + days) % 7]


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
