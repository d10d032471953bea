"""find_deadline: which phrase in a sentence is its deadline, and what moment it means.

Every case resolves against a fixed base (the message's Date), never the wall clock. Unless a case says
otherwise the base is Wednesday 7 January 2026, 10:00 in New York.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from belt_tui.asks.dates import find_deadline

NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY = datetime(2026, 1, 7, 10, 0, tzinfo=NEW_YORK)
THURSDAY = datetime(2026, 1, 8, 10, 0, tzinfo=NEW_YORK)


DEADLINES = [
    # (sentence, expected due "YYYY-MM-DD HH:MM")
    ("Please send the redline by Thursday.", "2026-01-08 17:00"),
    ("Can you turn comments by Wednesday?", "2026-01-14 17:00"),
    ("Could we go through it this Wednesday?", "2026-01-07 17:00"),
    ("Please file it next Wednesday.", "2026-01-14 17:00"),
    ("Please send the estimate Friday.", "2026-01-09 17:00"),
    ("Could you send me the draft on Monday?", "2026-01-12 17:00"),
    ("Send me the exhibits EOD.", "2026-01-07 17:00"),
    ("I need the draft by end of day.", "2026-01-07 17:00"),
    ("Please circulate the chart by COB.", "2026-01-07 17:00"),
    ("Could you get me a markup by COB Friday?", "2026-01-09 17:00"),
    ("Let's get this out today.", "2026-01-07 17:00"),
    ("I'll send you my notes this afternoon.", "2026-01-07 17:00"),
    ("Please call me tomorrow morning.", "2026-01-08 09:00"),
    ("I'll have it to you by tomorrow.", "2026-01-08 17:00"),
    ("Could you send the numbers by end of day tomorrow?", "2026-01-08 17:00"),
    ("Please confirm by noon tomorrow.", "2026-01-08 12:00"),
    ("Please confirm by noon.", "2026-01-07 12:00"),
    ("Can we regroup next week?", "2026-01-12 17:00"),
    ("We should finalise the schedule early next week.", "2026-01-12 17:00"),
    ("Please collect the signatures this week.", "2026-01-09 17:00"),
    ("Could you wrap this up by the end of the week?", "2026-01-09 17:00"),
    ("Please submit the invoices by end of month.", "2026-01-31 17:00"),  # a Saturday: still the 31st
    ("Please confirm by the 15th.", "2026-01-15 17:00"),
    ("Please confirm by the 5th.", "2026-02-05 17:00"),  # already past this month
    ("Please reply by 1/20.", "2026-01-20 17:00"),
    ("Can you send the binder by Jan 20?", "2026-01-20 17:00"),
    ("Please respond no later than January 20th.", "2026-01-20 17:00"),
    ("Please respond by 20 January 2026.", "2026-01-20 17:00"),
    # day.month, as most of the world writes it: day-first even in New York, after a deadline word.
    ("Please reply by 16.1.", "2026-01-16 17:00"),
    ("Can you tell me what to say before their 14.01 deadline?", "2026-01-14 09:00"),  # before: its start
    # A weekday with its day of the month is that date, not the coming weekday.
    ("I'll send the rest of the comments by Friday the 16th.", "2026-01-16 17:00"),
    # A bare hour after a deadline word is a time of day.
    ("Call me before 11 about the lease.", "2026-01-07 11:00"),
    ("Please send it by 5.", "2026-01-07 17:00"),
    ("Please confirm by 12 noon on Friday.", "2026-01-09 12:00"),
    # The year's end, and "end-<month>".
    ("Could you send the register before year-end?", "2026-12-31 17:00"),
    ("Please wrap this up by EOY.", "2026-12-31 17:00"),
    ("Our board would like a paper by end-Jan.", "2026-01-31 17:00"),
    # European idioms: ISO calendar weeks (their Monday, as "next week" is), mid-month, day-first dates.
    ("Please send the signed annex by wk 2.", "2026-01-07 17:00"),  # week 2 has begun: today
    ("We need your answer latest in KW 4.", "2026-01-19 17:00"),
    ("Can you review it in calendar week 6?", "2026-02-02 17:00"),
    ("Could you send the fee estimate by mid-January?", "2026-01-15 17:00"),
    ("Please renew the power of attorney latest by 15-1.", "2026-01-15 17:00"),
    ("Kindly advise on our reply before 19.01.2026, the last date for filing it.", "2026-01-19 09:00"),
    # A span counts from the date named after it, else from the message.
    ("I will file the response within 20 days of the notice dated January 2.", "2026-01-22 17:00"),
    ("Please reply within 14 days of the date of this letter.", "2026-01-21 17:00"),
    # "Friday week" is a week after the coming Friday; said on a Wednesday, "Wednesday week" is a week today.
    ("I'll revert with the full report by Friday week.", "2026-01-16 17:00"),
    ("Can someone cover the callover on Wednesday week?", "2026-01-14 17:00"),
    # Australian "arvo" is the afternoon.
    ("Can you approve the sheet so I can send it this arvo?", "2026-01-07 17:00"),
    ("Please hold the date of Thursday, January 22 at 2:00 PM.", "2026-01-22 14:00"),
    ("We need this ASAP.", "2026-01-07 17:00"),
    ("Please send it as soon as possible.", "2026-01-07 17:00"),
    ("Please stop all contact immediately.", "2026-01-07 17:00"),
    ("Could you call the clerk right away?", "2026-01-07 17:00"),
    ("Please respond within 48 hours.", "2026-01-09 10:00"),
    ("I can turn it around in two days.", "2026-01-09 17:00"),
    ("Please reply within 3 business days.", "2026-01-12 17:00"),
    ("Can we meet Monday at 10?", "2026-01-12 10:00"),
    ("I'll call you at 3:30 Pacific tomorrow.", "2026-01-08 18:30"),
    ("Let's talk Sunday evening.", "2026-01-11 19:00"),
    ("Please send the revised draft by midnight Friday.", "2026-01-09 23:59"),
    ("Could you take a look before Monday?", "2026-01-12 09:00"),
    ("Could we talk between now and Monday?", "2026-01-12 17:00"),
    ("I'll call you within the next few days.", "2026-01-10 17:00"),
    ("Can you get to it by Wed of next week?", "2026-01-14 17:00"),
    ("Please put the call on my calendar for Thursday next week.", "2026-01-15 17:00"),
    ("The closing is to be held on January 22 at our offices.", "2026-01-22 17:00"),
    # Numbers that are not days must not steal the date.
    ("Please review sections 3 and 4 by March 20.", "2026-03-20 17:00"),
    ("Please mark up clauses 4.2 and 9 by Monday.", "2026-01-12 17:00"),
    # The most strongly attached date wins over a date the sentence merely mentions.
    ("Please tell us by Friday whether January 29 works for the witness.", "2026-01-09 17:00"),
    (
        "Please tell us by Friday whether the parties are available on Tuesday, January 27.",
        "2026-01-09 17:00",
    ),
    ("We'd like your answers by 15 January, as our board meets on 16 January.", "2026-01-15 17:00"),
    # Someone else's deadline loses to the one asked of the reader.
    ("They want my answer by Jan 16, so can you tell me by Monday?", "2026-01-12 17:00"),
    # A past verb elsewhere in the sentence does not cancel a "by" deadline.
    ("Could you confirm by the 15th the settlement range we discussed?", "2026-01-15 17:00"),
    ("As discussed yesterday, please send it by Friday.", "2026-01-09 17:00"),
]


@pytest.mark.parametrize(("sentence", "expected"), DEADLINES)
def test_deadline_phrase_resolves_against_the_message_date(sentence: str, expected: str) -> None:
    deadline = find_deadline(sentence, WEDNESDAY)
    assert deadline is not None, sentence
    assert deadline.due.strftime("%Y-%m-%d %H:%M") == expected
    assert deadline.due.tzinfo is NEW_YORK


NOT_DEADLINES = [
    "The hearing on March 3 went well.",
    # Counts and amounts after "by" are not hours.
    "Please cut the draft by 5 pages.",
    "Can you reduce the fee by 10 percent?",
    # Dotted numbers that are prices, section or version numbers, not day.month dates.
    "The filing fee is 16.10 dollars, can you pay it?",
    "Please read section 4.2 of the lease.",
    "Please update to version 16.1.2.",
    "We met on Monday to go over the numbers.",
    "As discussed yesterday, the numbers look right.",
    "Attached is the 2019 agreement.",
    "May I ask who handles billing?",
    "We reviewed the file and we think it is fine.",
    'Please read the article "Deadlines by March 20: A Guide" for background.',
    "This concerns Case No. 1:25-cv-01120 in the Southern District.",
    "Are you free Tuesday at 11 or Wednesday at 3?",
    "Let me know if Thursday works.",
    "Please comment on the December 30 notice.",
    "Can the reporter start at 9:30 AM in our offices?",
    "Good morning, Dana.",
    "Their deadline is January 20.",
    "Please send me the letter you received last Monday.",
    "The response was due by Friday.",
    "The documents were produced on 1/20/2025.",
    "The deposition ran from Monday to Wednesday.",
    "I will be out of the office through Friday.",
    "You may want to revise the indemnity section.",
    "Call our 24/7 hotline.",
    "Can you confirm the January 16 deadline will be extended by one week, to January 23?",
    "Please look at the Monday meeting notes.",
    "Please send the overdue report that was due January 5.",
    "Fill out the survey between January 12 and January 24.",
    "The conference runs January 12-14.",
    "You can claim 1/2 off the second item.",
    "Only 7/12 of the volume moved.",
    "Wednesday works for me next week.",
]


@pytest.mark.parametrize("sentence", NOT_DEADLINES)
def test_dates_that_are_not_deadlines_give_none(sentence: str) -> None:
    assert find_deadline(sentence, WEDNESDAY) is None


def test_a_sentence_without_any_date_gives_none() -> None:
    assert find_deadline("Could you take a look before I send it to Greg?", WEDNESDAY) is None


def test_weekday_named_on_that_same_weekday_means_next_week() -> None:
    deadline = find_deadline("Please send the redline by Thursday.", THURSDAY)
    assert deadline is not None
    assert deadline.due.date().isoformat() == "2026-01-15"


def test_noon_already_past_means_noon_the_next_day() -> None:
    after_noon = datetime(2026, 1, 8, 12, 10, tzinfo=NEW_YORK)
    deadline = find_deadline("Please confirm for us before the noon deadline.", after_noon)
    assert deadline is not None
    assert deadline.due == datetime(2026, 1, 9, 12, 0, tzinfo=NEW_YORK)


def test_phrase_and_span_cover_the_deadline_words_in_the_text() -> None:
    text = "Thanks. Please send the redline by noon tomorrow if you can."
    deadline = find_deadline(text, WEDNESDAY)
    assert deadline is not None
    assert deadline.phrase == "by noon tomorrow"
    assert text[deadline.span.start : deadline.span.end] == deadline.phrase


EVENTS = [
    ("Please prepare the binder before the hearing on 1/20.", "2026-01-20", "before the hearing on 1/20"),
    ("Let's finalise the exhibits ahead of Tuesday's deposition.", "2026-01-13", "ahead of Tuesday"),
    ("Please have the outline ready for the mediation on January 22.", "2026-01-22", None),
]


@pytest.mark.parametrize(("sentence", "expected_day", "phrase"), EVENTS)
def test_deadline_tied_to_an_event_is_the_event_date(
    sentence: str, expected_day: str, phrase: str | None
) -> None:
    deadline = find_deadline(sentence, WEDNESDAY)
    assert deadline is not None
    assert deadline.is_event
    assert deadline.due.date().isoformat() == expected_day
    if phrase:
        assert deadline.phrase == phrase


def test_plain_deadline_is_not_an_event() -> None:
    deadline = find_deadline("Please send the redline by Thursday.", WEDNESDAY)
    assert deadline is not None
    assert not deadline.is_event


def test_deadline_word_is_more_confident_than_a_bare_day() -> None:
    stated = find_deadline("Please send them by Thursday.", WEDNESDAY)
    bare = find_deadline("I'll send them Thursday.", WEDNESDAY)
    assert stated is not None and bare is not None
    assert stated.due == bare.due
    assert stated.confidence > bare.confidence


def test_year_less_date_well_in_the_past_rolls_to_next_year() -> None:
    december = datetime(2025, 12, 15, 10, 0, tzinfo=NEW_YORK)
    deadline = find_deadline("Please send the final version by Jan 5.", december)
    assert deadline is not None
    assert deadline.due.date().isoformat() == "2026-01-05"


def test_date_already_past_when_written_is_not_a_deadline() -> None:
    assert find_deadline("Please send the final version by Jan 5.", WEDNESDAY) is None


def test_month_end_is_the_last_calendar_day_even_on_a_weekend() -> None:
    deadline = find_deadline("Please send the bill by the end of the month.", WEDNESDAY)
    assert deadline is not None
    assert deadline.due.strftime("%a %Y-%m-%d") == "Sat 2026-01-31"


def test_naive_base_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        find_deadline("by Friday", datetime(2026, 1, 7, 10, 0))
