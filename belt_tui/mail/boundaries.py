"""Stand-in MIME boundaries, so the stdlib parser stops compiling a new regex for every multipart message.

Before Python 3.13, `email.feedparser` compiles a pattern around each multipart part's boundary
(python/cpython#106628, fixed in 3.13). Real boundaries are unique per message, so every multipart
message costs ~0.28 ms of regex compilation here, about a quarter of parsing it. Renaming each
boundary to a stand-in that recurs across messages ("belt0___…", as long as the original) lets the
`re` module's cache answer instead.

The renaming is made only where it cannot change what is parsed: the boundary is plain (RFC 2046
characters, no quoting tricks the stdlib handles specially), it occurs nowhere but in a `boundary=`
parameter and at the start of delimiter lines, and the stand-in occurs nowhere in the message. Being
as long as the original, it leaves every size the same; header values read from the parsed message
get the original back (`restored`).
"""

from __future__ import annotations

import re
import sys

# A boundary parameter's value, quoted or not.
_PARAM = re.compile(rb'boundary[ \t\r\n]*=[ \t\r\n]*("?)([^"\s;]+)\1', re.IGNORECASE)
# RFC 2046 boundary characters, without the space (allowed inside quotes, rare, left alone).
_PLAIN = re.compile(rb"[A-Za-z0-9'()+_,\-./:=?]{8,70}")
NEEDED = sys.version_info < (3, 13)


def declared(raw: bytes, lowered: bytes) -> list[tuple[int, bytes]]:
    """Each `boundary=` parameter in the message: (where it starts, its value as written).

    `lowered` is `raw.lower()`, searched with plain finds: a case-blind regex scan of a whole message
    costs more than the rest of these passes together.
    """
    found = []
    at = lowered.find(b"boundary")
    while at >= 0:
        match = _PARAM.match(raw, at)
        if match:
            found.append((at, match.group(2)))
        at = lowered.find(b"boundary", at + 8)
    return found


def shared_boundaries(raw: bytes) -> tuple[bytes, dict[str, str]]:
    """`raw` with each safely renameable boundary replaced by a stand-in of the same length, and the
    original of each stand-in."""
    renamed: dict[str, str] = {}
    params: dict[bytes, int] = {}
    for _, value in declared(raw, raw.lower()):
        params[value] = params.get(value, 0) + 1
    for index, (boundary, in_params) in enumerate(params.items()):
        stand_in = b"belt%d" % index
        stand_in += b"_" * (len(boundary) - len(stand_in))
        if _renameable(raw, boundary, in_params, stand_in):
            raw = raw.replace(boundary, stand_in)
            renamed[stand_in.decode("ascii")] = boundary.decode("ascii")
    return raw, renamed


def restored(text: str, renamed: dict[str, str]) -> str:
    """A header value as the message wrote it, its boundary stand-in (if any) turned back."""
    for stand_in, boundary in renamed.items():
        if stand_in in text:
            text = text.replace(stand_in, boundary)
    return text


def _renameable(raw: bytes, boundary: bytes, in_params: int, stand_in: bytes) -> bool:
    if len(stand_in) != len(boundary) or not _PLAIN.fullmatch(boundary) or stand_in in raw:
        return False
    delimiters = raw.count(b"\n--" + boundary)
    return delimiters > 0 and raw.count(boundary) == delimiters + in_params
