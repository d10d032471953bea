"""Deadlines that point back at a date named elsewhere in the message.

Writers name a date once and then refer to it: "the deposition on March 12 … I'll let you know before
the deposition", "we sign on the 20th … comments by then", "booked for 3/12 … we'll email the login the
day before". The date a reference means is found among the dates the message mentions: earlier in the
writer's own words first, then anywhere in the quoted text (explicit calendar dates only there, since a
quoted "tomorrow" was written on another day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from belt_tui.asks.dates import Deadline
from belt_tui.asks.dates_grammar import AtomKind, find_groups
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
# Words after "before" that name no event: times, pronouns' objects, verbs of a clause ("before signing").
_NOT_EVENTS = word_set(
    "then that this else anything everything anyone someone long very much more most next last "
    "noon midnight tomorrow today tonight morning afternoon evening week month year weekend"
)
_WORD = re.compile(r"[a-z][a-z-]+")
_STEM = 5
_CONTEXT_BEFORE = 80
_CONTEXT_AFTER = 40


@dataclass(frozen=True, slots=True)
class Mention:
    """A coming date the message names, where, and the words around it (to find "the deposition")."""

    position: int
    due: datetime
    words: frozenset[str]
    own: bool


def date_mentions(body: str, own: list[Span], base: datetime) -> list[Mention]:
    """Every date on or after the message day that the body names, in body order."""
    mentions = []
    for group in find_groups(body):
        inside = any(span.start <= group.start < span.end for span in own)
        explicit = group.has_detail("date") or (inside and group.has(AtomKind.DAY))
        if not explicit:
            continue
        due = resolve(group, base, default_time=END_OF_BUSINESS)
        if due is None or due.date() < base.date():
            continue
        context = body[max(0, group.start - _CONTEXT_BEFORE) : group.end + _CONTEXT_AFTER].lower()
        mentions.append(Mention(group.start, due, frozenset(_WORD.findall(context)), inside))
    return mentions


def referenced_deadline(text: str, position: int, mentions: list[Mention]) -> Deadline | None:
    """The deadline `text` (at `position` in the body) sets by referring to a date named elsewhere."""
    earlier = [m for m in mentions if m.own and m.position < position]
    for pattern, shift in ((_THEN, 0), (_SAME, 0), (_DAY_BEFORE, -1)):
        found = pattern.search(text)
        if found and earlier:
            return _deadline(text, found, earlier[-1].due + timedelta(days=shift))
    for found in _EVENT.finditer(text):
        noun = found.group(1).lower()
        if noun in _NOT_EVENTS:
            continue
        ranked = [*reversed(earlier), *(m for m in mentions if not (m.own and m.position < position))]
        named = next((m for m in ranked if any(_same_word(noun, word) for word in m.words)), None)
        if named is not None:
            return _deadline(text, found, named.due)
    return None


def _same_word(noun: str, word: str) -> bool:
    """ "launch" is "launching"; "deposition" is "depositions"; short words must match whole."""
    if noun == word:
        return True
    shared = len(noun) >= _STEM and len(word) >= _STEM and noun[:_STEM] == word[:_STEM]
    return shared and (word.startswith(noun) or noun.startswith(word))


def _deadline(text: str, found: re.Match[str], due: datetime) -> Deadline:
    return Deadline(
        phrase=found.group(0),
        span=Span(found.start(), found.end()),
        due=due,
        is_event=True,
        confidence=0.7,
        stated=True,
    )
