"""The key footer, built once per set of keys and switched when focus moves.

Textual's `Footer` recomposes on every bindings change (focus moving counts, twice): each key
widget is removed and a new one mounted and styled, about a dozen with their component nodes, then
the screen is laid out. Opening a thread and going back cost 100 ms or more of that per key. This
footer keeps the keys it built for each set of bindings (the list's, the reading pane's, ...) and
shows the set that applies; a set seen before costs a display switch, not a rebuild.
"""

from __future__ import annotations

from textual import events
from textual.compose import compose
from textual.containers import ScrollableContainer
from textual.screen import Screen
from textual.widgets import Footer

MAX_SETS = 8  # a screen has a handful of focus contexts; past this many sets, all are built anew


class FooterKeys(ScrollableContainer, can_focus=False, can_focus_children=False):
    """One set of footer keys, laid out and scrolled (mouse wheel) as `Footer` lays out its own."""

    DEFAULT_CSS = """
    FooterKeys {
        layout: horizontal;
        width: 1fr;
        height: 1;
        scrollbar-size: 0 0;
    }
    """

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self.allow_horizontal_scroll:
            self.release_anchor()
            if self._scroll_right_for_pointer(animate=True):
                event.stop()
                event.prevent_default()

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self.allow_horizontal_scroll:
            self.release_anchor()
            if self._scroll_left_for_pointer(animate=True):
                event.stop()
                event.prevent_default()


class KeyFooter(Footer):
    """A `Footer` that shows a kept set of keys when the shown bindings match one it built before."""

    def __init__(self) -> None:
        super().__init__()
        self._sets: dict[tuple[object, ...], FooterKeys] = {}
        self._shown: tuple[object, ...] | None = None
        self._pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._pending:
            return
        if self.is_attached and screen is self.screen:
            self._pending = True
            self.call_after_refresh(self._show_keys)

    async def _show_keys(self) -> None:
        """Show the set of keys for the bindings in force, building it the first time it is needed."""
        self._pending = False
        shown = self._shown_keys()
        if shown == self._shown:
            return
        self._shown = shown
        keys = self._sets.get(shown)
        if keys is None and len(self._sets) >= MAX_SETS:
            self._sets.clear()
            await self.remove_children()
        for kept in self._sets.values():
            kept.display = kept is keys
        if keys is None:
            keys = FooterKeys(*compose(self, Footer.compose(self)))
            self._sets[shown] = keys
            await self.mount(keys)

    def _shown_keys(self) -> tuple[object, ...]:
        """What `Footer.compose` draws from: each shown binding with its label, state and tooltip."""
        palette = self.app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        return tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.key == palette
        )
