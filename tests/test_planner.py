"""The planner reads the week, places follow-ups around meetings, and writes the plan back safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import pytest

from belt_tui.config import CalendarSettings, WorkSettings
from belt_tui.credentials import Secret, SecretSource
from belt_tui.followups import FollowUps
from belt_tui.model import FollowUp, FollowUpStatus
from belt_tui.plan.ical import block_uid, task_uid
from belt_tui.plan.local_calendar import read_calendar
from belt_tui.planner import Planner, week_window
from belt_tui.store import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 1, 5, 8, 0, tzinfo=NY)  # Monday morning
ME = frozenset({"maya@firm.test"})
WORK = WorkSettings(time_zone=NY, start=time(9), end=time(17), lunch=None, daily_followup_cap_minutes=240)
CALENDAR_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//someone else//EN\r
BEGIN:VEVENT\r
UID:hearing-1\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260105T140000Z\r
DTEND:20260105T160000Z\r
SUMMARY:Hearing\r
END:VEVENT\r
END:VCALENDAR\r
"""


def followup(ident: str, due: datetime, **extra) -> FollowUp:
    return FollowUp(
        id=ident, title=f"Follow-up {ident}", owner="maya@firm.test", due=due, created=NOW, **extra
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def ics(tmp_path) -> Path:
    path = tmp_path / "calendar.ics"
    path.write_text(CALENDAR_ICS, newline="")
    return path


def test_the_week_runs_monday_to_monday_in_the_users_time_zone():
    start, end = week_window("next", datetime(2026, 1, 7, 23, 30, tzinfo=ZoneInfo("UTC")), WORK)
    assert (start, end) == (datetime(2026, 1, 12, tzinfo=NY), datetime(2026, 1, 19, tzinfo=NY))


def test_follow_ups_are_placed_around_the_meetings_in_a_local_calendar(store, ics):
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY), duration_minutes=30))
    planner = Planner(CalendarSettings(kind="ics", path=ics), WORK, ME, store)
    plan = planner.plan("this", NOW)
    [slot] = plan.slots
    # The hearing holds 09:00-11:00 New York time.
    assert slot.start == datetime(2026, 1, 5, 11, tzinfo=NY)


def test_writing_to_a_local_calendar_keeps_other_events_and_never_duplicates(store, ics):
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    store.put_followup(followup("b", datetime(2026, 1, 6, 17, tzinfo=NY), status=FollowUpStatus.DONE))
    planner = Planner(CalendarSettings(kind="ics", path=ics), WORK, ME, store)
    for _ in range(2):
        planner.write(planner.plan("this", NOW), NOW)
    uids = sorted(str(c["UID"]) for c in read_calendar(ics).subcomponents)
    assert uids == sorted(["hearing-1", task_uid("a"), task_uid("b"), block_uid("a")])


def test_the_plan_is_remembered_for_the_review(store, ics):
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    planner = Planner(CalendarSettings(kind="ics", path=ics), WORK, ME, store)
    plan = planner.plan("this", NOW)
    planner.save(plan)
    assert planner.saved_slots() == {s.followup_id: s for s in plan.slots}


def test_no_calendar_means_an_empty_week_and_a_plan_kept_in_belt(store):
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    planner = Planner(None, WORK, ME, store)
    plan = planner.plan("this", NOW)
    assert plan.slots[0].start == datetime(2026, 1, 5, 9, tzinfo=NY)
    assert planner.write(plan, NOW).notices == ["no calendar configured: the plan is kept in Belt only"]


@pytest.mark.caldav
def test_a_task_completed_on_the_server_completes_the_follow_up_in_belt(store, radicale, calendar_url):
    settings = CalendarSettings(
        kind="caldav",
        url=radicale.url + "/",
        username=radicale.user,
        password=SecretSource(kind="literal", literal=Secret(str(radicale.password))),
        calendar=calendar_url.rstrip("/").rsplit("/", 1)[-1],
        timeout_seconds=10,
    )
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    planner = Planner(settings, WORK, ME, store)
    planner.write(planner.plan("this", NOW), NOW)

    client = caldav.DAVClient(url=calendar_url, username=radicale.user, password=str(radicale.password))
    phone = client.calendar(url=calendar_url).todo_by_uid(task_uid("a"))
    phone.icalendar_component["STATUS"] = "COMPLETED"
    phone.save()

    outcome = planner.write(planner.plan("this", NOW), NOW)
    assert outcome.completed_elsewhere == ["a"]
    assert store.get_followup("a").status is FollowUpStatus.DONE


def test_belt_slot_dry_run_prints_the_plan_as_json(tmp_path, ics):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(
        f"""
[me]
addresses = ["maya@firm.test"]

[[accounts]]
name = "archive"
kind = "maildir"
path = "{tmp_path / "Mail"}"

[calendar]
kind = "ics"
path = "{ics}"

[work]
time_zone = "America/New_York"
start = "09:00"
end = "17:00"
"""
    )
    with Store.open(home / "data") as seeded:
        seeded.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    before = ics.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "belt_tui", "slot", "--dry-run", "--json", "--now", NOW.isoformat()],
        env={**os.environ, "BELT_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["written"] is False
    assert [(s["id"], s["start"]) for s in plan["slots"]] == [("a", "2026-01-05T11:00:00-05:00")]
    assert ics.read_bytes() == before


def test_a_block_moved_in_belt_stays_there_when_the_week_is_planned_again(store, ics):
    store.put_followup(followup("a", datetime(2026, 1, 9, 17, tzinfo=NY)))
    planner = Planner(CalendarSettings(kind="ics", path=ics), WORK, ME, store)
    service = FollowUps(store, lambda: NOW, ME)
    thursday = (datetime(2026, 1, 8, 14, tzinfo=NY), datetime(2026, 1, 8, 14, 30, tzinfo=NY))
    service.pin("a", *thursday)
    for _ in range(2):  # the second plan reads back the calendar the first one wrote
        [slot] = planner.plan("this", NOW).slots
        assert (slot.start, slot.end) == thursday
        planner.write(planner.plan("this", NOW), NOW)
    service.undo()
    [slot] = planner.plan("this", NOW).slots
    assert slot.start == datetime(2026, 1, 5, 11, tzinfo=NY), "unpinned: back to the first free time"


def test_belts_own_blocks_in_a_local_calendar_are_not_busy_time(store, ics):
    store.put_followup(followup("a", datetime(2026, 1, 6, 17, tzinfo=NY)))
    planner = Planner(CalendarSettings(kind="ics", path=ics), WORK, ME, store)
    planner.write(planner.plan("this", NOW), NOW)
    assert [b.summary for b in planner.busy(week_window("this", NOW, WORK))] == ["Hearing"]
