"""Every key binding Belt defines, in one place, each with an id the config keymap can remap.

The widgets and screens take their BINDINGS from here and the help screen lists these same
groups, so the help can never drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class BindingGroup:
    """Bindings that belong to one part of the screen, titled for the help screen."""

    title: str
    bindings: tuple[Binding, ...]


APP = BindingGroup(
    "Everywhere",
    (
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.command_palette"),
    ),
)

TRIAGE = BindingGroup(
    "Triage",
    (
        Binding("1", "show_view('needs_reply')", "Needs reply", show=False, id="triage.view_needs_reply"),
        Binding("2", "show_view('awaiting_them')", "Waiting", show=False, id="triage.view_awaiting_them"),
        Binding("3", "show_view('all')", "All", show=False, id="triage.view_all"),
        Binding("tab", "cycle_view(1)", "Next view", id="triage.next_view"),
        Binding("shift+tab", "cycle_view(-1)", "Previous view", show=False, id="triage.previous_view"),
        Binding("slash", "filter", "Filter", key_display="/", id="triage.filter"),
        Binding("r", "reload", "Reload", id="triage.reload"),
        Binding("escape", "back", "Back to list", show=False, id="triage.back"),
    ),
)

THREAD_LIST = BindingGroup(
    "Thread list",
    (
        Binding("j,down", "cursor_down", "Next thread", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Previous thread", show=False, id="list.up"),
        Binding("g,home", "cursor_first", "First thread", show=False, id="list.first"),
        Binding("G,end", "cursor_last", "Last thread", show=False, id="list.last"),
        Binding("ctrl+d", "half_page_down", "Half page down", show=False, id="list.half_page_down"),
        Binding("ctrl+u", "half_page_up", "Half page up", show=False, id="list.half_page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter", "open", "Read", id="list.open"),
    ),
)

READING_PANE = BindingGroup(
    "Reading pane",
    (
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("ctrl+d,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("ctrl+u,pageup", "page_up", "Page up", show=False, id="reader.page_up"),
    ),
)

HELP = BindingGroup(
    "Help",
    (Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),),
)

ALL_GROUPS: tuple[BindingGroup, ...] = (APP, TRIAGE, THREAD_LIST, READING_PANE, HELP)


def binding_ids() -> frozenset[str]:
    """Every id a config keymap may name."""
    return frozenset(b.id for group in ALL_GROUPS for b in group.bindings if b.id)
