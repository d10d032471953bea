"""FetchPipe reads a real Dovecot's answers itself: each command gets exactly its own messages,
news the server slips in between FETCH answers is kept where imaplib keeps it, and a refusal is
an error, not an empty answer."""

from __future__ import annotations

import pytest
from imapclient.exceptions import IMAPClientError
from servers_dovecot import DovecotServer
from servers_imap_tools import append, make_message

from belt_tui.mail.imap_parts import header_fetch_item
from belt_tui.mail.imap_wire import FetchPipe, read_answers, uid_fetch

pytestmark = pytest.mark.imap


def test_pipelined_fetches_each_get_their_own_messages_as_imaplib_reads_them(
    imap_account: DovecotServer,
) -> None:
    uids = append(imap_account, [make_message(index) for index in range(6)])
    items = ["FLAGS", "BODYSTRUCTURE", header_fetch_item()]
    with imap_account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        pipe = FetchPipe(client)
        first, second = pipe.send(uids[:3], items), pipe.send(uids[3:], items)
        assert first is not None and second is not None
        later, earlier = pipe.receive(second), pipe.receive(first)
        typ, records = client._imap.uid("FETCH", ",".join(map(str, uids)), "(" + " ".join(items) + ")")
    assert typ == "OK"
    assert sorted(earlier) == uids[:3] and sorted(later) == uids[3:]
    by_imaplib = read_answers(records)
    for uid in uids:
        mine = {**earlier, **later}[uid]
        assert {key: value for key, value in mine.items() if key != b"SEQ"} == {
            key: value for key, value in by_imaplib[uid].items() if key != b"SEQ"
        }


def test_news_between_fetch_answers_is_kept_for_imaplib(imap_account: DovecotServer) -> None:
    uids = append(imap_account, [make_message(index) for index in range(2)])
    with imap_account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        append(imap_account, [make_message(9)])  # this session is told at its next command
        answer = uid_fetch(client, uids, ["FLAGS"])
        assert sorted(answer) == uids
        assert client._imap.untagged_responses["EXISTS"][-1] == b"3"
        assert client.noop()[0] is not None  # the connection is still in step: a next command works


def test_a_refused_fetch_raises_and_the_connection_stays_usable(imap_account: DovecotServer) -> None:
    uids = append(imap_account, [make_message(0)])
    with imap_account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        with pytest.raises(IMAPClientError, match="UID FETCH failed"):
            uid_fetch(client, uids, ["NOT-AN-ITEM"])
        assert sorted(uid_fetch(client, uids, ["FLAGS"])) == uids
