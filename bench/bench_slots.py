"""Slotting speed: 500 follow-ups into a week holding 300 events (target: <= 100 ms, pure slotting).

Prints median of repeated runs and the ratio against a reference in the same process: sorting the
same 500 follow-ups by urgency, the least work any planner must do.
"""

from __future__ import annotations

import random
import statistics
import time as clock
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from belt_tui.model import Busy, FollowUp
from belt_tui.plan.slots import WorkWeek, plan_week, urgency_key

NY = ZoneInfo("America/New_York")
MONDAY = datetime(2026, 1, 5, tzinfo=NY)
REPEATS = 15


def week_of_events(count: int, rng: random.Random) -> list[Busy]:
    events = []
    for _ in range(count):
        day = rng.randrange(7)
        start = MONDAY + timedelta(days=day, hours=rng.randrange(7, 19), minutes=rng.choice((0, 15, 30, 45)))
        events.append(Busy(start, start + timedelta(minutes=rng.choice((15, 30, 45, 60, 90))), "event"))
    return events


def followups(count: int, rng: random.Random) -> list[FollowUp]:
    return [
        FollowUp(
            id=f"f{i}",
            title=f"follow-up {i}",
            owner="me@firm.test",
            due=MONDAY + timedelta(days=rng.randrange(-2, 9), hours=17),
            created=MONDAY - timedelta(days=rng.randrange(30)),
            duration_minutes=rng.choice((15, 30, 45, 60)),
        )
        for i in range(count)
    ]


def median_ms(run) -> float:
    samples = []
    for _ in range(REPEATS):
        started = clock.perf_counter()
        run()
        samples.append((clock.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    rng = random.Random(7)
    items = followups(500, rng)
    work = WorkWeek(time_zone=NY, start=time(8), end=time(19), daily_cap_minutes=600)
    window = (MONDAY, MONDAY + timedelta(days=7))
    now = MONDAY + timedelta(hours=7)
    reference = median_ms(lambda: sorted(items, key=lambda f: urgency_key(f, now)))

    print(f"{'benchmark':<40}{'median ms':>11}{'vs sort':>9}{'slotted':>9}")
    print(f"{'reference: sort 500 by urgency':<40}{reference:>11.2f}{1:>9.1f}{'-':>9}")
    for event_count in (300, 60):
        events = week_of_events(event_count, rng)
        slotted = sum(1 for s in plan_week(items, events, work, window, now) if s.start)
        ms = median_ms(lambda events=events: plan_week(items, events, work, window, now))
        label = f"plan_week: 500 follow-ups, {event_count} events"
        print(f"{label:<40}{ms:>11.2f}{ms / reference:>9.1f}{slotted:>9}")
    print("target: <= 100 ms for 500 follow-ups into a week of 300 events")


if __name__ == "__main__":
    main()
