"""The weekly review: the week's days and load, what the user owes, what others owe, and a summary.

Pure: follow-ups, slots, busy time and analysed threads in, one `Review` out, computed once so the
review screen and `belt review` only paint it. Every list is in urgency order (overdue first, then
soonest due, then longest waiting), with ids as the last tie-break, so the same input always reads
the same way.

A follow-up always carries a due date (the product rule), so "no due date" means a due that nobody
chose: Belt filled it in (`FollowUps.create(due_defaulted=True)` marks it, a due set later clears it); the
review lists those under `no_due` so the user sets a real one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from belt_tui.config_schema import TriageSettings, WorkSettings
from belt_tui.followups import DUE_DEFAULTED, DUE_SOURCE, followups_by_thread, is_active
from belt_tui.model import Busy, FollowUp, FollowUpStatus, Slot, ThreadAnalysis, ThreadState
from belt_tui.plan.slots import WorkWeek, work_week, working_intervals
from belt_tui.review_time import as_utc, covered, merged_busy, whole_minutes, working_day_length, working_time

NOT_PLANNED = "not in the plan yet"

AgeMeasure = Callable[[datetime], timedelta]
_NEVER = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class ThreadItem:
    """A thread someone waits on: on the user (needs reply) or the user on them (awaiting them).

    `people` are those waiting on the user, or those who have gone silent; `since` is when the wait
    began and `age` how long it has lasted (in working time when the review counts working hours).
    """

    thread_id: str
    subject: str
    state: ThreadState
    people: tuple[str, ...]
    since: datetime
    age: timedelta
    why: str
    due: datetime | None
    overdue: bool
    chased: int = 0

    @property
    def key(self) -> str:
        return f"thread:{self.thread_id}"


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    """A follow-up as the review shows it, with its place in the week (None: not in the plan)."""

    followup: FollowUp
    mine: bool
    overdue: bool
    slot: Slot | None
    age: timedelta

    @property
    def key(self) -> str:
        return f"followup:{self.followup.id}"

    @property
    def due(self) -> datetime:
        return self.followup.due

    @property
    def unslotted_reason(self) -> str:
        return self.slot.reason if self.slot is not None else NOT_PLANNED


ReviewItem = ThreadItem | FollowUpItem
_Item = TypeVar("_Item", ThreadItem, FollowUpItem, ReviewItem)


@dataclass(frozen=True, slots=True)
class SlottedFollowUp:
    """A follow-up's block on one day of the week."""

    followup: FollowUp
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class ReviewDay:
    """One column of the week: its meetings, its follow-up blocks, and how full its working hours are.

    `booked_minutes` counts meeting time (overlapping meetings once: the time is taken once) plus
    every follow-up block (a block on top of a meeting is extra work, so it can overbook the day),
    both only inside working hours with lunch cut out.
    """

    day: date
    busy: tuple[Busy, ...]
    slotted: tuple[SlottedFollowUp, ...]
    meeting_minutes: int
    followup_minutes: int
    working_minutes: int

    @property
    def booked_minutes(self) -> int:
        return self.meeting_minutes + self.followup_minutes

    @property
    def load(self) -> float | None:
        """Booked over working minutes (above 1.0 when overbooked); None on a day with no working hours."""
        return self.booked_minutes / self.working_minutes if self.working_minutes else None


@dataclass(frozen=True, slots=True)
class ClientWait:
    """The longest someone outside the user's own domains has waited for the user's reply."""

    thread_id: str
    subject: str
    who: str
    since: datetime
    age: timedelta


@dataclass(frozen=True, slots=True)
class Summary:
    """The one line at the top: follow-up counts (`open` includes snoozed ones), then waiting threads."""

    open: int
    snoozed: int
    overdue: int
    done_this_week: int
    needs_reply: int
    awaiting_them: int
    longest_client_wait: ClientWait | None


@dataclass(frozen=True, slots=True)
class Review:
    """Everything the weekly review shows. Ages are working time when `working_time_ages` is set."""

    now: datetime
    window: tuple[datetime, datetime]
    time_zone: tzinfo
    working_time_ages: bool
    working_day: timedelta
    days: tuple[ReviewDay, ...]
    i_owe: tuple[ReviewItem, ...]
    they_owe: tuple[ReviewItem, ...]
    overdue: tuple[FollowUpItem, ...]
    no_due: tuple[FollowUpItem, ...]
    unslotted: tuple[FollowUpItem, ...]
    summary: Summary


