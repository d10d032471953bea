"""The scan service: a Maildir in, every thread with its asks and verdict out, with a cache.

Reading a message (parsing MIME, finding sentences, parsing deadline phrases) is the slow part,
so its result is cached per message *content hash* and engine version (see `scan_cache`): a
re-scan reads and hashes only files whose size or mtime changed, a renamed file with known
content is not read again, and a rules change (ENGINE_VERSION) discards everything. Threading,
owners and thread state depend on the whole mailbox and are cheap, so they always run fresh.
New messages are read in worker processes when there are enough of them to pay for the pool.

Where a cold scan's CPU goes (10k bench messages, one process, best of several runs on a busy
machine): MIME parsing ~0.47 ms a message (the stdlib parser, line by line, ~0.28 ms of it), reading
asks and dates ~0.32 ms, pickling to and from the workers ~0.1 ms, reading and hashing the file
~0.04 ms, threading, analysis and the report ~0.1 ms together: ~1.0 ms a message, so 10k messages
need ~5 s on each of two cores however they are split.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import pickle
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from belt_tui.asks.detect import Detection
from belt_tui.asks.engine import MessageReading, ReadAsk, analyse_thread, read_message
from belt_tui.asks.owners import NameDirectory
from belt_tui.asks.sentences import Segment
from belt_tui.mail.maildir import MaildirEntry, iter_maildir_files
from belt_tui.mail.parse import parse_message
from belt_tui.mail.threads import build_threads
from belt_tui.model import Address, Attachment, Message, Span, ThreadAnalysis
from belt_tui.scan_cache import ReadingCache, cache_file, dataclass_pickler, load_readings, save_readings

log = logging.getLogger(__name__)

# Reports how far reading has got: (messages done, messages to read, what is happening).
Progress = Callable[[int, int, str], None]
# Below this many unread messages a process pool costs more to start than it saves.
_PARALLEL_MIN = 400
_CHUNK = 50
_dumps = dataclass_pickler((Message, Address, Attachment, Span, MessageReading, Segment, ReadAsk, Detection))
_Pair = tuple[Message, MessageReading]
# A file read: (content digest, pickled pair or b"" when not cached, pair), or why it could not be read.
_Outcome = tuple[str, bytes, _Pair] | str


@dataclass(frozen=True, slots=True)
class ScanResult:
    analyses: tuple[ThreadAnalysis, ...]
    messages: int
    from_cache: int


@dataclass(frozen=True, slots=True)
class _Job:
    """A file to read: where it is and what its name says."""

    folder: str
    path: str
    flags: frozenset[str]


def scan_maildir(
    root: Path,
    me: frozenset[str],
    now: datetime,
    *,
    cache_dir: Path | None = None,
    workers: int = 1,
    progress: Progress | None = None,
    entries: list[MaildirEntry] | None = None,
) -> ScanResult:
    """Read every folder of a Maildir++ and analyse each thread for the user `me` as of `now`.

    `entries` is a listing of `root` the caller already made (`iter_maildir_files`).
    """
    entries = list(iter_maildir_files(root)) if entries is None else entries
    cache_path = cache_file(cache_dir, root, "scan") if cache_dir else None
    with _collector_paused():
        return _scan(entries, cache_path, me, now, workers, progress or _silent)


def _scan(
    entries: list[MaildirEntry],
    cache_path: Path | None,
    me: frozenset[str],
    now: datetime,
    workers: int,
    progress: Progress,
) -> ScanResult:
    cache = load_readings(cache_path) if cache_path else None
    pairs, hits = _gather(entries, cache, workers, progress)
    if cache_path is not None and cache is not None:
        live_keys = {(e.folder, e.key) for e in entries}
        if len(cache.files) != len(live_keys):
            cache.files = {k: v for k, v in cache.files.items() if k in live_keys}
            cache.dirty = True
        if cache.dirty:
            save_readings(cache_path, cache, {digest for _, _, digest in cache.files.values()})
    messages = [message for message, _ in pairs]
    readings = {message.message_id: reading for message, reading in pairs}
    threads = build_threads(messages)
    people = NameDirectory.from_messages(messages)
    analyses = tuple(analyse_thread(thread, me, now, readings, people) for thread in threads)
    return ScanResult(analyses=analyses, messages=len(messages), from_cache=hits)


def scan_messages(
    messages: Sequence[Message], me: frozenset[str], now: datetime, *, progress: Progress | None = None
) -> ScanResult:
    """Thread and analyse messages that are already parsed (synced IMAP mail read from its cache)."""
    progress = progress or _silent
    progress(0, len(messages), f"Analysing {len(messages):,} messages")
    threads = build_threads(messages)
    people = NameDirectory.from_messages(messages)
    analyses = tuple(analyse_thread(thread, me, now, None, people) for thread in threads)
    progress(len(messages), len(messages), f"Analysed {len(threads):,} threads")
    return ScanResult(analyses=analyses, messages=len(messages), from_cache=0)


def _silent(done: int, total: int, label: str) -> None:
    """No progress display."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a scan builds its objects.

    A scan keeps every message and reading alive, so each full collection walks more of them for
    nothing: they are acyclic and freed by reference counting. Measured on 10k bench messages:
    threading and analysis take ~40% less time. Mail read in this process (the email parser leaves
    cycles behind) is collected chunk by chunk, and workers collect as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _gather(
    entries: list[MaildirEntry], cache: ReadingCache | None, workers: int, progress: Progress
) -> tuple[list[_Pair], int]:
    """Every message with its reading, in listing order, from the cache where the file is known."""
    store = cache or ReadingCache()
    known: dict[int, str] = {}
    pending: list[int] = []
    for index, entry in enumerate(entries):
        stat = store.files.get((entry.folder, entry.key))
        if stat and stat[0] == entry.size and stat[1] == entry.mtime and stat[2] in store.blobs:
            known[index] = stat[2]
        else:
            pending.append(index)
    jobs = [_Job(entries[i].folder, str(entries[i].path), entries[i].flags) for i in pending]
    fresh: dict[str, _Pair] = {}  # digest → pair read in this scan
    hits = len(known)
    progress(0, len(jobs), "Reading new mail" if jobs else "Mail unchanged")
    outcomes = _read_all(jobs, workers, keep_blobs=cache is not None)
    for done, (index, outcome) in enumerate(zip(pending, outcomes, strict=True), 1):
        entry = entries[index]
        if isinstance(outcome, str):
            log.warning("skipped unreadable mail file %s: %s", entry.path.name, outcome)
            continue
        digest, blob, pair = outcome
        store.files[(entry.folder, entry.key)] = (entry.size, entry.mtime, digest)
        store.dirty = True
        known[index] = digest
        if digest in store.blobs:  # known content under a new name: keep the reading it had
            hits += 1
        elif digest not in fresh:
            fresh[digest] = pair
            if blob:
                store.blobs[digest] = blob
        if done % _CHUNK == 0 or done == len(jobs):
            progress(done, len(jobs), "Reading new mail")
    pairs = []
    for index, entry in enumerate(entries):
        digest = known.get(index)
        if digest is not None:
            pair = fresh.get(digest) or pickle.loads(store.blobs[digest])
            pairs.append(_placed(pair, entry))
    return pairs, hits


