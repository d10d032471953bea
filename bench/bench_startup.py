"""Start-up and first-paint benchmarks for the TUI; prints a table.

    .venv/bin/python bench/bench_startup.py [--runs N]

1. `belt demo` start-up, each run in a fresh interpreter (imports included), headless: until the
   first frame is painted, and until the demo threads are loaded and listed.
2. First paint of the thread list (line API) with 10k and 100k synthetic threads, against Textual's
   OptionList with 10k rows in the same run as the reference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import OptionList

from belt_tui.core_views import ThreadRow
from belt_tui.model import ThreadState
from belt_tui.tui.widgets.thread_list import ThreadList

SIZE = (120, 40)
DEMO_NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
STATES = (ThreadState.NEEDS_REPLY, ThreadState.AWAITING_THEM, ThreadState.NONE)


def synthetic_rows(count: int) -> list[ThreadRow]:
    return [
        ThreadRow(
            thread_id=f"<t{i}@bench>",
            sender=f"Correspondent {i % 997}",
            subject=f"Matter {i % 211}: draft agreement, round {i}",
            state=STATES[i % 3],
            age=timedelta(minutes=17 * i),
            ask_count=i % 4,
            overdue=i % 13 == 0,
            search_text="",
        )
        for i in range(count)
    ]


class ThreadListApp(App[None]):
    def __init__(self, rows: list[ThreadRow]) -> None:
        super().__init__()
        self._rows = rows

    def compose(self) -> ComposeResult:
        yield ThreadList()

    def on_mount(self) -> None:
        self.query_one(ThreadList).set_rows(self._rows)


class OptionListApp(App[None]):
    def __init__(self, count: int) -> None:
        super().__init__()
        self._count = count

    def compose(self) -> ComposeResult:
        yield OptionList(
            *(f"Correspondent {i % 997}  Matter {i % 211}: round {i}" for i in range(self._count))
        )


async def first_paint(app: App) -> float:
    """Seconds from starting the app to its first frame being composed."""
    start = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.export_screenshot()
        return time.perf_counter() - start


async def move_and_repaint(count: int, moves: int = 200) -> tuple[float, float]:
    """p50 and p95 seconds for `j` (cursor down) plus painting every visible row, at `count` rows.

    Timed inside the app rather than through Pilot, whose own key round-trip (about 80 ms here,
    the same for an unbound key) would hide the widget's cost.
    """
    app = ThreadListApp(synthetic_rows(count))
    timings = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        thread_list = app.query_one(ThreadList)
        for _ in range(moves):
            start = time.perf_counter()
            thread_list.action_cursor_down()
            for y in range(thread_list.size.height):
                thread_list.render_line(y)
            timings.append(time.perf_counter() - start)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95)]


def demo_child(cache: Path) -> None:
    """Run in a fresh interpreter: print wall-clock milestones of a headless demo start-up."""
    from belt_tui.core import Belt
    from belt_tui.tui.app import LOAD_WORKER, BeltApp

    async def main() -> None:
        with Belt.open_demo(cache, now=DEMO_NOW) as belt:
            app = BeltApp(belt)
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause()
                first_frame = time.time()
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert all(w.name != LOAD_WORKER or w.is_finished for w in app.workers)
                listed = time.time()
                print(
                    json.dumps({"first_frame": first_frame, "listed": listed, "rows": belt.counts()["all"]})
                )

    asyncio.run(main())


def demo_startup(runs: int) -> tuple[float, float, int]:
    frames, listed, rows = [], [], 0
    with tempfile.TemporaryDirectory() as cache:
        for _ in range(runs):
            start = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--demo-child", cache], check=True, capture_output=True, text=True
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            frames.append(result["first_frame"] - start)
            listed.append(result["listed"] - start)
            rows = result["rows"]
    return statistics.median(frames), statistics.median(listed), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--demo-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.demo_child:
        demo_child(args.demo_child)
        return

    frame, listed, rows = demo_startup(args.runs)
    print(f"{'measurement':<52} {'median':>10}")
    print(f"{'-' * 52} {'-' * 10}")
    print(f"{f'belt demo: process start -> first frame ({args.runs} runs)':<52} {frame:>9.3f}s")
    print(f"{f'belt demo: process start -> {rows} threads listed':<52} {listed:>9.3f}s")
    for count in (10_000, 100_000):
        paints = [asyncio.run(first_paint(ThreadListApp(synthetic_rows(count)))) for _ in range(args.runs)]
        print(
            f"{f'ThreadList (line API) first paint, {count:,} rows':<52} {statistics.median(paints):>9.3f}s"
        )
    paints = [asyncio.run(first_paint(OptionListApp(10_000))) for _ in range(args.runs)]
    print(f"{'reference: OptionList first paint, 10,000 rows':<52} {statistics.median(paints):>9.3f}s")
    for count in (10_000, 100_000):
        p50, p95 = asyncio.run(move_and_repaint(count))
        print(f"{f'ThreadList j + repaint visible rows, {count:,} rows':<52} {p50 * 1000:>8.1f}ms")
        print(f"{'  (p95)':<52} {p95 * 1000:>8.1f}ms")


if __name__ == "__main__":
    main()
