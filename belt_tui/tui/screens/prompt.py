"""A one-line prompt for the quick edits (`o` owner, `d` due, `z` snooze) without the full form.

Dates are previewed live exactly as in the form; enter accepts, escape cancels.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Static

from belt_tui.tui.bindings import FOLLOWUP_FORM
from belt_tui.tui.screens.due_input import read_due
from belt_tui.tui.screens.followup_form import resolve_owner


class Prompt(ModalScreen[str | datetime | None]):
    """Ask for an owner (returns the address) or a date (returns the moment); None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = list(FOLLOWUP_FORM.bindings)

    def __init__(
        self, question: str, value: str, *, now: datetime, dates: bool, contacts: list[str] = ()
    ) -> None:
        super().__init__()
        self._question, self._start, self._now, self._dates = question, value, now, dates
        self._contacts = list(contacts)

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-body"):
            yield Static(Content.styled(self._question, "bold $primary"))
            suggester = SuggestFromList(self._contacts, case_sensitive=False) if self._contacts else None
            yield Input(self._start, id="prompt-input", suggester=suggester)
            yield Static(Content(""), id="prompt-preview")

    def on_mount(self) -> None:
        self._changed(self._start)
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _on_changed(self, event: Input.Changed) -> None:
        self._changed(event.value)

    def _changed(self, text: str) -> None:
        if self._dates:
            self.query_one("#prompt-preview", Static).update(read_due(text, self._now)[1])

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        text = self.query_one(Input).value
        if self._dates:
            due = read_due(text, self._now)[0]
            if due is None:
                self.notify("The date is not understood yet.", severity="warning", markup=False)
                return
            self.dismiss(due)
            return
        owner = resolve_owner(text, self._contacts)
        if "@" not in owner:
            self.notify("The owner must be an email address.", severity="warning", markup=False)
            return
        self.dismiss(owner)

    def action_cancel(self) -> None:
        self.dismiss(None)
