"""The triage screen, driven through Textual's Pilot on real Maildir files and the real demo."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path

import pytest
from tui_support import (
    ME,
    NOW,
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
from belt_tui.scan import _PARALLEL_MIN as PARALLEL_MIN
from belt_tui.store import Store
from belt_tui.tui.app import BeltApp
from belt_tui.tui.bindings import ALL_GROUPS
from belt_tui.tui.screens.help import HelpScreen
from belt_tui.tui.widgets.footer import KeyFooter
from belt_tui.tui.widgets.line_list import KEY_REPEAT
from belt_tui.tui.widgets.reading_pane import CURSOR_MARK, ReadingPane
from belt_tui.tui.widgets.thread_list import ThreadList

SIZE = (120, 36)


@pytest.fixture
def small_maildir(tmp_path: Path) -> Path:
    return build_small_maildir(tmp_path)


@pytest.fixture
def small_belt(small_maildir: Path, tmp_path: Path):
    with open_small_belt(small_maildir, tmp_path) as belt:
        yield belt


@pytest.fixture
def demo_belt(tmp_path: Path):
    with Belt.open_demo(tmp_path / "demo", now=NOW) as belt:
        yield belt


def visible_rows(app: BeltApp) -> list[str]:
    """The text of every painted row of the thread list, as the user sees it."""
    thread_list = app.screen.query_one(ThreadList)
    lines = (thread_list.render_line(y).text for y in range(thread_list.size.height))
    return [line.rstrip() for line in lines if line.strip()]


async def test_demo_boots_and_lists_its_threads(demo_belt: Belt):
    app = BeltApp(demo_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        total = demo_belt.counts()[View.ALL]
        assert total >= 20
        rows = visible_rows(app)
        assert len(rows) == min(total, app.screen.query_one(ThreadList).size.height)
        first = demo_belt.rows(View.ALL)[0]
        assert first.subject[:20] in rows[0]


async def test_views_switch_with_number_keys_and_tab_and_show_their_counts(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        counts = small_belt.counts()
        tab_labels = [str(tab.label) for tab in app.screen.query("Tab")]
        assert tab_labels == [
            f"Needs my reply ({counts[View.NEEDS_REPLY]})",
            f"Waiting on them ({counts[View.AWAITING_THEM]})",
            f"All ({counts[View.ALL]})",
            f"Follow-ups ({counts[View.FOLLOWUPS]})",
        ]
        assert counts[View.ALL] == 3
        assert len(visible_rows(app)) == counts[View.NEEDS_REPLY]
        await pilot.press("2")
        assert any("Disclosure schedule" in row for row in visible_rows(app))
        assert len(visible_rows(app)) == counts[View.AWAITING_THEM]
        await pilot.press("tab")
        assert len(visible_rows(app)) == 3
        await pilot.press("tab", "tab")
        assert len(visible_rows(app)) == counts[View.NEEDS_REPLY]


async def test_j_and_k_move_the_selection_and_the_reading_pane_follows(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        order = [row.subject for row in small_belt.rows(View.ALL)]
        thread_list = app.screen.query_one(ThreadList)
        assert order[0] in pane_text(app)
        await pilot.press("j")
        assert thread_list.highlighted.subject == order[1]
        assert order[1] in pane_text(app)
        await pilot.press("G")
        assert thread_list.highlighted.subject == order[-1]
        await pilot.press("k", "g")
        assert thread_list.highlighted.subject == order[0]


async def test_a_held_key_moves_the_list_and_the_pane_shows_where_it_stopped(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        order = [row.subject for row in small_belt.rows(View.ALL)]
        await pilot.press("j", "j")
        assert app.screen.query_one(ThreadList).highlighted.subject == order[2]
        await pilot.pause(KEY_REPEAT * 3)
        assert order[2] in pane_text(app)


async def test_enter_right_after_a_held_key_opens_the_highlighted_thread(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        order = [row.subject for row in small_belt.rows(View.ALL)]
        await pilot.press("j", "j", "enter")
        pane = app.screen.query_one(ReadingPane)
        assert pane.has_focus
        assert pane.analysis.thread.subject == order[2]


async def test_the_footer_names_the_keys_of_the_focused_pane(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)

        def footer() -> str:
            return " ".join(app.screen.query_one(KeyFooter).shown_descriptions)

        assert "Read" in footer() and "Next ask" not in footer()
        await pilot.press("enter")
        await pilot.pause()
        assert "Next ask" in footer() and "Read" not in footer()
        await pilot.press("escape")
        await pilot.pause()
        assert "Read" in footer() and "Next ask" not in footer()


async def test_a_click_on_a_footer_key_presses_it(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        footer = app.screen.query_one(KeyFooter)
        assert footer.shown_descriptions[0] == "Read"
        await pilot.click(KeyFooter, offset=(1, 0))
        await pilot.pause()
        assert app.screen.query_one(ReadingPane).has_focus


async def test_only_the_focused_pane_shows_its_cursor(small_belt: Belt):
    """Focus shows in the cursor: the sentence mark appears when the pane has focus, and goes with it."""
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        assert not any(CURSOR_MARK.strip() in line for line in pane_lines(app))
        await pilot.press("enter")
        await pilot.pause()
        assert any(CURSOR_MARK.strip() in line for line in pane_lines(app))
        await pilot.press("escape")
        await pilot.pause()
        assert not any(CURSOR_MARK.strip() in line for line in pane_lines(app))


async def test_reading_pane_folds_older_messages_and_opens_the_latest(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        subjects = [row.subject for row in small_belt.rows(View.ALL)]
        for _ in range(subjects.index("Board minutes")):
            await pilot.press("j")
        await pilot.press("enter")
        pane = app.screen.query_one(ReadingPane)
        assert pane.has_focus
        lines = pane_lines(app)
        opened = next(y for y, line in enumerate(lines) if line.startswith("▾ "))
        older = [line for line in lines[:opened] if line.startswith("▸ ")]
        assert len(older) == 2
        assert older[0].startswith("▸ Cara")
        assert "Also, can you check the resolutions?" in pane_text(app)


async def test_a_subject_with_markup_renders_literally(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        assert any("Lease [bold]renewal[/] terms" in row for row in visible_rows(app))
        await pilot.press("/")
        await pilot.press(*"renewal")
        await pilot.press("enter")
        assert "Lease [bold]renewal[/] terms" in pane_text(app)


async def test_filter_narrows_the_list_and_escape_brings_the_list_back(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3", "/")
        await pilot.press(*"disclosure")
        rows = visible_rows(app)
        assert len(rows) == 1
        assert "Disclosure schedule" in rows[0]
        await pilot.press("enter")
        assert app.screen.query_one(ThreadList).has_focus


async def test_help_lists_every_binding_and_closes(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(line.render()) for line in app.screen.query(".help-binding"))
        for group in ALL_GROUPS:
            for binding in group.bindings:
                assert binding.description in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_keymap_remaps_a_binding_and_help_shows_the_new_key(small_belt: Belt):
    app = BeltApp(small_belt, keymap={"list.down": "n"})
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3", "n")
        assert app.screen.query_one(ThreadList).cursor == 1
        await pilot.press("question_mark")
        lines = [str(line.render()) for line in app.screen.query(".help-binding")]
        assert any(line.split() == ["n", "Next", "thread", "list.down"] for line in lines)


async def test_a_keymap_naming_no_binding_is_reported(small_belt: Belt):
    app = BeltApp(small_belt, keymap={"list.sideways": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert warnings == ["keymap: no binding has the id list.sideways; see the ids with ? (help)"]


async def test_q_quits(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("q")
        assert app.return_code == 0
        assert not app.is_running


async def test_a_failing_load_becomes_a_notification_not_a_crash(small_belt: Belt, small_maildir: Path):
    shutil.rmtree(small_maildir)
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        assert app.is_running
        errors = [n for n in app._notifications if n.severity == "error"]
        assert len(errors) == 1
        assert str(small_maildir) in errors[0].message
        assert visible_rows(app) == []


async def test_reload_reads_new_mail(small_belt: Belt, small_maildir: Path):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        write_message(
            small_maildir,
            "4",
            mail(
                "<d1@client.example>",
                "Dan <dan@client.example>",
                ME,
                "Completion statement",
                "Thu, 05 Mar 2026 16:00:00 +0000",
                "Can you approve the completion statement?",
            ),
        )
        await pilot.press("r")
        await loaded(app, pilot)
        await pilot.press("3")
        assert any("Completion statement" in row for row in visible_rows(app))


async def test_command_palette_commands_are_named_area_colon_verb(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "mail: reload" in titles
        assert all(title.split(": ", 1)[0].replace("-", "").isalpha() and ": " in title for title in titles)


async def test_a_click_selects_the_row_under_the_mouse(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("3")
        thread_list = app.screen.query_one(ThreadList)
        await pilot.click(ThreadList, offset=(10, 3))  # the border is row 0
        assert thread_list.cursor == 2
        assert thread_list.highlighted.subject in pane_text(app)


async def test_the_oldest_open_asks_owner_is_listed(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        (lease,) = [row for row in visible_rows(app) if "Lease" in row]
        assert " me " in lease


async def test_a_mailbox_big_enough_for_a_process_pool_loads_inside_the_app(tmp_path: Path):
    """Textual swaps stderr for one without a file descriptor; the pool's helper must not need it."""
    maildir = tmp_path / "Big"
    for number in range(PARALLEL_MIN):
        write_message(
            maildir,
            f"m{number}",
            mail(
                f"<m{number}@client.example>",
                "Ann Client <ann@client.example>",
                ME,
                f"Question {number}",
                "Thu, 05 Mar 2026 10:00:00 +0000",
                "Could you send me the signed copy?",
            ),
        )
    belt = Belt(maildir=maildir, me=frozenset({ME}), store=Store.open(tmp_path / "data"), time_zone=UTC)
    with belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            assert [n.message for n in app._notifications] == []
            assert belt.counts()[View.ALL] == PARALLEL_MIN


