"""The Belt service: the app core that the TUI and the CLI drive, with no Textual in sight.

It loads the mail source, keeps the analysed threads, answers the triage views and holds the
follow-up service. Long work reports through a plain `(done, total, label)` callback, so a UI can
run it in a worker thread and a script can print it. It holds the store open (and so its lock) for
as long as it lives.

Importing this module is cheap on purpose: the scanner, the ask engine and dateparser are imported
inside `load()`, which the app runs in a worker after its first frame is on screen.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self
from zoneinfo import ZoneInfo

from belt_tui.config import Config
from belt_tui.config_schema import CalendarSettings, TriageSettings, WorkSettings
from belt_tui.core_followups import FollowUpRow, Grouping, followup_rows
from belt_tui.core_snapshot import load_snapshot, save_snapshot, snapshot_path
from belt_tui.core_views import (
    AgeMeasure,
    ThreadRow,
    View,
    rows_for_view,
    thread_row,
    view_counts,
    wall_clock,
)
from belt_tui.errors import ConfigError
from belt_tui.followups import FollowUps
from belt_tui.model import FollowUp, Message, ThreadAnalysis
from belt_tui.paths import Paths
from belt_tui.store import Store

if TYPE_CHECKING:
    from belt_tui.planner import Planner

Progress = Callable[[int, int, str], None]
Clock = Callable[[], datetime]


def _no_progress(done: int, total: int, label: str) -> None:
    """The progress callback for callers that do not show progress."""


class Belt:
    """One user's mail, analysed, and the store that holds their follow-ups."""

    def __init__(
        self,
        *,
        maildir: Path,
        me: frozenset[str],
        store: Store,
        time_zone: tzinfo,
        clock: Clock | None = None,
        label: str = "",
        cache_dir: Path | None = None,
        triage: TriageSettings | None = None,
        work: WorkSettings | None = None,
        calendar: CalendarSettings | None = None,
    ) -> None:
        self.maildir = maildir
        self.cache_dir = cache_dir
        self.me = me
        self.store = store
        self.time_zone = time_zone
        self.label = label
        self.triage = triage or TriageSettings()
        self.work = work or WorkSettings(
            time_zone=time_zone if isinstance(time_zone, ZoneInfo) else ZoneInfo("UTC")
        )
        self.calendar = calendar
        self._clock = clock or (lambda: datetime.now(time_zone))
        self.followups = FollowUps(store, self.now, me)
        self._rows: tuple[ThreadRow, ...] = ()
        self._analyses: dict[str, ThreadAnalysis] = {}
        self._thread_of_message: dict[str, str] = {}
        self._load_lock = threading.Lock()
        self._planner: Planner | None = None

    @classmethod
    def from_config(cls, config: Config, paths: Paths, *, clock: Clock | None = None) -> Self:
        """The core for the configured account; opens (and locks) the user's store."""
        account = next((a for a in config.accounts if a.kind == "maildir"), None)
        if account is None or account.path is None:
            where = config.source or "the config file"
            raise ConfigError(
                f'{where}: no [[accounts]] entry with kind = "maildir"; this version reads a local Maildir '
                "(IMAP accounts come next). Try `belt demo` to see the app."
            )
        store = Store.open(paths.data_dir)
        return cls(
            maildir=account.path,
            me=frozenset(config.me.addresses),
            store=store,
            time_zone=config.work.time_zone,
            clock=clock,
            label=account.name,
            cache_dir=paths.cache_dir / "scan",
            triage=config.triage,
            work=config.work,
            calendar=config.calendar,
        )

    @classmethod
    def open_demo(cls, root: Path, *, now: datetime | None = None) -> Self:
        """The core for a fresh copy of the demo mailbox under `root`, with a store of its own.

        The store is opened first, so a second `belt demo` is refused before it rewrites the
        mailbox the first one is reading. A fixed `now` freezes the clock (for tests and screenshots).
        """
        from belt_tui.demo.prepare import prepare_demo

        store = Store.open(root / "data")
        try:
            demo = prepare_demo(root / "mail", now or datetime.now().astimezone())
        except BaseException:
            store.close()
            raise
        zone = ZoneInfo(demo.time_zone)
        return cls(
            maildir=demo.maildir,
            me=frozenset(address.lower() for address in demo.me),
            store=store,
            time_zone=zone,
            clock=(lambda: now) if now else None,
            label=f"demo · {demo.name}",
            cache_dir=root / "cache",
            work=WorkSettings(time_zone=zone),
            calendar=CalendarSettings(kind="ics", path=demo.ics),
        )

    def now(self) -> datetime:
        return self._clock()

    def load(
        self, progress: Progress = _no_progress, listed: Callable[[], None] = lambda: None
    ) -> list[FollowUp]:
        """Read and analyse the whole mail source, swap in the new rows at once, close answered follow-ups.

        On a first load the threads of the previous run are listed first (calling `listed`), so the
        user can work while the mail is re-read. Safe to call from a worker thread while the UI reads
        `rows()`: readers see the old rows or the new ones, never a half-built list. Returns the
        follow-ups that closed themselves because their owner replied.
        """
        with self._load_lock:
            snapshot = snapshot_path(self.cache_dir, self.maildir) if self.cache_dir else None
            if snapshot is not None and not self._rows:
                previous = load_snapshot(snapshot, self.me)
                if previous:
                    self._publish(previous)
                    listed()
            # Imported only now, after the snapshot is listed: together they take about a second.
            from belt_tui.asks import dates  # noqa: F401  (warm dateparser here, not on the UI thread)
            from belt_tui.scan import scan_maildir

            progress(0, 0, f"Reading {self.maildir.name}")
            workers = os.cpu_count() or 1
            scan = scan_maildir(
                self.maildir,
                self.me,
                self.now(),
                cache_dir=self.cache_dir,
                workers=workers,
                progress=progress,
            )
            total = len(scan.analyses)
            progress(0, total, f"Listing {total:,} threads")
            self._publish(scan.analyses)
            closed = self.followups.close_answered(scan.analyses)
            if snapshot is not None:
                save_snapshot(snapshot, self.me, scan.analyses)
            progress(total, total, f"{scan.messages:,} messages read")
            return closed

    def _publish(self, analyses: Sequence[ThreadAnalysis]) -> None:
        """Turn analysed threads into rows and lookups, then swap them in with plain assignments."""
        now = self.now()
        measure = self._age_measure()
        target = self.triage.target_hours_for
        by_thread = {analysis.thread.thread_id: analysis for analysis in analyses}
        self._thread_of_message = {
            message_id: thread_id
            for thread_id, analysis in by_thread.items()
            for message_id in analysis.thread.message_ids
        }
        self._analyses = by_thread
        self._rows = tuple(
            thread_row(analysis, now, me=self.me, measure=measure, target_hours=target)
            for analysis in analyses
        )

    def _age_measure(self) -> AgeMeasure:
        """Waits counted in working hours when the config says so (a Friday email isn't late on Sunday)."""
        if not self.triage.business_hours:
            return wall_clock
        from belt_tui.plan.slots import WorkWeek
        from belt_tui.review_time import working_time

        # Not planner.work_week: importing the planner pulls in CalDAV before the threads are listed.
        work = self.work
        week = WorkWeek(work.time_zone, frozenset(work.days), work.start, work.end, work.lunch)
        return lambda start, end: working_time(start, end, week) if end > start else timedelta()

    def rows(self, view: View, text: str = "") -> list[ThreadRow]:
        """The rows of one view, most urgent first, narrowed to those containing every word of `text`."""
        return rows_for_view(self._rows, view, text)

    def counts(self) -> dict[View, int]:
        counts = view_counts(self._rows)
        counts[View.FOLLOWUPS] = sum(1 for f in self.followups.all() if f.is_open)
        return counts

    def locate(self, message_id: str | None) -> tuple[ThreadAnalysis, Message] | None:
        """The loaded thread and message a follow-up links back to, if that mail is still here."""
        analysis = self._analyses.get(self._thread_of_message.get(message_id or "", ""))
        if analysis is None:
            return None
        return analysis, next(m for m in analysis.thread.messages if m.message_id == message_id)

    def contacts(self, analysis: ThreadAnalysis | None = None) -> list[str]:
        """Addresses to offer as owners: the thread's participants first, then everyone else seen."""
        seen = dict.fromkeys(sorted(self.me))
        if analysis is not None:
            seen.update(dict.fromkeys(sorted({a for m in analysis.thread.messages for a in m.participants})))
        seen.update(
            dict.fromkeys(sorted({a for t in self._analyses.values() for a in t.thread.latest.participants}))
        )
        return list(seen)

    def followup_rows(self, grouping: Grouping) -> list[FollowUpRow]:
        """The follow-ups view: grouped, overdue first, closed ones last."""
        from belt_tui.asks.dates import describe_due

        return followup_rows(
            self.followups.all(include_closed=True), self.now(), self.me, grouping, describe_due
        )

    @property
    def planner(self) -> Planner:
        """The week planner over the same store (imported on first use: it pulls in CalDAV)."""
        if self._planner is None:
            from belt_tui.planner import Planner

            self._planner = Planner(self.calendar, self.work, self.me, self.store)
        return self._planner

    def close(self) -> None:
        """Release the store and its lock."""
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
