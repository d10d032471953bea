"""Move a raw RFC 5322 message by whole days without re-serialising it.

Only the bytes that carry dates change: the Date header, the date at the end of each Received header,
the attribution lines of quoted and forwarded mail ("On Tue, Oct 21, 2025 at ...", "Sent: Tuesday,
October 21, 2025 ...") and any invitation (text/calendar) part. Bodies are never re-encoded or
re-wrapped, so the demo keeps exactly the quirks it was written with. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from email.utils import format_datetime, parsedate_to_datetime

from belt_tui.demo.shift_calendar import shift_calendar, shift_wall_clock

HEADER_END = re.compile(rb"\r?\n\r?\n")
DATE_HEADER = re.compile(rb"^(Date:[ \t]*)([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.MULTILINE | re.IGNORECASE)
RECEIVED_HEADER = re.compile(rb"^Received:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.MULTILINE | re.IGNORECASE)
INVITATION = re.compile(rb"BEGIN:VCALENDAR\r?\n.*?END:VCALENDAR\r?\n", re.DOTALL)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A written date ends in ", 2025"; finding that cheaply first keeps the whole copy fast.
WRITTEN_YEAR = re.compile(rb", (\d{4})\b")
# What precedes the year: "Tue, Oct 21" (Gmail), "Tuesday, October 21" (Outlook), "Oct 21" (Apple Mail).
_names = "|".join(sorted({*MONTHS, *(m[:3] for m in MONTHS)}, key=len, reverse=True))
_days = "|".join(sorted({*WEEKDAYS, *(d[:3] for d in WEEKDAYS)}, key=len, reverse=True))
WRITTEN_DAY = re.compile(rf"(?:\b({_days}), )?\b({_names}) (\d{{1,2}})\Z".encode())


class UndatedMessage(ValueError):
    """A message without a readable Date header cannot be placed in the demo week."""


def message_date(raw: bytes) -> datetime:
    """The message's Date header as an aware datetime."""
    head = _head(raw)
    found = DATE_HEADER.search(head)
    if found is None:
        raise UndatedMessage("no Date header")
    return _parse_date(found.group(2))


def shift_message(raw: bytes, days: int, zones: Sequence[tzinfo]) -> bytes:
    """`raw` with its dates moved by `days`; times stay on the writer's wall clock.

    `zones` are the time zones the demo's people write from: a date whose UTC offset matches one
    of them is moved on that zone's clock (so 09:14 stays 09:14 across a DST change and the
    offset is updated); any other offset is kept as written.
    """
    head_end = HEADER_END.search(raw)
    split = head_end.end() if head_end else len(raw)
    head, body = raw[:split], raw[split:]

    def shifted_date(found: re.Match[bytes]) -> bytes:
        moved = move_date(_parse_date(found.group(2)), days, zones)
        return found.group(1) + format_datetime(moved).encode()

    def shifted_received(found: re.Match[bytes]) -> bytes:
        header = found.group(0)
        cut = header.rfind(b";") + 1
        stamp = header[cut:]
        try:
            moved = move_date(_parse_date(stamp), days, zones)
        except UndatedMessage:
            return header
        lead = stamp[: len(stamp) - len(stamp.lstrip())]
        return header[:cut] + lead + format_datetime(moved).encode()

    head = DATE_HEADER.sub(shifted_date, head)
    head = RECEIVED_HEADER.sub(shifted_received, head)
    return head + shift_written_dates(body, days, zones)


def shift_written_dates(body: bytes, days: int, zones: Sequence[tzinfo]) -> bytes:
    """Dates written out in a body ("Tue, Oct 21, 2025", "October 21, 2025") and invitations, moved.

    Weekday and month names are rewritten in the style they were written in, so "Tue" stays short
    and names the new day. Every such date in the demo's bodies belongs to the demo week.
    """
    if days == 0:
        return body
    pieces: list[bytes] = []
    copied = 0
    for year in WRITTEN_YEAR.finditer(body):
        found = WRITTEN_DAY.search(body, max(copied, year.start() - 24), year.start())
        if found is None:
            continue
        month_name = found[2].decode()
        month = next(i for i, name in enumerate(MONTHS, 1) if name.startswith(month_name))
        try:
            moved = date(int(year[1]), month, int(found[3])) + timedelta(days=days)
        except ValueError:
            continue
        # "May" is both short and long: the weekday's style (or the month's) decides.
        short = len(found[1] or found[2]) == 3
        text = f"{_named(MONTHS[moved.month - 1], short)} {moved.day}, {moved.year}"
        if found[1]:
            text = f"{_named(WEEKDAYS[moved.weekday()], short)}, {text}"
        pieces += [body[copied : found.start()], text.encode()]
        copied = year.end()
    pieces.append(body[copied:])
    body = b"".join(pieces)
    if b"BEGIN:VCALENDAR" not in body:
        return body

    def invitation(found: re.Match[bytes]) -> bytes:
        text = shift_calendar(found.group(0), days, zones[0])
        return text if b"\r\n" in found.group(0) else text.replace(b"\r\n", b"\n")

    return INVITATION.sub(invitation, body)


def move_date(moment: datetime, days: int, zones: Sequence[tzinfo]) -> datetime:
    """`moment` moved by whole days on the clock of the first of `zones` whose offset it carries."""
    for zone in zones:
        if moment.astimezone(zone).utcoffset() == moment.utcoffset():
            return shift_wall_clock(moment, days, zone)
    return moment + timedelta(days=days)


def _named(name: str, short: bool) -> str:
    return name[:3] if short else name


def _parse_date(value: bytes) -> datetime:
    text = re.sub(r"\s+", " ", value.decode("ascii", "replace")).strip()
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError) as error:
        raise UndatedMessage(f"unreadable date {text!r}") from error
    if moment.tzinfo is None:
        raise UndatedMessage(f"date without a time zone {text!r}")
    return moment


def _head(raw: bytes) -> bytes:
    head_end = HEADER_END.search(raw)
    return raw[: head_end.end()] if head_end else raw
