"""The thread list: a line-API virtual list that paints only the rows on screen.

Built on `ScrollView.render_line` (as Textualize's toolong paints log lines) because ListView and
DataTable build a widget or a cell per row: 93 s and 1.6 s to first paint at 10k rows. Here painting
costs O(visible rows) whatever the number of threads, and rows are plain data prepared by the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from belt_tui.core_views import ThreadRow
from belt_tui.model import ThreadState
from belt_tui.tui.bindings import THREAD_LIST
from belt_tui.tui.text import one_line

SENDER_WIDTH = 22
AGE_WIDTH = 4
ASKS_WIDTH = 4
_MARKERS = {ThreadState.NEEDS_REPLY: "●", ThreadState.AWAITING_THEM: "◌", ThreadState.NONE: " "}


class ThreadList(ScrollView, can_focus=True):
    """Rows of threads with a cursor; says which thread is highlighted and which one was opened."""

    BINDINGS: ClassVar[list[BindingType]] = list(THREAD_LIST.bindings)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "thread-list--cursor",
        "thread-list--needs-reply",
        "thread-list--waiting",
        "thread-list--overdue",
        "thread-list--dim",
    }

    DEFAULT_CSS = """
    ThreadList {
        overflow-x: hidden;
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

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

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[ThreadRow] = ()
        self._styles: dict[tuple[str, bool], Style] = {}

    @property
    def rows(self) -> Sequence[ThreadRow]:
        return self._rows

    @property
    def highlighted(self) -> ThreadRow | None:
        return self._rows[self.cursor] if self._rows else None

    def set_rows(self, rows: Sequence[ThreadRow], *, keep: str | None = None) -> None:
        """Show new rows, keeping the cursor on the thread `keep` when it is still listed."""
        self._rows = rows
        self.virtual_size = Size(self.size.width, len(rows))
        index = next((i for i, row in enumerate(rows) if row.thread_id == keep), 0) if keep else 0
        self.cursor = index
        self.refresh()

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, len(self._rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        self.post_message(self.Highlighted(self.highlighted))

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        width = self.size.width
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        return Strip(self._row_segments(self._rows[index], index == self.cursor, width), width)

    def notify_style_update(self) -> None:
        """Theme or focus changed: forget the cached row styles."""
        self._styles.clear()
        super().notify_style_update()

    def _style(self, component: str, partial: bool = True) -> Style:
        """A component style, looked up once per style change rather than once per painted row."""
        key = (component, partial)
        if key not in self._styles:
            self._styles[key] = self.get_component_rich_style(component, partial=partial)
        return self._styles[key]

    def _row_segments(self, row: ThreadRow, selected: bool, width: int) -> list[Segment]:
        base = self.rich_style
        if selected:
            base = base + self._style("thread-list--cursor", partial=False)
        state_style = base + self._state_style(row)
        dim = base + self._style("thread-list--dim")
        asks = f"{row.ask_count}?" if row.ask_count else ""
        subject_width = max(0, width - 2 - SENDER_WIDTH - 1 - ASKS_WIDTH - AGE_WIDTH - 1)
        return [
            Segment(f"{_MARKERS[row.state]} ", state_style),
            Segment(set_cell_size(one_line(row.sender), SENDER_WIDTH) + " ", base),
            Segment(set_cell_size(one_line(row.subject), subject_width), base),
            Segment(asks.rjust(ASKS_WIDTH), dim),
            Segment(row.age_label.rjust(AGE_WIDTH) + " ", state_style),
        ]

    def _state_style(self, row: ThreadRow) -> Style:
        if row.overdue:
            return self._style("thread-list--overdue")
        if row.state is ThreadState.NEEDS_REPLY:
            return self._style("thread-list--needs-reply")
        if row.state is ThreadState.AWAITING_THEM:
            return self._style("thread-list--waiting")
        return Style()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._rows))

    def on_click(self, event) -> None:
        index = event.y + round(self.scroll_y)
        if index < len(self._rows):
            self.cursor = index
            if event.chain == 2:
                self.action_open()

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_first(self) -> None:
        self.cursor = 0

    def action_cursor_last(self) -> None:
        self.cursor = len(self._rows) - 1

    def action_half_page_down(self) -> None:
        self.cursor += max(1, self.size.height // 2)

    def action_half_page_up(self) -> None:
        self.cursor -= max(1, self.size.height // 2)

    def action_page_down(self) -> None:
        self.cursor += max(1, self.size.height - 1)

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.size.height - 1)

    def action_open(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Opened(self.highlighted))
