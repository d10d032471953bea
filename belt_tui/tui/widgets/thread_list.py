"""The thread list: sender, subject, owner of the oldest open ask, ask count and age, most urgent first."""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.message import Message

from belt_tui.core_views import ThreadRow
from belt_tui.model import ThreadState
from belt_tui.tui.bindings import THREAD_LIST
from belt_tui.tui.text import fit, one_line
from belt_tui.tui.widgets.line_list import LineList

SENDER_WIDTH = 18
OWNER_WIDTH = 10
AGE_WIDTH = 4
ASKS_WIDTH = 4
_MARKERS = {ThreadState.NEEDS_REPLY: "●", ThreadState.AWAITING_THEM: "◌", ThreadState.NONE: " "}


class ThreadList(LineList[ThreadRow]):
    """Rows of threads with a cursor; says which thread is highlighted and which one was opened."""

    BINDINGS: ClassVar[list[BindingType]] = list(THREAD_LIST.bindings)
    CACHE_ROWS: ClassVar[bool] = True
    CURSOR_COMPONENT: ClassVar[str] = "thread-list--cursor"

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "thread-list--cursor",
        "thread-list--cursor-blurred",
        "thread-list--needs-reply",
        "thread-list--waiting",
        "thread-list--overdue",
        "thread-list--dim",
    }

    class Highlighted(Message):
        """The cursor moved onto a row (None when the list is empty); `repeating` while a key is held."""

        def __init__(self, row: ThreadRow | None, *, repeating: bool = False) -> None:
            super().__init__()
            self.row = row
            self.repeating = repeating

    class Opened(Message):
        """The user asked to read the highlighted thread."""

        def __init__(self, row: ThreadRow) -> None:
            super().__init__()
            self.row = row

    def row_key(self, row: ThreadRow) -> str:
        return row.thread_id

    def highlight_changed(self) -> None:
        self.post_message(self.Highlighted(self.highlighted, repeating=self.repeating))

    def action_open(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Opened(self.highlighted))

    def on_resize(self) -> None:
        super().on_resize()
        # Column names in the top border, over the columns they name: the border title starts where
        # the names do, after the state marker.
        names = _columns(self.size.width, "Who", "Subject", "Owner", "Asks", "Age")
        self.border_title = "".join(names).rstrip()

    def paint_row(self, row: ThreadRow, selected: bool, width: int) -> list[Segment]:
        base = self.rich_style
        if selected:
            base = base + self.cursor_style()
        state_style = base + self._state_style(row)
        dim = base + self.component_style("thread-list--dim")
        asks = str(row.ask_count) if row.ask_count else ""
        sender, subject, owner, count, age = _columns(
            width, one_line(row.sender), one_line(row.subject), one_line(row.owner), asks, row.age_label
        )
        return [
            Segment(f"{_MARKERS[row.state]} ", state_style),
            Segment(sender, base),
            Segment(subject, base),
            Segment(owner, dim),
            Segment(count, dim),
            Segment(age, state_style),
        ]

    def _state_style(self, row: ThreadRow) -> Style:
        if row.overdue or row.late:
            return self.component_style("thread-list--overdue")
        if row.state is ThreadState.NEEDS_REPLY:
            return self.component_style("thread-list--needs-reply")
        if row.state is ThreadState.AWAITING_THEM:
            return self.component_style("thread-list--waiting")
        return Style()


def _columns(width: int, sender: str, subject: str, owner: str, asks: str, age: str) -> list[str]:
    """Who, subject, owner, asks and age fitted to their columns, after the 2-cell state marker.

    One layout for the rows and the column names over them, so the two cannot drift apart.
    """
    fixed = 2 + SENDER_WIDTH + 1 + 1 + OWNER_WIDTH + ASKS_WIDTH + AGE_WIDTH + 2
    return [
        fit(sender, SENDER_WIDTH) + " ",
        fit(subject, max(0, width - fixed)),
        " " + fit(owner, OWNER_WIDTH),
        asks.rjust(ASKS_WIDTH),
        # Two cells after the age: a border title ends two cells before the border, and "Age" sits there.
        age.rjust(AGE_WIDTH) + "  ",
    ]
