"""Typed due dates with a live preview: "fri" shows "Fri 9 Jan", "1/2" also offers 1 February.

Shared by the follow-up form and the quick `d`/`z` prompts, so both read dates the same way as
`belt followup --due`. The date code (and dateparser) is imported on first use: by then the load
worker has imported it, so the UI thread does not pay for it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

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


def suggested_due(due: datetime | None, now: datetime) -> str:
    """What the due field starts with: the ask's deadline as a person types it ("thu", "fri 13 mar 15:00").

    The shortest phrase that reads back as exactly that moment; "eod" once it has passed, "tomorrow"
    when the ask gave none, the ISO date if no phrase reads back (so the prefill is never wrong).
    """
    from belt_tui.asks.dates import parse_when
    from belt_tui.asks.dates_resolve import END_OF_BUSINESS

    if due is None:
        return "tomorrow"
    if due <= now:
        return "eod"
    local = due.astimezone(now.tzinfo)
    clock = "" if local.time() == END_OF_BUSINESS else f" {local:%H:%M}"
    day = local.date()
    year = f" {day.year}" if day.year != now.year else ""
    phrases = [f"{day:%a} {day.day} {day:%b}{year}".lower()]
    if day == now.date():
        phrases.insert(0, "today")
    elif day == now.date() + timedelta(days=1):
        phrases.insert(0, "tomorrow")
    elif day < now.date() + timedelta(days=7):
        phrases.insert(0, f"{day:%a}".lower())
    for phrase in phrases:
        if parse_when(phrase + clock, now).due == local:
            return phrase + clock
    return f"{local:%Y-%m-%d %H:%M}"
