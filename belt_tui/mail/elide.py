"""Big attachments cut out of a message before it is parsed: Belt needs their name, type and size only.

The stdlib parser walks a message line by line, and a 1 MB PDF is ~18,000 lines of base64: 57 ms a
message here, a hundred times a message without one. So in a big message, a long run of base64
lines that is the whole body of a non-text part becomes one placeholder line. Its size is counted
here (or, for base64 that is not well formed, decoded by the stdlib, with the defects it notes).
`parse_message` reads both back through `ElidedParts.decoded`. A message with an attached message
(its size is measured in encoded form) is left whole.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from email.errors import MessageDefect
from email.message import Message

from belt_tui.mail.boundaries import declared

# Messages smaller than this are parsed as they are: little to gain.
_BIG = 64 * 1024
# Bodies smaller than this (~250 lines of base64) are left in place.
_MIN_BODY = 19 * 1024
_BASE64_TEXT = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
_ENCODING = b"\ncontent-transfer-encoding:"
_CONTENT_TYPE = re.compile(rb"^content-type:\s*([a-z]+)/", re.IGNORECASE | re.MULTILINE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_MARK = b"\x00belt-elided-%d\x00"


class ElidedParts(dict[bytes, tuple[int, list[MessageDefect]]]):
    """Placeholder payload → (decoded size, decoding defects) of the body it stands for."""

    def decoded(self, payload: bytes) -> tuple[int, list[MessageDefect]] | None:
        return self.get(payload) if self and len(payload) < 32 else None


def elide_big_payloads(raw: bytes) -> tuple[bytes, ElidedParts]:
    """`raw` with each big base64 attachment body replaced by a placeholder line.

    Only plain byte searches over the whole message (a regex scan of a few MB costs as much as the
    parser would): the point is to spend far less than it.
    """
    elided = ElidedParts()
    if len(raw) < _BIG:
        return raw, elided
    lowered = raw.lower()
    if b"message/" in lowered or b"multipart/digest" in lowered:
        return raw, elided
    delimiters = _delimiters(raw, lowered)
    pieces: list[bytes] = []
    kept_to = 0
    for header_at in _base64_headers(lowered):
        span = _attachment_body(raw, header_at, delimiters)
        if span is None or span[0] < kept_to:
            continue
        start, end, body = span
        mark = _MARK % len(elided)
        elided[mark] = _decoded_size(body)
        pieces += [raw[kept_to:start], base64.b64encode(mark)]
        kept_to = end
    return (b"".join([*pieces, raw[kept_to:]]) if elided else raw), elided


def _base64_headers(lowered: bytes) -> Iterator[int]:
    """Where each "Content-Transfer-Encoding: base64" header line starts (after its newline)."""
    at = lowered.find(_ENCODING)
    while at >= 0:
        value_at = at + len(_ENCODING)
        line_end = lowered.find(b"\n", value_at)
        if lowered[value_at : line_end if line_end >= 0 else None].strip() == b"base64":
            yield at + 1
        at = lowered.find(_ENCODING, value_at)


def _delimiters(raw: bytes, lowered: bytes) -> frozenset[bytes]:
    """Every delimiter line the message's boundary= parameters declare: "--B" and the closing "--B--"."""
    return frozenset(
        line for _, value in declared(raw, lowered) for line in (b"--" + value, b"--" + value + b"--")
    )


def _is_delimiter(raw: bytes, newline_at: int, delimiters: frozenset[bytes]) -> bool:
    line_end = raw.find(b"\n", newline_at + 1)
    return raw[newline_at + 1 : line_end if line_end >= 0 else None].rstrip(b" \t\r") in delimiters


def _attachment_body(
    raw: bytes, header_at: int, delimiters: frozenset[bytes]
) -> tuple[int, int, bytes] | None:
    """Where the body of the part whose header block holds `header_at` starts and ends, and its bytes,
    when that body is big, all base64, between two delimiter lines, and the part is not text and holds
    no parts."""
    part_start = raw.rfind(b"\n--", 0, header_at)
    blank = _BLANK_LINE.search(raw, header_at)
    if part_start < 0 or blank is None or _BLANK_LINE.search(raw, part_start, header_at):
        return None
    start = blank.end()
    end = raw.find(b"\n--", start)
    if end - start < _MIN_BODY:
        return None
    body = raw[start:end]
    if body.translate(None, _BASE64_TEXT):
        return None
    if not (_is_delimiter(raw, part_start, delimiters) and _is_delimiter(raw, end, delimiters)):
        return None
    content_type = _CONTENT_TYPE.search(raw, part_start, start)
    if content_type is None or content_type.group(1).lower() in (b"text", b"multipart", b"message"):
        return None
    return start, end, body


def _decoded_size(body: bytes) -> tuple[int, list[MessageDefect]]:
    """The size of the body decoded as the stdlib decodes a part's payload, with the defects it notes.

    Well-formed base64 (its length a multiple of four, padding only at the end) decodes without a
    defect to three bytes for every four characters, less the padding: counted, not decoded. The
    stdlib decodes anything else, so its repairs and defects stay exactly its own.
    """
    characters = len(body) - body.count(b"\n") - body.count(b"\r")
    padding = body.count(b"=")
    if characters % 4 == 0 and padding <= 2 and body[-8:].rstrip(b"\r\n").endswith(b"=" * padding):
        return characters // 4 * 3 - padding, []
    part = Message()
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(body.decode("ascii"))
    return len(part.get_payload(decode=True)), part.defects
