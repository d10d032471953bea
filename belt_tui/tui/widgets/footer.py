"""The key footer, rebuilt only when the keys it shows change.

Textual's `Footer` recomposes (every key removed, new ones mounted, the screen laid out again) each
time the screen publishes a bindings change, which it does on every focus change, twice, whether or
not the shown keys differ. Opening a thread and going back to the list paid for that on each key.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A `Footer` that skips the rebuild when the keys, labels and their enabled state are unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[object, ...] | None = None
        self._pending = False

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._pending:
            return
        if self.is_attached and screen is self.screen:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        shown = self._shown_keys()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

    def _shown_keys(self) -> tuple[object, ...]:
        """What `Footer.compose` draws from: each shown binding with its label, state and tooltip."""
        palette = self.app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        return tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tooltip)
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show or binding.key == palette
        )
