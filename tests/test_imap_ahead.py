"""Batches are produced on a worker thread and committed in order on the caller's; an error on either
side stops the rest, and the producer is always closed before control returns."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from belt_tui.mail.imap_ahead import commit_ahead


class Producer:
    """Yields batches, noting the thread each ran on and whether it was closed."""

    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count, self.fail_at = count, fail_at
        self.threads: set[str] = set()
        self.closed = False

    def __iter__(self) -> Iterator[list[int]]:
        try:
            for index in range(self.count):
                self.threads.add(threading.current_thread().name)
                if index == self.fail_at:
                    raise ConnectionResetError("the server closed the connection")
                yield [index * 10, index * 10 + 1]
        finally:
            self.closed = True


def test_every_batch_is_committed_in_order_on_the_callers_thread() -> None:
    producer = Producer(5)
    committed: list[tuple[int, list[int], str]] = []
    commit_ahead(
        iter(producer), lambda index, batch: committed.append((index, batch, threading.current_thread().name))
    )
    assert [(index, batch) for index, batch, _ in committed] == [(i, [i * 10, i * 10 + 1]) for i in range(5)]
    assert {name for _, _, name in committed} == {threading.current_thread().name}
    assert threading.current_thread().name not in producer.threads


def test_a_producer_error_comes_through_after_the_batches_before_it() -> None:
    producer = Producer(5, fail_at=3)
    committed: list[int] = []
    with pytest.raises(ConnectionResetError):
        commit_ahead(iter(producer), lambda index, batch: committed.append(index))
    assert committed == [0, 1, 2]


def test_a_commit_error_stops_production_and_closes_the_producer() -> None:
    producer = Producer(50)

    def commit(index: int, batch: list[int]) -> None:
        if index == 2:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        commit_ahead(iter(producer), commit)
    assert producer.closed
