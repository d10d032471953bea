"""The follow-up form: a sentence becomes one owner and one due date, prefilled by the ask engine.

Title, owner (completed from the thread's people and known contacts) and due (natural language,
previewed live) are editable; the context (who wrote it, when, the quoted words) is shown to check
against. Enter saves, escape cancels; the form returns a `Draft` and the screen saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from belt_tui.tui.bindings import FOLLOWUP_FORM
from belt_tui.tui.screens.due_input import read_due
from belt_tui.tui.text import one_line


@dataclass(frozen=True, slots=True)
class Draft:
    """What the user settled on in the form."""

    title: str
    owner: str
    due: datetime
    due_text: str
    """What the due field held, so the caller can tell a prefill kept as is from a date the user typed."""


@dataclass(frozen=True, slots=True)
class FormContext:
    """Where the sentence came from, shown under the fields."""

    subject: str
    sender: str
    sent: datetime
    quote: str
    message_id: str


def resolve_owner(typed: str, contacts: list[str]) -> str:
    """An address from what was typed: an address as is, or the one contact a name or prefix points to."""
    typed = typed.strip()
    if "@" in typed or not typed:
        return typed
    matches = [c for c in contacts if c.casefold().startswith(typed.casefold())]
    return matches[0] if len(matches) == 1 else typed


class FollowUpForm(ModalScreen[Draft | None]):
    """Make a follow-up from one sentence; dismisses with the draft, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = list(FOLLOWUP_FORM.bindings)

    def __init__(
        self,
        *,
        title: str,
        owner: str,
        due_text: str,
        context: FormContext,
        contacts: list[str],
        now: datetime,
        tz: tzinfo,
    ) -> None:
        super().__init__()
        self._prefill = (title, owner, due_text)
        self._source, self._contacts, self._now, self._zone = context, contacts, now, tz

    def compose(self) -> ComposeResult:
        context = self._source
        with Vertical(id="form-body"):
            yield Static(Content.styled("New follow-up", "bold $primary"), id="form-title")
            yield Label("What")
            yield Input(one_line(self._prefill[0]), id="form-what")
            yield Label("Owner (one person; → completes)")
            yield Input(
                self._prefill[1],
                id="form-owner",
                placeholder="name@example.com",
                suggester=SuggestFromList(self._contacts, case_sensitive=False),
            )
            yield Label("Due (fri, eod, tomorrow 3pm, 1/20, next week…)")
            yield Input(self._prefill[2], id="form-due")
            yield Static(Content(""), id="form-due-preview")
            yield Static(
                Content.assemble(
                    ("From ", "$text-muted"),
                    one_line(context.sender),
                    (f", {context.sent.astimezone(self._zone):%a %d %b %H:%M}", "$text-muted"),
                    ("\nSubject: ", "$text-muted"),
                    one_line(context.subject),
                    ("\n“", "$text-muted"),
                    (one_line(context.quote), "italic"),
                    ("”", "$text-muted"),
                    (f"\n{one_line(context.message_id)}", "$text-muted"),
                ),
                id="form-context",
            )
            yield Static(Content.styled("enter save · escape cancel", "$text-muted"), id="form-keys")

    def on_mount(self) -> None:
        self._preview(self._prefill[2])
        self.query_one("#form-owner", Input).focus()

    @on(Input.Changed, "#form-due")
    def _due_changed(self, event: Input.Changed) -> None:
        self._preview(event.value)

    def _preview(self, text: str) -> datetime | None:
        due, preview = read_due(text, self._now)
        self.query_one("#form-due-preview", Static).update(preview)
        return due

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        title = self.query_one("#form-what", Input).value.strip()
        owner = resolve_owner(self.query_one("#form-owner", Input).value, self._contacts)
        due_text = self.query_one("#form-due", Input).value
        due = self._preview(due_text)
        problem = (
            "The follow-up needs a title."
            if not title
            else "The owner must be an email address."
            if "@" not in owner
            else "The due date is not understood yet."
            if due is None
            else None
        )
        if problem or due is None:
            self.notify(problem or "", severity="warning", markup=False)
            return
        self.dismiss(Draft(title, owner, due, due_text.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
