"""`BeltApp`: the Textual application around one `Belt` core.

The app owns the UI concerns only: themes, the keymap, the command palette, and the one worker
that loads mail off the UI thread. Every failure of that worker surfaces through one handler as a
notification, never as markup and never as a crash.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from multiprocessing import resource_tracker
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from belt_tui.core import Belt
from belt_tui.errors import BeltError
from belt_tui.themes import BELT_KEYS, bundled_themes_dir, choose_theme, load_themes
from belt_tui.tui.bindings import APP, binding_ids
from belt_tui.tui.screens.help import HelpScreen
from belt_tui.tui.screens.triage import VIEWS, TriageScreen
from belt_tui.tui.text import one_line

LOAD_WORKER = "load-mail"
LISTING_WAIT = 1.0
"""Seconds the load worker waits at most for the last run's threads to be on screen before reading on."""
THEME_STATE_KEY = "ui.theme"
"""Store state holding the theme picked in the app, and the config theme it was picked over."""

# Used when the active theme is one of Textual's own, which knows nothing of Belt's colours.
_BELT_COLOUR_DEFAULTS = {
    "overdue": "#ef5a5a",
    "needs-reply": "#f5a524",
    "waiting": "#4fb3c9",
    "mine": "#6fcf97",
    "theirs": "#a99cf5",
    "ask": "#3b3217",
    "highlight": "#2f4a6e",
}


class ThreadsListed(Message):
    """Posted from the load worker's thread: last run's threads are listed while mail is re-read.

    The worker waits on `shown` until the list is on screen: the UI and the worker share one
    interpreter lock, and the worker reading on (search text, then the ask engine's imports) halved
    the UI's share just when it lists 10k rows.
    """

    def __init__(self, shown: threading.Event) -> None:
        super().__init__()
        self.shown = shown


class MailLoaded(Message, bubble=False):
    """Sent to the current screen when a load ends, so a screen built on the threads can rebuild."""


class LoadProgress(Message):
    """Posted from the load worker's thread: how far the mail load has come."""

    def __init__(self, done: int, total: int, label: str) -> None:
        super().__init__()
        self.done, self.total, self.label = done, total, label


