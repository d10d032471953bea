"""The help screen: every binding Belt defines, with the keys in force after the user's keymap.

It is generated from `bindings.ALL_GROUPS`, the same objects the widgets bind, so it cannot list a
key that does nothing or miss one that does something.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from belt_tui.tui.bindings import ALL_GROUPS, HELP


class HelpScreen(ModalScreen[None]):
    """A modal list of bindings; any of its close keys dismisses it."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP.bindings)

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__()
        self._keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(Content.styled("Belt keys", "bold $primary"), id="help-title")
            for group in ALL_GROUPS:
                yield Static(Content.styled(group.title, "bold"), classes="help-group")
                for binding in group.bindings:
                    yield Static(self._line(binding), classes="help-binding")

    def _line(self, binding: Binding) -> Content:
        keys = self._keymap.get(binding.id or "", binding.key)
        shown = ", ".join(self.app.get_key_display(binding.with_key(key.strip())) for key in keys.split(","))
        return Content.assemble(
            (f"{shown:>22}", "bold $accent"), "  ", binding.description, (f"  {binding.id}", "$text-muted")
        )
