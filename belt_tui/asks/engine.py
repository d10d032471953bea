"""The ask engine: messages in, asks with owners and due dates out, and each thread's verdict.

Pure: no I/O, no Textual. `read_message` is the costly, context-free part (author zone,
sentences, ask detection, deadline parsing) and is what a cache stores; owners and thread state
are cheap and depend on the thread, so they are worked out fresh each time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from belt_tui.asks import lexicon as lx
from belt_tui.asks.automated import automation_reason
from belt_tui.asks.clean import AuthorZone, author_zone
from belt_tui.asks.detect import ASK_PRIORITY, Detection, detect, normalise, vocative
from belt_tui.asks.owners import NameDirectory, assign_owner, salutation_name
from belt_tui.asks.sentences import Segment, split_sentences
from belt_tui.asks.state import thread_verdict
from belt_tui.model import Ask, AskKind, Message, MessageAnalysis, Sentence, Span, Thread, ThreadAnalysis

if TYPE_CHECKING:
    from belt_tui.asks.dates import Deadline

_REPLY_DEADLINE = lx.CaselessTest(
    r"\b(?:answers?|responses?|reply|replies|comments|feedback|thoughts|input|hear\s+back|get\s+back|turnaround)\b"
)
_DEADLINE_WORD = re.compile(r"^(?:by|before|no\s+later\s+than|until|ahead\s+of)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReadAsk:
    """An ask found in a message before its owner is known."""

    segment: Segment
    detection: Detection
    due: datetime | None
    due_phrase: str | None
    due_source: str


@dataclass(frozen=True, slots=True)
class MessageReading:
    """Everything about one message that does not depend on the rest of its thread."""

    message_id: str
    segments: tuple[Segment, ...]
    asks: tuple[ReadAsk, ...]
    automated_reason: str = ""


def find_deadline(text: str, base: datetime) -> Deadline | None:
    """Imported on first use: the date modules compile large patterns a cached re-scan never needs."""
    from belt_tui.asks.dates import find_deadline as find

    return find(text, base)


class _Deadlines:
    """`find_deadline` for one message, each text read once: the engine asks about a sentence up to four
    times (as a qualifier, an intro, an ask, a neighbour) and about a clause and then its sentence."""

    def __init__(self, base: datetime) -> None:
        self._base = base
        self._found: dict[str, Deadline | None] = {}

    def __call__(self, text: str) -> Deadline | None:
        if text in self._found:
            return self._found[text]
        found = self._found[text] = find_deadline(text, self._base)
        return found


class _References:
    """Deadlines that refer back to a date named elsewhere in the message ("before the deposition")."""

    def __init__(self, message: Message, segments: list[Segment]) -> None:
        self._message = message
        self._segments = segments

    def find(self, segment: Segment) -> Deadline | None:
        from belt_tui.asks.dates_refs import MessageText, referenced_deadline

        text = MessageText(self._message.body, tuple(s.span for s in self._segments), self._message.date)
        return referenced_deadline(segment.text, segment.span.start, text)


def _deadline(text: str, detection: Detection | None, find: _Deadlines) -> Deadline | None:
    """The deadline of the clause carrying the ask, else of the whole sentence."""
    if detection is not None:
        clause = text[detection.clause_start : detection.clause_end]
        found = find(clause)
        if found is not None:
            return found
    return find(text)


def _usable(deadline: Deadline | None, detection: Detection) -> Deadline | None:
    """Drop the proposed time of a "does Tuesday work?" check: only a reply deadline counts there."""
    if deadline is None:
        return None
    if detection.checks_availability and not _DEADLINE_WORD.match(deadline.phrase):
        return None
    return deadline


def _items_after(segments: list[Segment], index: int) -> list[int]:
    """Indexes of the list items right after an intro line (ending in ':')."""
    following = []
    for position in range(index + 1, len(segments)):
        if not segments[position].is_item:
            break
        following.append(position)
    return following


def _closing_deadline(
    segments: list[Segment], detections: list[Detection | None], items: list[int], find: _Deadlines
) -> Deadline | None:
    """The deadline of a request right after a list ("Please turn a clean draft by Tuesday.")."""
    for position in range(items[-1] + 1, min(items[-1] + 3, len(segments))):
        detection = detections[position]
        if detection is not None and detection.kind is not AskKind.COMMITMENT:
            return find(segments[position].text)
    return None


def read_message(message: Message) -> MessageReading:
    """Find the message's own sentences and the asks among them, with due dates."""
    sender_name = message.sender.name if message.sender else ""
    sender_addr = message.sender.addr if message.sender else ""
    zone = author_zone(message.body, sender_name, sender_addr)
    reason = automation_reason(message, zone.quoted_from)
    segments = split_sentences(message.body, zone)
    if reason:
        return MessageReading(message.message_id, tuple(segments), (), reason)
    detections = [detect(s.text) for s in segments]
    asks = _collect_asks(message, segments, detections)
    return MessageReading(message.message_id, tuple(segments), tuple(asks), "")


