"""The last load's threads, kept on disk so the next start lists them at once.

A re-scan re-threads and re-analyses every message (seconds at 10k messages even with the scan
cache), so start-up lists the threads from the previous run first and swaps in the fresh scan when
it ends. Listing needs only each row's plain values (`ThreadFacts`); unpickling every analysis
(11.6 MB at 10k threads) took 1.5 s, so the file keeps the analyses apart, one pickle per thread,
and a thread's analysis is read only when it is shown.

Layout: a header (magic, offset of the index), the per-thread analysis pickles, the details (each
thread's search text, who wrote which message, contacts), then the index (the facts without their
search text and where each analysis lies). Listing reads only the index; the details, which hold
every body's words, are read just after the list is on screen.
The file is a cache: written to a temp file and renamed, versioned by the shapes it holds, and
ignored (then rebuilt) when it cannot be read; it lives beside the scan cache, never in the store.
A reader keeps its file open, so a newer snapshot renamed over it does not move its analyses.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import io
import logging
import os
import pickle
import struct
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, Self
from zoneinfo import ZoneInfo

from belt_tui.core_views import ThreadFacts
from belt_tui.model import (
    Address,
    Ask,
    AskKind,
    Attachment,
    Message,
    MessageAnalysis,
    Sentence,
    Span,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.scan_cache import dataclass_pickler

log = logging.getLogger(__name__)

_MAGIC = b"BELTSNAP"
_HEADER = struct.Struct("<8sQ")
_DATACLASSES = (
    ThreadAnalysis,
    Thread,
    Message,
    Address,
    Attachment,
    Verdict,
    Ask,
    Span,
    Sentence,
    MessageAnalysis,
)
# The only globals an analysis pickle may name.
_ALLOWED = {
    **{("belt_tui.model", cls.__name__): cls for cls in (*_DATACLASSES, AskKind, ThreadState)},
    ("datetime", "datetime"): datetime.datetime,
    ("datetime", "timezone"): datetime.timezone,
    ("datetime", "timedelta"): datetime.timedelta,
    ("zoneinfo", "ZoneInfo"): ZoneInfo,
}
_LOAD_ERRORS = (OSError, pickle.UnpicklingError, EOFError, struct.error, KeyError, TypeError, ValueError)


def _shape() -> str:
    """A digest of every field name the file holds: a snapshot of other shapes is not read."""
    fields = [(cls.__name__, tuple(f.name for f in dataclasses.fields(cls))) for cls in _DATACLASSES]
    return hashlib.sha256(repr((fields, ThreadFacts._fields)).encode()).hexdigest()[:16]


SNAPSHOT_FORMAT = f"2-{_shape()}"


def _zone_by_key(zone: ZoneInfo) -> tuple[type, tuple[str]]:
    """ZoneInfo pickles through `getattr`, which no restricted unpickler should allow: store the key."""
    if zone.key is None:
        raise pickle.PicklingError("a time zone read from a file has no key to store")
    return ZoneInfo, (zone.key,)


_dumps = dataclass_pickler(_DATACLASSES, extra={ZoneInfo: _zone_by_key})


class _AnalysisUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        try:
            return _ALLOWED[module, name]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a thread analysis") from None


def snapshot_path(cache_dir: Path, source: Path) -> Path:
    tag = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"threads-{tag}.snapshot"


@dataclasses.dataclass(frozen=True, slots=True)
class SnapshotDetails:
    """What the list does not paint: the facts with their search text, message owners, contacts."""

    facts: list[ThreadFacts]
    thread_of_message: dict[str, str]
    contacts: tuple[str, ...]


@dataclasses.dataclass(slots=True)
class Snapshot:
    """The rows of the last run (search text empty until `details`), and analyses read on demand."""

    facts: list[ThreadFacts]
    _file: BinaryIO
    _spans: dict[str, tuple[int, int]]
    _details_at: int
    _read: dict[str, ThreadAnalysis] = dataclasses.field(default_factory=dict)
    _lock: threading.Lock = dataclasses.field(default_factory=threading.Lock)

    @classmethod
    def open(cls, path: Path, me: frozenset[str]) -> Self | None:
        """The snapshot saved for this user, or None when there is no usable one."""
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("thread snapshot unreadable, ignoring it: %s", error.strerror or error)
            return None
        try:
            magic, index_at = _HEADER.unpack(handle.read(_HEADER.size))
            if magic != _MAGIC:
                raise ValueError("not a thread snapshot")
            handle.seek(index_at)
            index = _AnalysisUnpickler(handle).load()
            if index["format"] != SNAPSHOT_FORMAT or index["me"] != sorted(me):
                handle.close()
                return None
            facts = [ThreadFacts._make(values) for values in index["facts"]]
            spans = dict(zip((f.thread_id for f in facts), index["spans"], strict=True))
            return cls(facts, handle, spans, index["details_at"])
        except _LOAD_ERRORS as error:
            log.warning("thread snapshot unreadable, ignoring it: %s", type(error).__name__)
            handle.close()
            return None

    def details(self) -> SnapshotDetails | None:
        """The rest of the index: every thread's search text, message owners and contacts."""
        with self._lock:
            try:
                self._file.seek(self._details_at)
                texts, messages, contacts = _AnalysisUnpickler(self._file).load()
                facts = [row._replace(search_text=text) for row, text in zip(self.facts, texts, strict=True)]
            except _LOAD_ERRORS as error:
                log.warning("thread snapshot details unreadable: %s", type(error).__name__)
                return None
        return SnapshotDetails(facts, messages, tuple(contacts))

    def analysis(self, thread_id: str) -> ThreadAnalysis | None:
        """One thread's analysis, read and kept on first use; None if it is not here or is damaged."""
        found = self._read.get(thread_id)
        if found is not None or thread_id not in self._spans:
            return found
        offset, length = self._spans[thread_id]
        with self._lock:
            try:
                blob = os.pread(self._file.fileno(), length, offset)
                found = _AnalysisUnpickler(io.BytesIO(blob)).load()
            except (*_LOAD_ERRORS, AttributeError, ImportError) as error:
                log.warning("thread snapshot entry unreadable: %s", type(error).__name__)
                return None
        if not isinstance(found, ThreadAnalysis):
            return None
        self._read[thread_id] = found
        return found

    def close(self) -> None:
        with self._lock:
            self._file.close()


