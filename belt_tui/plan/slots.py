"""Free-time slotting: place open follow-ups into the week like meetings.

Pure and deterministic: the same follow-ups, busy times and settings always give the same plan, so
a re-slot after a calendar change only moves what the change forces to move. Nothing is dropped:
a follow-up that cannot fit comes back with the reason, in the user's words ("no free time before
Thu 17:00").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from belt_tui.model import Busy, FollowUp, FollowUpStatus, Slot

if TYPE_CHECKING:
    from belt_tui.config_schema import WorkSettings

Interval = tuple[datetime, datetime]
GRANULARITY = timedelta(minutes=5)


@dataclass(frozen=True)
class WorkWeek:
    """When the user works: the only hours follow-ups may be placed in."""

    time_zone: ZoneInfo
    days: frozenset[int] = frozenset(range(5))  # 0 = Monday
    start: time = time(9, 0)
    end: time = time(17, 30)
    lunch: tuple[time, time] | None = (time(12, 30), time(13, 30))
    daily_cap_minutes: int = 120


def work_week(work: WorkSettings) -> WorkWeek:
    """The config's `[work]` section as the slotter sees it (cheap to import: no calendar client)."""
    return WorkWeek(
        time_zone=work.time_zone,
        days=frozenset(work.days),
        start=work.start,
        end=work.end,
        lunch=work.lunch,
        daily_cap_minutes=work.daily_followup_cap_minutes,
    )


def working_intervals(first: date, last: date, week: WorkWeek) -> list[Interval]:
    """Working hours of each working day from `first` to `last` inclusive, lunch cut out."""
    intervals: list[Interval] = []
    day = first
    while day <= last:
        if day.weekday() in week.days:
            begin = datetime.combine(day, week.start, week.time_zone)
            finish = datetime.combine(day, week.end, week.time_zone)
            if week.lunch:
                lunch_start = datetime.combine(day, week.lunch[0], week.time_zone)
                lunch_end = datetime.combine(day, week.lunch[1], week.time_zone)
                intervals.extend(_subtract([(begin, finish)], [(lunch_start, lunch_end)]))
            else:
                intervals.append((begin, finish))
        day += timedelta(days=1)
    return intervals


def free_intervals(window: Interval, week: WorkWeek, busy: Iterable[Busy]) -> list[Interval]:
    """Working time inside `window` that no busy event covers, sorted, in the user's time zone."""
    start, end = window
    local_first = start.astimezone(week.time_zone).date()
    local_last = end.astimezone(week.time_zone).date()
    work = [
        (max(s, start), min(e, end))
        for s, e in working_intervals(local_first, local_last, week)
        if e > start and s < end
    ]
    tz = week.time_zone
    cuts = sorted((b.start.astimezone(tz), b.end.astimezone(tz)) for b in busy if b.end > b.start)
    return _subtract(work, cuts)


def urgency_key(followup: FollowUp, now: datetime) -> tuple:
    """Overdue first (oldest due first), then by due time, then the oldest follow-up first."""
    created = followup.created or followup.due
    return (followup.due >= now, followup.due, created, followup.id)


