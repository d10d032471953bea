"""build_threads: JWZ grouping that is order-independent and never merges on subject alone."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from belt_tui.mail.maildir import iter_maildir
from belt_tui.mail.threads import build_threads, normalise_subject
from belt_tui.model import Address, Message

DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
ANN, DANA, BOB, EVE = "ann@client.example", "dana@firm.example", "bob@firm.example", "eve@other.example"


def msg(
    mid: str,
    hours: float = 0,
    *,
    parent: str | None = None,
    refs: tuple[str, ...] = (),
    subject: str = "Lease renewal",
    sender: str = ANN,
    to: tuple[str, ...] = (DANA,),
    folder: str = "INBOX",
) -> Message:
    return Message(
        message_id=f"<{mid}>",
        subject=subject,
        sender=Address(sender),
        to=tuple(Address(a) for a in to),
        cc=(),
        date=START + timedelta(hours=hours),
        in_reply_to=f"<{parent}>" if parent else None,
        references=tuple(f"<{r}>" for r in refs),
        folder=folder,
    )


def groups(messages: list[Message]) -> list[list[str]]:
    return [[m.message_id.strip("<>") for m in thread.messages] for thread in build_threads(messages)]


def shuffled_results(messages: list[Message], rounds: int = 20) -> set[tuple]:
    rng = random.Random(7)
    results = set()
    for _ in range(rounds):
        rng.shuffle(messages)
        threads = build_threads(messages)
        results.add(tuple((t.thread_id, t.messages) for t in threads))
    return results


class TestNormaliseSubject:
    @pytest.mark.parametrize(
        ("subject", "core"),
        [
            ("Re: Settlement", "Settlement"),
            ("RE: Re: FW: Fwd: Settlement", "Settlement"),
            ("AW: WG: SV: Settlement", "Settlement"),
            ("[EXTERNAL] Re: [Matter 12] Fwd:  Settlement  terms", "Settlement terms"),
            ("Re[2]: Settlement", "Settlement"),
            ("Automatic reply: Settlement", "Settlement"),
            ("Out of Office AutoReply: Settlement", "Settlement"),
            ("Antw: Auto-Reply: Settlement", "Settlement"),
            ("Settlement: Re-cap", "Settlement: Re-cap"),
            ("Regarding the lease", "Regarding the lease"),
            ("", ""),
        ],
    )
    def test_strips_reply_prefixes_and_tags_repeatedly(self, subject, core):
        assert normalise_subject(subject) == core


class TestHeaderThreading:
    def test_replies_in_order_form_one_thread_sorted_by_date(self):
        messages = [
            msg("a", 0),
            msg("b", 1, parent="a", refs=("a",), sender=DANA, to=(ANN,)),
            msg("c", 2, parent="b", refs=("a", "b")),
        ]
        threads = build_threads(messages)
        assert [t.message_ids for t in threads] == [("<a>", "<b>", "<c>")]
        assert threads[0].thread_id == "<a>"

    def test_result_does_not_depend_on_input_order(self):
        messages = [
            msg("a", 0),
            msg("b", 1, parent="a", refs=("a",)),
            msg("c", 1, parent="a", refs=("a",)),
            msg("d", 3, refs=("a", "c")),
            msg("x", 2, subject="Other"),
            msg("y", 5, parent="x"),
            msg("z", 0.5, parent="missing", refs=("missing",)),
        ]
        assert len(shuffled_results(messages)) == 1
        assert sorted(groups(messages)) == [["a", "b", "c", "d"], ["x", "y"], ["z"]]

    def test_replies_to_a_missing_parent_share_a_thread_named_after_the_earliest(self):
        messages = [msg("r2", 5, parent="gone", refs=("gone",)), msg("r1", 2, parent="gone", refs=("gone",))]
        [thread] = build_threads(messages)
        assert thread.message_ids == ("<r1>", "<r2>")
        assert thread.thread_id == "<r1>"

    def test_reply_arriving_before_its_parent_in_the_input(self):
        messages = [msg("b", 1, parent="a"), msg("a", 0)]
        assert groups(messages) == [["a", "b"]]

    def test_references_alone_link_a_reply(self):
        assert groups([msg("a", 0), msg("b", 1, refs=("a",))]) == [["a", "b"]]

    def test_a_cycle_of_references_terminates_in_one_thread(self):
        messages = [msg("a", 0, parent="c"), msg("b", 1, parent="a"), msg("c", 2, parent="b")]
        assert len(shuffled_results(messages)) == 1
        assert groups(messages) == [["a", "b", "c"]]

    def test_self_reference_is_ignored(self):
        [thread] = build_threads([msg("a", 0, parent="a", refs=("a",))])
        assert thread.message_ids == ("<a>",)
        assert thread.thread_id == "<a>"

    def test_duplicate_ids_keep_both_copies_in_the_same_thread(self):
        sent = msg("a", 0, sender=DANA, to=(ANN, DANA), folder="Sent")
        inbox = msg("a", 0, sender=DANA, to=(ANN, DANA), folder="INBOX")
        reply = msg("b", 1, parent="a")
        threads = build_threads([sent, reply, inbox])
        assert [t.message_ids for t in threads] == [("<a>", "<a>", "<b>")]
        assert [m.folder for m in threads[0].messages] == ["INBOX", "Sent", "INBOX"]
        assert len(shuffled_results([sent, reply, inbox])) == 1

    def test_unrelated_messages_stay_apart_and_threads_are_ordered_by_start(self):
        assert groups([msg("late", 5, subject="B"), msg("early", 1, subject="A")]) == [["early"], ["late"]]


class TestHeaderlessReplies:
    def test_joins_when_subject_and_people_match(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 20, subject="RE: Settlement", sender=DANA, to=(ANN,)),
        ]
        assert groups(messages) == [["a", "b"]]

    def test_forward_to_a_participant_joins(self):
        messages = [
            msg("a", 0, subject="Deposition", sender=EVE, to=(DANA, BOB)),
            msg("f", 3, subject="FW: Deposition", sender=DANA, to=(BOB,)),
        ]
        assert groups(messages) == [["a", "f"]]

    def test_same_subject_from_someone_else_does_not_join(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 2, subject="Re: Settlement", sender=EVE, to=(DANA,)),
        ]
        assert groups(messages) == [["a"], ["b"]]

    def test_sharing_only_the_mailbox_owner_does_not_join(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=DANA, to=(ANN,)),
            msg("b", 2, subject="Re: Settlement", sender=DANA, to=(EVE,)),
        ]
        assert groups(messages) == [["a"], ["b"]]

    def test_more_than_thirty_days_later_does_not_join(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 24 * 31, subject="Re: Settlement", sender=DANA, to=(ANN,)),
        ]
        assert groups(messages) == [["a"], ["b"]]

    def test_a_new_message_without_a_reply_prefix_does_not_join(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 2, subject="Settlement", sender=DANA, to=(ANN,)),
        ]
        assert groups(messages) == [["a"], ["b"]]

    def test_a_reply_dated_before_the_thread_does_not_join(self):
        messages = [
            msg("a", 5, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 2, subject="Re: Settlement", sender=DANA, to=(ANN,)),
        ]
        assert groups(messages) == [["b"], ["a"]]

    def test_a_chain_of_headerless_replies_joins_one_thread(self):
        messages = [
            msg("a", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("b", 2, subject="Re: Settlement", sender=DANA, to=(ANN,)),
            msg("c", 4, subject="Re: Re: Settlement", sender=ANN, to=(DANA,)),
        ]
        assert len(shuffled_results(messages)) == 1
        assert groups(messages) == [["a", "b", "c"]]

    def test_joins_the_thread_with_the_latest_matching_message_regardless_of_order(self):
        messages = [
            msg("old", 0, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("new", 48, subject="Settlement", sender=ANN, to=(DANA,)),
            msg("re", 50, subject="Re: Settlement", sender=DANA, to=(ANN,)),
            msg("child", 51, parent="re", subject="Re: Settlement", sender=ANN, to=(DANA,)),
        ]
        assert len(shuffled_results(messages)) == 1
        assert groups(messages) == [["old"], ["new", "re", "child"]]


def test_threads_the_dev_corpus_like_its_labels():
    labels_file = DEV_CORPUS / "labels.json"
    if not labels_file.exists():
        pytest.skip("the dev corpus is not beside this checkout")
    labels = json.loads(labels_file.read_text())
    gold = {frozenset(thread["message_ids"]) for thread in labels["threads"]}
    predicted = {frozenset(thread.message_ids) for thread in build_threads(iter_maildir(DEV_CORPUS / "mail"))}
    assert len(gold & predicted) / len(gold) >= 0.95


def bounce(mid: str, hours: float, failed: str) -> Message:
    """A delivery report that names no message, only the address that failed (as Postfix writes one)."""
    return Message(
        message_id=f"<{mid}>",
        subject="Undelivered Mail Returned to Sender",
        sender=Address("mailer-daemon@firm.example"),
        to=(Address(DANA),),
        cc=(),
        date=START + timedelta(hours=hours),
        body=f"Your message could not be delivered.\n\n<{failed}>: host said: 550 mailbox unavailable",
        content_type="multipart/report",
        auto_headers=(("content-type", 'multipart/report; report-type="delivery-status"'),),
    )


def test_a_bounce_joins_the_latest_thread_that_wrote_to_the_failed_address() -> None:
    first = msg("a1", 0, sender=DANA, to=(EVE,), subject="Deposition dates")
    other = msg("b1", 1, sender=DANA, to=(ANN,), subject="Invoice")
    latest = msg("c1", 2, sender=DANA, to=(EVE,), subject="Records request")
    assert groups([first, other, latest, bounce("x1", 2.1, EVE)]) == [["a1"], ["b1"], ["c1", "x1"]]


def test_a_bounce_stays_alone_when_nothing_went_to_that_address_in_the_week_before() -> None:
    old = msg("a1", 0, sender=DANA, to=(EVE,))
    assert groups([old, bounce("x1", 24 * 8, EVE)]) == [["a1"], ["x1"]]
    assert groups([msg("b1", 0, sender=DANA, to=(ANN,)), bounce("x2", 1, EVE)]) == [["b1"], ["x2"]]
