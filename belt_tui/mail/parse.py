"""Raw RFC 5322 bytes to a `Message` (pure; no I/O).

Mail in the wild is broken in every way a parser can imagine, and one bad message must never stop
a sync. So `parse_message` never raises: whatever could not be read is replaced by a deterministic
fallback and described in `Message.parse_errors`. `Message.body` is the text the user sees and the
ask engine stores offsets into, so it is decoded, HTML-converted and newline-normalised here, once.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.header import decode_header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import TypeVar

from belt_tui.mail import boundaries
from belt_tui.mail.elide import ElidedParts, elide_big_payloads
from belt_tui.mail.htmltext import html_to_text
from belt_tui.mail.parsed_part import ParsedPart
from belt_tui.mail.twins import drop_html_twins
from belt_tui.model import Address, Attachment, Message

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Headers the ask engine reads to tell automated mail from people.
AUTO_HEADERS = (
    "list-id",
    "list-unsubscribe",
    "auto-submitted",
    "precedence",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "return-path",
    "content-type",
    "x-mailer",
)
_MSGID_TOKEN = re.compile(r"<([^<>]+)>")
_BARE_MSGID = re.compile(r"^[^\s<>@]+@[^\s<>@]+$")
_WHITESPACE = re.compile(r"\s+")
# Codecs such as utf-7 can decode to unpaired surrogates, which no file, store or terminal accepts.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Raw 8-bit header bytes, which the parser keeps as surrogates of this range.
_RAW_BYTE = re.compile("[\udc80-\udcff]")
# A part whose declared charset is unknown or lying is retried in these; latin-1 decodes any byte.
_FALLBACK_CHARSETS = ("utf-8", "cp1252")
# compat32 headers are plain strings: policy.default's structured header objects cost ~6x the time
# (measured on multipart/alternative mail: 18 ms vs 3 ms a message) and raise on malformed addresses.
_PARSER = BytesParser(_class=ParsedPart, policy=policy.compat32)
_T = TypeVar("_T")
# Where a part's parameters (charset, format, filename, name) are written.
_PARAM_HEADERS = ("content-type", "content-disposition")


def parse_message(
    raw: bytes, *, folder: str = "INBOX", source: str = "", flags: frozenset[str] = frozenset()
) -> Message:
    """Parse one message; never raises, problems go into `parse_errors`."""
    errors: list[str] = []
    if not raw.strip():
        errors.append("empty message")
    parsed, elided = elide_big_payloads(raw)
    parsed = drop_html_twins(parsed)
    parsed, renamed = boundaries.shared_boundaries(parsed) if boundaries.NEEDED else (parsed, {})
    try:
        msg = _PARSER.parsebytes(parsed)
    except Exception as error:  # the stdlib parser is lenient, but this is the last line of defence
        errors.append(f"unreadable message ({type(error).__name__})")
        msg = EmailMessage()
    headers = _raw_headers(msg, renamed)
    message_id = _message_id(headers, raw, errors)
    body, body_is_html, attachments = _body_and_attachments(msg, errors, elided)
    sender = _first(_addresses(headers, "from") or _addresses(headers, "sender"))
    if sender is None:
        errors.append("no From address")
    errors.extend(_defects(msg))
    return Message(
        message_id=message_id,
        subject=_decode_words(_one(headers, "subject")),
        sender=sender,
        to=_addresses(headers, "to"),
        cc=_addresses(headers, "cc"),
        date=_date(headers, errors),
        in_reply_to=_first(msg_ids(_one(headers, "in-reply-to"))),
        references=tuple(ref for ref in msg_ids(_one(headers, "references")) if ref != message_id),
        body=body,
        body_is_html=body_is_html,
        attachments=attachments,
        auto_headers=tuple(
            (name, _decode_words(value)) for name in AUTO_HEADERS for value in headers.get(name, [])
        ),
        folder=folder,
        source=source,
        flags=flags,
        content_type=_content_type(msg),
        parse_errors=tuple(dict.fromkeys(errors)),
    )


def msg_ids(value: str) -> tuple[str, ...]:
    """Message-id tokens in a header value, in order, deduplicated; junk between them is ignored."""
    tokens = [_WHITESPACE.sub("", token) for token in _MSGID_TOKEN.findall(value)]
    if not tokens and _BARE_MSGID.match(value.strip()):
        tokens = [value.strip()]
    return tuple(dict.fromkeys(f"<{token}>" for token in tokens if token))


def _first(items: tuple[_T, ...]) -> _T | None:
    return items[0] if items else None


def _raw_headers(msg: EmailMessage, renamed: dict[str, str]) -> dict[str, list[str]]:
    """Every header's undecoded values by lower-case name, in order of appearance, as written (MIME
    boundaries renamed for parsing turned back)."""
    headers: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        text = _unsurrogate(str(value))
        headers.setdefault(_unsurrogate(key).lower(), []).append(
            boundaries.restored(text, renamed) if renamed else text
        )
    return headers


def _one(headers: dict[str, list[str]], name: str) -> str:
    return headers.get(name, [""])[0]


def _decode_words(text: str) -> str:
    """RFC 2047 decoding that survives unknown charsets and bad bytes by replacing them."""
    if "=?" not in text:  # no encoded word (decode_header would return the text as it is)
        return _clean(text)
    try:
        pieces = decode_header(text)
    except Exception:  # a malformed encoded word: show the header as it is
        return _clean(text)
    decoded = []
    for piece, charset in pieces:
        if isinstance(piece, str):
            decoded.append(piece)
        elif charset is None:  # unencoded text between encoded words, as decode_header returns it
            decoded.append(piece.decode("raw-unicode-escape"))
        else:
            try:
                decoded.append(piece.decode(charset, "replace"))
            except (LookupError, ValueError):  # unknown, or a name that is itself garbage
                decoded.append(piece.decode("utf-8", "replace"))
    return _clean("".join(decoded))


def _clean(text: str) -> str:
    return _WHITESPACE.sub(" ", _unsurrogate(text)).strip()


def _unsurrogate(text: str) -> str:
    """Raw 8-bit header bytes, which the parser keeps as lone surrogates, read as UTF-8 (else cp1252)."""
    if text.isascii() or not _RAW_BYTE.search(text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _message_id(headers: dict[str, list[str]], raw: bytes, errors: list[str]) -> str:
    found = msg_ids(_one(headers, "message-id"))
    if found:
        return found[0]
    errors.append("no Message-ID; synthesised one from the content")
    return f"<belt-{hashlib.sha256(raw).hexdigest()[:32]}@belt.invalid>"


def _addresses(headers: dict[str, list[str]], name: str) -> tuple[Address, ...]:
    return _parse_addresses(tuple(headers.get(name, ())))


# The same From/To/Cc values recur across a mailbox (the same correspondents), and the stdlib address
# parser is among the slowest steps of reading a message; Address is immutable, so results are shared.
@functools.lru_cache(maxsize=4096)
def _parse_addresses(values: tuple[str, ...]) -> tuple[Address, ...]:
    """Addresses parsed before decoding, so an encoded comma in a name cannot split an address."""
    found = []
    for display, addr in getaddresses(values):
        addr = _clean(addr).strip("<>").lower()
        if "@" in addr:
            found.append(Address(addr=addr, name=_decode_words(display).strip('"')))
    return tuple(dict.fromkeys(found))


def _date(headers: dict[str, list[str]], errors: list[str]) -> datetime:
    """The Date header as an aware datetime; else the newest Received stamp; else the epoch."""
    parsed = _parse_date(_one(headers, "date"))
    if parsed is not None:
        return parsed
    errors.append("no readable Date header")
    for received in headers.get("received", []):
        stamp = _parse_date(received.rsplit(";", 1)[1]) if ";" in received else None
        if stamp is not None:
            errors.append("date taken from the Received header")
            return stamp
    errors.append("date set to 1970-01-01 UTC")
    return EPOCH


def _parse_date(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        parsed = parsedate_to_datetime(_WHITESPACE.sub(" ", value).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # RFC 5322 "-0000" means "zone unknown"; the stdlib then returns a naive time, read as UTC.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _content_type(msg: EmailMessage) -> str:
    try:
        return _unsurrogate(msg.get_content_type())
    except Exception:
        return "text/plain"


def _defects(msg: EmailMessage) -> Iterator[str]:
    """The parser's complaints (truncated MIME, bad base64, ...) in words a user can read."""
    for part in msg.walk():
        for defect in part.defects:
            words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(defect).__name__).lower().removesuffix(" defect")
            yield f"{_content_type(part)}: {words}"


