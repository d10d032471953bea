"""The bundled demo: a lawyer's week of real RFC 5322 mail and a calendar, moved to "today" at every start.

These tests specify what `belt demo` can rely on: every message is well formed, the week holds each kind
of mail Belt must cope with, and prepare_demo() moves mail and calendar by the same whole number of days
so that the newest message is from today, nothing is reordered, and recurring events keep their
exceptions, without ever touching the files shipped in the package.
"""

from __future__ import annotations

import email
import hashlib
import re
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from belt_tui.demo.prepare import (
    BUNDLE,
    BUNDLED_CALENDAR,
    BUNDLED_MAILBOX,
    DemoDataError,
    prepare_demo,
)

NY = ZoneInfo("America/New_York")
BASE_DAY = date(2025, 10, 22)  # the day the bundled week was written for: its newest mail is from then
TEAM_MEETING = "belt-demo-team-meeting@lindqvistlaw.com"
# Moments to move the demo to: no move, across the end of DST, across the start of DST, a naive clock.
NOWS = [
    datetime(2025, 10, 22, 8, 0, tzinfo=NY),
    datetime(2026, 1, 14, 9, 30, tzinfo=NY),
    datetime(2026, 3, 6, 17, 45, tzinfo=ZoneInfo("UTC")),
    datetime(2027, 7, 1, 12, 0),
]
WRITTEN_DATE = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, ([A-Z][a-z]+) (\d{1,2}), (\d{4})\b"
    r"|\b([A-Z][a-z]{2}) (\d{1,2}), (\d{4}), at\b"
)


def message_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.parent.name in ("cur", "new"))


def parsed(path: Path) -> EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def dates_by_name(root: Path) -> dict[str, datetime]:
    return {p.name: parsedate_to_datetime(parsed(p)["Date"]) for p in message_files(root)}


def text_of(message: EmailMessage) -> str:
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


def digest_of_bundle() -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in BUNDLE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        sha.update(str(path.relative_to(BUNDLE)).encode() + path.read_bytes())
    return sha.hexdigest()


@pytest.fixture(scope="module")
def bundled() -> dict[str, EmailMessage]:
    return {p.name: parsed(p) for p in message_files(BUNDLED_MAILBOX)}


# --- the bundled week as written --------------------------------------------------------------------


def test_every_bundled_message_is_well_formed_with_the_headers_threading_needs(bundled):
    assert 70 <= len(bundled) <= 100
    for name, message in bundled.items():
        defects = [d for part in message.walk() for d in part.defects]
        assert defects == [], name
        for header in ("Message-ID", "Date", "From", "Subject"):
            assert message[header], f"{name} lacks {header}"
        assert parsedate_to_datetime(message["Date"]).tzinfo is not None, name
    assert len({m["Message-ID"] for m in bundled.values()}) == len(bundled)


def test_the_bundle_is_a_maildir_plus_plus_with_seen_mail_in_cur_and_unread_mail_in_new():
    assert (BUNDLED_MAILBOX / ".Sent" / "maildirfolder").is_file()
    for path in message_files(BUNDLED_MAILBOX):
        if path.parent.name == "cur":
            assert re.search(r":2,[A-Z]*S[A-Z]*$", path.name), path
        else:
            assert ":2," not in path.name, path
    assert message_files(BUNDLED_MAILBOX / "new"), "the demo opens with some unread mail"
    sent = [parsed(p) for p in message_files(BUNDLED_MAILBOX / ".Sent")]
    assert sent and all("maya.okafor@lindqvistlaw.com" in m["From"] for m in sent)


