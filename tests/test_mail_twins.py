"""The HTML twin of a plain-text body is emptied before parsing; what is read never changes."""

from __future__ import annotations

import random
from email.message import EmailMessage

import pytest

from belt_tui.mail import parse
from belt_tui.mail.twins import drop_html_twins

TEXT = "Could you send the signed charter party by 15.01.?\n\nFemke"


def alternative(html: str = f"<p>{TEXT}</p>") -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "femke@x.test", "mette@y.test", "Charter"
    message["Message-ID"] = "<twin@x.test>"
    message.set_content(TEXT)
    message.add_alternative(html, subtype="html")
    return message


def parsed_both_ways(raw: bytes, monkeypatch: pytest.MonkeyPatch):
    lean = parse.parse_message(raw)
    monkeypatch.setattr(parse, "drop_html_twins", lambda raw: raw)
    whole = parse.parse_message(raw)
    monkeypatch.undo()
    return lean, whole


def test_the_html_twin_is_emptied_and_the_plain_body_read_as_before(monkeypatch):
    raw = alternative("<p>" + "x" * 5000 + "</p>").as_bytes()
    assert len(drop_html_twins(raw)) < len(raw) - 5000
    message, reference = parsed_both_ways(raw, monkeypatch)
    assert message == reference
    assert message.body == TEXT


def _html_named(message: EmailMessage) -> None:
    html = message.get_payload()[1]
    html.set_param("name", "page.html")


def _plain_as_attachment(message: EmailMessage) -> None:
    message.get_payload()[0]["Content-Disposition"] = "attachment"


def _html_first(message: EmailMessage) -> None:
    message.get_payload().reverse()


def _third_alternative(message: EmailMessage) -> None:
    message.add_alternative("BEGIN:VCALENDAR\nEND:VCALENDAR\n", subtype="calendar")


def _message_attached(message: EmailMessage) -> None:
    message.make_mixed()
    message.add_attachment(alternative())


@pytest.mark.parametrize(
    "change", [_html_named, _plain_as_attachment, _html_first, _third_alternative, _message_attached]
)
def test_twins_are_left_alone_when_the_html_could_be_read(change, monkeypatch):
    message = alternative()
    change(message)
    raw = message.as_bytes()
    assert drop_html_twins(raw) == raw, change.__name__
    lean, whole = parsed_both_ways(raw, monkeypatch)
    assert lean == whole


def built(rng: random.Random) -> bytes:
    """Mail as clients build it: alternatives alone, beside attachments, inside related parts, CRLF."""
    message = alternative(f"<div>{TEXT}</div>" * rng.randrange(1, 50))
    if rng.random() < 0.5:
        message.add_attachment(rng.randbytes(rng.randrange(10, 2000)), "application", "pdf", filename="a.pdf")
    if rng.random() < 0.3:
        message.get_payload()[0].set_param("format", "flowed")
    raw = message.as_bytes()
    return raw.replace(b"\n", b"\r\n") if rng.random() < 0.3 else raw


def test_parsing_never_changes_on_mail_as_clients_build_it(monkeypatch):
    rng = random.Random(11)
    dropped = 0
    for _ in range(120):
        raw = built(rng)
        dropped += drop_html_twins(raw) != raw
        lean, whole = parsed_both_ways(raw, monkeypatch)
        assert lean == whole
    assert dropped > 100, "nearly all of them have a twin to drop"