class BeltApp(App[None]):
    """Belt's terminal UI; `belt` and `belt demo` both run it around a ready `Belt`."""

    TITLE = "Belt"
    CSS_PATH = Path(__file__).with_name("belt.tcss")
    BINDINGS: ClassVar[list[BindingType]] = list(APP.bindings)

    def __init__(
        self,
        belt: Belt,
        *,
        theme: str | None = None,
        keymap: Mapping[str, str] | None = None,
        theme_dirs: Sequence[Path] = (),
        subtitle: str = "",
        notices: Sequence[str] = (),
    ) -> None:
        super().__init__()
        # The load may read mail in a process pool, whose helper process is started with our stderr's
        # file descriptor; once the app runs, Textual has swapped stderr for one without a descriptor
        # ("bad value(s) in fds_to_keep"). Start the helper now, while stderr is real.
        resource_tracker.ensure_running()
        self.belt = belt
        self.keymap: dict[str, str] = dict(keymap or {})
        self._wanted_theme = theme
        self._theme_dirs = (bundled_themes_dir(), *theme_dirs)
        self._file_themes: tuple[str, ...] = ()
        self.sub_title = subtitle
        self._notices = tuple(notices)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {f"belt-{key}": _BELT_COLOUR_DEFAULTS[key] for key in BELT_KEYS}

    def export_screenshot(self, *, title: str | None = None, simplify: bool = False) -> str:
        """The SVG marked `xml:space="preserve"`: without it librsvg (GNOME viewers, `rsvg-convert`)
        drops the spaces that open a run of text and stretches the rest ("Com mands", "Holt·Wed")."""
        svg = super().export_screenshot(title=title, simplify=simplify)
        return svg.replace("<svg ", '<svg xml:space="preserve" ', 1)

    def on_mount(self) -> None:
        loaded = load_themes(self._theme_dirs)
        for theme in loaded.themes:
            self.register_theme(theme)
        self._file_themes = tuple(sorted(theme.name for theme in loaded.themes))
        name, problem = choose_theme(self._kept_theme() or self._wanted_theme, self.available_themes)
        self.theme = name
        problems = (*loaded.errors, *([problem] if problem else []))
        if problems:  # one notification, however many files are broken
            self.notify("\n".join(problems), title="Theme", severity="warning", timeout=12, markup=False)
        self.theme_changed_signal.subscribe(self, self._keep_theme)
        unknown = sorted(set(self.keymap) - binding_ids())
        if unknown:
            self.notify(
                f"keymap: no binding has the id {', '.join(unknown)}; see the ids with ? (help)",
                title="Config",
                severity="warning",
                markup=False,
            )
        self.set_keymap(self.keymap)
        for notice in self._notices:  # what the command line wants the user to know (other accounts)
            self.notify(notice, title="Accounts", timeout=12, markup=False)
        self.push_screen(TriageScreen())
        # After the first frame: the load imports the ask engine and dateparser, which would delay it.
        self.call_after_refresh(self.load_mail)

    def _kept_theme(self) -> str | None:
        """The theme picked in the app last time, unless the config has named another one since.

        Kept in the store (atomic writes, one per user and per demo) rather than by rewriting the
        config file, which is the user's own text, comments and all.
        """
        kept = self.belt.store.get_state(THEME_STATE_KEY) or {}
        if kept.get("over") == self._wanted_theme and kept.get("name") in self.available_themes:
            return kept["name"]
        return None

    def _keep_theme(self, theme) -> None:
        self.belt.store.set_state(THEME_STATE_KEY, {"name": theme.name, "over": self._wanted_theme})

    def action_review(self) -> None:
        """The weekly review, over the triage screen (imported now: it pulls in the planner)."""
        from belt_tui.tui.screens.review import ReviewScreen

        if not isinstance(self.screen, ReviewScreen):
            self.push_screen(ReviewScreen())

    @property
    def triage(self) -> TriageScreen:
        return next(s for s in self.screen_stack if isinstance(s, TriageScreen))

    @work(thread=True, exclusive=True, exit_on_error=False, name=LOAD_WORKER, description="Loading mail")
    def load_mail(self) -> None:
        """Read and analyse the mail source off the UI thread, reporting progress as it goes."""
        last_percent = -1

        def progress(done: int, total: int, label: str) -> None:
            nonlocal last_percent
            percent = done * 100 // total if total else 0
            if percent != last_percent or done == total:
                last_percent = percent
                self.post_message(LoadProgress(done, total, label))

        def listed() -> None:
            shown = threading.Event()
            self.post_message(ThreadsListed(shown))
            shown.wait(LISTING_WAIT)

        closed = self.belt.load(
            progress,
            listed=listed,
            notice=lambda text: self.notify(text, title="Mail", severity="warning", markup=False),
        )
        for followup in closed:
            self.notify(
                f"Answered: {followup.owner} replied on “{one_line(followup.title)}” — u to undo",
                title="Follow-up",
                markup=False,
            )

    def on_load_progress(self, message: LoadProgress) -> None:
        self.triage.show_progress(message.done, message.total, message.label)

    def on_threads_listed(self, message: ThreadsListed) -> None:
        self.triage.refresh_threads()
        self.call_after_refresh(message.shown.set)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker outcomes are handled: notify on failure, show the rows a load left."""
        if event.state is WorkerState.ERROR:
            self._notify_failure(event.worker)
        if event.worker.name == LOAD_WORKER and event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
            self.triage.hide_progress()
            self.triage.refresh_threads()
            self.screen.post_message(MailLoaded())

    def _notify_failure(self, worker: Worker) -> None:
        error = worker.error
        if isinstance(error, BeltError):
            text = str(error)
        else:
            text = f"{worker.description or worker.name} failed unexpectedly: {type(error).__name__}: {error}"
        self.notify(text, title="Error", severity="error", timeout=10, markup=False)

    def _use_theme(self, name: str) -> None:
        self.theme = name

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Command palette entries, named "area: verb" so related commands sort together."""
        triage = self.triage
        for view in VIEWS:
            yield SystemCommand(
                f"view: {view.title.lower()}", view.help, partial(triage.action_show_view, view)
            )
        yield SystemCommand("list: filter", "Filter threads by subject, sender or text", triage.action_filter)
        yield SystemCommand("thread: why", "Why the thread is in its state", triage.action_why)
        for title, help_text, action in (
            ("follow-up: change owner", "Give the follow-up to someone else", triage.action_edit_owner),
            ("follow-up: change due date", "Move the due date (fri, eod, 1/20…)", triage.action_edit_due),
            ("follow-up: mark done or reopen", "Close it, or reopen a closed one", triage.action_toggle_done),
            ("follow-up: snooze", "Hide it until a date", triage.action_snooze),
            ("follow-up: waiting on them", "Mark as waiting on someone else", triage.action_waiting),
            ("follow-up: undo", "Undo the last follow-up action", triage.action_undo),
            ("follow-up: redo", "Redo the action undone last", triage.action_redo),
            ("follow-up: slot into the week", "Place it in free time this week", triage.action_slot),
            ("week: re-slot all", "Plan every open follow-up into this week", triage.action_slot_all),
        ):
            yield SystemCommand(title, help_text, action)
        yield SystemCommand("review: open", "The week, what I owe and what they owe (W)", self.action_review)
        yield SystemCommand("mail: reload", "Read the mail source again", self.load_mail)
        yield SystemCommand("help: show keys", "Every key binding", self.action_help)
        for name in self._file_themes:
            yield SystemCommand(
                f"theme: {name}", "Use this colour theme (kept for next time)", partial(self._use_theme, name)
            )
        yield SystemCommand("app: quit", "Leave Belt", self.action_quit)
