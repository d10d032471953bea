"""The triage views: which threads each tab holds, in what order, and what a filter keeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from belt_tui.core_views import View, format_age, owner_label, rows_for_view, thread_row, view_counts
from belt_tui.model import (
    Address,
    Ask,
    AskKind,
    Message,
    MessageAnalysis,
    Span,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)


def analysed(
    subject: str,
    state: ThreadState,
    *,
    hours_ago: float,
    sender: str = "ann@client.example",
    body: str = "Hello.",
    due_hours: float | None = None,
) -> ThreadAnalysis:
    sent = NOW - timedelta(hours=hours_ago)
    message = Message(
        message_id=f"<{subject}@x>",
        subject=subject,
        sender=Address(sender, sender.split("@")[0].title()),
        to=(Address("me@firm.example"),),
        cc=(),
        date=sent,
        body=body,
    )
    asks: tuple[Ask, ...] = ()
    if due_hours is not None:
        ask = Ask(
            message_id=message.message_id,
            text=body,
            span=Span(0, len(body)),
            kind=AskKind.REQUEST,
            owner="me@firm.example",
            due=NOW + timedelta(hours=due_hours),
            confidence=0.9,
            reason="imperative",
        )
        asks = (ask,)
    verdict = Verdict(state=state, since=sent if state is not ThreadState.NONE else None, why="", asks=asks)
    thread = Thread(thread_id=message.message_id, messages=(message,))
    return ThreadAnalysis(
        thread=thread,
        verdict=verdict,
        messages={message.message_id: MessageAnalysis(message.message_id, (), asks)},
    )


@pytest.fixture
def rows():
    return [
        thread_row(analysed("Lease draft", ThreadState.NEEDS_REPLY, hours_ago=5), NOW),
        thread_row(analysed("Board minutes", ThreadState.NEEDS_REPLY, hours_ago=50), NOW),
        thread_row(analysed("Invoice query", ThreadState.AWAITING_THEM, hours_ago=30), NOW),
        thread_row(analysed("Newsletter", ThreadState.NONE, hours_ago=1, sender="news@list.example"), NOW),
        thread_row(
            analysed(
                "Signing pages",
                ThreadState.NEEDS_REPLY,
                hours_ago=1,
                body="Please sign by noon.",
                due_hours=-2,
            ),
            NOW,
        ),
    ]


def subjects(rows) -> list[str]:
    return [row.subject for row in rows]


def test_needs_reply_lists_overdue_asks_first_then_the_longest_wait(rows):
    assert subjects(rows_for_view(rows, View.NEEDS_REPLY)) == [
        "Signing pages",
        "Board minutes",
        "Lease draft",
    ]


def test_waiting_view_holds_only_threads_where_i_wait_on_them(rows):
    assert subjects(rows_for_view(rows, View.AWAITING_THEM)) == ["Invoice query"]


def test_all_view_puts_what_waits_on_me_before_what_i_wait_on_before_the_rest(rows):
    assert subjects(rows_for_view(rows, View.ALL)) == [
        "Signing pages",
        "Board minutes",
        "Lease draft",
        "Invoice query",
        "Newsletter",
    ]


def test_counts_are_per_view_before_any_filter(rows):
    assert view_counts(rows) == {View.NEEDS_REPLY: 3, View.AWAITING_THEM: 1, View.ALL: 5}


def test_filter_matches_subject_sender_and_body_case_insensitively(rows):
    assert subjects(rows_for_view(rows, View.ALL, "DRAFT")) == ["Lease draft"]
    assert subjects(rows_for_view(rows, View.ALL, "news@list")) == ["Newsletter"]
    assert subjects(rows_for_view(rows, View.ALL, "sign noon")) == ["Signing pages"]
    assert rows_for_view(rows, View.ALL, "settlement") == []


def test_age_counts_from_when_the_wait_began(rows):
    board = next(row for row in rows if row.subject == "Board minutes")
    assert board.age == timedelta(hours=50)
    assert board.age_label == "2d"


def test_a_row_counts_asks_and_names_the_latest_sender(rows):
    signing = next(row for row in rows if row.subject == "Signing pages")
    assert (signing.sender, signing.ask_count, signing.overdue) == ("Ann", 1, True)


@pytest.mark.parametrize(
    ("age", "label"),
    [
        (timedelta(seconds=20), "now"),
        (timedelta(minutes=12), "12m"),
        (timedelta(hours=3, minutes=59), "3h"),
        (timedelta(days=2, hours=1), "2d"),
        (timedelta(days=20), "2w"),
        (timedelta(days=120), "4mo"),
        (timedelta(days=800), "2y"),
        (timedelta(hours=-1), "now"),
    ],
)
def test_age_labels_fit_a_narrow_column(age, label):
    assert format_age(age) == label


def test_a_key_clients_tighter_target_puts_its_thread_first_at_a_shorter_wait():
    targets = {"key.example": 4.0}

    def target_hours(address: str) -> float:
        return targets.get(address.rpartition("@")[2], 24.0)

    rows = [
        thread_row(
            analysed("Routine", ThreadState.NEEDS_REPLY, hours_ago=12), NOW, target_hours=target_hours
        ),
        thread_row(
            analysed("Key client", ThreadState.NEEDS_REPLY, hours_ago=6, sender="cfo@key.example"),
            NOW,
            target_hours=target_hours,
        ),
    ]
    ordered = rows_for_view(rows, View.NEEDS_REPLY)
    assert subjects(ordered) == ["Key client", "Routine"]
    assert ordered[0].late and not ordered[1].late
    assert ordered[0].lateness == 1.5


def test_waits_are_measured_by_the_given_measure_such_as_working_hours():
    def office_hours(start: float, end: float) -> float:
        return 2 * 3600.0

    row = thread_row(
        analysed("Friday mail", ThreadState.NEEDS_REPLY, hours_ago=60), NOW, measure=office_hours
    )
    assert row.lateness == 2 / 24
    assert row.age == timedelta(hours=60)
    assert not row.late


def test_the_owner_column_names_the_owner_of_the_oldest_open_ask():
    me = frozenset({"me@firm.example"})
    mine = thread_row(analysed("Sign", ThreadState.NEEDS_REPLY, hours_ago=1, due_hours=5), NOW, me=me)
    assert mine.owner == "me"
    assert owner_label("ann@client.example", me) == "ann"
    assert thread_row(analysed("Plain", ThreadState.NONE, hours_ago=1), NOW).owner == ""
