"""Working-hours ages from the interval table agree with `working_time`, which counts one wait at a time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.core_ages import WorkingHours
from belt_tui.plan.slots import WorkWeek
from belt_tui.review_time import working_time

NEW_YORK = ZoneInfo("America/New_York")
# Sunday 8 March 2026 the clocks in New York go forward; a Friday 6 March "now" and a Monday one.
NOWS = (datetime(2026, 3, 6, 15, 45, tzinfo=NEW_YORK), datetime(2026, 3, 9, 11, 10, tzinfo=NEW_YORK))
WEEKS = (
    WorkWeek(NEW_YORK),
    WorkWeek(NEW_YORK, frozenset({0, 1, 2, 3, 4, 5}), time(8, 0), time(19, 0), lunch=None),
    WorkWeek(ZoneInfo("Asia/Kolkata"), frozenset({6, 0, 1, 2, 3})),
)


def waits(now: datetime) -> list[datetime]:
    """Starts every 97 minutes over the last three weeks: nights, weekends, lunches and the DST night."""
    return [now - timedelta(minutes=97 * step) for step in range(0, 3 * 7 * 24 * 60 // 97)]


@pytest.mark.parametrize("week", WEEKS)
@pytest.mark.parametrize("now", NOWS)
def test_every_wait_measures_what_working_time_measures(week: WorkWeek, now: datetime):
    measure = WorkingHours(week, now)
    for start in waits(now):
        expected = working_time(start, now, week).total_seconds()
        assert measure(start.timestamp(), now.timestamp()) == pytest.approx(expected, abs=1e-3), start


def test_a_wait_older_than_the_table_is_still_measured_exactly():
    now = NOWS[1]
    start = now - timedelta(days=5 * 365 + 3, hours=5)
    measure = WorkingHours(WEEKS[0], now, days=30)
    expected = working_time(start, now, WEEKS[0]).total_seconds()
    assert measure(start.timestamp(), now.timestamp()) == pytest.approx(expected, abs=1e-3)


def test_a_friday_evening_email_has_waited_no_working_time_by_monday_morning():
    friday_evening = datetime(2026, 3, 6, 18, 0, tzinfo=NEW_YORK)
    monday_morning = datetime(2026, 3, 9, 9, 0, tzinfo=NEW_YORK)
    measure = WorkingHours(WEEKS[0], monday_morning)
    assert measure(friday_evening.timestamp(), monday_morning.timestamp()) == 0.0


def test_a_start_after_the_end_is_no_wait():
    now = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    measure = WorkingHours(WorkWeek(ZoneInfo("UTC")), now)
    assert measure(now.timestamp() + 3600, now.timestamp()) == 0.0
