"""Choosing the text part from BODYSTRUCTURE, decoding a capped fetch, and the reduced message that
parse_message reads like any other mail (pure: BODYSTRUCTUREs are parsed by imapclient from wire text)."""

from __future__ import annotations

import base64

from imapclient.response_parser import parse_fetch_response

from belt_tui.mail.imap_parts import (
    TextPart,
    choose_text_part,
    decode_part,
    header_fetch_item,
    message_id_field,
    reduced_message,
)
from belt_tui.mail.parse import parse_message

PLAIN_PART = b'("TEXT" "PLAIN" ("CHARSET" "iso-8859-1") NIL NIL "QUOTED-PRINTABLE" 120 4 NIL NIL NIL NIL)'
HTML_PART = b'("TEXT" "HTML" ("CHARSET" "utf-8") NIL NIL "BASE64" 300 5 NIL NIL NIL NIL)'
PDF_PART = (
    b'("APPLICATION" "PDF" ("NAME" "x.pdf") NIL NIL "BASE64" 4000 NIL '
    b'("ATTACHMENT" ("FILENAME" "x.pdf")) NIL NIL)'
)
TEXT_ATTACHMENT = (
    b'("TEXT" "PLAIN" ("CHARSET" "us-ascii") NIL NIL "7BIT" 50 2 NIL '
    b'("ATTACHMENT" ("FILENAME" "notes.txt")) NIL NIL)'
)
HEADERS = (
    b"Message-ID: <abc@firm.test>\r\nFrom: Counsel <counsel@other.test>\r\nTo: me@firm.test\r\n"
    b"Subject: Draft\r\n terms\r\nDate: Mon, 05 Jan 2026 09:00:00 -0500\r\n"
    b"Content-Type: multipart/mixed; boundary=b1\r\n\r\n"
)


def structure(wire: bytes):
    return parse_fetch_response([b"1 (UID 7 BODYSTRUCTURE " + wire + b")"])[7][b"BODYSTRUCTURE"]


def test_a_single_part_message_is_section_1() -> None:
    part = choose_text_part(structure(PLAIN_PART))
    assert part == TextPart(
        section="1", subtype="plain", charset="iso-8859-1", encoding="quoted-printable", size=120
    )


def test_plain_text_is_preferred_inside_alternative_inside_mixed() -> None:
    wire = b"((" + PLAIN_PART + HTML_PART + b' "ALTERNATIVE" ("BOUNDARY" "b2") NIL NIL NIL)' + PDF_PART
    wire += b' "MIXED" ("BOUNDARY" "b1") NIL NIL NIL)'
    part = choose_text_part(structure(wire))
    assert part is not None and (part.section, part.subtype) == ("1.1", "plain")


def test_html_is_taken_when_there_is_no_plain_text() -> None:
    wire = b"(" + HTML_PART + PDF_PART + b' "MIXED" ("BOUNDARY" "b1") NIL NIL NIL)'
    part = choose_text_part(structure(wire))
    assert part is not None and (part.section, part.subtype) == ("1", "html")


def test_an_attached_text_file_is_not_the_body() -> None:
    wire = b"(" + TEXT_ATTACHMENT + HTML_PART + b' "MIXED" ("BOUNDARY" "b1") NIL NIL NIL)'
    part = choose_text_part(structure(wire))
    assert part is not None and (part.section, part.subtype) == ("2", "html")


def test_a_message_with_only_an_attachment_has_no_text_part() -> None:
    assert choose_text_part(structure(PDF_PART)) is None


def test_base64_cut_mid_quantum_still_decodes_what_arrived() -> None:
    encoded = base64.encodebytes(b"Please sign the engagement letter. " * 20)
    part = TextPart("1", "plain", "utf-8", "base64", len(encoded))
    text = decode_part(encoded[:101], part)
    assert text.startswith(b"Please sign the engagement letter.")


def test_quoted_printable_and_a_declared_charset_are_decoded() -> None:
    part = TextPart("1", "plain", "iso-8859-1", "quoted-printable", 30)
    assert decode_part(b"Caf=E9 at ten?=\r\nYes.", part) == "Café at ten?Yes.".encode()


