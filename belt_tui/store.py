"""The local store: the one module that owns TinyDB.

What lives where, decided by measurement (bench/bench_store.py, numbers in its output):

* `belt.json` holds the precious, small data: follow-ups, sync state (IMAP UIDVALIDITY/last UID,
  CalDAV etags/hrefs) and the schema version. TinyDB rewrites the whole file on every write, so it
  must stay small for every follow-up action to be durable at once: with 1,000 follow-ups a durable
  `put_followup` takes 8–20 ms, with 10,000 about 150 ms. Three rotating backups are kept.
* `index.json` holds the message index (Message-ID → folder, UID, path, content hash, thread id).
  At 100k messages it is 30 MB, a write costs 1.0–1.2 s and loading it 0.6 s; sharing a file with the
  follow-ups would make every follow-up edit cost that second (a `put_followup` beside it: 8 ms). On
  its own it is written once per sync batch. It can be rebuilt from the mail source: one backup.
* Message bodies never enter TinyDB: synced mail goes to a content-addressed SQLite cache
  (mail/imap_bodies.py), and Maildir mail is read in place.

Both files are read once on open and served from memory; writes are atomic (store_file.py). Outside
`batch()` every mutating call is on disk when it returns; inside, the outermost block writes each
changed file once at its end, the index before belt.json, so sync state saved in belt.json never
claims messages the index lacks. A failed write raises StoreError and leaves memory equal to disk.
"""

from __future__ import annotations

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
    corrupt_error,
    load_tables,
    remove_stale_temp_files,
    rotate_backups,
)
from belt_tui.store_lock import StoreLock
from belt_tui.store_tables import IndexedMessage, KeyedTable

MAIN_FILE = "belt.json"
INDEX_FILE = "index.json"
MAIN_BACKUPS = 3
INDEX_BACKUPS = 1

SCHEMA_VERSION = 1
# A migration gets (belt.json db, index.json db) and upgrades them from the schema version it is keyed
# by to the next one. They run in order, inside one batch, so a crash mid-way leaves the old version.
Migration = Callable[[TinyDB, TinyDB], None]
MIGRATIONS: dict[int, Migration] = {}

_SCHEMA_KEY = "schema"


class Store:
    """Follow-ups, sync state and the message index of one data directory, held by one process.

    Use `Store.open(data_dir)`, preferably as a context manager; `close()` releases the lock. Methods
    may be called from several threads: one lock serialises them, and a batch holds it throughout,
    so keep network I/O outside batches.
    """

    def __init__(self, data_dir: Path, lock: StoreLock, main: AtomicJSONStorage, index: AtomicJSONStorage):
        self.data_dir = data_dir
        self._lock = lock
        self._main_storage = main
        self._index_storage = index
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
            main_path, index_path = data_dir / MAIN_FILE, data_dir / INDEX_FILE
            remove_stale_temp_files(main_path)
            remove_stale_temp_files(index_path)
            main_tables = load_tables(main_path, MAIN_BACKUPS)
            index_tables = load_tables(index_path, INDEX_BACKUPS)
            version = _schema_version(main_path, main_tables)
            rotate_backups(main_path, MAIN_BACKUPS)
            rotate_backups(index_path, INDEX_BACKUPS)
            store = cls(
                data_dir,
                lock,
                AtomicJSONStorage(main_path, main_tables, MAIN_BACKUPS),
                AtomicJSONStorage(index_path, index_tables, INDEX_BACKUPS),
            )
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
        """Defer writes to the end of the outermost block: one atomic write per changed file.

        If the block raises, its changes are discarded (memory goes back to what is on disk) and the
        exception propagates. Nested blocks join the outermost one.
        """
        with self._mutex:
            if not self._lock.held:
                raise StoreError(f"the store in {self.data_dir} is closed")
            self._depth += 1
            outermost = self._depth == 1
            self._main_storage.deferred = self._index_storage.deferred = True
            try:
                yield
                if outermost:
                    self._index_storage.flush()
                    self._main_storage.flush()
            except BaseException:
                if outermost:
                    self._reload()
                raise
            finally:
                self._depth -= 1
                if outermost:
                    self._main_storage.deferred = self._index_storage.deferred = False

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

    # The message index.

    def put_messages(self, messages: Iterable[IndexedMessage]) -> None:
        """Insert or replace index entries by Message-ID, all in one write."""
        docs = [message.to_doc() for message in messages]
        with self.batch():
            self._messages.put_many(docs)

    def message(self, message_id: str) -> IndexedMessage | None:
        with self._reading():
            doc = self._messages.get(message_id)
        return IndexedMessage.from_doc(doc) if doc is not None else None

    def messages(self) -> list[IndexedMessage]:
        with self._reading():
            docs = self._messages.all()
        return [IndexedMessage.from_doc(doc) for doc in docs]

    def delete_messages(self, message_ids: Iterable[str]) -> int:
        """Drop index entries (expunged mail, a UIDVALIDITY change); returns how many existed."""
        with self.batch():
            return self._messages.delete_many(message_ids)

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
        index = TinyDB(storage=lambda: self._index_storage)
        self._main_db, self._index_db = main, index
        self._meta = KeyedTable(main.table("meta"), "key")
        self._followups = KeyedTable(main.table("followups"), "id")
        self._state = KeyedTable(main.table("state"), "key")
        self._messages = KeyedTable(index.table("messages"), "message_id")

    def _reload(self) -> None:
        self._main_storage.revert()
        self._index_storage.revert()
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
                MIGRATIONS[step](self._main_db, self._index_db)
                self._attach_tables()
            self._meta.put_many([{"key": _SCHEMA_KEY, "value": SCHEMA_VERSION}])


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
