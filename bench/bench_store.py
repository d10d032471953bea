"""Store speed with 10k and 100k message records, and with 1k/10k follow-ups.

Why the message index lives in SQLite (the IMAP ledger, mail/imap_ledger.py) and not in TinyDB: the
same 10k/100k message-shaped records are inserted, read and updated in TinyDB (set up as schema 1's
index.json was: Belt's atomic storage and keyed table, one file write per call) and in the ledger.
The sync row is what an initial sync paid: one write per batch of 1,000, each rewriting the whole
TinyDB file, so the total grows with the square of the mailbox.

Each row is the median over repeats of one operation, next to a reference measured in the same run on
the same data: plain `json.dumps` + write + fsync for TinyDB writes, `json.load` for opening, dict
lookups for reads, and for the ledger rows the TinyDB row above them.

Run: .venv/bin/python bench/bench_store.py
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from belt_tui.mail.imap_ledger import Copy, FolderKey, Ledger
from belt_tui.model import FollowUp
from belt_tui.store import MAIN_FILE, Store
from belt_tui.store_codec import followup_to_doc
from belt_tui.store_file import AtomicJSONStorage, load_tables
from belt_tui.store_tables import KeyedTable

DUE = datetime(2026, 1, 9, 17, tzinfo=UTC)
SYNC_BATCH = 1000
KEY = FolderKey("work", "INBOX", 1)
Row = tuple[str, int, float, str, float]


def message_docs(count: int) -> list[dict[str, Any]]:
    """Records shaped like schema 1's index entries: Message-ID → folder, UID, path, hash, thread."""
    return [
        {
            "message_id": f"<{n}.{n * 7919}@mail.firm.example>",
            "folder": "INBOX" if n % 4 else "Archive",
            "uid": n + 1,
            "path": f"/home/ana/Mail/INBOX/cur/{1_700_000_000 + n}.M{n}P4242.laptop,S=14231:2,S",
            "content_hash": f"{n * 2654435761 % 2**256:064x}",
            "thread_id": f"<{n - n % 5}.{(n - n % 5) * 7919}@mail.firm.example>",
        }
        for n in range(count)
    ]


def ledger_copies(docs: Iterable[dict[str, Any]]) -> list[Copy]:
    """The same messages as ledger rows."""
    return [
        Copy(doc["uid"], doc["message_id"], doc["content_hash"], frozenset(), doc["folder"]) for doc in docs
    ]


def followups(count: int) -> list[FollowUp]:
    return [
        FollowUp(
            id=f"fu-{n:06d}",
            title=f"Send the revised schedule {n}",
            owner="ana@firm.example",
            due=DUE + timedelta(hours=n % 200),
            message_id=f"<{n}.{n * 7919}@mail.firm.example>",
            thread_id=f"<{n - n % 5}.{(n - n % 5) * 7919}@mail.firm.example>",
            subject="Re: Lease renewal, schedule B",
            quote="Could you send the revised schedule to the landlord's counsel by Friday?",
            created=DUE - timedelta(days=3),
        )
        for n in range(count)
    ]


class TinyIndex:
    """A TinyDB message index as schema 1 kept it: its own file, keyed by Message-ID, written atomically."""

    def __init__(self, path: Path) -> None:
        self.storage = AtomicJSONStorage(path, load_tables(path, 0), 0)
        self.table = KeyedTable(TinyDB(storage=lambda: self.storage).table("messages"), "message_id")

    def put(self, docs: list[dict[str, Any]]) -> None:
        """Upsert by Message-ID with one file write, as Store.batch did."""
        self.storage.deferred = True
        try:
            self.table.put_many(docs)
            self.storage.flush()
        finally:
            self.storage.deferred = False


def median_ms(run: Callable[[], object], repeats: int, setup: Callable[[], object] = lambda: None) -> float:
    samples = []
    for _ in range(repeats):
        setup()
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def dump_durably(payload: object, path: Path) -> None:
    """The reference write: what any single-file JSON store pays at minimum."""
    with path.open("w") as handle:
        handle.write(json.dumps(payload))
        handle.flush()
        os.fsync(handle.fileno())


def fresh_dir(directory: Path) -> Path:
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir()
    return directory


def in_batches(items: list, size: int = SYNC_BATCH) -> list[list]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def with_ledger(directory: Path, run: Callable[[Ledger], object]) -> Callable[[], object]:
    def opened() -> None:
        ledger = Ledger.open(directory)
        try:
            run(ledger)
        finally:
            ledger.close()

    return opened


