"""The weekly review screen: the week as day columns beside the lists of what is owed, and a summary.

The review is built by `belt_tui.review.build_review` in a worker, because planning reads the
calendar (a file or a CalDAV server); the screen only paints it. When the calendar cannot be read,
the plan saved last time is shown without meetings, with a warning. The keys that act on follow-ups
live in `ReviewActions`; this module decides which follow-ups they act on.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Header, Static

from belt_tui.errors import SourceError
from belt_tui.model import FollowUp, Slot
from belt_tui.review import Review
from belt_tui.review_export import age_label
from belt_tui.tui.bindings import REVIEW
from belt_tui.tui.screens.review_actions import ReviewActions
from belt_tui.tui.text import one_line
from belt_tui.tui.widgets.footer import KeyFooter
from belt_tui.tui.widgets.review_list import ReviewList, review_rows
from belt_tui.tui.widgets.week_grid import WeekGrid

REVIEW_WORKER = "review"


class ReviewReady(Message):
    """Posted from the review worker: a freshly built review, and what the calendar write said."""

    def __init__(self, review: Review, notices: list[str]) -> None:
        super().__init__()
        self.review, self.notices = review, notices


class ReviewScreen(ReviewActions):
    """This week: where follow-ups sit, who owes what, and keys to move, close, hand over or snooze."""

    BINDINGS: ClassVar[list[BindingType]] = list(REVIEW.bindings)

    def __init__(self) -> None:
        super().__init__()
        self.review: Review | None = None
        self.selected: set[str] = set()
        self.anchor: str | None = None  # where a visual range (`v`) started
        self._keep: str | None = None
        self._writes = threading.Lock()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Content.styled("Reading the calendar…", "$text-muted"), id="review-summary")
        with Horizontal(id="review-body"):
            yield WeekGrid(id="week")
            yield ReviewList(id="review-lists")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(ReviewList).me = self.app.belt.me
        self.query_one(WeekGrid).focus()
        self.rebuild(write=False)

    @work(thread=True, exit_on_error=False, name=REVIEW_WORKER, description="Building the weekly review")
    def rebuild(self, write: bool) -> None:
        """Plan this week around the calendar and build the review; after an action, write the plan back."""
        from belt_tui.core_views import View
        from belt_tui.planner import week_window
        from belt_tui.review import build_review

        belt = self.app.belt
        with self._writes:  # one calendar round trip at a time: their records must not interleave
            now = belt.now()
            window = week_window("this", now, belt.work)
            notices: list[str] = []
            try:
                plan = belt.planner.plan("this", now)
                slots, busy = {s.followup_id: s for s in plan.slots}, plan.busy
                if write:
                    notices.extend(belt.planner.write(plan, now).notices)
            except SourceError as error:
                notices.append(f"The calendar could not be read ({error}); showing the last saved plan.")
                slots, busy = _saved_inside(belt.planner.saved_slots(), window), ()
            threads = [row.analysis for row in belt.rows(View.ALL) if row.analysis is not None]
            review = build_review(
                now=now,
                window=window,
                work=belt.work,
                followups=belt.followups.all(include_closed=True),
                slots=slots,
                busy=busy,
                threads=threads,
                me=belt.me,
                triage=belt.triage,
            )
        self.post_message(ReviewReady(review, notices))

    def on_review_ready(self, message: ReviewReady) -> None:
        self.review = message.review
        belt = self.app.belt
        live = {block.followup.id for day in message.review.days for block in day.slotted}
        live |= {row.followup.id for row in review_rows(message.review) if row.followup is not None}
        self.selected &= live
        grid, lists = self.query_one(WeekGrid), self.query_one(ReviewList)
        grid.show(
            message.review.days, now=message.review.now, zone=belt.time_zone, me=belt.me, keep=self._keep
        )
        current = lists.highlighted
        lists.set_rows(review_rows(message.review), keep=current.key if current else None)
        self.query_one("#review-summary", Static).update(_summary(message.review))
        self.show_selection()
        warnings = [n for n in message.notices if "could not" in n]
        if warnings:
            self.notify("\n".join(warnings), title="Calendar", severity="warning", markup=False)

    def show_selection(self) -> None:
        """Repaint the selection marks (the chosen follow-ups plus a visual range in progress)."""
        chosen = self.chosen_ids()
        self.query_one(WeekGrid).repaint(chosen)
        lists = self.query_one(ReviewList)
        lists.selected = chosen
        lists.refresh()

    def target_followup(self) -> FollowUp | None:
        """The follow-up under the cursor of the focused pane (a thread row has none)."""
        grid = self.query_one(WeekGrid)
        if grid.has_focus:
            block = grid.highlighted
            return block.followup if block else None
        row = self.query_one(ReviewList).highlighted
        return row.followup if row else None

    def chosen_ids(self) -> set[str]:
        """The selection, with the visual range from its anchor to the cursor when one is open."""
        chosen = set(self.selected)
        current = self.target_followup()
        if self.anchor is not None and current is not None:
            order = self._focused_order()
            if self.anchor in order and current.id in order:
                first, last = sorted((order.index(self.anchor), order.index(current.id)))
                chosen.update(order[first : last + 1])
        return chosen

    def targets(self) -> list[FollowUp]:
        """What an action acts on: every chosen follow-up, else the highlighted one."""
        belt = self.app.belt
        chosen = self.chosen_ids()
        if chosen:
            found = [f for f in belt.followups.all(include_closed=True) if f.id in chosen]
            return sorted(found, key=lambda f: (f.due, f.id))
        current = self.target_followup()
        return [current] if current is not None else []

    def _focused_order(self) -> list[str]:
        grid = self.query_one(WeekGrid)
        return grid.order() if grid.has_focus else self.query_one(ReviewList).order()

    def after_action(self, keep: str | None) -> None:
        """Clear the selection and re-plan, writing the change to the calendar, cursor on `keep`."""
        self.selected.clear()
        self.anchor = None
        self._keep = keep
        self.show_selection()
        self.rebuild(write=True)

    @on(ReviewList.Highlighted)
    def _list_moved(self) -> None:
        if self.anchor is not None:
            self.show_selection()

    def action_day(self, step: int) -> None:
        grid = self.query_one(WeekGrid)
        grid.focus()
        grid.move_day(step)
        if self.anchor is not None:
            self.show_selection()

    def action_switch_pane(self) -> None:
        grid, lists = self.query_one(WeekGrid), self.query_one(ReviewList)
        self.anchor = None
        (lists if grid.has_focus else grid).focus()
        self.show_selection()

    def action_select(self) -> None:
        """Space: add the highlighted follow-up to the selection, or take it out."""
        current = self.target_followup()
        if current is None:
            return
        self.selected.symmetric_difference_update({current.id})
        self.show_selection()

    def action_visual(self) -> None:
        """`v`: start a range at the cursor; `v` again keeps the range selected and closes it."""
        if self.anchor is None:
            current = self.target_followup()
            self.anchor = current.id if current else None
        else:
            self.selected = self.chosen_ids()
            self.anchor = None
        self.show_selection()

    def action_back(self) -> None:
        """Escape: drop the selection first; with nothing selected, back to triage."""
        if self.selected or self.anchor is not None:
            self.selected.clear()
            self.anchor = None
            self.show_selection()
            return
        self.dismiss()

    def action_reload(self) -> None:
        self.rebuild(write=False)

    def on_mail_loaded(self) -> None:
        """The load finished while the review was open: it now knows every thread."""
        self.rebuild(write=False)


def _saved_inside(saved: dict[str, Slot], window: tuple[datetime, datetime]) -> dict[str, Slot]:
    return {k: s for k, s in saved.items() if s.start is None or window[0] <= s.start < window[1]}


def _summary(review: Review) -> Content:
    """Open, overdue, done this week, and the longest a client has waited for the user."""
    summary = review.summary
    wait = summary.longest_client_wait
    waited = (
        f"{one_line(wait.who)}, {age_label(wait.age, review)} ({one_line(wait.subject or '(no subject)')})"
        if wait
        else "nobody"
    )
    return Content.assemble(
        (f"{summary.open} open", "bold"),
        " · ",
        (f"{summary.overdue} overdue", "bold $belt-overdue" if summary.overdue else "$text-muted"),
        " · ",
        f"{summary.done_this_week} done this week",
        " · ",
        f"{summary.needs_reply} waiting on me, I wait on {summary.awaiting_them}",
        " · longest client wait: ",
        (waited, "$belt-needs-reply" if wait else "$text-muted"),
    )
