"""Moving follow-up blocks by hand: to the next free time, or to the first free time of another day.

Pure: the shown week (its days, meetings and follow-up blocks) in, new blocks out. The daily
follow-up cap is not applied, since the user chose the day; meetings and the other blocks are, so
a moved block never lands on top of anything. Nothing is placed before `now`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta

from belt_tui.model import Busy
from belt_tui.plan.slots import GRANULARITY, WorkWeek, free_intervals

Interval = tuple[datetime, datetime]
NEXT_FREE = 0
"""The `step` that asks for the next free time after the block's own (or after now when unslotted)."""


class WeekBoard:
    """The week as the review shows it, updated as blocks move, so a bulk move never double-books."""

    def __init__(
        self,
        days: Iterable[date],
        week: WorkWeek,
        meetings: Iterable[Busy],
        blocks: Mapping[str, Interval],
        now: datetime,
    ) -> None:
        self.days = tuple(sorted(days))
        self.week = week
        self.meetings = tuple(meetings)
        self.blocks = dict(blocks)
        self.now = now

    def move(self, followup_id: str, length: timedelta, step: int) -> Interval | None:
        """Move one block: `NEXT_FREE`, or to the nearest day `step` days away (-1 earlier, +1 later)
        that has room, at that day's first free time. None (and nothing moved) when nothing fits."""
        current = self.blocks.get(followup_id)
        busy = [*self.meetings, *(Busy(s, e) for key, (s, e) in self.blocks.items() if key != followup_id)]
        if step == NEXT_FREE:
            after = max(current[1] if current else self.now, self.now)
            target = self._first_fit((after, self._end()), length, busy)
        else:
            target = self._on_nearest_day(current, length, step, busy)
        if target is not None:
            self.blocks[followup_id] = target
        return target

    def _on_nearest_day(self, current: Interval | None, length: timedelta, step: int, busy: list[Busy]):
        zone = self.week.time_zone
        today = self.now.astimezone(zone).date()
        origin = current[0].astimezone(zone).date() if current else today
        candidates = [d for d in self.days if (d - origin).days * step > 0]
        for day in sorted(candidates, key=lambda d: abs((d - origin).days)):
            begin = datetime.combine(day, time.min, zone)
            found = self._first_fit((max(begin, self.now), begin + timedelta(days=1)), length, busy)
            if found is not None:
                return found
        return None

    def _first_fit(self, window: Interval, length: timedelta, busy: list[Busy]) -> Interval | None:
        if window[0] >= window[1]:
            return None
        for free_start, free_end in free_intervals(window, self.week, busy):
            start = _on_grid(free_start)
            if free_end - start >= length:
                return start, start + length
        return None

    def _end(self) -> datetime:
        return datetime.combine(self.days[-1] + timedelta(days=1), time.min, self.week.time_zone)


def _on_grid(moment: datetime) -> datetime:
    """Up to the planner's 5-minute grid: a block at 10:07:31 looks like a mistake."""
    floor = moment.replace(second=0, microsecond=0)
    floor -= timedelta(minutes=floor.minute % (GRANULARITY.seconds // 60))
    return floor if floor == moment else floor + GRANULARITY
