"""Weekly review speed: build_review over 500 follow-ups, 300 events and 10,000 threads, then each export.

Prints the median of repeated runs, with a reference measured in the same process: sorting the same
threads by their wait start, the least work any review of them must do.
"""

from __future__ import annotations

import random
import statistics
import time as clock
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from belt_tui.config_schema import TriageSettings, WorkSettings
from belt_tui.model import (
    Address,
    Busy,
    FollowUp,
    Message,
    Slot,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.planner import week_window
from belt_tui.review import build_review
from belt_tui.review_export import review_as_dict, review_as_markdown, review_as_text

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 1, 7, 10, tzinfo=NY)
WORK = WorkSettings(time_zone=NY, week_days_shown=7)
ME = frozenset({"me@firm.test"})
REPEATS = 7


def followups(count: int, rng: random.Random) -> tuple[list[FollowUp], dict[str, Slot]]:
    items, slots = [], {}
    for i in range(count):
        owner = "me@firm.test" if i % 2 else f"p{i}@client{i % 40}.test"
        due = NOW + timedelta(days=rng.randrange(-5, 10), hours=rng.randrange(8))
        items.append(FollowUp(f"f{i}", f"follow-up {i}", owner, due, created=NOW - timedelta(days=30)))
        start = NOW + timedelta(days=rng.randrange(-2, 4), hours=rng.randrange(-1, 7))
        placed = rng.random() < 0.8
        slots[f"f{i}"] = Slot(
            f"f{i}", start if placed else None, start + timedelta(minutes=30) if placed else None
        )
    return items, slots


def threads(count: int, rng: random.Random) -> list[ThreadAnalysis]:
    states = (ThreadState.NEEDS_REPLY, ThreadState.AWAITING_THEM, ThreadState.NONE)
    made = []
    for i in range(count):
        since = NOW - timedelta(minutes=rng.randrange(60, 60 * 24 * 400))
        person = f"p{i}@client{i % 300}.test" if i % 3 else f"colleague{i}@firm.test"
        message = Message(f"<{i}@mail.test>", f"Subject {i}", Address(person), (), (), since)
        state = rng.choice(states)
        verdict = Verdict(state, since if state is not ThreadState.NONE else None, "why", (), (person,))
        made.append(ThreadAnalysis(Thread(message.message_id, (message,)), verdict, {}))
    return made


def events(count: int, rng: random.Random) -> list[Busy]:
    monday = week_window("this", NOW, WORK)[0]
    made = []
    for _ in range(count):
        start = monday + timedelta(days=rng.randrange(7), hours=rng.randrange(7, 19))
        made.append(Busy(start, start + timedelta(minutes=rng.choice((30, 60, 90))), "event"))
    return made


def median_ms(run) -> float:
    samples = []
    for _ in range(REPEATS):
        started = clock.perf_counter()
        run()
        samples.append((clock.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    rng = random.Random(7)
    items, slots = followups(500, rng)
    analysed = threads(10_000, rng)
    busy = events(300, rng)

    def build(business_hours: bool):
        return build_review(
            now=NOW,
            window=week_window("this", NOW, WORK),
            work=WORK,
            followups=items,
            slots=slots,
            busy=busy,
            threads=analysed,
            me=ME,
            triage=TriageSettings(business_hours=business_hours),
        )

    review = build(True)
    reference = median_ms(lambda: sorted(analysed, key=lambda t: t.verdict.since or NOW))
    rows = [
        ("sort 10k threads by wait (reference)", reference),
        ("build_review, working-hour ages", median_ms(lambda: build(True))),
        ("build_review, elapsed ages", median_ms(lambda: build(False))),
        ("review_as_text", median_ms(lambda: review_as_text(review))),
        ("review_as_markdown", median_ms(lambda: review_as_markdown(review))),
        ("review_as_dict", median_ms(lambda: review_as_dict(review))),
    ]
    waiting = len(review.i_owe) + len(review.they_owe)
    print(f"500 follow-ups, 300 events, 10,000 threads ({waiting} listed items); median of {REPEATS} runs")
    for label, ms in rows:
        print(f"{label:<40} {ms:8.1f} ms  {ms / reference:6.1f}x reference")


if __name__ == "__main__":
    main()
