"""IMAP sync against a real Dovecot: first sync, new mail, flag changes, expunges, UIDVALIDITY changes,
and a server whose flags Belt never touches."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from servers_dovecot import DovecotServer
from servers_imap_tools import NEW_YORK, account_for, append, maildir_file_names, make_message, server_flags

from belt_tui.mail.imap_bodies import MailBodies
from belt_tui.mail.imap_ledger import Copy, FolderKey, Ledger
from belt_tui.mail.imap_sync import SyncReport, state_key, sync_account
from belt_tui.mail.synced import iter_synced_messages
from belt_tui.model import FollowUp, Message
from belt_tui.store import Store

pytestmark = pytest.mark.imap


class Local:
    """The local side of a sync: a store, a body cache and the account they mirror."""

    def __init__(self, server: DovecotServer, root: Path, **account_changes) -> None:
        self.account = account_for(server, **account_changes)
        self.store = Store.open(root / "data")
        self.cache = MailBodies(root / "cache")

    def sync(self, **options) -> SyncReport:
        return sync_account(self.account, self.store, self.cache, **options)

    def messages(self) -> list[Message]:
        return list(iter_synced_messages(self.store, self.cache, self.account))

    def by_id(self) -> dict[str, Message]:
        return {message.message_id: message for message in self.messages()}

    def inbox_copies(self) -> list[Copy]:
        """What the sync's ledger records for INBOX under its current UIDVALIDITY."""
        uidvalidity = self.store.get_state(state_key(self.account.name, "INBOX"))["uidvalidity"]
        ledger = Ledger.open(self.store.data_dir)
        try:
            return list(ledger.copies(FolderKey(self.account.name, "INBOX", uidvalidity)).values())
        finally:
            ledger.close()

    def in_ledger(self, message_id: str) -> bool:
        """Whether any folder of the account still has a copy of this message."""
        ledger = Ledger.open(self.store.data_dir)
        try:
            return message_id in ledger.present(self.account.name, [message_id])
        finally:
            ledger.close()


@pytest.fixture
def local(imap_account: DovecotServer, tmp_path: Path):
    side = Local(imap_account, tmp_path)
    yield side
    side.store.close()


