"""Store speed with 10k and 100k message-index records and with 1k/10k follow-ups.

Each row is the median over repeats of one operation, next to a reference measured in the same run on
the same data: plain `json.dumps` + write + fsync of the same documents for writes, `json.load` for opening, a
dict lookup for reads. The last rows show why the message index has its own file: a durable
follow-up edit costs the same whatever the index size, while a shared file would cost a full dump.

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
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tinydb import TinyDB

from belt_tui.model import FollowUp
from belt_tui.store import INDEX_FILE, MAIN_FILE, Store
from belt_tui.store_codec import followup_to_doc
from belt_tui.store_tables import IndexedMessage

DUE = datetime(2026, 1, 9, 17, tzinfo=UTC)
Row = tuple[str, int, float, str, float]


def entries(count: int) -> list[IndexedMessage]:
    return [
        IndexedMessage(
            message_id=f"<{n}.{n * 7919}@mail.firm.example>",
            folder="INBOX" if n % 4 else "Archive",
            uid=n + 1,
            path=f"/home/ana/Mail/INBOX/cur/{1_700_000_000 + n}.M{n}P4242.laptop,S=14231:2,S",
            content_hash=f"{n * 2654435761 % 2**256:064x}",
            thread_id=f"<{n - n % 5}.{(n - n % 5) * 7919}@mail.firm.example>",
        )
        for n in range(count)
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


def fresh_dir(root: Path) -> Path:
    shutil.rmtree(root / "data", ignore_errors=True)
    return root / "data"


def index_rows(root: Path, count: int, repeats: int) -> list[Row]:
    batch = entries(count)
    docs = [e.to_doc() for e in batch]
    reference_file = root / "reference.json"
    dump_ms = median_ms(lambda: dump_durably(docs, reference_file), repeats)
    load_ms = median_ms(lambda: json.loads(reference_file.read_bytes()), repeats)

    def insert_all() -> None:
        with Store.open(root / "data") as store:
            store.put_messages(batch)

    insert_ms = median_ms(insert_all, repeats, setup=lambda: fresh_dir(root))
    megabytes = (root / "data" / INDEX_FILE).stat().st_size / 1e6
    open_ms = median_ms(lambda: Store.open(root / "data").close(), repeats)

    rng = random.Random(5)
    wanted = [e.message_id for e in rng.sample(batch, 1000)]
    by_id = {e.message_id: e for e in batch}
    rows: list[Row] = [
        (f"index: put_messages ({megabytes:.0f} MB file)", count, insert_ms, "json.dumps+fsync", dump_ms),
        ("index: Store.open (load+validate)", count, open_ms, "json.load", load_ms),
    ]
    with Store.open(root / "data") as store:
        get_ms = median_ms(lambda: [store.message(m) for m in wanted], repeats)
        dict_ms = median_ms(lambda: [by_id[m] for m in wanted], repeats)
        rows.append(("index: 1000 x message(id)", count, get_ms, "1000 dict lookups", dict_ms))
        changed = [replace(e, folder="Archive") for e in rng.sample(batch, 500)]
        update_ms = median_ms(lambda: store.put_messages(changed), repeats)
        rows.append(("index: update 500 entries, one write", count, update_ms, "json.dumps+fsync", dump_ms))
        store.put_followup(followups(1)[0])
        edit_ms = median_ms(lambda: store.put_followup(replace(followups(1)[0], chased=1)), repeats)
        shared_ms = median_ms(lambda: dump_durably(docs, reference_file), repeats)
        rows.append(("put_followup beside this index", count, edit_ms, "dump if one shared file", shared_ms))
    return rows


def followup_rows(root: Path, count: int, repeats: int) -> list[Row]:
    items = followups(count)
    docs = [followup_to_doc(f) for f in items]
    reference_file = root / "reference.json"
    dump_ms = median_ms(lambda: dump_durably(docs, reference_file), repeats)

    def insert_all() -> None:
        with Store.open(root / "data") as store:
            store.put_followups(items)

    insert_ms = median_ms(insert_all, repeats, setup=lambda: fresh_dir(root))
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
    docs = [e.to_doc() for e in entries(count)]
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
            rows += index_rows(root, count, repeats)
            rows += tinydb_default_rows(root, count)
        for count in (1_000, 10_000):
            rows += followup_rows(root, count, 7)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{'operation':40} {'n':>7} {'median ms':>10}  {'reference':24} {'ref ms':>8} {'ratio':>6}")
    for name, count, took, reference, reference_ms in rows:
        ratio = took / reference_ms if reference_ms else float("inf")
        print(f"{name:40} {count:>7} {took:>10.2f}  {reference:24} {reference_ms:>8.2f} {ratio:>6.2f}")


if __name__ == "__main__":
    main()
