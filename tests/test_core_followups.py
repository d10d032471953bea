"""The follow-ups view: groups, their order, what is hidden, and how a row reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from belt_tui.core_followups import Grouping, due_bucket, followup_rows
from belt_tui.model import FollowUp, FollowUpStatus

NOW = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)  # a Wednesday
ME = frozenset({"me@firm.example"})


def item(key: str, owner: str, due_hours: float, status: FollowUpStatus = FollowUpStatus.OPEN, **extra):
    return FollowUp(
        id=key, title=f"Task {key}", owner=owner, due=NOW + timedelta(hours=due_hours), status=status, **extra
    )


def describe(due: datetime, now: datetime) -> str:
    return f"{(due - now).total_seconds() / 3600:+.0f}h"


ITEMS = [
    item("a", "me@firm.example", 30),
    item("b", "ann@client.example", -5),
    item("c", "me@firm.example", 2),
    item("d", "ann@client.example", 24 * 10),
    item("e", "bob@other.example", 20, FollowUpStatus.ANSWERED, updated=NOW),
    item("f", "me@firm.example", 1, FollowUpStatus.SNOOZED, snooze_until=NOW + timedelta(days=1)),
    item("g", "me@firm.example", 3, FollowUpStatus.WAITING),
]


def layout(rows) -> list[str]:
    return [row.followup.id if row.followup else f"# {row.heading}" for row in rows]


def test_grouped_by_due_date_overdue_first_then_closed_ones_last():
    rows = followup_rows(ITEMS, NOW, ME, Grouping.DUE, describe)
    assert layout(rows) == [
        "# Overdue",
        "b",
        "# Today",
        "c",
        "g",
        "# Tomorrow",
        "a",
        "# Later",
        "d",
        "# Closed",
        "e",
    ]


def test_grouped_by_owner_mine_first_each_group_soonest_due_first():
    rows = followup_rows(ITEMS, NOW, ME, Grouping.OWNER, describe)
    assert layout(rows) == [
        "# Mine",
        "c",
        "g",
        "a",
        "# ann@client.example",
        "b",
        "d",
        "# Closed",
        "e",
    ]


def test_rows_say_who_owns_it_when_it_is_due_and_whether_it_is_answered_or_waiting():
    rows = {
        row.followup.id: row for row in followup_rows(ITEMS, NOW, ME, Grouping.DUE, describe) if row.followup
    }
    assert (rows["b"].owner, rows["b"].due_label, rows["b"].overdue) == ("ann@client.example", "-5h", True)
    assert (rows["c"].owner, rows["c"].overdue) == ("me", False)
    assert rows["e"].due_label == "answered"
    assert rows["g"].due_label == "waiting · +3h"


def test_a_snooze_that_has_ended_brings_the_followup_back():
    later = NOW + timedelta(days=2)
    rows = followup_rows(ITEMS, later, ME, Grouping.DUE, describe)
    assert "f" in layout(rows)


def test_due_buckets_follow_the_calendar_week():
    assert due_bucket(NOW + timedelta(days=2), NOW) == (3, "This week")
    assert due_bucket(NOW + timedelta(days=5), NOW) == (4, "Later")
    assert due_bucket(NOW - timedelta(minutes=1), NOW) == (0, "Overdue")