def plan_week(
    followups: Sequence[FollowUp],
    busy: Sequence[Busy],
    week: WorkWeek,
    window: Interval,
    now: datetime,
    pinned: Mapping[str, Interval] | None = None,
) -> list[Slot]:
    """Slot each open follow-up into the earliest free time before its due time.

    `pinned` holds blocks the user (or another device) placed by hand: they are kept where they are
    and count as busy, so there is no tug of war with the calendar. A snoozed follow-up is placed
    only after its snooze ends.
    """
    pinned = pinned or {}
    earliest = max(window[0], _round_up(now))
    taken = [(s, e) for s, e in pinned.values()]
    free = free_intervals((earliest, window[1]), week, [*busy, *(Busy(s, e) for s, e in taken)])
    used_per_day: dict[date, timedelta] = {}
    for start, end in taken:
        day = start.astimezone(week.time_zone).date()
        used_per_day[day] = used_per_day.get(day, timedelta()) + (end - start)
    cap = timedelta(minutes=week.daily_cap_minutes)

    slots: list[Slot] = []
    for followup in sorted((f for f in followups if f.is_open), key=lambda f: urgency_key(f, now)):
        if followup.id in pinned:
            start, end = pinned[followup.id]
            slots.append(Slot(followup.id, start, end, "kept where it was placed"))
            continue
        length = timedelta(minutes=followup.duration_minutes)
        deadline = window[1] if followup.due < now else min(followup.due, window[1])
        snoozed = _snoozed_until(followup)
        if snoozed is not None and snoozed >= window[1]:
            slots.append(Slot(followup.id, None, None, f"snoozed until {_day_label(snoozed, week)}"))
            continue
        fits = _subtract(free, [(earliest, snoozed)]) if snoozed is not None else free
        placed = _first_fit(fits, length, deadline, used_per_day, cap, week.time_zone)
        if placed is None:
            slots.append(Slot(followup.id, None, None, _why_not(fits, length, deadline, week)))
            continue
        start = placed
        end = start + length
        free = _subtract(free, [(start, end)])
        day = start.astimezone(week.time_zone).date()
        used_per_day[day] = used_per_day.get(day, timedelta()) + length
        slots.append(Slot(followup.id, start, end, "overdue: first free time" if followup.due < now else ""))
    return slots


def _snoozed_until(followup: FollowUp) -> datetime | None:
    if followup.status is FollowUpStatus.SNOOZED and followup.snooze_until is not None:
        return followup.snooze_until
    return None


def _day_label(moment: datetime, week: WorkWeek) -> str:
    return moment.astimezone(week.time_zone).strftime("%a %d %b %H:%M")


def _first_fit(
    free: list[Interval],
    length: timedelta,
    deadline: datetime,
    used: Mapping[date, timedelta],
    cap: timedelta,
    tz: ZoneInfo,
) -> datetime | None:
    for free_start, end in free:
        start = _round_up(free_start)
        if start >= deadline:
            return None
        if min(end, deadline) - start < length:
            continue
        if used.get(start.astimezone(tz).date(), timedelta()) + length > cap:
            continue
        return start
    return None


def _why_not(free: list[Interval], length: timedelta, deadline: datetime, week: WorkWeek) -> str:
    when = deadline.astimezone(week.time_zone).strftime("%a %H:%M")
    before = [(s, min(e, deadline)) for s, e in free if s < deadline]
    if not before:
        return f"no free time before {when}"
    longest = max(e - s for s, e in before)
    if longest < length:
        return f"needs {_minutes(length)}; the longest free time before {when} is {_minutes(longest)}"
    return f"daily follow-up cap ({week.daily_cap_minutes} min) reached on every free day before {when}"


def _minutes(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"


def _round_up(moment: datetime) -> datetime:
    """Slots start on a 5-minute boundary: a block at 10:07:31 looks like a mistake."""
    floor = moment.replace(second=0, microsecond=0)
    floor -= timedelta(minutes=floor.minute % 5)
    return floor if floor == moment else floor + GRANULARITY


def _subtract(intervals: list[Interval], cuts: list[Interval]) -> list[Interval]:
    """Sorted, non-overlapping `intervals` minus sorted `cuts` (which may overlap each other)."""
    result: list[Interval] = []
    cut_index = 0
    for start, end in intervals:
        while cut_index < len(cuts) and cuts[cut_index][1] <= start:
            cut_index += 1
        cursor = start
        index = cut_index
        while index < len(cuts) and cuts[index][0] < end:
            cut_start, cut_end = cuts[index]
            if cut_start > cursor:
                result.append((cursor, cut_start))
            cursor = max(cursor, cut_end)
            index += 1
        if cursor < end:
            result.append((cursor, end))
    return result