def test_the_week_holds_every_kind_of_mail_belt_must_handle(bundled):
    messages = list(bundled.values())
    raw = {name: path.read_bytes() for path in message_files(BUNDLED_MAILBOX) for name in [path.name]}

    def some(predicate) -> bool:
        return any(predicate(m) for m in messages)

    assert some(lambda m: m["Auto-Submitted"] == "auto-replied"), "an out-of-office"
    assert some(lambda m: m["List-Id"] and m["Precedence"] == "bulk"), "a newsletter"
    assert some(lambda m: "noreply" in m["From"] and "Notice of Electronic Filing" in text_of(m))
    assert some(lambda m: any(p.get_content_type() == "text/calendar" for p in m.walk())), "an invitation"
    assert some(lambda m: m.get_content_type() == "text/html"), "an HTML-only message"
    assert some(lambda m: any(p.get_content_type() == "application/pdf" for p in m.iter_attachments()))
    assert any(b"=?utf-8?" in body.split(b"\n\n")[0] for body in raw.values()), "RFC 2047 headers"
    assert some(lambda m: m["Content-Transfer-Encoding"] == "quoted-printable")
    assert some(lambda m: "-----Original Message-----" in text_of(m))
    assert some(lambda m: re.search(r"^From: .*\nSent: ", text_of(m), re.MULTILINE))
    assert some(
        lambda m: re.search(r"^On [^\n]*\n?[^\n]* wrote:$", text_of(m), re.MULTILINE) and "\n> " in text_of(m)
    )
    assert some(lambda m: "Sent from my iPhone" in text_of(m))
    assert some(lambda m: "CONFIDENTIALITY NOTICE" in text_of(m))
    assert some(lambda m: text_of(m).strip().startswith("Thanks!"))
    assert some(lambda m: len(m.get_all("Cc", [])) and len(m["Cc"].addresses) >= 5), "a CC storm"
    assert some(lambda m: m["Subject"].startswith(("Re:", "RE:")) and m["In-Reply-To"] is None)


def test_two_unrelated_threads_share_a_subject_and_no_people(bundled):
    settlements = [
        m for m in bundled.values() if m["Subject"].removeprefix("Re: ").removeprefix("RE: ") == "Settlement"
    ]
    groups: dict[frozenset[str], int] = {}
    for message in settlements:
        people = {
            a.addr_spec for h in ("From", "To", "Cc") for a in (message[h].addresses if message[h] else ())
        }
        groups[frozenset(people - {"maya.okafor@lindqvistlaw.com"})] = 1
    outsiders = [people for people in groups if "cheaney@heaneylaw.net" in people]
    assert outsiders and all("lbrandt@brandtemploymentlaw.com" not in people for people in outsiders)
    assert any("lbrandt@brandtemploymentlaw.com" in people for people in groups)


def test_the_bundled_week_ends_on_its_base_day_and_the_calendar_is_anchored_to_it():
    newest = max(dates_by_name(BUNDLED_MAILBOX).values())
    assert newest.date() == BASE_DAY
    calendar = Calendar.from_ical(BUNDLED_CALENDAR.read_bytes())
    starts = [e["DTSTART"].dt for e in calendar.walk("VEVENT")]
    days = {s if not isinstance(s, datetime) else s.date() for s in starts}
    assert any(abs((d - BASE_DAY).days) <= 7 for d in days)
    assert "America/New_York" in {tz["TZID"] for tz in calendar.walk("VTIMEZONE")}


# --- prepare_demo ----------------------------------------------------------------------------------


@pytest.mark.parametrize("now", NOWS, ids=lambda now: now.isoformat())
def test_prepare_moves_all_mail_by_whole_days_so_the_newest_is_from_today(tmp_path, now):
    demo = prepare_demo(tmp_path / "demo", now)
    before = dates_by_name(BUNDLED_MAILBOX)
    after = dates_by_name(demo.maildir)
    assert after.keys() == before.keys()
    assert max(after.values()).date() == now.date()
    days = (now.date() - BASE_DAY).days
    for name, original in before.items():
        moved = after[name]
        assert moved.date() - original.date() == timedelta(days=days), name
        assert (moved.weekday() - original.weekday()) % 7 == days % 7, name
        assert moved.time() == original.time(), f"{name} keeps its wall-clock time"
    assert sorted(before, key=before.get) == sorted(after, key=after.get), "relative order is kept"


