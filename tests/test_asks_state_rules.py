"""Thread state in the cases where who answered, and how, decides it: colleagues answering for each other,
promises on either side, bounces and resends, grants of approval."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from belt_tui.asks.engine import analyse_thread
from belt_tui.model import Address, Message, Thread, ThreadState

NY = ZoneInfo("America/New_York")
BASE = datetime(2026, 4, 6, 9, 0, tzinfo=NY)
ME = frozenset({"me@firm.com"})
USER = Address("me@firm.com", "Kim Lake")
ASSOCIATE = Address("ana@firm.com", "Ana Ruiz")
CLIENT = Address("omar@client.com", "Omar Vidal")
PARTNER = Address("ruth@firm.com", "Ruth Okoye")
CLIENT_CFO = Address("lena@client.com", "Lena Berg")
FRIEND = Address("omar@gmail.com", "Omar")
STRANGER = Address("sam@gmail.com", "Sam")
POSTMASTER = Address("mailer-daemon@firm.com", "Mail Delivery System")


def mail(
    sender: Address, to: tuple[Address, ...], body: str, minutes: int, cc: tuple[Address, ...] = (), **extra
) -> Message:
    return Message(
        message_id=f"<{sender.addr}.{minutes}@t>",
        subject="Matter",
        sender=sender,
        to=to,
        cc=cc,
        date=BASE + timedelta(minutes=minutes),
        body=body,
        **extra,
    )


def state(*messages: Message) -> ThreadState:
    thread = Thread(messages[0].message_id, tuple(messages))
    return analyse_thread(thread, ME, BASE + timedelta(days=2)).verdict.state


def test_a_colleague_of_the_asked_person_can_answer() -> None:
    ask = mail(USER, (CLIENT,), "Could you send me the board minutes?", 0)
    answer = mail(CLIENT_CFO, (USER,), "The board minutes are in the data room.", 5, cc=(CLIENT,))
    assert state(ask, answer) is ThreadState.NONE


def test_two_people_on_a_shared_mail_service_are_not_colleagues() -> None:
    ask = mail(USER, (FRIEND,), "Could you send me the lease?", 0)
    other = mail(STRANGER, (USER,), "The weather is lovely here.", 5)
    assert state(ask, other) is ThreadState.AWAITING_THEM


def test_a_colleague_pressing_the_asked_person_is_no_answer() -> None:
    ask = mail(USER, (CLIENT,), "Could you send me the board minutes by Friday?", 0)
    nudge = mail(CLIENT_CFO, (USER, CLIENT), "Omar, please prioritise this.", 5)
    assert state(ask, nudge) is ThreadState.AWAITING_THEM


def test_a_colleague_of_the_user_can_answer_the_asker() -> None:
    ask = mail(CLIENT, (USER,), "Please send me the insurance certificate.", 0, cc=(ASSOCIATE,))
    answer = mail(
        ASSOCIATE, (CLIENT,), "Certificate attached, with you as additional insured.", 5, cc=(USER,)
    )
    assert state(ask, answer) is ThreadState.NONE


def test_their_promise_of_the_requested_work_is_no_answer() -> None:
    ask = mail(USER, (CLIENT,), "Please send us the signed records request.", 0)
    promise = mail(CLIENT, (USER,), "He signs tomorrow. I'll send the form once he has.", 5)
    assert state(ask, promise) is ThreadState.AWAITING_THEM


def test_a_question_answered_in_a_reply_with_a_promise_is_settled() -> None:
    ask = mail(USER, (CLIENT,), "Please confirm which date you want by Friday.", 0)
    answer = mail(CLIENT, (USER,), "April 15.\nNotice to follow.", 5)
    assert state(ask, answer) is ThreadState.NONE


def test_a_promise_to_answer_later_settles_nothing() -> None:
    ask = mail(USER, (CLIENT,), "Does the board approve the settlement range?", 0)
    later = mail(CLIENT, (USER,), "The CFO is away this week.\nI'll get back to you by Wednesday.", 5)
    assert state(ask, later) is ThreadState.AWAITING_THEM


def test_the_users_promise_answers_the_asker_and_theirs_does_not() -> None:
    """She has replied (the work she promised is her commitment, with its due date); their promise of
    work she asked for leaves her waiting for it."""
    ask = mail(CLIENT, (USER,), "Could you draft the trade mark notice for our site?", 0)
    promise = mail(USER, (CLIENT,), "Happy to.\nI'll send the notice by Friday.", 5)
    assert state(ask, promise) is ThreadState.NONE
    request = mail(USER, (CLIENT,), "Could you send the signed engagement letter?", 0)
    their_promise = mail(CLIENT, (USER,), "Sure.\nI'll send it by Friday.", 5)
    assert state(request, their_promise) is ThreadState.AWAITING_THEM


def test_accepting_a_colleagues_request_settles_it() -> None:
    ask = mail(ASSOCIATE, (USER,), "Can you make sure the client gets a copy?", 0)
    accepted = mail(USER, (ASSOCIATE,), "Will do.\nI'll send her a clean version this morning.", 5)
    assert state(ask, accepted) is ThreadState.NONE


def test_a_grant_to_the_user_answers_her_request_and_waits_on_no_reply() -> None:
    """Who says "go ahead" waits on the filing, not on an answer (as two blind corpora label it)."""
    ask = mail(USER, (CLIENT,), "May we have your approval to file the stipulation?", 0)
    grant = mail(CLIENT, (USER,), "Approved, go ahead and file.", 5)
    filed = mail(USER, (ASSOCIATE,), "Ana, please file the stipulation today.", 10)
    assert state(ask, grant) is ThreadState.NONE
    assert state(ask, grant, filed) is ThreadState.AWAITING_THEM  # now waiting on Ana


def test_a_colleague_taking_on_a_can_someone_ask_settles_it_for_the_user() -> None:
    ask = mail(PARTNER, (USER, ASSOCIATE), "Can someone cover the Tuesday hearing?", 0)
    taken = mail(ASSOCIATE, (PARTNER, USER), "I can take it, I'll cover Tuesday.", 5)
    assert state(ask) is ThreadState.NEEDS_REPLY
    assert state(ask, taken) is ThreadState.NONE


def test_a_bounce_and_a_resend_still_wait_on_them() -> None:
    first = mail(USER, (Address("omar@clent.com"),), "Could you send me the approved signage plan?", 0)
    bounce = mail(
        POSTMASTER,
        (USER,),
        "Your message couldn't be delivered.",
        1,
        auto_headers=(("auto-submitted", "auto-replied"),),
    )
    resend = mail(USER, (CLIENT,), "Resending: could you send me the approved signage plan?", 5)
    assert state(first, bounce, resend) is ThreadState.AWAITING_THEM


def test_their_status_of_work_in_progress_is_no_answer() -> None:
    ask = mail(USER, (CLIENT,), "Please confirm the interpreter is still booked.", 0)
    status = mail(CLIENT, (USER,), "The agency hasn't confirmed yet.", 5)
    assert state(ask, status) is ThreadState.AWAITING_THEM


def test_the_users_not_yet_answers_a_question() -> None:
    ask = mail(CLIENT, (USER,), "Any word from the landlord?", 0)
    answer = mail(USER, (CLIENT,), "Not yet; the landlord hasn't replied yet.", 5)
    assert state(ask, answer) is ThreadState.NONE


def test_a_colleague_answering_their_own_ask_leaves_the_users_part_open() -> None:
    ask = mail(
        CLIENT,
        (USER,),
        "I'd appreciate your view on the penalty.\nAna, can you check the registry for us?",
        0,
        cc=(ASSOCIATE,),
    )
    answer = mail(ASSOCIATE, (CLIENT,), "The registry shows the report as not filed.", 5, cc=(USER,))
    assert state(ask, answer) is ThreadState.NEEDS_REPLY


def test_a_reply_promising_in_french_to_come_back_later_is_no_answer() -> None:
    ask = mail(USER, (CLIENT,), "Could you tell me by Friday whether your client will settle?", 0)
    later = mail(CLIENT, (USER,), "Je vous reviens la semaine prochaine, après avoir parlé à mon client.", 5)
    assert state(ask, later) is ThreadState.AWAITING_THEM


def test_a_colleague_answering_the_ask_put_to_him_leaves_the_others_asks_open() -> None:
    """Omar's colleague Lena answers the item addressed to her by name; Omar's own items still wait."""
    ask = mail(
        USER,
        (CLIENT, CLIENT_CFO),
        "I need the following by Wednesday:\n\n- The signed statement\n- Lena, the March payroll export\n",
        0,
    )
    lena = mail(CLIENT_CFO, (USER,), "The payroll export is attached.", 5)
    assert state(ask, lena) is ThreadState.AWAITING_THEM
