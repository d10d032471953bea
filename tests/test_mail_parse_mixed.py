"""An HTML-only body beside a named attachment in multipart/mixed is still the body.

The stdlib's `get_body` raises on such a message under the compat32 policy the parser uses for speed
(a part with a Content-Disposition header), so the body used to come out empty.
"""

from __future__ import annotations

from belt_tui.mail.parse import parse_message

MIXED = b"""From: Ann Roe <ann@example.com>
To: Bo Lin <bo@example.com>
Subject: Access request
Date: Thu, 08 Jan 2026 14:22:00 -0500
Message-ID: <mixed-1@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/html; charset="utf-8"

<div>Hi Bo,</div><div>Can you send me the signed lease?</div>
--XX
Content-Type: application/pdf
Content-Disposition: attachment; filename="lease.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--XX--
"""


def test_html_body_next_to_an_attachment_is_read() -> None:
    message = parse_message(MIXED)
    assert "Can you send me the signed lease?" in message.body
    assert message.body_is_html
    assert [a.filename for a in message.attachments] == ["lease.pdf"]
    assert not message.parse_errors


def test_plain_part_is_preferred_over_html_in_the_fallback() -> None:
    plain = b'--XX\nContent-Type: text/plain; charset="utf-8"\n\nPlain words.\n'
    raw = MIXED.replace(
        b"--XX\nContent-Type: application/pdf", plain + b"--XX\nContent-Type: application/pdf"
    )
    message = parse_message(raw)
    assert message.body == "Plain words."
    assert not message.body_is_html


ALTERNATIVE_AND_NAMED_TEXT = b"""From: Ann Roe <ann@example.com>
To: Bo Lin <bo@example.com>
Subject: Notes
Date: Thu, 08 Jan 2026 14:22:00 -0500
Message-ID: <mixed-2@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: multipart/alternative; boundary="YY"

--YY
Content-Type: text/plain; charset="utf-8"; FORMAT=Flowed

Please read the notes before the call on\x20
Friday.
--YY
Content-Type: text/html; charset="utf-8"

<p>Please read the notes before the call on Friday.</p>
--YY--
--XX
Content-Type: text/plain; charset="utf-8"; NAME="call notes.txt"

The notes.
--XX--
"""


def test_a_text_part_named_only_in_its_content_type_is_an_attachment_and_the_html_twin_is_not() -> None:
    message = parse_message(ALTERNATIVE_AND_NAMED_TEXT)
    assert [(a.filename, a.content_type, a.size) for a in message.attachments] == [
        ("call notes.txt", "text/plain", len(b"The notes."))
    ]


def test_format_flowed_is_recognised_whatever_the_case_of_the_parameter_name() -> None:
    message = parse_message(ALTERNATIVE_AND_NAMED_TEXT)
    assert message.body == "Please read the notes before the call on Friday."
