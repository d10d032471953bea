"""Busy time from iCalendar data, the way a person reads their own calendar.

Pure: takes parsed calendars, returns aware `Busy` intervals. Recurrence (RRULE, RDATE, EXDATE and
overridden instances) is expanded by `recurring_ical_events`; what remains is deciding what counts as
busy. Cancelled events, events the user declined and transparent ("free") events do not. Floating
and all-day times are read in the user's own time zone, so nothing is ever naive.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar, Event

from belt_tui.model import Busy


def parse_calendar(data: bytes | str) -> Calendar:
    """Parse .ics text; a ValueError names what is wrong instead of icalendar's internals."""
    try:
        return Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise ValueError(f"not a valid iCalendar file: {error}") from None


def busy_times(
    calendars: Iterable[Calendar],
    window: tuple[datetime, datetime],
    me: frozenset[str],
    time_zone: ZoneInfo,
) -> list[Busy]:
    """Every busy interval overlapping `window`, sorted by start."""
    busy: list[Busy] = []
    for calendar in calendars:
        for event in recurring_ical_events.of(calendar).between(*window):
            if not isinstance(event, Event) or not _blocks_time(event, me):
                continue
            interval = _interval(event, time_zone)
            if interval and interval[1] > window[0] and interval[0] < window[1]:
                busy.append(Busy(interval[0], interval[1], str(event.get("SUMMARY", ""))))
    return sorted(busy, key=lambda b: (b.start, b.end, b.summary))


def _blocks_time(event: Event, me: frozenset[str]) -> bool:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return False
    return not _declined_by(event, me)


def _declined_by(event: Event, me: frozenset[str]) -> bool:
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        address = str(attendee).lower().removeprefix("mailto:")
        if address in me and str(attendee.params.get("PARTSTAT", "")).upper() == "DECLINED":
            return True
    return False


def _interval(event: Event, time_zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    start_prop = event.get("DTSTART")
    if start_prop is None:
        return None
    start = _aware(start_prop.dt, time_zone)
    end_prop = event.get("DTEND")
    if end_prop is not None:
        end = _aware(end_prop.dt, time_zone)
    elif event.get("DURATION") is not None:
        end = start + event["DURATION"].dt
    elif isinstance(start_prop.dt, datetime):
        end = start  # RFC 5545: a DATE-TIME start with no end takes no time.
    else:
        end = start + timedelta(days=1)  # ...and a DATE start with no end takes the whole day.
    return (start, end) if end > start else None


def _aware(value: date | datetime, time_zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=time_zone)
    return datetime.combine(value, time.min, time_zone)
