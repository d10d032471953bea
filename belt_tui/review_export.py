"""The weekly review as plain text, as Markdown for a note to a partner, and as JSON for scripts.

Pure formatting of a built `Review`. Mail text (subjects, titles, the why of a thread) is data:
control codes are neutralised everywhere and Markdown syntax in it is escaped, so a subject like
"**URGENT** [click](http://x)" prints as written and cannot restyle the note or the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from belt_tui.asks.dates import describe_due
from belt_tui.core_views import format_age
from belt_tui.model import ThreadState
from belt_tui.review import FollowUpItem, Review, ReviewDay, ReviewItem, ThreadItem
from belt_tui.tui.text import one_line

LOAD_BAR_WIDTH = 10
SECTIONS = ("i_owe", "they_owe", "overdue", "no_due", "unslotted")
_TITLES = {
    "i_owe": "I owe",
    "they_owe": "They owe",
    "overdue": "Overdue",
    "no_due": "No due date",
    "unslotted": "Unslotted",
}
Escape = Callable[[str], str]
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#])")
_MARKDOWN_LINE_START = re.compile(r"^(\d+)([.)])|^([+\-=])")


def review_as_dict(review: Review) -> dict[str, Any]:
    """One JSON-ready object with every section; datetimes are ISO 8601 with their offset."""
    wait = review.summary.longest_client_wait
    return {
        "now": review.now.isoformat(),
        "window": [moment.isoformat() for moment in review.window],
        "time_zone": str(review.time_zone),
        "ages_in": "working time" if review.working_time_ages else "elapsed time",
        "summary": {
            "open": review.summary.open,
            "snoozed": review.summary.snoozed,
            "overdue": review.summary.overdue,
            "done_this_week": review.summary.done_this_week,
            "needs_reply": review.summary.needs_reply,
            "awaiting_them": review.summary.awaiting_them,
            "longest_client_wait": None
            if wait is None
            else {
                "thread_id": wait.thread_id,
                "subject": wait.subject,
                "who": wait.who,
                "since": wait.since.isoformat(),
                "age_minutes": _minutes(wait.age),
            },
        },
        "days": [_day_dict(day) for day in review.days],
        **{name: [_item_dict(item) for item in getattr(review, name)] for name in SECTIONS},
    }


def review_as_text(review: Review) -> str:
    """A readable review for the terminal: the week, then each section, most urgent first."""
    lines = [f"Weekly review · {_window_label(review)}", _summary_line(review, one_line), "", "Week"]
    for day in review.days:
        lines.append(f"  {_date_label(day.day):<11} {_load_label(day)}")
        lines.extend(f"    {line}" for line in _day_entries(review, day, one_line))
    for name in SECTIONS:
        items = getattr(review, name)
        lines.extend(["", f"{_TITLES[name]} ({len(items)})"])
        for item in items:
            lines.append(f"  {_item_line(review, item, name, one_line)}")
            if isinstance(item, ThreadItem):
                lines.append(f"      {one_line(item.why)}")
        if not items:
            lines.append("  nothing")
    return "\n".join(lines) + "\n"


def review_as_markdown(review: Review) -> str:
    """A note to paste: headings, bullet lists, due dates as "Fri 9 Jan", mail text escaped."""
    lines = [f"# Weekly review: {_window_label(review)}", "", _summary_line(review, markdown_text), ""]
    lines.append("## The week")
    for day in review.days:
        lines.append(f"- **{_date_label(day.day)}**: {_load_label(day, bar=False)}")
        lines.extend(f"  - {line}" for line in _day_entries(review, day, markdown_text))
    for name in SECTIONS:
        items = getattr(review, name)
        lines.extend(["", f"## {_TITLES[name]} ({len(items)})", ""])
        for item in items:
            lines.append(f"- {_item_line(review, item, name, markdown_text, absolute=True)}")
            if isinstance(item, ThreadItem):
                lines.append(f"  - {markdown_text(item.why)}")
        if not items:
            lines.append("- nothing")
    return "\n".join(lines) + "\n"


def markdown_text(text: str) -> str:
    """Mail text on one line with every Markdown-significant character escaped."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def age_label(age: timedelta, review: Review) -> str:
    """ "2.5 working days", "3 working hours", or plain elapsed time ("3d") when ages are not working time."""
    if not review.working_time_ages:
        return format_age(age)
    if age >= review.working_day:
        days = round(age / review.working_day, 1)
        return f"{days:g} working day{'' if days == 1 else 's'}"
    hours, minutes = divmod(_minutes(age), 60)
    if hours:
        return f"{hours} working hour{'s' if hours != 1 else ''}"
    return f"{minutes} working min"


def _summary_line(review: Review, text: Escape) -> str:
    summary = review.summary
    snoozed = f" ({summary.snoozed} snoozed)" if summary.snoozed else ""
    parts = [
        f"{_count(summary.open, 'open follow-up')}{snoozed}",
        f"{summary.overdue} overdue",
        f"{summary.done_this_week} done this week",
        f"{_count(summary.needs_reply, 'thread')} waiting on you",
        f"you wait on {summary.awaiting_them}",
    ]
    wait = summary.longest_client_wait
    if wait is None:
        parts.append("no client is waiting on you")
    else:
        parts.append(
            f"longest client wait: {text(wait.who)}, {age_label(wait.age, review)}"
            f" ({text(wait.subject or '(no subject)')})"
        )
    return " · ".join(parts)


def _window_label(review: Review) -> str:
    first = review.days[0].day if review.days else review.window[0].date()
    last = review.days[-1].day if review.days else first
    return (
        f"{_date_label(first)} – {_date_label(last)} {last.year}"
        f" (as of {review.now.astimezone(review.time_zone):%a %H:%M}, {review.time_zone})"
    )


