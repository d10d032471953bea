"""Ages in working time: weekends, lunch, daylight saving and long waits."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.plan.slots import WorkWeek, working_intervals
from belt_tui.review_time import covered, working_time

NY = ZoneInfo("America/New_York")
WEEK = WorkWeek(time_zone=NY)  # Mon-Fri 09:00-17:30, lunch 12:30-13:30


def brute_force(start: datetime, end: datetime, week: WorkWeek) -> timedelta:
    """Every working interval of every day, one by one: the slow, obvious answer."""
    days = working_intervals(start.astimezone(NY).date(), end.astimezone(NY).date(), week)
    return covered(days, start, end)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(
            datetime(2026, 1, 9, 17, 45), datetime(2026, 1, 12, 9), timedelta(), id="over a weekend"
        ),
        pytest.param(datetime(2026, 1, 5, 12), datetime(2026, 1, 5, 14), timedelta(hours=1), id="over lunch"),
        pytest.param(
            datetime(2026, 1, 5, 9),
            datetime(2026, 1, 12, 9),
            timedelta(hours=37, minutes=30),
            id="a whole week",
        ),
        pytest.param(
            datetime(2026, 3, 6, 17),
            datetime(2026, 3, 9, 10),
            timedelta(hours=1, minutes=30),
            id="the weekend clocks go forward",
        ),
        pytest.param(datetime(2026, 1, 7, 10), datetime(2026, 1, 7, 9), timedelta(), id="end before start"),
    ],
)
def test_working_time_between_two_moments(start, end, expected):
    assert working_time(start.replace(tzinfo=NY), end.replace(tzinfo=NY), WEEK) == expected


@pytest.mark.parametrize("days", [2, 3, 6, 7, 8, 13, 30, 365, 400])
@pytest.mark.parametrize("first", [date(2026, 1, 3), date(2026, 1, 5), date(2026, 3, 6), date(2026, 10, 30)])
def test_long_waits_counted_by_weekday_match_adding_up_every_day(first, days):
    start = datetime.combine(first, time(15, 10), NY)
    end = datetime.combine(first + timedelta(days=days), time(11, 20), NY)
    weekend_worker = WorkWeek(time_zone=NY, days=frozenset({0, 2, 5}), lunch=None)
    for week in (WEEK, weekend_worker):
        assert working_time(start, end, week) == brute_force(start, end, week)
