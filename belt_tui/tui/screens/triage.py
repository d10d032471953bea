"""The triage screen: view tabs, the thread or follow-up list, the reading pane, a filter, load progress.

The screen asks the core for rows and hands them to widgets; it never reads mail or the store
itself, so the same screen works for the demo, a Maildir or IMAP. Follow-up keys live in
`FollowUpActions`; this module decides which follow-up they act on.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.reactive import Reactive, reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header, Input, ProgressBar, Static, Tab, Tabs

from belt_tui.core_followups import Grouping
from belt_tui.core_views import View
from belt_tui.followups import followups_by_thread
from belt_tui.model import FollowUp
from belt_tui.tui.bindings import FOLLOWUP_EDITS, TRIAGE
from belt_tui.tui.screens.followup_actions import FollowUpActions
from belt_tui.tui.text import one_line
from belt_tui.tui.widgets.followup_list import FollowUpList
from belt_tui.tui.widgets.footer import KeyFooter
from belt_tui.tui.widgets.line_list import KEY_REPEAT
from belt_tui.tui.widgets.reading_pane import ReadingPane
from belt_tui.tui.widgets.thread_list import ThreadList

VIEWS = tuple(View)
_NOTHING = object()  # no thread waiting to be shown (None means: show the empty pane)


class TriageScreen(FollowUpActions):
    """Who waits on whom: pick a view, move through threads, read one, turn its asks into follow-ups."""

    BINDINGS: ClassVar[list[BindingType]] = [*TRIAGE.bindings, *FOLLOWUP_EDITS.bindings]

    view: reactive[View] = reactive(View.NEEDS_REPLY, init=False)
    filter_text: reactive[str] = reactive("", init=False)
    grouping: reactive[Grouping] = reactive(Grouping.DUE, init=False)
    # Textual's Screen repaints the whole screen when focus moves; the widgets gaining and losing
    # focus repaint themselves (their :focus styles), so opening a thread repaints two panes, not all.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

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
            yield FollowUpList(id="followups")
            yield ReadingPane(tz=self.app.belt.time_zone, id="reader")
        yield KeyFooter()

    def __init__(self) -> None:
        super().__init__()
        self._pending_thread: object = _NOTHING
        self._pane_timer: Timer | None = None

    def on_mount(self) -> None:
        self.query_one("#filter", Input).display = False
        self.query_one(FollowUpList).display = False
        self.query_one(ThreadList).focus()

    @property
    def current_list(self) -> ThreadList | FollowUpList:
        return self.query_one(FollowUpList) if self.view is View.FOLLOWUPS else self.query_one(ThreadList)

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Progress of a load in the worker; the bar hides itself when the load ends."""
        self.query_one("#progress-row").display = True
        self.query_one("#progress-label", Static).update(label)
        self.query_one("#progress", ProgressBar).update(total=total or None, progress=done)

    def hide_progress(self) -> None:
        self.query_one("#progress-row").display = False

    def refresh_threads(self) -> None:
        """Re-read the rows for the current view and filter, keeping the selected row."""
        belt = self.app.belt
        counts = belt.counts()
        tabs = self.query_one(Tabs)
        for view in VIEWS:
            tabs.query_one(f"#{view.value}", Tab).label = f"{view.title} ({counts[view]})"
        if self.view is View.FOLLOWUPS:
            followups = self.query_one(FollowUpList)
            current = followups.highlighted
            followups.set_rows(belt.followup_rows(self.grouping), keep=current and current.key)
            return
        thread_list = self.query_one(ThreadList)
        current = thread_list.highlighted
        thread_list.set_rows(belt.rows(self.view, self.filter_text), keep=current and current.thread_id)

    def followups_changed(self) -> None:
        self.refresh_threads()
        self._update_footer()

    def watch_view(self, old: View, view: View) -> None:
        self.query_one(Tabs).active = view.value
        showing_followups = view is View.FOLLOWUPS
        thread_list, followups = self.query_one(ThreadList), self.query_one(FollowUpList)
        had_focus = thread_list.has_focus or followups.has_focus
        thread_list.display = not showing_followups
        followups.display = showing_followups
        self.refresh_threads()
        if had_focus or old is View.FOLLOWUPS or showing_followups:
            self.current_list.focus()

    def watch_filter_text(self) -> None:
        self.refresh_threads()

    def watch_grouping(self) -> None:
        self.refresh_threads()

    def target_followup(self) -> FollowUp | None:
        """The follow-up a key acts on: the highlighted one, or the one made from the highlighted ask.

        Keys pressed on the thread list act on the highlighted thread's newest follow-up.
        """
        belt = self.app.belt
        if self.view is View.FOLLOWUPS and not self.query_one(ReadingPane).has_focus:
            row = self.query_one(FollowUpList).highlighted
            return row.followup if row else None
        everything = belt.followups.all(include_closed=True)
        pane = self.query_one(ReadingPane)
        if pane.has_focus or self.view is View.FOLLOWUPS:
            sentence, message = pane.highlighted_sentence, pane.message
            if sentence is None or message is None:
                return None
            mine = [f for f in everything if f.message_id == message.message_id and f.quote == sentence.text]
        else:
            row = self.query_one(ThreadList).highlighted
            analysis = belt.analysis(row.thread_id) if row is not None else None
            # Matched by the message each came from: a stored thread_id goes stale when the root changes.
            thread = analysis.thread if analysis else None
            mine = followups_by_thread(everything, [thread]).get(thread.thread_id, []) if thread else []
        mine.sort(key=lambda f: (not f.is_open, -(f.updated or f.due).timestamp()))
        return mine[0] if mine else None

    def _update_footer(self) -> None:
        """Under the message: the follow-up already made from the highlighted sentence, if any."""
        pane = self.query_one(ReadingPane)
        followup = self.target_followup() if pane.highlighted_sentence else None
        if followup is None or followup.quote != (
            pane.highlighted_sentence and pane.highlighted_sentence.text
        ):
            pane.set_footer("")
            return
        from belt_tui.asks.dates import describe_due

        due = describe_due(followup.due, self.app.belt.now())
        pane.set_footer(f"Follow-up: {followup.owner} · {due} · {followup.status.value} (o d x z w)")

    @on(Tabs.TabActivated)
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab is not None and event.tab.id:
            self.view = View(event.tab.id)

    @on(ThreadList.Highlighted)
    def _thread_highlighted(self, event: ThreadList.Highlighted) -> None:
        """Show the thread in the frame that moves the cursor; while `j` is held, once the key is let go.

        Drawing the pane for every row a held key passes over doubled the work of each move; the
        list now moves at the key's repeat rate and the pane shows where it stopped. Whatever reads
        the pane (enter, `i`) shows the waiting thread first. A single move shows it at once: left
        until after the list's repaint, the pane came a frame (up to 17 ms) later.
        """
        self._pending_thread = event.row.thread_id if event.row else None
        if event.repeating:
            if self._pane_timer is not None:
                self._pane_timer.stop()
            self._pane_timer = self.set_timer(KEY_REPEAT, self._show_pending_thread)
        else:
            self._show_pending_thread()

    def _show_pending_thread(self) -> None:
        """Show the thread the list's cursor moved to, if the pane does not show it yet."""
        if self._pane_timer is not None:
            self._pane_timer.stop()
            self._pane_timer = None
        thread_id, self._pending_thread = self._pending_thread, _NOTHING
        if thread_id is not _NOTHING:
            belt = self.app.belt
            analysis = belt.analysis(thread_id) if isinstance(thread_id, str) else None
            self.query_one(ReadingPane).show(analysis, belt.now())

    @on(FollowUpList.Highlighted)
    def _followup_highlighted(self, event: FollowUpList.Highlighted) -> None:
        followup = event.row.followup if event.row else None
        located = self.app.belt.locate(followup.message_id) if followup else None
        pane = self.query_one(ReadingPane)
        pane.show(
            located[0] if located else None, self.app.belt.now(), quote=followup.quote if followup else None
        )

    @on(ThreadList.Opened)
    @on(FollowUpList.Opened)
    def _opened(self) -> None:
        self._show_pending_thread()
        pane = self.query_one(ReadingPane)
        if pane.analysis is None:
            self.notify("The source message is not in the loaded mail.", severity="warning", markup=False)
            return
        pane.focus()

    @on(FollowUpList.GroupingToggled)
    def _toggle_grouping(self) -> None:
        self.grouping = Grouping.OWNER if self.grouping is Grouping.DUE else Grouping.DUE

    @on(ReadingPane.SentenceChanged)
    def _sentence_changed(self) -> None:
        self._update_footer()

    @on(ReadingPane.FollowUpWanted)
    def _followup_wanted(self, event: ReadingPane.FollowUpWanted) -> None:
        self.open_form(event)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.current_list.focus()

    def action_show_view(self, name: str) -> None:
        self.view = View(name)

    def action_cycle_view(self, step: int) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + step) % len(VIEWS)]

    def action_filter(self) -> None:
        search = self.query_one("#filter", Input)
        search.display = True
        search.focus()

    def action_why(self) -> None:
        """The sentence that explains the highlighted thread's state."""
        self._show_pending_thread()
        analysis = self.query_one(ReadingPane).analysis
        if analysis is None:
            return
        verdict = analysis.verdict
        waiting = f" (waiting on {', '.join(verdict.waiting_on)})" if verdict.waiting_on else ""
        self.notify(f"{one_line(verdict.why) or verdict.state.value}{waiting}", title="Why", markup=False)

    def action_back(self) -> None:
        """Escape: leave the filter (closing it when empty) or the reading pane, back to the list."""
        search = self.query_one("#filter", Input)
        if search.has_focus and not search.value:
            search.display = False
        self.current_list.focus()

    def action_reload(self) -> None:
        self.app.load_mail()
