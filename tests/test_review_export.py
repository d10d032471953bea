"""The review printed: mail text stays data in Markdown and on the terminal; JSON carries every section."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from markdown_it import MarkdownIt

from belt_tui.config_schema import TriageSettings, WorkSettings
from belt_tui.model import (
    Address,
    Busy,
    FollowUp,
    Message,
    Slot,
    Thread,
    ThreadAnalysis,
    ThreadState,
    Verdict,
)
from belt_tui.planner import week_window
from belt_tui.review import build_review
from belt_tui.review_export import (
    SECTIONS,
    age_label,
    markdown_text,
    review_as_dict,
    review_as_markdown,
    review_as_text,
)

NY = ZoneInfo("America/New_York")
WORK = WorkSettings(time_zone=NY)
NOW = datetime(2026, 1, 7, 10, 0, tzinfo=NY)  # Wednesday
HOSTILE = "**URGENT** [click](http://evil.test) <b>bold</b> R&Os \x1b[2J\x1b]0;owned\x07"


def hostile_review(**overrides):
    """A review whose every piece of mail text tries to be markup or a terminal command."""
    message = Message(
        message_id="<m1@client.test>",
        subject="# " + HOSTILE,
        sender=Address("rick@client.test"),
        to=(Address("maya@firm.test"),),
        cc=(),
        date=datetime(2026, 1, 5, 9, tzinfo=NY),
    )
    verdict = Verdict(
        ThreadState.NEEDS_REPLY, message.date, "Rick asked: " + HOSTILE, (), ("rick@client.test",)
    )
    items = [
        FollowUp("mine", "- " + HOSTILE, "maya@firm.test", datetime(2026, 1, 9, 17, tzinfo=NY)),
        FollowUp(
            "late", "Chase the clerk", "clerk@court.test", datetime(2026, 1, 6, 17, tzinfo=NY), chased=2
        ),
    ]
    values = {
        "now": NOW,
        "window": week_window("this", NOW, WORK),
        "work": WORK,
        "followups": items,
        "slots": {
            "mine": Slot("mine", datetime(2026, 1, 8, 9, tzinfo=NY), datetime(2026, 1, 8, 9, 30, tzinfo=NY))
        },
        "busy": [Busy(datetime(2026, 1, 8, 10, tzinfo=NY), datetime(2026, 1, 8, 11, tzinfo=NY), HOSTILE)],
        "threads": [ThreadAnalysis(Thread(message.message_id, (message,)), verdict, {})],
        "me": frozenset({"maya@firm.test"}),
    }
    return build_review(**{**values, **overrides})


def test_markdown_renders_mail_text_literally():
    html = MarkdownIt("commonmark").render(review_as_markdown(hostile_review()))
    assert "<strong>URGENT" not in html and "<a " not in html and "<b>" not in html
    assert "<h1>#" not in html and html.count("<h1>") == 1  # only the note's own title
    assert "**URGENT** [click](http://evil.test) &lt;b&gt;bold&lt;/b&gt; R&amp;Os" in html
    assert "\x1b" not in html and "\x07" not in html


@pytest.mark.parametrize(
    ("mail_text", "escaped"),
    [
        ("**bold** and _it_", r"\*\*bold\*\* and \_it\_"),
        ("[a](http://b)", r"\[a\](http://b)"),
        ("# not a heading", r"\# not a heading"),
        ("- not a bullet", r"\- not a bullet"),
        ("1. not a list", r"1\. not a list"),
        ("<script>", r"\<script\>"),
        ("two\nlines", "two lines"),
        ("bell\x07", "bell\ufffd"),
    ],
)
def test_markdown_escaping(mail_text, escaped):
    assert markdown_text(mail_text) == escaped


def test_plain_text_carries_no_terminal_control_codes():
    text = review_as_text(hostile_review())
    assert "\x1b" not in text and "\x07" not in text
    assert "**URGENT** [click](http://evil.test)" in text


def test_markdown_shows_due_dates_as_a_day_and_date():
    note = review_as_markdown(hostile_review())
    assert "due Fri 9 Jan" in note
    assert "due Tue 6 Jan (overdue)" in note
    assert "chased 2×" in note


def test_json_has_every_section_with_iso_datetimes():
    doc = json.loads(json.dumps(review_as_dict(hostile_review())))
    assert set(SECTIONS) <= doc.keys()
    assert [item["kind"] for item in doc["i_owe"]] == ["followup", "thread"]  # due Friday before no due
    assert [item["id"] for item in doc["overdue"]] == ["late"]
    assert doc["they_owe"][0]["chased"] == 2
    assert doc["summary"]["longest_client_wait"]["who"] == "rick@client.test"
    thursday = doc["days"][3]
    assert (thursday["date"], thursday["meeting_minutes"], thursday["followup_minutes"]) == (
        "2026-01-08",
        60,
        30,
    )
    for moment in (doc["now"], *doc["window"], doc["i_owe"][1]["since"], thursday["busy"][0]["start"]):
        assert datetime.fromisoformat(moment).utcoffset() is not None


@pytest.mark.parametrize(
    ("age", "business_hours", "label"),
    [
        (timedelta(minutes=40), True, "40 working min"),
        (timedelta(hours=1), True, "1 working hour"),
        (timedelta(hours=5, minutes=50), True, "5 working hours"),
        (timedelta(hours=7, minutes=30), True, "1 working day"),
        (timedelta(hours=11, minutes=15), True, "1.5 working days"),
        (timedelta(days=3, hours=2), False, "3d"),
    ],
)
def test_ages_say_whether_they_count_working_time(age, business_hours, label):
    review = hostile_review(triage=TriageSettings(business_hours=business_hours))
    assert age_label(age, review) == label