def _body_and_attachments(
    msg: EmailMessage, errors: list[str], elided: ElidedParts
) -> tuple[str, bool, tuple[Attachment, ...]]:
    """The displayed text (plain preferred over HTML) and every other leaf part, listed not loaded.

    Only the chosen part is decoded; the others are described from their headers (an attachment's
    size needs its payload). Each part's Content-Type is read once: the stdlib parses the header
    again on every call, which was a third of this function's time.
    """
    try:
        body_part = msg.get_body(preferencelist=("plain", "html"))
    except AttributeError:  # compat32 headers: a part with Content-Disposition breaks get_body's walk
        body_part = _first_inline_text(msg)
    except Exception:
        errors.append("MIME structure could not be read")
        body_part = None
    if body_part is None and not msg.is_multipart() and _shown_anyway(msg):
        body_part = msg  # text/enriched, a text part marked as attachment, a multipart cut before its parts
    body, is_html = "", False
    if body_part is not None:
        text = _decode_text(body_part, errors)
        is_html = body_part.get_content_subtype() == "html"
        text = _normalise_newlines(text)
        if is_html:
            text = html_to_text(text)
        elif _has_param(body_part, "format") and str(body_part.get_param("format", "")).lower() == "flowed":
            text = unflow(text, delsp=str(body_part.get_param("delsp", "")).lower() == "yes")
        body = _LONE_SURROGATE.sub("\ufffd", text).strip("\n").rstrip()
    attachments = []
    for part in _leaves(msg):
        if part is body_part:
            continue
        content_type = _content_type(part)
        if _is_attachment(part, content_type):
            attachments.append(_attachment(part, content_type, errors, elided))
    return body, is_html, tuple(attachments)


