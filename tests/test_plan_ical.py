"""Follow-ups become stable, self-describing iCalendar objects that never invite anyone."""

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar

from belt_tui.model import FollowUp, FollowUpStatus
from belt_tui.plan.ical import (
    block_event,
    block_uid,
    event_times,
    followup_todo,
    message_link,
    task_uid,
    todo_is_completed,
)

NY = ZoneInfo("America/New_York")
STAMP = datetime(2026, 1, 5, 9, tzinfo=NY)
FOLLOWUP = FollowUp(
    id="f-42",
    title="Send the revised draft",
    owner="rick@client.test",
    due=datetime(2026, 1, 8, 17, tzinfo=NY),
    message_id="<CAF+abc/1@mail.client.test>",
    subject="Engagement letter",
    quote="Can you send the revised draft by Thursday?",
)


def roundtrip(calendar: Calendar) -> Calendar:
    return Calendar.from_ical(calendar.to_ical())


def test_a_follow_up_becomes_a_task_with_owner_due_and_a_link_to_the_message():
    [todo] = roundtrip(followup_todo(FOLLOWUP, STAMP)).walk("VTODO")
    assert str(todo["UID"]) == task_uid("f-42")
    assert str(todo["SUMMARY"]) == "Send the revised draft"
    assert todo["DUE"].dt == datetime(2026, 1, 8, 22, tzinfo=UTC)
    assert str(todo["X-BELT-OWNER"]) == "rick@client.test"
    assert str(todo["STATUS"]) == "NEEDS-ACTION"
    description = str(todo["DESCRIPTION"])
    assert "Owner: rick@client.test" in description
    assert "Can you send the revised draft by Thursday?" in description
    assert str(todo["URL"]) == message_link(FOLLOWUP.message_id)


def test_the_owner_is_never_an_attendee_so_no_invitation_is_sent():
    text = (
        followup_todo(FOLLOWUP, STAMP).to_ical()
        + block_event(FOLLOWUP, STAMP, STAMP.replace(hour=10), STAMP).to_ical()
    )
    assert b"ATTENDEE" not in text and b"ORGANIZER" not in text


def test_the_same_follow_up_always_gets_the_same_uids():
    again = replace(FOLLOWUP, title="Renamed", due=datetime(2026, 1, 9, tzinfo=NY))
    first = followup_todo(FOLLOWUP, STAMP).walk("VTODO")[0]["UID"]
    second = followup_todo(again, datetime(2026, 2, 1, tzinfo=UTC)).walk("VTODO")[0]["UID"]
    assert first == second == task_uid("f-42")
    assert task_uid("f-42") != block_uid("f-42")


def test_a_done_follow_up_is_a_completed_task():
    done = replace(FOLLOWUP, status=FollowUpStatus.DONE)
    calendar = roundtrip(followup_todo(done, STAMP))
    assert str(calendar.walk("VTODO")[0]["STATUS"]) == "COMPLETED"
    assert todo_is_completed(calendar)
    assert not todo_is_completed(roundtrip(followup_todo(FOLLOWUP, STAMP)))


def test_a_block_is_related_to_its_task_and_reads_back_its_times():
    start, end = datetime(2026, 1, 6, 10, tzinfo=NY), datetime(2026, 1, 6, 10, 30, tzinfo=NY)
    calendar = roundtrip(block_event(FOLLOWUP, start, end, STAMP))
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == block_uid("f-42")
    assert str(event["RELATED-TO"]) == task_uid("f-42")
    assert event_times(calendar) == (start, end)


def test_message_links_use_the_mid_scheme_without_angle_brackets():
    assert message_link("<CAF+abc/1@mail.client.test>") == "mid:CAF+abc%2F1@mail.client.test"