async def test_i_explains_why_the_thread_is_in_its_state(small_belt: Belt):
    app = BeltApp(small_belt)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(app, pilot)
        await pilot.press("i")
        why = app.screen.query_one(ReadingPane).analysis.verdict.why
        assert why
        assert list(app._notifications)[-1].message.startswith(why)


async def test_the_sentence_cursor_stays_in_view_in_a_long_message(small_maildir: Path, tmp_path: Path):
    body = " ".join(f"Point {number} of the schedule needs your initials." for number in range(1, 80))
    write_message(
        small_maildir,
        "long",
        mail(
            "<long@client.example>",
            "Ann Client <ann@client.example>",
            ME,
            "Long schedule",
            "Fri, 06 Mar 2026 08:00:00 +0000",
            body + " Can you sign the last page?",
        ),
    )
    with open_small_belt(small_maildir, tmp_path) as belt:
        app = BeltApp(belt)
        async with app.run_test(size=SIZE) as pilot:
            await loaded(app, pilot)
            await pilot.press("3")
            order = [row.subject for row in belt.rows(View.ALL)]
            for _ in range(order.index("Long schedule")):
                await pilot.press("j")
            await pilot.press("enter")
            pane = app.screen.query_one(ReadingPane)
            assert pane.highlighted_sentence.text == "Can you sign the last page?"
            assert "▶ Can you sign the last page?" in pane_text(app)
            await pilot.press("K")
            assert "▶ Point 79 of the schedule" in pane_text(app)
            pane.sentence = 8  # as far up as 70 more K presses
            await pilot.pause()
            assert "▶ Point 9 of the schedule" in pane_text(app)
            assert "Can you sign the last page?" not in pane_text(app)
