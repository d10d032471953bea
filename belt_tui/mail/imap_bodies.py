"""Synced mail's reduced messages, and their parsed form, in one SQLite file under the cache directory.

Why not one file per message (store_cache.BodyCache): creating 10k small files cost ~1.25 ms each,
about a third of an initial sync. Here a batch (1,000 messages) is one transaction; the file is
opened per call, so a cache directory wiped between calls is noticed, never written through a
stale handle. (A table WITHOUT ROWID measured 2.5x slower for rows of a few KB: kept a rowid table.)

Crash safety: the sync puts a batch here first and commits it with `synchronous=FULL`, so the bytes
are durable before the store index and the ledger claim them. Every read re-checks the sha256, so a
damaged entry reads as missing and is fetched again. Nothing here is user data: it is all rebuildable
from the server, which is why it lives under the cache directory.

Parsing (`parse_message`) costs ~0.6 ms a message, ~6 s for a 10k mailbox on every start, so the
parsed `Message` is kept beside the raw bytes, pickled (reading 10k back: ~0.9 s), under a
fingerprint of the parser's source and of the HTML library's version: an edit to the parser, the
HTML converter or the model makes every stored parse stale, and stale or unreadable parses are
simply redone. Unpickling admits only the classes a parsed message is made of.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from belt_tui.errors import StoreError

if TYPE_CHECKING:
    from belt_tui.model import Message

BODIES_FILE = "bodies.sqlite3"
_CHUNK = 500  # SQLite's bound-parameter limit is 999 on older builds
_SCHEMA = """
CREATE TABLE IF NOT EXISTS bodies (digest TEXT PRIMARY KEY, raw BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS parses (digest TEXT PRIMARY KEY, parsed_by TEXT NOT NULL, parsed BLOB NOT NULL);
"""
_PARSE_SOURCES = ("mail/parse.py", "mail/htmltext.py", "model.py")


class MailBodies:
    """Reduced messages by sha256 hex digest, with a cached parse of each."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._writer: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.root / BODIES_FILE

    def exists(self) -> bool:
        """False once the cache has been wiped: everything in the ledger must then be fetched again."""
        return self.path.is_file()

    def put_many(self, raws: Iterable[bytes]) -> list[str]:
        """Store these messages durably in one transaction (known ones are kept); their digests in order."""
        rows = [(hashlib.sha256(raw).hexdigest(), raw) for raw in raws]
        self.put_hashed(rows)
        return [digest for digest, _raw in rows]

    def put_hashed(self, rows: Sequence[tuple[str, bytes]]) -> None:
        """`put_many` for messages whose sha256 hex digest the caller computed just before (the sync
        does, to name them in the ledger): hashing each twice cost ~0.1 s per 10k messages."""
        if not rows:
            return
        if self._writer is not None and self.exists():
            with _transaction(self._writer):
                self._writer.executemany("INSERT OR IGNORE INTO bodies (digest, raw) VALUES (?, ?)", rows)
            return
        with self._connected(create=True) as db, _transaction(db):
            db.executemany("INSERT OR IGNORE INTO bodies (digest, raw) VALUES (?, ?)", rows)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """One connection for the `put_hashed` calls made inside, on this thread (a folder's sync):
        opening, and closing (which checkpoints the WAL into the file, with its fsync) once per
        batch cost ~20 ms a batch. A cache file deleted meanwhile is still noticed: writes then go
        to a new file, never through the stale handle."""
        with self._connected(create=True) as db:
            self._writer = db
            try:
                yield
            finally:
                self._writer = None

    def present(self, digests: Iterable[str]) -> set[str]:
        """Which of these digests are stored (without reading or checking their bytes)."""
        found: set[str] = set()
        with self._connected(create=False) as db:
            if db is not None:
                for chunk in _chunks(list(set(digests))):
                    marks = ",".join("?" * len(chunk))
                    found.update(
                        row[0]
                        for row in db.execute(f"SELECT digest FROM bodies WHERE digest IN ({marks})", chunk)
                    )
        return found

    def get(self, digest: str) -> bytes | None:
        """The bytes stored under `digest`, or None if absent or damaged (a damaged entry is removed)."""
        with self._connected(create=False) as db:
            if db is None:
                return None
            row = db.execute("SELECT raw FROM bodies WHERE digest = ?", (digest,)).fetchone()
            if row is None:
                return None
            if hashlib.sha256(row[0]).hexdigest() != digest:
                _forget(db, [digest])
                return None
            return row[0]

    def parsed(self, digests: Sequence[str]) -> dict[str, Message]:
        """A parsed Message (folder, source and flags left at their defaults) for each stored digest;
        damaged entries are removed and left out, new parses are stored for next time."""
        # Neither the MIME parser nor the pickling is needed to sync.
        from belt_tui.mail.imap_pickles import dump_message, load_message
        from belt_tui.mail.parse import parse_message

        messages: dict[str, Message] = {}
        with self._connected(create=False) as db:
            if db is None:
                return messages
            fingerprint = parser_fingerprint()
            for chunk in _chunks(list(dict.fromkeys(digests))):
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    "SELECT bodies.digest, raw, parsed, parsed_by FROM bodies LEFT JOIN parses "
                    f"ON parses.digest = bodies.digest WHERE bodies.digest IN ({marks})",
                    chunk,
                )
                fresh, damaged = [], []
                for digest, raw, parsed, parsed_by in rows:
                    if hashlib.sha256(raw).hexdigest() != digest:
                        damaged.append(digest)
                        continue
                    message = load_message(parsed) if parsed_by == fingerprint else None
                    if message is None:
                        message = parse_message(raw)
                        fresh.append((digest, fingerprint, dump_message(message)))
                    messages[digest] = message
                if fresh or damaged:
                    with _transaction(db):
                        db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?)", fresh)
                        _forget(db, damaged)
        return messages

    @contextlib.contextmanager
    def _connected(self, *, create: bool) -> Iterator[sqlite3.Connection | None]:
        """A connection for one call (None when the file is absent and `create` is false)."""
        if not create and not self.exists():
            yield None
            return
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the mail cache {self.path}: {error}") from None
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # a committed batch is on disk before the index names it
            db.executescript(_SCHEMA)
            yield db
        except sqlite3.DatabaseError as error:
            raise StoreError(
                f"the mail cache {self.path} cannot be used ({error}); it holds no user data: "
                "delete it and run `belt sync` again to fetch the mail again"
            ) from None
        finally:
            db.close()


@functools.cache
def parser_fingerprint() -> str:
    """A digest of the source that turns raw mail into a Message: a stored parse is valid under it only."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(importlib.metadata.version("inscriptis").encode())
    for name in _PARSE_SOURCES:
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:32]


def _forget(db: sqlite3.Connection, digests: list[str]) -> None:
    rows = [(digest,) for digest in digests]
    db.executemany("DELETE FROM bodies WHERE digest = ?", rows)
    db.executemany("DELETE FROM parses WHERE digest = ?", rows)


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
