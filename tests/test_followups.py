"""Every follow-up has one owner and one due date; every action is durable and undoable."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.followups import FollowUpError, FollowUps, is_active, pinned_block
from belt_tui.model import (
    Address,
    FollowUpStatus,
    Message,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.store import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 1, 5, 9, tzinfo=NY)
ME = frozenset({"maya@firm.test"})


def message(ident: str, sender: str, when: datetime, subject: str = "Draft") -> Message:
    return Message(
        message_id=f"<{ident}@test>",
        subject=subject,
        sender=Address(sender),
        to=(Address("maya@firm.test"),),
        cc=(),
        date=when,
    )


def analysis(*messages: Message) -> ThreadAnalysis:
    thread = Thread(thread_id=messages[0].message_id, messages=messages)
    return ThreadAnalysis(thread, Verdict(ThreadState.NONE, None, ""), messages={})


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def followups(data_dir):
    with Store.open(data_dir) as store:
        yield FollowUps(store, lambda: NOW, ME)


def test_a_follow_up_is_created_with_one_owner_and_one_due_date(followups):
    source = message("m1", "rick@client.test", NOW - timedelta(hours=2))
    created = followups.create(
        "Send the revised draft", "Rick@Client.test", NOW + timedelta(days=3), message=source, thread_id="t1"
    )
    assert created.owner == "rick@client.test"
    assert created.due == NOW + timedelta(days=3)
    assert created.message_id == "<m1@test>"
    assert created.subject == "Draft"
    assert followups.get(created.id) == created


@pytest.mark.parametrize(("title", "owner"), [("", "rick@client.test"), ("Send it", "  ")])
def test_a_follow_up_without_title_or_owner_is_refused(followups, title, owner):
    with pytest.raises(FollowUpError, match="needs a"):
        followups.create(title, owner, NOW)


def test_a_naive_due_date_is_refused(followups):
    with pytest.raises(FollowUpError, match="time zone"):
        followups.create("Send it", "rick@client.test", datetime(2026, 1, 8, 17))


def test_edits_are_kept_after_a_restart(data_dir):
    with Store.open(data_dir) as store:
        service = FollowUps(store, lambda: NOW, ME)
        created = service.create("Send it", "rick@client.test", NOW)
        service.set_owner(created.id, "ana@firm.test")
        service.set_due(created.id, NOW + timedelta(days=1))
    with Store.open(data_dir) as store:
        again = FollowUps(store, lambda: NOW, ME).get(created.id)
    assert (again.owner, again.due) == ("ana@firm.test", NOW + timedelta(days=1))


def test_undo_walks_back_action_by_action_and_redo_walks_forward(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    followups.set_owner(created.id, "ana@firm.test")
    followups.done(created.id)
    assert followups.undo().label == "mark done"
    assert followups.get(created.id).status is FollowUpStatus.OPEN
    assert followups.undo().label == "change owner"
    assert followups.get(created.id).owner == "rick@client.test"
    assert followups.redo().label == "change owner"
    assert followups.get(created.id).owner == "ana@firm.test"


def test_undoing_a_create_removes_it_and_redo_brings_it_back(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    followups.undo()
    with pytest.raises(FollowUpError, match="no follow-up"):
        followups.get(created.id)
    followups.redo()
    assert followups.get(created.id) == created


def test_undo_survives_a_restart(data_dir):
    with Store.open(data_dir) as store:
        service = FollowUps(store, lambda: NOW, ME)
        created = service.create("Send it", "rick@client.test", NOW)
        service.done(created.id)
    with Store.open(data_dir) as store:
        service = FollowUps(store, lambda: NOW, ME)
        service.undo()
        assert service.get(created.id).status is FollowUpStatus.OPEN


def test_a_new_action_clears_the_redo_stack(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    followups.done(created.id)
    followups.undo()
    followups.rename(created.id, "Send the signed copy")
    with pytest.raises(FollowUpError, match="nothing to redo"):
        followups.redo()


def test_nothing_to_undo_is_a_clear_error(followups):
    with pytest.raises(FollowUpError, match="nothing to undo"):
        followups.undo()


def test_a_snoozed_follow_up_comes_back_when_its_time_comes(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    snoozed = followups.snooze(created.id, NOW + timedelta(days=2))
    assert not is_active(snoozed, NOW + timedelta(days=1))
    assert is_active(snoozed, NOW + timedelta(days=2))


def test_waiting_counts_each_chase(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    followups.waiting(created.id)
    assert followups.waiting(created.id).chased == 2


def test_ids_can_be_given_by_a_unique_prefix(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    assert followups.get(created.id[:4]).id == created.id


def test_done_follow_ups_leave_the_open_list_but_are_never_deleted(followups):
    created = followups.create("Send it", "rick@client.test", NOW)
    followups.done(created.id)
    assert followups.all() == []
    assert [f.id for f in followups.all(include_closed=True)] == [created.id]


def test_a_follow_up_owned_by_someone_else_closes_when_they_reply(followups):
    ask = message("m1", "maya@firm.test", NOW - timedelta(hours=3))
    created = followups.create("Send the draft", "rick@client.test", NOW, message=ask, thread_id="<m1@test>")
    reply = message("m2", "rick@client.test", NOW - timedelta(hours=1))
    [closed] = followups.close_answered([analysis(ask, reply)])
    assert closed.id == created.id
    assert closed.status is FollowUpStatus.ANSWERED
    followups.undo()
    assert followups.get(created.id).status is FollowUpStatus.OPEN


def test_a_follow_up_made_on_a_reply_still_closes_after_the_original_arrives_late(followups):
    reply = message("m2", "maya@firm.test", NOW - timedelta(hours=3))
    created = followups.create(
        "Send the draft", "rick@client.test", NOW, message=reply, thread_id="<m2@test>"
    )
    original = message("m1", "rick@client.test", NOW - timedelta(hours=6))
    answer = message("m3", "rick@client.test", NOW - timedelta(hours=1))
    regrouped = analysis(original, reply, answer)
    assert regrouped.thread.thread_id == "<m1@test>"
    [closed] = followups.close_answered([regrouped])
    assert closed.id == created.id
    assert closed.status is FollowUpStatus.ANSWERED


def test_a_follow_up_is_matched_by_its_message_before_its_stored_thread_id(followups):
    ask = message("m1", "maya@firm.test", NOW - timedelta(hours=3))
    followups.create("Send the draft", "rick@client.test", NOW, message=ask, thread_id="<other@test>")
    decoy = analysis(message("other", "rick@client.test", NOW - timedelta(hours=1)))
    assert followups.close_answered([decoy]) == []
    reply = message("m2", "rick@client.test", NOW - timedelta(hours=1))
    assert len(followups.close_answered([decoy, analysis(ask, reply)])) == 1


def test_a_follow_up_without_its_message_loaded_falls_back_to_its_thread_id(followups):
    created = followups.create(
        "Chase", "rick@client.test", NOW, message_id="<gone@test>", thread_id="<m1@test>"
    )
    ask = message("m1", "maya@firm.test", NOW - timedelta(hours=3))
    reply = message("m2", "rick@client.test", NOW + timedelta(hours=1))
    assert [f.id for f in followups.close_answered([analysis(ask, reply)])] == [created.id]


def test_a_follow_up_from_a_bare_message_id_keeps_the_thread_id_it_was_given(followups):
    created = followups.create("Send the draft", "rick@client.test", NOW, message_id="<m5@test>")
    assert (created.message_id, created.thread_id) == ("<m5@test>", None)


def test_a_reply_from_someone_else_or_before_the_ask_does_not_close_it(followups):
    earlier = message("m0", "rick@client.test", NOW - timedelta(hours=5))
    ask = message("m1", "maya@firm.test", NOW - timedelta(hours=3))
    other = message("m2", "ana@firm.test", NOW - timedelta(hours=1))
    followups.create("Send the draft", "rick@client.test", NOW, message=ask, thread_id="<m0@test>")
    assert followups.close_answered([analysis(earlier, ask, other)]) == []


def test_my_own_follow_ups_never_close_themselves(followups):
    ask = message("m1", "rick@client.test", NOW - timedelta(hours=3))
    followups.create("Reply to Rick", "maya@firm.test", NOW, message=ask, thread_id="<m1@test>")
    mine = message("m2", "maya@firm.test", NOW - timedelta(hours=1))
    assert followups.close_answered([analysis(ask, mine)]) == []


def test_a_bulk_action_is_one_undo_step_and_one_redo_step(followups):
    first = followups.create("Send the draft", "maya@firm.test", NOW + timedelta(days=1))
    second = followups.create("Call the clerk", "rick@client.test", NOW + timedelta(days=2))
    monday = NOW + timedelta(days=7)
    with followups.together("snooze 2 follow-ups"):
        followups.snooze(first.id, monday)
        followups.snooze(second.id, monday)
    assert {f.status for f in followups.all()} == {FollowUpStatus.SNOOZED}

    undone = followups.undo()
    assert undone.label == "snooze 2 follow-ups"
    assert {part.after.id for part in undone.parts} == {first.id, second.id}
    assert {f.status for f in followups.all()} == {FollowUpStatus.OPEN}

    followups.redo()
    assert {f.status for f in followups.all()} == {FollowUpStatus.SNOOZED}
    followups.undo()
    assert followups.undo().label == "create follow-up", "the creates are still separate steps"


def test_a_bulk_action_that_fails_halfway_keeps_nothing(followups):
    kept = followups.create("Send the draft", "maya@firm.test", NOW + timedelta(days=1))
    with pytest.raises(FollowUpError), followups.together("mark 2 done"):
        followups.done(kept.id)
        followups.done("no-such-id")
    assert followups.get(kept.id).status is FollowUpStatus.OPEN
    assert followups.undo().label == "create follow-up"


def test_a_bulk_undo_survives_a_restart(data_dir):
    with Store.open(data_dir) as store:
        service = FollowUps(store, lambda: NOW, ME)
        ids = [service.create(f"Item {n}", "maya@firm.test", NOW + timedelta(days=1)).id for n in range(3)]
        with service.together("mark 3 done"):
            for ident in ids:
                service.done(ident)
    with Store.open(data_dir) as store:
        service = FollowUps(store, lambda: NOW, ME)
        assert service.undo().label == "mark 3 done"
        assert all(f.status is FollowUpStatus.OPEN for f in service.all())


def test_a_pinned_block_is_kept_with_the_follow_up_and_undone_like_any_edit(followups):
    made = followups.create("Send the draft", "maya@firm.test", NOW + timedelta(days=1))
    start = NOW + timedelta(hours=2)
    pinned = followups.pin(made.id, start, start + timedelta(minutes=30))
    assert pinned_block(pinned) == (start, start + timedelta(minutes=30))
    assert pinned_block(followups.get(made.id)) == (start, start + timedelta(minutes=30))
    assert followups.undo().label == "move"
    assert pinned_block(followups.get(made.id)) is None


def test_snoozing_lets_go_of_a_pinned_block(followups):
    made = followups.create("Send the draft", "maya@firm.test", NOW + timedelta(days=1))
    followups.pin(made.id, NOW + timedelta(hours=2), NOW + timedelta(hours=3))
    assert pinned_block(followups.snooze(made.id, NOW + timedelta(days=7))) is None


def test_a_block_that_ends_before_it_starts_is_refused(followups):
    made = followups.create("Send the draft", "maya@firm.test", NOW + timedelta(days=1))
    with pytest.raises(FollowUpError, match="must end after it starts"):
        followups.pin(made.id, NOW + timedelta(hours=2), NOW + timedelta(hours=1))
