"""Render the README pictures: SVG screenshots of the demo (triage, the follow-up form, the weekly review).

Runs the real app headless (Textual's `App.run_test`) on a scratch copy of the demo at a fixed moment,
makes follow-ups the way a user does (open a thread, `f`, enter), and saves each screen with
`App.save_screenshot`. The same --now gives the same pictures.

    .venv/bin/python tools/screenshots.py [--now 2026-03-03T09:00-05:00] [--out docs]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from datetime import datetime
from pathlib import Path

from belt_tui.core import Belt
from belt_tui.tui.app import BeltApp

SIZE = (130, 38)
DEFAULT_NOW = "2026-03-03T09:00-05:00"  # a Tuesday morning in New York: most of the week is ahead
FOLLOWUPS_TO_MAKE = 3


async def settle(app: BeltApp, pilot) -> None:
    """Wait for every worker (mail load, review build) and the repaint after it."""
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def render(now: datetime, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch, Belt.open_demo(Path(scratch) / "demo", now=now) as belt:
        app = BeltApp(belt, subtitle=belt.label)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            saved.append(Path(app.save_screenshot("screen-triage.svg", str(out))))
            for index in range(FOLLOWUPS_TO_MAKE):
                await pilot.press("enter", "f")
                await pilot.pause()
                if index == 0:
                    saved.append(Path(app.save_screenshot("screen-followup.svg", str(out))))
                await pilot.press("enter", "escape", "j")
                await pilot.pause()
            app.clear_notifications()
            await pilot.press("W")
            await settle(app, pilot)
            app.clear_notifications()
            await pilot.pause()
            saved.append(Path(app.save_screenshot("screen-review.svg", str(out))))
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--now", default=DEFAULT_NOW, type=datetime.fromisoformat, help="an ISO moment")
    parser.add_argument("--out", default=Path("docs"), type=Path, help="folder for the SVG files")
    args = parser.parse_args()
    now = args.now if args.now.tzinfo else args.now.astimezone()
    for path in asyncio.run(render(now, args.out)):
        print(path)


if __name__ == "__main__":
    main()
