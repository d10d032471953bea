"""Author zone: only the sender's own words in this message survive, as spans into the body."""

from __future__ import annotations

import pytest

from belt_tui.asks.clean import author_zone

CASES = [
    (
        "gmail attribution",
        "Can you call me?\n\nOn Tue, Mar 3, 2026 at 9:00 AM Ann Roe <ann@x.com> wrote:\n> Old ask?\n",
        "Can you call me?",
        "Old ask",
    ),
    (
        "wrapped attribution",
        "Sure thing.\n\nOn Tue, Mar 3, 2026 at 9:00 AM Ann Roe <ann@x.com>\nwrote:\n\n> Old?\n",
        "Sure thing.",
        "Old?",
    ),
    (
        "bare quote lines",
        "New words here.\n> quoted words\n> more quoted\n",
        "New words here.",
        "quoted words",
    ),
    (
        "outlook block without marker",
        "Please file it.\n\nFrom: Ann Roe <ann@x.com>\nSent: Monday, March 2, 2026 4:00 PM\n"
        "To: Bo <bo@y.com>\n"
        "Subject: RE: x\n\nOld request please?\n",
        "Please file it.",
        "Old request",
    ),
    (
        "german outlook block",
        "Danke.\n\nVon: Ann Roe <ann@x.com>\nGesendet: Montag, 2. März 2026\n"
        "An: Bo <bo@y.com>\nBetreff: x\n\nAlt?\n",
        "Danke.",
        "Alt?",
    ),
    (
        "original message marker",
        "Top note.\n-----Original Message-----\nFrom: a\nOld text\n",
        "Top note.",
        "Old text",
    ),
    (
        "forward keeps the note on top",
        "Can someone take this?\n\n---------- Forwarded message ---------\n"
        "From: Ann <ann@x.com>\nPlease pay.\n",
        "Can someone take this?",
        "Please pay.",
    ),
    ("dash-dash signature", "See you then.\n--\nAnn Roe\nCounsel\n", "See you then.", "Counsel"),
    ("device footer", "On my way.\n\nSent from my iPhone\n", "On my way.", "iPhone"),
    (
        "disclaimer",
        "Filed today.\n\nCONFIDENTIALITY NOTICE: This e-mail may be privileged.\n",
        "Filed today.",
        "privileged",
    ),
    (
        "closing line then signature",
        "Please review.\n\nBest regards,\nAnn Roe\nPartner\n",
        "Please review.",
        "Partner",
    ),
    (
        "bare first-name sign-off",
        "Please review.\n\nAnn\n\nAnn Roe | Partner | Roe LLP\n",
        "Please review.",
        "LLP",
    ),
]


@pytest.mark.parametrize(("name", "body", "kept", "dropped"), CASES, ids=[c[0] for c in CASES])
def test_zone_keeps_own_words_and_drops_the_rest(name: str, body: str, kept: str, dropped: str) -> None:
    zone = author_zone(body, sender_name="Ann Roe", sender_addr="ann@x.com")
    text = zone.text_in(body)
    assert kept in text
    assert dropped not in text


def test_spans_point_into_the_original_body() -> None:
    body = "Hi Bo,\n\nPlease sign.\n\nThanks,\nAnn\n"
    zone = author_zone(body, "Ann Roe")
    assert [body[s.start : s.end] for s in zone.spans] == ["Hi Bo,", "Please sign."]


def test_a_name_heading_followed_by_prose_is_not_a_signature() -> None:
    body = (
        "Update on Roe\n"
        + "The hearing moved and we now have until the end of the month to file the reply brief." * 2
    )
    assert "hearing moved" in author_zone(body, "Ann Roe").text_in(body)


def test_answers_written_inline_between_quoted_lines_are_the_senders_own_words() -> None:
    body = (
        "Answers below.\n\nOn Mon, 5 Oct 2026 at 05:00, Kim Lo <kim@firm.test> wrote:\n"
        "> 1. Will you attend the inspection?\n\nNo. Could you ask the agent to film it?\n\n"
        "> 2. Please send a certified ID.\n\nI'll post it on Friday.\n\n"
        "Cheers,\nAlex\n\n> Kim Lo\n> Partner\n"
    )
    zone = author_zone(body, "Alex Vu", "alex@client.test")
    text = zone.text_in(body)
    assert "Could you ask the agent to film it?" in text and "I'll post it on Friday." in text
    assert "Will you attend" not in text and "certified ID" not in text, "the quoted questions stay out"
    assert "Cheers" not in text and "Partner" not in text, "the sign-off ends the answers"
    assert zone.quoted_from == body.index("On Mon")


def test_text_after_a_forwarded_message_below_a_quote_is_not_an_answer() -> None:
    body = "See below.\n> quoted line\n\n---------- Forwarded message ---------\nFrom: x\n\nPlease pay now.\n"
    assert "Please pay" not in author_zone(body).text_in(body)


def test_a_top_posted_reply_has_no_inline_answers() -> None:
    body = "Yes, go ahead.\n\nOn Tue, Mar 3, 2026 at 9:00 AM Ann Roe <ann@x.com> wrote:\n> Can I file?\n"
    assert author_zone(body).text_in(body) == "Yes, go ahead."
