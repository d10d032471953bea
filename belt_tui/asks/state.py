"""Who waits on whom in a thread, from the user's side, replayed message by message.

An ask on the user stays open until the user writes to the person who asked (a reply only to a
colleague does not answer the outside party), or until a colleague of the user's (same domain) answers
the asker with substance. An ask by the user stays open until the asked person, or someone of their
organisation, replies with substance: an auto-reply, a bare "Thanks!" or a promise to answer later
("I'll get back to you") does not count, and a promise to do requested work leaves the request open
(a question answered in the same reply is closed). A grant of approval to the user ("go ahead and file")
lets her act and waits on no reply; a colleague who takes on a "can someone" ask settles it for the team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from belt_tui.asks.detect import is_grant
from belt_tui.asks.lexicon import word_set
from belt_tui.asks.waits import waiting_why
from belt_tui.model import Ask, AskKind, Message, MessageAnalysis, Thread, ThreadState, Verdict

_ACK = re.compile(
    r"^(?:(?:thanks|thank\s+you|many\s+thanks|thx|great|perfect|sounds\s+good|will\s+do|got\s+it|noted|ok|okay"
    r"|understood|received|appreciated|cheers|excellent|wonderful|awesome|of\s+course|sure|agreed|no\s+problem"
    r"|much\s+appreciated|lovely|brilliant|talk\s+(?:then|soon)|hope\s+all\s+goes\s+well|have\s+a\s+good\s+\w+)"
    r"(?:\s+(?:so\s+much|again|all|both|very\s+much))?[,;]?\s*)+(?:for\s+[^.!?]{0,60})?(?:,?\s*[A-Z][\w'-]*)?\s*[.!]*$",
    re.IGNORECASE,
)
# A promise to answer later ("I'll get back to you", "I'll confirm by Monday") rather than to do more work.
_DEFERRAL = re.compile(
    r"\b(?:get|come|circle|revert)\s+back\b|\brevert\b|\blet\s+(?:you|me|us)\s+know\b|\bconfirm\b|\brespond\b"
    r"|\breply\b|\bfollow\s+up\b|\b(?:an?|my|our)\s+(?:answer|response|reply|decision)\b",
    re.IGNORECASE,
)
# Work still in progress: "hasn't confirmed yet", "we are still evaluating", "I'm waiting on IT".
_NOT_YET = re.compile(
    r"\b(?:hasn't|haven't|has\s+not|have\s+not)\s+(?:\w+\s+){1,3}?yet\b|^not\s+yet\b"
    r"|\bstill\s+(?:waiting|evaluating|checking|looking|working|reviewing|considering|discussing)\b"
    r"|\b(?:i'm|we're|i\s+am|we\s+are)\s+(?:still\s+)?waiting\s+(?:on|for)\b"
    # The same in French, as Quebec and European counsel write it: "je vous reviens", "je te l'envoie".
    r"|\bje\s+(?:vous|te)\s+reviens\b|\bje\s+reviens\s+vers\b"
    r"|\b(?:je|nous)\s+(?:vous|te)\s+(?:l'|les\s+)?"
    r"(?:envoie|enverrai|enverrons|ferai\s+parvenir|ferons\s+parvenir)\b",
    re.IGNORECASE,
)
# An ask put to a team rather than to one person ("Can someone cover...?", "Could one of you...").
_ANYONE = re.compile(r"\b(?:someone|somebody|anyone|anybody|one\s+of\s+you|any\s+of\s+you)\b", re.IGNORECASE)
# Shared mail services: two people there are not one organisation.
_PUBLIC_DOMAINS = word_set(
    "gmail.com googlemail.com yahoo.com yahoo.co.uk outlook.com hotmail.com hotmail.co.uk live.com msn.com "
    "icloud.com me.com mac.com aol.com proton.me protonmail.com gmx.com gmx.de gmx.net web.de fastmail.com "
    "hey.com zoho.com mail.com yandex.com"
)


@dataclass(slots=True)
class _Open:
    ask: Ask
    asker: str
    waiting: frozenset[str]
    at: datetime


def _is_ack(text: str) -> bool:
    return bool(_ACK.match(text.strip()))


def _answers(analysis: MessageAnalysis, ask: Ask, *, theirs: bool = False) -> bool:
    """Whether a reply settles `ask`: words of substance besides promises. A promise to answer later
    settles nothing. Their promise of work leaves the user's request open (the work is still to come);
    the user's own promise ("I'll courier both to you on Thursday") answers the asker, and the work
    itself is tracked as her commitment, as is work she hands on ("Joost will send you the charter
    party"). A question answered in the same reply is settled ("April 15. Notice to follow.")."""
    promises = [a for a in analysis.asks if a.kind is AskKind.COMMITMENT]
    if any(_DEFERRAL.search(p.text) for p in promises):
        return False
    if theirs and promises and ask.kind is AskKind.REQUEST:
        return False
    if theirs and any(_NOT_YET.search(s.text) for s in analysis.sentences):
        return False  # their status of work in progress ("The agency hasn't confirmed yet.") is no answer
    promised = {p.span for p in promises}
    return any(not _is_ack(s.text) and s.span not in promised for s in analysis.sentences)


class _Answers:
    """`_answers` remembered for one replay: a thread's replay asks it of the same reply for every open
    ask, and the answer depends only on the reply, whether the ask is a request, and whose it is."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, bool, bool], bool] = {}

    def __call__(self, analysis: MessageAnalysis, ask: Ask, *, theirs: bool = False) -> bool:
        key = (analysis.message_id, ask.kind is AskKind.REQUEST, theirs)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = _answers(analysis, ask, theirs=theirs)
        return known


def _user_settles(
    analysis: MessageAnalysis, user: str, told: set[str], waiting: _Open, answers: _Answers
) -> bool:
    """Whether the user's message settles an ask on her: she writes to the asker and answers (a promise
    of the work counts; a promise only to answer later does not), or accepts a colleague's request
    ("Will do. I'll send it.")."""
    if not waiting.waiting & told:
        return False
    accepted = _colleagues(waiting.asker, user) and not any(
        a.kind is not AskKind.COMMITMENT for a in analysis.asks
    )
    return accepted or answers(analysis, waiting.ask)


def _recipients(message: Message) -> set[str]:
    return {a.addr for a in (*message.to, *message.cc)}


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def _colleagues(first: str, second: str) -> bool:
    """Two addresses of one organisation: the same domain, not a shared mail service."""
    domain = _domain(first)
    return bool(domain) and domain == _domain(second) and domain not in _PUBLIC_DOMAINS


def _settles(
    sender: str,
    analysis: MessageAnalysis,
    waiting: _Open,
    asked: set[tuple[str, str | None]],
    answers: _Answers,
) -> bool:
    """Whether a message settles one of the user's asks: the asked person answers, or a colleague of
    theirs does (a service desk's engineer, a partner's paralegal) rather than pressing the asked person
    or answering an ask of their own."""
    if sender in waiting.waiting:
        return answers(analysis, waiting.ask, theirs=True)
    if (waiting.asker, sender) in asked:
        return False  # the user asked this colleague something too: the reply answers that
    colleague = any(_colleagues(sender, person) for person in waiting.waiting)
    presses = any(ask.owner in waiting.waiting for ask in analysis.asks)
    return colleague and not presses and answers(analysis, waiting.ask, theirs=True)


def _takes_it_on(analysis: MessageAnalysis, ask: Ask) -> bool:
    """A colleague volunteering ("I can take it, I'll cover the 12th") answers a "can someone" ask put to
    the team, which the user held only as one of its members."""
    return bool(_ANYONE.search(ask.text)) and any(a.kind is AskKind.COMMITMENT for a in analysis.asks)


def _is_grant(ask: Ask) -> bool:
    return ask.kind is AskKind.APPROVAL and is_grant(ask.text)


def _replay(
    thread: Thread, analyses: dict[str, MessageAnalysis], me: frozenset[str]
) -> tuple[list[_Open], list[_Open]]:
    """(asks waiting on the user, asks the user waits on) still open after the last message."""
    on_me: list[_Open] = []
    on_them: list[_Open] = []
    asked: set[tuple[str, str | None]] = set()  # (asker, owner) of every ask so far
    answers = _Answers()
    for message in thread.messages:
        analysis = analyses[message.message_id]
        sender = message.sender.addr if message.sender else ""
        if analysis.automated:
            continue
        asked |= {(sender, ask.owner) for ask in analysis.asks if ask.kind is not AskKind.COMMITMENT}
        if sender in me:
            told = _recipients(message)
            on_me = [o for o in on_me if not _user_settles(analysis, sender, told, o, answers)]
            for ask in analysis.asks:
                if ask.kind is AskKind.COMMITMENT or ask.owner in me or ask.owner is None or _is_grant(ask):
                    continue
                on_them.append(_Open(ask, sender, frozenset({ask.owner}), message.date))
            continue
        on_them = [o for o in on_them if not _settles(sender, analysis, o, asked, answers)]
        if any(_colleagues(sender, m) for m in me):
            # A colleague answering the asker settles the user's part, unless the asker asked the
            # colleague something too: then the colleague is answering that.
            told = _recipients(message)
            on_me = [
                o
                for o in on_me
                if not (o.waiting & told)
                or (o.asker, sender) in asked
                or not (answers(analysis, o.ask) or _takes_it_on(analysis, o.ask))
            ]
        for ask in analysis.asks:
            if ask.owner not in me or _is_grant(ask):  # a grant lets the user act; nobody waits on a reply
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
