"""The thread snapshot: rows listed from plain values, each analysis read back only when asked for."""

from __future__ import annotations

import os
import pickle
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from belt_tui import core_snapshot
from belt_tui.core_snapshot import Snapshot, save_snapshot, snapshot_path
from belt_tui.core_views import thread_facts
from belt_tui.model import (
    Address,
    Ask,
    AskKind,
    Message,
    MessageAnalysis,
    Sentence,
    Span,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)

ME = frozenset({"me@firm.example"})
LONDON = ZoneInfo("Europe/London")


def analysed(number: int, subject: str) -> ThreadAnalysis:
    body = "Thanks. Could you sign the lease by Friday?"
    sent = datetime(2026, 3, 5, 10, number, tzinfo=UTC)
    message = Message(
        message_id=f"<m{number}@client.example>",
        subject=subject,
        sender=Address("ann@client.example", "Ann Client"),
        to=(Address("me@firm.example"),),
        cc=(Address("bob@client.example"),),
        date=sent,
        body=body,
        flags=frozenset({"\\Seen"}),
    )
    ask = Ask(
        message.message_id,
        body[8:],
        Span(8, len(body)),
        AskKind.REQUEST,
        "me@firm.example",
        datetime(2026, 3, 6, 17, 0, tzinfo=LONDON),
        0.9,
        "a request to the reader",
        "by Friday",
    )
    sentences = (Sentence(body[:7], Span(0, 7)), Sentence(body[8:], Span(8, len(body))))
    return ThreadAnalysis(
        Thread(message.message_id, (message,)),
        Verdict(ThreadState.NEEDS_REPLY, sent, "Ann asked you to sign", (ask,), ("me@firm.example",)),
        {message.message_id: MessageAnalysis(message.message_id, sentences, (ask,))},
    )


def save(path: Path, analyses: list[ThreadAnalysis], me: frozenset[str] = ME) -> None:
    save_snapshot(path, me, analyses, [thread_facts(a, me) for a in analyses], ["ann@client.example"])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return snapshot_path(tmp_path / "cache", tmp_path / "Mail")


def test_the_rows_come_back_first_without_their_search_text_then_the_details(path: Path):
    analyses = [analysed(1, "Lease [bold]renewal[/]"), analysed(2, "Disclosure")]
    save(path, analyses)
    snapshot = Snapshot.open(path, ME)
    assert snapshot is not None
    saved = [thread_facts(a, ME) for a in analyses]
    assert snapshot.facts == [row._replace(search_text="") for row in saved]
    details = snapshot.details()
    assert details.facts == saved
    assert "could you sign the lease by friday?" in details.facts[0].search_text
    assert details.thread_of_message == {
        "<m1@client.example>": "<m1@client.example>",
        "<m2@client.example>": "<m2@client.example>",
    }
    assert details.contacts == ("ann@client.example",)
    snapshot.close()


def test_a_threads_analysis_is_read_back_whole_when_asked_for(path: Path):
    original = analysed(2, "Disclosure")
    save(path, [analysed(1, "Lease"), original])
    snapshot = Snapshot.open(path, ME)
    read = snapshot.analysis(original.thread.thread_id)
    assert read == original
    assert read.messages == original.messages
    assert read.verdict.asks[0].due == datetime(2026, 3, 6, 17, 0, tzinfo=LONDON)
    assert read.verdict.asks[0].due.tzinfo is LONDON
    assert snapshot.analysis("<unknown@x>") is None
    snapshot.close()


def test_another_users_snapshot_is_not_listed(path: Path):
    save(path, [analysed(1, "Lease")])
    assert Snapshot.open(path, frozenset({"someone@else.example"})) is None


def test_a_newer_snapshot_renamed_over_the_file_does_not_move_an_open_readers_analyses(path: Path):
    save(path, [analysed(1, "Lease"), analysed(2, "Disclosure")])
    snapshot = Snapshot.open(path, ME)
    save(path, [analysed(3, "Other"), analysed(2, "Disclosure, revised"), analysed(1, "Lease, revised")])
    assert snapshot.analysis("<m1@client.example>").thread.subject == "Lease"
    assert snapshot.analysis("<m2@client.example>").thread.subject == "Disclosure"
    snapshot.close()


def test_an_entry_naming_anything_but_analysis_classes_is_refused(
    path: Path, monkeypatch: pytest.MonkeyPatch
):
    class Foreign:
        def __reduce__(self):
            return (os.getcwd, ())

    monkeypatch.setattr(core_snapshot, "_dumps", lambda analysis: pickle.dumps(Foreign()))
    save(path, [analysed(1, "Lease")])
    snapshot = Snapshot.open(path, ME)
    assert snapshot is not None and len(snapshot.facts) == 1
    assert snapshot.analysis("<m1@client.example>") is None
    snapshot.close()


def test_a_closed_snapshot_answers_none_rather_than_failing(path: Path):
    """The core closes it once a fresh scan is listed, maybe while the screen is still asking."""
    save(path, [analysed(1, "Lease")])
    snapshot = Snapshot.open(path, ME)
    snapshot.close()
    assert snapshot.analysis("<m1@client.example>") is None


@pytest.mark.parametrize(
    "damage", [b"", b"not a snapshot at all", b"BELTSNAP" + (10**9).to_bytes(8, "little")]
)
def test_a_damaged_file_is_ignored(path: Path, damage: bytes):
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    assert Snapshot.open(path, ME) is None


def test_a_missing_file_is_no_snapshot(path: Path):
    assert Snapshot.open(path, ME) is None


def test_the_wait_is_kept_as_a_timestamp_and_the_earliest_due_date_with_it():
    facts = thread_facts(analysed(1, "Lease"), ME)
    assert facts.since == datetime(2026, 3, 5, 10, 1, tzinfo=UTC).timestamp()
    assert facts.first_due == datetime(2026, 3, 6, 17, 0, tzinfo=LONDON).timestamp()
    assert facts.owner == "me"
    assert facts.waiting and facts.state == "needs_reply"
