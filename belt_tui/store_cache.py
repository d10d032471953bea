"""Content-addressed cache of raw messages, beside the store rather than inside TinyDB.

A 10k-message mailbox is ~76 MB of mail; in TinyDB that would be rewritten on every write. Here each
raw message is one file named by its sha256 (`<root>/ab/cdef…`), so storing the same message twice
costs nothing and the index only keeps the hash. Entries are copies of mail the source still has, so
they are written without fsync (one fsync per message would dominate a sync): a temp file renamed into
place means no reader sees half a file, and every read re-checks the hash, so an entry damaged by a
crash reads as missing and is fetched again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

from belt_tui.errors import StoreError


class BodyCache:
    """Raw message bytes by sha256 hex digest under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def put(self, payload: bytes) -> str:
        """Store `payload` (if not already there) and return its digest."""
        digest = hashlib.sha256(payload).hexdigest()
        path = self._path(digest)
        if path.exists():
            return digest
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                os.replace(tmp_name, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
                raise
        except OSError as error:
            raise StoreError(f"cannot write to the message cache {self.root}: {error.strerror}") from error
        return digest

    def get(self, digest: str) -> bytes | None:
        """The bytes stored under `digest`, or None if absent or damaged (a damaged entry is removed)."""
        path = self._path(digest)
        try:
            payload = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(f"cannot read {path}: {error.strerror}") from error
        if hashlib.sha256(payload).hexdigest() != digest:
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        return payload

    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and self._path(digest).exists()

    def _path(self, digest: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(f"not a sha256 hex digest: {digest!r}")
        return self.root / digest[:2] / digest[2:]
