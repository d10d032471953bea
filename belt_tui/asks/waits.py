"""How a waiting thread's "why" reads at a given moment, apart from the replay that finds the wait.

A re-scan of an unchanged Maildir words each cached wait for the current moment and nothing else,
so this module imports nothing of the engine (its rules cost ~40 ms of imports at start-up).
"""

from __future__ import annotations

from datetime import datetime

from belt_tui.model import ThreadState


def waiting_why(
    state: ThreadState, since: datetime, who: str, quote: str, open_asks: int, now: datetime
) -> str:
    """The why-text of a waiting thread as of `now`."""
    days = max((now - since).days, 0)
    plural = "s" if days != 1 else ""
    if state is ThreadState.NEEDS_REPLY:
        why = f"{who} asked you {quote} on {since:%a %d %b} and has waited {days} day{plural} for your reply"
        return why + (f" ({open_asks} open asks)" if open_asks > 1 else "")
    return f"you asked {who} {quote} on {since:%a %d %b}; no answer in {days} day{plural}"
