"""parse_message: raw bytes in, a Message out, whatever the bytes look like."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from belt_tui.mail.parse import msg_ids, parse_message
from belt_tui.model import Address


def mail(body: str = "Can you send the redline by Friday?", **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Ann Lee <ann@client.example>")
    msg["To"] = headers.pop("To", "Dana <dana@firm.example>")
    msg["Subject"] = headers.pop("Subject", "Lease")
    msg["Date"] = headers.pop("Date", "Mon, 05 Jan 2026 10:00:00 -0500")
    msg["Message-ID"] = headers.pop("Message_ID", "<m1@client.example>")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def raw_mail(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n" + body


class TestHeaders:
    def test_reads_the_basic_fields(self):
        message = parse_message(bytes(mail(Cc="Bob <Bob@Firm.Example>")), folder="Sent", source="f1")
        assert message.message_id == "<m1@client.example>"
        assert message.subject == "Lease"
        assert message.sender == Address("ann@client.example", "Ann Lee")
        assert message.to == (Address("dana@firm.example", "Dana"),)
        assert message.cc == (Address("bob@firm.example", "Bob"),)
        assert message.date == datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
        assert message.date.utcoffset() == timedelta(hours=-5)
        assert (message.folder, message.source) == ("Sent", "f1")
        assert message.parse_errors == ()

    def test_decodes_rfc2047_q_and_b_words(self):
        raw = raw_mail(
            "From: =?iso-8859-1?q?J=FCrgen_B=F6hm?= <j@de.example>\n"
            "To: =?utf-8?b?RG9lLCBKYW5l?= <jane@x.example>\n"
            "Subject: =?utf-8?B?RW50d8O8cmY=?= =?utf-8?Q?_f=C3=BCr_Vertrag?=\n"
            "Date: Mon, 05 Jan 2026 10:00:00 +0100\nMessage-ID: <a@b>\n",
            b"Hallo\r\n",
        )
        message = parse_message(raw)
        assert message.sender == Address("j@de.example", "Jürgen Böhm")
        assert message.to == (Address("jane@x.example", "Doe, Jane"),)
        assert message.subject == "Entwürf für Vertrag"

    def test_unknown_charset_in_a_header_is_replaced_not_raised(self):
        raw = raw_mail("Subject: =?x-foo?Q?Caf=E9?= ok\nMessage-ID: <a@b>\n", b"x")
        assert parse_message(raw).subject.endswith(" ok")

    def test_raw_utf8_header_bytes_are_read_as_utf8(self):
        raw = "From: Jörg <j@x.example>\nSubject: Café\nMessage-ID: <a@b>\n\nx".encode()
        message = parse_message(raw)
        assert (message.subject, message.sender.name) == ("Café", "Jörg")

    def test_folded_subject_is_single_spaced(self):
        raw = raw_mail("Subject: a long\n  folded subject\nMessage-ID: <a@b>\n", b"x")
        assert parse_message(raw).subject == "a long folded subject"

    def test_missing_message_id_is_synthesised_stably_from_the_content(self):
        raw = raw_mail("From: a@b.example\nSubject: hi\nDate: Mon, 05 Jan 2026 10:00:00 +0000\n", b"x")
        first, again, other = parse_message(raw), parse_message(raw), parse_message(raw + b"y")
        assert first.message_id.startswith("<belt-") and first.message_id.endswith("@belt.invalid>")
        assert first.message_id == again.message_id != other.message_id
        assert any("Message-ID" in error for error in first.parse_errors)

    def test_message_id_without_brackets_is_bracketed(self):
        assert (
            parse_message(raw_mail("Message-ID: abc@host.example\n", b"x")).message_id == "<abc@host.example>"
        )

    def test_reply_headers_are_tokenised_and_junk_tolerated(self):
        raw = raw_mail(
            "Message-ID: <c@x>\n"
            "In-Reply-To: <b@x> (Ann's message of Monday)\n"
            "References: <a@x>\n <b@x> junk <b@x> <c@x>\n",
            b"x",
        )
        message = parse_message(raw)
        assert message.in_reply_to == "<b@x>"
        assert message.references == ("<a@x>", "<b@x>")

    def test_msg_ids_reads_bare_and_folded_ids(self):
        assert msg_ids("bare@host") == ("<bare@host>",)
        assert msg_ids("<long\n id@host>") == ("<longid@host>",)
        assert msg_ids("no ids here") == ()

    def test_keeps_automation_headers_lower_cased(self):
        raw = bytes(mail(List_Id="<news.example>", Auto_Submitted="auto-replied", Precedence="bulk"))
        message = parse_message(raw)
        assert message.header("List-Id") == "<news.example>"
        assert message.header("auto-submitted") == "auto-replied"
        assert message.header("precedence") == "bulk"
        assert message.header("content-type").startswith("text/plain")
        assert message.header("x-autoreply") is None


class TestDates:
    def test_naive_minus_zero_zone_is_read_as_utc(self):
        raw = raw_mail("Date: Mon, 05 Jan 2026 10:00:00 -0000\nMessage-ID: <a@b>\n", b"x")
        assert parse_message(raw).date == datetime(2026, 1, 5, 10, 0, tzinfo=UTC)

    def test_broken_date_falls_back_to_received(self):
        raw = raw_mail(
            "Received: from mx.example by mx2.example; Tue, 06 Jan 2026 08:30:00 +0000\n"
            "Date: the day after tomorrow\nMessage-ID: <a@b>\n",
            b"x",
        )
        message = parse_message(raw)
        assert message.date == datetime(2026, 1, 6, 8, 30, tzinfo=UTC)
        assert "date taken from the Received header" in message.parse_errors

    def test_missing_date_falls_back_to_the_epoch(self):
        message = parse_message(raw_mail("Message-ID: <a@b>\n", b"x"))
        assert message.date == datetime(1970, 1, 1, tzinfo=UTC)
        assert "no readable Date header" in message.parse_errors


class TestBodies:
    def test_plain_text_with_crlf_becomes_lf(self):
        raw = raw_mail("Message-ID: <a@b>\nContent-Type: text/plain\n", b"one\r\ntwo\r\n\r\nthree\r\n")
        message = parse_message(raw)
        assert message.body == "one\ntwo\n\nthree"
        assert not message.body_is_html

    @pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
    def test_transfer_encodings_are_decoded(self, cte):
        msg = mail()
        msg.set_content("Prüfen Sie bitte den Entwurf bis Freitag. " * 3, cte=cte)
        assert parse_message(bytes(msg)).body == ("Prüfen Sie bitte den Entwurf bis Freitag. " * 3).strip()

    def test_soft_line_breaks_in_quoted_printable_are_joined(self):
        raw = raw_mail(
            "Message-ID: <a@b>\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n",
            b"Could you send the signed=\r\n copy by Monday?\r\n",
        )
        assert parse_message(raw).body == "Could you send the signed copy by Monday?"

    def test_format_flowed_paragraphs_become_single_lines(self):
        raw = raw_mail(
            "Message-ID: <a@b>\nContent-Type: text/plain; charset=utf-8; format=flowed\n",
            b"Could you send the \r\nsigned copy by \r\nMonday?\r\n\r\n"
            b"> Old soft \r\n> line\r\n-- \r\nAnn\r\n",
        )
        assert parse_message(raw).body.split("\n") == [
            "Could you send the signed copy by Monday?",
            "",
            "> Old soft line",
            "-- ",
            "Ann",
        ]

    def test_format_flowed_with_delsp_drops_the_joining_space(self):
        raw = raw_mail(
            "Message-ID: <a@b>\nContent-Type: text/plain; format=flowed; delsp=yes\n", b"Unter \r\nschrift"
        )
        assert parse_message(raw).body == "Unterschrift"

    def test_plain_text_without_flowed_keeps_its_line_breaks(self):
        raw = raw_mail(
            "Message-ID: <a@b>\nContent-Type: text/plain\n", b"Could you send the \r\nsigned copy?"
        )
        assert parse_message(raw).body == "Could you send the \nsigned copy?"

    def test_latin1_body(self):
        raw = raw_mail(
            "Message-ID: <a@b>\nContent-Type: text/plain; charset=iso-8859-1\n", "Grüße".encode("latin-1")
        )
        message = parse_message(raw)
        assert message.body == "Grüße"
        assert not [error for error in message.parse_errors if "body" in error or "charset" in error]

    def test_lying_charset_is_survived_and_noted(self):
        raw = raw_mail("Message-ID: <a@b>\nContent-Type: text/plain; charset=us-ascii\n", "Café".encode())
        message = parse_message(raw)
        assert message.body == "Café"
        assert "body is not valid 'us-ascii'" in message.parse_errors

    def test_unknown_charset_is_survived_and_noted(self):
        raw = raw_mail("Message-ID: <a@b>\nContent-Type: text/plain; charset=x-foo\n", "naïve".encode())
        message = parse_message(raw)
        assert message.body == "naïve"
        assert "unknown charset 'x-foo'" in message.parse_errors

    def test_html_only_becomes_plain_lines_without_markup(self):
        msg = mail()
        msg.set_content(
            "<html><head><style>p {margin:0}</style></head><body>"
            "<p>Dana,</p><p>A few items &amp; one *question*:</p>"
            "<ul><li>Can you send the <b>redline</b>?</li>"
            "<li>Is 1. the <a href='http://x'>form</a> ok?</li></ul>"
            "<div>Thanks,<br>Ann</div></body></html>",
            subtype="html",
        )
        message = parse_message(bytes(msg))
        assert message.body_is_html
        lines = message.body.split("\n")
        assert "Dana," in lines and "A few items & one *question*:" in lines
        assert any(line.endswith("Can you send the redline?") for line in lines)
        assert any(line.endswith("Is 1. the form ok?") for line in lines)
        assert lines[-2:] == ["Thanks,", "Ann"]
        assert "<" not in message.body and "margin" not in message.body

    def test_html_quoted_history_is_marked_like_plain_quotes(self):
        msg = mail()
        msg.set_content(
            "<div>Yes, Tuesday works.</div><div>On Mon, Ann wrote:</div>"
            "<blockquote><div>Does Tuesday work?</div></blockquote>",
            subtype="html",
        )
        assert parse_message(bytes(msg)).body.split("\n")[-1] == "> Does Tuesday work?"

    def test_multipart_alternative_prefers_plain_text(self):
        msg = mail("Plain words.")
        msg.add_alternative("<p>HTML words.</p>", subtype="html")
        message = parse_message(bytes(msg))
        assert (message.body, message.body_is_html, message.attachments) == ("Plain words.", False, ())
        assert message.content_type == "multipart/alternative"

    def test_attachments_and_calendar_parts_are_listed_not_loaded(self):
        msg = mail("See attached.")
        msg.add_alternative("<p>See attached.</p>", subtype="html")
        msg.add_attachment("BEGIN:VCALENDAR\nEND:VCALENDAR\n", subtype="calendar")
        msg.add_attachment(
            b"%PDF-1.7" + b"\0" * 992, maintype="application", subtype="pdf", filename="Lease.pdf"
        )
        message = parse_message(bytes(msg))
        assert message.body == "See attached."
        kinds = [(a.filename, a.content_type, a.size) for a in message.attachments]
        assert kinds == [("", "text/calendar", 30), ("Lease.pdf", "application/pdf", 1000)]
        assert "PDF" not in message.body

    def test_a_bare_calendar_invitation_is_an_attachment_not_a_body(self):
        raw = raw_mail("Message-ID: <a@b>\nContent-Type: text/calendar; method=REQUEST\n", b"BEGIN:VCALENDAR")
        message = parse_message(raw)
        assert message.body == ""
        assert [a.content_type for a in message.attachments] == ["text/calendar"]

    def test_text_file_attachment_is_not_the_body(self):
        msg = mail("The body.")
        msg.add_attachment("notes in a file", filename="notes.txt")
        message = parse_message(bytes(msg))
        assert message.body == "The body."
        assert [a.filename for a in message.attachments] == ["notes.txt"]


class TestMalformedMail:
    @pytest.mark.parametrize(
        "raw",
        [
            b"",
            b"\x00\xff\xfe\x80 garbage \x9d",
            b"just some words with no headers at all",
            b"From: <<<@@>>>\nTo: ,,,\nDate: 99 Foo 99999\nReferences: <<>>\n\nx",
            b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\ntruncated",
            b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n@@@not base64!!!",
        ],
    )
    def test_never_raises_and_always_yields_an_id_and_an_aware_date(self, raw):
        message = parse_message(raw)
        assert message.message_id.startswith("<") and message.message_id.endswith(">")
        assert message.date.tzinfo is not None
        assert message.parse_errors

    def test_truncated_multipart_keeps_the_text_and_says_what_broke(self):
        raw = b"Message-ID: <a@b>\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\n\nCan you call me?\n"
        message = parse_message(raw)
        assert message.body == "Can you call me?"
        assert any("boundary" in error for error in message.parse_errors)

    def test_every_string_is_valid_unicode_even_from_8bit_junk(self):
        raw = (
            b"From: J\xf6rg \xff <j@x.example>\nSubject: =?u\xfff-8?q?caf=C3=A9?= \xe9\n"
            b"Content-Type: text/plain; charset=raw-unicode-escape\n\nab\\udc80cd"
        )
        message = parse_message(raw)
        for text in (message.subject, message.sender.name, message.body, *message.parse_errors):
            text.encode("utf-8")  # raises on an unpaired surrogate

    def test_no_sender_is_noted(self):
        message = parse_message(b"Message-ID: <a@b>\n\nhello")
        assert message.sender is None
        assert "no From address" in message.parse_errors
