"""The follow-ups view: open follow-ups grouped by owner or by due date, overdue first.

Pure functions over `FollowUp`s, so the grouping and the order are tested without a UI. A group
starts with a heading row (no follow-up) that the list paints but the cursor skips.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from belt_tui.followups import is_active
from belt_tui.model import FollowUp, FollowUpStatus


class Grouping(StrEnum):
    OWNER = "owner"
    DUE = "due"


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A heading (followup None) or one follow-up with the labels painted for it."""

    heading: str
    followup: FollowUp | None = None
    owner: str = ""
    due_label: str = ""
    overdue: bool = False

    @property
    def key(self) -> str:
        return self.followup.id if self.followup else f"heading:{self.heading}"


# Closed follow-ups shown after the open ones, so an "answered" one can be found and reopened.
_CLOSED = (FollowUpStatus.ANSWERED, FollowUpStatus.DONE)


def due_bucket(due: datetime, now: datetime) -> tuple[int, str]:
    """The due-date group a follow-up belongs to, ranked: overdue, today, tomorrow, this week, later."""
    local = due.astimezone(now.tzinfo)
    days = (local.date() - now.date()).days
    if due < now:
        return 0, "Overdue"
    if days == 0:
        return 1, "Today"
    if days == 1:
        return 2, "Tomorrow"
    if local.date() < now.date() + timedelta(days=7 - now.weekday()):
        return 3, "This week"
    return 4, "Later"


def followup_rows(
    followups: Iterable[FollowUp],
    now: datetime,
    me: frozenset[str],
    grouping: Grouping,
    describe: Callable[[datetime, datetime], str],
) -> list[FollowUpRow]:
    """Active follow-ups grouped, overdue first in every group; then recently closed ones, under "Closed".

    Follow-ups snoozed into the future are left out until their snooze ends.
    """
    active = [f for f in followups if is_active(f, now)]
    closed = sorted((f for f in followups if f.status in _CLOSED), key=lambda f: f.updated or f.due)
    groups: dict[tuple[int, str], list[FollowUp]] = {}
    for followup in active:
        groups.setdefault(_group_of(followup, now, me, grouping), []).append(followup)
    rows: list[FollowUpRow] = []
    for group in sorted(groups):
        rows.append(FollowUpRow(heading=group[1]))
        for followup in sorted(groups[group], key=lambda f: (f.due, f.id)):
            rows.append(_row(followup, group[1], now, me, describe))
    if closed:
        rows.append(FollowUpRow(heading="Closed"))
        rows.extend(_row(f, "Closed", now, me, describe) for f in reversed(closed))
    return rows


def _group_of(followup: FollowUp, now: datetime, me: frozenset[str], grouping: Grouping) -> tuple[int, str]:
    if grouping is Grouping.DUE:
        return due_bucket(followup.due, now)
    if followup.owner in me:
        return 0, "Mine"
    return 1, followup.owner


def _row(
    followup: FollowUp,
    heading: str,
    now: datetime,
    me: frozenset[str],
    describe: Callable[[datetime, datetime], str],
) -> FollowUpRow:
    owner = "me" if followup.owner in me else followup.owner
    if followup.status in _CLOSED:
        due_label = followup.status.value
    elif followup.status is FollowUpStatus.WAITING:
        due_label = f"waiting · {describe(followup.due, now)}"
    else:
        due_label = describe(followup.due, now)
    return FollowUpRow(
        heading=heading,
        followup=followup,
        owner=owner,
        due_label=due_label,
        overdue=followup.is_open and followup.due < now,
    )
