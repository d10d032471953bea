"""Big base64 attachments are cut out before parsing; the parsed message stays what the stdlib reads."""

from __future__ import annotations

import random
from email.message import EmailMessage

import pytest

from belt_tui.mail import parse
from belt_tui.mail.elide import ElidedParts, elide_big_payloads


def with_attachments(
    rng: random.Random, *sizes: int, text: str = "Please sign the attached by 15.01."
) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "ana@x.test", "me@x.test", "Charter party"
    message["Message-ID"] = f"<{rng.randrange(10**9)}@x.test>"
    message["Date"] = "Mon, 4 Jan 2027 10:00:00 +0100"
    message.set_content(text)
    message.add_alternative(f"<p>{text}</p>", subtype="html")
    for number, size in enumerate(sizes):
        message.add_attachment(rng.randbytes(size), "application", "pdf", filename=f"cp{number}.pdf")
    return message


def parsed_both_ways(raw: bytes, monkeypatch: pytest.MonkeyPatch):
    elided = parse.parse_message(raw)
    monkeypatch.setattr(parse, "elide_big_payloads", lambda raw: (raw, ElidedParts()))
    whole = parse.parse_message(raw)
    monkeypatch.undo()
    return elided, whole


def test_a_big_attachment_is_not_handed_to_the_parser_yet_keeps_its_exact_size(monkeypatch):
    raw = with_attachments(random.Random(1), 700_001, 90_000).as_bytes()
    lean, elided = elide_big_payloads(raw)
    assert len(lean) < 5_000 and len(elided) == 2
    message, reference = parsed_both_ways(raw, monkeypatch)
    assert message == reference
    assert [(a.filename, a.size) for a in message.attachments] == [("cp0.pdf", 700_001), ("cp1.pdf", 90_000)]
    assert message.body == "Please sign the attached by 15.01."


def spoiled(raw: bytes, rng: random.Random) -> bytes:
    """Mail as it arrives broken: CRLF endings, bad padding, stray characters, a mangled delimiter."""
    choice = rng.randrange(5)
    if choice == 0:
        return raw.replace(b"\n", b"\r\n")
    if choice == 1:  # one padding character lost at the end of a base64 body
        at = raw.rfind(b"=\n--")
        return raw[:at] + raw[at + 1 :] if at > 0 else raw
    if choice == 2:  # a character outside the base64 alphabet
        at = raw.find(b"\n", len(raw) // 2)
        return raw[:at] + b"!" + raw[at:]
    if choice == 3:  # the closing delimiter mangled: the parser reads on past it
        at = raw.rfind(b"==\n")
        return raw[:at] + raw[at + 1 :]
    return raw[: len(raw) * 2 // 3]  # cut off mid-attachment


def test_broken_mail_parses_exactly_as_the_stdlib_reads_it(monkeypatch):
    rng = random.Random(5)
    cut = 0
    for _ in range(25):
        raw = spoiled(with_attachments(rng, *rng.sample([30_000, 80_000, 150_000], 2)).as_bytes(), rng)
        cut += bool(elide_big_payloads(raw)[1])
        message, reference = parsed_both_ways(raw, monkeypatch)
        assert message == reference
        assert message.parse_errors == reference.parse_errors
    assert cut >= 15, "most broken messages still have an attachment worth cutting out"


def test_text_parts_attached_messages_and_small_mail_are_parsed_whole():
    rng = random.Random(2)
    big_text = with_attachments(rng)
    big_text.add_attachment("clause 4 line\n" * 8_000, subtype="plain", cte="base64", filename="notes.txt")
    forwarded = with_attachments(rng, 100_000)
    outer = with_attachments(rng, 100_000)
    outer.add_attachment(forwarded)
    small = with_attachments(rng, 20_000)
    for message in (big_text, outer, small):
        raw = message.as_bytes()
        assert elide_big_payloads(raw) == (raw, {})
