"""Decide whether a date phrase in a sentence is a deadline, by reading the words around it.

A date is a deadline when a deadline word introduces it ("by", "before", "no later than", "due"),
when it is tied to an event ("before the hearing on 1/20"), or when it plainly schedules the act
("I'll send them Thursday", "Can we talk tomorrow?"). It is not one when it describes the past ("the
hearing on March 3 went well"), only proposes a time ("Are you free Tuesday?"), modifies a noun ("the
December 30 notice"), sits inside a quoted title, or is obviously someone else's deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from belt_tui.asks.dates_grammar import AtomKind, Group
from belt_tui.asks.dates_resolve import END_OF_BUSINESS, START_OF_BUSINESS


class Link(StrEnum):
    """How the phrase is attached to the sentence, strongest first."""

    DEADLINE = "deadline"  # by, before, no later than, until, due
    EVENT = "event"  # before the hearing on <date>, ahead of Tuesday's call
    SCHEDULE = "schedule"  # on, at, for
    BARE = "bare"  # no preposition: "I'll send them Thursday"


_DEADLINE_WORDS = re.compile(
    r"\b(?P<word>no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|prior\s+to|in\s+advance\s+of|ahead\s+of"
    r"|between\s+now\s+and|by|before|until|till|due(?:\s+(?:on|by|at))?|deadline(?:\s+(?:is|of))?)\s*$",
    re.IGNORECASE,
)
_SCHEDULE_WORDS = re.compile(r"\b(?P<word>on|at|for|around|sometime)\s*$", re.IGNORECASE)
_NOT_A_DEADLINE_BEFORE = re.compile(
    r"\b(?:since|after|from|to|starting|beginning|as\s+of|effective|through|thru|dated|last|between)\s*(?:on\s+)?$"
    r"|\bbetween\s+(?!now\b)(?:\S+\s+){1,4}and\s+$"
    r"|\b(?:their|his|her)\s+(?:own\s+)?deadline\s+(?:is\s+|of\s+)?$",
    re.IGNORECASE,
)
_EVENT_NOUNS = (
    r"(?:hearing|meeting|call|conference|mediation|deposition|depo|trial|closing|signing|argument|session"
    r"|interview|presentation|arbitration|appointment|walkthrough|consultation|board|filing|deadline)s?"
)
_EVENT_BEFORE = re.compile(
    r"\b(?P<word>before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+time\s+for|for|by)\s+"
    r"(?:the|our|your|their|his|her|its|this|that|[A-Z][\w.&-]*'s)\s+(?:[\w'&-]+\s+){0,3}?"
    rf"{_EVENT_NOUNS}\s+(?:(?:on|at|scheduled\s+for|set\s+for)\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\s+\w", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|our|your|their|his|her|its|this|that|these|those)\s*$|['’]s\s*$", re.IGNORECASE
)
_START_OF_DAY_WORDS = re.compile(r"before|prior|ahead|advance|time\s+for", re.IGNORECASE)
_PAST_MARKERS = re.compile(
    r"\b(?:went|was|were|had|did|got|gave|made|met|saw|heard|wrote|took|came|discussed|mentioned|said|told|sent"
    r"|received|filed|served|signed|spoke|talked|called|agreed|happened|held|occurred|finished|completed|closed"
    r"|approved|arrived|yesterday|ago|previously)\b|\btook\s+place\b",
    re.IGNORECASE,
)
# Only the words right around a "by"/"before" date can make it past: "was due by Friday", "by Monday we had".
_PAST_BEFORE_DEADLINE = re.compile(r"\b(?:was|were|had\s+been)\s+due\s*(?:by|on|before)?\s*$", re.IGNORECASE)
_PAST_AFTER_DEADLINE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:went|was|were|had|did|met|happened|occurred|took\s+place)\b", re.IGNORECASE
)
_DETERMINER_AT_END = re.compile(r"\s+(?:the|our|your|their|his|her|its|this|that)\s*$", re.IGNORECASE)
_DEADLINE_NOUN_AFTER = re.compile(r"^\s+(?:deadline|cut-?off|due\s+date)\b", re.IGNORECASE)
_FUTURE_PASSIVE = re.compile(r"\b(?:be|being)\s+(?:\w+\s+)?\w*(?:ed|held|made|sent|done)\b", re.IGNORECASE)
_PROPOSAL_MARKERS = re.compile(
    r"\b(?:free|available|availability|convenient|suits?)\b|\bworks?\s+(?:for|with|better)\b"
    r"|\bworks?\s*(?:[?.!,]|$)|\b(?:does|would|will|do|can|could)\b[^.?!]*\bwork\b\s*\?",
    re.IGNORECASE,
)
_SOMEONE_ELSES = re.compile(
    r"^\W*(?:they|he|she|the\s+other\s+side|opposing\s+counsel)\b(?:\s+\w+){0,2}?\s+"
    r"(?:wants?|wanted|needs?|needed|expects?|expected|requires?|required|asked|gave|set|demand(?:s|ed)?)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"\n]{1,200}"|“[^”\n]{1,200}”')
_CLAUSE_BREAK = re.compile(
    r"[;!?\n]|\.(?=\s|$)|,\s*(?=(?:and|but|so|because|as|since|while|which|though|although)\b)"
    r"|\s(?=(?:but|so|because|although|though|whereas)\s)",
    re.IGNORECASE,
)
_CLAUSE_BREAK_WITH_COMMAS = re.compile(rf"{_CLAUSE_BREAK.pattern}|,", re.IGNORECASE)
_CONTEXT_CHARS = 80

_SCORES = {Link.DEADLINE: 3.0, Link.EVENT: 3.0, Link.SCHEDULE: 2.0}
_CONFIDENCES = {Link.DEADLINE: 0.9, Link.EVENT: 0.85, Link.SCHEDULE: 0.75}
_DAY_BONUS = 0.25
_REQUEST_IN_CLAUSE = re.compile(r"\bplease\b|\b(?:can|could|would|will)\s+you\b", re.IGNORECASE)
_SELF_EVIDENT_DETAILS = frozenset(
    {"relative", "eod", "this_part", "week", "week_end", "month_end", "year_end", "next_month", "weekend"}
    | {"short_idiom"}
)


@dataclass(frozen=True, slots=True)
class Reading:
    """A date phrase judged to be a deadline: where it starts (with its deadline word) and how sure."""

    group: Group
    start: int
    link: Link
    score: float
    confidence: float
    default_time: time

    @property
    def end(self) -> int:
        return self.group.end

    @property
    def is_event(self) -> bool:
        return self.link is Link.EVENT

    @property
    def is_stated(self) -> bool:
        return self.link is Link.DEADLINE


def read_deadline(text: str, group: Group) -> Reading | None:
    """How `group` is used in `text`, or None when it is not a deadline there."""
    if group.has(AtomKind.PAST) or _inside_quotes(text, group.start):
        return None
    before = text[max(0, group.start - _CONTEXT_CHARS) : group.start]
    if _NOT_A_DEADLINE_BEFORE.search(before):
        return None
    link, start = _link(text, group, before)
    weak = link in (Link.SCHEDULE, Link.BARE)
    names_a_day = group.has(AtomKind.DAY, AtomKind.PERIOD, AtomKind.SPAN, AtomKind.ASAP) or _self_evident(
        group
    )
    if weak and not names_a_day:
        return None  # "starting at 9:30" is a time of day, not a deadline
    if (
        weak
        and not group.has(AtomKind.SPAN, AtomKind.ASAP)
        and _rejected_as_mention(text, group, before, link)
    ):
        return None
    if link in (Link.DEADLINE, Link.EVENT) and (
        _PAST_BEFORE_DEADLINE.search(text, 0, group.start) or _PAST_AFTER_DEADLINE.match(text[group.end :])
    ):
        return None
    clause = _clause(text, group.start, commas=True)
    score, confidence = _strength(group, link)
    if _SOMEONE_ELSES.search(clause):
        score, confidence = score - 2.5, 0.4
    default = START_OF_BUSINESS if _START_OF_DAY_WORDS.search(text[start : group.start]) else END_OF_BUSINESS
    return Reading(group, start, link, score, confidence, default)


def _link(text: str, group: Group, before: str) -> tuple[Link, int]:
    offset = group.start - len(before)
    event = _EVENT_BEFORE.search(before)
    if event:
        return Link.EVENT, offset + event.start()
    deadline = _DEADLINE_WORDS.search(before)
    if deadline is None and _DEADLINE_NOUN_AFTER.match(text[group.end :]):
        # "before the noon deadline", "before their 14.10 deadline"
        deadline = _DEADLINE_WORDS.search(_DETERMINER_AT_END.sub(" ", before))
    if deadline:
        possessive = _POSSESSIVE_AFTER.match(text[group.end :])
        return (Link.EVENT if possessive else Link.DEADLINE), offset + deadline.start()
    schedule = _SCHEDULE_WORDS.search(before)
    if schedule:
        return Link.SCHEDULE, offset + schedule.start()
    return Link.BARE, group.start


def _self_evident(group: Group) -> bool:
    """Phrases that name a deadline on their own: "tomorrow", "EOD", "next week", "tonight"."""
    return any(atom.detail in _SELF_EVIDENT_DETAILS for atom in group.atoms)


def _rejected_as_mention(text: str, group: Group, before: str, link: Link) -> bool:
    """A weakly attached date that describes the past, proposes a time, or modifies a noun."""
    day = group.get(AtomKind.DAY)
    if day is not None and day.detail == "nth" and link is Link.BARE:
        return True
    # "today" and "tomorrow" modify no noun, so "call her today" has no determiner before them.
    modifiable = not group.has_detail("relative", "this_part")
    if link is Link.BARE and (
        (modifiable and _DETERMINER_BEFORE.search(before)) or _POSSESSIVE_AFTER.match(text[group.end :])
    ):
        return True
    clause = _clause(text, group.start, commas=False)
    own = _clause(text, group.start, commas=True)
    # The past tense of a neighbouring clause does not reach a request ("Approved, please close on the 9th").
    tense = _FUTURE_PASSIVE.sub(" ", own if _REQUEST_IN_CLAUSE.search(own) else clause)
    return bool(_PAST_MARKERS.search(tense) or _PROPOSAL_MARKERS.search(clause))


def _strength(group: Group, link: Link) -> tuple[float, float]:
    if link is Link.DEADLINE and group.has(AtomKind.DAY):
        return _SCORES[link] + _DAY_BONUS, _CONFIDENCES[link]  # "by Friday" over "ahead of next week"
    if link is not Link.BARE:
        return _SCORES[link], _CONFIDENCES[link]
    if _self_evident(group) or group.has(AtomKind.SPAN, AtomKind.ASAP):
        return 2.0, 0.8
    return 1.5, 0.65


def _clause(text: str, position: int, commas: bool) -> str:
    """The clause around `position`, so one clause's past tense does not spill onto the next."""
    pattern = _CLAUSE_BREAK_WITH_COMMAS if commas else _CLAUSE_BREAK
    start = max((m.end() for m in pattern.finditer(text, 0, position)), default=0)
    following = pattern.search(text, position)
    return text[start : following.start() if following else len(text)]


def _inside_quotes(text: str, position: int) -> bool:
    return any(m.start() < position < m.end() for m in _QUOTED.finditer(text))