def _has_param(part: EmailMessage, name: str) -> bool:
    """Whether `name` may be a parameter of the part's Content-Type or Content-Disposition: a cheap
    test that spares the stdlib's full parameter parse of the (many) parts without it."""
    return any(name in str(value).lower() for key, value in part.raw_items() if key.lower() in _PARAM_HEADERS)


def _shown_anyway(msg: EmailMessage) -> bool:
    return msg.get_content_maintype() in ("text", "multipart") and msg.get_content_subtype() != "calendar"


def _first_inline_text(msg: EmailMessage) -> EmailMessage | None:
    """The first inline text/plain leaf, else the first inline text/html one (get_body's preference)."""
    inline = [leaf for leaf in _leaves(msg) if leaf.get_content_disposition() != "attachment"]
    for wanted in ("text/plain", "text/html"):
        found = next((leaf for leaf in inline if leaf.get_content_type() == wanted), None)
        if found is not None:
            return found
    return None


def _leaves(part: EmailMessage) -> Iterator[EmailMessage]:
    """Leaf parts; an attached message (message/rfc822) is one leaf, not opened."""
    if isinstance(part.get_payload(), list) and part.get_content_maintype() == "multipart":
        for child in part.iter_parts():
            yield from _leaves(child)
    else:
        yield part


def _is_attachment(part: EmailMessage, content_type: str) -> bool:
    """Alternative renderings of the body are not attachments; calendars and named parts are."""
    if content_type in ("text/plain", "text/html"):
        return part.get_content_disposition() == "attachment" or bool(_filename(part))
    return True


def _filename(part: EmailMessage) -> str:
    if not _has_param(part, "name"):  # neither a filename= nor a name= parameter
        return ""
    try:
        return _clean(part.get_filename() or "")
    except Exception:
        return ""


def _attachment(part: EmailMessage, content_type: str, errors: list[str], elided: ElidedParts) -> Attachment:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        errors.append(f"{content_type} attachment could not be decoded")
        payload = None
    if payload is None:  # message/rfc822 and friends: measure the encoded form
        payload = part.as_bytes() if part.get_content_maintype() == "message" else b""
    size = len(payload)
    if (cut_out := elided.decoded(payload)) is not None:  # decoded before parsing (see `elide`)
        size, defects = cut_out
        part.defects.extend(defects)
    return Attachment(filename=_filename(part), content_type=content_type, size=size)


def _decode_text(part: EmailMessage, errors: list[str]) -> str:
    """A text part's content; a wrong or unknown charset is survived, noted, never raised."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        errors.append("body could not be decoded")
        return ""
    if payload is None:
        payload = str(part.get_payload()).encode("utf-8", "replace")
    charset = part.get_content_charset() or "utf-8"  # RFC 2045 says us-ascii; utf-8 is its superset
    try:
        return payload.decode(charset)
    except UnicodeDecodeError:
        errors.append(f"body is not valid {charset!r}")
    except (LookupError, ValueError):  # unknown, or a name that is itself garbage
        errors.append(f"unknown charset {charset!r}")
    for fallback in _FALLBACK_CHARSETS:
        try:
            text = payload.decode(fallback)
        except UnicodeDecodeError:
            continue
        errors.append(f"body read as {fallback}")
        return text
    errors.append("body read as latin-1")
    return payload.decode("latin-1")


def unflow(text: str, *, delsp: bool = False) -> str:
    """Join RFC 3676 format=flowed soft line breaks, so a paragraph is one line as its writer typed it.

    A line ending in a space continues on the next line of the same quote depth; "-- " (the
    signature separator) never does; a leading space after the quote marks is stuffing.
    """
    lines: list[str] = []
    joining_depth: int | None = None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content.removeprefix(" ")
        if joining_depth == depth:
            lines[-1] += content
        else:
            lines.append((">" * depth + " " if depth else "") + content)
        soft = content.endswith(" ") and content != "-- "
        joining_depth = depth if soft else None
        if soft and delsp:
            lines[-1] = lines[-1][:-1]
    return "\n".join(lines)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
