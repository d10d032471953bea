"""The reading pane: one thread, oldest message first, older ones folded to a line, the latest open.

Everything from mail is turned into `Content` with control codes stripped and no markup parsing,
so a subject like "[bold]" shows as typed. The latest message is its own widget so the next step
(ask highlighting and a sentence cursor) can replace how a body is drawn without touching the rest.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from belt_tui.core_views import format_age
from belt_tui.model import Message, ThreadAnalysis, ThreadState
from belt_tui.tui.bindings import READING_PANE
from belt_tui.tui.text import one_line, printable

_STATE_LABELS = {
    ThreadState.NEEDS_REPLY: ("Needs my reply", "$belt-needs-reply"),
    ThreadState.AWAITING_THEM: ("Waiting on them", "$belt-waiting"),
    ThreadState.NONE: ("Nothing pending", "$text-muted"),
}


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows the thread handed to `show`; scrolls with the same keys as the list."""

    BINDINGS: ClassVar[list[BindingType]] = list(READING_PANE.bindings)

    def __init__(self, *, tz: tzinfo | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tz = tz
        self._analysis: ThreadAnalysis | None = None

    @property
    def analysis(self) -> ThreadAnalysis | None:
        return self._analysis

    def compose(self) -> ComposeResult:
        yield Static(Content("Select a thread to read it."), id="thread-header")
        yield Static(Content(""), id="older-messages")
        yield Static(Content(""), id="latest-message")

    def show(self, analysis: ThreadAnalysis | None, now: datetime) -> None:
        """Draw a thread, or the empty state when there is none."""
        self._analysis = analysis
        header = self.query_one("#thread-header", Static)
        older = self.query_one("#older-messages", Static)
        latest = self.query_one("#latest-message", Static)
        if analysis is None:
            header.update(Content("No thread selected."))
            older.update(Content(""))
            latest.update(Content(""))
            return
        header.update(thread_header(analysis, now))
        messages = analysis.thread.messages
        older.update(Content("\n").join(self._collapsed(m) for m in messages[:-1]))
        older.display = len(messages) > 1
        latest.update(self._expanded(messages[-1]))
        self.scroll_home(animate=False)

    def _when(self, message: Message) -> str:
        moment = message.date.astimezone(self._tz) if self._tz else message.date
        return moment.strftime("%a %d %b %H:%M")

    def _collapsed(self, message: Message) -> Content:
        snippet = one_line(message.body[:400])
        return Content.assemble(
            ("▸ ", "$text-muted"),
            (_sender(message), "bold"),
            (f"  {self._when(message)}  ", "$text-muted"),
            (snippet, "$text-muted"),
        )

    def _expanded(self, message: Message) -> Content:
        recipients = one_line(", ".join(a.label for a in message.to)) or "(no recipients)"
        parts: list[str | tuple[str, str]] = [
            ("▾ ", "$text-muted"),
            (_sender(message), "bold"),
            (f"  {self._when(message)}\n", "$text-muted"),
            (f"to {recipients}", "$text-muted"),
        ]
        if message.cc:
            parts.append((f"  cc {one_line(', '.join(a.label for a in message.cc))}", "$text-muted"))
        parts.append("\n\n")
        parts.append(printable(message.body.rstrip()) or "(empty message)")
        for attachment in message.attachments:
            parts.append((f"\n📎 {one_line(attachment.filename)} ({attachment.size:,} bytes)", "$text-muted"))
        return Content.assemble(*parts)


def thread_header(analysis: ThreadAnalysis, now: datetime) -> Content:
    """The subject and, on the next line, who waits on whom since when and why."""
    verdict = analysis.verdict
    label, colour = _STATE_LABELS[verdict.state]
    since = f" for {format_age(now - verdict.since)}" if verdict.since else ""
    return Content.assemble(
        (one_line(analysis.thread.subject) or "(no subject)", "bold"),
        "\n",
        (f"{label}{since}", f"bold {colour}"),
        (f" · {one_line(verdict.why)}" if verdict.why else "", "$text-muted"),
    )


def _sender(message: Message) -> str:
    return one_line(message.sender.label) if message.sender else "(no sender)"
