"""A line-API virtual list with a cursor: paints only the rows on screen, whatever their number.

Built on `ScrollView.render_line` (as Textualize's toolong paints log lines) because ListView and
DataTable build a widget or a cell per row: 93 s and 1.6 s to first paint at 10k rows. Subclasses
say how one row is painted and which rows the cursor may rest on (group headings it skips).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from belt_tui.tui.widgets.quiet_focus import QuietFocus

Row = TypeVar("Row")
# Cursor moves closer together than this come from a held key (key repeat is 25-40 per second).
KEY_REPEAT = 0.1


class LineList(QuietFocus, ScrollView, Generic[Row], can_focus=True):
    """Rows with a cursor; subclasses paint rows and post their own Highlighted/Opened messages."""

    DEFAULT_CSS = """
    LineList {
        overflow-x: hidden;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = set()
    # Keep painted rows until the rows, the width or the styles change: scrolling by one row then
    # paints one new row, not a screenful. Only for lists whose rows paint from the row alone.
    CACHE_ROWS: ClassVar[bool] = False
    # The component class of the cursor row: the one row whose look follows focus. Unfocused, the
    # cursor row takes this class with "-blurred" added (no `:focus` rules: see QuietFocus).
    CURSOR_COMPONENT: ClassVar[str] = ""

    # repaint=False: a move repaints two lines (refresh_line), not the whole list.
    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: Sequence[Row] = ()
        self._styles: dict[tuple[str, bool], Style] = {}
        self._painted: dict[tuple[int, bool], Strip] = {}
        self._look: tuple[Style, ...] | None = None
        self._restyled = True
        self._step = 1
        self._moved_at = 0.0
        self.repeating = False
        """Whether the last cursor move came hard on the heels of another: a key is held down."""

    @property
    def rows(self) -> Sequence[Row]:
        return self._rows

    @property
    def highlighted(self) -> Row | None:
        if not self._rows or not self.selectable(self._rows[self.cursor]):
            return None
        return self._rows[self.cursor]

    def selectable(self, row: Row) -> bool:
        """Whether the cursor may rest on `row`; headings say no."""
        return True

    def row_key(self, row: Row) -> str:
        raise NotImplementedError

    def paint_row(self, row: Row, selected: bool, width: int) -> list[Segment]:
        raise NotImplementedError

    def highlight_changed(self) -> None:
        """Called after every cursor move: subclasses post their Highlighted message."""

    def set_rows(self, rows: Sequence[Row], *, keep: str | None = None) -> None:
        """Show new rows, keeping the cursor on the row keyed `keep` when it is still listed."""
        self._rows = rows
        self._painted.clear()
        self.virtual_size = Size(self.size.width, len(rows))
        index = next((i for i, row in enumerate(rows) if self.row_key(row) == keep), 0) if keep else 0
        self._step = 1
        self.repeating = False
        self.cursor = index
        self.refresh()

    def validate_cursor(self, cursor: int) -> int:
        cursor = max(0, min(cursor, len(self._rows) - 1))
        return self._nearest_selectable(cursor, self._step)

    def _nearest_selectable(self, index: int, step: int) -> int:
        """The first selectable row from `index` going `step`, else going back; `index` if none."""
        for direction in (step, -step):
            probe = index
            while 0 <= probe < len(self._rows):
                if self.selectable(self._rows[probe]):
                    return probe
                probe += direction
        return index

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        top = round(self.scroll_y)
        if not top <= new < top + self.scrollable_content_region.height:
            self.scroll_to_region(Region(0, new, 1, 1), animate=False, force=True, immediate=True)
        self.highlight_changed()

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        width = self.size.width
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        if not self.CACHE_ROWS:
            return Strip(self.paint_row(self._rows[index], index == self.cursor, width), width)
        if self._restyled:
            self._forget_restyled_rows()
        key = (index, index == self.cursor)
        strip = self._painted.get(key)
        if strip is None or strip.cell_length != width:
            if len(self._painted) > 8 * max(self.size.height, 1):
                self._painted.clear()
            strip = Strip(self.paint_row(self._rows[index], key[1], width), width)
            self._painted[key] = strip
        return strip

    def cursor_style(self) -> Style:
        """The cursor row's style: bright while the list has focus, dim otherwise."""
        suffix = "" if self.has_focus else "-blurred"
        return self.component_style(self.CURSOR_COMPONENT + suffix, partial=False)

    def focus_changed(self) -> None:
        """Only the cursor row shows focus: repaint that row."""
        for key in [key for key in self._painted if key[1]]:
            del self._painted[key]
        if self._rows:
            self.refresh_line(self.cursor)

    def notify_style_update(self) -> None:
        """Theme or focus changed: forget the cached row styles; painted rows are checked when next used."""
        self._styles.clear()
        self._restyled = True
        super().notify_style_update()

    def _forget_restyled_rows(self) -> None:
        """Drop the painted rows whose look changed with the styles.

        Only the cursor row's style can change without the others (a theme change restyles all).
        """
        self._restyled = False
        look = self._row_look()
        if look == self._look:
            for key in [key for key in self._painted if key[1]]:
                del self._painted[key]
        else:
            self._painted.clear()
            self._look = look

    def _row_look(self) -> tuple[Style, ...]:
        """The styles a row other than the cursor's is painted in."""
        cursor = {self.CURSOR_COMPONENT, self.CURSOR_COMPONENT + "-blurred"}
        others = sorted(self.COMPONENT_CLASSES - cursor)
        return (self.rich_style, *(self.component_style(name) for name in others))

    def component_style(self, component: str, partial: bool = True) -> Style:
        """A component style, looked up once per style change rather than once per painted row."""
        key = (component, partial)
        if key not in self._styles:
            self._styles[key] = self.get_component_rich_style(component, partial=partial)
        return self._styles[key]

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self._rows))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + round(self.scroll_y)
        if index < len(self._rows) and self.selectable(self._rows[index]):
            self.repeating = False
            self.cursor = index
            if event.chain == 2:
                self.action_open()

    def _move(self, step: int, target: Callable[[int], int]) -> None:
        self._step = 1 if step >= 0 else -1
        moved_at = time.monotonic()
        self.repeating = moved_at - self._moved_at < KEY_REPEAT
        self._moved_at = moved_at
        self.cursor = target(self.cursor)

    def action_cursor_down(self) -> None:
        self._move(1, lambda c: c + 1)

    def action_cursor_up(self) -> None:
        self._move(-1, lambda c: c - 1)

    def action_cursor_first(self) -> None:
        self._move(1, lambda c: 0)

    def action_cursor_last(self) -> None:
        self._move(-1, lambda c: len(self._rows) - 1)

    def action_half_page_down(self) -> None:
        self._move(1, lambda c: c + max(1, self.size.height // 2))

    def action_half_page_up(self) -> None:
        self._move(-1, lambda c: c - max(1, self.size.height // 2))

    def action_page_down(self) -> None:
        self._move(1, lambda c: c + max(1, self.size.height - 1))

    def action_page_up(self) -> None:
        self._move(-1, lambda c: c - max(1, self.size.height - 1))

    def action_open(self) -> None:
        """Enter or a double click: subclasses post their Opened message."""
