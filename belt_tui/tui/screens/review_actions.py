"""The keys that act from the weekly review: move, mark done, hand over, snooze; undo and redo.

Each key acts on every selected follow-up, or on the highlighted one, as ONE undoable step
(`FollowUps.together`). A move pins the block where the user put it, so later re-plans leave it
there; the screen then re-plans and writes the week to the calendar in its worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from textual.screen import Screen

from belt_tui.errors import BeltError
from belt_tui.model import FollowUp
from belt_tui.plan.moves import NEXT_FREE, WeekBoard
from belt_tui.tui.screens.prompt import Prompt
from belt_tui.tui.text import one_line

if TYPE_CHECKING:
    from belt_tui.review import Review
    from belt_tui.tui.app import BeltApp

UNDO_HINT = "u to undo"
_WHERE = {NEXT_FREE: "the next free time", -1: "a day earlier", 1: "a day later"}


class ReviewActions(Screen[None]):
    """Mixed into the review screen, which says what is targeted and repaints after each action."""

    app: BeltApp
    review: Review | None

    def targets(self) -> list[FollowUp]:
        raise NotImplementedError

    def after_action(self, keep: str | None) -> None:
        raise NotImplementedError

    def _open_targets(self) -> list[FollowUp]:
        targets = [f for f in self.targets() if f.is_open]
        if not targets:
            self.notify(
                "No follow-up here: highlight one (a thread row has none yet) or select some with space.",
                severity="warning",
                markup=False,
            )
        return targets

    def _act_on_all(self, targets: Sequence[FollowUp], label: str, act: Callable[[FollowUp], object]) -> bool:
        """Apply `act` to every target as one undo step; report, then re-plan. False if nothing changed."""
        service = self.app.belt.followups
        name = label if len(targets) == 1 else f"{label} ({len(targets)} follow-ups)"
        try:
            with service.together(name):
                for followup in targets:
                    act(followup)
        except BeltError as error:
            self.notify(str(error), title="Follow-up", severity="error", markup=False)
            return False
        what = one_line(targets[0].title) if len(targets) == 1 else f"{len(targets)} follow-ups"
        self.notify(f"{label}: {what} — {UNDO_HINT}", title="Review", markup=False)
        self.after_action(targets[0].id)
        return True

    def action_move(self, step: int) -> None:
        """`H`/`L`: to the nearest earlier/later day with room, its first free time; `n`: next free time."""
        targets = self._open_targets()
        if not targets or self.review is None:
            return
        board = self._board(self.review)
        moved: dict[str, tuple[datetime, datetime]] = {}
        for followup in targets:
            block = board.move(followup.id, timedelta(minutes=followup.duration_minutes), step)
            if block is not None:
                moved[followup.id] = block
        if not moved:
            self.notify(f"No free time {_WHERE[step]} this week.", title="Review", severity="warning")
            return
        service = self.app.belt.followups
        chosen = [f for f in targets if f.id in moved]
        zone = self.app.belt.time_zone
        first = moved[chosen[0].id][0].astimezone(zone)
        self._act_on_all(chosen, f"Moved to {first:%a %H:%M}", lambda f: service.pin(f.id, *moved[f.id]))
        if len(moved) < len(targets):
            self.notify(
                f"{len(targets) - len(moved)} could not move {_WHERE[step]}: no free time there.",
                title="Review",
                severity="warning",
            )

    def action_done(self) -> None:
        targets = self._open_targets()
        if targets:
            service = self.app.belt.followups
            self._act_on_all(targets, "Done", lambda f: service.done(f.id))

    def action_snooze(self) -> None:
        """`z`: out of this week, back on Monday morning at the start of work."""
        targets = self._open_targets()
        if not targets:
            return
        from belt_tui.planner import week_window

        belt = self.app.belt
        monday = week_window("next", belt.now(), belt.work)[0]
        until = datetime.combine(monday.date(), belt.work.start, belt.work.time_zone)
        service = belt.followups
        self._act_on_all(targets, f"Snoozed until {until:%a %d %b}", lambda f: service.snooze(f.id, until))

    def action_owner(self) -> None:
        targets = self._open_targets()
        if not targets:
            return
        belt = self.app.belt
        prompt = Prompt("Owner", targets[0].owner, now=belt.now(), dates=False, contacts=belt.contacts())

        def chosen(owner: object) -> None:
            if isinstance(owner, str) and owner:
                self._act_on_all(targets, f"Owner → {owner}", lambda f: belt.followups.set_owner(f.id, owner))

        self.app.push_screen(prompt, chosen)

    def action_undo(self) -> None:
        self._journal(self.app.belt.followups.undo, "Undid", "U to redo")

    def action_redo(self) -> None:
        self._journal(self.app.belt.followups.redo, "Redid", UNDO_HINT)

    def _journal(self, step: Callable, verb: str, hint: str) -> None:
        try:
            change = step()
        except BeltError as error:
            self.notify(str(error), title="Review", severity="warning", markup=False)
            return
        self.notify(f"{verb} {change.label} — {hint}", title="Review", markup=False)
        self.after_action(change.after.id)

    def _board(self, review: Review) -> WeekBoard:
        from belt_tui.plan.slots import work_week

        belt = self.app.belt
        blocks = {b.followup.id: (b.start, b.end) for day in review.days for b in day.slotted}
        meetings = [busy for day in review.days for busy in day.busy]
        return WeekBoard([d.day for d in review.days], work_week(belt.work), meetings, blocks, belt.now())
