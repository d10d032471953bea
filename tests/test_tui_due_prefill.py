"""The form's due field starts with what a person would type, reading back as the ask's deadline."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.dates import parse_when
from belt_tui.tui.screens.due_input import suggested_due

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 3, 9, 0, tzinfo=NEW_YORK)  # a Tuesday


@pytest.mark.parametrize(
    ("due", "typed"),
    [
        (datetime(2026, 3, 3, 17, 0, tzinfo=NEW_YORK), "today"),
        (datetime(2026, 3, 4, 17, 0, tzinfo=NEW_YORK), "tomorrow"),
        (datetime(2026, 3, 5, 17, 0, tzinfo=NEW_YORK), "thu"),
        (datetime(2026, 3, 5, 15, 30, tzinfo=NEW_YORK), "thu 15:30"),
        (datetime(2026, 3, 10, 17, 0, tzinfo=NEW_YORK), "tue 10 mar"),
        (datetime(2026, 3, 13, 17, 0, tzinfo=NEW_YORK), "fri 13 mar"),
        (datetime(2027, 1, 8, 17, 0, tzinfo=NEW_YORK), "fri 8 jan 2027"),
    ],
)
def test_an_asks_deadline_is_prefilled_as_words_that_read_back_as_it(due: datetime, typed: str):
    assert suggested_due(due, NOW) == typed
    assert parse_when(typed, NOW).due == due


def test_a_deadline_given_in_another_zone_is_written_on_the_users_clock():
    due = datetime(2026, 3, 5, 22, 0, tzinfo=ZoneInfo("UTC"))  # 17:00 in New York
    assert suggested_due(due, NOW) == "thu"


def test_no_deadline_prefills_tomorrow_and_a_passed_one_prefills_eod():
    assert suggested_due(None, NOW) == "tomorrow"
    assert suggested_due(NOW - timedelta(hours=1), NOW) == "eod"
