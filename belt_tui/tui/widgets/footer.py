"""The key footer: one line painted from the focused widget's bindings, no child widgets.

Textual's `Footer` recomposes on every bindings change (focus moving counts, twice): each key
widget is removed and a new one mounted and styled, then the screen is laid out. Keeping a set of
key widgets per focus context and switching their `display` still cost a screen layout (about
11 ms at 100k threads) and a repaint of the footer's dozen widgets per focus change. This footer
paints its one line itself (line API), as `Footer` lays its keys out: a focus change repaints one
line, with no layout. A click on a key presses it; the wheel scrolls keys that overflow.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip


class ShownKey(NamedTuple):
    """One key as the footer draws it, and the cells it takes (for clicks)."""

    key: str
    display: str
    description: str
    enabled: bool


class KeyFooter(ScrollView, can_focus=False):
    """The keys of the bindings in force, with the command palette's key at the right end."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--separator",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        scrollbar-size: 0 0;
        overflow: hidden hidden;
        & > .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer-key--separator {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: tuple[ShownKey, ...] = ()
        self._palette: ShownKey | None = None
        # The key painted over each run of cells: (start, end, key), for clicks.
        self._spans: list[tuple[int, int, ShownKey]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        """Read the keys at once (focus moved): painted in the frame that shows the focus move."""
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._show_keys()

    def _show_keys(self) -> None:
        """Read the bindings in force; repaint the line only when the keys it shows changed."""
        palette_key = self.app.COMMAND_PALETTE_BINDING if self.app.ENABLE_COMMAND_PALETTE else None
        keys: list[ShownKey] = []
        palette: ShownKey | None = None
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            shown = ShownKey(binding.key, self.app.get_key_display(binding), binding.description, enabled)
            if binding.key == palette_key:
                palette = shown
            elif binding.show and binding.action not in actions:
                actions.add(binding.action)  # one key per action, as `Footer` shows
                keys.append(shown)
        if (tuple(keys), palette) == (self._keys, self._palette):
            return
        self._keys, self._palette = tuple(keys), palette
        self._spans = []
        # Set without the screen layout a `virtual_size` change asks for: only the scroll range changes.
        self.set_reactive(KeyFooter.virtual_size, Size(self._keys_width(), 1))
        self.scroll_to(x=min(self.scroll_x, self.max_scroll_x), animate=False, immediate=True)
        self.refresh()

    @property
    def shown_descriptions(self) -> list[str]:
        """What each shown key says it does, left to right (the palette's key last)."""
        keys = [*self._keys, *([self._palette] if self._palette else [])]
        return [key.description for key in keys]

    def _keys_width(self) -> int:
        return sum(
            len(key.display) + 2 + (len(key.description) + 1 if key.description else 0) for key in self._keys
        )

    def _key_segments(self, key: ShownKey, base: Style, *, compact: bool = False) -> list[Segment]:
        """` key description `, or `key description` compact (the palette's key, as `Footer` draws it)."""
        key_style = base + self.get_component_rich_style("footer-key--key")
        description_style = base + self.get_component_rich_style("footer-key--description")
        if not key.enabled:
            key_style, description_style = key_style + Style(dim=True), description_style + Style(dim=True)
        if compact:
            return [Segment(key.display, key_style), Segment(f" {key.description}", description_style)]
        segments = [Segment(f" {key.display} ", key_style)]
        if key.description:
            segments.append(Segment(f"{key.description} ", description_style))
        return segments

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y or not width:
            return Strip.blank(width, base)
        segments: list[Segment] = []
        spans: list[tuple[int, int, ShownKey]] = []
        position = -round(self.scroll_x)
        for key in self._keys:
            painted = self._key_segments(key, base)
            length = sum(len(segment.text) for segment in painted)
            spans.append((position, position + length, key))
            segments.extend(painted)
            position += length
        line = (
            Strip(segments)
            .crop(round(self.scroll_x), round(self.scroll_x) + width)
            .extend_cell_length(width, base)
        )
        if self._palette is not None:
            # Docked right as `Footer` docks it: a thin rule, the key, a cell of padding.
            separator = Segment("▏", base + self.get_component_rich_style("footer-key--separator"))
            palette = [separator, *self._key_segments(self._palette, base, compact=True), Segment(" ", base)]
            palette_width = sum(len(segment.text) for segment in palette)
            if palette_width <= width:
                start = width - palette_width
                line = Strip.join([line.crop(0, start), Strip(palette)])
                spans = [(a, min(b, start), key) for a, b, key in spans if a < start]
                spans.append((start + 1, width - 1, self._palette))
        self._spans = spans
        return line.simplify()

    def on_click(self, event: events.Click) -> None:
        key = next((key for start, end, key in self._spans if start <= event.x < end), None)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self._scroll_right_for_pointer(animate=True):
            event.stop()
            event.prevent_default()

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self._scroll_left_for_pointer(animate=True):
            event.stop()
            event.prevent_default()
