"""The local store: the one module that owns TinyDB.

What lives where, decided by measurement (bench/bench_store.py, numbers in its output):

* `belt.json` holds the precious, small data: follow-ups, sync state (IMAP UIDVALIDITY/UIDNEXT,
  CalDAV etags/hrefs) and the schema version. TinyDB rewrites the whole file on every write, so it
  must stay small for every follow-up action to be durable at once: with 1,000 follow-ups a durable
  `put_followup` takes 8–20 ms, with 10,000 about 150 ms. Three rotating backups are kept.
* Per-message records never enter TinyDB. Which UID of which folder holds which message (Message-ID,
  content hash, flags) is the IMAP sync's SQLite ledger (mail/imap_ledger.py), updated row by row;
  bodies are in a content-addressed SQLite cache (mail/imap_bodies.py); Maildir mail is read in place.
  Schema 1 also kept a TinyDB message index in `index.json`: each sync batch rewrote the whole file
  (30 MB at 100k messages), so an initial sync of 100k messages in batches of 1,000 spent 41 s on it
  against 0.7 s for the same rows in the ledger. Follow-ups find their thread by their own
  Message-ID, so nothing reads it any more; the migration to schema 2 deletes it.

The file is read once on open and served from memory; writes are atomic (store_file.py). Outside
`batch()` every mutating call is on disk when it returns; inside, the outermost block writes the
file once at its end. A failed write raises StoreError and leaves memory equal to disk.
"""

from __future__ import annotations

import contextlib
import copy
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from belt_tui.errors import StoreError
from belt_tui.model import FollowUp
from belt_tui.store_codec import followup_from_doc, followup_to_doc
from belt_tui.store_file import (
    AtomicJSONStorage,
    backup_path,
    corrupt_error,
    load_tables,
    remove_stale_temp_files,
    rotate_backups,
)
from belt_tui.store_lock import StoreLock
from belt_tui.store_tables import KeyedTable

MAIN_FILE = "belt.json"
MAIN_BACKUPS = 3

SCHEMA_VERSION = 2
# A migration gets the belt.json db and the data directory, and upgrades them from the schema version
# it is keyed by to the next one. They run in order inside one batch, so a crash mid-way leaves the old
# version on disk and the next open runs them again: what they do to other files must be idempotent.
Migration = Callable[[TinyDB, Path], None]

_SCHEMA_KEY = "schema"


