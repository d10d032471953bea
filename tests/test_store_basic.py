"""The store keeps follow-ups and sync state, durably and with few writes."""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from belt_tui.errors import StoreError
from belt_tui.model import FollowUp, FollowUpStatus
from belt_tui.store import MAIN_FILE, Store
from belt_tui.store_codec import followup_from_doc, followup_to_doc

PARIS_SUMMER = timezone(timedelta(hours=2))


def make_followup(followup_id: str = "f1", **changes: object) -> FollowUp:
    values: dict[str, object] = {
        "id": followup_id,
        "title": "Send the signed engagement letter",
        "owner": "ana@firm.example",
        "due": datetime(2024, 5, 3, 17, 0, tzinfo=PARIS_SUMMER),
    }
    values.update(changes)
    return FollowUp(**values)  # type: ignore[arg-type]


def on_disk(path: Path) -> dict:
    return json.loads(path.read_bytes())


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


def test_followup_survives_serialisation_with_every_field_set():
    original = make_followup(
        status=FollowUpStatus.SNOOZED,
        message_id="<m1@mail.example>",
        thread_id="<root@mail.example>",
        subject="Re: Lease renewal",
        quote="Could you send the signed letter by Friday?",
        created=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        updated=datetime(2024, 5, 1, 9, 45, 12, 345678, tzinfo=PARIS_SUMMER),
        snooze_until=datetime(2024, 5, 2, 8, 0, tzinfo=timezone(timedelta(hours=-4))),
        duration_minutes=45,
        chased=2,
        extra={"caldav_uid": "belt-f1"},
    )
    doc = followup_to_doc(original)
    restored = followup_from_doc(json.loads(json.dumps(doc)))
    assert restored == original
    assert restored.extra == original.extra
    assert restored.snooze_until is not None and restored.snooze_until.utcoffset() == timedelta(hours=-4)


def test_followup_document_uses_iso_offsets_and_enum_values():
    doc = followup_to_doc(make_followup(status=FollowUpStatus.WAITING))
    assert doc["due"] == "2024-05-03T17:00:00+02:00"
    assert doc["status"] == "waiting"


def test_naive_datetime_is_refused_rather_than_guessed():
    with pytest.raises(ValueError, match="timezone-aware"):
        followup_to_doc(make_followup(due=datetime(2024, 5, 3, 17, 0)))


def test_followup_crud_by_id(store: Store):
    store.put_followup(make_followup("a"))
    store.put_followup(make_followup("b", title="Call opposing counsel"))
    store.put_followup(make_followup("a", status=FollowUpStatus.DONE))

    assert store.get_followup("a") == make_followup("a", status=FollowUpStatus.DONE)
    assert sorted(f.id for f in store.followups()) == ["a", "b"]
    assert store.delete_followup("b") is True
    assert store.delete_followup("b") is False
    assert store.get_followup("b") is None
    assert [f.id for f in store.followups()] == ["a"]


def test_every_followup_action_is_on_disk_when_the_call_returns(store: Store):
    path = store.data_dir / MAIN_FILE
    store.put_followup(make_followup("a", title="first"))
    assert [d["title"] for d in on_disk(path)["followups"].values()] == ["first"]
    store.put_followup(make_followup("a", title="edited"))
    assert [d["title"] for d in on_disk(path)["followups"].values()] == ["edited"]
    store.delete_followup("a")
    assert on_disk(path)["followups"] == {}


def test_data_survives_reopening(tmp_path: Path):
    with Store.open(tmp_path) as store:
        store.put_followup(make_followup("a"))
        store.set_state("imap:INBOX", {"uidvalidity": 7, "last_uid": 120})
    with Store.open(tmp_path) as store:
        assert store.get_followup("a") == make_followup("a")
        assert store.get_state("imap:INBOX") == {"uidvalidity": 7, "last_uid": 120}


def test_state_is_json_and_returned_as_a_copy(store: Store):
    assert store.get_state("caldav:etags", {}) == {}
    store.set_state("caldav:etags", {"/cal/a.ics": '"e1"', "hrefs": ("x", "y")})
    copy = store.get_state("caldav:etags")
    assert copy == {"/cal/a.ics": '"e1"', "hrefs": ["x", "y"]}
    copy["/cal/a.ics"] = "mutated"
    copy["hrefs"].append("z")
    assert store.get_state("caldav:etags") == {"/cal/a.ics": '"e1"', "hrefs": ["x", "y"]}
    assert store.delete_state("caldav:etags") is True
    assert store.get_state("caldav:etags") is None


