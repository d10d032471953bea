"""Which UID of which folder holds which message, with its flags: Belt's one index of synced mail.

Why SQLite (stdlib) and not the TinyDB store: the ledger has one row per server copy of a message
(100k rows for a large mailbox), and each sync batch or flag change touches a few rows at a time.
TinyDB rewrites a whole file per write (FIELD_NOTES): in belt.json that would slow every follow-up
edit, and in a file of its own (schema 1's index.json) each write rewrote ~30 MB, about a second at
100k messages (bench/bench_store.py). SQLite updates rows in place, transactionally.

The ledger is rebuildable from the server (it holds no user data), so it lives beside the store in
the data directory. Rows are keyed by (account, folder, UIDVALIDITY, UID): after a UIDVALIDITY change
the old rows stay until the folder has been read again under the new one, so a sync killed half-way
through a re-sync resumes instead of starting over, and Message-IDs are re-matched from old rows.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from belt_tui.errors import StoreError

LEDGER_FILE = "imap-ledger.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS copies (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    flags TEXT NOT NULL,
    shown_as TEXT NOT NULL,
    gm_msgid INTEGER,
    PRIMARY KEY (account, folder, uidvalidity, uid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS copies_by_message ON copies (account, message_id);
"""


_COPY_COLUMNS = "uid, message_id, content_hash, flags, shown_as, gm_msgid"
"""The columns `_copy` reads, in its order."""


@dataclass(frozen=True, slots=True)
class Copy:
    """One message as it sits in one folder: UID, identity, cached content and server flags."""

    uid: int
    message_id: str
    content_hash: str
    flags: frozenset[str]
    shown_as: str
    gm_msgid: int | None = None


class CopyFields(Protocol):
    """What `Ledger.put` reads of a copy: a Copy, or the sync's fetched message (no Copy built for it)."""

    @property
    def uid(self) -> int: ...
    @property
    def message_id(self) -> str: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def flags(self) -> frozenset[str]: ...
    @property
    def shown_as(self) -> str: ...
    @property
    def gm_msgid(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class FolderKey:
    """A folder of an account under one UIDVALIDITY: UIDs mean something only together with these."""

    account: str
    folder: str
    uidvalidity: int


class Ledger:
    """The SQLite file of copies; one per data directory, used by the process that holds the store lock."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, data_dir: Path) -> Ledger:
        path = data_dir / LEDGER_FILE
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")  # a committed batch survives power loss too
            connection.executescript(_SCHEMA)
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"the IMAP sync ledger {path} cannot be used ({error}); it holds no user data: "
                "delete it and run `belt sync` again to rebuild it from the server"
            ) from None
        return cls(connection)

    def close(self) -> None:
        self._db.close()

    def copies_by_uid(self, key: FolderKey) -> list[Copy]:
        """Every known copy in the folder under this UIDVALIDITY, in UID order (the primary key's)."""
        rows = self._db.execute(
            f"SELECT {_COPY_COLUMNS} FROM copies "
            "WHERE account = ? AND folder = ? AND uidvalidity = ? ORDER BY uid",
            (key.account, key.folder, key.uidvalidity),
        )
        return [_copy(row) for row in rows]

    def copies(self, key: FolderKey) -> dict[int, Copy]:
        """Every known copy in the folder under this UIDVALIDITY, by UID."""
        return {copy.uid: copy for copy in self.copies_by_uid(key)}

    def count(self, key: FolderKey) -> int:
        (count,) = self._db.execute(
            "SELECT COUNT(*) FROM copies WHERE account = ? AND folder = ? AND uidvalidity = ?",
            (key.account, key.folder, key.uidvalidity),
        ).fetchone()
        return count

    def stale_copies(self, key: FolderKey) -> list[Copy]:
        """Copies recorded in the folder under an earlier UIDVALIDITY."""
        rows = self._db.execute(
            f"SELECT {_COPY_COLUMNS} FROM copies WHERE account = ? AND folder = ? AND uidvalidity != ?",
            (key.account, key.folder, key.uidvalidity),
        )
        return [_copy(row) for row in rows]

    def put(self, key: FolderKey, copies: Iterable[CopyFields]) -> None:
        """Insert or replace copies by UID, in one transaction."""
        rows = [
            (key.account, key.folder, key.uidvalidity, c.uid, c.message_id, c.content_hash,
             _flags_text(c.flags), c.shown_as, c.gm_msgid)
            for c in copies
        ]  # fmt: skip
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def set_flags(self, key: FolderKey, flags: Mapping[int, frozenset[str]]) -> None:
        rows = [
            (_flags_text(value), key.account, key.folder, key.uidvalidity, uid)
            for uid, value in flags.items()
        ]
        with self._transaction():
            self._db.executemany(
                "UPDATE copies SET flags = ? "
                "WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?",
                rows,
            )

    def forget(self, key: FolderKey, uids: Iterable[int]) -> None:
        """Drop copies by UID (messages expunged on the server)."""
        rows = [(key.account, key.folder, key.uidvalidity, uid) for uid in uids]
        with self._transaction():
            self._db.executemany(
                "DELETE FROM copies WHERE account = ? AND folder = ? AND uidvalidity = ? AND uid = ?", rows
            )

    def forget_stale(self, key: FolderKey) -> None:
        """Drop the folder's copies from earlier UIDVALIDITYs, once it has been read under the new one."""
        with self._transaction():
            self._db.execute(
                "DELETE FROM copies WHERE account = ? AND folder = ? AND uidvalidity != ?",
                (key.account, key.folder, key.uidvalidity),
            )

    def known_content(self, account: str, message_ids: Iterable[str]) -> dict[str, str]:
        """Content hash already stored for each Message-ID of the account (any folder, any UIDVALIDITY)."""
        found: dict[str, str] = {}
        wanted = list(dict.fromkeys(message_ids))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            # Without INDEXED BY, SQLite picks the primary key's `account` prefix and scans every row of
            # the account: 1000 look-ups took 217 ms at 100k copies, 7–21 ms with it (bench/bench_store.py).
            rows = self._db.execute(
                "SELECT message_id, content_hash FROM copies INDEXED BY copies_by_message "
                f"WHERE account = ? AND message_id IN ({marks})",
                (account, *chunk),
            )
            found.update(rows)
        return found

    def present(self, account: str, message_ids: Iterable[str]) -> set[str]:
        """Which of these Message-IDs still have a copy anywhere in the account."""
        return set(self.known_content(account, message_ids))

    def folders(self, account: str) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT folder FROM copies WHERE account = ?", (account,))
        return [row[0] for row in rows]

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK if the block raises (the connection is in autocommit mode)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


def _copy(row: tuple) -> Copy:
    uid, message_id, content_hash, flags, shown_as, gm_msgid = row
    return Copy(uid, message_id, content_hash, _flags_set(flags), shown_as, gm_msgid)


@functools.lru_cache(maxsize=256)
def _flags_set(text: str) -> frozenset[str]:
    """A mailbox has a handful of distinct flag combinations: each is split once, and shared."""
    return frozenset(text.split())


@functools.lru_cache(maxsize=256)
def _flags_text(flags: frozenset[str]) -> str:
    return " ".join(sorted(flags))
