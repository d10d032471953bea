"""Typed due dates with a live preview: "fri" shows "Fri 9 Jan", "1/2" also offers 1 February.

Shared by the follow-up form and the quick `d`/`z` prompts, so both read dates the same way as
`belt followup --due`. The date code (and dateparser) is imported on first use: by then the load
worker has imported it, so the UI thread does not pay for it.
"""

from __future__ import annotations

from datetime import datetime

from textual.content import Content


def read_due(text: str, now: datetime) -> tuple[datetime | None, Content]:
    """The due moment `text` means (or None) and the preview line that says so."""
    from belt_tui.asks.dates import describe_due, parse_when

    when = parse_when(text, now)
    if when.due is None:
        return None, Content.styled(when.error or "Type a due date.", "$error")
    preview = f"→ {when.label}  ({when.due:%a %d %b %Y %H:%M})"
    if when.alternatives:
        others = ", ".join(describe_due(alt, now) for alt in when.alternatives)
        preview += f"  · or did you mean {others}?"
    return when.due, Content.styled(preview, "$success")
