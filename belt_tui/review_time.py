"""Working-time arithmetic for the review: ages in working hours, and how much of a day is booked.

Pure. Sums are taken in UTC, because subtracting two datetimes that share a ZoneInfo gives the
wall-clock difference, which is wrong across a daylight-saving change.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from belt_tui.model import Busy
from belt_tui.plan.slots import WorkWeek, working_intervals

Interval = tuple[datetime, datetime]


def working_time(start: datetime, end: datetime, week: WorkWeek) -> timedelta:
    """Working hours between two moments: a Friday-evening email has waited no time by Monday 09:00.

    Whole days in between are counted by weekday, so a wait of a year costs no more than one of a day.
    """
    if end <= start:
        return timedelta()
    first, last = start.astimezone(week.time_zone).date(), end.astimezone(week.time_zone).date()
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    total = _covered_utc(_working_hours_utc(first, week), start, end)
    if last != first:
        total += _covered_utc(_working_hours_utc(last, week), start, end)
    between = (last - first).days - 1
    if between > 0:
        full_weeks, rest = divmod(between, 7)
        weekday = (first.weekday() + 1) % 7
        days = full_weeks * len(week.days) + sum(1 for n in range(rest) if (weekday + n) % 7 in week.days)
        total += days * working_day_length(week)
    return total


@functools.lru_cache(maxsize=4096)
def _working_hours_utc(day: date, week: WorkWeek) -> tuple[Interval, ...]:
    """One day's working intervals in UTC; cached, because thousands of waits start on the same few days."""
    return tuple(as_utc(working_intervals(day, day, week)))


def merged_busy(busy: Sequence[Busy]) -> list[Interval]:
    """Busy blocks in UTC, sorted, with overlaps joined, so a double-booked hour counts once."""
    merged: list[Interval] = []
    for start, end in sorted(as_utc((b.start, b.end) for b in busy)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered(intervals: Iterable[Interval], start: datetime, end: datetime) -> timedelta:
    """How much of [start, end) the intervals cover (computed in UTC: wall-clock sums break on DST days)."""
    return _covered_utc(as_utc(intervals), start.astimezone(UTC), end.astimezone(UTC))


def _covered_utc(intervals: Iterable[Interval], start: datetime, end: datetime) -> timedelta:
    total = timedelta()
    for s, e in intervals:
        if e > start and s < end:
            total += min(e, end) - max(s, start)
    return total


def as_utc(intervals: Iterable[Interval]) -> list[Interval]:
    return [(s.astimezone(UTC), e.astimezone(UTC)) for s, e in intervals]


@functools.lru_cache(maxsize=16)
def working_day_length(week: WorkWeek) -> timedelta:
    """Working hours in one working day, lunch cut out (wall clock: a DST change falls at night)."""
    length = _wall(week.end) - _wall(week.start)
    if week.lunch:
        length -= _wall(week.lunch[1]) - _wall(week.lunch[0])
    return length


def _wall(moment: time) -> timedelta:
    return timedelta(hours=moment.hour, minutes=moment.minute)


def whole_minutes(span: timedelta) -> int:
    return round(span.total_seconds() / 60)