def message_rows(root: Path, count: int, repeats: int) -> list[Row]:
    """Insert, sync, open, read and update `count` message records: TinyDB first, then the ledger."""
    docs = message_docs(count)
    copies = ledger_copies(docs)
    tiny_dir, sql_dir = root / "tinydb", root / "sqlite"
    index_path = tiny_dir / "index.json"
    reference_file = root / "reference.json"
    dump_ms = median_ms(lambda: dump_durably(docs, reference_file), repeats)
    load_ms = median_ms(lambda: json.loads(reference_file.read_bytes()), repeats)
    rng = random.Random(5)
    wanted = [doc["message_id"] for doc in rng.sample(docs, 1000)]
    by_id = {doc["message_id"]: doc for doc in docs}
    dict_ms = median_ms(lambda: [by_id[m] for m in wanted], repeats)
    changed = rng.sample(range(count), 500)

    def tiny_sync() -> None:
        index = TinyIndex(index_path)
        for batch in in_batches(docs):
            index.put(batch)

    def sql_sync(ledger: Ledger) -> None:
        for batch in in_batches(copies):
            ledger.put(KEY, batch)

    # Once: at 100k the TinyDB sync takes about a minute.
    tiny_sync_ms = median_ms(tiny_sync, 1, setup=lambda: fresh_dir(tiny_dir))
    sql_sync_ms = median_ms(with_ledger(sql_dir, sql_sync), 1, setup=lambda: fresh_dir(sql_dir))
    # The inserts leave both stores full for the reads and updates below.
    tiny_insert = median_ms(
        lambda: TinyIndex(index_path).put(docs), repeats, setup=lambda: fresh_dir(tiny_dir)
    )
    megabytes = index_path.stat().st_size / 1e6
    sql_insert = median_ms(with_ledger(sql_dir, lambda ledger: ledger.put(KEY, copies)), repeats,
                           setup=lambda: fresh_dir(sql_dir))  # fmt: skip

    tiny_open = median_ms(lambda: TinyIndex(index_path), repeats)
    index = TinyIndex(index_path)
    tiny_get = median_ms(lambda: [index.table.get(m) for m in wanted], repeats)
    tiny_all = median_ms(index.table.all, repeats)
    moved = [{**docs[n], "folder": "Archive"} for n in changed]
    tiny_update = median_ms(lambda: index.put(moved), repeats)

    ledger = Ledger.open(sql_dir)
    try:
        sql_open = median_ms(lambda: Ledger.open(sql_dir).close(), repeats)
        sql_get = median_ms(lambda: ledger.known_content(KEY.account, wanted), repeats)
        sql_all = median_ms(lambda: ledger.copies(KEY), repeats)
        flagged = {copies[n].uid: frozenset({"\\Seen", "\\Answered"}) for n in changed}
        sql_update = median_ms(lambda: ledger.set_flags(KEY, flagged), repeats)
    finally:
        ledger.close()

    batches = f"{count // SYNC_BATCH} writes of {SYNC_BATCH:,}"
    return [
        (
            f"TinyDB: insert all, one write ({megabytes:.0f} MB)",
            count,
            tiny_insert,
            "json.dumps+fsync",
            dump_ms,
        ),
        ("ledger (SQLite): insert all, one commit", count, sql_insert, "TinyDB, same", tiny_insert),
        (f"TinyDB: initial sync, {batches}", count, tiny_sync_ms, "ledger, same batches", sql_sync_ms),
        ("TinyDB: open (load+validate)", count, tiny_open, "json.load", load_ms),
        ("ledger (SQLite): open", count, sql_open, "TinyDB, same", tiny_open),
        ("TinyDB: 1000 reads by Message-ID", count, tiny_get, "1000 dict lookups", dict_ms),
        ("ledger (SQLite): 1000 reads by Message-ID", count, sql_get, "TinyDB, same", tiny_get),
        ("TinyDB: read all", count, tiny_all, "json.load", load_ms),
        ("ledger (SQLite): read all (copies)", count, sql_all, "TinyDB, same", tiny_all),
        ("TinyDB: update 500, one write", count, tiny_update, "json.dumps+fsync", dump_ms),
        ("ledger (SQLite): update 500 flags, commit", count, sql_update, "TinyDB, same", tiny_update),
    ]


def followup_rows(root: Path, count: int, repeats: int) -> list[Row]:
    items = followups(count)
    docs = [followup_to_doc(f) for f in items]
    reference_file = root / "reference.json"
    dump_ms = median_ms(lambda: dump_durably(docs, reference_file), repeats)

    def insert_all() -> None:
        with Store.open(root / "data") as store:
            store.put_followups(items)

    insert_ms = median_ms(insert_all, repeats, setup=lambda: fresh_dir(root / "data"))
    with Store.open(root / "data") as store:
        read_ms = median_ms(store.followups, repeats)
        load_ms = median_ms(lambda: json.loads((root / "data" / MAIN_FILE).read_bytes()), repeats)
        edited = replace(items[count // 2], chased=3)
        edit_ms = median_ms(lambda: store.put_followup(edited), repeats)
    return [
        ("follow-ups: put_followups (bulk)", count, insert_ms, "json.dumps+fsync", dump_ms),
        ("follow-ups: followups() (decode all)", count, read_ms, "json.load of file", load_ms),
        ("follow-ups: put_followup, durable", count, edit_ms, "json.dumps+fsync", dump_ms),
    ]


def tinydb_default_rows(root: Path, count: int) -> list[Row]:
    """TinyDB's own JSONStorage, for the figure in FIELD_NOTES: every insert rewrites the file."""
    docs = message_docs(count)
    path = root / "plain-tinydb.json"
    path.unlink(missing_ok=True)
    with TinyDB(path) as db:
        db.insert_multiple(docs)
        insert_ms = median_ms(lambda: db.insert(docs[0]), 3)
    reference_file = root / "reference.json"
    dump_ms = median_ms(lambda: dump_durably(docs, reference_file), 3)
    return [("plain TinyDB JSONStorage: one insert", count, insert_ms, "json.dumps+fsync", dump_ms)]


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-store-"))
    try:
        rows: list[Row] = []
        for count, repeats in ((10_000, 7), (100_000, 3)):
            rows += message_rows(root, count, repeats)
            rows += tinydb_default_rows(root, count)
        for count in (1_000, 10_000):
            rows += followup_rows(root, count, 7)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("Message records: TinyDB (schema 1's index.json) against the SQLite ledger that replaced it.")
    print(f"{'operation':46} {'n':>7} {'median ms':>10}  {'reference':22} {'ref ms':>9} {'ratio':>7}")
    for name, count, took, reference, reference_ms in rows:
        ratio = took / reference_ms if reference_ms else float("inf")
        print(f"{name:46} {count:>7} {took:>10.2f}  {reference:22} {reference_ms:>9.2f} {ratio:>7.3f}")


if __name__ == "__main__":
    main()
