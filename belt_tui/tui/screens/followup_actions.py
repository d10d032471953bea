"""The follow-up keys of the triage screen: the form, quick edits, undo/redo and slotting.

Every action goes through the core's `FollowUps` service (the same one `belt followup` uses), is
saved at once, and is confirmed by a notification that says how to undo it. Mail text in those
notifications is never read as markup. Slotting talks to the calendar, so it runs in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from belt_tui.errors import BeltError
from belt_tui.model import FollowUp
from belt_tui.tui.screens.due_input import suggested_due
from belt_tui.tui.screens.followup_form import Draft, FollowUpForm, FormContext
from belt_tui.tui.screens.prompt import Prompt
from belt_tui.tui.text import one_line
from belt_tui.tui.widgets.reading_pane import ReadingPane

if TYPE_CHECKING:
    from belt_tui.tui.app import BeltApp

UNDO_HINT = "u to undo"


class FollowUpActions(Screen[None]):
    """Mixed into the triage screen, which says which follow-up is meant (`target_followup`)."""

    app: BeltApp

    def target_followup(self) -> FollowUp | None:
        raise NotImplementedError

    def followups_changed(self) -> None:
        """Repaint whatever shows follow-ups; the triage screen overrides it."""

    def _act(self, action: Callable[[], FollowUp], verb: str) -> None:
        """Run one follow-up action, then confirm it (or show the error) and repaint."""
        try:
            followup = action()
        except BeltError as error:
            self.notify(str(error), title="Follow-up", severity="error", markup=False)
            return
        self.notify(f"{verb}: {one_line(followup.title)} — {UNDO_HINT}", title="Follow-up", markup=False)
        self.followups_changed()

    def _target_or_hint(self) -> FollowUp | None:
        followup = self.target_followup()
        if followup is None:
            self.notify(
                "No follow-up here: press f on an ask (or a sentence) to make one.",
                severity="warning",
                markup=False,
            )
        return followup

    def open_form(self, event: ReadingPane.FollowUpWanted) -> None:
        """The form for one sentence, prefilled from its ask: suggested owner and due date."""
        belt = self.app.belt
        now = belt.now()
        ask, message = event.ask, event.message
        owner = ask.owner if ask and ask.owner else next(iter(sorted(belt.me)), "")
        due_text = suggested_due(ask.due if ask else None, now)
        context = FormContext(
            subject=message.subject,
            sender=message.sender.label if message.sender else "(no sender)",
            sent=message.date,
            quote=event.sentence.text,
            message_id=message.message_id,
        )
        form = FollowUpForm(
            title=event.sentence.text,
            owner=owner,
            due_text=due_text,
            context=context,
            contacts=belt.contacts(event.analysis),
            now=now,
            tz=belt.time_zone,
        )
        thread_id = event.analysis.thread.thread_id
        quote = event.sentence.text

        def save(draft: Draft | None) -> None:
            if draft is not None:
                # No deadline in the mail and the "tomorrow" prefill kept: the review asks for a real one.
                defaulted = (ask is None or ask.due is None) and draft.due_text == due_text
                self._act(
                    lambda: belt.followups.create(
                        draft.title,
                        draft.owner,
                        draft.due,
                        message=message,
                        thread_id=thread_id,
                        quote=quote,
                        due_defaulted=defaulted,
                    ),
                    f"Follow-up for {draft.owner}, due {draft.due:%a %d %b %H:%M}",
                )

        self.app.push_screen(form, save)

    def action_edit_owner(self) -> None:
        followup = self._target_or_hint()
        if followup is None:
            return
        belt = self.app.belt
        located = belt.locate(followup.message_id)
        prompt = Prompt(
            "Owner",
            followup.owner,
            now=belt.now(),
            dates=False,
            contacts=belt.contacts(located and located[0]),
        )
        self.app.push_screen(
            prompt,
            lambda owner: (
                owner
                and self._act(lambda: belt.followups.set_owner(followup.id, str(owner)), f"Owner → {owner}")
            ),
        )

    def action_edit_due(self) -> None:
        self._ask_date("Due", "", lambda f, when: self.app.belt.followups.set_due(f.id, when), "Due")

    def action_snooze(self) -> None:
        self._ask_date(
            "Snooze until",
            "tomorrow",
            lambda f, when: self.app.belt.followups.snooze(f.id, when),
            "Snoozed until",
        )

    def _ask_date(
        self, question: str, start: str, apply: Callable[[FollowUp, datetime], FollowUp], verb: str
    ) -> None:
        followup = self._target_or_hint()
        if followup is None:
            return
        now = self.app.belt.now()

        def done(when: object) -> None:
            if isinstance(when, datetime):
                self._act(lambda: apply(followup, when), f"{verb} {when:%a %d %b %H:%M}")

        self.app.push_screen(Prompt(question, start, now=now, dates=True), done)

    def action_toggle_done(self) -> None:
        followup = self._target_or_hint()
        if followup is None:
            return
        service = self.app.belt.followups
        if followup.is_open:
            self._act(lambda: service.done(followup.id), "Done")
        else:
            self._act(lambda: service.reopen(followup.id), "Reopened")

    def action_waiting(self) -> None:
        followup = self._target_or_hint()
        if followup is not None:
            self._act(lambda: self.app.belt.followups.waiting(followup.id), "Waiting on them")

    def action_undo(self) -> None:
        self._journal(self.app.belt.followups.undo, "Undid", "U to redo")

    def action_redo(self) -> None:
        self._journal(self.app.belt.followups.redo, "Redid", UNDO_HINT)

    def _journal(self, step: Callable, verb: str, hint: str) -> None:
        try:
            change = step()
        except BeltError as error:
            self.notify(str(error), title="Follow-up", severity="warning", markup=False)
            return
        self.notify(
            f"{verb} {change.label}: {one_line(change.after.title)} — {hint}", title="Follow-up", markup=False
        )
        self.followups_changed()

    def action_slot(self) -> None:
        followup = self._target_or_hint()
        if followup is not None:
            self.plan_week(followup.id)

    def action_slot_all(self) -> None:
        self.plan_week(None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="plan", description="Slotting follow-ups")
    def plan_week(self, followup_id: str | None) -> None:
        """Plan this week around the calendar and write it back; network I/O, so off the UI thread."""
        belt = self.app.belt
        now = belt.now()
        plan = belt.planner.plan("this", now)
        outcome = belt.planner.write(plan, now)
        notices = list(outcome.notices)
        if followup_id is not None:
            slot = next((s for s in plan.slots if s.followup_id == followup_id), None)
            if slot is not None and slot.start is not None and slot.end is not None:
                start, end = slot.start.astimezone(belt.time_zone), slot.end.astimezone(belt.time_zone)
                notices.insert(0, f"Slotted {start:%a %d %b %H:%M}–{end:%H:%M}")
            else:
                notices.insert(0, f"Not slotted this week: {slot.reason if slot else 'it is not open'}")
        else:
            placed = sum(1 for s in plan.slots if s.start is not None)
            notices.insert(0, f"Slotted {placed} of {len(plan.slots)} follow-ups this week")
        self.notify("\n".join(notices), title="Week plan", markup=False)
