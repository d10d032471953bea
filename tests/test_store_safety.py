"""The store refuses to run when it cannot be safe: a second belt, a corrupt or newer file, a full disk."""

from __future__ import annotations

import errno
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_basic import make_followup

from belt_tui import store as store_module
from belt_tui.errors import StoreCorrupt, StoreError, StoreLocked
from belt_tui.store import MAIN_FILE, Store

HOLD_STORE = """
import sys
from pathlib import Path
from belt_tui.store import Store
store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.read()
store.close()
"""


def start_holder(data_dir: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
    return holder


def test_second_belt_process_is_refused_with_the_running_pid(tmp_path: Path):
    holder = start_holder(tmp_path)
    try:
        with pytest.raises(StoreLocked) as refused:
            Store.open(tmp_path)
        assert str(refused.value) == (
            f"another belt is running (pid {holder.pid}) and holds {tmp_path / 'belt.lock'}"
        )
    finally:
        holder.communicate("")
    with Store.open(tmp_path):
        pass


def test_lock_of_a_killed_belt_is_released_by_the_kernel(tmp_path: Path):
    holder = start_holder(tmp_path)
    holder.kill()
    holder.wait()
    with Store.open(tmp_path) as store:
        store.put_followup(make_followup())


def test_two_stores_in_one_process_also_exclude_each_other(tmp_path: Path):
    with Store.open(tmp_path), pytest.raises(StoreLocked, match=f"pid {os.getpid()}"):
        Store.open(tmp_path)


def make_store_with_backup(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.put_followup(make_followup("precious"))
    with Store.open(data_dir):  # validates and copies the file to .bak1
        pass
    return data_dir / MAIN_FILE


def test_corrupt_file_is_refused_untouched_and_the_backup_named_with_a_working_command(tmp_path: Path):
    path = make_store_with_backup(tmp_path)
    damaged = path.read_bytes()[:-40]
    path.write_bytes(damaged)

    with pytest.raises(StoreCorrupt) as refused:
        Store.open(tmp_path)

    message = str(refused.value)
    assert str(path) in message
    assert f"newest good backup is {path}.bak1" in message
    assert path.read_bytes() == damaged
    restore = message.split("To restore it: ")[1]
    assert restore == f"cp {shlex.quote(str(path))}.bak1 {shlex.quote(str(path))}"
    subprocess.run(shlex.split(restore), check=True)
    with Store.open(tmp_path) as store:
        assert store.get_followup("precious") == make_followup("precious")


def test_a_damaged_backup_is_skipped_for_an_older_good_one(tmp_path: Path):
    path = make_store_with_backup(tmp_path)
    os.replace(f"{path}.bak1", f"{path}.bak2")
    Path(f"{path}.bak1").write_bytes(b"")
    path.write_bytes(b"\x00\x00\x00")
    with pytest.raises(StoreCorrupt, match=r"newest good backup is .*belt\.json\.bak2 "):
        Store.open(tmp_path)


def test_corrupt_file_without_backup_says_how_to_move_it_aside(tmp_path: Path):
    path = tmp_path / MAIN_FILE
    path.write_text('{"followups": [1, 2]}')
    with pytest.raises(StoreCorrupt, match=r"No good backup exists.*mv .*belt\.json\.corrupt"):
        Store.open(tmp_path)
    assert path.read_text() == '{"followups": [1, 2]}'


def test_file_from_a_newer_belt_is_refused_untouched(tmp_path: Path):
    path = tmp_path / MAIN_FILE
    newer = json.dumps({"meta": {"1": {"key": "schema", "value": 99}}, "followups": {}}).encode()
    path.write_bytes(newer)
    current = store_module.SCHEMA_VERSION
    with pytest.raises(
        StoreError, match=rf"newer belt \(schema 99; this belt reads up to schema {current}\)"
    ):
        Store.open(tmp_path)
    assert path.read_bytes() == newer
    assert not Path(f"{path}.bak1").exists()


def test_migration_hook_runs_once_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store.open(tmp_path) as store:
        store.put_followup(make_followup("a", title="old"))
    current = store_module.SCHEMA_VERSION
    ran: list[int] = []

    def rename_titles(main, data_dir) -> None:
        ran.append(current)
        main.table("followups").update(lambda doc: doc.update(title=doc["title"].upper()))

    def add_marker(main, data_dir) -> None:
        ran.append(current + 1)
        main.table("state").insert({"key": "migrated", "value": True})

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 2)
    monkeypatch.setattr(store_module, "MIGRATIONS", {current: rename_titles, current + 1: add_marker})
    for _ in range(2):
        with Store.open(tmp_path) as store:
            assert store.get_followup("a").title == "OLD"
            assert store.get_state("migrated") is True
    assert ran == [current, current + 1]
    meta = json.loads((tmp_path / MAIN_FILE).read_bytes())["meta"]
    assert list(meta.values()) == [{"key": "schema", "value": current + 2}]


def test_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with Store.open(tmp_path) as store:
        store.put_followup(make_followup("a"))
    before = (tmp_path / MAIN_FILE).read_bytes()

    def broken(main, data_dir) -> None:
        main.table("followups").truncate()
        raise RuntimeError("migration bug")

    current = store_module.SCHEMA_VERSION
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(store_module, "MIGRATIONS", {current: broken})
    with pytest.raises(RuntimeError, match="migration bug"):
        Store.open(tmp_path)
    assert (tmp_path / MAIN_FILE).read_bytes() == before
    monkeypatch.setattr(store_module, "MIGRATIONS", {current: lambda main, data_dir: None})
    with Store.open(tmp_path) as store:
        assert store.get_followup("a") is not None


def disk_full(*args: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failing_call", ["write", "fsync"])
def test_full_disk_gives_a_clear_error_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_call: str
):
    with Store.open(tmp_path) as store:
        store.put_followup(make_followup("saved"))
        before = (tmp_path / MAIN_FILE).read_bytes()

        with monkeypatch.context() as patch:
            patch.setattr(os, failing_call, disk_full)
            with pytest.raises(StoreError, match=f"disk is full: could not save {tmp_path / MAIN_FILE}"):
                store.put_followup(make_followup("unsaved"))

        assert (tmp_path / MAIN_FILE).read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
        assert [f.id for f in store.followups()] == ["saved"]
        store.put_followup(make_followup("retried"))
    with Store.open(tmp_path) as store:
        assert sorted(f.id for f in store.followups()) == ["retried", "saved"]
