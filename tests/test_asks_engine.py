"""Owners, due dates, automated mail and thread state, on small invented threads."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.engine import analyse_message, analyse_thread, classify_sentence
from belt_tui.model import Address, AskKind, Message, Thread, ThreadState

NY = ZoneInfo("America/New_York")
BASE = datetime(2026, 3, 2, 10, 0, tzinfo=NY)  # a Monday
ME = frozenset({"me@firm.com", "alias@firm.com"})
USER = Address("me@firm.com", "Kim Lake")
OMAR = Address("omar@client.com", "Omar Vidal")
PRIYA = Address("priya@firm.com", "Priya Nair")
ROBOT = Address("noreply@portal.com", "Portal")


def mail(sender: Address, to: tuple[Address, ...], body: str, minutes: int = 0, **extra: object) -> Message:
    return Message(
        message_id=f"<{sender.addr}.{minutes}@t>",
        subject=extra.pop("subject", "Matter"),  # type: ignore[arg-type]
        sender=sender,
        to=to,
        cc=extra.pop("cc", ()),  # type: ignore[arg-type]
        date=BASE + timedelta(minutes=minutes),
        body=body,
        **extra,  # type: ignore[arg-type]
    )


def asks_of(message: Message) -> list:
    analysis = analyse_message(message, ME)
    for ask in analysis.asks:
        assert message.body[ask.span.start : ask.span.end] == ask.text
    return list(analysis.asks)


@pytest.mark.parametrize(
    ("sender", "to", "body", "owner"),
    [
        (OMAR, (USER,), "Can you send the lease?", "me@firm.com"),
        (USER, (OMAR, PRIYA), "Priya, can you pull the file?", "priya@firm.com"),
        (OMAR, (PRIYA, USER), "Can someone take this?", "me@firm.com"),
        (USER, (OMAR, PRIYA), "Can you both confirm the date?", "omar@client.com"),
        (OMAR, (USER,), "I'll send the signed copy tomorrow.", "omar@client.com"),
        (PRIYA, (OMAR,), "Kim will come back to you by Friday.", "me@firm.com"),
        (OMAR, (Address("alias@firm.com"), PRIYA), "Could you call me?", "alias@firm.com"),
    ],
)
def test_owner_rules(sender: Address, to: tuple[Address, ...], body: str, owner: str) -> None:
    message = mail(sender, to, body, cc=(USER,) if USER not in to else ())
    thread = Thread(message.message_id, (message,))
    (ask,) = analyse_thread(thread, ME, BASE).asks
    assert ask.owner == owner
    assert ask.reason


def test_due_comes_from_the_sentence_a_neighbouring_qualifier_or_the_list_intro() -> None:
    body = (
        "Could you take a look? Ideally before Friday.\n\n"
        "By Wednesday, please send:\n- the lease\n- the notice\n"
    )
    asks = asks_of(mail(OMAR, (USER,), body))
    assert [a.text for a in asks] == ["Could you take a look?", "the lease", "the notice"]
    assert [a.due.date().isoformat() for a in asks] == ["2026-03-06", "2026-03-04", "2026-03-04"]


def test_a_time_proposed_in_an_availability_check_is_not_a_due_date() -> None:
    (ask,) = asks_of(mail(OMAR, (USER,), "Does Thursday at 11 work for you?"))
    assert ask.kind is AskKind.QUESTION
    assert ask.due is None


@pytest.mark.parametrize(
    "extra",
    [
        {"auto_headers": (("auto-submitted", "auto-replied"),)},
        {"auto_headers": (("precedence", "bulk"),)},
        {"auto_headers": (("list-id", "<news.example.com>"),)},
        {"content_type": "multipart/report"},
        {"subject": "Automatic reply: Matter"},
    ],
)
def test_automated_mail_carries_no_asks(extra: dict) -> None:
    message = mail(OMAR, (USER,), "Please confirm your attendance by Friday.", **extra)
    analysis = analyse_message(message, ME)
    assert analysis.automated and analysis.automated_reason
    assert analysis.asks == ()


def test_noreply_sender_is_automated_but_a_contact_form_relay_is_read() -> None:
    notice = mail(ROBOT, (USER,), "Please log in to review the document.")
    relay = mail(
        ROBOT, (USER,), "Name: Omar Vidal\nEmail: omar@client.com\nMessage: Can you call me back today?\n"
    )
    assert analyse_message(notice, ME).automated
    assert [a.text for a in analyse_message(relay, ME).asks] == ["Message: Can you call me back today?"]


def state(*messages: Message) -> ThreadState:
    thread = Thread(messages[0].message_id, tuple(messages))
    return analyse_thread(thread, ME, BASE + timedelta(days=3)).verdict.state


def test_an_ask_to_the_user_needs_a_reply_until_the_user_answers_the_asker() -> None:
    ask = mail(OMAR, (USER,), "Can you send the lease?")
    assert state(ask) is ThreadState.NEEDS_REPLY
    assert state(ask, mail(USER, (OMAR,), "Attached is the lease.", 5)) is ThreadState.NONE


def test_replying_only_to_a_colleague_does_not_answer_the_outside_party() -> None:
    ask = mail(OMAR, (USER,), "Can you send the lease?")
    assert (
        state(ask, mail(USER, (PRIYA,), "Priya, do we have the lease on file?", 5)) is ThreadState.NEEDS_REPLY
    )


def test_the_users_ask_waits_until_the_asked_person_answers_with_substance() -> None:
    ask = mail(USER, (OMAR,), "Can you send the signed lease by Friday?")
    assert state(ask) is ThreadState.AWAITING_THEM
    assert state(ask, mail(OMAR, (USER,), "Thanks!", 5)) is ThreadState.AWAITING_THEM
    assert (
        state(ask, mail(OMAR, (USER,), "I'll dig it up and send it tomorrow.", 5))
        is ThreadState.AWAITING_THEM
    )
    out_of_office = mail(OMAR, (USER,), "I am out of the office until Monday.", 5)
    assert state(ask, out_of_office) is ThreadState.AWAITING_THEM
    assert state(ask, mail(OMAR, (USER,), "Signed lease attached.", 5)) is ThreadState.NONE


def test_user_only_copied_on_asks_between_others_is_none() -> None:
    ask = mail(OMAR, (PRIYA,), "Can you send the lease?", cc=(USER,))
    assert state(ask) is ThreadState.NONE


def test_verdict_explains_who_waits_since_when() -> None:
    ask = mail(OMAR, (USER,), "Can you send the lease?")
    verdict = analyse_thread(Thread(ask.message_id, (ask,)), ME, BASE + timedelta(days=2)).verdict
    assert verdict.since == ask.date
    assert verdict.waiting_on == ("omar@client.com",)
    assert "omar@client.com" in verdict.why and "2 days" in verdict.why


def test_classify_sentence() -> None:
    is_ask, kind, due = classify_sentence("Can you file it by Friday?", BASE)
    assert is_ask and kind is AskKind.REQUEST and due.date().isoformat() == "2026-03-06"
    assert classify_sentence("Thanks so much!", BASE) == (False, None, None)


def test_classify_reads_a_line_of_several_sentences_by_its_strongest_ask() -> None:
    is_ask, kind, due = classify_sentence(
        "Good to see you at the hearing. Please send the order by Friday.", BASE
    )
    assert is_ask and kind is AskKind.REQUEST and due.date().isoformat() == "2026-03-06"
    assert classify_sentence("Good to see you. The hearing went well.", BASE) == (False, None, None)


def test_a_forwarded_notice_with_a_note_on_top_is_read_for_the_note() -> None:
    """The notice's automatic wording is below the forward marker: the forwarder's own ask counts."""
    body = (
        "Sam,\n\nCan you check whether we should object by Friday?\n\n"
        "---------- Forwarded message ---------\nFrom: Planning <eplanning@council.test>\n\n"
        "This is an automated message. Do not reply to this email.\nSubmissions close on 23 October.\n"
    )
    assert [ask.text for ask in asks_of(mail(OMAR, (USER,), body))] == [
        "Can you check whether we should object by Friday?"
    ]


def test_a_greeting_on_a_line_of_its_own_is_not_part_of_the_next_sentence() -> None:
    asks = asks_of(mail(OMAR, (USER,), "hi kim\nwill send the outgoings monday.\n"))
    assert [ask.text for ask in asks] == ["will send the outgoings monday."]
