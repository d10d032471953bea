"""Busy time is what a person would read off their calendar: recurrences expanded, free things ignored."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from belt_tui.plan.busy import busy_times, parse_calendar

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
ME = frozenset({"maya@firm.test", "m.okafor@firm.test"})

VTIMEZONE_NY = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def calendar(*events: str, timezone: str = VTIMEZONE_NY):
    body = "\n".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT" for e in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//belt tests//EN\n{timezone}\n{body}\nEND:VCALENDAR\n"
    return parse_calendar(text.replace("\n", "\r\n"))


def week(year: int, month: int, day: int, tz=NY):
    start = datetime(year, month, day, tzinfo=tz)
    return (start, start + timedelta(days=7))


def spans(busy):
    return [(b.start, b.end, b.summary) for b in busy]


def test_a_timed_event_in_its_own_time_zone_is_busy():
    cal = calendar(
        "UID:a\nSUMMARY:Client call\nDTSTART;TZID=America/New_York:20260106T100000\n"
        "DTEND;TZID=America/New_York:20260106T110000"
    )
    [busy] = busy_times([cal], week(2026, 1, 5), ME, NY)
    assert busy.start == datetime(2026, 1, 6, 10, tzinfo=NY)
    assert busy.end == datetime(2026, 1, 6, 11, tzinfo=NY)
    assert busy.start.tzinfo is not None


def test_a_weekly_meeting_with_an_exdate_and_a_moved_instance():
    cal = calendar(
        "UID:team\nSUMMARY:Team meeting\nDTSTART;TZID=America/New_York:20260105T090000\n"
        "DTEND;TZID=America/New_York:20260105T093000\nRRULE:FREQ=DAILY;COUNT=5\n"
        "EXDATE;TZID=America/New_York:20260107T090000",
        "UID:team\nSUMMARY:Team meeting (moved)\nRECURRENCE-ID;TZID=America/New_York:20260108T090000\n"
        "DTSTART;TZID=America/New_York:20260108T150000\nDTEND;TZID=America/New_York:20260108T153000",
    )
    starts = [(b.start.day, b.start.hour) for b in busy_times([cal], week(2026, 1, 5), ME, NY)]
    assert starts == [(5, 9), (6, 9), (8, 15), (9, 9)]


def test_cancelled_declined_and_transparent_events_are_not_busy():
    cal = calendar(
        "UID:c\nSUMMARY:Cancelled\nSTATUS:CANCELLED\nDTSTART:20260106T150000Z\nDTEND:20260106T160000Z",
        "UID:d\nSUMMARY:Declined\nDTSTART:20260106T170000Z\nDTEND:20260106T180000Z\n"
        "ATTENDEE;PARTSTAT=DECLINED:mailto:M.Okafor@firm.test\nATTENDEE;PARTSTAT=ACCEPTED:mailto:x@y.test",
        "UID:t\nSUMMARY:Focus hold\nTRANSP:TRANSPARENT\nDTSTART:20260106T190000Z\nDTEND:20260106T200000Z",
        "UID:k\nSUMMARY:Kept\nDTSTART:20260106T210000Z\nDTEND:20260106T220000Z\n"
        "ATTENDEE;PARTSTAT=DECLINED:mailto:someone.else@firm.test",
    )
    assert [b.summary for b in busy_times([cal], week(2026, 1, 5), ME, NY)] == ["Kept"]


def test_an_all_day_event_blocks_the_whole_local_day():
    cal = calendar("UID:h\nSUMMARY:Trial day\nDTSTART;VALUE=DATE:20260107\nDTEND;VALUE=DATE:20260108")
    [busy] = busy_times([cal], week(2026, 1, 5), ME, NY)
    assert (busy.start, busy.end) == (datetime(2026, 1, 7, tzinfo=NY), datetime(2026, 1, 8, tzinfo=NY))


def test_a_floating_time_is_read_in_the_users_time_zone():
    cal = calendar("UID:f\nSUMMARY:Floating\nDTSTART:20260106T080000\nDTEND:20260106T083000")
    [busy] = busy_times([cal], week(2026, 1, 5), ME, NY)
    assert busy.start == datetime(2026, 1, 6, 8, tzinfo=NY)


def test_an_event_with_a_duration_and_no_end():
    cal = calendar("UID:u\nSUMMARY:Deposition\nDTSTART:20260106T140000Z\nDURATION:PT3H")
    [busy] = busy_times([cal], week(2026, 1, 5), ME, NY)
    assert busy.end - busy.start == timedelta(hours=3)


@pytest.mark.parametrize(
    ("tz", "tzid", "monday", "offsets"),
    [
        # US: clocks go forward on Sunday 8 March 2026.
        (NY, "America/New_York", datetime(2026, 3, 2), [-5, -5, -5, -5, -5, -5, -4, -4]),
        # EU: clocks go forward on Sunday 29 March 2026.
        (BERLIN, "Europe/Berlin", datetime(2026, 3, 23), [1, 1, 1, 1, 1, 1, 2, 2]),
    ],
)
def test_a_daily_meeting_keeps_its_wall_clock_time_across_a_dst_change(tz, tzid, monday, offsets):
    timezone = VTIMEZONE_NY if tzid == "America/New_York" else ""
    start = monday.strftime("%Y%m%dT090000")
    cal = calendar(
        f"UID:daily\nSUMMARY:Standup\nDTSTART;TZID={tzid}:{start}\n"
        f"DTEND;TZID={tzid}:{monday.strftime('%Y%m%dT091500')}\nRRULE:FREQ=DAILY;COUNT=8",
        timezone=timezone,
    )
    window = (monday.replace(tzinfo=tz), monday.replace(tzinfo=tz) + timedelta(days=8))
    busy = busy_times([cal], window, ME, tz)
    assert [b.start.astimezone(tz).hour for b in busy] == [9] * 8
    assert [b.start.utcoffset() // timedelta(hours=1) for b in busy] == offsets


def test_events_outside_the_window_are_left_out():
    cal = calendar("UID:o\nSUMMARY:Next month\nDTSTART:20260206T140000Z\nDTEND:20260206T150000Z")
    assert busy_times([cal], week(2026, 1, 5), ME, NY) == []


def test_broken_ics_is_a_clear_value_error():
    with pytest.raises(ValueError, match="not a valid iCalendar file"):
        parse_calendar("BEGIN:VCALENDAR\r\nthis is not ical")
