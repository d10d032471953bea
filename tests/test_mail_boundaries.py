"""MIME boundaries are renamed to shared stand-ins before parsing, and that never changes what is read."""

from __future__ import annotations

import random
from email.message import EmailMessage

import pytest

from belt_tui.mail import boundaries
from belt_tui.mail.parse import parse_message

ALTERNATIVE = (
    b"From: Ana <ana@x.test>\nTo: me@x.test\nMessage-ID: <1@x.test>\nDate: Mon, 4 Jan 2027 10:00:00 +0100\n"
    b'Content-Type: multipart/alternative; boundary="0000000000001a2b3c4d5e6f"\n\n'
    b"--0000000000001a2b3c4d5e6f\nContent-Type: text/plain\n\nCan you send the charter party?\n"
    b"--0000000000001a2b3c4d5e6f\nContent-Type: text/html\n\n<p>Can you send the charter party?</p>\n"
    b"--0000000000001a2b3c4d5e6f--\n"
)


def parsed_both_ways(raw: bytes, monkeypatch: pytest.MonkeyPatch):
    renamed = parse_message(raw)
    monkeypatch.setattr(boundaries, "NEEDED", False)
    plain = parse_message(raw)
    monkeypatch.setattr(boundaries, "NEEDED", True)
    return renamed, plain


def test_a_boundary_becomes_a_stand_in_of_the_same_length_and_comes_back_in_headers(monkeypatch):
    raw, renamed = boundaries.shared_boundaries(ALTERNATIVE)
    assert renamed == {"belt0___________________": "0000000000001a2b3c4d5e6f"}
    assert b"0000000000001a2b3c4d5e6f" not in raw and len(raw) == len(ALTERNATIVE)
    message, reference = parsed_both_ways(ALTERNATIVE, monkeypatch)
    assert message == reference
    assert dict(message.auto_headers)["content-type"].endswith('boundary="0000000000001a2b3c4d5e6f"')


def test_two_messages_with_different_boundaries_parse_through_the_same_stand_in():
    other = ALTERNATIVE.replace(b"0000000000001a2b3c4d5e6f", b"00000000000099aa88bb77cc")
    assert boundaries.shared_boundaries(ALTERNATIVE)[0] == boundaries.shared_boundaries(other)[0]


@pytest.mark.parametrize(
    ("why", "raw"),
    [
        (
            "it also appears in the text",
            ALTERNATIVE.replace(b"party?</p>", b"party? 0000000000001a2b3c4d5e6f</p>"),
        ),
        ("it is short", ALTERNATIVE.replace(b"0000000000001a2b3c4d5e6f", b"B1")),
        (
            "the stdlib strips its angle brackets",
            ALTERNATIVE.replace(b"0000000000001a2b3c4d5e6f", b"<<001-3e1d>>"),
        ),
        (
            "the stand-in is already in the mail",
            ALTERNATIVE.replace(b"Can you", b"belt0" + b"_" * 19 + b" can you"),
        ),
        (
            "no delimiter line uses it",
            ALTERNATIVE.replace(b"\n--0000000000001a2b3c4d5e6f", b"\n--other-boundary-1"),
        ),
    ],
)
def test_a_boundary_is_left_alone_when_renaming_it_could_change_the_parse(why, raw, monkeypatch):
    assert boundaries.shared_boundaries(raw) == (raw, {}), why
    message, reference = parsed_both_ways(raw, monkeypatch)
    assert message == reference


def built_message(rng: random.Random) -> EmailMessage:
    """A multipart message as mail clients build them: alternative text, attachments, a forwarded message."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "ana@x.test", "me@x.test", "Charter"
    message["Message-ID"] = f"<{rng.randrange(10**9)}@x.test>"
    message.set_content("Please send the signed charter party by 15.01.\n\n-- \nAna")
    if rng.random() < 0.7:
        message.add_alternative("<p>Please send the signed charter party by 15.01.</p>", subtype="html")
    for number in range(rng.randrange(3)):
        message.add_attachment(
            rng.randbytes(rng.randrange(1, 3000)), "application", "pdf", filename=f"c{number}.pdf"
        )
    if rng.random() < 0.4:
        forwarded = EmailMessage()
        forwarded["From"], forwarded["Subject"] = "bob@y.test", "Fwd"
        forwarded.set_content("Can you check clause 4?")
        forwarded.add_alternative("<p>Can you check clause 4?</p>", subtype="html")
        message.add_attachment(forwarded)
    return message


def test_renaming_never_changes_what_is_read_from_mail_as_clients_build_it(monkeypatch):
    rng = random.Random(7)
    renamed = 0
    for _ in range(200):
        built = built_message(rng)
        raw = built.as_bytes()
        renamed += bool(boundaries.shared_boundaries(raw)[1])
        message, reference = parsed_both_ways(raw, monkeypatch)
        assert message == reference
    assert renamed > 150, "most of these messages are multipart, with boundaries that can be renamed"
