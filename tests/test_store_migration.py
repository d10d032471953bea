"""A data directory written by an older belt opens in this one, upgraded in place, losing no user data."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from test_store_basic import make_followup

from belt_tui.errors import StoreError
from belt_tui.store import MAIN_FILE, SCHEMA_VERSION, Store
from belt_tui.store_codec import followup_to_doc

SYNC_STATE = {"uidvalidity": 7, "uidnext": 121, "highestmodseq": 0}


def write_version_1(data_dir: Path, index: bytes) -> None:
    """What belt wrote under schema 1: belt.json beside a TinyDB message index, with its backup."""
    data_dir.mkdir()
    main = {
        "meta": {"1": {"key": "schema", "value": 1}},
        "followups": {"1": followup_to_doc(make_followup("f1", message_id="<m1@mail.example>"))},
        "state": {"1": {"key": "imap/work/INBOX", "value": SYNC_STATE}},
    }
    (data_dir / MAIN_FILE).write_text(json.dumps(main))
    (data_dir / "index.json").write_bytes(index)
    (data_dir / "index.json.bak1").write_bytes(index)
    (data_dir / ".index.json.k2j3.tmp").write_bytes(index[:10])  # a write killed half-way


def version_1_index() -> bytes:
    entry = {
        "message_id": "<m1@mail.example>",
        "folder": "INBOX",
        "uid": 1,
        "path": "",
        "content_hash": "0" * 64,
        "thread_id": "<m1@mail.example>",
    }
    return json.dumps({"messages": {"1": entry}}).encode()


def schema_on_disk(data_dir: Path) -> int:
    [meta] = json.loads((data_dir / MAIN_FILE).read_bytes())["meta"].values()
    return meta["value"]


def index_files(data_dir: Path) -> list[str]:
    return sorted(path.name for path in data_dir.iterdir() if "index.json" in path.name)


def test_a_version_1_directory_keeps_its_follow_ups_and_state_and_loses_the_message_index(tmp_path: Path):
    data_dir = tmp_path / "data"
    write_version_1(data_dir, version_1_index())

    with Store.open(data_dir) as store:
        assert store.get_followup("f1") == make_followup("f1", message_id="<m1@mail.example>")
        assert store.get_state("imap/work/INBOX") == SYNC_STATE

    assert index_files(data_dir) == []
    assert schema_on_disk(data_dir) == SCHEMA_VERSION == 2
    assert json.loads((data_dir / f"{MAIN_FILE}.bak1").read_bytes())["meta"]["1"]["value"] == 1


def test_a_damaged_message_index_does_not_stop_the_upgrade(tmp_path: Path):
    data_dir = tmp_path / "data"
    write_version_1(data_dir, b'{"messages": {"1": ')

    with Store.open(data_dir) as store:
        assert store.get_followup("f1") is not None

    assert index_files(data_dir) == []


def test_an_upgrade_cut_short_by_a_full_disk_completes_on_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data_dir = tmp_path / "data"
    write_version_1(data_dir, version_1_index())
    before = (data_dir / MAIN_FILE).read_bytes()

    real_replace = os.replace

    def full_when_saving_the_upgrade(src, dst, *args, **kwargs):
        if Path(dst).name == MAIN_FILE:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full_when_saving_the_upgrade)
        with pytest.raises(StoreError, match=f"disk is full: could not save {data_dir / MAIN_FILE}"):
            Store.open(data_dir)
    assert (data_dir / MAIN_FILE).read_bytes() == before  # still schema 1, its index already deleted
    assert index_files(data_dir) == []

    with Store.open(data_dir) as store:
        assert store.get_followup("f1") is not None
    assert schema_on_disk(data_dir) == SCHEMA_VERSION
    assert index_files(data_dir) == []