def _read_all(jobs: list[_Job], workers: int, *, keep_blobs: bool) -> Iterator[_Outcome]:
    """Each job's outcome, in order: in this process, or in a pool when there are enough jobs."""
    if workers < 2 or len(jobs) < _PARALLEL_MIN:
        for done, job in enumerate(jobs, 1):
            yield _read_file(job, keep_blobs)
            if done % _CHUNK == 0:
                gc.collect(0)  # the parser's cycles among the newest objects only (see _collector_paused)
        return
    chunks = [jobs[start : start + _CHUNK] for start in range(0, len(jobs), _CHUNK)]
    _load_readers()
    gc.freeze()  # workers forked from here neither walk nor copy the loaded engine's objects
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=_pool_context(), initializer=gc.enable
        ) as pool:
            for results in pool.map(_read_chunk, chunks):
                for result in results:
                    yield result if isinstance(result, str) else (*result, pickle.loads(result[1]))
    finally:
        gc.unfreeze()


def _load_readers() -> None:
    """Import here, once, what reading mail otherwise imports on first use in each forked worker: the date
    rules (~0.08 s of compiled patterns) and the HTML converter (~0.03 s)."""
    import inscriptis  # noqa: F401

    import belt_tui.asks.dates
    import belt_tui.asks.dates_refs  # noqa: F401


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork is cheapest (workers inherit the loaded engine) but unsafe once other threads run."""
    single = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
    return multiprocessing.get_context("fork" if single else "forkserver")


def _read_chunk(jobs: list[_Job]) -> list[tuple[str, bytes] | str]:
    """Worker side: (digest, pickled pair) per job; the parent unpickles it and caches the bytes as is."""
    outcomes = (_read_file(job, keep_blob=True) for job in jobs)
    return [outcome if isinstance(outcome, str) else outcome[:2] for outcome in outcomes]


def _read_file(job: _Job, keep_blob: bool) -> _Outcome:
    try:
        raw = Path(job.path).read_bytes()
    except OSError as error:
        return str(error.strerror or error)
    message = parse_message(raw, folder=job.folder, source=job.path, flags=job.flags)
    pair = (message, read_message(message))
    return hashlib.sha256(raw).hexdigest(), _dumps(pair) if keep_blob else b"", pair


def _placed(pair: _Pair, entry: MaildirEntry) -> _Pair:
    """A cached reading with the file facts that can change without its content (flags, folder)."""
    message, reading = pair
    if message.folder == entry.folder and message.flags == entry.flags and message.source == str(entry.path):
        return pair
    return replace(message, folder=entry.folder, flags=entry.flags, source=str(entry.path)), reading
