"""The week as day columns: each day's load bar, its meetings, and the follow-up blocks slotted into it.

The grid holds the cursor (a day, and a block on that day); the review screen says which follow-ups
are selected. Mail text (titles, meeting summaries) is painted as plain text, never as markup.
"""

from __future__ import annotations

import textwrap
from collections.abc import Collection, Sequence
from datetime import date, datetime, tzinfo
from typing import ClassVar

from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from belt_tui.review import ReviewDay, SlottedFollowUp
from belt_tui.tui.bindings import WEEK_GRID
from belt_tui.tui.text import one_line

LOAD_BAR_WIDTH = 8
# At most this many lines of the highlighted block's title; the rest of the week keeps one line each.
TITLE_LINES = 4


class DayColumn(Static):
    """One day of the week; repainted whole, since a day holds a handful of lines."""


class WeekGrid(Horizontal, can_focus=True):
    """Day columns with a block cursor: `h`/`l` (on the screen) change the day, `j`/`k` the block."""

    BINDINGS: ClassVar[list[BindingType]] = list(WEEK_GRID.bindings)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._days: tuple[ReviewDay, ...] = ()
        self._zone: tzinfo | None = None
        self._today: date | None = None
        self._me: frozenset[str] = frozenset()
        self._selected: Collection[str] = ()
        self.day_index = 0
        self.block_index = 0

    @property
    def highlighted(self) -> SlottedFollowUp | None:
        """The block under the cursor, if the cursor's day has any."""
        if not self._days:
            return None
        blocks = self._days[self.day_index].slotted
        return blocks[self.block_index] if blocks else None

    @property
    def day(self) -> date | None:
        return self._days[self.day_index].day if self._days else None

    def order(self) -> list[str]:
        """Every block's follow-up id, day by day and by time: the order a visual range runs in."""
        return [block.followup.id for day in self._days for block in day.slotted]

    def show(
        self,
        days: Sequence[ReviewDay],
        *,
        now: datetime,
        zone: tzinfo,
        me: frozenset[str],
        keep: str | None = None,
    ) -> None:
        """Paint a new week, keeping the cursor on follow-up `keep` (wherever it moved) or on its day."""
        days = tuple(days)
        first_week = not self._days
        if len(days) != len(self._days):
            self.remove_children()
            self.mount_all(DayColumn(classes="day-column") for _ in days)
            self.call_after_refresh(lambda: self.repaint(self._selected))  # columns get widths when laid out
        self._days, self._zone, self._me = days, zone, me
        self._today = now.astimezone(zone).date()
        found = next(
            (
                (d, b)
                for d, day in enumerate(days)
                for b, block in enumerate(day.slotted)
                if block.followup.id == keep
            ),
            None,
        )
        if found is not None:
            self.day_index, self.block_index = found
        elif first_week or self.day_index >= len(days):
            self.day_index = next((d for d, day in enumerate(days) if day.day == self._today), 0)
        self.repaint(self._selected)

    def repaint(self, selected: Collection[str]) -> None:
        """Paint every column again, marking the selected follow-ups."""
        self._selected = selected
        if self._days:
            self.day_index = min(self.day_index, len(self._days) - 1)
            count = len(self._days[self.day_index].slotted)
            self.block_index = max(0, min(self.block_index, count - 1))
        for index, (column, day) in enumerate(zip(self.query(DayColumn), self._days, strict=False)):
            column.set_class(index == self.day_index, "-cursor-day")
            column.update(self._paint(day, index == self.day_index, column.content_size.width))

    def move_day(self, step: int) -> None:
        if self._days:
            self.day_index = max(0, min(self.day_index + step, len(self._days) - 1))
            self.repaint(self._selected)

    def action_cursor(self, step: int) -> None:
        if self._days:
            self.block_index += step
            self.repaint(self._selected)

    def _paint(self, day: ReviewDay, cursor_day: bool, width: int) -> Content:
        heading_style = "bold $accent" if day.day == self._today else "bold"
        lines = [Content.styled(f"{day.day:%a} {day.day.day} {day.day:%b}", heading_style), _load_bar(day)]
        entries: list[tuple[datetime, int, Content]] = [
            (
                busy.start,
                0,
                Content.styled(self._entry(" ", busy.start, busy.end, busy.summary), "$text-muted"),
            )
            for busy in day.busy
        ]
        for index, block in enumerate(day.slotted):
            cursor = cursor_day and index == self.block_index and self.has_focus
            entries.append((block.start, 1, self._block_line(block, cursor, width)))
        lines.extend(line for _, _, line in sorted(entries, key=lambda entry: entry[:2]))
        if not day.busy and not day.slotted:
            lines.append(Content.styled("free", "$text-muted"))
        return Content("\n").join(lines)

    def _block_line(self, block: SlottedFollowUp, cursor: bool, width: int) -> Content:
        followup = block.followup
        colour = "$belt-mine" if followup.owner in self._me else "$belt-theirs"
        mark = "●" if followup.id in self._selected else "▸"
        style = f"{colour} on $belt-highlight bold" if cursor else colour
        wrap = width - 1 if cursor else 0  # the block under the cursor shows its whole title
        return Content.styled(self._entry(mark, block.start, block.end, followup.title, wrap), style)

    def _entry(self, mark: str, start: datetime, end: datetime, title: str, wrap: int = 0) -> str:
        """The times, then the title: one line cut at the column's edge, or wrapped to `wrap` columns."""
        start, end = start.astimezone(self._zone), end.astimezone(self._zone)
        title = one_line(title) or "busy"
        lines = textwrap.wrap(title, wrap, max_lines=TITLE_LINES, placeholder=" …") if wrap > 4 else [title]
        return f"{mark}{start:%H:%M}–{end:%H:%M}\n" + "\n".join(f" {line}" for line in lines)

    def on_resize(self) -> None:
        """Columns change width: the highlighted title is wrapped to the new one."""
        self.repaint(self._selected)

    def on_focus(self) -> None:
        self.repaint(self._selected)

    def on_blur(self) -> None:
        self.repaint(self._selected)


def _load_bar(day: ReviewDay) -> Content:
    """Meetings and follow-ups against working hours; past full, the bar turns the overdue colour."""
    if day.load is None:
        return Content.styled("no work hours", "$text-muted")
    filled = min(LOAD_BAR_WIDTH, round(day.load * LOAD_BAR_WIDTH))
    colour = "$belt-overdue" if day.load > 1 else "$belt-waiting"
    return Content.assemble(
        ("█" * filled, colour), ("░" * (LOAD_BAR_WIDTH - filled), "$text-muted"), f" {day.load:.0%}"
    )