def test_state_value_that_is_not_json_is_refused_without_writing(store: Store):
    with pytest.raises(TypeError):
        store.set_state("bad", {1, 2})
    assert store.get_state("bad") is None


def count_replaces(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    replaced: list[str] = []
    real_replace = os.replace

    def counting_replace(src, dst, *args, **kwargs):
        replaced.append(Path(dst).name)
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", counting_replace)
    return replaced


def test_a_batch_writes_the_file_once_at_its_end(store: Store, monkeypatch: pytest.MonkeyPatch):
    replaced = count_replaces(monkeypatch)
    with store.batch():
        for number in range(20):
            store.put_followup(make_followup(f"f{number}"))
        with store.batch():
            store.set_state("imap:INBOX", {"last_uid": 20})
            store.set_state("imap:Sent", {"last_uid": 3})
        assert replaced == []
    assert replaced == [MAIN_FILE]
    assert len(on_disk(store.data_dir / MAIN_FILE)["followups"]) == 20


def test_outside_a_batch_each_call_is_one_write(store: Store, monkeypatch: pytest.MonkeyPatch):
    replaced = count_replaces(monkeypatch)
    store.set_state("imap:INBOX", {"last_uid": 100})
    store.put_followup(make_followup("a"))
    store.get_followup("a")
    store.followups()
    assert replaced == [MAIN_FILE, MAIN_FILE]


def test_a_batch_that_raises_changes_nothing(store: Store, monkeypatch: pytest.MonkeyPatch):
    store.put_followup(make_followup("kept"))
    replaced = count_replaces(monkeypatch)
    with pytest.raises(RuntimeError, match="core failed"), store.batch():
        store.put_followup(make_followup("half-done"))
        store.delete_followup("kept")
        raise RuntimeError("core failed")
    assert replaced == []
    assert [f.id for f in store.followups()] == ["kept"]
    store.put_followup(make_followup("after"))
    assert sorted(d["id"] for d in on_disk(store.data_dir / MAIN_FILE)["followups"].values()) == [
        "after",
        "kept",
    ]


def test_a_closed_store_refuses_reads_and_writes(tmp_path: Path):
    store = Store.open(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.put_followup(make_followup())
    with pytest.raises(StoreError, match="closed"):
        store.followups()
    assert not (tmp_path / MAIN_FILE).read_bytes().count(b'"f1"')


def test_rotating_backups_keep_the_last_three_distinct_versions(tmp_path: Path):
    for title in ("one", "two", "three", "four"):
        with Store.open(tmp_path) as store:
            store.put_followup(make_followup(title=title))
    with Store.open(tmp_path):
        pass
    titles = [
        [d["title"] for d in on_disk(tmp_path / f"{MAIN_FILE}.bak{n}")["followups"].values()]
        for n in (1, 2, 3)
    ]
    assert titles == [["four"], ["three"], ["two"]]
    assert not (tmp_path / f"{MAIN_FILE}.bak4").exists()


def test_temp_files_left_by_a_killed_writer_are_removed_on_open(tmp_path: Path):
    with Store.open(tmp_path):
        pass
    stale = tmp_path / f".{MAIN_FILE}.abc123.tmp"
    stale.write_bytes(b'{"half')
    with Store.open(tmp_path):
        assert not stale.exists()


def test_put_followups_stores_many_in_one_write(store: Store, monkeypatch: pytest.MonkeyPatch):
    store.put_followup(make_followup("f0", title="old"))
    replaced = count_replaces(monkeypatch)
    store.put_followups([make_followup(f"f{n}") for n in range(50)])
    assert replaced == [MAIN_FILE]
    assert len(store.followups()) == 50
    assert store.get_followup("f0") == make_followup("f0")


def test_calls_from_several_threads_are_serialised(store: Store):
    def add_many(prefix: str) -> None:
        for number in range(40):
            store.put_followup(make_followup(f"{prefix}{number}"))
            store.set_state(f"progress:{prefix}", number)

    workers = [threading.Thread(target=add_many, args=(prefix,)) for prefix in "abc"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(store.followups()) == 120
    assert len(on_disk(store.data_dir / MAIN_FILE)["followups"]) == 120
    assert [store.get_state(f"progress:{prefix}") for prefix in "abc"] == [39, 39, 39]
