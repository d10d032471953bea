"""The scan caches change only speed: a cached `belt scan --json` prints exactly what a cold one does."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from belt_tui import scan
from belt_tui.cli import main
from belt_tui.scan import scan_maildir

DEV_MAIL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "mail"
ME = "dana.whitfield@harborlaw.com"
NOW = "2026-01-09T09:00:00-05:00"

pytestmark = pytest.mark.skipif(not DEV_MAIL.is_dir(), reason="dev corpus not present")


@pytest.fixture
def mailbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BELT_HOME", str(tmp_path / "home"))
    copy = tmp_path / "mail"
    shutil.copytree(DEV_MAIL, copy)
    return copy


def _scan_json(capsys: pytest.CaptureFixture[str], mailbox: Path, *extra: str, now: str = NOW) -> str:
    assert main(["scan", "--maildir", str(mailbox), "--me", ME, "--now", now, "--json", *extra]) == 0
    return capsys.readouterr().out


def _cache_files(mailbox: Path) -> list[Path]:
    return sorted((mailbox.parent / "home").rglob("*.pickle"))


def test_a_cached_rescan_prints_exactly_the_cold_json(mailbox: Path, capsys) -> None:
    cold = _scan_json(capsys, mailbox, "--no-cache")
    assert not _cache_files(mailbox)
    first = _scan_json(capsys, mailbox)
    assert [p.name.split("-")[0] for p in _cache_files(mailbox)] == ["report", "scan"]
    again = _scan_json(capsys, mailbox)
    assert first == cold
    assert again == cold


def test_a_cached_report_words_waits_for_the_new_moment(mailbox: Path, capsys) -> None:
    _scan_json(capsys, mailbox)
    later = "2026-01-20T18:00:00-05:00"
    cached = _scan_json(capsys, mailbox, now=later)
    assert cached == _scan_json(capsys, mailbox, "--no-cache", now=later)
    assert cached != _scan_json(capsys, mailbox, "--no-cache")  # the day counts did move


def test_added_removed_and_reflagged_files_are_seen_by_a_cached_rescan(mailbox: Path, capsys) -> None:
    _scan_json(capsys, mailbox)
    files = sorted((mailbox / "cur").iterdir())
    files[0].unlink()
    files[1].rename(files[1].with_name(files[1].name.replace(":2,S", ":2,RS")))
    changed = (
        files[2].read_bytes().replace(b"\n\n", b"\n\nCan you send me the signed lease by Friday?\n\n", 1)
    )
    files[2].write_bytes(changed)
    os.utime(files[2], (1, 1))
    shutil.copy(files[3], mailbox / "new" / "1800000000.M1P1.copy")
    assert _scan_json(capsys, mailbox) == _scan_json(capsys, mailbox, "--no-cache")


def test_an_unreadable_cache_is_rebuilt(mailbox: Path, capsys) -> None:
    cold = _scan_json(capsys, mailbox)
    for path in _cache_files(mailbox):
        path.write_bytes(b"not a pickle")
    assert _scan_json(capsys, mailbox) == cold
    assert _scan_json(capsys, mailbox) == cold


def test_reading_in_worker_processes_gives_the_same_threads(
    mailbox: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    now = datetime.fromisoformat(NOW)
    alone = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "one")
    monkeypatch.setattr(scan, "_PARALLEL_MIN", 1)
    pooled = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "two", workers=2)
    assert pooled.analyses == alone.analyses
    assert [a.messages for a in pooled.analyses] == [a.messages for a in alone.analyses]
    reread = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "two")
    assert reread.from_cache == reread.messages
    assert [a.messages for a in reread.analyses] == [a.messages for a in alone.analyses]


def test_progress_counts_the_messages_read(mailbox: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    now = datetime.fromisoformat(NOW)
    first = scan_maildir(
        mailbox, frozenset({ME}), now, cache_dir=tmp_path / "c", progress=lambda d, t, _: seen.append((d, t))
    )
    assert seen[0] == (0, first.messages)
    assert seen[-1] == (first.messages, first.messages)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    seen.clear()
    scan_maildir(
        mailbox, frozenset({ME}), now, cache_dir=tmp_path / "c", progress=lambda d, t, _: seen.append((d, t))
    )
    assert seen == [(0, 0)]
