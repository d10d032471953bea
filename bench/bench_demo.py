"""Demo preparation speed: `belt demo` copies and re-dates the bundled week at every start (goal: < 100 ms).

Prints the median and best of repeated runs, wall clock and CPU, for a first copy into an empty
directory and for a re-run over an existing copy, then the share of each step, and a reference in
the same process: copying the same files with shutil, the least work any copy must do.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from belt_tui.demo import prepare
from belt_tui.demo.shift_calendar import shift_calendar
from belt_tui.demo.shift_mail import shift_message

REPEATS = 15
NOW = datetime(2026, 3, 12, 9, 0, tzinfo=ZoneInfo("America/New_York"))
DAYS = (NOW.date() - datetime(2025, 10, 22).date()).days


def measure(run: Callable[[], object]) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(REPEATS):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append((time.perf_counter() - start_wall) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def row(label: str, timings: tuple[list[float], list[float]]) -> None:
    wall, cpu = timings
    print(
        f"{label:<34} wall median {statistics.median(wall):7.1f} ms  best {min(wall):7.1f} ms   "
        f"cpu median {statistics.median(cpu):7.1f} ms"
    )


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="belt-bench-demo-"))
    try:
        messages = prepare._read_bundle()
        zones = tuple(ZoneInfo(name) for name in prepare.WRITER_TIME_ZONES)
        calendar = prepare.BUNDLED_CALENDAR.read_bytes()
        size = sum(len(m.raw) for m in messages)
        print(f"bundle: {len(messages)} messages, {size / 1024:.0f} KiB mail, {len(calendar)} B calendar")
        counter = iter(range(10**6))
        row(
            "prepare_demo, empty directory",
            measure(lambda: prepare.prepare_demo(scratch / f"{next(counter)}", NOW)),
        )
        prepare.prepare_demo(scratch / "again", NOW)
        row("prepare_demo, over previous copy", measure(lambda: prepare.prepare_demo(scratch / "again", NOW)))
        row("  read bundle + parse dates", measure(prepare._read_bundle))
        row(
            "  shift 73 messages (no I/O)",
            measure(lambda: [shift_message(m.raw, DAYS, zones) for m in messages]),
        )
        row("  shift calendar (icalendar)", measure(lambda: shift_calendar(calendar, DAYS, zones[0])))
        row(
            "reference: shutil.copytree bundle",
            measure(lambda: shutil.copytree(prepare.BUNDLED_MAILBOX, scratch / f"copy-{next(counter)}")),
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
