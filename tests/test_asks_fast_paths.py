"""Shortcuts taken for speed find exactly what the full patterns find, including on odd input."""

from __future__ import annotations

import re

import pytest

from belt_tui.asks.automated import _AUTO_BODY_FORMS, _has_automatic_wording
from belt_tui.asks.dates_grammar import _PATTERNS, find_atoms, find_groups
from belt_tui.asks.lexicon import CaselessTest

SENTENCES = [
    "Can you send the redline by EOD Friday?",
    "Please file it within 3 business days, ideally before the hearing on 1/20.",
    "Let's talk at 3 tomorrow, 10:30 Eastern works too.",
    "We need it midnext week or the 15th at the latest.",
    "earlythis week is fine; late this week is not.",
    "in a couple of days, or a few hours ago, or last Monday",
    "By the end of May, not Jan20 and not 4-10 August.",
    "24/7 support, 7/12 of the volume, 1/2 off",
    "Mon. 5/3 or Tues, Jan 6, 2026 at noon PT",
    "laſt week and İn 3 days",  # letters IGNORECASE folds onto ASCII
    "The hearing on March 3 went well.",
    "No date here at all, just words like money, copy and friend.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_atoms_are_those_a_scan_of_every_position_finds(text: str) -> None:
    expected = [(m.start(), m.end(), m.lastgroup) for m in _PATTERNS[False].finditer(text)]
    assert [(a.start, a.end, a.detail) for a in find_atoms(text)] == expected


@pytest.mark.parametrize("text", SENTENCES)
def test_text_without_date_words_has_no_groups_and_the_rest_keep_theirs(text: str) -> None:
    groups = find_groups(text)
    if any(a.kind.value != "zone" for a in find_atoms(text)):
        assert groups
    else:
        assert groups == []


@pytest.mark.parametrize(
    "body",
    [
        "This is an automatically generated message.",
        "Please do not\nreply to this email.",
        "Replies to this address are not monitored.",
        "I'm out of the office until Monday.",
        "I am currently on vacation with limited access to email.",
        "Thiſ iſ an automatic notice.",
        "Please reply by Friday; I could not open the attachment.",
        "The office is closed; access the data room instead.",
        "Hello, can you call me?",
        "THIS MESSAGE WAS SENT AUTOMATICALLY. Do Not Respond To This Address.",
        "I'm away at a conference this week with no access to my files. I am out of the office.",
        "i am out of the office\nthis is a system generated notice",
        "Our office generated the report; replies to this message are welcome, not monitored by us.",
    ],
)
def test_automatic_wording_matches_one_pattern_of_every_form(body: str) -> None:
    every_form = re.compile("|".join(p.pattern for _, p in _AUTO_BODY_FORMS), re.IGNORECASE | re.MULTILINE)
    assert _has_automatic_wording(body) is bool(every_form.search(body))


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Any FEEDBACK by Monday?",
        "Please send your comments.",
        "Thoughtful notes, no reply needed",  # "thoughts" is not in "thoughtful"
        "Pleaſe ſend your reſponses",  # long s folds onto "s" only under IGNORECASE
        "ANSWERS BY THURSDAY",
        "naïve question: any input?",
    ],
)
def test_a_caseless_test_agrees_with_the_ignorecase_pattern(text: str) -> None:
    pattern = r"\b(?:answers?|responses?|comments|feedback|thoughts|input|send|thursday)\b|\d"
    assert CaselessTest(pattern).found_in(text) is bool(re.search(pattern, text, re.IGNORECASE))
