"""The parser's message class remembers each part's content type, and forgets it whenever it could change."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

from belt_tui.mail.parsed_part import ParsedPart

RAW = (
    b"From: a@x.test\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=B\n\n"
    b"--B\nContent-Type: text/plain\n\nhello\n--B\nContent-Type: text/html\n\n<p>hello</p>\n--B--\n"
)


def parsed() -> ParsedPart:
    return BytesParser(_class=ParsedPart, policy=policy.compat32).parsebytes(RAW)


def test_parts_parse_with_their_types():
    message = parsed()
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message.get_body(preferencelist=("plain",)).get_payload() == "hello"


def test_every_way_of_changing_a_header_changes_the_type_read_next():
    message = parsed()
    assert message.get_content_type() == "multipart/alternative"
    message.replace_header("Content-Type", "multipart/mixed; boundary=B")
    assert message.get_content_type() == "multipart/mixed"
    message.set_type("multipart/related")  # set_param: __setitem__ or replace_header underneath
    assert message.get_content_type() == "multipart/related"
    del message["Content-Type"]
    assert message.get_content_type() == "text/plain"
    message.set_default_type("message/rfc822")
    assert message.get_content_type() == "message/rfc822"
    message["Content-Type"] = "text/html"
    assert message.get_content_type() == "text/html"
    message.clear()
    assert message.get_content_type() == "message/rfc822"


def test_building_a_message_with_set_content_keeps_types_right():
    message = ParsedPart()
    message.set_content("plain words")
    assert message.get_content_type() == "text/plain"
    message.add_alternative("<p>words</p>", subtype="html")
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
