"""The thread list: sender, subject, owner of the oldest open ask, ask count and age, most urgent first."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.message import Message

from belt_tui.core_views import ThreadRow
from belt_tui.model import ThreadState
from belt_tui.tui.bindings import THREAD_LIST
from belt_tui.tui.text import one_line
from belt_tui.tui.widgets.line_list import LineList

SENDER_WIDTH = 18
OWNER_WIDTH = 10
AGE_WIDTH = 4
ASKS_WIDTH = 4
_MARKERS = {ThreadState.NEEDS_REPLY: "●", ThreadState.AWAITING_THEM: "◌", ThreadState.NONE: " "}


class ThreadList(LineList[ThreadRow]):
    """Rows of threads with a cursor; says which thread is highlighted and which one was opened."""

    BINDINGS: ClassVar[list[BindingType]] = list(THREAD_LIST.bindings)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "thread-list--cursor",
        "thread-list--needs-reply",
        "thread-list--waiting",
        "thread-list--overdue",
        "thread-list--dim",
    }

    class Highlighted(Message):
        """The cursor moved onto a row (None when the list is empty)."""

        def __init__(self, row: ThreadRow | None) -> None:
            super().__init__()
            self.row = row

    class Opened(Message):
        """The user asked to read the highlighted thread."""

        def __init__(self, row: ThreadRow) -> None:
            super().__init__()
            self.row = row

    def row_key(self, row: ThreadRow) -> str:
        return row.thread_id

    def highlight_changed(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def action_open(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Opened(self.highlighted))

    def paint_row(self, row: ThreadRow, selected: bool, width: int) -> list[Segment]:
        base = self.rich_style
        if selected:
            base = base + self.component_style("thread-list--cursor", partial=False)
        state_style = base + self._state_style(row)
        dim = base + self.component_style("thread-list--dim")
        asks = f"{row.ask_count}?" if row.ask_count else ""
        fixed = 2 + SENDER_WIDTH + 1 + OWNER_WIDTH + 1 + ASKS_WIDTH + AGE_WIDTH + 1
        subject_width = max(0, width - fixed)
        return [
            Segment(f"{_MARKERS[row.state]} ", state_style),
            Segment(set_cell_size(one_line(row.sender), SENDER_WIDTH) + " ", base),
            Segment(set_cell_size(one_line(row.subject), subject_width), base),
            Segment(" " + set_cell_size(one_line(row.owner), OWNER_WIDTH), dim),
            Segment(asks.rjust(ASKS_WIDTH), dim),
            Segment(row.age_label.rjust(AGE_WIDTH) + " ", state_style),
        ]

    def _state_style(self, row: ThreadRow) -> Style:
        if row.overdue or row.late:
            return self.component_style("thread-list--overdue")
        if row.state is ThreadState.NEEDS_REPLY:
            return self.component_style("thread-list--needs-reply")
        if row.state is ThreadState.AWAITING_THEM:
            return self.component_style("thread-list--waiting")
        return Style()
