"""Pick the one text part worth fetching from a BODYSTRUCTURE, and rebuild a small message around it (pure).

Belt reads what people wrote, not their attachments: fetching whole messages would pull every PDF
over the wire (a 10k-message mailbox is ~76 MB, mostly attachments). So the sync fetches header
fields and BODYSTRUCTURE first, chooses a part here, then fetches only that part's first bytes.

The result is stored as a *reduced* RFC 5322 message (the original header fields plus one text
part, decoded to UTF-8) so that `parse_message` reads synced mail exactly like any other mail and
the content cache stays source-agnostic. A multipart original keeps its top-level type (e.g.
multipart/report, which tells a bounce from a person) with the text as its only part.
"""

from __future__ import annotations

import binascii
import hashlib
import quopri
import re
from collections.abc import Sequence
from typing import NamedTuple

from belt_tui.mail.parse import AUTO_HEADERS

# Headers kept from the original: threading, people, dates, and what the ask engine reads to spot automation.
HEADER_FIELDS = tuple(
    dict.fromkeys(
        ("message-id", "date", "from", "sender", "reply-to", "to", "cc", "subject", "in-reply-to",
         "references", *AUTO_HEADERS)
    )
)  # fmt: skip
# The headers the reduced message writes itself, describing its own (decoded) body.
_OWN_HEADERS = {b"content-type", b"content-transfer-encoding", b"mime-version"}
_FOLDS = (b" ", b"\t")  # what a continuation line starts with
# How a line holding one of them can start (a first line may have blanks before the name): other
# lines (From, To, Subject...) are kept without looking at their name.
_OWN_INITIALS = frozenset((b"c", b"C", b"m", b"M", b" ", b"\t", b"\r", b"\x0b", b"\x0c"))
# Text subtypes in order of preference: plain text is the author's words without markup to strip.
_PREFERRED = (b"plain", b"html")
_FALLBACK_CHARSETS = ("utf-8", "cp1252")
# Charsets in which ASCII bytes are the same ASCII characters: an ASCII payload in one is already UTF-8.
_UTF8_NAMES = frozenset({"utf-8", "utf8"})
_ASCII_SUPERSETS = _UTF8_NAMES | {
    "us-ascii", "ascii", "iso-8859-1", "iso-8859-15", "latin-1", "latin1", "windows-1252", "cp1252"
}  # fmt: skip
# The Message-ID field with its continuation lines.
_MESSAGE_ID_FIELD = re.compile(rb"^message-id[ \t]*:(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


class TextPart(NamedTuple):
    """Where the chosen text sits (`section` for BODY.PEEK[section]) and how it is encoded.
    (A named tuple: one is made per message, and a frozen dataclass costs ~4x more to build.)"""

    section: str
    subtype: str
    charset: str
    encoding: str
    size: int


def header_fetch_item() -> str:
    """The FETCH item for the kept header fields, read with PEEK so \\Seen is never set."""
    return "BODY.PEEK[HEADER.FIELDS ({})]".format(" ".join(name.upper() for name in HEADER_FIELDS))


def body_fetch_item(section: str, cap: int) -> str:
    """The FETCH item for the first `cap` bytes of one part, read with PEEK."""
    return f"BODY.PEEK[{section}]<0.{cap}>"


def choose_text_part(structure: Sequence) -> TextPart | None:
    """The first inline text/plain part, else the first inline text/html; None for a message without text."""
    candidates: list[tuple[str, Sequence]] = []
    _collect_text_leaves(structure, "", candidates)
    for wanted in _PREFERRED:
        for section, leaf in candidates:
            if _lower(leaf[1]) == wanted:
                return _text_part(section, leaf)
    return None


def multipart_subtype(structure: Sequence) -> str | None:
    """ "mixed", "alternative", "report" ... for a multipart message, None for a single-part one."""
    if structure and isinstance(structure[0], list):
        return _lower(structure[1]).decode("ascii", "replace") if len(structure) > 1 else "mixed"
    return None


def multipart_params(structure: Sequence) -> list[tuple[str, str]]:
    """The top-level multipart parameters other than the boundary (e.g. report-type=delivery-status)."""
    if not structure or not isinstance(structure[0], list) or len(structure) < 3:
        return []
    raw = structure[2]
    if isinstance(raw, tuple) and len(raw) == 2 and _lower(raw[0]) == b"boundary":
        return []  # the usual case, without decoding the boundary
    return [(key, value) for key, value in _params(raw).items() if key != "boundary"]


def decode_part(payload: bytes, part: TextPart) -> bytes:
    """Undo the transfer encoding and charset of a (possibly truncated) part; the text as UTF-8,
    never raises. Text that already is UTF-8 (ASCII in an ASCII-compatible charset, or valid UTF-8
    declared as such: most mail) is returned as it is, not decoded to str and encoded back."""
    encoding = part.encoding.lower()
    if encoding == "base64":
        compact = b"".join(payload.split())
        compact = compact[: len(compact) - len(compact) % 4]  # a capped fetch may cut a quantum in half
        try:
            payload = binascii.a2b_base64(compact)
        except binascii.Error:
            payload = b""
    elif encoding == "quoted-printable":
        payload = quopri.decodestring(payload)
    charset = part.charset.lower()
    if charset in _ASCII_SUPERSETS and payload.isascii():
        return payload
    for name in (part.charset, *_FALLBACK_CHARSETS):
        try:
            text = payload.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        return payload if name.lower() in _UTF8_NAMES else text.encode("utf-8")
    return payload.decode("latin-1").encode("utf-8")


def reduced_message(
    header_block: bytes, part: TextPart | None, text: bytes, structure: Sequence, *, truncated: bool
) -> bytes:
    """Original header fields plus one text part (`text`: UTF-8, as `decode_part` gives it): what
    `parse_message` and the cache receive."""
    lines = _kept_lines(header_block)
    # Line ends normalised on the UTF-8 bytes: the same result as on the text (no multi-byte sequence
    # holds CR or LF), and bytes.replace is ~30% faster than str.replace on non-ASCII text.
    body = text.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    subtype = part.subtype if part else "plain"
    leaf_headers = [
        f'Content-Type: text/{subtype}; charset="utf-8"'.encode(),
        b"Content-Transfer-Encoding: 8bit",
    ]
    if truncated:
        lines.append(b"X-Belt-Truncated: yes")
    container = multipart_subtype(structure)
    if container is None:
        head = [*lines, b"MIME-Version: 1.0", *leaf_headers]
        return b"\r\n".join(head) + b"\r\n\r\n" + body
    boundary = "belt-" + hashlib.sha256(body).hexdigest()[:24]
    params = "".join(f'; {key}="{value}"' for key, value in multipart_params(structure))
    head = [
        *lines,
        b"MIME-Version: 1.0",
        f'Content-Type: multipart/{container}; boundary="{boundary}"{params}'.encode(),
    ]
    return b"".join(
        (
            b"\r\n".join(head),
            b"\r\n\r\n",
            f"--{boundary}\r\n".encode(),
            b"\r\n".join(leaf_headers),
            b"\r\n\r\n",
            body,
            f"\r\n--{boundary}--\r\n".encode(),
        )
    )


def message_id_field(block: bytes) -> str:
    """The first Message-ID field's value, unfolded ("" when there is none): the one header a sync
    reads from every message (a regex for it is ~2x faster than splitting every field)."""
    # Usually the first "message-id" in the block starts the field: matching there skips the search.
    match = _MESSAGE_ID_FIELD.match(block, max(block.lower().find(b"message-id"), 0))
    if match is None:
        match = _MESSAGE_ID_FIELD.search(block)
    return " ".join(match[1].decode("utf-8", "replace").split()) if match else ""


def _collect_text_leaves(node: Sequence, section: str, found: list[tuple[str, Sequence]]) -> None:
    """Append (section, leaf) for every inline text leaf, depth first; forwarded messages are not
    entered. (A list filled in place: nested generators cost ~2x more per message.)"""
    if node and isinstance(node[0], list):
        prefix = section + "." if section else ""
        for index, child in enumerate(node[0], start=1):
            _collect_text_leaves(child, prefix + str(index), found)
    elif len(node) >= 7 and _lower(node[0]) == b"text" and not _is_attachment(node):
        found.append((section or "1", node))


def _text_part(section: str, leaf: Sequence) -> TextPart:
    charset = _param(leaf[2], b"charset")
    size = leaf[6] if isinstance(leaf[6], int) else 0
    return TextPart(
        section=section,
        subtype=_lower(leaf[1]).decode("ascii", "replace"),
        charset=charset.decode("utf-8", "replace") if isinstance(charset, bytes) and charset else "us-ascii",
        encoding=_lower(leaf[5]).decode("ascii", "replace") or "7bit",
        size=size,
    )


def _is_attachment(leaf: Sequence) -> bool:
    """A text leaf with Content-Disposition: attachment (index 9 for text types) or a file name."""
    disposition = leaf[9] if len(leaf) > 9 else None
    if isinstance(disposition, tuple) and disposition:
        return _lower(disposition[0]) == b"attachment"
    return _param(leaf[2], b"name") is not None


def _param(raw: object, name: bytes) -> object:
    """One BODYSTRUCTURE parameter's raw value (the last of that name, as `_params` keeps), or None;
    without decoding every parameter of every leaf, which cost ~0.3 s in a 10k-message sync."""
    found = None
    if isinstance(raw, tuple | list):
        for index in range(0, len(raw) - 1, 2):
            key = raw[index]
            if isinstance(key, bytes) and key.lower() == name:
                found = raw[index + 1]
    return found


def _params(raw: object) -> dict[str, str]:
    """BODYSTRUCTURE parameters come as a flat (key, value, key, value) tuple, or NIL."""
    if not isinstance(raw, tuple | list):
        return {}
    items = [item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item) for item in raw]
    return {key.lower(): value for key, value in zip(items[::2], items[1::2], strict=False)}


def _lower(value: object) -> bytes:
    return value.lower() if isinstance(value, bytes) else b""


def _kept_lines(block: bytes) -> list[bytes]:
    """The header block's non-blank lines, without the fields (and their continuation lines) that the
    reduced message writes itself; joined with CRLF they are the kept unfolded fields joined with CRLF.
    A field's name is read only when it can be one of those (most fields start with another letter)."""
    fields: list[list[bytes]] = []
    for line in block.replace(b"\r\n", b"\n").split(b"\n"):
        if not line.strip():
            continue
        if fields and line[:1] in _FOLDS:
            fields[-1].append(line)
        else:
            fields.append([line])
    kept: list[bytes] = []
    for lines in fields:
        first = lines[0]
        if first[:1] in _OWN_INITIALS:
            # The name ends at the field's first colon, which may sit on a continuation line.
            name = (first if b":" in first else b"\r\n".join(lines)).partition(b":")[0]
            if name.strip().lower() in _OWN_HEADERS:
                continue
        kept.extend(lines)
    return kept