def test_an_unknown_or_lying_charset_falls_back_instead_of_failing() -> None:
    part = TextPart("1", "plain", "x-unknown", "8bit", 10)
    assert decode_part("naïve".encode(), part) == "naïve".encode()


def test_header_fields_are_fetched_with_peek_and_include_what_threading_needs() -> None:
    item = header_fetch_item()
    assert item.startswith("BODY.PEEK[HEADER.FIELDS (")
    for name in ("MESSAGE-ID", "IN-REPLY-TO", "REFERENCES", "LIST-ID", "AUTO-SUBMITTED", "PRECEDENCE"):
        assert name in item


def test_the_first_message_id_is_read_unfolded() -> None:
    extra = b"References: <r1@firm.test>\r\n\t<r2@firm.test>\r\nMessage-Id: <later@firm.test>\r\n"
    block = HEADERS.replace(b"Subject:", extra + b"Subject:")
    assert message_id_field(block) == "<abc@firm.test>"
    assert message_id_field(b"Message-ID:\r\n <folded@firm.test>\r\n") == "<folded@firm.test>"
    assert message_id_field(b"Subject: none\r\n") == ""


def test_the_reduced_message_parses_like_the_original_and_keeps_its_multipart_type() -> None:
    wire = (
        b"("
        + PLAIN_PART
        + PDF_PART
        + b' "REPORT" ("REPORT-TYPE" "delivery-status" "BOUNDARY" "b1") NIL NIL NIL)'
    )
    shape = structure(wire)
    part = choose_text_part(shape)
    raw = reduced_message(HEADERS, part, "Café at ten?\nYes.".encode(), shape, truncated=False)

    message = parse_message(raw)

    assert message.message_id == "<abc@firm.test>"
    assert message.subject == "Draft terms"
    assert message.sender is not None and message.sender.addr == "counsel@other.test"
    assert message.body.strip() == "Café at ten?\nYes."
    assert message.content_type.startswith("multipart/report")
    assert message.header("content-type") is not None and "delivery-status" in message.header("content-type")


def test_a_single_part_reduced_message_is_utf8_text() -> None:
    shape = structure(HTML_PART)
    raw = reduced_message(
        HEADERS, choose_text_part(shape), b"<p>Sign by <b>Friday</b></p>", shape, truncated=True
    )
    message = parse_message(raw)
    assert message.body_is_html and "Sign by Friday" in message.body
    assert b"X-Belt-Truncated: yes" in raw


def test_the_reduced_message_replaces_the_original_content_headers_and_keeps_folded_fields() -> None:
    headers = (
        b"Subject: Draft\r\n terms\r\nMIME-Version: 1.0\r\ncontent-type : multipart/mixed;\r\n"
        b"\tboundary=b1\r\nContent-Transfer-Encoding: 7bit\r\nContent-Language: en\r\n\r\n"
    )
    raw = reduced_message(headers, None, b"Hello", structure(PLAIN_PART), truncated=False)
    head = raw.partition(b"\r\n\r\n")[0]
    assert head.startswith(b"Subject: Draft\r\n terms\r\nContent-Language: en\r\n")
    assert b"multipart/mixed" not in head and b"boundary=b1" not in head and b"7bit\r\n" not in head
    assert head.count(b"MIME-Version") == 1 and b'Content-Type: text/plain; charset="utf-8"' in head


def test_text_that_is_already_utf8_comes_back_as_it_arrived() -> None:
    utf8 = TextPart("1", "plain", "UTF-8", "8bit", 20)
    ascii_latin = TextPart("1", "plain", "iso-8859-1", "7bit", 20)
    assert decode_part("Café at ten".encode(), utf8) == "Café at ten".encode()
    assert decode_part(b"Coffee at ten", ascii_latin) == b"Coffee at ten"
    assert decode_part(b"Caf\xe9", utf8) == "Café".encode()  # not UTF-8 after all: read as cp1252
