"""Crash-safe JSON files for TinyDB: atomic replacement, validation on load, rotating backups.

TinyDB's own JSONStorage rewrites the file in place; a SIGKILL mid-write left invalid JSON in 1 of 60
runs here. Every write below goes to a temp file in the same directory, is fsync'd, renamed over the
old file with `os.replace` and the directory is fsync'd, so the file on disk is always either the
old or the new version. A failed write (ENOSPC, EIO) removes the temp file and leaves the old file
as it was. A file that does not parse is never replaced or reset: the error names it and the newest
backup that does parse, with the command that restores it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shlex
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from belt_tui.errors import StoreCorrupt, StoreError

Tables = dict[str, dict[str, Any]]


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file, never a mix."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, path)
        fsync_directory(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise StoreError(_write_failure(path, error)) from error


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable: without this a power cut can undo `os.replace`."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(path: Path) -> None:
    """Delete temp files a killed writer left beside `path`; only the lock holder may call this."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


def _write_failure(path: Path, error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"the disk is full: could not save {path}. Nothing was lost: the previous version of the "
            "file is intact. Free some space and try again."
        )
    return f"could not save {path}: {error.strerror}. The previous version of the file is intact."


def parse_tables(payload: bytes) -> Tables:
    """Decode a TinyDB file; raise ValueError saying what is wrong with it."""
    data = json.loads(payload.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("the top level is not a JSON object")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise ValueError(f"table {name!r} is not a mapping of documents")
    return data


def backup_path(path: Path, number: int) -> Path:
    return path.with_name(f"{path.name}.bak{number}")


def load_tables(path: Path, backups: int) -> Tables:
    """Read and validate `path`; an absent file is an empty database, a corrupt one raises StoreCorrupt."""
    try:
        payload = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror}") from error
    try:
        return parse_tables(payload)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise corrupt_error(path, str(error), backups) from None


def corrupt_error(path: Path, problem: str, backups: int) -> StoreCorrupt:
    """The refusal for a file that cannot be trusted: which file, why, and how to restore a backup."""
    found = newest_good_backup(path, backups)
    head = f"{path} is corrupt ({problem}); belt will not start and has not modified it."
    if found is None:
        aside = path.with_name(path.name + ".corrupt")
        return StoreCorrupt(
            f"{head} No good backup exists. To start empty, move it aside: "
            f"mv {shlex.quote(str(path))} {shlex.quote(str(aside))}"
        )
    saved = datetime.fromtimestamp(found.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return StoreCorrupt(
        f"{head} The newest good backup is {found} (saved {saved}). To restore it: "
        f"cp {shlex.quote(str(found))} {shlex.quote(str(path))}"
    )


def newest_good_backup(path: Path, backups: int) -> Path | None:
    """The most recent backup that still parses, so the advice we give is advice that works."""
    for number in range(1, backups + 1):
        candidate = backup_path(path, number)
        try:
            parse_tables(candidate.read_bytes())
        except (OSError, ValueError):
            continue
        return candidate
    return None


def rotate_backups(path: Path, keep: int) -> None:
    """Copy a just-validated `path` to `.bak1`, shifting older copies up to `.bak<keep>`.

    Skipped when `.bak1` already holds the same bytes, so reopening an unchanged store does not push
    the older, different copies out of the rotation.
    """
    if keep < 1 or not path.exists():
        return
    payload = path.read_bytes()
    newest = backup_path(path, 1)
    if newest.exists() and newest.read_bytes() == payload:
        return
    for number in range(keep - 1, 0, -1):
        older = backup_path(path, number)
        if older.exists():
            os.replace(older, backup_path(path, number + 1))
    atomic_write(newest, payload)


class AtomicJSONStorage(Storage):
    """A TinyDB Storage holding the tables in memory and writing them atomically.

    TinyDB reads the whole storage before every operation, so reads come from memory (re-parsing
    the file would make every lookup cost as much as opening the store). While `deferred` is set,
    writes only mark the data dirty; `flush()` writes it. `revert()` drops unwritten changes by
    reloading the file, which is how a failed write or an aborted batch keeps memory equal to disk.
    """

    def __init__(self, path: Path, tables: Tables, backups: int) -> None:
        super().__init__()
        self.path = path
        self.backups = backups
        self.deferred = False
        self._tables = tables
        self._dirty = False

    def read(self) -> Tables:
        return self._tables

    def write(self, data: Tables) -> None:
        self._tables = data
        self._dirty = True
        if not self.deferred:
            self.flush()

    def flush(self) -> None:
        """Write pending changes, if any; raises StoreError with the old file intact on failure."""
        if not self._dirty:
            return
        payload = json.dumps(self._tables, separators=(",", ":")).encode("ascii")
        atomic_write(self.path, payload)
        self._dirty = False

    def revert(self) -> None:
        """Forget unwritten changes: memory becomes what the file on disk says."""
        self._tables = load_tables(self.path, self.backups)
        self._dirty = False
