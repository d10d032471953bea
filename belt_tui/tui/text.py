"""Mail text made safe to paint: no terminal control codes, no markup, one line where one is wanted.

An email can carry ESC sequences that would repaint or retitle the user's terminal; they are
replaced before any mail text reaches a widget.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, set_cell_size

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Mail text with control codes shown as U+FFFD and tabs as spaces; newlines kept."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").expandtabs(4))


def one_line(text: str) -> str:
    """A header or snippet squeezed onto a single line, whitespace runs collapsed."""
    return printable(" ".join(text.split()))


def fit(text: str, width: int) -> str:
    """`text` padded or cut to exactly `width` cells; a cut ends in "…" so it never reads as whole."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"
