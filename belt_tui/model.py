"""The shared vocabulary: plain frozen dataclasses that every layer passes around.

Nothing here does I/O or imports Textual, so the domain (asks, threading, slotting) stays
testable as pure functions and the TUI, CLI and adapters agree on one set of shapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: display name plus the lower-cased address used for every comparison."""

    addr: str
    name: str = ""

    def __str__(self) -> str:
        return f"{self.name} <{self.addr}>" if self.name else self.addr

    @property
    def label(self) -> str:
        """What a person is called on screen: the name when there is one."""
        return self.name or self.addr


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment is listed, never loaded: lawyers' PDFs are large and not ours to read."""

    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class Message:
    """One parsed email, reduced to what Belt needs.

    `message_id` always has angle brackets; when the header is missing a stable one is
    synthesised from the content so threading stays deterministic. `date` is always aware.
    """

    message_id: str
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    body: str = ""
    body_is_html: bool = False
    attachments: tuple[Attachment, ...] = ()
    # Headers that tell automated mail apart (List-Id, Auto-Submitted, Precedence, ...), lower-case keys.
    auto_headers: tuple[tuple[str, str], ...] = ()
    folder: str = "INBOX"
    source: str = ""
    flags: frozenset[str] = frozenset()
    content_type: str = "text/plain"
    parse_errors: tuple[str, ...] = ()

    @property
    def participants(self) -> frozenset[str]:
        """Every address on the message, sender included, lower-cased."""
        people = {a.addr for a in (*self.to, *self.cc)}
        if self.sender:
            people.add(self.sender.addr)
        return frozenset(people)

    def header(self, name: str) -> str | None:
        """An automation-relevant header by case-insensitive name, or None."""
        wanted = name.lower()
        for key, value in self.auto_headers:
            if key == wanted:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Thread:
    """One conversation: messages sorted by date, keyed by the root's Message-ID."""

    thread_id: str
    messages: tuple[Message, ...]

    @property
    def subject(self) -> str:
        return self.messages[0].subject if self.messages else ""

    @property
    def latest(self) -> Message:
        return self.messages[-1]

    @property
    def message_ids(self) -> tuple[str, ...]:
        return tuple(m.message_id for m in self.messages)


class AskKind(StrEnum):
    REQUEST = "request"
    QUESTION = "question"
    APPROVAL = "approval"
    COMMITMENT = "commitment"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into a message body as displayed."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a message's own words, with offsets into `Message.body`."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Ask:
    """A sentence that asks someone to act or reply, or commits someone to act."""

    message_id: str
    text: str
    span: Span
    kind: AskKind
    owner: str | None
    due: datetime | None
    confidence: float
    reason: str
    due_phrase: str | None = None

    @property
    def due_date(self) -> date | None:
        return self.due.date() if self.due else None


class ThreadState(StrEnum):
    NEEDS_REPLY = "needs_reply"
    AWAITING_THEM = "awaiting_them"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Who waits on whom in a thread, since when, and a sentence explaining why."""

    state: ThreadState
    since: datetime | None
    why: str
    asks: tuple[Ask, ...] = ()
    waiting_on: tuple[str, ...] = ()


class FollowUpStatus(StrEnum):
    OPEN = "open"
    WAITING = "waiting"
    SNOOZED = "snoozed"
    DONE = "done"
    ANSWERED = "answered"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """The user's own data: one owner, one due date, a link back to the words that caused it."""

    id: str
    title: str
    owner: str
    due: datetime
    status: FollowUpStatus = FollowUpStatus.OPEN
    message_id: str | None = None
    thread_id: str | None = None
    subject: str = ""
    quote: str = ""
    created: datetime | None = None
    updated: datetime | None = None
    snooze_until: datetime | None = None
    duration_minutes: int = 30
    chased: int = 0
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_open(self) -> bool:
        return self.status in (FollowUpStatus.OPEN, FollowUpStatus.WAITING, FollowUpStatus.SNOOZED)


@dataclass(frozen=True, slots=True)
class Busy:
    """A busy interval on the calendar (aware datetimes)."""

    start: datetime
    end: datetime
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a follow-up was placed in the week, or why it could not be."""

    followup_id: str
    start: datetime | None
    end: datetime | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class MessageAnalysis:
    """What the ask engine read in one message: its own sentences and which of them are asks."""

    message_id: str
    sentences: tuple[Sentence, ...]
    asks: tuple[Ask, ...]
    automated: bool = False
    automated_reason: str = ""


@dataclass(frozen=True, slots=True)
class ThreadAnalysis:
    """A thread with its verdict for the user and every message's analysis, keyed by Message-ID."""

    thread: Thread
    verdict: Verdict
    messages: dict[str, MessageAnalysis] = field(hash=False, compare=False)

    @property
    def asks(self) -> tuple[Ask, ...]:
        return tuple(a for m in self.thread.messages for a in self.messages[m.message_id].asks)
