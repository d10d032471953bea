"""What the triage screen looks like on the demo, at a fixed size and a fixed "now"."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from belt_tui.core import Belt
from belt_tui.tui.app import BeltApp

NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)


def test_demo_triage_screen(snap_compare, tmp_path: Path):
    async def loaded(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("j")

    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        assert snap_compare(BeltApp(belt, subtitle=belt.label), terminal_size=(130, 38), run_before=loaded)