def build_review(
    *,
    now: datetime,
    window: tuple[datetime, datetime],
    work: WorkSettings,
    followups: Sequence[FollowUp],
    slots: Mapping[str, Slot],
    busy: Sequence[Busy],
    threads: Sequence[ThreadAnalysis],
    me: frozenset[str],
    triage: TriageSettings | None = None,
) -> Review:
    """The review of the week in `window` (Monday 00:00 to the next Monday) as seen at `now`.

    Active follow-ups (open, waiting, or snoozed until a moment that has passed) fill the lists;
    follow-ups snoozed into the future are only counted. Overdue follow-ups also stay in I owe /
    They owe, first. "Done this week" counts follow-ups closed (done or answered) inside `window`.
    """
    triage = triage or TriageSettings()
    week = work_week(work)
    age_of = _age_measure(now, week, triage.business_hours)
    active = [f for f in followups if is_active(f, now)]
    items = {f.id: _followup_item(f, now, me, slots.get(f.id)) for f in active}
    waiting = [t for t in threads if t.verdict.state is not ThreadState.NONE and t.verdict.since]
    chased = _chased_by_thread(active, waiting)
    thread_items = [_thread_item(t, t.verdict.since, now, age_of, triage, chased) for t in waiting]
    i_owe = [t for t in thread_items if t.state is ThreadState.NEEDS_REPLY]
    they_owe = [t for t in thread_items if t.state is ThreadState.AWAITING_THEM]
    for item in items.values():
        (i_owe if item.mine else they_owe).append(item)

    open_followups = [f for f in followups if f.is_open]
    summary = Summary(
        open=len(open_followups),
        snoozed=len(open_followups) - len(active),
        overdue=sum(1 for item in items.values() if item.overdue),
        done_this_week=sum(1 for f in followups if _closed_inside(f, window)),
        needs_reply=sum(1 for t in waiting if t.verdict.state is ThreadState.NEEDS_REPLY),
        awaiting_them=sum(1 for t in waiting if t.verdict.state is ThreadState.AWAITING_THEM),
        longest_client_wait=_longest_client_wait(waiting, me, age_of),
    )
    return Review(
        now=now,
        window=window,
        time_zone=work.time_zone,
        working_time_ages=triage.business_hours,
        working_day=working_day_length(week),
        days=tuple(_day(day, week, busy, open_followups, slots) for day in _shown_days(window, work)),
        i_owe=_by_urgency(i_owe),
        they_owe=_by_urgency(they_owe),
        overdue=_by_urgency(i for i in items.values() if i.overdue),
        no_due=_by_urgency(i for i in items.values() if i.followup.extra.get(DUE_SOURCE) == DUE_DEFAULTED),
        unslotted=_by_urgency(i for i in items.values() if i.slot is None or i.slot.start is None),
        summary=summary,
    )


def _age_measure(now: datetime, week: WorkWeek, business_hours: bool) -> AgeMeasure:
    if business_hours:
        return lambda since: working_time(since, now, week)
    return lambda since: max(now - since, timedelta())


def _followup_item(followup: FollowUp, now: datetime, me: frozenset[str], slot: Slot | None) -> FollowUpItem:
    age = now - followup.created if followup.created else timedelta()
    return FollowUpItem(followup, followup.owner in me, followup.due < now, slot, max(age, timedelta()))


def _chased_by_thread(followups: Iterable[FollowUp], threads: Iterable[ThreadAnalysis]) -> dict[str, int]:
    """How often the user has chased each thread: the most any follow-up on it was chased."""
    grouped = followups_by_thread(followups, (analysis.thread for analysis in threads))
    return {thread_id: max(f.chased for f in members) for thread_id, members in grouped.items()}


