"""The Belt service: the app core that the TUI and the CLI drive, with no Textual in sight.

It loads the mail source, keeps the analysed threads, and answers the triage views. Long work
reports through a plain `(done, total, label)` callback, so a UI can run it in a worker thread and
a script can print it. It holds the store open (and so its lock) for as long as it lives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Self
from zoneinfo import ZoneInfo

from belt_tui.config import Config
from belt_tui.core_views import ThreadRow, View, rows_for_view, thread_row, view_counts
from belt_tui.demo.prepare import prepare_demo
from belt_tui.errors import ConfigError
from belt_tui.paths import Paths
from belt_tui.scan import scan_maildir
from belt_tui.store import Store

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
    ) -> None:
        self.maildir = maildir
        self.cache_dir = cache_dir
        self.me = me
        self.store = store
        self.time_zone = time_zone
        self.label = label
        self._clock = clock or (lambda: datetime.now(time_zone))
        self._rows: tuple[ThreadRow, ...] = ()
        self._load_lock = threading.Lock()

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
        )

    @classmethod
    def open_demo(cls, root: Path, *, now: datetime | None = None) -> Self:
        """The core for a fresh copy of the demo mailbox under `root`, with a store of its own.

        The store is opened first, so a second `belt demo` is refused before it rewrites the
        mailbox the first one is reading. A fixed `now` freezes the clock (for tests and screenshots).
        """
        store = Store.open(root / "data")
        try:
            demo = prepare_demo(root / "mail", now or datetime.now().astimezone())
        except BaseException:
            store.close()
            raise
        return cls(
            maildir=demo.maildir,
            me=frozenset(address.lower() for address in demo.me),
            store=store,
            time_zone=ZoneInfo(demo.time_zone),
            clock=(lambda: now) if now else None,
            label=f"demo · {demo.name}",
            cache_dir=root / "cache",
        )

    def now(self) -> datetime:
        return self._clock()

    def load(self, progress: Progress = _no_progress) -> None:
        """Read and analyse the whole mail source, then swap in the new rows at once.

        Safe to call from a worker thread while the UI reads `rows()`: readers see either the old
        rows or the new ones, never a half-built list.
        """
        with self._load_lock:
            now = self.now()
            progress(0, 0, f"Reading {self.maildir.name}")
            scan = scan_maildir(self.maildir, self.me, now, cache_dir=self.cache_dir)
            progress(0, len(scan.analyses), f"Listing {len(scan.analyses):,} threads")
            self._rows = tuple(thread_row(analysis, now) for analysis in scan.analyses)
            progress(len(scan.analyses), len(scan.analyses), f"{scan.messages:,} messages read")

    def rows(self, view: View, text: str = "") -> list[ThreadRow]:
        """The rows of one view, most urgent first, narrowed to those containing every word of `text`."""
        return rows_for_view(self._rows, view, text)

    def counts(self) -> dict[View, int]:
        return view_counts(self._rows)

    def close(self) -> None:
        """Release the store and its lock."""
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
