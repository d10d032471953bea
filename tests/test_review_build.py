"""The weekly review's data: the days and their load, each section, the summary, in any time zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.config_schema import TriageSettings, WorkSettings
from belt_tui.model import (
    Address,
    Ask,
    AskKind,
    Busy,
    FollowUp,
    FollowUpStatus,
    Message,
    Slot,
    Span,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.planner import week_window
from belt_tui.review import DUE_DEFAULTED, DUE_SOURCE, NOT_PLANNED, FollowUpItem, ThreadItem, build_review

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
ME = frozenset({"maya@firm.test"})
WORK = WorkSettings(time_zone=NY)  # 09:00-17:30, lunch 12:30-13:30: 450 working minutes a day
NOW = datetime(2026, 1, 7, 10, 0, tzinfo=NY)  # Wednesday
WINDOW = week_window("this", NOW, WORK)  # Mon 5 Jan - Mon 12 Jan


def at(day: int, hour: int, minute: int = 0, zone: ZoneInfo = NY) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=zone)


def followup(ident: str, due: datetime, owner: str = "maya@firm.test", **values) -> FollowUp:
    values.setdefault("created", at(1, 9))
    return FollowUp(id=ident, title=f"Follow-up {ident}", owner=owner, due=due, **values)


def thread(
    ident: str, state: ThreadState, since: datetime, waiting_on: tuple[str, ...], due: datetime | None = None
) -> ThreadAnalysis:
    message = Message(
        message_id=f"<{ident}@mail.test>",
        subject=f"Subject {ident}",
        sender=Address(waiting_on[0]),
        to=(Address("maya@firm.test"),),
        cc=(),
        date=since,
    )
    ask = Ask(message.message_id, "Please send it.", Span(0, 15), AskKind.REQUEST, None, due, 0.9, "request")
    verdict = Verdict(state, since, f"why {ident}", (ask,), waiting_on)
    return ThreadAnalysis(Thread(message.message_id, (message,)), verdict, {})


def review(**overrides):
    values = {
        "now": NOW,
        "window": WINDOW,
        "work": WORK,
        "followups": [],
        "slots": {},
        "busy": [],
        "threads": [],
        "me": ME,
    }
    return build_review(**{**values, **overrides})


def keys(items) -> list[str]:
    return [item.key for item in items]


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (5, [date(2026, 1, 5) + timedelta(days=n) for n in range(5)]),
        (7, [date(2026, 1, 5) + timedelta(days=n) for n in range(7)]),
    ],
)
def test_the_week_shows_monday_to_friday_or_the_whole_week(shown, expected):
    built = review(work=WorkSettings(time_zone=NY, week_days_shown=shown))
    assert [day.day for day in built.days] == expected


def test_a_day_without_working_hours_has_no_load_but_still_shows_its_meetings():
    saturday_call = Busy(at(10, 10), at(10, 11), "Weekend call")
    built = review(work=WorkSettings(time_zone=NY, week_days_shown=7), busy=[saturday_call])
    saturday = built.days[5]
    assert (saturday.working_minutes, saturday.load, saturday.busy) == (0, None, (saturday_call,))


@pytest.mark.parametrize(
    ("meetings", "blocks", "meeting_minutes", "followup_minutes"),
    [
        pytest.param([(9, 0, 10, 0)], [], 60, 0, id="one meeting"),
        pytest.param([(12, 0, 14, 0)], [], 60, 0, id="lunch is cut out of a meeting across it"),
        pytest.param([(12, 30, 13, 30)], [], 0, 0, id="a lunch meeting takes no working time"),
        pytest.param([(7, 0, 9, 30), (17, 0, 19, 0)], [], 60, 0, id="only the working part counts"),
        pytest.param([(10, 0, 11, 0), (10, 30, 11, 30)], [], 90, 0, id="overlapping meetings count once"),
        pytest.param([(9, 0, 10, 0)], [(9, 30, 10, 0)], 60, 30, id="a block on a meeting counts on top"),
        pytest.param([], [(14, 0, 14, 30), (15, 0, 16, 0)], 0, 90, id="follow-up blocks add up"),
    ],
)
def test_the_load_of_a_day(meetings, blocks, meeting_minutes, followup_minutes):
    busy = [Busy(at(6, h1, m1), at(6, h2, m2), "Meeting") for h1, m1, h2, m2 in meetings]
    items = [followup(f"f{n}", at(9, 17)) for n in range(len(blocks))]
    slots = {
        f.id: Slot(f.id, at(6, h1, m1), at(6, h2, m2))
        for f, (h1, m1, h2, m2) in zip(items, blocks, strict=True)
    }
    tuesday = review(busy=busy, followups=items, slots=slots).days[1]
    assert (tuesday.meeting_minutes, tuesday.followup_minutes, tuesday.working_minutes) == (
        meeting_minutes,
        followup_minutes,
        450,
    )
    assert tuesday.load == pytest.approx((meeting_minutes + followup_minutes) / 450)


def test_an_overbooked_day_loads_above_one():
    all_day_hearing = Busy(at(6, 9), at(6, 17, 30), "Hearing")
    item = followup("a", at(9, 17))
    slots = {"a": Slot("a", at(6, 10), at(6, 10, 30), "kept where it was placed")}
    tuesday = review(busy=[all_day_hearing], followups=[item], slots=slots).days[1]
    assert tuesday.load == pytest.approx(480 / 450)


def test_days_list_their_meetings_and_blocks_in_time_order_and_a_long_event_on_every_day_it_touches():
    trial = Busy(at(7, 9), at(8, 17), "Trial")
    early = Busy(at(7, 8), at(7, 8, 30), "Breakfast")
    items = [followup("late", at(9, 17)), followup("soon", at(9, 17))]
    slots = {"late": Slot("late", at(8, 15), at(8, 15, 30)), "soon": Slot("soon", at(8, 9), at(8, 9, 30))}
    built = review(busy=[trial, early], followups=items, slots=slots)
    wednesday, thursday = built.days[2], built.days[3]
    assert wednesday.busy == (early, trial)
    assert thursday.busy == (trial,)
    assert [block.followup.id for block in thursday.slotted] == ["soon", "late"]


def test_days_and_load_follow_the_users_time_zone_whatever_zone_the_data_is_in():
    berlin_call = Busy(at(6, 15, 0, BERLIN), at(6, 16, 0, BERLIN), "Call")  # 09:00-10:00 in New York
    late_block = followup("a", at(9, 17))
    # 04:30 UTC on Wednesday is 23:30 on Tuesday in New York: Tuesday's column, outside working hours.
    slots = {"a": Slot("a", at(7, 4, 30, UTC), at(7, 5, 0, UTC))}
    built = review(busy=[berlin_call], followups=[late_block], slots=slots)
    tuesday, wednesday = built.days[1], built.days[2]
    assert [block.followup.id for block in tuesday.slotted] == ["a"]
    assert wednesday.slotted == ()
    assert (tuesday.meeting_minutes, tuesday.followup_minutes) == (60, 0)


def test_i_owe_holds_threads_waiting_on_me_and_my_follow_ups_they_owe_the_rest_with_chases():
    needs = thread("n", ThreadState.NEEDS_REPLY, at(6, 9), ("ann@client.test",))
    waits = thread("w", ThreadState.AWAITING_THEM, at(5, 9), ("bob@other.test",))
    quiet = thread("q", ThreadState.NONE, at(5, 9), ("cy@other.test",))
    mine = followup("mine", at(9, 17))
    theirs = followup("theirs", at(9, 17), owner="bob@other.test", status=FollowUpStatus.WAITING, chased=2)
    built = review(threads=[needs, waits, quiet], followups=[mine, theirs])
    assert set(keys(built.i_owe)) == {"thread:<n@mail.test>", "followup:mine"}
    assert set(keys(built.they_owe)) == {"thread:<w@mail.test>", "followup:theirs"}
    [chased] = [i for i in built.they_owe if isinstance(i, FollowUpItem)]
    assert chased.followup.chased == 2
    [silent] = [i for i in built.they_owe if isinstance(i, ThreadItem)]
    assert (silent.people, silent.since, silent.why) == (("bob@other.test",), at(5, 9), "why w")


def test_a_thread_counts_the_chases_of_its_follow_ups():
    waits = thread("w", ThreadState.AWAITING_THEM, at(5, 9), ("bob@other.test",))
    chase = followup("c", at(9, 17), owner="bob@other.test", thread_id="<w@mail.test>", chased=3)
    [thread_item] = [
        i for i in review(threads=[waits], followups=[chase]).they_owe if isinstance(i, ThreadItem)
    ]
    assert thread_item.chased == 3


def test_a_follow_up_counts_for_the_thread_holding_its_message_even_if_the_root_changed():
    waits = thread("w", ThreadState.AWAITING_THEM, at(5, 9), ("bob@other.test",))
    chase = followup(
        "c", at(9, 17), owner="bob@other.test", message_id="<w@mail.test>", thread_id="<old-root@mail.test>",
        chased=2,
    )  # fmt: skip
    [thread_item] = [
        i for i in review(threads=[waits], followups=[chase]).they_owe if isinstance(i, ThreadItem)
    ]
    assert thread_item.chased == 2


def test_closed_and_future_snoozed_follow_ups_are_counted_not_listed():
    items = [
        followup("open", at(9, 17)),
        followup("done", at(9, 17), status=FollowUpStatus.DONE, updated=at(6, 9)),
        followup("later", at(9, 17), status=FollowUpStatus.SNOOZED, snooze_until=at(12, 9)),
        followup("woke", at(9, 17), status=FollowUpStatus.SNOOZED, snooze_until=at(7, 8)),
    ]
    built = review(followups=items)
    assert keys(built.i_owe) == ["followup:open", "followup:woke"]
    assert (built.summary.open, built.summary.snoozed, built.summary.done_this_week) == (3, 1, 1)


def test_lists_run_overdue_first_then_soonest_due_then_longest_waiting():
    items = [
        followup("due-fri", at(9, 17)),
        followup("overdue-mon", at(5, 17)),
        followup("due-thu", at(8, 17)),
        followup("overdue-tue", at(6, 17)),
    ]
    old = thread("old", ThreadState.NEEDS_REPLY, at(5, 9), ("ann@firm.test",))
    new = thread("new", ThreadState.NEEDS_REPLY, at(7, 9), ("ann@firm.test",))
    asked_thu = thread("thu", ThreadState.NEEDS_REPLY, at(7, 9, 30), ("ann@firm.test",), due=at(8, 12))
    built = review(
        followups=items, threads=[new, old, asked_thu], triage=TriageSettings(response_target_hours=100)
    )
    assert keys(built.i_owe) == [
        "followup:overdue-mon",
        "followup:overdue-tue",
        "thread:<thu@mail.test>",
        "followup:due-thu",
        "followup:due-fri",
        "thread:<old@mail.test>",
        "thread:<new@mail.test>",
    ]
    assert keys(built.overdue) == ["followup:overdue-mon", "followup:overdue-tue"]
    assert built.summary.overdue == 2


@pytest.mark.parametrize(
    ("since", "target_hours", "ask_due", "overdue"),
    [
        pytest.param(at(6, 9), 24.0, None, False, id="8.5 working hours, 24 allowed"),
        pytest.param(at(6, 9), 4.0, None, True, id="past the client's 4-hour target"),
        pytest.param(at(7, 9, 30), 4.0, None, False, id="half an hour, 4 allowed"),
        pytest.param(at(7, 9, 30), 24.0, at(7, 9, 45), True, id="the ask's own deadline passed"),
    ],
)
def test_a_thread_waiting_on_me_is_overdue_past_its_reply_target_or_its_deadline(
    since, target_hours, ask_due, overdue
):
    triage = TriageSettings(domain_targets={"client.test": target_hours})
    needs = thread("n", ThreadState.NEEDS_REPLY, since, ("ann@client.test",), due=ask_due)
    [item] = review(threads=[needs], triage=triage).i_owe
    assert item.overdue is overdue


def test_no_due_date_lists_follow_ups_whose_due_belt_filled_in():
    guessed = followup("guessed", at(9, 17), extra={DUE_SOURCE: DUE_DEFAULTED})
    chosen = followup("chosen", at(9, 17))
    assert keys(review(followups=[guessed, chosen]).no_due) == ["followup:guessed"]


def test_unslotted_lists_follow_ups_the_plan_could_not_place_with_the_reason():
    items = [followup("placed", at(9, 17)), followup("full", at(8, 17)), followup("new", at(9, 16))]
    slots = {
        "placed": Slot("placed", at(7, 11), at(7, 11, 30)),
        "full": Slot("full", None, None, "no free time before Thu 17:00"),
    }
    unslotted = review(followups=items, slots=slots).unslotted
    assert [(i.followup.id, i.unslotted_reason) for i in unslotted] == [
        ("full", "no free time before Thu 17:00"),
        ("new", NOT_PLANNED),
    ]


@pytest.mark.parametrize(
    ("status", "updated", "counted"),
    [
        pytest.param(FollowUpStatus.DONE, at(5, 0), True, id="done at the start of the week"),
        pytest.param(FollowUpStatus.ANSWERED, at(7, 9), True, id="answered by its owner"),
        pytest.param(FollowUpStatus.DONE, at(4, 23, 59), False, id="done last week"),
        pytest.param(FollowUpStatus.DONE, at(12, 0), False, id="the window's end is next week"),
        pytest.param(FollowUpStatus.OPEN, at(7, 9), False, id="edited but still open"),
        pytest.param(FollowUpStatus.DONE, None, False, id="no record of when"),
    ],
)
def test_done_this_week(status, updated, counted):
    item = followup("a", at(9, 17), status=status, updated=updated)
    assert review(followups=[item]).summary.done_this_week == int(counted)


@pytest.mark.parametrize(
    ("since", "now", "business_hours", "age"),
    [
        pytest.param(at(9, 17, 45), at(12, 10), True, timedelta(hours=1), id="after Friday's close: 1h"),
        pytest.param(at(9, 16), at(12, 10), True, timedelta(hours=2, minutes=30), id="Friday 16:00: 2h30"),
        pytest.param(at(9, 16), at(12, 10), False, timedelta(hours=66), id="elapsed time"),
        # 16:00 in Berlin is 10:00 in New York: 6h30 on Friday (lunch cut out), then 1h on Monday.
        pytest.param(
            at(9, 16, 0, BERLIN), at(12, 10), True, timedelta(hours=7, minutes=30), id="from Berlin"
        ),
    ],
)
def test_the_longest_client_wait_across_a_weekend(since, now, business_hours, age):
    client = thread("c", ThreadState.NEEDS_REPLY, since, ("rick@client.test",))
    built = review(
        now=now,
        window=week_window("this", now, WORK),
        threads=[client],
        triage=TriageSettings(business_hours=business_hours),
    )
    wait = built.summary.longest_client_wait
    assert (wait.who, wait.since, wait.age) == ("rick@client.test", since, age)


def test_the_longest_client_wait_skips_colleagues_and_threads_i_wait_on():
    threads = [
        thread("colleague", ThreadState.NEEDS_REPLY, at(1, 9), ("helen@firm.test",)),
        thread("office", ThreadState.NEEDS_REPLY, at(1, 9), ("ny@london.firm.test",)),
        thread("mine", ThreadState.AWAITING_THEM, at(1, 9), ("rick@client.test",)),
        thread("newer", ThreadState.NEEDS_REPLY, at(6, 9), ("ann@client.test",)),
        thread("older", ThreadState.NEEDS_REPLY, at(5, 9), ("helen@firm.test", "bo@client.test")),
    ]
    wait = review(threads=threads).summary.longest_client_wait
    assert (wait.thread_id, wait.who) == ("<older@mail.test>", "bo@client.test")
    assert review(threads=threads[:3]).summary.longest_client_wait is None


def test_the_same_input_always_gives_the_same_review():
    items = [followup(str(n), at(5 + n % 5, 17), created=at(1, 9)) for n in range(20)]
    threads = [thread(str(n), ThreadState.NEEDS_REPLY, at(5, 9), ("a@b.test",)) for n in range(5)]
    assert review(followups=items, threads=threads) == review(followups=items[::-1], threads=threads[::-1])


def test_week_math_is_right_in_a_zone_far_from_utc():
    tokyo = ZoneInfo("Asia/Tokyo")
    work = WorkSettings(time_zone=tokyo, start=time(9), end=time(18), lunch=None)
    now = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)  # Monday 10:00 in Tokyo
    meeting = Busy(datetime(2026, 1, 5, 0, 0, tzinfo=UTC), datetime(2026, 1, 5, 2, 0, tzinfo=UTC), "Call")
    built = review(now=now, window=week_window("this", now, work), work=work, busy=[meeting])
    monday = built.days[0]
    assert (monday.day, monday.meeting_minutes, monday.working_minutes) == (date(2026, 1, 5), 120, 540)
