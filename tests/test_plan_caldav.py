"""Publishing follow-ups to a real Radicale: safe creates, no lost updates, and no tug of war."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import caldav
import pytest
from icalendar import Calendar

from belt_tui.credentials import Secret
from belt_tui.errors import SourceError
from belt_tui.model import FollowUp, FollowUpStatus, Slot
from belt_tui.plan.busy import busy_times
from belt_tui.plan.caldav_client import CalDavAccount, Conflict
from belt_tui.plan.ical import block_event, block_uid, followup_todo, task_uid
from belt_tui.plan.publish import Record, Targets, publish

pytestmark = pytest.mark.caldav

NY = ZoneInfo("America/New_York")
STAMP = datetime(2026, 1, 5, 8, tzinfo=NY)
ME = frozenset({"maya@firm.test"})
FOLLOWUP = FollowUp(
    id="f1",
    title="Send the revised draft",
    owner="maya@firm.test",
    due=datetime(2026, 1, 8, 17, tzinfo=NY),
    message_id="<draft-1@client.test>",
    subject="Engagement letter",
    quote="Can you send the revised draft by Thursday?",
)
SLOT = Slot("f1", datetime(2026, 1, 6, 10, tzinfo=NY), datetime(2026, 1, 6, 10, 30, tzinfo=NY))


def account(radicale, password: str | None = None) -> CalDavAccount:
    return CalDavAccount(radicale.url + "/", radicale.user, Secret(password or str(radicale.password)), 10)


def collection_of(acct: CalDavAccount, url: str):
    return acct.collection(url.rstrip("/").rsplit("/", 1)[-1])


def library_calendar(radicale, url: str) -> caldav.Calendar:
    client = caldav.DAVClient(url=url, username=radicale.user, password=str(radicale.password), timeout=10)
    return client.calendar(url=url)


def objects(radicale, url: str) -> list[Calendar]:
    """What the server holds now, read with the library rather than with the code under test."""
    found = library_calendar(radicale, url).search()
    return [obj.icalendar_instance for obj in found]


def uids(radicale, url: str) -> list[str]:
    return sorted(str(c.walk()[1]["UID"]) for c in objects(radicale, url))


@pytest.fixture
def setup(radicale, calendar_url):
    acct = account(radicale)
    calendar = collection_of(acct, calendar_url)
    return acct, Targets(blocks=calendar, tasks=calendar, me=ME), calendar_url


def test_a_slotted_follow_up_becomes_a_task_and_a_block(radicale, setup):
    acct, targets, url = setup
    outcome = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    assert uids(radicale, url) == sorted([task_uid("f1"), block_uid("f1")])
    record = outcome.records["f1"]
    assert record.task_href.endswith(f"/{task_uid('f1')}.ics")
    assert record.block_href.endswith(f"/{block_uid('f1')}.ics")
    assert outcome.notices == []


def test_publishing_twice_changes_nothing_and_duplicates_nothing(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    second = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, first.records, STAMP + timedelta(hours=1))
    assert second.records["f1"].task_etag == first.records["f1"].task_etag
    assert second.records["f1"].block_etag == first.records["f1"].block_etag
    assert len(uids(radicale, url)) == 2


def test_an_unchanged_second_publish_reads_one_listing_and_writes_nothing(setup, monkeypatch):
    acct, targets, _ = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    calls: list[str] = []
    for name in ("get", "create", "update", "delete", "etags"):
        original = getattr(acct, name)
        monkeypatch.setattr(acct, name, lambda *a, _n=name, _o=original: calls.append(_n) or _o(*a))
    publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, first.records, STAMP)
    assert calls == ["etags"]


def test_only_belts_own_edit_is_written_without_a_read_first(setup, monkeypatch):
    acct, targets, _ = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    calls: list[str] = []
    for name in ("get", "update"):
        original = getattr(acct, name)
        monkeypatch.setattr(acct, name, lambda *a, _n=name, _o=original: calls.append(_n) or _o(*a))
    renamed = replace(FOLLOWUP, title="Send the signed draft")
    publish(acct, targets, [renamed], {"f1": SLOT}, first.records, STAMP)
    assert calls == ["update"]


def test_a_retried_create_after_a_crash_adopts_the_object_instead_of_duplicating(radicale, setup):
    acct, targets, url = setup
    publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)  # its records are "lost in the crash"
    again = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    assert uids(radicale, url) == sorted([task_uid("f1"), block_uid("f1")])
    assert again.records["f1"].task_etag


def test_a_create_with_the_same_uid_is_refused_by_the_server_not_duplicated(setup):
    acct, targets, _ = setup
    assert acct.create(targets.tasks, task_uid("f1"), followup_todo(FOLLOWUP, STAMP)) is not None
    assert acct.create(targets.tasks, task_uid("f1"), followup_todo(FOLLOWUP, STAMP)) is None


def test_an_edit_in_belt_updates_the_task_and_moves_the_block(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    edited = replace(FOLLOWUP, title="Send the signed draft", due=datetime(2026, 1, 9, 12, tzinfo=NY))
    later = Slot("f1", SLOT.start + timedelta(hours=3), SLOT.end + timedelta(hours=3))
    publish(acct, targets, [edited], {"f1": later}, first.records, STAMP)
    todo = next(c for c in objects(radicale, url) if c.walk("VTODO")).walk("VTODO")[0]
    event = next(c for c in objects(radicale, url) if c.walk("VEVENT")).walk("VEVENT")[0]
    assert str(todo["SUMMARY"]) == "Send the signed draft"
    assert todo["DUE"].dt == datetime(2026, 1, 9, 17, tzinfo=UTC)
    assert event["DTSTART"].dt == later.start


def test_done_in_belt_completes_the_task_and_removes_the_block(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    done = replace(FOLLOWUP, status=FollowUpStatus.DONE)
    outcome = publish(acct, targets, [done], {}, first.records, STAMP)
    assert uids(radicale, url) == [task_uid("f1")]
    assert str(objects(radicale, url)[0].walk("VTODO")[0]["STATUS"]) == "COMPLETED"
    assert outcome.records["f1"].block_href is None


def test_a_task_completed_on_a_phone_completes_the_follow_up(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    phone = library_calendar(radicale, url).todo_by_uid(task_uid("f1"))
    phone.icalendar_component["STATUS"] = "COMPLETED"
    phone.save()
    outcome = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, first.records, STAMP)
    assert outcome.completed_elsewhere == ["f1"]


def test_a_stale_etag_never_overwrites_a_change_made_elsewhere(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    stale = first.records["f1"].task_etag
    phone = library_calendar(radicale, url).todo_by_uid(task_uid("f1"))
    phone.icalendar_component["SUMMARY"] = "Renamed on the phone"
    phone.save()
    with pytest.raises(Conflict):
        acct.update(first.records["f1"].task_href, stale, followup_todo(FOLLOWUP, STAMP))
    # Belt changed the due date meanwhile: both changes survive the merge.
    moved_due = replace(FOLLOWUP, due=datetime(2026, 1, 12, 17, tzinfo=NY))
    outcome = publish(acct, targets, [moved_due], {"f1": SLOT}, first.records, STAMP)
    todo = next(c for c in objects(radicale, url) if c.walk("VTODO")).walk("VTODO")[0]
    assert str(todo["SUMMARY"]) == "Renamed on the phone"
    assert todo["DUE"].dt == datetime(2026, 1, 12, 22, tzinfo=UTC)
    assert outcome.changed_elsewhere == {"f1": {"title": "Renamed on the phone"}}


def test_a_block_moved_elsewhere_stays_where_it_was_moved(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    block = library_calendar(radicale, url).event_by_uid(block_uid("f1"))
    moved_start = datetime(2026, 1, 7, 15, tzinfo=UTC)
    block.icalendar_component["DTSTART"].dt = moved_start
    block.icalendar_component["DTEND"].dt = moved_start + timedelta(minutes=30)
    block.save()
    outcome = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, first.records, STAMP)
    assert outcome.moved_elsewhere["f1"][0] == moved_start
    assert outcome.records["f1"].block_pinned
    event = next(c for c in objects(radicale, url) if c.walk("VEVENT")).walk("VEVENT")[0]
    assert event["DTSTART"].dt == moved_start


def test_a_block_deleted_elsewhere_is_not_recreated(radicale, setup):
    acct, targets, url = setup
    first = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, {}, STAMP)
    library_calendar(radicale, url).event_by_uid(block_uid("f1")).delete()
    outcome = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, first.records, STAMP)
    again = publish(acct, targets, [FOLLOWUP], {"f1": SLOT}, outcome.records, STAMP)
    assert uids(radicale, url) == [task_uid("f1")]
    assert again.records["f1"].block_gone
    assert any("deleted elsewhere" in notice for notice in outcome.notices)


def test_a_delete_with_a_stale_etag_is_refused(radicale, setup):
    acct, targets, url = setup
    created = acct.create(targets.blocks, block_uid("f1"), block_event(FOLLOWUP, SLOT.start, SLOT.end, STAMP))
    acct.update(created.href, created.etag, block_event(FOLLOWUP, SLOT.start, SLOT.end, STAMP + timedelta(1)))
    with pytest.raises(Conflict):
        acct.delete(created.href, created.etag)
    assert uids(radicale, url) == [block_uid("f1")]


def test_a_calendar_without_tasks_gets_blocks_only_with_a_notice(radicale):
    acct = account(radicale)
    principal = caldav.DAVClient(
        url=radicale.url + "/", username=radicale.user, password=str(radicale.password), timeout=10
    ).principal()
    events_only = principal.make_calendar(name="Events only", supported_calendar_component_set=["VEVENT"])
    calendar = collection_of(acct, str(events_only.url))
    assert not calendar.accepts_tasks
    outcome = publish(
        acct, Targets(blocks=calendar, tasks=calendar, me=ME), [FOLLOWUP], {"f1": SLOT}, {}, STAMP
    )
    assert uids(radicale, str(events_only.url)) == [block_uid("f1")]
    assert outcome.notices == [
        "calendar 'Events only' does not accept tasks (VTODO): follow-ups go there as time blocks only"
    ]


def test_colleagues_follow_ups_go_to_the_team_task_list(radicale, calendar_url):
    acct = account(radicale)
    team_url = radicale.new_calendar("Team")
    mine = collection_of(acct, calendar_url)
    team = collection_of(acct, team_url)
    theirs = replace(FOLLOWUP, id="f2", owner="rick@firm.test")
    targets = Targets(blocks=mine, tasks=mine, team_tasks=team, me=ME)
    publish(acct, targets, [FOLLOWUP, theirs], {}, {}, STAMP)
    assert uids(radicale, team_url) == [task_uid("f2")]
    assert uids(radicale, calendar_url) == [task_uid("f1")]


def test_busy_time_is_read_from_the_server_with_recurrence_exceptions(radicale, setup):
    acct, targets, url = setup
    library = library_calendar(radicale, url)
    library.save_event(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:standup\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART:20260105T140000Z\r\nDTEND:20260105T141500Z\r\n"
        "RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE:20260107T140000Z\r\nSUMMARY:Standup\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:standup\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:20260108T140000Z\r\n"
        "DTSTART:20260108T200000Z\r\nDTEND:20260108T201500Z\r\nSUMMARY:Standup (late)\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    window = (datetime(2026, 1, 5, tzinfo=NY), datetime(2026, 1, 10, tzinfo=NY))
    busy = busy_times(acct.events_between(targets.blocks, *window), window, ME, NY)
    assert [(b.start.astimezone(UTC).day, b.start.astimezone(UTC).hour) for b in busy] == [
        (5, 14),
        (6, 14),
        (8, 20),
        (9, 14),
    ]


def test_a_wrong_password_is_a_clear_error_without_the_password(radicale):
    with pytest.raises(SourceError, match="refused: check username and password") as raised:
        account(radicale, password="not-the-password").collections()
    assert "not-the-password" not in str(raised.value)


def test_an_unknown_calendar_name_lists_the_ones_that_exist(radicale, calendar_url):
    with pytest.raises(SourceError, match="not found") as raised:
        account(radicale).collection("Nonexistent calendar")
    assert "available:" in str(raised.value)


def test_an_unreachable_server_is_a_clear_error():
    unreachable = CalDavAccount("http://127.0.0.1:9/", "someone", Secret("pw"), 2)
    with pytest.raises(SourceError, match="cannot reach the CalDAV server"):
        unreachable.collections()


def test_records_survive_a_round_trip_through_the_store_format():
    record = Record(task_href="/a.ics", task_etag='"1"', task_base={"title": "t"}, block_pinned=True)
    assert Record.from_doc(record.to_doc()) == record
