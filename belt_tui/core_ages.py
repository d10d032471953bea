"""Working-hours ages for thousands of waits at once: a table of working intervals, one bisect per wait.

`review_time.working_time` answers one wait at a time (time-zone conversions and cached day lookups
per call: 0.4 s for 10k threads). Listing the threads measures every wait against the same few
hundred recent days, so those days' working intervals are laid out once as UTC timestamps with
running totals, and a wait becomes two lookups. Waits reaching outside the table fall back to
`working_time`, so the answer is the same everywhere.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta

from belt_tui.plan.slots import WorkWeek, working_intervals
from belt_tui.review_time import working_time

# How far back the table reaches: older waits are rare and take the slower exact path.
TABLE_DAYS = 400


class WorkingHours:
    """Working time between two moments within `days` before `now` (or the day after); an AgeMeasure."""

    def __init__(self, week: WorkWeek, now: datetime, *, days: int = TABLE_DAYS) -> None:
        self._week = week
        today = now.astimezone(week.time_zone).date()
        first, last = today - timedelta(days=days), today + timedelta(days=1)
        self._first = _midnight(first, week).timestamp()
        self._last = _midnight(last + timedelta(days=1), week).timestamp()
        self._starts: list[float] = []
        self._ends: list[float] = []
        self._before: list[float] = []
        total = 0.0
        for start, end in working_intervals(first, last, week):
            self._starts.append(start.timestamp())
            self._ends.append(end.timestamp())
            self._before.append(total)
            total += end.timestamp() - start.timestamp()

    def __call__(self, start: float, end: float) -> float:
        """Working seconds between two POSIX timestamps."""
        if end <= start:
            return 0.0
        if start < self._first or end >= self._last:
            moments = (datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC))
            return working_time(*moments, self._week).total_seconds()
        return self._worked_until(end) - self._worked_until(start)

    def _worked_until(self, moment: float) -> float:
        """Working seconds from the start of the table to `moment`."""
        index = bisect_right(self._starts, moment) - 1
        if index < 0:
            return 0.0
        return self._before[index] + min(moment, self._ends[index]) - self._starts[index]


def _midnight(day: date, week: WorkWeek) -> datetime:
    return datetime.combine(day, time(), week.time_zone)
