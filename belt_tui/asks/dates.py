"""Due dates: the deadline stated in a sentence, typed due-date input, and how a due date reads on screen.

Everything resolves against a given aware `base` (a message's own Date, or "now" for typed input),
never the wall clock, so results are reproducible and right in the writer's time zone. Recognising
phrases is `dates_grammar`, judging them `dates_context`, resolving them `dates_resolve` (whose
docstring lists the implied times of day: EOD/COB and plain dates 17:00, morning 09:00, noon 12:00).

Decisions worth knowing:
- "by Thursday" is the next Thursday strictly after the base day (sent on a Thursday: next week's);
  "this Thursday" may be the base day; "next Thursday" is the Thursday of next week.
- "next week" is Monday of next week; "this week" and "end of the week" are its Friday; "end of month"
  is the month's last day; "by the 15th" is the next 15th on or after the base day.
- "within 87 days of the RFE dated February 1" counts from the date named after it, not the message's.
- A date written without a year is the nearest one, up to 60 days back; further back it is next year's.
- A deadline that resolves before the base day is a past event, not a deadline, and is dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from belt_tui.asks.dates_context import Reading, read_deadline
from belt_tui.asks.dates_grammar import AtomKind, Group, find_groups
from belt_tui.asks.dates_resolve import END_OF_BUSINESS, START_OF_BUSINESS, ambiguous_numeric, resolve
from belt_tui.model import Span


@dataclass(frozen=True, slots=True)
class Deadline:
    """A deadline found in a sentence; `span` covers `phrase`, deadline word included ("by Monday")."""

    phrase: str
    span: Span
    due: datetime
    is_event: bool
    confidence: float
    stated: bool = False  # introduced by a deadline word ("by", "before", "no later than", "due")


@dataclass(frozen=True, slots=True)
class When:
    """What a typed due date means: a due moment and its label, or an error saying what to type."""

    due: datetime | None
    label: str
    alternatives: tuple[datetime, ...] = ()
    error: str | None = None


def find_deadline(text: str, base: datetime) -> Deadline | None:
    """The deadline `text` sets, resolved against `base` (the message's Date), or None.

    Among several dates the most strongly attached wins ("by Monday" over "on January 29"), then the
    first; someone else's deadline ("they want it by Jan 16") loses to ours.
    """
    _require_aware(base)
    best: tuple[Reading, datetime] | None = None
    groups = find_groups(text)
    for index, group in enumerate(groups):
        reading = read_deadline(text, group)
        if reading is None or (best is not None and reading.score <= best[0].score):
            continue
        start = _span_anchor(text, group, groups[index + 1 : index + 2], base) or base
        due = resolve(group, start, day_first=_writes_day_first(base), default_time=reading.default_time)
        if due is not None and due.date() >= base.date():
            best = (reading, due)
    if best is None:
        return None
    reading, due = best
    return Deadline(
        phrase=text[reading.start : reading.end],
        span=Span(reading.start, reading.end),
        due=due,
        is_event=reading.is_event,
        confidence=reading.confidence,
        stated=reading.is_stated,
    )


# Between "within 87 days" and the date it counts from: "of the RFE dated", "from", "after service on".
_ANCHOR_LINK = re.compile(
    r"\s+(?:of|from|after)\s+(?:(?:the|your|our|their|this|that|its|his|her)\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:dated\s+|on\s+|of\s+)?$",
    re.IGNORECASE,
)


def _span_anchor(text: str, group: Group, following: list[Group], base: datetime) -> datetime | None:
    """The day a span counts from when a date follows it ("within 87 days of the RFE dated February 1")."""
    if not following or not group.has(AtomKind.SPAN) or not following[0].has(AtomKind.DAY):
        return None
    if not _ANCHOR_LINK.fullmatch(text, group.end, following[0].start):
        return None
    anchor = resolve(following[0], base, day_first=_writes_day_first(base))
    return anchor.replace(hour=base.hour, minute=base.minute) if anchor else None


def _writes_day_first(base: datetime) -> bool:
    """Whether "4/12" in this message means 4 December: everywhere but the Americas, whose clocks run
    3 to 10 hours behind UTC, writers put the day first. The message's own Date offset tells where it
    was written; "13/1" is day-first wherever it comes from."""
    offset = base.utcoffset()
    return offset is None or not timedelta(hours=-10) <= offset <= timedelta(hours=-3)


_EXAMPLES = "try 'fri', 'eod', 'tomorrow 3pm', 'next week', 'in 3 days', '1/20' or '2026-01-20'"
_FILLER = re.compile(r"\b(?:by|before|on|at|due|until|no\s+later\s+than)\b|[\s,.;:]+", re.IGNORECASE)
_CLOCK_WORDS = re.compile(r"\d:\d\d|\d\s*(?:am|pm)\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def parse_when(text: str, base: datetime) -> When:
    """The due date a person typed ("fri", "eod", "tomorrow 3pm", "in 3 days", "1/20", "end of month").

    "1/2" is read US-style (2 January) and 1 February is offered in `alternatives`. Input nothing
    understands gives `due=None` and an `error` with examples of what works.
    """
    _require_aware(base)
    typed = " ".join(text.split())
    if not typed:
        return When(None, "", error=f"No due date given: {_EXAMPLES}.")
    groups = find_groups(typed, lenient=True)
    if groups and groups[0].has(AtomKind.PAST):
        return When(None, "", error=f"'{typed}' is in the past; a due date needs a coming day: {_EXAMPLES}.")
    if len(groups) == 1 and not _FILLER.sub("", typed[: groups[0].start] + typed[groups[0].end :]):
        return _when_from_group(typed, groups[0], base)
    due = _parse_free_text(typed, base)
    if due is None:
        return When(None, "", error=f"Couldn't read '{typed}' as a date: {_EXAMPLES}.")
    return When(due, _label(due, base))


def describe_due(due: datetime, now: datetime) -> str:
    """A due date as a short phrase relative to `now`: "today 17:00", "tomorrow", "Fri 9 Jan", "overdue 2d".

    The time is shown for today, and on other days only when it is not the 17:00 default.
    """
    _require_aware(now)
    due = due.astimezone(now.tzinfo)
    if due < now:
        days = (now.date() - due.date()).days
        if days >= 1:
            return f"overdue {days}d"
        minutes = int((now - due).total_seconds() // 60)
        return f"overdue {minutes // 60}h" if minutes >= 60 else f"overdue {max(minutes, 1)}m"
    if due.date() == now.date():
        return f"today {due:%H:%M}"
    clock = "" if due.time() == END_OF_BUSINESS else f" {due:%H:%M}"
    if due.date() == now.date() + timedelta(days=1):
        return f"tomorrow{clock}"
    year = f" {due.year}" if due.year != now.year else ""
    return f"{due:%a} {due.day} {due:%b}{year}{clock}"


def _when_from_group(typed: str, group: Group, base: datetime) -> When:
    default = START_OF_BUSINESS if re.match(r"\s*before\b", typed, re.IGNORECASE) else END_OF_BUSINESS
    due = resolve(group, base, future_only=True, default_time=default)
    if due is None:
        return When(None, "", error=f"'{typed}' is not a real date: {_EXAMPLES}.")
    other = (
        resolve(group, base, day_first=True, future_only=True, default_time=default)
        if ambiguous_numeric(group)
        else None
    )
    return When(due, _label(due, base), alternatives=(other,) if other else ())


def _label(due: datetime, base: datetime) -> str:
    if due.date() < base.date():
        return f"{due:%a} {due.day} {due:%b %Y} (past)"
    return describe_due(due, min(base, due))


def _parse_free_text(typed: str, base: datetime) -> datetime | None:
    """dateparser for what our patterns do not cover ("a week from friday", "2 weeks from now").

    It gets a naive relative base in base's wall clock and the result is put back on base's clock
    with `datetime.combine`, because a fixed-offset TIMEZONE setting would be wrong across a DST change.
    """
    parsed = _dateparser_relative(typed, base.replace(tzinfo=None, second=0, microsecond=0))
    if parsed is None:
        return None
    at_time = parsed.time() if _CLOCK_WORDS.search(typed) else END_OF_BUSINESS
    return datetime.combine(parsed.date(), at_time, tzinfo=base.tzinfo)


@functools.lru_cache(maxsize=1024)
def _dateparser_relative(typed: str, naive_base: datetime) -> datetime | None:
    import dateparser  # imported on first use: scans never get here (see dates_calendar)

    settings = {"RELATIVE_BASE": naive_base, "PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
    return dateparser.parse(typed, languages=["en"], settings=settings)


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("due dates resolve against an aware datetime; got a naive one")