class Store:
    """Follow-ups and sync state of one data directory, held by one process.

    Use `Store.open(data_dir)`, preferably as a context manager; `close()` releases the lock. Methods
    may be called from several threads: one lock serialises them, and a batch holds it throughout,
    so keep network I/O outside batches.
    """

    def __init__(self, data_dir: Path, lock: StoreLock, main: AtomicJSONStorage):
        self.data_dir = data_dir
        self._lock = lock
        self._main_storage = main
        self._mutex = threading.RLock()
        self._depth = 0
        self._attach_tables()

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Lock `data_dir`, validate and back up its files, migrate them; raise a StoreError if unsafe."""
        try:
            data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the data directory {data_dir}: {error.strerror}") from error
        lock = StoreLock.acquire(data_dir)
        try:
            main_path = data_dir / MAIN_FILE
            remove_stale_temp_files(main_path)
            main_tables = load_tables(main_path, MAIN_BACKUPS)
            version = _schema_version(main_path, main_tables)
            rotate_backups(main_path, MAIN_BACKUPS)
            store = cls(data_dir, lock, AtomicJSONStorage(main_path, main_tables, MAIN_BACKUPS))
            store._migrate(version)
        except BaseException:
            lock.release()
            raise
        return store

    def close(self) -> None:
        """Release the lock; later calls raise StoreError instead of writing to memory only."""
        with self._mutex:
            if self._depth:
                raise RuntimeError("Store.close() called inside a batch")
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ):
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Defer writes to the end of the outermost block: one atomic write of belt.json.

        If the block raises, its changes are discarded (memory goes back to what is on disk) and the
        exception propagates. Nested blocks join the outermost one.
        """
        with self._mutex:
            if not self._lock.held:
                raise StoreError(f"the store in {self.data_dir} is closed")
            self._depth += 1
            outermost = self._depth == 1
            self._main_storage.deferred = True
            try:
                yield
                if outermost:
                    self._main_storage.flush()
            except BaseException:
                if outermost:
                    self._reload()
                raise
            finally:
                self._depth -= 1
                if outermost:
                    self._main_storage.deferred = False

    # Follow-ups: the user's own data.

    def put_followup(self, followup: FollowUp) -> None:
        """Insert or replace the follow-up with this id."""
        self.put_followups([followup])

    def put_followups(self, followups: Iterable[FollowUp]) -> None:
        """Insert or replace many follow-ups in one write.

        Prefer this to a loop of `put_followup` in a batch for imports: each TinyDB operation copies
        the whole table, so the loop is quadratic (10k follow-ups: 71 s against 0.2 s in bulk).
        """
        docs = [followup_to_doc(followup) for followup in followups]
        with self.batch():
            self._followups.put_many(docs)

    def get_followup(self, followup_id: str) -> FollowUp | None:
        with self._reading():
            doc = self._followups.get(followup_id)
        return followup_from_doc(doc) if doc is not None else None

    def followups(self) -> list[FollowUp]:
        with self._reading():
            docs = self._followups.all()
        return [followup_from_doc(doc) for doc in docs]

    def delete_followup(self, followup_id: str) -> bool:
        """Remove a follow-up; False when there was none with this id."""
        with self.batch():
            return self._followups.delete_many([followup_id]) == 1

    # Small key/value state for the sync adapters.

    def get_state(self, key: str, default: Any = None) -> Any:
        """A JSON value saved by `set_state`, as a fresh copy, or `default`."""
        with self._reading():
            doc = self._state.get(key)
        return copy.deepcopy(doc["value"]) if doc is not None else default

    def set_state(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable value; tuples come back as lists, as JSON has no tuples."""
        stored = json.loads(json.dumps(value))
        with self.batch():
            self._state.put_many([{"key": key, "value": stored}])

    def delete_state(self, key: str) -> bool:
        with self.batch():
            return self._state.delete_many([key]) == 1

    # Internals.

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with self._mutex:
            if not self._lock.held:
                raise StoreError(f"the store in {self.data_dir} is closed")
            yield

    def _attach_tables(self) -> None:
        """(Re)build TinyDB over the storages: after a revert its per-table caches would be stale."""
        main = TinyDB(storage=lambda: self._main_storage)
        self._main_db = main
        self._meta = KeyedTable(main.table("meta"), "key")
        self._followups = KeyedTable(main.table("followups"), "id")
        self._state = KeyedTable(main.table("state"), "key")

    def _reload(self) -> None:
        self._main_storage.revert()
        self._attach_tables()

    def _migrate(self, version: int) -> None:
        """Run the migrations from `version`; a fresh store only gets its version stamped."""
        if self._meta.get(_SCHEMA_KEY) == {"key": _SCHEMA_KEY, "value": SCHEMA_VERSION}:
            return
        with self.batch():
            for step in range(version, SCHEMA_VERSION):
                if step not in MIGRATIONS:
                    raise StoreError(
                        f"no migration from schema {step} to {step + 1}; the files are untouched"
                    )
                MIGRATIONS[step](self._main_db, self.data_dir)
                self._attach_tables()
            self._meta.put_many([{"key": _SCHEMA_KEY, "value": SCHEMA_VERSION}])


def _drop_message_index(main: TinyDB, data_dir: Path) -> None:
    """Schema 1 → 2: delete the TinyDB message index, its backup and any temp file a killed write left.

    It only ever held what the IMAP ledger also holds (and each follow-up's thread id, which is
    stored on the follow-up), so deleting it loses nothing, even when it is damaged.
    """
    obsolete = data_dir / "index.json"
    for path in (obsolete, backup_path(obsolete, 1), *data_dir.glob(f".{obsolete.name}.*.tmp")):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


MIGRATIONS: dict[int, Migration] = {1: _drop_message_index}


def _schema_version(path: Path, tables: dict[str, dict[str, Any]]) -> int:
    """The schema a validated file was written with; a fresh store counts as the current one."""
    if not tables:
        return SCHEMA_VERSION
    entries = [doc for doc in tables.get("meta", {}).values() if doc.get("key") == _SCHEMA_KEY]
    if not entries or not isinstance(entries[0].get("value"), int):
        raise corrupt_error(path, "no schema version", MAIN_BACKUPS)
    version = entries[0]["value"]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer belt (schema {version}; this belt reads up to schema "
            f"{SCHEMA_VERSION}). Upgrade belt; the file has not been modified."
        )
    return version
