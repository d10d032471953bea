"""Follow-ups as iCalendar: a VTODO per follow-up and a VEVENT time block per slot.

Pure. UIDs are derived from the follow-up id, so a retried create or a second device produces the
same object instead of a duplicate. The owner travels as `X-BELT-OWNER` and in the description, never
as an ATTENDEE: servers with auto-scheduling would e-mail an invitation to the client. Times are
written in UTC, which every client reads and which needs no VTIMEZONE.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import quote

from icalendar import Calendar, Event, Todo

from belt_tui.model import FollowUp, FollowUpStatus

PRODID = "-//Belt TUI//belt//EN"
OWNER_PROPERTY = "X-BELT-OWNER"
DONE_STATUSES = (FollowUpStatus.DONE, FollowUpStatus.ANSWERED)
TASK_UID_PREFIX = "belt-task-"
BLOCK_UID_PREFIX = "belt-block-"


def task_uid(followup_id: str) -> str:
    return f"{TASK_UID_PREFIX}{followup_id}@belt-tui"


def block_uid(followup_id: str) -> str:
    return f"{BLOCK_UID_PREFIX}{followup_id}@belt-tui"


def message_link(message_id: str) -> str:
    """RFC 2392 `mid:` URL: mail clients open the exact message from it."""
    return "mid:" + quote(message_id.strip("<>"), safe="@!$&'()*+,;=:")


def describe(followup: FollowUp) -> str:
    """The context a colleague needs on their phone: who owns it, the words, where they came from."""
    lines = [f"Owner: {followup.owner}"]
    if followup.quote:
        lines.append(f"Asked: “{followup.quote}”")
    if followup.subject:
        lines.append(f"Thread: {followup.subject}")
    if followup.message_id:
        lines.append(f"Message: {message_link(followup.message_id)}")
    return "\n".join(lines)


def followup_todo(followup: FollowUp, stamp: datetime) -> Calendar:
    """The follow-up as a task with one owner and one due date."""
    todo = Todo()
    todo.add("UID", task_uid(followup.id))
    todo.add("DTSTAMP", stamp.astimezone(UTC))
    todo.add("SUMMARY", followup.title)
    todo.add("DUE", followup.due.astimezone(UTC))
    todo.add("DESCRIPTION", describe(followup))
    todo.add(OWNER_PROPERTY, followup.owner)
    if followup.message_id:
        todo.add("URL", message_link(followup.message_id))
    if followup.status in DONE_STATUSES:
        todo.add("STATUS", "COMPLETED")
        todo.add("COMPLETED", (followup.updated or stamp).astimezone(UTC))
    else:
        todo.add("STATUS", "NEEDS-ACTION")
    return _wrap(todo)


def block_event(followup: FollowUp, start: datetime, end: datetime, stamp: datetime) -> Calendar:
    """The time set aside to do the follow-up, linked to its task."""
    event = Event()
    event.add("UID", block_uid(followup.id))
    event.add("DTSTAMP", stamp.astimezone(UTC))
    event.add("SUMMARY", f"Follow-up: {followup.title}")
    event.add("DTSTART", start.astimezone(UTC))
    event.add("DTEND", end.astimezone(UTC))
    event.add("DESCRIPTION", describe(followup))
    event.add("RELATED-TO", task_uid(followup.id))
    event.add(OWNER_PROPERTY, followup.owner)
    event.add("TRANSP", "OPAQUE")
    return _wrap(event)


def todo_is_completed(calendar: Calendar) -> bool:
    """True when a task was ticked off elsewhere (a phone, a colleague's client)."""
    for todo in calendar.walk("VTODO"):
        if str(todo.get("STATUS", "")).upper() == "COMPLETED" or todo.get("COMPLETED") is not None:
            return True
    return False


def event_times(calendar: Calendar) -> tuple[datetime, datetime] | None:
    """Where a block sits now, so a move made elsewhere is respected."""
    for event in calendar.walk("VEVENT"):
        start, end = event.get("DTSTART"), event.get("DTEND")
        if start is not None and end is not None and isinstance(start.dt, datetime):
            return start.dt, end.dt
    return None


def _wrap(component: Todo | Event) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add_component(component)
    return calendar