def _thread_item(
    analysis: ThreadAnalysis,
    since: datetime,
    now: datetime,
    age_of: AgeMeasure,
    triage: TriageSettings,
    chased: Mapping[str, int],
) -> ThreadItem:
    """A waiting thread; one that needs the user's reply is overdue past an ask's due or the reply target."""
    verdict = analysis.verdict
    dues = [ask.due for ask in verdict.asks if ask.due is not None]
    due = min(dues) if dues else None
    age = age_of(since)
    overdue = due is not None and due < now
    if verdict.state is ThreadState.NEEDS_REPLY and verdict.waiting_on:
        target = min(triage.target_hours_for(person) for person in verdict.waiting_on)
        overdue = overdue or age > timedelta(hours=target)
    thread = analysis.thread
    return ThreadItem(
        thread_id=thread.thread_id,
        subject=thread.subject,
        state=verdict.state,
        people=verdict.waiting_on,
        since=since,
        age=age,
        why=verdict.why,
        due=due,
        overdue=overdue,
        chased=chased.get(thread.thread_id, 0),
    )


def _urgency(item: ReviewItem) -> tuple:
    return (not item.overdue, item.due or _NEVER, -item.age, item.key)


def _by_urgency(items: Iterable[_Item]) -> tuple[_Item, ...]:
    return tuple(sorted(items, key=_urgency))


def _closed_inside(followup: FollowUp, window: tuple[datetime, datetime]) -> bool:
    closed = followup.status in (FollowUpStatus.DONE, FollowUpStatus.ANSWERED)
    return closed and followup.updated is not None and window[0] <= followup.updated < window[1]


def _longest_client_wait(
    waiting: Sequence[ThreadAnalysis], me: frozenset[str], age_of: AgeMeasure
) -> ClientWait | None:
    """The needs-reply thread waited on longest by someone outside the user's own domains."""
    own = {address.rpartition("@")[2] for address in me}
    candidates = []
    for analysis in waiting:
        verdict = analysis.verdict
        if verdict.state is not ThreadState.NEEDS_REPLY or verdict.since is None:
            continue
        outsiders = [person for person in verdict.waiting_on if not _inside(person, own)]
        if outsiders:
            candidates.append((verdict.since, analysis.thread.thread_id, outsiders[0], analysis))
    if not candidates:
        return None
    since, thread_id, who, analysis = min(candidates, key=lambda c: c[:2])
    return ClientWait(thread_id, analysis.thread.subject, who, since, age_of(since))


def _inside(address: str, domains: set[str]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == own or domain.endswith(f".{own}") for own in domains)


def _shown_days(window: tuple[datetime, datetime], work: WorkSettings) -> list[date]:
    monday = window[0].astimezone(work.time_zone).date()
    return [monday + timedelta(days=offset) for offset in range(work.week_days_shown)]


def _day(
    day: date, week: WorkWeek, busy: Sequence[Busy], followups: Sequence[FollowUp], slots: Mapping[str, Slot]
) -> ReviewDay:
    begin = datetime.combine(day, time.min, week.time_zone)
    finish = datetime.combine(day + timedelta(days=1), time.min, week.time_zone)
    meetings = tuple(sorted((b for b in busy if b.end > begin and b.start < finish), key=_busy_order))
    blocks = []
    for followup in followups:
        slot = slots.get(followup.id)
        if slot is None or slot.start is None or slot.end is None:
            continue
        if slot.start.astimezone(week.time_zone).date() == day:
            blocks.append(SlottedFollowUp(followup, slot.start, slot.end))
    blocks.sort(key=lambda block: (block.start, block.end, block.followup.id))
    working = working_intervals(day, day, week)
    meeting_time = sum((covered(working, s, e) for s, e in merged_busy(meetings)), timedelta())
    followup_time = sum((covered(working, b.start, b.end) for b in blocks), timedelta())
    working_time_that_day = sum((e - s for s, e in as_utc(working)), timedelta())
    return ReviewDay(
        day=day,
        busy=meetings,
        slotted=tuple(blocks),
        meeting_minutes=whole_minutes(meeting_time),
        followup_minutes=whole_minutes(followup_time),
        working_minutes=whole_minutes(working_time_that_day),
    )


def _busy_order(busy: Busy) -> tuple:
    return (busy.start, busy.end, busy.summary)
