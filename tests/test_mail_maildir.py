"""The Maildir++ source: folders, flags, read-only scanning, and survival of bad files."""

from __future__ import annotations

import logging
import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from belt_tui.errors import SourceError
from belt_tui.mail.maildir import iter_maildir, iter_maildir_files, list_folders, parse_flags, read_entry


def mail_bytes(mid: str, subject: str = "Lease") -> bytes:
    msg = EmailMessage()
    msg["From"] = "ann@client.example"
    msg["To"] = "dana@firm.example"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 05 Jan 2026 10:00:00 +0000"
    msg["Message-ID"] = f"<{mid}>"
    msg.set_content("Can you call me?")
    return bytes(msg)


def make_folder(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def deliver(folder: Path, name: str, mid: str, subject: str = "Lease") -> Path:
    path = folder / name
    path.write_bytes(mail_bytes(mid, subject))
    return path


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = make_folder(tmp_path / "Mail")
    deliver(root / "cur", "1000.M1P1.host:2,RS", "seen-replied@x")
    deliver(root / "new", "1001.M2P1.host", "unread@x")
    deliver(root / "tmp", "1002.M3P1.host", "being-delivered@x")
    deliver(make_folder(root / ".Sent") / "cur", "1003.M4P1.host:2,S", "sent@x")
    deliver(make_folder(root / ".Archive.2024") / "cur", "1004.M5P1.host:2,FS", "archived@x")
    deliver(make_folder(root / ".Entw&APw-rfe") / "cur", "1005.M6P1.host:2,DS", "draft@x")
    (root / ".not-a-folder").mkdir()
    (root / "dovecot-uidlist").write_text("3 V1 N1\n")
    return root


def test_lists_inbox_first_then_subfolders_by_name(maildir):
    assert list_folders(maildir) == ["INBOX", "Archive.2024", "Entwürfe", "Sent"]


def test_reads_every_folder_but_not_tmp(maildir):
    found = {(m.folder, m.message_id) for m in iter_maildir(maildir)}
    assert found == {
        ("INBOX", "<seen-replied@x>"),
        ("INBOX", "<unread@x>"),
        ("Sent", "<sent@x>"),
        ("Archive.2024", "<archived@x>"),
        ("Entwürfe", "<draft@x>"),
    }


def test_flags_come_from_the_info_suffix_and_new_means_unseen(maildir):
    flags = {m.message_id: m.flags for m in iter_maildir(maildir)}
    assert flags["<seen-replied@x>"] == {"\\Seen", "\\Answered"}
    assert flags["<unread@x>"] == frozenset()
    assert flags["<archived@x>"] == {"\\Seen", "\\Flagged"}
    assert flags["<draft@x>"] == {"\\Seen", "\\Draft"}


def test_parse_flags_ignores_unknown_letters_and_drops_seen_in_new():
    assert parse_flags("k:2,PTSa") == {"$Forwarded", "\\Deleted", "\\Seen"}
    assert parse_flags("k:2,S", unseen=True) == frozenset()
    assert parse_flags("k") == frozenset()


def test_can_read_chosen_folders_only(maildir):
    assert [m.message_id for m in iter_maildir(maildir, ["Sent"])] == ["<sent@x>"]


def test_unknown_folder_is_named_in_the_error(maildir):
    with pytest.raises(SourceError, match=r"no folder Drafts \(it has: INBOX, Archive\.2024, "):
        list(iter_maildir(maildir, ["Drafts"]))


def test_entries_carry_what_a_cache_needs(maildir):
    entries = {e.key: e for e in iter_maildir_files(maildir)}
    entry = entries["1000.M1P1.host"]
    stat = entry.path.stat()
    assert (entry.folder, entry.size, entry.mtime) == ("INBOX", stat.st_size, stat.st_mtime)
    assert entry.path.name == "1000.M1P1.host:2,RS"


def test_order_is_stable_folder_by_folder(maildir):
    keys = [e.key for e in iter_maildir_files(maildir)]
    assert keys == [
        "1000.M1P1.host",
        "1001.M2P1.host",
        "1004.M5P1.host",
        "1005.M6P1.host",
        "1003.M4P1.host",
    ]


def test_never_moves_or_renames_files(maildir):
    before = sorted(p.relative_to(maildir) for p in maildir.rglob("*"))
    list(iter_maildir(maildir))
    assert sorted(p.relative_to(maildir) for p in maildir.rglob("*")) == before


def test_source_and_content_are_carried(maildir):
    [message] = iter_maildir(maildir, ["Sent"])
    assert message.source == str(maildir / ".Sent" / "cur" / "1003.M4P1.host:2,S")
    assert message.body == "Can you call me?"


def test_garbage_file_is_parsed_with_errors_not_fatal(maildir):
    (maildir / "cur" / "0999.garbage:2,S").write_bytes(b"\x00\xff not mail at all")
    messages = list(iter_maildir(maildir, ["INBOX"]))
    assert len(messages) == 3
    assert messages[0].parse_errors


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_skipped_with_a_warning(maildir, caplog):
    locked = deliver(maildir / "cur", "0998.locked:2,S", "locked@x")
    locked.chmod(0)
    with caplog.at_level(logging.WARNING, logger="belt_tui.mail.maildir"):
        ids = [m.message_id for m in iter_maildir(maildir, ["INBOX"])]
    assert "<locked@x>" not in ids and len(ids) == 2
    assert str(locked) in caplog.text


def test_file_vanishing_between_listing_and_reading_is_skipped(maildir, caplog):
    entries = iter_maildir_files(maildir, ["INBOX"])
    first = next(entries)
    first.path.unlink()  # a mail client moved it from new/ to cur/ meanwhile
    with caplog.at_level(logging.WARNING, logger="belt_tui.mail.maildir"):
        assert read_entry(first) is None
    assert str(first.path) in caplog.text


def test_missing_root_names_the_path(tmp_path):
    with pytest.raises(SourceError, match=f"Maildir not found: {tmp_path / 'nope'}"):
        list(iter_maildir(tmp_path / "nope"))


def test_a_directory_that_is_not_a_maildir_is_refused(tmp_path):
    with pytest.raises(SourceError, match="is not a Maildir"):
        list_folders(tmp_path)


def test_a_maildir_without_new_yet_is_fine(tmp_path):
    root = tmp_path / "Mail"
    (root / "cur").mkdir(parents=True)
    deliver(root / "cur", "1:2,S", "only@x")
    assert [m.message_id for m in iter_maildir(root)] == ["<only@x>"]
