"""The follow-ups list: grouped under headings (owner or due), overdue first, closed ones last."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from textual.binding import BindingType
from textual.message import Message

from belt_tui.core_followups import FollowUpRow
from belt_tui.tui.bindings import FOLLOWUP_LIST
from belt_tui.tui.text import one_line
from belt_tui.tui.widgets.line_list import LineList

OWNER_WIDTH = 26
DUE_WIDTH = 22


class FollowUpList(LineList[FollowUpRow]):
    """Follow-up rows under group headings; the cursor skips the headings."""

    CURSOR_COMPONENT: ClassVar[str] = "followup-list--cursor"

    BINDINGS: ClassVar[list[BindingType]] = list(FOLLOWUP_LIST.bindings)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "followup-list--cursor",
        "followup-list--cursor-blurred",
        "followup-list--heading",
        "followup-list--overdue",
        "followup-list--closed",
        "followup-list--dim",
    }

    class Highlighted(Message):
        def __init__(self, row: FollowUpRow | None) -> None:
            super().__init__()
            self.row = row

    class Opened(Message):
        def __init__(self, row: FollowUpRow) -> None:
            super().__init__()
            self.row = row

    class GroupingToggled(Message):
        """`t`: switch between grouping by owner and by due date."""

    def selectable(self, row: FollowUpRow) -> bool:
        return row.followup is not None

    def row_key(self, row: FollowUpRow) -> str:
        return row.key

    def highlight_changed(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def action_open(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Opened(self.highlighted))

    def action_toggle_grouping(self) -> None:
        self.post_message(self.GroupingToggled())

    def paint_row(self, row: FollowUpRow, selected: bool, width: int) -> list[Segment]:
        base = self.rich_style
        if row.followup is None:
            return [
                Segment(
                    set_cell_size(one_line(row.heading), width),
                    base + self.component_style("followup-list--heading"),
                )
            ]
        if selected:
            base = base + self.cursor_style()
        closed = not row.followup.is_open
        due_style = base + self.component_style(
            "followup-list--closed"
            if closed
            else "followup-list--overdue"
            if row.overdue
            else "followup-list--dim"
        )
        title_style = base + self.component_style("followup-list--closed") if closed else base
        title_width = max(0, width - 2 - OWNER_WIDTH - 1 - DUE_WIDTH - 1)
        return [
            Segment("  ", base),
            Segment(set_cell_size(one_line(row.followup.title), title_width) + " ", title_style),
            Segment(
                set_cell_size(one_line(row.owner), OWNER_WIDTH) + " ",
                base + self.component_style("followup-list--dim"),
            ),
            Segment(set_cell_size(row.due_label, DUE_WIDTH) + " ", due_style),
        ]
