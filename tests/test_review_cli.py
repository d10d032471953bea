"""`belt review` reads the configured mail, calendar and follow-ups, and prints the week for a note."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from belt_tui.model import FollowUp, FollowUpStatus
from belt_tui.store import Store

NY = ZoneInfo("America/New_York")
NOW = "2026-01-07T10:00:00-05:00"  # Wednesday morning in New York
CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:hearing-1\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260107T150000Z\r
DTEND:20260107T170000Z\r
SUMMARY:Hearing\r
END:VEVENT\r
END:VCALENDAR\r
"""
MESSAGES = {
    "client-ask": (
        "Message-ID: <ask-1@client.test>\nFrom: Rick Client <rick@client.test>\nTo: maya@firm.test\n"
        "Subject: Engagement letter\nDate: Mon, 05 Jan 2026 09:15:00 -0500",
        "Hi Maya,\n\nCould you send me the engagement letter by Friday?\n\nThanks,\nRick",
    ),
    "my-ask": (
        "Message-ID: <ask-2@firm.test>\nFrom: Maya <maya@firm.test>\nTo: bob@opposing.test\n"
        "Subject: Draft stipulation\nDate: Tue, 06 Jan 2026 11:00:00 -0500",
        "Bob,\n\nCan you please send me your comments on the draft stipulation?\n\nMaya",
    ),
}


def due(day: int) -> datetime:
    return datetime(2026, 1, day, 17, tzinfo=NY)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    maildir = tmp_path / "Mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for name, (headers, body) in MESSAGES.items():
        (maildir / "cur" / f"{name}:2,S").write_text(f"{headers}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "calendar.ics").write_text(CALENDAR, newline="")
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(
        '[me]\naddresses = ["maya@firm.test"]\n\n'
        f'[[accounts]]\nname = "mail"\nkind = "maildir"\npath = "{maildir}"\n\n'
        f'[calendar]\nkind = "ics"\npath = "{tmp_path / "calendar.ics"}"\n\n'
        '[work]\ntime_zone = "America/New_York"\n'
    )
    with Store.open(home / "data") as store:
        store.put_followup(FollowUp("mine", "Send the engagement letter", "maya@firm.test", due(9)))
        store.put_followup(
            FollowUp("theirs", "Comments on the stipulation", "bob@opposing.test", due(6), chased=1)
        )
        store.put_followup(
            FollowUp(
                "closed", "File the notice", "maya@firm.test", due(6),
                status=FollowUpStatus.DONE, updated=datetime(2026, 1, 6, 15, tzinfo=NY),
            )
        )  # fmt: skip
    return home


def belt(home: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "belt_tui", "review", "--now", NOW, *args],
        env={**os.environ, "BELT_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_json_review_of_mail_calendar_and_follow_ups(home):
    doc = json.loads(belt(home, "--json").stdout)
    assert doc["window"] == ["2026-01-05T00:00:00-05:00", "2026-01-12T00:00:00-05:00"]
    i_owe = {item.get("thread_id") or item["id"]: item for item in doc["i_owe"]}
    assert i_owe["<ask-1@client.test>"]["people"] == ["rick@client.test"]
    assert "mine" in i_owe
    they_owe = {item.get("thread_id") or item["id"]: item for item in doc["they_owe"]}
    assert they_owe["<ask-2@firm.test>"]["people"] == ["bob@opposing.test"]
    assert they_owe["theirs"]["chased"] == 1
    assert [item["id"] for item in doc["overdue"]] == ["theirs"]
    summary = doc["summary"]
    assert (summary["open"], summary["overdue"], summary["done_this_week"]) == (2, 1, 1)
    assert summary["longest_client_wait"]["who"] == "rick@client.test"
    wednesday = doc["days"][2]
    assert [busy["summary"] for busy in wednesday["busy"]] == ["Hearing"]
    # The hearing holds 10:00-12:00 in New York, so the first follow-up block starts after it.
    first_block = datetime.fromisoformat(wednesday["followups"][0]["start"])
    assert first_block == datetime(2026, 1, 7, 12, tzinfo=NY)


def test_markdown_review_is_a_note_to_paste(home):
    note = belt(home, "--markdown").stdout
    assert note.startswith("# Weekly review: Mon 5 Jan – Fri 9 Jan 2026")
    for heading in ("## The week", "## I owe", "## They owe", "## Overdue", "## No due date", "## Unslotted"):
        assert heading in note
    assert "- Send the engagement letter — you, due Fri 9 Jan" in note
    assert "Comments on the stipulation — bob@opposing.test, due Tue 6 Jan (overdue)" in note
    assert "10:00–12:00  Hearing" in note
    assert "\x1b" not in note


def test_next_week_and_the_default_plain_text(home):
    text = belt(home, "--week", "next").stdout
    assert text.startswith("Weekly review · Mon 12 Jan – Fri 16 Jan 2026")
    assert "I owe (" in text and "They owe (" in text


def test_an_unreachable_calendar_falls_back_to_the_saved_plan_and_says_so(home, tmp_path):
    (tmp_path / "calendar.ics").unlink()
    result = belt(home, "--json")
    assert "the calendar could not be read" in result.stderr
    assert "showing the plan saved by the last `belt slot`" in result.stderr
    doc = json.loads(result.stdout)
    assert all(day["busy"] == [] for day in doc["days"])
    assert {item["id"] for item in doc["unslotted"]} == {"mine", "theirs"}
