"""Produce the next batch on a worker thread while the caller commits the previous one.

The fetch pipeline (imap_fetch.fetch_batches) keeps the server busy while batches are parsed; this
adds the disk: SQLite commits and fsync release the GIL, so writing batch k overlaps with parsing
batch k+1. A second connection fetching other batches in parallel was measured too and gained
nothing on two cores (the client's parsing is the bottleneck), so there is one connection.

Order is what crash safety rests on, so batches are handed to `commit` strictly in order, on the
calling thread. imapclient is not thread-safe: while batches are in flight only the worker touches
the connection, and this returns only after the worker has stopped, whatever was raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

_Batch = TypeVar("_Batch")
_DONE = object()


def commit_ahead(produce: Iterator[_Batch], commit: Callable[[int, _Batch], None]) -> None:
    """`commit(index, batch)` for every batch `produce` yields, in order, the next one being produced
    meanwhile; the first error from either stops the rest (what was committed stays committed)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="belt-imap-fetch") as worker:
        pending = worker.submit(next, produce, _DONE)
        index = 0
        try:
            while (batch := pending.result()) is not _DONE:
                pending = worker.submit(next, produce, _DONE)
                commit(index, batch)
                index += 1
        finally:
            # Whatever happened, the worker finishes its batch before the connection is used again,
            # and the producer is closed on the worker (it may still have answers to read).
            pending.cancel()
            worker.submit(_close, produce).result()


def _close(produce: Iterator[object]) -> None:
    close = getattr(produce, "close", None)
    if close is not None:
        close()