def _date_label(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _load_label(day: ReviewDay, *, bar: bool = True) -> str:
    if day.load is None:
        booked = f", {_duration(day.booked_minutes)} booked" if day.busy else ""
        return f"no working hours{booked}"
    filled = min(LOAD_BAR_WIDTH, round(day.load * LOAD_BAR_WIDTH))
    gauge = f" {'█' * filled}{'░' * (LOAD_BAR_WIDTH - filled)}" if bar else ""
    return (
        f"{day.load:.0%}{gauge} booked: meetings {_duration(day.meeting_minutes)}, follow-ups "
        f"{_duration(day.followup_minutes)} of {_duration(day.working_minutes)}"
    )


def _day_entries(review: Review, day: ReviewDay, text: Escape) -> list[str]:
    zone = review.time_zone
    entries = [
        (busy.start, f"{_clock(busy.start, busy.end, zone)}  {text(busy.summary or 'busy')}")
        for busy in day.busy
    ]
    entries.extend(
        (block.start, f"{_clock(block.start, block.end, zone)}  follow-up: {text(block.followup.title)}")
        for block in day.slotted
    )
    return [line for _, line in sorted(entries, key=lambda entry: entry[0])]


def _clock(start: datetime, end: datetime, zone: tzinfo) -> str:
    start, end = start.astimezone(zone), end.astimezone(zone)
    if end.date() != start.date():
        return f"{start:%a %H:%M}–{end:%a %H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def _item_line(
    review: Review, item: ReviewItem, section: str, text: Escape, *, absolute: bool = False
) -> str:
    if isinstance(item, ThreadItem):
        people = ", ".join(text(person) for person in item.people)
        waited = age_label(item.age, review)
        who = f"{people} waiting on you" if item.state is ThreadState.NEEDS_REPLY else f"{people} silent"
        late = "OVERDUE · " if item.overdue else ""
        chased = f" · chased {item.chased}×" if item.chased else ""
        due = f" · due {_due_label(item.due, review, absolute)}" if item.due else ""
        return (
            f"{late}{text(item.subject or '(no subject)')} — {who} {waited}"
            f" (since {_since_label(item.since, review)}){due}{chased}"
        )
    return _followup_line(review, item, section, text, absolute)


def _followup_line(review: Review, item: FollowUpItem, section: str, text: Escape, absolute: bool) -> str:
    followup = item.followup
    owner = "you" if item.mine else text(followup.owner)
    parts = [f"{text(followup.title)} — {owner}, due {_due_label(followup.due, review, absolute)}"]
    if followup.chased:
        parts.append(f"chased {followup.chased}×")
    if item.slot is not None and item.slot.start is not None:
        parts.append(f"slotted {item.slot.start.astimezone(review.time_zone):%a %H:%M}")
    elif section in ("unslotted", "i_owe", "they_owe"):
        parts.append(f"not slotted: {text(item.unslotted_reason)}")
    if section == "no_due":
        parts.append("set a real due date")
    return ("OVERDUE · " if item.overdue and section != "overdue" else "") + " · ".join(parts)


def _due_label(due: datetime, review: Review, absolute: bool) -> str:
    if not absolute:
        return describe_due(due, review.now.astimezone(review.time_zone))
    local = due.astimezone(review.time_zone)
    label = f"{local:%a} {local.day} {local:%b}"
    if local.year != review.now.astimezone(review.time_zone).year:
        label += f" {local.year}"
    return f"{label} (overdue)" if due < review.now else label


def _since_label(since: datetime, review: Review) -> str:
    local = since.astimezone(review.time_zone)
    return f"{local:%a} {local.day} {local:%b} {local:%H:%M}"


def _day_dict(day: ReviewDay) -> dict[str, Any]:
    return {
        "date": day.day.isoformat(),
        "working_minutes": day.working_minutes,
        "meeting_minutes": day.meeting_minutes,
        "followup_minutes": day.followup_minutes,
        "load": None if day.load is None else round(day.load, 4),
        "busy": [
            {"start": b.start.isoformat(), "end": b.end.isoformat(), "summary": b.summary} for b in day.busy
        ],
        "followups": [
            {
                "id": block.followup.id,
                "title": block.followup.title,
                "owner": block.followup.owner,
                "start": block.start.isoformat(),
                "end": block.end.isoformat(),
            }
            for block in day.slotted
        ],
    }


def _item_dict(item: ReviewItem) -> dict[str, Any]:
    if isinstance(item, ThreadItem):
        return {
            "kind": "thread",
            "thread_id": item.thread_id,
            "subject": item.subject,
            "state": item.state.value,
            "people": list(item.people),
            "since": item.since.isoformat(),
            "age_minutes": _minutes(item.age),
            "due": item.due.isoformat() if item.due else None,
            "overdue": item.overdue,
            "chased": item.chased,
            "why": item.why,
        }
    followup, slot = item.followup, item.slot
    placed = slot is not None and slot.start is not None and slot.end is not None
    return {
        "kind": "followup",
        "id": followup.id,
        "title": followup.title,
        "owner": followup.owner,
        "mine": item.mine,
        "status": followup.status.value,
        "due": followup.due.isoformat(),
        "overdue": item.overdue,
        "chased": followup.chased,
        "thread_id": followup.thread_id,
        "message_id": followup.message_id,
        "age_minutes": _minutes(item.age),
        "slot": {"start": slot.start.isoformat(), "end": slot.end.isoformat()} if placed else None,
        "unslotted_reason": None if placed else item.unslotted_reason,
    }


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _duration(minutes: int) -> str:
    return f"{minutes // 60}h{minutes % 60:02d}"


def _minutes(span: timedelta) -> int:
    return round(span.total_seconds() / 60)
