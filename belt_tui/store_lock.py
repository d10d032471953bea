"""The single-writer lock: one `belt` process per data directory.

TinyDB is safe neither across threads nor across processes (msiemens/tinydb#72), so a second `belt`
must be refused before it reads a byte. `fcntl.flock` is released by the kernel when the holder dies,
even by SIGKILL, so a crashed `belt` never leaves a stale lock behind; the PID written into the file
only serves the error message.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

from belt_tui.errors import StoreError, StoreLocked

LOCK_NAME = "belt.lock"


class StoreLock:
    """An exclusive, non-blocking `flock` on `<data_dir>/belt.lock`, holding our PID while held."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, data_dir: Path) -> StoreLock:
        """Take the lock or raise StoreLocked naming the PID that holds it."""
        path = data_dir / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise StoreError(f"cannot open the lock file {path}: {error.strerror}") from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = _read_pid(fd)
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                who = f"pid {holder}" if holder else "pid unknown"
                raise StoreLocked(f"another belt is running ({who}) and holds {path}") from None
            raise StoreError(f"cannot lock {path}: {error.strerror}") from error
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Clear the PID and drop the lock; safe to call twice."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # closing the last descriptor releases the flock


def _read_pid(fd: int) -> int | None:
    """The PID the holder wrote, or None while it has not written it yet."""
    text = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip()
    return int(text) if text.isdigit() else None