def _qualifiers(segments: list[Segment], detections: list[Detection | None]) -> set[int]:
    """Statements of need that only restate when an ask right before them is due ("Can you check the
    lease? Need to know before Monday.") : not asks themselves, their date goes on that ask."""
    found = set()
    for index in range(1, len(segments)):
        detection, previous = detections[index], detections[index - 1]
        if (
            detection is not None
            and previous is not None
            and previous.kind is not AskKind.COMMITMENT
            and segments[index].paragraph == segments[index - 1].paragraph
            and lx.NEED_QUALIFIER.match(normalise(segments[index].text))
            and not previous.checks_availability
        ):
            found.add(index)
    return found


def _same_item(segments: list[Segment], index: int) -> range:
    """The sentences of the list item that holds segments[index]: an item that asks in words of its
    own ("Payment: 30 days is too short. We ask for 45, please confirm.") is that ask, not the lead-in's."""
    start = index
    while start > 0 and segments[start - 1].is_item and not segments[start - 1].ends_block:
        start -= 1
    end = index
    while end < len(segments) - 1 and not segments[end].ends_block:
        end += 1
    return range(start, end + 1)


def _collect_asks(
    message: Message, segments: list[Segment], detections: list[Detection | None]
) -> list[ReadAsk]:
    find = _Deadlines(message.date)
    references = _References(message, segments)
    qualifiers = {
        index
        for index in _qualifiers(segments, detections)
        if find(segments[index].text) is not None
        and _deadline(segments[index - 1].text, detections[index - 1], find) is None
    }
    detections = [None if index in qualifiers else d for index, d in enumerate(detections)]
    inherited: dict[int, tuple[Detection | None, Deadline | None, str]] = {}
    skip: set[int] = set()
    for index, segment in enumerate(segments):
        if not segment.is_intro:
            continue
        intro_detection = detections[index]
        intro_deadline = find(segment.text) or references.find(segment)
        items = _items_after(segments, index)
        if items and intro_detection is not None and intro_detection.kind is not AskKind.COMMITMENT:
            skip.add(index)
        if items and intro_deadline is None:
            intro_deadline = _closing_deadline(segments, detections, items, find)
        scope = items or _asks_after(detections, index)
        for item in scope:
            inherited[item] = (intro_detection, intro_deadline, segment.text)
    reply_deadline = _message_reply_deadline(segments, detections, find)
    asks = []
    for index, segment in enumerate(segments):
        if index in skip:
            continue
        detection = detections[index]
        intro_detection, intro_deadline, intro_text = inherited.get(index, (None, None, ""))
        if (
            detection is None
            and intro_detection is not None
            and segment.is_item
            and not any(detections[other] for other in _same_item(segments, index))
        ):
            detection = intro_detection
            detection = Detection(
                detection.kind,
                detection.confidence * 0.9,
                f"{detection.cue} (list item)",
                0,
                len(segment.text),
                vocative(segment.text) or detection.addressee,  # "- Kwame, the swipe logs" is Kwame's
                detection.committer,
            )
        if detection is None:
            continue
        deadline, source = _usable(_deadline(segment.text, detection, find), detection), "sentence"
        if (
            intro_deadline is not None
            and intro_deadline.stated
            and deadline is not None
            and not deadline.stated
        ):
            deadline = None  # the lead-in's "by Friday" beats "his deposition on March 12" in a bullet
        if deadline is None:
            deadline, source = references.find(segment), "a date named earlier"
        if deadline is None and detection.kind is not AskKind.COMMITMENT:
            deadline, source = _neighbour_deadline(segments, detections, index, find), "next sentence"
            if deadline is None and intro_deadline is not None:
                deadline, source = intro_deadline, f"intro '{intro_text[:40]}'"
            if deadline is None and reply_deadline is not None and not detection.checks_availability:
                deadline, source = reply_deadline, "message's reply deadline"
        asks.append(
            ReadAsk(
                segment=segment,
                detection=detection,
                due=deadline.due if deadline else None,
                due_phrase=deadline.phrase if deadline else None,
                due_source=source if deadline else "",
            )
        )
    return asks


