"""What the triage screen looks like on the demo, at a fixed size and a fixed "now"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from belt_tui.core import Belt
from belt_tui.tui.app import BeltApp

NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
SIZE = (130, 38)


def snapshot_after(snap_compare, tmp_path: Path, *keys: str) -> bool:
    """Compare the demo, once loaded and after pressing `keys`, with its stored snapshot."""

    async def run_before(pilot) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()

    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        return snap_compare(BeltApp(belt, subtitle=belt.label), terminal_size=SIZE, run_before=run_before)


def test_demo_triage_screen(snap_compare, tmp_path: Path):
    """The thread list: urgency order, owner and ask columns, the second thread highlighted."""
    assert snapshot_after(snap_compare, tmp_path, "j")


def test_reading_pane_highlights_asks_and_the_sentence_cursor(snap_compare, tmp_path: Path):
    assert snapshot_after(snap_compare, tmp_path, "j", "enter", "n")


def test_followup_form_prefilled_from_the_ask(snap_compare, tmp_path: Path):
    assert snapshot_after(snap_compare, tmp_path, "enter", "f")