def test_prepare_gives_new_york_mail_the_offset_of_its_new_season(tmp_path):
    demo = prepare_demo(tmp_path / "demo", datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    offsets = {d.utcoffset() for d in dates_by_name(demo.maildir).values()}
    assert timedelta(hours=-5) in offsets and timedelta(hours=-4) not in offsets


def test_prepare_moves_received_headers_quote_attributions_and_invitations_too(tmp_path):
    now = datetime(2026, 1, 14, 9, 0, tzinfo=NY)
    demo = prepare_demo(tmp_path / "demo", now)
    earliest = min(dates_by_name(demo.maildir).values()).date()
    for path in message_files(demo.maildir):
        message = parsed(path)
        for received in message.get_all("Received", []):
            stamp = parsedate_to_datetime(received.rsplit(";", 1)[1].strip())
            assert abs(stamp - parsedate_to_datetime(message["Date"])) < timedelta(minutes=5), path.name
        for found in WRITTEN_DATE.finditer(text_of(message)):
            weekday, month, day, year = (
                found[1],
                found[2] or found[5],
                found[3] or found[6],
                found[4] or found[7],
            )
            written = datetime.strptime(f"{month[:3]} {day} {year}", "%b %d %Y").date()
            assert written >= earliest and written.year >= 2026, f"{path.name}: {found[0]}"
            if weekday:
                assert written.strftime("%a") == weekday, f"{path.name}: {found[0]} names the wrong day"
    invitation = next(
        Calendar.from_ical(part.get_content())
        for path in message_files(demo.maildir)
        for part in parsed(path).walk()
        if part.get_content_type() == "text/calendar"
    )
    calendar = Calendar.from_ical(demo.ics.read_bytes())
    invited = next(iter(invitation.walk("VEVENT")))
    same = next(e for e in calendar.walk("VEVENT") if e["UID"] == invited["UID"])
    assert invited["DTSTART"].dt == same["DTSTART"].dt


@pytest.mark.parametrize("now", NOWS, ids=lambda now: now.isoformat())
def test_prepare_moves_the_calendar_by_the_same_days_keeping_local_times(tmp_path, now):
    demo = prepare_demo(tmp_path / "demo", now)
    days = timedelta(days=(now.date() - BASE_DAY).days)
    before = Calendar.from_ical(BUNDLED_CALENDAR.read_bytes())
    after = Calendar.from_ical(demo.ics.read_bytes())
    pairs = list(zip(before.walk("VEVENT"), after.walk("VEVENT"), strict=True))
    for old, new in pairs:
        old_start, new_start = old["DTSTART"].dt, new["DTSTART"].dt
        if isinstance(old_start, datetime):
            assert new_start.replace(tzinfo=None) - old_start.replace(tzinfo=None) == days
            assert new_start.tzinfo == old_start.tzinfo
        else:
            assert new_start - old_start == days
    due = [
        (old["DUE"].dt, new["DUE"].dt)
        for old, new in zip(before.walk("VTODO"), after.walk("VTODO"), strict=True)
    ]
    assert due and all(new.replace(tzinfo=None) - old.replace(tzinfo=None) == days for old, new in due)


@pytest.mark.parametrize("now", NOWS, ids=lambda now: now.isoformat())
def test_the_weekly_meeting_still_recurs_with_its_cancelled_and_moved_instances(tmp_path, now):
    demo = prepare_demo(tmp_path / "demo", now)
    days = timedelta(days=(now.date() - BASE_DAY).days)
    calendar = Calendar.from_ical(demo.ics.read_bytes())
    window = (date(2025, 9, 1) + days, date(2025, 12, 31) + days)
    meetings = [e for e in recurring_ical_events.of(calendar).between(*window) if e["UID"] == TEAM_MEETING]
    starts = sorted(e["DTSTART"].dt for e in meetings)
    # Written as Mondays 8 Sep - 15 Dec 2025 at 09:30, without 13 Oct, and 27 Oct moved to 11:00.
    assert len(starts) == 14
    assert all(s.weekday() == starts[0].weekday() for s in starts)
    cancelled, moved = date(2025, 10, 13) + days, date(2025, 10, 27) + days
    assert cancelled not in {s.date() for s in starts}
    assert {(s.hour, s.minute) for s in starts if s.date() != moved} == {(9, 30)}, "09:30 across DST"
    assert [(s.hour, s.minute) for s in starts if s.date() == moved] == [(11, 0)]


def test_prepare_twice_leaves_exactly_one_clean_copy(tmp_path):
    dest = tmp_path / "demo"
    prepare_demo(dest, datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    stray = dest / "mailbox" / "cur" / "moved-by-the-app:2,RS"
    stray.write_bytes(b"Subject: left over\n\n")
    edited = message_files(dest / "mailbox" / "new")[0]
    edited.write_bytes(b"edited by the demo user")
    (dest / "store.json").write_text("{}")  # the demo's own store lives beside the copy

    now = datetime(2026, 2, 3, 8, 0, tzinfo=NY)
    demo = prepare_demo(dest, now)

    assert not stray.exists()
    assert edited.read_bytes() != b"edited by the demo user"
    assert {p.relative_to(demo.maildir) for p in message_files(demo.maildir)} == {
        p.relative_to(BUNDLED_MAILBOX) for p in message_files(BUNDLED_MAILBOX)
    }
    assert max(dates_by_name(demo.maildir).values()).date() == now.date()
    fresh = prepare_demo(tmp_path / "fresh", now)
    for path in message_files(demo.maildir):
        assert path.read_bytes() == (fresh.maildir / path.relative_to(demo.maildir)).read_bytes()
    assert demo.ics.read_bytes() == fresh.ics.read_bytes()
    assert (dest / "store.json").read_text() == "{}"
    assert not [p for p in dest.iterdir() if p.name.startswith(".")], "no staging files left behind"


def test_prepared_mailbox_has_cur_new_tmp_everywhere_and_file_times_match_the_mail(tmp_path):
    demo = prepare_demo(tmp_path / "demo", datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    for folder in (demo.maildir, demo.maildir / ".Sent"):
        assert all((folder / sub).is_dir() for sub in ("cur", "new", "tmp"))
    for path in message_files(demo.maildir):
        assert path.stat().st_mtime == parsedate_to_datetime(parsed(path)["Date"]).timestamp()


def test_prepare_never_changes_the_bundled_files_and_describes_the_demo_user(tmp_path):
    before = digest_of_bundle()
    demo = prepare_demo(tmp_path / "demo", datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    assert digest_of_bundle() == before
    assert demo.maildir == (tmp_path / "demo" / "mailbox").resolve()
    assert demo.ics.name == "calendar.ics"
    assert demo.me == ("maya.okafor@lindqvistlaw.com", "mokafor@lindqvistlaw.com")
    assert demo.name == "Maya Okafor"
    assert ZoneInfo(demo.time_zone) == NY


def test_prepare_refuses_to_write_inside_the_package():
    with pytest.raises(DemoDataError, match="outside the installed package"):
        prepare_demo(BUNDLE / "scratch", datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    assert not (BUNDLE / "scratch").exists()


# --- through Belt's own mail reader ------------------------------------------------------------------


def test_every_demo_message_parses_and_threads_into_about_twenty_five_conversations(tmp_path):
    from belt_tui.mail.maildir import iter_maildir
    from belt_tui.mail.threads import build_threads

    demo = prepare_demo(tmp_path / "demo", datetime(2026, 1, 14, 9, 0, tzinfo=NY))
    messages = list(iter_maildir(demo.maildir))
    assert len(messages) == len(message_files(BUNDLED_MAILBOX))
    assert [(m.source, m.parse_errors) for m in messages if m.parse_errors] == []
    assert {m.folder for m in messages} == {"INBOX", "Sent"}
    threads = build_threads(messages)
    assert 24 <= len(threads) <= 30
    by_subject: dict[str, list[int]] = {}
    for thread in threads:
        by_subject.setdefault(thread.subject, []).append(len(thread.messages))
    assert sorted(by_subject["Settlement"]) == [2, 4], "same subject, other people: two threads"
    assert by_subject["Exhibit binders for Thursday's status conference"] == [3], "header-less reply joins"
