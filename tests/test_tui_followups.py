"""The follow-up flow, end to end on the demo: read, pick an ask, own it, edit, undo, close, restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from tui_support import (
    ME,
    build_small_maildir,
    loaded,
    mail,
    open_small_belt,
    pane_lines,
    pane_text,
    write_message,
)

from belt_tui.core import Belt
from belt_tui.core_views import View
from belt_tui.followups import DUE_DEFAULTED, DUE_SOURCE
from belt_tui.model import FollowUpStatus
from belt_tui.store import Store
from belt_tui.tui.app import BeltApp
from belt_tui.tui.screens.followup_form import FollowUpForm
from belt_tui.tui.screens.prompt import Prompt
from belt_tui.tui.widgets.followup_list import FollowUpList
from belt_tui.tui.widgets.reading_pane import ReadingPane
from belt_tui.tui.widgets.thread_list import ThreadList

NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
SIZE = (130, 40)
CLEAR = ("ctrl+a", "ctrl+k")
OTHER = "leah.brandt@lindqvistlaw.com"


@pytest.fixture
def small_maildir(tmp_path: Path) -> Path:
    return build_small_maildir(tmp_path)


@pytest.fixture
def small_belt(small_maildir: Path, tmp_path: Path):
    with open_small_belt(small_maildir, tmp_path) as belt:
        yield belt


def messages(app: BeltApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_an_ask_becomes_an_owned_followup_that_is_edited_undone_closed_and_survives_a_restart(
    tmp_path: Path,
):
    root = tmp_path / "demo"
    with Belt.open_demo(root, now=NOW) as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            await pilot.press("enter")
            pane = app.screen.query_one(ReadingPane)
            assert pane.has_focus
            ask = pane.highlighted_ask
            assert ask is not None, "opening a thread puts the cursor on its first open ask"
            assert f"▶ {ask.text.splitlines()[0]}" in pane_text(app)

            await pilot.press("f")
            assert isinstance(app.screen, FollowUpForm)
            await pilot.press(*CLEAR, *OTHER, "tab", *CLEAR, *"fri")
            assert "Fri 13 Mar" in str(app.screen.query_one("#form-due-preview").render())
            await pilot.press("enter")
            assert not isinstance(app.screen, FollowUpForm)
            (made,) = belt.followups.all()
            assert (made.owner, made.quote, made.message_id) == (OTHER, ask.text, ask.message_id)
            assert (made.due.date().isoformat(), made.due.hour) == ("2026-03-13", 17)
            assert "u to undo" in messages(app)[-1]
            assert f"Follow-up: {OTHER}" in pane_text(app)

            await pilot.press("o")
            assert isinstance(app.screen, Prompt)
            await pilot.press(*CLEAR, *"jholt@meridianadr.com", "enter")
            await pilot.press("d", *"tomorrow 3pm", "enter")
            edited = belt.followups.get(made.id)
            assert edited.owner == "jholt@meridianadr.com"
            assert edited.due == datetime(2026, 3, 7, 15, 0, tzinfo=UTC)

            await pilot.press("u")
            assert belt.followups.get(made.id).due == made.due
            assert messages(app)[-1].startswith("Undid change due date")
            await pilot.press("U")
            assert belt.followups.get(made.id).due == edited.due
            await pilot.press("u", "x")
            assert belt.followups.get(made.id).status is FollowUpStatus.DONE

    with Store.open(root / "data") as store:
        (stored,) = store.followups()
    assert (stored.owner, stored.due, stored.status) == (
        "jholt@meridianadr.com",
        made.due,
        FollowUpStatus.DONE,
    )
    with Belt.open_demo(root, now=NOW) as again:
        assert again.followups.undo().label == "mark done"
        assert again.followups.get(made.id).status is FollowUpStatus.OPEN


async def test_the_followups_view_groups_by_due_or_owner_and_opens_the_source_sentence(tmp_path: Path):
    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            source = belt.rows(View.NEEDS_REPLY)[0].analysis
            ask = source.verdict.asks[0]
            message = next(m for m in source.thread.messages if m.message_id == ask.message_id)
            thread_id = source.thread.thread_id
            late = belt.followups.from_ask(ask, message, thread_id, OTHER, NOW - timedelta(days=1))
            mine = belt.followups.create("Call the court clerk", sorted(belt.me)[0], NOW + timedelta(days=20))
            await pilot.press("4")
            followups = app.screen.query_one(FollowUpList)
            assert followups.has_focus
            assert [row.heading for row in followups.rows if row.followup is None] == ["Overdue", "Later"]
            assert followups.highlighted.followup.id == late.id
            await pilot.press("t")
            headings = [row.heading for row in followups.rows if row.followup is None]
            assert headings == ["Mine", OTHER]
            assert [row.followup.id for row in followups.rows if row.followup] == [mine.id, late.id]

            await pilot.press("j", "enter")
            pane = app.screen.query_one(ReadingPane)
            assert pane.has_focus
            assert pane.highlighted_sentence.text == ask.text
            assert pane.message.message_id == ask.message_id


async def test_someone_elses_followup_closes_as_answered_when_they_reply_and_can_be_reopened(
    small_belt: Belt, small_maildir: Path
):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        thread, asked = small_belt.locate("<b1@firm.example>")
        followup = small_belt.followups.create(
            "Confirm the schedule",
            "bob@other.example",
            NOW + timedelta(days=2),
            message=asked,
            thread_id=thread.thread.thread_id,
        )
        write_message(
            small_maildir,
            "b2",
            mail(
                "<b2@other.example>",
                "Bob Counsel <bob@other.example>",
                ME,
                "Re: Disclosure schedule",
                "Thu, 05 Mar 2026 12:00:00 +0000",
                "Confirmed, it is final.",
                "<b1@firm.example>",
            ),
        )
        await pilot.press("r")
        await loaded(app, pilot)
        assert small_belt.followups.get(followup.id).status is FollowUpStatus.ANSWERED
        assert any(m.startswith("Answered: bob@other.example replied") for m in messages(app))

        await pilot.press("4")
        rows = app.screen.query_one(FollowUpList).rows
        (answered,) = [row for row in rows if row.followup is not None]
        assert (answered.heading, answered.due_label) == ("Closed", "answered")
        await pilot.press("x")
        assert small_belt.followups.get(followup.id).status is FollowUpStatus.OPEN


async def test_sentence_keys_walk_asks_and_sentences_and_a_click_picks_one(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        order = [row.subject for row in small_belt.rows(View.ALL)]
        for _ in range(order.index("Board minutes")):
            await pilot.press("j")
        await pilot.press("enter")
        pane = app.screen.query_one(ReadingPane)
        assert pane.highlighted_sentence.text == "Also, can you check the resolutions?"
        assert pane.highlighted_ask is not None
        await pilot.press("K")
        assert pane.sentence == 0
        await pilot.press("n")
        assert pane.highlighted_sentence.text == "Also, can you check the resolutions?"


async def test_a_click_on_a_sentence_puts_the_cursor_there(tmp_path: Path):
    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            await pilot.press("enter", "escape")
            pane = app.screen.query_one(ReadingPane)
            lines = pane_lines(app)
            target, row, column = next(
                (index, y, line.index(sentence.text[:15]))
                for index, sentence in enumerate(pane.sentences)
                if index != pane.sentence
                for y, line in enumerate(lines)
                if sentence.text[:15] in line
            )
            # The pane's border and padding come before its first line and column.
            await pilot.click(ReadingPane, offset=(2 + column, 1 + row))
            assert pane.sentence == target
            assert pane.has_focus


async def test_quick_edits_without_a_followup_say_how_to_make_one(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("o")
        assert not isinstance(app.screen, Prompt)
        assert messages(app)[-1] == "No follow-up here: press f on an ask (or a sentence) to make one."
        await pilot.press("u")
        assert messages(app)[-1] == "nothing to undo"


async def test_a_due_date_nobody_can_read_keeps_the_form_open(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "f", "tab", *CLEAR, *"someday soonish")
        assert "Couldn't read" in str(app.screen.query_one("#form-due-preview").render())
        await pilot.press("enter")
        assert isinstance(app.screen, FollowUpForm)
        await pilot.press("escape")
        assert not isinstance(app.screen, FollowUpForm)
        assert small_belt.followups.all() == []


async def test_s_slots_the_highlighted_followup_into_the_demo_week_and_says_when(tmp_path: Path):
    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            made = belt.followups.create(
                "Draft the witness list", sorted(belt.me)[0], NOW + timedelta(days=3)
            )
            await pilot.press("4", "s")
            await loaded(app, pilot)
            slot = belt.planner.saved_slots()[made.id]
            assert slot.start is not None
            local = slot.start.astimezone(belt.time_zone)
            assert f"Slotted {local:%a %d %b %H:%M}" in messages(app)[-1]
            assert "wrote" in messages(app)[-1]


async def test_keys_on_the_thread_list_act_on_a_followup_found_by_its_message_when_its_thread_id_is_stale(
    small_belt: Belt,
):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        thread, asked = small_belt.locate("<b1@firm.example>")
        followup = small_belt.followups.create(
            "Confirm the schedule",
            "bob@other.example",
            NOW + timedelta(days=2),
            message=asked,
            thread_id="<a-root-that-was-replaced@firm.example>",
        )
        await pilot.press("3")
        threads = app.screen.query_one(ThreadList)
        wanted = thread.thread.thread_id
        threads.cursor = next(i for i, row in enumerate(threads.rows) if row.thread_id == wanted)
        await pilot.press("x")
        assert small_belt.followups.get(followup.id).status is FollowUpStatus.DONE


async def test_a_followup_saved_with_the_default_due_waits_under_no_due_date_until_one_is_set(
    small_belt: Belt,
):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter")
        pane = app.screen.query_one(ReadingPane)
        for _ in range(12):  # walk to a sentence whose mail names no deadline
            if pane.highlighted_ask is None or pane.highlighted_ask.due is None:
                break
            await pilot.press("J")
        assert pane.highlighted_ask is None or pane.highlighted_ask.due is None
        await pilot.press("f")
        assert app.screen.query_one("#form-due").value == "tomorrow"
        await pilot.press("enter")
        (made,) = small_belt.followups.all()
        assert made.extra.get(DUE_SOURCE) == DUE_DEFAULTED

        await pilot.press("d", *"fri", "enter")
        assert DUE_SOURCE not in small_belt.followups.get(made.id).extra
        await pilot.press("u")
        assert small_belt.followups.get(made.id).extra.get(DUE_SOURCE) == DUE_DEFAULTED


async def test_a_due_typed_in_the_form_is_the_users_own(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("enter", "f", "tab", *CLEAR, *"fri", "enter")
        (made,) = small_belt.followups.all()
        assert DUE_SOURCE not in made.extra
