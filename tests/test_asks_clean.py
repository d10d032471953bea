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
