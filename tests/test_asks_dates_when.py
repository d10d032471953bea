"""parse_when reads a typed due date (UI and `--due`); describe_due shows one relative to now.

"Now" is Friday 9 January 2026, 09:00 in New York.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.dates import describe_due, parse_when

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 1, 9, 9, 0, tzinfo=NEW_YORK)


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=NEW_YORK)


TYPED = [
    # (typed, due, label)
    ("fri", "2026-01-16 17:00", "Fri 16 Jan"),
    ("eod", "2026-01-09 17:00", "today 17:00"),
    ("COB", "2026-01-09 17:00", "today 17:00"),
    ("today", "2026-01-09 17:00", "today 17:00"),
    ("3pm", "2026-01-09 15:00", "today 15:00"),
    ("tomorrow", "2026-01-10 17:00", "tomorrow"),
    ("  Tomorrow  ", "2026-01-10 17:00", "tomorrow"),
    ("tomorrow 3pm", "2026-01-10 15:00", "tomorrow 15:00"),
    ("tomorrow morning", "2026-01-10 09:00", "tomorrow 09:00"),
    ("mon 10am", "2026-01-12 10:00", "Mon 12 Jan 10:00"),
    ("next week", "2026-01-12 17:00", "Mon 12 Jan"),
    ("in 3 days", "2026-01-12 17:00", "Mon 12 Jan"),
    ("2d", "2026-01-11 17:00", "Sun 11 Jan"),
    ("4h", "2026-01-09 13:00", "today 13:00"),
    ("1/20", "2026-01-20 17:00", "Tue 20 Jan"),
    ("jan 20", "2026-01-20 17:00", "Tue 20 Jan"),
    ("2026-01-20", "2026-01-20 17:00", "Tue 20 Jan"),
    ("end of month", "2026-01-31 17:00", "Sat 31 Jan"),
    ("by Friday", "2026-01-16 17:00", "Fri 16 Jan"),
    ("before monday", "2026-01-12 09:00", "Mon 12 Jan 09:00"),
    ("13/1", "2026-01-13 17:00", "Tue 13 Jan"),  # can only be day-first
    ("jan 5", "2027-01-05 17:00", "Tue 5 Jan 2027"),  # typed dates are coming dates
    ("2 weeks from now", "2026-01-23 17:00", "Fri 23 Jan"),  # not our pattern: dateparser reads it
]


@pytest.mark.parametrize(("typed", "due", "label"), TYPED)
def test_typed_due_date_gives_a_due_moment_and_a_label(typed: str, due: str, label: str) -> None:
    when = parse_when(typed, NOW)
    assert when.error is None
    assert when.due == at(due)
    assert when.label == label


def test_month_day_ambiguity_prefers_us_order_and_offers_the_other() -> None:
    when = parse_when("2/3", NOW)
    assert when.due == at("2026-02-03 17:00")
    assert when.alternatives == (at("2026-03-02 17:00"),)


@pytest.mark.parametrize("typed", ["1/1", "1/20", "13/1", "jan 2", "2026-02-03"])
def test_unambiguous_dates_offer_no_alternative(typed: str) -> None:
    assert parse_when(typed, NOW).alternatives == ()


@pytest.mark.parametrize(
    ("typed", "mentions"),
    [
        ("", "No due date"),
        ("   ", "No due date"),
        ("xyzzy", "'xyzzy'"),
        ("when pigs fly", "'when pigs fly'"),
        ("2/30", "not a real date"),
        ("yesterday", "in the past"),
        ("fri and also some chores", "'fri and also some chores'"),
    ],
)
def test_unreadable_input_gives_a_helpful_error_and_no_due(typed: str, mentions: str) -> None:
    when = parse_when(typed, NOW)
    assert when.due is None
    assert when.error is not None
    assert mentions in when.error
    assert "tomorrow 3pm" in when.error  # says what would work


DESCRIBED = [
    ("2026-01-09 17:00", "today 17:00"),
    ("2026-01-09 09:30", "today 09:30"),
    ("2026-01-10 17:00", "tomorrow"),
    ("2026-01-10 09:00", "tomorrow 09:00"),
    ("2026-01-16 17:00", "Fri 16 Jan"),
    ("2026-01-16 12:00", "Fri 16 Jan 12:00"),
    ("2027-01-15 17:00", "Fri 15 Jan 2027"),
    ("2026-01-07 17:00", "overdue 2d"),
    ("2026-01-08 23:00", "overdue 1d"),
    ("2026-01-09 07:00", "overdue 2h"),
    ("2026-01-09 08:50", "overdue 10m"),
]


@pytest.mark.parametrize(("due", "expected"), DESCRIBED)
def test_describe_due_relative_to_now(due: str, expected: str) -> None:
    assert describe_due(at(due), NOW) == expected


def test_describe_due_shows_the_due_moment_on_the_viewers_clock() -> None:
    paris = ZoneInfo("Europe/Paris")
    due = datetime(2026, 1, 10, 0, 30, tzinfo=paris)  # 18:30 on the 9th in New York
    assert describe_due(due, NOW) == "today 18:30"
