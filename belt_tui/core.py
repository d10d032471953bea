"""The Belt service: the app core that the TUI and the CLI drive, with no Textual in sight.

It loads the mail source, keeps the analysed threads, answers the triage views and holds the
follow-up service. Long work reports through a plain `(done, total, label)` callback, so a UI can
run it in a worker thread and a script can print it. It holds the store open (and so its lock) for
as long as it lives.

Importing this module is cheap on purpose: the scanner, the ask engine and dateparser are imported
inside `load()`, which the app runs in a worker after its first frame is on screen.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self
from zoneinfo import ZoneInfo

from belt_tui.config import Config
from belt_tui.config_schema import CalendarSettings, TriageSettings, WorkSettings
from belt_tui.core_followups import FollowUpRow, Grouping, followup_rows
from belt_tui.core_snapshot import Snapshot, save_snapshot, snapshot_path
from belt_tui.core_views import (
    AgeMeasure,
    ThreadFacts,
    ThreadRow,
    View,
    rows_for_view,
    rows_from_facts,
    thread_facts,
    view_counts,
    wall_clock,
)
from belt_tui.errors import ConfigError, SourceError
from belt_tui.followups import FollowUps
from belt_tui.model import FollowUp, Message, ThreadAnalysis
from belt_tui.paths import Paths
from belt_tui.store import Store

if TYPE_CHECKING:
    from belt_tui.config_schema import Account
    from belt_tui.planner import Planner
    from belt_tui.scan import ScanResult

Progress = Callable[[int, int, str], None]
Clock = Callable[[], datetime]


def _no_progress(done: int, total: int, label: str) -> None:
    """The progress callback for callers that do not show progress."""


class Belt:
    """One user's mail, analysed, and the store that holds their follow-ups."""

    def __init__(
        self,
        *,
        maildir: Path | None = None,
        imap: Account | None = None,
        me: frozenset[str],
        store: Store,
        time_zone: tzinfo,
        clock: Clock | None = None,
        label: str = "",
        cache_dir: Path | None = None,
        mail_cache_dir: Path | None = None,
        triage: TriageSettings | None = None,
        work: WorkSettings | None = None,
        calendar: CalendarSettings | None = None,
    ) -> None:
        if (maildir is None) == (imap is None):
            raise ValueError("a Belt reads exactly one mail source: a maildir or an IMAP account")
        self.maildir = maildir
        self.imap = imap
        self.cache_dir = cache_dir
        self.mail_cache_dir = mail_cache_dir
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
        self._contacts: tuple[str, ...] = ()
        # While the rows come from the last run's snapshot, analyses are read from it when shown.
        self._snapshot: Snapshot | None = None
        self._load_lock = threading.Lock()
        self._planner: Planner | None = None

    @classmethod
    def from_config(
        cls, config: Config, paths: Paths, *, account_name: str | None = None, clock: Clock | None = None
    ) -> Self:
        """The core for one configured account; opens (and locks) the user's store.

        The account is the one named, else the first `[[accounts]]` entry: a Maildir read in place, or
        an IMAP account synced into Belt's own cache.
        """
        account = config.account(account_name)
        if account.kind == "maildir" and account.path is None:
            where = config.source or "the config file"
            raise ConfigError(f"{where}: account {account.name!r}: a maildir account needs the folder's path")
        store = Store.open(paths.data_dir)
        return cls(
            maildir=account.path if account.kind == "maildir" else None,
            imap=account if account.kind == "imap" else None,
            me=frozenset(config.me.addresses),
            store=store,
            time_zone=config.work.time_zone,
            clock=clock,
            label=account.name,
            cache_dir=paths.cache_dir / "scan",
            mail_cache_dir=paths.cache_dir / "mail",
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
        self,
        progress: Progress = _no_progress,
        listed: Callable[[], None] = lambda: None,
        notice: Callable[[str], None] = lambda text: None,
        *,
        sync: bool = True,
    ) -> list[FollowUp]:
        """Read and analyse the whole mail source, swap in the new rows at once, close answered follow-ups.

        On a first load the threads of the previous run are listed first (calling `listed`), so the
        user can work while the mail is re-read. An IMAP account is synced first (unless `sync` is
        false); when the server cannot be reached, `notice` says so and the mail synced before is
        shown. Safe to call from a worker thread while the UI reads `rows()`: readers see the old rows
        or the new ones, never a half-built list. Returns the follow-ups that closed themselves
        because their owner replied.
        """
        with self._load_lock:
            snapshot = snapshot_path(self.cache_dir, self._source_key()) if self.cache_dir else None
            if snapshot is not None and not self._rows:
                previous = Snapshot.open(snapshot, self.me)
                if previous is not None:
                    self._list_snapshot(previous, listed)
            # Imported only now, after the snapshot is listed: together they take about a second.
            from belt_tui.asks import dates  # noqa: F401  (warm dateparser here, not on the UI thread)

            scan = self._scan_imap(progress, notice, sync) if self.imap else self._scan_maildir(progress)
            total = len(scan.analyses)
            progress(0, total, f"Listing {total:,} threads")
            facts = self._publish(scan.analyses)
            closed = self.followups.close_answered(scan.analyses)
            if snapshot is not None:
                save_snapshot(snapshot, self.me, scan.analyses, facts, self._contacts)
            progress(total, total, f"{scan.messages:,} messages read")
            return closed

    def _source_key(self) -> Path:
        """What the thread snapshot is keyed by: the Maildir, or the IMAP account's name."""
        return self.maildir if self.maildir else self.store.data_dir / f"imap-{self.imap.name}"

    def _scan_maildir(self, progress: Progress) -> ScanResult:
        from belt_tui.scan import scan_maildir

        progress(0, 0, f"Reading {self.maildir.name}")
        workers = os.cpu_count() or 1
        return scan_maildir(
            self.maildir, self.me, self.now(), cache_dir=self.cache_dir, workers=workers, progress=progress
        )

    def _scan_imap(self, progress: Progress, notice: Callable[[str], None], sync: bool) -> ScanResult:
        from belt_tui.mail.imap_bodies import MailBodies
        from belt_tui.mail.imap_sync import sync_account
        from belt_tui.mail.synced import iter_synced_messages
        from belt_tui.scan import scan_messages

        bodies = MailBodies(self.mail_cache_dir or self.store.data_dir / "mail-cache")
        if sync:
            progress(0, 0, f"Syncing {self.imap.name}")
            try:
                report = sync_account(self.imap, self.store, bodies, progress=progress)
            except SourceError as error:
                notice(f"{error}. Showing the mail synced before; press r to try again.")
            else:
                for warning in report.warnings:
                    notice(warning)
        messages = list(iter_synced_messages(self.store, bodies, self.imap))
        return scan_messages(messages, self.me, self.now(), progress=progress)

    def _publish(self, analyses: Sequence[ThreadAnalysis]) -> list[ThreadFacts]:
        """Turn analysed threads into rows and lookups, then swap them in with plain assignments."""
        facts = [thread_facts(analysis, self.me) for analysis in analyses]
        rows = self._rows_at_now(facts, analyses)
        self._thread_of_message = {
            message_id: analysis.thread.thread_id
            for analysis in analyses
            for message_id in analysis.thread.message_ids
        }
        self._contacts = tuple(sorted({a for t in analyses for a in t.thread.latest.participants}))
        self._analyses = {analysis.thread.thread_id: analysis for analysis in analyses}
        self._rows = rows
        retired, self._snapshot = self._snapshot, None
        if retired is not None:
            retired.close()
        return facts

    def _list_snapshot(self, snapshot: Snapshot, listed: Callable[[], None]) -> None:
        """List the last run's rows, then read their search text; analyses stay on disk until shown."""
        self._snapshot = snapshot
        self._rows = self._rows_at_now(snapshot.facts)
        listed()
        details = snapshot.details()
        if details is not None:
            self._thread_of_message = details.thread_of_message
            self._contacts = details.contacts
            self._rows = self._rows_at_now(details.facts)

    def _rows_at_now(
        self, facts: Sequence[ThreadFacts], analyses: Sequence[ThreadAnalysis] = ()
    ) -> tuple[ThreadRow, ...]:
        now = self.now()
        if self.triage.domain_targets:
            target = functools.cache(self.triage.target_hours_for)  # a few hundred senders write most mail
        else:
            hours = self.triage.response_target_hours

            def target(_address: str) -> float:
                return hours  # one target for everyone: no domain lookup per row

        measure = self._age_measure(now)
        return rows_from_facts(facts, now, measure=measure, target_hours=target, analyses=analyses)

    def _age_measure(self, now: datetime) -> AgeMeasure:
        """Waits counted in working hours when the config says so (a Friday email isn't late on Sunday)."""
        if not self.triage.business_hours:
            return wall_clock
        from belt_tui.core_ages import WorkingHours
        from belt_tui.plan.slots import work_week

        return WorkingHours(work_week(self.work), now)

    def analysis(self, thread_id: str) -> ThreadAnalysis | None:
        """A listed thread's analysis (read from the snapshot on first use while its rows are shown)."""
        found = self._analyses.get(thread_id)
        snapshot = self._snapshot
        if found is None and snapshot is not None:
            found = snapshot.analysis(thread_id)
        return found

    def rows(self, view: View, text: str = "") -> list[ThreadRow]:
        """The rows of one view, most urgent first, narrowed to those containing every word of `text`."""
        return rows_for_view(self._rows, view, text)

    def counts(self) -> dict[View, int]:
        counts = view_counts(self._rows)
        counts[View.FOLLOWUPS] = sum(1 for f in self.followups.all() if f.is_open)
        return counts

    def locate(self, message_id: str | None) -> tuple[ThreadAnalysis, Message] | None:
        """The loaded thread and message a follow-up links back to, if that mail is still here."""
        analysis = self.analysis(self._thread_of_message.get(message_id or "", ""))
        if analysis is None:
            return None
        return analysis, next(m for m in analysis.thread.messages if m.message_id == message_id)

    def contacts(self, analysis: ThreadAnalysis | None = None) -> list[str]:
        """Addresses to offer as owners: the thread's participants first, then everyone else seen."""
        seen = dict.fromkeys(sorted(self.me))
        if analysis is not None:
            seen.update(dict.fromkeys(sorted({a for m in analysis.thread.messages for a in m.participants})))
        seen.update(dict.fromkeys(self._contacts))
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
        """Release the store and its lock (and the snapshot file, if still open)."""
        if self._snapshot is not None:
            self._snapshot.close()
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
