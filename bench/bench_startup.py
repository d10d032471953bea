"""Start-up, first-paint and key-latency benchmarks for the TUI; prints a table.

    .venv/bin/python bench/bench_startup.py [--runs N] [--threads 10000]

1. `belt demo` start-up, each run in a fresh interpreter (imports included), headless: until the
   first frame is painted, and until the demo threads are loaded and listed.
2. Start-up with a 10k-thread Maildir whose store and caches are warm (a previous run happened):
   process start to first frame, to the threads listed (interactive), and to the fresh re-scan done.
   "Listed" is the view shown at start holding rows; no key is pressed: `pilot.press` waits until
   the whole process idles, load worker included, which added up to 2 s no user waits for.
3. First paint of the thread list (line API) with 10k and 100k synthetic threads, against Textual's
   OptionList with 10k rows in the same run as the reference.
4. Key -> repaint latency in the whole app at 10k and 100k synthetic threads: `j` and `k` held
   (moves 25-40 ms apart, as key repeat sends them: the list moves, the reading pane follows once
   the key is let go), one `j` press with the pane following at once, opening a thread (enter) and
   `n` (next ask). Each sample runs from the action, timed inside the app without Pilot's own key
   round-trip, to the last frame it caused: every message handled and the screen repainted, again
   while that left work behind, then a tick and a half of Textual's own timers in case they paint
   more (a footer rebuilt after a focus change). The CPU column is the UI thread's CPU time over
   the same span (idle ticks included): on a shared machine it moves less than the wall time.
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
from typing import Self

from bytecode import compile_belt
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import OptionList

from belt_tui.core import Belt
from belt_tui.core_views import ThreadRow
from belt_tui.model import (
    Address,
    Ask,
    AskKind,
    Message,
    MessageAnalysis,
    Sentence,
    Span,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.store import Store
from belt_tui.tui.app import BeltApp
from belt_tui.tui.widgets.line_list import KEY_REPEAT
from belt_tui.tui.widgets.reading_pane import ReadingPane
from belt_tui.tui.widgets.thread_list import ThreadList

SIZE = (120, 40)
SETTLE = 0.025  # a tick and a half of Textual's 60 Hz screen updates
DEMO_NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
STATES = (ThreadState.NEEDS_REPLY, ThreadState.AWAITING_THEM, ThreadState.NONE)
ME = "me@firm.example"
SENTENCES = (
    "Thanks for the call this morning.",
    "Could you send the signed engagement letter by Friday?",
    "The draft is attached for your review.",
    "Please confirm the hearing date with the clerk.",
    "I will circulate the minutes tomorrow.",
)


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
    """p50 and p95 seconds for `j` (cursor down) plus painting every visible row, at `count` rows
    (rows painted before come from the list's row cache, as they do in the app).

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


def synthetic_analyses(count: int) -> list[ThreadAnalysis]:
    """`count` one-message threads, each with five sentences of which two are asks."""
    body = "\n".join(SENTENCES)
    spans, start = [], 0
    for sentence in SENTENCES:
        spans.append(Span(start, start + len(sentence)))
        start += len(sentence) + 1
    analyses = []
    for i in range(count):
        message = Message(
            message_id=f"<m{i}@bench>",
            subject=f"Matter {i % 211}: draft agreement, round {i}",
            sender=Address(f"person{i % 997}@client{i % 31}.example", f"Correspondent {i % 997}"),
            to=(Address(ME),),
            cc=(),
            date=DEMO_NOW - timedelta(minutes=17 * i),
            body=body,
        )
        asks = tuple(
            Ask(message.message_id, SENTENCES[k], spans[k], AskKind.REQUEST, ME, None, 0.9, "imperative")
            for k in (1, 3)
        )
        sentences = tuple(Sentence(text, span) for text, span in zip(SENTENCES, spans, strict=True))
        state = STATES[i % 3]
        verdict = Verdict(state, message.date if state is not ThreadState.NONE else None, "bench", asks)
        analyses.append(
            ThreadAnalysis(
                Thread(message.message_id, (message,)),
                verdict,
                {message.message_id: MessageAnalysis(message.message_id, sentences, asks)},
            )
        )
    return analyses


async def repainted(pilot, rounds: int = 5) -> None:
    """Every message the key caused is handled and the screen repaints what changed, as on a tick;
    again while that left work behind (messages still on their way, callbacks run after a refresh
    and what they made dirty)."""
    for _ in range(rounds):
        await pilot._wait_for_screen()
        screen = pilot.app.screen
        screen._on_timer_update()
        # A message still bubbling up to the screen (a list's Highlighted) is work the key caused too.
        bubbling = any(node._message_queue.qsize() for node in screen.walk_children(with_self=True))
        if not (
            bubbling
            or screen._callbacks
            or screen._dirty_widgets
            or screen._layout_required
            or screen._repaint_required
        ):
            return


class PaintClock:
    """When the screen last sent a frame out: the end of a key's work is its last repaint."""

    def __init__(self) -> None:
        self.last = 0.0
        self._original = Screen._compositor_refresh

    def __enter__(self) -> Self:
        clock, original = self, self._original

        def refresh_and_note(screen: Screen) -> None:
            original(screen)
            clock.last = time.perf_counter()

        Screen._compositor_refresh = refresh_and_note
        return self

    def __exit__(self, *exc_info: object) -> None:
        Screen._compositor_refresh = self._original


async def settled(pilot, paints: PaintClock, start: float) -> float:
    """Seconds from `start` to the last frame the key caused.

    Repaints as on a tick until nothing is left, then lets Textual's own timers run for a tick and a
    half; a frame painted then (a footer rebuilt and laid out after a focus change) counts too. The
    reading pane following a held key (after `KEY_REPEAT` without moves) is not part of a move.
    """
    while True:
        await repainted(pilot)
        painted = paints.last
        await asyncio.sleep(SETTLE)
        if paints.last == painted and not pilot.app.screen._dirty_widgets:
            return max(painted, start) - start


class PreloadedApp(BeltApp):
    """The real app over a core already holding synthetic threads: no mail source to read, so the
    load ends at once (as a real one does when it is over: progress hidden, rows listed)."""

    def load_mail(self) -> None:
        self.call_after_refresh(self._loaded)

    def _loaded(self) -> None:
        self.triage.hide_progress()
        self.triage.refresh_threads()


KEYS = ("j (held)", "k (held)", "j (one press, pane follows)", "open thread (enter)", "n (next ask)")


async def key_latencies(count: int, samples: int = 100) -> dict[str, tuple[float, float, float]]:
    """p50 and p95 seconds per key at `count` threads, in the full app, and the p50 CPU time it took."""
    with tempfile.TemporaryDirectory() as temp, PaintClock() as paints:
        store = Store.open(Path(temp) / "data")
        belt = Belt(
            maildir=Path(temp), me=frozenset({ME}), store=store, time_zone=UTC, clock=lambda: DEMO_NOW
        )
        belt._publish(synthetic_analyses(count))
        app = PreloadedApp(belt)
        results = {}
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("3")
            thread_list = app.screen.query_one(ThreadList)
            pane = app.screen.query_one(ReadingPane)
            steps = dict(
                zip(
                    KEYS,
                    (
                        thread_list.action_cursor_down,
                        thread_list.action_cursor_up,
                        thread_list.action_cursor_down,
                        thread_list.action_open,
                        pane.action_next_ask,
                    ),
                    strict=True,
                )
            )
            for name, step in steps.items():
                timings, cpu = [], []
                for index in range(samples):
                    if name.startswith("k") and index == 0:
                        thread_list.action_cursor_last()
                        await settled(pilot, paints, time.perf_counter())
                    if name.startswith("j (one"):
                        await asyncio.sleep(KEY_REPEAT)
                    if name.startswith("n"):
                        pane.sentence = 0
                        await settled(pilot, paints, time.perf_counter())
                    if name.startswith("open"):
                        thread_list.focus()
                        thread_list.action_cursor_down()
                        await settled(pilot, paints, time.perf_counter())
                    start, cpu_start = time.perf_counter(), time.thread_time()
                    step()
                    timings.append(await settled(pilot, paints, start))
                    cpu.append(time.thread_time() - cpu_start)
                timings.sort()
                p95 = timings[int(len(timings) * 0.95)]
                results[name] = (statistics.median(timings), p95, statistics.median(cpu))
        store.close()
    return results


def write_maildir(root: Path, count: int) -> None:
    """`count` single-message threads in a Maildir, each asking the user something."""
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for i in range(count):
        sent = DEMO_NOW - timedelta(minutes=7 * i)
        (root / "cur" / f"{i}.bench:2,S").write_text(
            f"Message-ID: <s{i}@client{i % 31}.example>\nFrom: Correspondent {i % 997} "
            f"<person{i % 997}@client{i % 31}.example>\nTo: {ME}\nSubject: Matter {i % 211}, item {i}\n"
            f"Date: {sent:%a, %d %b %Y %H:%M:%S +0000}\nContent-Type: text/plain; charset=utf-8\n\n"
            + " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
            + "\n",
            encoding="utf-8",
        )


def store_child(root: Path) -> None:
    """Run in a fresh interpreter: milestones of a headless start-up over a warm 10k-thread store."""

    async def main() -> None:
        belt = Belt(
            maildir=root / "mail",
            me=frozenset({ME}),
            store=Store.open(root / "data"),
            time_zone=UTC,
            clock=lambda: DEMO_NOW,
            cache_dir=root / "cache",
        )
        with belt:
            app = BeltApp(belt)
            async with app.run_test(size=SIZE) as pilot:
                await repainted(pilot)
                first_frame = time.time()
                thread_list = app.screen.query_one(ThreadList)
                while not thread_list.rows:
                    await asyncio.sleep(0.002)
                listed = time.time()
                await app.workers.wait_for_complete()
                rescanned = time.time()
                print(json.dumps({"first_frame": first_frame, "listed": listed, "rescanned": rescanned}))

    asyncio.run(main())


def store_startup(threads: int, runs: int) -> dict[str, float]:
    """Median seconds from process start to each milestone, after one untimed warming run."""
    milestones: dict[str, list[float]] = {"first_frame": [], "listed": [], "rescanned": []}
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        write_maildir(root / "mail", threads)
        for run in range(runs + 1):
            start = time.time()
            out = subprocess.run(
                [sys.executable, __file__, "--store-child", str(root)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            if run:
                for key in milestones:
                    milestones[key].append(result[key] - start)
    return {key: statistics.median(values) for key, values in milestones.items()}


def demo_child(cache: Path) -> None:
    """Run in a fresh interpreter: print wall-clock milestones of a headless demo start-up."""

    async def main() -> None:
        with Belt.open_demo(cache, now=DEMO_NOW) as belt:
            app = BeltApp(belt)
            async with app.run_test(size=SIZE) as pilot:
                await repainted(pilot)
                first_frame = time.time()
                thread_list = app.screen.query_one(ThreadList)
                while not thread_list.rows:
                    await asyncio.sleep(0.002)
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
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--demo-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    compile_belt()
    if args.demo_child:
        demo_child(args.demo_child)
        return
    if args.store_child:
        store_child(args.store_child)
        return

    frame, listed, rows = demo_startup(args.runs)
    print(f"{'measurement':<52} {'median':>10}")
    print(f"{'-' * 52} {'-' * 10}")
    print(f"{f'belt demo: process start -> first frame ({args.runs} runs)':<52} {frame:>9.3f}s")
    print(f"{f'belt demo: process start -> {rows} threads listed':<52} {listed:>9.3f}s")
    warm = store_startup(args.threads, args.runs)
    label = f"{args.threads:,}-thread store (warm)"
    print(f"{f'{label}: start -> first frame':<52} {warm['first_frame']:>9.3f}s")
    print(f"{f'{label}: start -> threads listed':<52} {warm['listed']:>9.3f}s   target <= 1.0 s")
    print(f"{f'{label}: start -> fresh re-scan done':<52} {warm['rescanned']:>9.3f}s")
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
    print(
        f"{'app key -> last repaint':<44} {'p50':>8} {'p95':>8} {'cpu p50':>8}   target p95 <= 30 ms at 100k"
    )
    for count in (10_000, 100_000):
        for key, (p50, p95, cpu) in asyncio.run(key_latencies(count)).items():
            label = f"{count // 1000}k, {key}"
            print(f"{label:<44} {p50 * 1000:>6.1f}ms {p95 * 1000:>6.1f}ms {cpu * 1000:>6.1f}ms")


if __name__ == "__main__":
    main()
