"""Slotting places follow-ups in free working time before they are due, and explains what cannot fit."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.model import Busy, FollowUp, FollowUpStatus
from belt_tui.plan.slots import WorkWeek, free_intervals, plan_week

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 1, 5, 8, 0, tzinfo=NY)  # Monday 5 Jan 2026, before work
WEEK = (datetime(2026, 1, 5, tzinfo=NY), datetime(2026, 1, 10, tzinfo=NY))
WORK = WorkWeek(time_zone=NY, lunch=(time(12, 0), time(13, 0)), daily_cap_minutes=240)


def at(day: int, hour: int, minute: int = 0, tz: ZoneInfo = NY) -> datetime:
    """A time in the week of Monday 5 Jan 2026 (day 0 = Monday)."""
    return datetime(2026, 1, 5 + day, hour, minute, tzinfo=tz)


def followup(ident: str, due: datetime, minutes: int = 30, **extra) -> FollowUp:
    return FollowUp(id=ident, title=ident, owner="me@firm.test", due=due, duration_minutes=minutes, **extra)


def busy(start: datetime, end: datetime) -> Busy:
    return Busy(start, end, "meeting")


def placed(slots):
    return {s.followup_id: (s.start, s.end) for s in slots if s.start}


def test_an_empty_week_gets_the_first_follow_up_at_the_start_of_work():
    slots = plan_week([followup("a", at(2, 17))], [], WORK, WEEK, MONDAY)
    assert placed(slots) == {"a": (at(0, 9), at(0, 9, 30))}


def test_follow_ups_never_overlap_events_or_each_other():
    events = [busy(at(0, 9), at(0, 10)), busy(at(0, 10, 30), at(0, 11))]
    items = [followup(f"f{i}", at(3, 17)) for i in range(3)]
    slots = placed(plan_week(items, events, WORK, WEEK, MONDAY))
    assert slots == {
        "f0": (at(0, 10), at(0, 10, 30)),
        "f1": (at(0, 11), at(0, 11, 30)),
        "f2": (at(0, 11, 30), at(0, 12)),
    }


def test_lunch_is_never_used():
    events = [busy(at(0, 9), at(0, 12))]
    slots = placed(plan_week([followup("a", at(3, 17), minutes=60)], events, WORK, WEEK, MONDAY))
    assert slots["a"] == (at(0, 13), at(0, 14))


def test_urgency_order_is_overdue_then_due_then_age():
    now = at(0, 9)
    items = [
        followup("later", at(4, 17), created=at(0, 1)),
        followup("sooner", at(1, 17), created=at(0, 2)),
        followup("overdue", at(0, 8), created=at(0, 3)),
        followup("older-same-due", at(1, 17), created=at(0, 0)),
    ]
    slots = placed(plan_week(items, [], WORK, WEEK, now))
    order = sorted(slots, key=lambda k: slots[k][0])
    assert order == ["overdue", "older-same-due", "sooner", "later"]


def test_done_follow_ups_are_not_slotted():
    items = [followup("done", at(2, 17), status=FollowUpStatus.DONE), followup("open", at(2, 17))]
    assert [s.followup_id for s in plan_week(items, [], WORK, WEEK, MONDAY)] == ["open"]


def test_nothing_is_placed_in_the_past():
    now = at(1, 14, 7)
    slots = placed(plan_week([followup("a", at(3, 17))], [], WORK, WEEK, now))
    assert slots["a"][0] == at(1, 14, 10)


@pytest.mark.parametrize(
    ("items", "events", "reason"),
    [
        ([followup("a", at(0, 8, 30))], [], "no free time before Mon 08:30"),
        (
            [followup("a", at(0, 17, 30), minutes=60)],
            [busy(at(0, 9), at(0, 11, 30)), busy(at(0, 11, 45), at(0, 12)), busy(at(0, 13), at(0, 17, 30))],
            "needs 1h00; the longest free time before Mon 17:30 is 15 min",
        ),
        ([followup("a", at(0, 17, 30))], [busy(at(0, 0), at(0, 23))], "no free time before Mon 17:30"),
    ],
)
def test_what_cannot_fit_is_reported_with_a_reason_never_dropped(items, events, reason):
    slots = plan_week(items, events, WORK, WEEK, MONDAY)
    assert [(s.followup_id, s.start, s.reason) for s in slots] == [("a", None, reason)]


def test_the_daily_cap_spreads_follow_ups_across_days():
    capped = WorkWeek(time_zone=NY, daily_cap_minutes=60)
    items = [followup(f"f{i}", at(4, 17)) for i in range(3)]
    slots = placed(plan_week(items, [], capped, WEEK, MONDAY))
    days = sorted(start.date() for start, _ in slots.values())
    assert days == [at(0, 0).date(), at(0, 0).date(), at(1, 0).date()]


def test_the_cap_is_named_when_it_is_the_only_obstacle():
    capped = WorkWeek(time_zone=NY, daily_cap_minutes=30)
    items = [followup("a", at(0, 17)), followup("b", at(0, 17))]
    slots = {s.followup_id: s for s in plan_week(items, [], capped, WEEK, MONDAY)}
    assert slots["b"].start is None
    assert slots["b"].reason == "daily follow-up cap (30 min) reached on every free day before Mon 17:00"


def test_events_in_another_time_zone_block_the_right_local_hours():
    # 15:00-17:00 in Berlin is 09:00-11:00 in New York in January.
    events = [busy(at(0, 15, tz=BERLIN), at(0, 17, tz=BERLIN))]
    slots = placed(plan_week([followup("a", at(2, 17))], events, WORK, WEEK, MONDAY))
    assert slots["a"][0] == at(0, 11)


def test_working_hours_follow_the_wall_clock_across_a_dst_change():
    # US clocks go forward on Sunday 8 March 2026: Monday 9:00 is then UTC-4, not UTC-5.
    monday = datetime(2026, 3, 9, 7, 0, tzinfo=NY)
    window = (datetime(2026, 3, 7, tzinfo=NY), datetime(2026, 3, 14, tzinfo=NY))
    slots = placed(plan_week([followup("a", datetime(2026, 3, 10, 17, tzinfo=NY))], [], WORK, window, monday))
    start = slots["a"][0]
    assert start.astimezone(NY).hour == 9
    assert start.utcoffset() == timedelta(hours=-4)


def test_pinned_blocks_stay_put_and_count_as_busy():
    pinned = {"moved": (at(0, 9), at(0, 10))}
    items = [followup("moved", at(3, 17)), followup("other", at(3, 17))]
    slots = placed(plan_week(items, [], WORK, WEEK, MONDAY, pinned=pinned))
    assert slots == {"moved": (at(0, 9), at(0, 10)), "other": (at(0, 10), at(0, 10, 30))}


def test_weekends_are_not_working_time():
    saturday = at(5, 8)
    window = (saturday, at(9, 0))
    slots = placed(plan_week([followup("a", at(9, 0))], [], WORK, window, saturday))
    assert slots["a"][0] == at(7, 9)  # the next Monday


def test_free_intervals_merge_overlapping_events():
    events = [busy(at(0, 9), at(0, 11)), busy(at(0, 10), at(0, 10, 30)), busy(at(0, 10, 45), at(0, 11, 15))]
    free = free_intervals((at(0, 0), at(1, 0)), WORK, events)
    assert free == [(at(0, 11, 15), at(0, 12)), (at(0, 13), at(0, 17, 30))]


def test_the_plan_is_deterministic():
    items = [followup(f"f{i}", at(i % 5, 17)) for i in range(20)]
    events = [busy(at(d, 10), at(d, 11)) for d in range(5)]
    first = plan_week(items, events, WORK, WEEK, MONDAY)
    again = plan_week(list(reversed(items)), list(reversed(events)), WORK, WEEK, MONDAY)
    assert first == again


def test_a_snoozed_follow_up_is_placed_only_after_its_snooze_ends():
    item = followup("a", at(4, 17), status=FollowUpStatus.SNOOZED, snooze_until=at(2, 14))
    assert placed(plan_week([item], [], WORK, WEEK, MONDAY)) == {"a": (at(2, 14), at(2, 14, 30))}


def test_a_follow_up_snoozed_past_the_week_is_not_placed_and_says_why():
    item = followup("a", at(4, 17), status=FollowUpStatus.SNOOZED, snooze_until=at(7, 9))
    [slot] = plan_week([item], [], WORK, WEEK, MONDAY)
    assert slot.start is None
    assert slot.reason == "snoozed until Mon 12 Jan 09:00"
