"""The last load's analysed threads, kept on disk so the next start lists them at once.

A re-scan re-threads and re-analyses every message (seconds at 10k messages even with the scan
cache), so start-up shows the threads from the previous run first and swaps in the fresh scan when
it ends. The file is a cache: written atomically, versioned, and ignored (then rebuilt) when it
cannot be read; it lives beside the scan cache, never in the store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from belt_tui.model import ThreadAnalysis

log = logging.getLogger(__name__)

# Bump when ThreadAnalysis or anything it holds changes shape.
SNAPSHOT_FORMAT = 1


def snapshot_path(cache_dir: Path, source: Path) -> Path:
    tag = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"threads-{tag}.pickle"


def load_snapshot(path: Path, me: frozenset[str]) -> tuple[ThreadAnalysis, ...]:
    """The threads saved for this user, or () when there is no usable snapshot."""
    try:
        with path.open("rb") as handle:
            stored = pickle.load(handle)
    except FileNotFoundError:
        return ()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError) as error:
        log.warning("thread snapshot unreadable, ignoring it: %s", type(error).__name__)
        return ()
    if not isinstance(stored, dict) or stored.get("format") != SNAPSHOT_FORMAT or stored.get("me") != me:
        return ()
    return stored["analyses"]


def save_snapshot(path: Path, me: frozenset[str], analyses: Sequence[ThreadAnalysis]) -> None:
    """Replace the snapshot atomically; a failure only costs the next start its head start."""
    payload = {"format": SNAPSHOT_FORMAT, "me": me, "analyses": tuple(analyses)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".threads-", suffix=".tmp")
    except OSError as error:
        log.warning("could not write the thread snapshot: %s", error.strerror or error)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError as error:
        log.warning("could not write the thread snapshot: %s", error.strerror or error)
        Path(temp).unlink(missing_ok=True)