def save_snapshot(
    path: Path,
    me: frozenset[str],
    analyses: Sequence[ThreadAnalysis],
    facts: Sequence[ThreadFacts],
    contacts: Sequence[str],
) -> None:
    """Replace the snapshot atomically; a failure only costs the next start its head start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".threads-", suffix=".tmp")
    except OSError as error:
        log.warning("could not write the thread snapshot: %s", error.strerror or error)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_HEADER.pack(_MAGIC, 0))
            spans, kept, messages = [], [], {}
            for analysis, row in zip(analyses, facts, strict=True):
                try:
                    blob = _dumps(analysis)
                except pickle.PicklingError as error:
                    log.warning("a thread is left out of the snapshot: %s", error)
                    continue
                spans.append((out.tell(), len(blob)))
                out.write(blob)
                kept.append(row)
                messages.update(dict.fromkeys(analysis.thread.message_ids, row.thread_id))
            details_at = out.tell()
            texts = [row.search_text for row in kept]
            pickle.dump((texts, messages, list(contacts)), out, protocol=pickle.HIGHEST_PROTOCOL)
            index_at = out.tell()
            index = {
                "format": SNAPSHOT_FORMAT,
                "me": sorted(me),
                "facts": [tuple(row._replace(search_text="")) for row in kept],
                "spans": spans,
                "details_at": details_at,
            }
            pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.seek(0)
            out.write(_HEADER.pack(_MAGIC, index_at))
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not write the thread snapshot: %s", error.strerror or error)
        Path(temp).unlink(missing_ok=True)