def message_id_of(raw: bytes) -> str:
    for line in raw.split(b"\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise AssertionError("no Message-ID")


def test_first_sync_reads_inbox_and_sent_with_text_and_flags(
    imap_account: DovecotServer, local: Local
) -> None:
    inbox = [
        make_message(1),
        make_message(2, html=True),
        make_message(3, attachment=b"%PDF" + b"x" * 200_000),
    ]
    sent = [make_message(4, in_reply_to=message_id_of(inbox[0]), body="Yes, by Friday.\n")]
    append(imap_account, inbox)
    append(imap_account, [inbox[1]], flags=[])  # the same message twice in INBOX: one Message-ID
    append(imap_account, sent, folder="Sent", flags=[b"\\Seen"])

    report = local.sync()

    messages = local.by_id()
    assert set(messages) == {message_id_of(raw) for raw in inbox + sent}
    assert messages[message_id_of(sent[0])].folder == "Sent"
    assert messages[message_id_of(sent[0])].flags == {"\\Seen"}
    assert messages[message_id_of(inbox[0])].folder == "INBOX"
    assert "revised schedule 1 by Friday" in messages[message_id_of(inbox[0])].body
    assert "revised schedule 2" in messages[message_id_of(inbox[1])].body
    assert not messages[message_id_of(inbox[1])].body_is_html  # text/plain preferred over the HTML twin
    assert "revised schedule 3" in messages[message_id_of(inbox[2])].body
    assert [result.folder for result in report.folders] == ["INBOX", "Sent"]
    assert report.new + sum(r.reused for r in report.folders) >= 4


def test_a_large_attachment_is_not_downloaded(
    imap_account: DovecotServer, local: Local, tmp_path: Path
) -> None:
    append(imap_account, [make_message(1, attachment=b"%PDF" + b"\x01" * 3_000_000)])
    local.sync()
    [entry] = local.inbox_copies()
    stored = local.cache.get(entry.content_hash)
    assert stored is not None and b"revised schedule 1" in stored
    assert len(stored) < 10_000


def test_new_mail_is_fetched_and_nothing_twice(imap_account: DovecotServer, local: Local) -> None:
    append(imap_account, [make_message(i) for i in range(3)])
    local.sync()
    later = [make_message(i) for i in range(3, 5)]
    append(imap_account, later)

    report = local.sync()

    assert report.folders[0].new == 2
    ids = [message.message_id for message in local.messages()]
    assert len(ids) == len(set(ids)) == 5
    assert {message_id_of(raw) for raw in later} <= set(ids)


def test_a_resync_with_nothing_new_fetches_nothing(imap_account: DovecotServer, local: Local) -> None:
    append(imap_account, [make_message(i) for i in range(3)])
    local.sync()
    report = local.sync()
    assert all(result.unchanged for result in report.folders)
    assert report.new == report.removed == report.flags_changed == 0


def test_a_flag_set_elsewhere_is_seen_through_condstore(imap_account: DovecotServer, local: Local) -> None:
    raw = make_message(1)
    [uid] = append(imap_account, [raw])
    local.sync()
    assert local.by_id()[message_id_of(raw)].flags == frozenset()
    with imap_account.connect() as client:  # the user's own mail client answers the message
        client.select_folder("INBOX")
        client.add_flags([uid], [b"\\Answered", b"\\Seen"])
        client.logout()

    report = local.sync()

    assert report.flags_changed == 1
    assert local.by_id()[message_id_of(raw)].flags == {"\\Answered", "\\Seen"}


def test_an_expunged_message_leaves_the_ledger(imap_account: DovecotServer, local: Local) -> None:
    raws = [make_message(i) for i in range(3)]
    uids = append(imap_account, raws)
    local.sync()
    with imap_account.connect() as client:
        client.select_folder("INBOX")
        client.delete_messages([uids[1]])
        client.expunge()
        client.logout()

    report = local.sync()

    assert report.removed == 1
    assert set(local.by_id()) == {message_id_of(raws[0]), message_id_of(raws[2])}
    assert not local.in_ledger(message_id_of(raws[1]))
    assert local.in_ledger(message_id_of(raws[0]))


def test_a_folder_that_suddenly_looks_empty_keeps_local_mail_and_warns(
    imap_account: DovecotServer, local: Local
) -> None:
    raws = [make_message(i) for i in range(12)]
    append(imap_account, raws)
    local.sync()
    imap_account.doveadm("expunge", "-u", imap_account.user, "mailbox", "INBOX", "all")

    report = local.sync()

    assert len(local.messages()) == 12
    assert any("INBOX" in warning and "kept" in warning for warning in report.warnings)
    local.sync(accept_removals=True)
    assert local.messages() == []


def test_a_uidvalidity_change_rematches_by_message_id_and_keeps_follow_ups(
    imap_account: DovecotServer, local: Local
) -> None:
    raws = [make_message(i) for i in range(4)]
    append(imap_account, raws)
    local.sync()
    linked = message_id_of(raws[2])
    local.store.put_followup(
        FollowUp(
            id="f1",
            title="Send schedule",
            owner="me",
            due=datetime(2026, 1, 9, 17, tzinfo=NEW_YORK),
            message_id=linked,
        )
    )
    imap_account.doveadm("mailbox", "update", "-u", imap_account.user, "--uid-validity", "777", "INBOX")

    report = local.sync()

    assert report.folders[0].reused == 4 and report.folders[0].new == 0  # re-matched, not re-downloaded
    assert report.removed == 0
    assert set(local.by_id()) == {message_id_of(raw) for raw in raws}
    assert local.store.get_followup("f1").message_id == linked
    assert local.in_ledger(linked)
    assert all(result.unchanged for result in local.sync().folders)


def test_server_flags_and_files_are_byte_identical_after_a_sync(
    imap_account: DovecotServer, local: Local
) -> None:
    append(imap_account, [make_message(i) for i in range(5)])
    append(imap_account, [make_message(9, html=True)], flags=[b"\\Flagged"])
    append(imap_account, [make_message(10)], folder="Sent", flags=[b"\\Seen"])
    before = (
        server_flags(imap_account),
        server_flags(imap_account, "Sent"),
        maildir_file_names(imap_account),
    )

    local.sync()
    local.sync()

    after = (server_flags(imap_account), server_flags(imap_account, "Sent"), maildir_file_names(imap_account))
    assert after == before
    assert "\\Seen" not in before[0]  # the unread INBOX mail is still unread


def test_a_wiped_body_cache_is_fetched_again(
    imap_account: DovecotServer, local: Local, tmp_path: Path
) -> None:
    append(imap_account, [make_message(i) for i in range(3)])
    local.sync()
    shutil.rmtree(tmp_path / "cache")

    report = local.sync()

    assert report.folders[0].new == 3
    assert len(local.messages()) == 3


def test_many_pipelined_batches_bring_every_message_once_with_its_text(
    imap_account: DovecotServer, local: Local
) -> None:
    # Enough batches that Dovecot answers pipelined FETCHes concurrently and interleaves them.
    raws = [
        make_message(i, html=i % 2 == 0, attachment=b"%PDF" * 500 if i % 7 == 0 else None) for i in range(900)
    ]
    append(imap_account, raws)

    report = local.sync(batch_size=150)

    messages = local.by_id()
    assert report.folders[0].new == len(messages) == 900
    assert set(messages) == {message_id_of(raw) for raw in raws}
    assert all(
        f"revised schedule {i} by Friday" in messages[message_id_of(raw)].body for i, raw in enumerate(raws)
    )
