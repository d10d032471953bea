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
        Binding("4", "show_view('followups')", "Follow-ups", show=False, id="triage.view_followups"),
        Binding("tab", "cycle_view(1)", "Next view", id="triage.next_view"),
        Binding("shift+tab", "cycle_view(-1)", "Previous view", show=False, id="triage.previous_view"),
        Binding("slash", "filter", "Filter", key_display="/", id="triage.filter"),
        Binding("i", "why", "Why this state", show=False, id="triage.why"),
        Binding("r", "reload", "Reload", show=False, id="triage.reload"),
        Binding("W", "app.review", "Weekly review", id="triage.review"),
        Binding("escape", "back", "Back to list", show=False, id="triage.back"),
    ),
)

FOLLOWUP_EDITS = BindingGroup(
    "Follow-up (the highlighted one, or the one made from the highlighted ask)",
    (
        Binding("o", "edit_owner", "Owner", id="followup.owner"),
        Binding("d", "edit_due", "Due", id="followup.due"),
        Binding("x", "toggle_done", "Done / reopen", id="followup.done"),
        Binding("z", "snooze", "Snooze", show=False, id="followup.snooze"),
        Binding("w", "waiting", "Waiting on them", show=False, id="followup.waiting"),
        Binding("u", "undo", "Undo", id="followup.undo"),
        Binding("U,ctrl+r", "redo", "Redo", show=False, id="followup.redo"),
        Binding("s", "slot", "Slot into the week", show=False, id="followup.slot"),
        Binding("S", "slot_all", "Re-slot all", show=False, id="followup.slot_all"),
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

FOLLOWUP_LIST = BindingGroup(
    "Follow-ups list",
    (
        Binding("j,down", "cursor_down", "Next follow-up", show=False, id="followups.down"),
        Binding("k,up", "cursor_up", "Previous follow-up", show=False, id="followups.up"),
        Binding("g,home", "cursor_first", "First follow-up", show=False, id="followups.first"),
        Binding("G,end", "cursor_last", "Last follow-up", show=False, id="followups.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="followups.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="followups.page_up"),
        Binding("enter", "open", "Open source message", id="followups.open"),
        Binding("t", "toggle_grouping", "Group by owner / due", id="followups.group"),
    ),
)

READING_PANE = BindingGroup(
    "Reading pane",
    (
        Binding("n", "next_ask", "Next ask", id="reader.next_ask"),
        Binding("p", "previous_ask", "Previous ask", id="reader.previous_ask"),
        Binding("J", "next_sentence", "Next sentence", show=False, id="reader.next_sentence"),
        Binding("K", "previous_sentence", "Previous sentence", show=False, id="reader.previous_sentence"),
        Binding("f,enter", "make_followup", "Follow-up", id="reader.followup"),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("ctrl+d,pagedown", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("ctrl+u,pageup", "page_up", "Page up", show=False, id="reader.page_up"),
    ),
)

FOLLOWUP_FORM = BindingGroup(
    "Follow-up form",
    (
        Binding("enter", "save", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ),
)

REVIEW = BindingGroup(
    "Weekly review (acts on the highlighted follow-up, or on every selected one)",
    (
        Binding("h,left", "day(-1)", "Day before", show=False, id="review.day_before"),
        Binding("l,right", "day(1)", "Day after", show=False, id="review.day_after"),
        Binding(
            "H,less_than_sign", "move(-1)", "Move a day earlier", key_display="H", id="review.move_earlier"
        ),
        Binding(
            "L,greater_than_sign", "move(1)", "Move a day later", key_display="L", id="review.move_later"
        ),
        Binding("n", "move(0)", "Move to next free time", id="review.move_next_free"),
        Binding("x", "done", "Done", id="review.done"),
        Binding("o", "owner", "Owner", id="review.owner"),
        Binding("z", "snooze", "Snooze to next week", id="review.snooze"),
        Binding("space", "select", "Select", show=False, id="review.select"),
        Binding("v", "visual", "Select a range", show=False, id="review.visual"),
        Binding("u", "undo", "Undo", id="review.undo"),
        Binding("U,ctrl+r", "redo", "Redo", show=False, id="review.redo"),
        Binding("tab", "switch_pane", "Week / lists", show=False, id="review.switch_pane"),
        Binding("r", "reload", "Re-read the calendar", show=False, id="review.reload"),
        Binding("escape", "back", "Clear selection, then back to triage", show=False, id="review.back"),
        Binding("W", "back", "Back to triage", show=False, id="review.close"),
    ),
)

WEEK_GRID = BindingGroup(
    "Week columns (h and l move between days)",
    (
        Binding("j,down", "cursor(1)", "Next block", show=False, id="week.down"),
        Binding("k,up", "cursor(-1)", "Previous block", show=False, id="week.up"),
    ),
)

REVIEW_LIST = BindingGroup(
    "Review lists",
    (
        Binding("j,down", "cursor_down", "Next item", show=False, id="review_list.down"),
        Binding("k,up", "cursor_up", "Previous item", show=False, id="review_list.up"),
        Binding("g,home", "cursor_first", "First item", show=False, id="review_list.first"),
        Binding("G,end", "cursor_last", "Last item", show=False, id="review_list.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="review_list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="review_list.page_up"),
    ),
)

HELP = BindingGroup(
    "Help",
    (Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),),
)

ALL_GROUPS: tuple[BindingGroup, ...] = (
    APP,
    TRIAGE,
    FOLLOWUP_EDITS,
    THREAD_LIST,
    FOLLOWUP_LIST,
    READING_PANE,
    FOLLOWUP_FORM,
    REVIEW,
    WEEK_GRID,
    REVIEW_LIST,
    HELP,
)


def binding_ids() -> frozenset[str]:
    """Every id a config keymap may name."""
    return frozenset(b.id for group in ALL_GROUPS for b in group.bindings if b.id)