def _asks_after(detections: list[Detection | None], index: int) -> list[int]:
    scope = []
    for position in range(index + 1, len(detections)):
        if detections[position] is None:
            break
        scope.append(position)
    return scope


def _neighbour_deadline(
    segments: list[Segment], detections: list[Detection | None], index: int, find: _Deadlines
) -> Deadline | None:
    """A short qualifier right after the ask ("Ideally before Monday.") that is not an ask itself."""
    position = index + 1
    if position >= len(segments) or detections[position] is not None:
        return None
    following = segments[position]
    if following.paragraph != segments[index].paragraph:
        return None
    return find(following.text)


def _message_reply_deadline(
    segments: list[Segment], detections: list[Detection | None], find: _Deadlines
) -> Deadline | None:
    """A sentence setting when answers are wanted ("We'd appreciate your answers by the 15th")."""
    for segment, detection in zip(segments, detections, strict=True):
        if detection is not None and detection.kind is AskKind.COMMITMENT:
            continue
        if _REPLY_DEADLINE.found_in(segment.text):
            found = find(segment.text)
            if found is not None and _DEADLINE_WORD.match(found.phrase):
                return found
    return None


def analyse_message(
    message: Message,
    me: frozenset[str] = frozenset(),
    directory: NameDirectory | None = None,
    reading: MessageReading | None = None,
    people: NameDirectory | None = None,
) -> MessageAnalysis:
    """Sentences and asks (with owners) of one message; `reading` reuses a cached `read_message`,
    `people` (everyone in the mailbox) finds a named person who is not on the thread."""
    reading = reading or read_message(message)
    directory = directory or NameDirectory.from_messages([message])
    sentences = tuple(Sentence(s.text, s.span) for s in reading.segments)
    first = reading.segments[0].text if reading.segments else ""
    salutation = salutation_name(first)
    asks = []
    for found in reading.asks:
        detection = found.detection
        ownership = assign_owner(
            detection.kind,
            found.segment.text,
            message,
            me,
            directory,
            addressee=detection.addressee,
            committer=detection.committer,
            salutation=salutation,
            people=people,
        )
        reason = f"{detection.kind.value}: {detection.cue} → {ownership.owner or 'nobody'} ({ownership.why})"
        if found.due is not None:
            reason += f"; due '{found.due_phrase}' → {found.due:%a %-d %b}"
        asks.append(
            Ask(
                message_id=message.message_id,
                text=found.segment.text,
                span=found.segment.span,
                kind=detection.kind,
                owner=ownership.owner,
                due=found.due,
                confidence=round(min(detection.confidence, 1.0) * ownership.confidence, 3),
                reason=reason,
                due_phrase=found.due_phrase,
            )
        )
    return MessageAnalysis(
        message_id=message.message_id,
        sentences=sentences,
        asks=tuple(asks),
        automated=bool(reading.automated_reason),
        automated_reason=reading.automated_reason,
    )


def analyse_thread(
    thread: Thread,
    me: frozenset[str],
    now: datetime,
    readings: dict[str, MessageReading] | None = None,
    people: NameDirectory | None = None,
) -> ThreadAnalysis:
    """Every message's asks with owners resolved against the whole thread (then `people`, everyone in
    the mailbox, for a name nobody on the thread answers to), and the thread's verdict."""
    me = frozenset(a.lower() for a in me)
    directory = NameDirectory.from_messages(thread.messages)
    readings = readings or {}
    analyses = {
        m.message_id: analyse_message(m, me, directory, readings.get(m.message_id), people)
        for m in thread.messages
    }
    return ThreadAnalysis(thread, thread_verdict(thread, analyses, me, now), analyses)


def classify_sentence(text: str, now: datetime) -> tuple[bool, AskKind | None, datetime | None]:
    """One sentence on its own: is it an ask, of what kind, and due when (relative to `now`).

    A line that holds several sentences ("Great to see you. Let me know your plans.") is read
    sentence by sentence, as a message is, and reported by its strongest ask.
    """
    best: tuple[str, Detection] | None = None
    for segment in split_sentences(text, AuthorZone((Span(0, len(text)),))):
        detection = detect(segment.text)
        if detection and (best is None or ASK_PRIORITY[detection.kind] > ASK_PRIORITY[best[1].kind]):
            best = segment.text, detection
    if best is None:
        return False, None, None
    sentence, detection = best
    deadline = _usable(_deadline(sentence, detection, _Deadlines(now)), detection)
    return True, detection.kind, deadline.due if deadline else None
