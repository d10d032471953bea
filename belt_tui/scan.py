"""The scan service: a Maildir in, every thread with its asks and verdict out, with a cache.

Reading a message (parsing MIME, finding sentences, parsing deadline phrases) is the slow part,
so its result is cached per message *content hash* and engine version under the cache folder: a
re-scan with nothing changed reads no mail file at all, a flag change (a renamed file) re-hashes
but does not re-read, and a rules change (ENGINE_VERSION) discards everything. Threading, owners
and thread state depend on the whole mailbox and are cheap, so they always run fresh.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from belt_tui.asks.engine import ENGINE_VERSION, MessageReading, analyse_thread, read_message
from belt_tui.mail.maildir import MaildirEntry, iter_maildir_files
from belt_tui.mail.parse import parse_message
from belt_tui.mail.threads import build_threads
from belt_tui.model import Message, ThreadAnalysis

log = logging.getLogger(__name__)

_CACHE_FORMAT = 1
# Below this many unread messages a process pool costs more to start than it saves.
_PARALLEL_MIN = 400


@dataclass(frozen=True, slots=True)
class ScanResult:
    analyses: tuple[ThreadAnalysis, ...]
    messages: int
    from_cache: int


@dataclass(slots=True)
class _Cache:
    """entry (folder, key) → (size, mtime, digest); digest → (Message, MessageReading)."""

    files: dict[tuple[str, str], tuple[int, float, str]]
    readings: dict[str, tuple[Message, MessageReading]]
    dirty: bool = False


def _cache_file(cache_dir: Path, root: Path) -> Path:
    tag = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"scan-{tag}.pickle"


def _load_cache(path: Path | None) -> _Cache:
    """The cache for this Maildir and engine version, or an empty one (a bad file is just rebuilt)."""
    if path is None or not path.exists():
        return _Cache({}, {})
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
        log.warning("scan cache unreadable, rebuilding: %s", type(error).__name__)
        return _Cache({}, {})
    if not isinstance(stored, dict) or stored.get("version") != (_CACHE_FORMAT, ENGINE_VERSION):
        return _Cache({}, {})
    return _Cache(stored["files"], stored["readings"])


def _save_cache(path: Path, cache: _Cache, live: set[str]) -> None:
    """Write atomically, keeping only readings still referenced by a file."""
    readings = {digest: value for digest, value in cache.readings.items() if digest in live}
    payload = {"version": (_CACHE_FORMAT, ENGINE_VERSION), "files": cache.files, "readings": readings}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".scan-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not write scan cache: %s", error.strerror or error)
        Path(temp).unlink(missing_ok=True)


def _read_file(item: tuple[str, str, frozenset[str], bytes]) -> tuple[Message, MessageReading]:
    """Parse and read one message; top-level so a process pool can run it."""
    folder, source, flags, raw = item
    message = parse_message(raw, folder=folder, source=source, flags=flags)
    return message, read_message(message)


def _read_many(
    items: list[tuple[str, str, frozenset[str], bytes]], workers: int
) -> list[tuple[Message, MessageReading]]:
    if workers > 1 and len(items) >= _PARALLEL_MIN:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(_read_file, items, chunksize=max(1, len(items) // (workers * 8))))
    return [_read_file(item) for item in items]


def _gather(
    entries: Iterable[MaildirEntry], cache: _Cache, workers: int
) -> tuple[list[tuple[Message, MessageReading]], int]:
    """Every message with its reading, from the cache where the content is known."""
    results: list[tuple[Message, MessageReading] | None] = []
    pending: list[tuple[int, str, tuple[str, str, frozenset[str], bytes]]] = []
    hits = 0
    for entry in entries:
        file_key = (entry.folder, entry.key)
        known = cache.files.get(file_key)
        if known and known[0] == entry.size and known[1] == entry.mtime and known[2] in cache.readings:
            message, reading = cache.readings[known[2]]
            results.append((_placed(message, entry), reading))
            hits += 1
            continue
        try:
            raw = entry.path.read_bytes()
        except OSError as error:
            log.warning("skipped unreadable mail file %s: %s", entry.path.name, error.strerror or error)
            continue
        digest = hashlib.sha256(raw).hexdigest()
        cache.files[file_key] = (entry.size, entry.mtime, digest)
        cache.dirty = True
        if digest in cache.readings:
            message, reading = cache.readings[digest]
            results.append((_placed(message, entry), reading))
            hits += 1
            continue
        pending.append((len(results), digest, (entry.folder, str(entry.path), entry.flags, raw)))
        results.append(None)
    fresh = _read_many([item for _, _, item in pending], workers)
    for (index, digest, _), value in zip(pending, fresh, strict=True):
        cache.readings[digest] = value
        results[index] = value
    return [r for r in results if r is not None], hits


def _placed(message: Message, entry: MaildirEntry) -> Message:
    """A cached message with the file facts that can change without its content (flags, folder)."""
    if message.folder == entry.folder and message.flags == entry.flags and message.source == str(entry.path):
        return message
    return replace(message, folder=entry.folder, flags=entry.flags, source=str(entry.path))


def scan_maildir(
    root: Path,
    me: frozenset[str],
    now: datetime,
    *,
    cache_dir: Path | None = None,
    workers: int = 1,
) -> ScanResult:
    """Read every folder of a Maildir++ and analyse each thread for the user `me` as of `now`."""
    cache_path = _cache_file(cache_dir, root) if cache_dir else None
    cache = _load_cache(cache_path)
    entries = list(iter_maildir_files(root))
    pairs, hits = _gather(entries, cache, workers)
    live_keys = {(e.folder, e.key) for e in entries}
    if len(cache.files) != len(live_keys):
        cache.files = {k: v for k, v in cache.files.items() if k in live_keys}
        cache.dirty = True
    if cache_path is not None and cache.dirty:
        _save_cache(cache_path, cache, {digest for _, _, digest in cache.files.values()})
    messages = [message for message, _ in pairs]
    readings = {message.message_id: reading for message, reading in pairs}
    threads = build_threads(messages)
    analyses = tuple(analyse_thread(thread, me, now, readings) for thread in threads)
    return ScanResult(analyses=analyses, messages=len(messages), from_cache=hits)
