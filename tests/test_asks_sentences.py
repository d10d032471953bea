"""Sentences are exact spans of the displayed body; list items are sentences without their markers."""

from __future__ import annotations

import pytest

from belt_tui.asks.clean import author_zone
from belt_tui.asks.sentences import split_sentences


def sentences(body: str) -> list[str]:
    found = split_sentences(body, author_zone(body))
    for segment in found:
        assert body[segment.span.start : segment.span.end] == segment.text
    return [s.text for s in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("First one. Second one? Third!", ["First one.", "Second one?", "Third!"]),
        (
            "Mr. Roe and Dr. Sun met at 9 a.m. today. Next.",
            ["Mr. Roe and Dr. Sun met at 9 a.m. today.", "Next."],
        ),
        ("See ECF No. 56 on the docket. Then call.", ["See ECF No. 56 on the docket.", "Then call."]),
        ('She said "stop." Then she left.', ['She said "stop."', "Then she left."]),
        ("Points:\n- send the list\n- call Ann\n", ["Points:", "send the list", "call Ann"]),
        ("Two things:\n1. Can you file?\n2) Who signs?\n", ["Two things:", "Can you file?", "Who signs?"]),
        ("This line is hard\nwrapped in the middle.", ["This line is hard\nwrapped in the middle."]),
        ("Hi Ann,\nPlease send it.", ["Hi Ann,", "Please send it."]),
        # European answer points are list items; a line that only acknowledges ends there.
        ("ad 1) Agreed.\nad 2) Joost sends it today.", ["Agreed.", "Joost sends it today."]),
        ("great thx\none more: can you cc Megan", ["great thx", "one more: can you cc Megan"]),
        # Lines without a stop anywhere in their paragraph are mobile mail's sentences.
        (
            "the lease is only in my name is that ok\ncan I pay the rest after the interview",
            ["the lease is only in my name is that ok", "can I pay the rest after the interview"],
        ),
        # A client that does not wrap (a prose line longer than any client wraps at): every break is typed.
        (
            "We received the notice this morning and it says the interview is in Miami Gardens at 8:30.\n"
            "It says March 24\nDo I need to bring my husband?",
            [
                "We received the notice this morning and it says the interview is in Miami Gardens at 8:30.",
                "It says March 24",
                "Do I need to bring my husband?",
            ],
        ),
    ],
)
def test_sentence_spans(body: str, expected: list[str]) -> None:
    assert sentences(body) == expected


def test_spans_hold_after_quote_and_signature_stripping() -> None:
    body = "Ann,\n\n- the signed letter\n- the lease\n\nThanks,\nBo\n\nOn Mon, Ann <a@x.com> wrote:\n> Old?\n"
    assert sentences(body) == ["Ann,", "the signed letter", "the lease"]


def test_items_are_marked_and_intro_recognised() -> None:
    body = "I need:\n- one\n- two\n"
    found = split_sentences(body, author_zone(body))
    assert [s.is_item for s in found] == [False, True, True]
    assert found[0].is_intro
