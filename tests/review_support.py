"""Shared by the review tests: the demo on a Tuesday morning with three follow-ups to plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from belt_tui.core import Belt
from belt_tui.tui.app import BeltApp

# Tuesday 3 March 2026, 09:00 in New York (the demo user's zone): most of the week is still ahead.
TUESDAY = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
NEW_YORK = ZoneInfo("America/New_York")
SIZE = (130, 38)
COLLEAGUE = "leah.brandt@lindqvistlaw.com"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A New York wall-clock time in the demo week (day 0 = Monday 2 March 2026)."""
    return datetime(2026, 3, 2 + day, hour, minute, tzinfo=NEW_YORK)


def seed_followups(belt: Belt) -> dict[str, str]:
    """Three follow-ups typed by hand (titles of our own): two of mine, one a colleague owes."""
    me = sorted(belt.me)[0]
    made = {
        "brief": belt.followups.create("Outline the reply brief", me, at(2, 17)),
        "exhibits": belt.followups.create("Check the exhibit list", me, at(3, 17)),
        "cite": belt.followups.create("Cite-check the motion", COLLEAGUE, at(4, 12)),
    }
    return {name: followup.id for name, followup in made.items()}


async def settle(app: BeltApp, pilot) -> None:
    """Wait for every worker (mail load, review build, calendar write) and the repaint after it."""
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def open_review(app: BeltApp, pilot) -> None:
    """From the app's first screen, once it has loaded, to the weekly review, built and painted."""
    await settle(app, pilot)
    await pilot.press("W")
    await settle(app, pilot)


def open_demo(root: Path, now: datetime = TUESDAY) -> Belt:
    return Belt.open_demo(root, now=now)
