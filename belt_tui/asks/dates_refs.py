"""Deadlines that point back at a date named elsewhere in the message.

Writers name a date once and then refer to it: "the deposition on March 12 … I'll let you know before
the deposition", "we sign on the 20th … comments by then", "booked for 3/12 … we'll email the login the
day before". The date a reference means is found among the dates the message names: earlier in the
writer's own words first, then anywhere in the quoted text (explicit calendar dates only there, since a
quoted "tomorrow" was written on another day).

Only the text a reference needs is searched for dates (the writer's earlier sentences, or a window around
each mention of the event's noun), so a long quoted history costs nothing until a reference names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from belt_tui.asks.dates import Deadline
from belt_tui.asks.dates_grammar import AtomKind, Group, find_groups
from belt_tui.asks.dates_resolve import END_OF_BUSINESS, resolve
from belt_tui.asks.lexicon import word_set
from belt_tui.model import Span

_THEN = re.compile(r"\b(?:by|before|until|till|ahead\s+of|prior\s+to)\s+then\b", re.IGNORECASE)
_SAME = re.compile(r"\b(?:the\s+)?same\s+(?:deadline|date|day|cut-?off)\b", re.IGNORECASE)
_DAY_BEFORE = re.compile(
    r"\bthe\s+(?:day|night|evening)\s+before\b(?!\s+(?:yesterday|\w+day)\b)", re.IGNORECASE
)
_DETERMINER = r"(?:the|our|your|his|her|their|its|this|that)\s+"
_EVENT = re.compile(
    rf"\b(?:(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+time\s+for)\s+(?:{_DETERMINER})?"
    rf"|(?:by|until)\s+{_DETERMINER})([a-z][a-z-]{{3,}})\b",
    re.IGNORECASE,
)
# Words after "before" that name no event: times, pronouns' objects, quantities.
_NOT_EVENTS = word_set(
    "then that this else anything everything anyone someone long very much more most next last "
    "noon midnight tomorrow today tonight morning afternoon evening week month year weekend"
)
_SUFFIXES = ("ings", "ing", "es", "ed", "s")
_STEM_MIN = 4
_WINDOW_BEFORE = 80
_WINDOW_AFTER = 40


@dataclass(frozen=True, slots=True)
class MessageText:
    """A message body, the spans of its writer's own sentences, and the moment it was written."""

    body: str
    own: tuple[Span, ...]
    base: datetime


def referenced_deadline(text: str, position: int, message: MessageText) -> Deadline | None:
    """The deadline `text` (at `position` in the body) sets by referring to a date named elsewhere."""
    for pattern, shift in ((_THEN, 0), (_SAME, 0), (_DAY_BEFORE, -1)):
        found = pattern.search(text)
        if found:
            named = _latest_own_date(message, position)
            return _deadline(found, named + timedelta(days=shift)) if named else None
    for found in _EVENT.finditer(text):
        noun = found.group(1).lower()
        if noun in _NOT_EVENTS:
            continue
        named = _event_date(message, noun, position, position + len(text))
        if named is not None:
            return _deadline(found, named)
    return None


def _latest_own_date(message: MessageText, position: int) -> datetime | None:
    """The last coming date the writer named before `position`."""
    for span in sorted((s for s in message.own if s.start < position), key=lambda s: -s.start):
        dates = _dates(message, span.start, min(span.end, position), explicit_only=False)
        if dates:
            return dates[-1][1]
    return None


def _event_date(message: MessageText, noun: str, start: int, end: int) -> datetime | None:
    """The date named next to the event's noun ("deposition on March 12", "launching on March 20"),
    looking at the writer's earlier mentions first (latest first), then the rest of the body."""
    lowered = message.body.lower()
    mentions = []
    for match in re.finditer(rf"\b{re.escape(_stem(noun))}[a-z-]*", lowered):
        word = match.group()
        if start <= match.start() < end or not _same_word(noun, word):
            continue
        own = any(s.start <= match.start() < s.end for s in message.own)
        earlier_own = own and match.start() < start
        mentions.append(
            (0 if earlier_own else 1, -match.start() if earlier_own else match.start(), match, own)
        )
    for _, _, match, own in sorted(mentions, key=lambda m: (m[0], m[1])):
        window_start = max(0, match.start() - _WINDOW_BEFORE)
        dates = _dates(message, window_start, match.end() + _WINDOW_AFTER, explicit_only=not own)
        if dates:
            return min(dates, key=lambda d: abs(d[0] - match.start()))[1]
    return None


def _dates(message: MessageText, start: int, end: int, explicit_only: bool) -> list[tuple[int, datetime]]:
    """(position, date) of the coming dates named in body[start:end]; a quoted date must be explicit."""
    found = []
    for group in find_groups(message.body[start:end]):
        if not _is_date(group, explicit_only):
            continue
        due = resolve(group, message.base, default_time=END_OF_BUSINESS)
        if due is not None and due.date() >= message.base.date():
            found.append((start + group.start, due))
    return found


def _is_date(group: Group, explicit_only: bool) -> bool:
    return group.has_detail("date") or (not explicit_only and group.has(AtomKind.DAY))


def _stem(word: str) -> str:
    """The word without an inflection: "launching" → "launch", "opens" → "open", "closing" → "clos"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
            return word[: -len(suffix)]
    return word


def _same_word(noun: str, word: str) -> bool:
    """One word in two forms: "launch" and "launching", "opening" and "opens", "closing" and "close"."""
    return _stem(noun) in (_stem(word), _stem(word).removesuffix("e"))


def _deadline(found: re.Match[str], due: datetime) -> Deadline:
    return Deadline(
        phrase=found.group(0),
        span=Span(found.start(), found.end()),
        due=due,
        is_event=True,
        confidence=0.7,
        stated=True,
    )
