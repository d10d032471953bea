"""Due dates live in the writer's time zone and survive daylight-saving changes.

Bases are either the fixed offsets an email Date header carries (-0800, +0100, +0530) or zoneinfo zones,
which know when clocks change: 2026-03-08 in the US, 2026-03-29 in the EU.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.dates import find_deadline, parse_when

PACIFIC_HEADER = timezone(timedelta(hours=-8))
PARIS_HEADER = timezone(timedelta(hours=1))
INDIA_HEADER = timezone(timedelta(hours=5, minutes=30))
NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("zone", [PACIFIC_HEADER, PARIS_HEADER, INDIA_HEADER, NEW_YORK, BERLIN])
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Please send it by EOD.", "2026-01-07 17:00"),
        ("Please send it tomorrow morning.", "2026-01-08 09:00"),
        ("Please send it by Friday.", "2026-01-09 17:00"),
        ("Please send it by 1/20.", "2026-01-20 17:00"),
    ],
)
def test_deadline_is_wall_clock_time_in_the_writers_zone(zone, sentence: str, expected: str) -> None:
    base = datetime(2026, 1, 7, 10, 0, tzinfo=zone)
    deadline = find_deadline(sentence, base)
    assert deadline is not None
    assert deadline.due.strftime("%Y-%m-%d %H:%M") == expected
    assert deadline.due.utcoffset() == base.utcoffset()


def test_same_instant_gives_each_writer_their_own_today() -> None:
    instant = datetime(2026, 1, 7, 0, 30, tzinfo=UTC)
    in_india = find_deadline("Please send it EOD.", instant.astimezone(INDIA_HEADER))
    in_california = find_deadline("Please send it EOD.", instant.astimezone(PACIFIC_HEADER))
    assert in_india is not None and in_california is not None
    assert in_india.due.date().isoformat() == "2026-01-07"
    assert in_california.due.date().isoformat() == "2026-01-06"


def test_late_evening_in_india_tomorrow_is_the_next_indian_day() -> None:
    base = datetime(2026, 1, 7, 23, 30, tzinfo=INDIA_HEADER)
    deadline = find_deadline("Can we talk tomorrow?", base)
    assert deadline is not None
    assert deadline.due == datetime(2026, 1, 8, 17, 0, tzinfo=INDIA_HEADER)


@pytest.mark.parametrize(
    ("base", "expected_offset_hours"),
    [
        (datetime(2026, 3, 6, 10, 0, tzinfo=NEW_YORK), -4),  # Friday in EST, Monday in EDT
        (datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN), 2),  # Friday in CET, Monday in CEST
    ],
)
def test_deadline_across_a_dst_change_keeps_17_00_on_the_local_clock(
    base, expected_offset_hours: int
) -> None:
    deadline = find_deadline("Please send it by Monday.", base)
    assert deadline is not None
    assert deadline.due.strftime("%a %H:%M") == "Mon 17:00"
    assert deadline.due.utcoffset() == timedelta(hours=expected_offset_hours)


@pytest.mark.parametrize(
    ("base", "hours", "expected_wall_clock"),
    [
        (datetime(2026, 3, 7, 12, 0, tzinfo=NEW_YORK), 48, "2026-03-09 13:00"),
        (datetime(2026, 3, 28, 12, 0, tzinfo=BERLIN), 24, "2026-03-29 13:00"),
    ],
)
def test_within_hours_counts_real_hours_across_a_dst_change(
    base, hours: int, expected_wall_clock: str
) -> None:
    deadline = find_deadline(f"Please respond within {hours} hours.", base)
    assert deadline is not None
    # Same-zone subtraction in Python is wall-clock; real elapsed time is measured in UTC.
    assert deadline.due.astimezone(UTC) - base.astimezone(UTC) == timedelta(hours=hours)
    assert deadline.due.strftime("%Y-%m-%d %H:%M") == expected_wall_clock


def test_named_zone_is_converted_into_the_writers_zone() -> None:
    # Between the US (8 March) and EU (29 March) changes New York is only five hours behind Berlin.
    base = datetime(2026, 3, 10, 9, 0, tzinfo=BERLIN)
    deadline = find_deadline("Please confirm by 3pm Eastern tomorrow.", base)
    assert deadline is not None
    assert deadline.due == datetime(2026, 3, 11, 15, 0, tzinfo=NEW_YORK)
    assert deadline.due.tzinfo is BERLIN
    assert deadline.due.strftime("%H:%M") == "20:00"


def test_typed_due_date_across_a_dst_change_keeps_the_local_clock() -> None:
    now = datetime(2026, 3, 6, 10, 0, tzinfo=NEW_YORK)
    when = parse_when("in 2 weeks", now)
    assert when.due is not None
    assert when.due.strftime("%Y-%m-%d %H:%M") == "2026-03-20 17:00"
    assert when.due.utcoffset() == timedelta(hours=-4)


HONG_KONG_HEADER = timezone(timedelta(hours=8))
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("zone", "sentence"),
    [
        (HONG_KONG_HEADER, "Please return the original by 4/12."),  # day first everywhere but the Americas
        (PARIS_HEADER, "Please return the original by 4/12."),
        (NEW_YORK, "Please return the original by 12/4."),
        (PACIFIC_HEADER, "Please return the original by 12/4."),
    ],
)
def test_an_ambiguous_numeric_date_reads_as_its_writer_writes_it(zone, sentence: str) -> None:
    base = datetime(2026, 12, 2, 10, 0, tzinfo=zone)
    deadline = find_deadline(sentence, base)
    assert deadline is not None and deadline.due.strftime("%Y-%m-%d") == "2026-12-04"


@pytest.mark.parametrize(
    ("sentence", "expected_london"),
    [
        ("Pls send me your mark-up by COB HK time Thursday.", "2026-12-03 09:00"),
        ("Kindly confirm by 5pm HKT on Friday 4 December.", "2026-12-04 09:00"),
        ("I need the revised version by COB tomorrow Sydney time.", "2026-12-02 06:00"),  # Sydney's tomorrow
        ("Please call by 3pm New York time.", "2026-11-30 20:00"),
    ],
)
def test_a_deadline_on_a_named_clock_is_that_clocks_time(sentence: str, expected_london: str) -> None:
    base = datetime(2026, 11, 30, 18, 0, tzinfo=LONDON)
    deadline = find_deadline(sentence, base)
    assert deadline is not None
    assert deadline.due.astimezone(LONDON).strftime("%Y-%m-%d %H:%M") == expected_london
