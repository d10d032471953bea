"""Focus that repaints only what shows it, not the whole widget.

Textual repaints a widget whole when it gains or loses focus (`focus()`, the Focus and Blur
handlers) and again when a `:focus` style rule changes its border. Opening a thread moves focus
from the list to the reading pane: two full panes repainted, 20 ms of a 40 ms key at 100k threads.
Widgets built on this mixin show focus in the lines they paint (the list's cursor row, the pane's
sentence cursor), have no `:focus` rules, and repaint just those lines in `focus_changed`.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Self

from textual import events
from textual.dom import NoScreen
from textual.widget import Widget


class QuietFocus(Widget):
    """Takes and gives up focus as a `Widget` does, minus the repaint of the whole widget."""

    def focus(self, scroll_visible: bool = True) -> Self:
        def set_focus(widget: Widget) -> None:
            with suppress(NoScreen):
                widget.screen.set_focus(self, scroll_visible=scroll_visible)

        self.app.call_later(set_focus, self)
        return self

    def _on_focus(self, event: events.Focus) -> None:
        event.prevent_default()  # Widget's handler would repaint the whole widget
        self.has_focus = True
        self.focus_changed()
        if self.parent is not None:
            self.parent.post_message(events.DescendantFocus(self))

    def _on_blur(self, event: events.Blur) -> None:
        event.prevent_default()
        self.has_focus = False
        self.focus_changed()
        if self.parent is not None:
            self.parent.post_message(events.DescendantBlur(self))

    def focus_changed(self) -> None:
        """Repaint the lines whose look follows focus."""
