"""Due dates and owners that need the rest of the message or mailbox: lead-ins, back-references to a date
named earlier, a need that only restates when, named bullets, people who are not on the thread."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.dates import find_deadline
from belt_tui.asks.engine import analyse_message, analyse_thread
from belt_tui.asks.owners import NameDirectory
from belt_tui.model import Address, AskKind, Message, Thread

LA = ZoneInfo("America/Los_Angeles")
BASE = datetime(2026, 4, 6, 9, 0, tzinfo=LA)  # a Monday
ME = frozenset({"me@firm.com"})
USER = Address("me@firm.com", "Kim Lake")
OMAR = Address("omar@client.com", "Omar Vidal")
MARTA = Address("marta@firm.com", "Marta Soto")
THEO = Address("theo@firm.com", "Theo Park")


def mail(sender: Address, to: tuple[Address, ...], body: str, minutes: int = 0) -> Message:
    return Message(
        message_id=f"<{sender.addr}.{minutes}@t>",
        subject="Matter",
        sender=sender,
        to=to,
        cc=(),
        date=BASE + timedelta(minutes=minutes),
        body=body,
    )


def dues(
    body: str, sender: Address = OMAR, to: tuple[Address, ...] = (USER,)
) -> list[tuple[str, str | None]]:
    analysis = analyse_message(mail(sender, to, body), ME)
    return [(a.text, a.due.date().isoformat() if a.due else None) for a in analysis.asks]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Could you call her today?", "2026-04-06"),
        ("need the signed copy by thurs", "2026-04-09"),
        ("Three things ahead of next week, ideally settled by Friday:", "2026-04-10"),
        ("Approved on our side, please proceed to close on the 9th as planned.", "2026-04-09"),
    ],
)
def test_deadline_phrases(sentence: str, due: str) -> None:
    assert find_deadline(sentence, BASE).due.date().isoformat() == due


def test_a_lead_in_deadline_beats_a_date_inside_a_bullet_that_is_not_a_deadline() -> None:
    body = (
        "Two things, ideally settled by Wednesday:\n"
        "- Please confirm the witness will attend the hearing on April 20.\n"
        "- Send us the signed authority form.\n"
    )
    assert [due for _, due in dues(body)] == ["2026-04-08", "2026-04-08"]


def test_a_bullet_keeps_its_own_stated_deadline() -> None:
    body = "Two things by Wednesday:\n- Send the form by Tuesday.\n- Send the invoice.\n"
    assert [due for _, due in dues(body)] == ["2026-04-07", "2026-04-08"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The inspection is on April 14 at 10.\nCould you send the floor plans before the inspection?",
            ("Could you send the floor plans before the inspection?", "2026-04-14"),
        ),
        (
            "We sign on April 20.\nPlease send your comments by then.",
            ("Please send your comments by then.", "2026-04-20"),
        ),
        (
            "You're booked for 4/15 at 9 a.m.\nWe'll email the dial-in details the day before.",
            ("We'll email the dial-in details the day before.", "2026-04-14"),
        ),
        (
            "Our store opens on April 30.\nCould you help with these before opening:\n- the sign permit\n",
            ("the sign permit", "2026-04-30"),
        ),
    ],
)
def test_a_deadline_can_point_back_at_a_date_named_earlier(body: str, expected: tuple[str, str]) -> None:
    assert expected in dues(body)


def test_an_event_date_can_come_from_the_quoted_message() -> None:
    body = (
        "I'll let you know before the hearing.\n\n"
        "On Fri, Apr 3, 2026 at 9:00 AM Kim Lake <me@firm.com> wrote:\n"
        "> Can the witness attend the hearing on April 16?\n"
    )
    assert dues(body) == [("I'll let you know before the hearing.", "2026-04-16")]


def test_a_need_that_only_restates_when_gives_its_date_to_the_ask_before_it() -> None:
    body = "Are you OK joining the call as co-counsel? Need your ok before I send the letter Monday."
    assert dues(body) == [("Are you OK joining the call as co-counsel?", "2026-04-13")]


def test_a_need_with_its_own_content_stays_an_ask() -> None:
    body = "Can you check the lease? I need to know if the tenant paid by Friday."
    assert len(dues(body)) == 2


def test_named_bullets_belong_to_the_person_named_and_take_the_lead_in_deadline() -> None:
    message = mail(
        USER,
        (MARTA, THEO),
        "Marta, Theo,\n\nFor the hearing, by tomorrow noon please:\n\n"
        "- Marta: print three sets of exhibits\n- Theo: book the large room\n",
    )
    analysis = analyse_thread(Thread(message.message_id, (message,)), ME, BASE)
    assert [(a.owner, a.due.date().isoformat(), a.kind) for a in analysis.asks] == [
        ("marta@firm.com", "2026-04-07", AskKind.REQUEST),
        ("theo@firm.com", "2026-04-07", AskKind.REQUEST),
    ]


def test_a_promise_made_for_someone_off_the_thread_is_found_in_the_mailbox() -> None:
    message = mail(THEO, (USER,), "Marta will handle service through our usual process server.")
    thread = Thread(message.message_id, (message,))
    people = NameDirectory.from_messages([message, mail(MARTA, (USER,), "Hello.", 5)])
    assert analyse_thread(thread, ME, BASE).asks[0].owner == "theo@firm.com"
    assert analyse_thread(thread, ME, BASE, people=people).asks[0].owner == "marta@firm.com"


def test_a_bare_need_before_a_list_makes_each_item_an_ask_with_its_deadline() -> None:
    body = (
        "For the partners' meeting before Friday I need:\n"
        "- a one-page status of the arbitration\n"
        "- your estimate of the exposure, best and worst case\n"
    )
    assert dues(body) == [
        ("a one-page status of the arbitration", "2026-04-10"),
        ("your estimate of the exposure, best and worst case", "2026-04-10"),
    ]


def test_an_item_that_asks_in_words_of_its_own_is_that_ask_alone() -> None:
    body = (
        "Our remarks on the draft; we need your answer by Friday:\n"
        "1. Payment: 30 days is too short for us. We ask for 45 days, please confirm.\n"
        "2. Liability: could you propose a higher cap?\n"
    )
    assert [text for text, _ in dues(body)] == [
        "We ask for 45 days, please confirm.",
        "Liability: could you propose a higher cap?",
    ]


def test_european_answer_points_are_list_items() -> None:
    body = (
        "Dear Mette,\n\n"
        "ad 1) Arbitration in London is agreed.\n"
        "ad 2) Joost will send you our comments by Friday.\n"
    )
    analysis = analyse_message(mail(USER, (OMAR,), body), ME)
    assert [(a.text, a.kind) for a in analysis.asks] == [
        ("Arbitration in London is agreed.", AskKind.APPROVAL),
        ("Joost will send you our comments by Friday.", AskKind.COMMITMENT),
    ]


def test_a_question_asking_for_the_following_leads_in_to_its_list() -> None:
    body = (
        "To finish your damages package, could you mail me copies of the following by Friday?\n"
        "- Pharmacy receipts since January\n"
        "- Your mileage log for the therapy visits\n"
    )
    assert dues(body) == [
        ("Pharmacy receipts since January", "2026-04-10"),
        ("Your mileage log for the therapy visits", "2026-04-10"),
    ]
