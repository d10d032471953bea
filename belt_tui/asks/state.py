"""Who waits on whom in a thread, from the user's side, replayed message by message.

An ask on the user stays open until the user writes to the person who asked (a reply only to a
colleague does not answer the outside party). An ask by the user stays open until the asked
person replies with substance: an auto-reply, a bare "Thanks!" or a promise to answer later
("I'll get back to you") does not count. Grants of approval ("go ahead") open nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from belt_tui.model import Ask, AskKind, Message, MessageAnalysis, Thread, ThreadState, Verdict

_ACK = re.compile(
    r"^(?:(?:thanks|thank\s+you|many\s+thanks|thx|great|perfect|sounds\s+good|will\s+do|got\s+it|noted|ok|okay"
    r"|understood|received|appreciated|cheers|excellent|wonderful|awesome|of\s+course|sure|agreed|no\s+problem"
    r"|much\s+appreciated|lovely|brilliant|talk\s+(?:then|soon)|hope\s+all\s+goes\s+well|have\s+a\s+good\s+\w+)"
    r"(?:\s+(?:so\s+much|again|all|both|very\s+much))?[,;]?\s*)+(?:for\s+[^.!?]{0,60})?(?:,?\s*[A-Z][\w'-]*)?\s*[.!]*$",
    re.IGNORECASE,
)
_GRANT = re.compile(r"\b(?:go\s+ahead|approved|you\s+(?:may|can)\s+proceed)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Open:
    ask: Ask
    asker: str
    waiting: frozenset[str]
    at: datetime


def _is_ack(text: str) -> bool:
    return bool(_ACK.match(text.strip()))


def _answers(analysis: MessageAnalysis) -> bool:
    """A reply that settles an ask: words of substance and no promise to answer later."""
    if any(a.kind is AskKind.COMMITMENT for a in analysis.asks):
        return False
    return any(not _is_ack(s.text) for s in analysis.sentences)


def _recipients(message: Message) -> set[str]:
    return {a.addr for a in (*message.to, *message.cc)}


def _replay(
    thread: Thread, analyses: dict[str, MessageAnalysis], me: frozenset[str]
) -> tuple[list[_Open], list[_Open]]:
    """(asks waiting on the user, asks the user waits on) still open after the last message."""
    on_me: list[_Open] = []
    on_them: list[_Open] = []
    for message in thread.messages:
        analysis = analyses[message.message_id]
        sender = message.sender.addr if message.sender else ""
        if analysis.automated:
            continue
        if sender in me:
            told = _recipients(message)
            on_me = [o for o in on_me if not (o.waiting & told)]
            for ask in analysis.asks:
                if ask.kind is AskKind.COMMITMENT or ask.owner in me or ask.owner is None:
                    continue
                if ask.kind is AskKind.APPROVAL and _GRANT.search(ask.text):
                    continue
                on_them.append(_Open(ask, sender, frozenset({ask.owner}), message.date))
            continue
        if _answers(analysis):
            on_them = [o for o in on_them if sender not in o.waiting]
        for ask in analysis.asks:
            if ask.owner not in me:
                continue
            if ask.kind is AskKind.APPROVAL and _GRANT.search(ask.text):
                continue
            waiting = {sender}
            if ask.kind is AskKind.COMMITMENT:
                waiting |= {a.addr for a in message.to} - me
            on_me.append(_Open(ask, sender, frozenset(waiting), message.date))
    return on_me, on_them


def _quote(ask: Ask) -> str:
    text = ask.text if len(ask.text) <= 80 else ask.text[:77] + "..."
    return f"'{text}'"


@dataclass(frozen=True, slots=True)
class Wait:
    """Who waits on whom in a thread and since when: a verdict short of its day count, which
    depends on the moment it is read (so a cache can keep this and word it afresh)."""

    state: ThreadState
    since: datetime
    who: str  # the asker (needs_reply) or the silent people (awaiting_them)
    quote: str
    open_asks: int
    asks: tuple[Ask, ...]
    waiting_on: tuple[str, ...]

    def why(self, now: datetime) -> str:
        return waiting_why(self.state, self.since, self.who, self.quote, self.open_asks, now)


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


def thread_wait(thread: Thread, analyses: dict[str, MessageAnalysis], me: frozenset[str]) -> Wait | None:
    """The thread's open wait for the user (the user's first, then theirs), or None."""
    on_me, on_them = _replay(thread, analyses, me)
    if on_me:
        first = min(on_me, key=lambda o: o.at)
        return Wait(
            state=ThreadState.NEEDS_REPLY,
            since=first.at,
            who=first.asker,
            quote=_quote(first.ask),
            open_asks=len(on_me),
            asks=tuple(o.ask for o in on_me),
            waiting_on=tuple(sorted({o.asker for o in on_me})),
        )
    if on_them:
        first = min(on_them, key=lambda o: o.at)
        silent = tuple(sorted({addr for o in on_them for addr in o.waiting}))
        return Wait(
            state=ThreadState.AWAITING_THEM,
            since=first.at,
            who=", ".join(silent),
            quote=_quote(first.ask),
            open_asks=len(on_them),
            asks=tuple(o.ask for o in on_them),
            waiting_on=silent,
        )
    return None


def thread_verdict(
    thread: Thread, analyses: dict[str, MessageAnalysis], me: frozenset[str], now: datetime
) -> Verdict:
    """The thread's state for the user, since when, and a sentence saying why."""
    wait = thread_wait(thread, analyses, me)
    if wait is None:
        return Verdict(ThreadState.NONE, None, _none_reason(thread, analyses))
    return Verdict(wait.state, wait.since, wait.why(now), wait.asks, wait.waiting_on)


def _none_reason(thread: Thread, analyses: dict[str, MessageAnalysis]) -> str:
    analysed = [analyses[m.message_id] for m in thread.messages]
    if analysed and all(a.automated for a in analysed):
        return f"automated mail ({analysed[0].automated_reason})"
    if not any(a.asks for a in analysed):
        return "no asks in this thread"
    return "every ask has been answered, or is between other people"
