"""The triage screen: view tabs, the thread list, the reading pane, a filter and load progress.

The screen asks the core for rows and hands them to widgets; it never reads mail or the store
itself, so the same screen works for the demo, a Maildir or IMAP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, ProgressBar, Static, Tab, Tabs

from belt_tui.core_views import View
from belt_tui.tui.bindings import TRIAGE
from belt_tui.tui.widgets.reading_pane import ReadingPane
from belt_tui.tui.widgets.thread_list import ThreadList

if TYPE_CHECKING:
    from belt_tui.tui.app import BeltApp

VIEWS = tuple(View)


class TriageScreen(Screen[None]):
    """Who waits on whom: pick a view, move through threads, read the selected one."""

    BINDINGS: ClassVar[list[BindingType]] = list(TRIAGE.bindings)

    view: reactive[View] = reactive(View.NEEDS_REPLY, init=False)
    filter_text: reactive[str] = reactive("", init=False)

    app: BeltApp

    def compose(self) -> ComposeResult:
        yield Header()
        tabs = Tabs(*(Tab(view.title, id=view.value) for view in VIEWS), id="views")
        tabs.can_focus = False
        yield tabs
        yield Input(placeholder="Filter by subject, sender or text…", id="filter")
        with Horizontal(id="progress-row"):
            yield Static("Loading mail…", id="progress-label")
            yield ProgressBar(id="progress", show_eta=False)
        with Horizontal(id="panes"):
            yield ThreadList(id="threads")
            yield ReadingPane(tz=self.app.belt.time_zone, id="reader")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter", Input).display = False
        self.query_one(ThreadList).focus()

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Progress of a load in the worker; the bar hides itself when the load ends."""
        self.query_one("#progress-row").display = True
        self.query_one("#progress-label", Static).update(label)
        self.query_one("#progress", ProgressBar).update(total=total or None, progress=done)

    def hide_progress(self) -> None:
        self.query_one("#progress-row").display = False

    def refresh_threads(self) -> None:
        """Re-read the rows for the current view and filter, keeping the selected thread."""
        belt = self.app.belt
        counts = belt.counts()
        tabs = self.query_one(Tabs)
        for view in VIEWS:
            tabs.query_one(f"#{view.value}", Tab).label = f"{view.title} ({counts[view]})"
        thread_list = self.query_one(ThreadList)
        current = thread_list.highlighted
        thread_list.set_rows(belt.rows(self.view, self.filter_text), keep=current and current.thread_id)

    def watch_view(self, view: View) -> None:
        self.query_one(Tabs).active = view.value
        self.refresh_threads()

    def watch_filter_text(self) -> None:
        self.refresh_threads()

    @on(Tabs.TabActivated)
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab is not None and event.tab.id:
            self.view = View(event.tab.id)

    @on(ThreadList.Highlighted)
    def _thread_highlighted(self, event: ThreadList.Highlighted) -> None:
        analysis = event.row.analysis if event.row else None
        self.query_one(ReadingPane).show(analysis, self.app.belt.now())

    @on(ThreadList.Opened)
    def _thread_opened(self) -> None:
        self.query_one(ReadingPane).focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(ThreadList).focus()

    def action_show_view(self, name: str) -> None:
        self.view = View(name)

    def action_cycle_view(self, step: int) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + step) % len(VIEWS)]

    def action_filter(self) -> None:
        search = self.query_one("#filter", Input)
        search.display = True
        search.focus()

    def action_back(self) -> None:
        """Escape: leave the filter (closing it when empty) or the reading pane, back to the list."""
        search = self.query_one("#filter", Input)
        if search.has_focus and not search.value:
            search.display = False
        self.query_one(ThreadList).focus()

    def action_reload(self) -> None:
        self.app.load_mail()
