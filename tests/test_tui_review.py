"""The weekly review on the demo: move a block to another day, close one, snooze several, undo it all."""

from __future__ import annotations

from pathlib import Path

from review_support import SIZE, at, open_demo, open_review, seed_followups, settle

from belt_tui.followups import pinned_block
from belt_tui.model import FollowUpStatus
from belt_tui.plan.ical import block_uid, event_times
from belt_tui.plan.local_calendar import read_calendar
from belt_tui.tui.app import BeltApp
from belt_tui.tui.screens.review import ReviewScreen
from belt_tui.tui.screens.triage import TriageScreen
from belt_tui.tui.widgets.footer import KeyFooter
from belt_tui.tui.widgets.review_list import ReviewList
from belt_tui.tui.widgets.week_grid import WeekGrid


def messages(app: BeltApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def calendar_block(belt, followup_id: str):
    calendar = read_calendar(belt.calendar.path)
    for event in calendar.walk("VEVENT"):
        if str(event["UID"]) == block_uid(followup_id):
            wrapper = type(calendar)()
            wrapper.add_component(event)
            return event_times(wrapper)
    return None


async def test_review_moves_closes_snoozes_in_bulk_and_undoes_each_step(tmp_path: Path):
    with open_demo(tmp_path / "demo") as belt:
        ids = seed_followups(belt)
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await open_review(app, pilot)
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            grid = screen.query_one(WeekGrid)
            assert grid.has_focus and grid.day == at(1, 0).date(), "the cursor starts on today"
            block = grid.highlighted
            assert block is not None
            moving = block.followup.id

            await pilot.press("L")
            await settle(app, pilot)
            pinned = pinned_block(belt.followups.get(moving))
            assert pinned is not None and pinned[0].astimezone(at(0, 0).tzinfo).date() == at(2, 0).date()
            assert grid.day == at(2, 0).date() and grid.highlighted.followup.id == moving, (
                "the cursor follows"
            )
            assert calendar_block(belt, moving) == pinned, "the move reached the calendar"

            await pilot.press("x")
            await settle(app, pilot)
            assert belt.followups.get(moving).status is FollowUpStatus.DONE
            assert moving not in grid.order()

            others = [i for i in ids.values() if i != moving]
            await pilot.press("tab")
            lists = screen.query_one(ReviewList)
            assert lists.has_focus
            for _ in range(len(lists.rows)):
                row = lists.highlighted
                if row is not None and row.followup is not None and row.followup.id in others:
                    await pilot.press("space")
                await pilot.press("j")
            assert screen.chosen_ids() == set(others)
            await pilot.press("z")
            await settle(app, pilot)
            snoozed = [belt.followups.get(i) for i in others]
            assert {f.status for f in snoozed} == {FollowUpStatus.SNOOZED}
            assert {f.snooze_until for f in snoozed} == {at(7, 9)}, "next Monday at the start of work"
            assert grid.order() == [], "snoozed out of this week"
            assert screen.chosen_ids() == set(), "an action clears the selection"

            await pilot.press("u")
            await settle(app, pilot)
            assert {belt.followups.get(i).status for i in others} == {FollowUpStatus.OPEN}, "one undo step"
            assert set(others) <= set(grid.order())
            await pilot.press("u")
            await settle(app, pilot)
            assert belt.followups.get(moving).status is FollowUpStatus.OPEN
            await pilot.press("u")
            await settle(app, pilot)
            assert pinned_block(belt.followups.get(moving)) is None
            assert "Undid" in messages(app)[-1]

            await pilot.press("escape")
            assert isinstance(app.screen, TriageScreen)


async def test_a_visual_range_selects_every_block_between_its_ends(tmp_path: Path):
    with open_demo(tmp_path / "demo") as belt:
        seed_followups(belt)
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await open_review(app, pilot)
            screen = app.screen
            grid = screen.query_one(WeekGrid)
            order = grid.order()
            start = order.index(grid.highlighted.followup.id)
            await pilot.press("v", "j")
            assert screen.chosen_ids() == set(order[start : start + 2])
            await pilot.press("v")
            assert screen.selected == set(order[start : start + 2]), "v again keeps the range"
            await pilot.press("escape")
            assert screen.chosen_ids() == set()
            assert isinstance(app.screen, ReviewScreen), "escape first clears the selection"


async def test_the_review_is_in_the_command_palette_and_on_w(tmp_path: Path):
    with open_demo(tmp_path / "demo") as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            titles = [command.title for command in app.get_system_commands(app.screen)]
            assert "review: open" in titles
            await pilot.press("W")
            await settle(app, pilot)
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("W")
            assert isinstance(app.screen, TriageScreen)


async def test_the_highlighted_block_shows_its_whole_title_and_the_others_one_line(tmp_path: Path):
    with open_demo(tmp_path / "demo") as belt:
        seed_followups(belt)
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await open_review(app, pilot)
            grid = app.screen.query_one(WeekGrid)
            column = app.screen.query("DayColumn")[grid.day_index]
            width = column.content_size.width

            def lines() -> list[str]:
                return str(column.render()).splitlines()

            first = grid.highlighted.followup.title
            assert len(first) > width, "the demo's titles are wider than a day column"
            wrapped = [line.strip() for line in lines() if line.strip() and line.strip() in first]
            assert " ".join(wrapped) == first and all(len(line) < width for line in wrapped)
            await pilot.press("j")
            await settle(app, pilot)
            assert f" {first}" in lines(), "a block the cursor left is back on one line, cut at the edge"


async def test_the_review_footer_is_the_same_key_footer_as_triage_with_the_review_keys(tmp_path: Path):
    with open_demo(tmp_path / "demo") as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await open_review(app, pilot)
            shown = app.screen.query_one(KeyFooter).shown_descriptions
            assert {"Move a day earlier", "Done", "Snooze to next week", "Undo"} <= set(shown)
            assert "Read" not in shown, "triage's keys are gone with its screen"
