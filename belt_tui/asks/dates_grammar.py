"""Find date-like phrases in text with explicit patterns, before anything tries to resolve them.

Running a date library over whole sentences reads "we" as Wednesday, "may" as May and "3 and 4 by
March 20" as March 4 (see FIELD_NOTES). So this module only *recognises* phrases: small atoms
("tomorrow", "noon", "Friday", "1/20", "end of the week", "within 48 hours") merged into groups when
they sit next to each other ("noon tomorrow", "Monday morning at 10", "3:30 Eastern tomorrow").
Whether a group is a deadline is decided by `dates_context`; what date it means by `dates_resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from belt_tui.asks.lexicon import CaselessTest, word_set


class AtomKind(StrEnum):
    """What slot an atom fills in a phrase; a group holds at most one atom of each kind."""

    DAY = "day"  # a calendar day: today, tomorrow, Friday, next Friday, 1/20, Jan 20, the 15th
    PART = "part"  # a part of a day: morning, this afternoon, EOD, close of business
    TIME = "time"  # a clock time: noon, 3pm, 10:30, "at 10"
    ZONE = "zone"  # a named time zone after a time: Eastern, PT, CET
    PERIOD = "period"  # a stretch of the calendar: this week, end of the month, next week
    SPAN = "span"  # an amount of time from now: within 48 hours, in 3 days, 2d
    ASAP = "asap"  # as soon as possible, immediately, right away
    PAST = "past"  # yesterday, last Monday: recognised only so they are never read as deadlines


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?!-\d)"  # not a range like "August 4-10"
_ORDINAL_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
_YEAR = r"(?:,?\s+\d{4}\b)?"
_FULL_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Some abbreviations collide with English words ("sun", "sat", "wed", "mon"): in mail only capitalised
# ones count. The others are read in any case ("by thurs" in mobile mail).
_SHORT_WEEKDAY_STRICT = r"(?:(?-i:Mon|Wed|Sat|Sun)|tues|tue|weds|thurs|thur|thu|fri)\b\.?"
# ...or in any case right after a deadline word ("by wed", "before mon"): no English word reads so there.
_SHORT_WEEKDAY_LENIENT = r"(?:mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\b\.?"
_NUMBER_WORD = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:a\s+)?couple\s+of|(?:a\s+)?few)"
)
_SPAN_UNIT = r"(?:business\s+days?|working\s+days?|court\s+days?|hours?|hrs?|days?|weeks?|months?)"
_AM_PM = r"(?:a\.m\.|p\.m\.|am|pm)(?!\w)"
# "<place> time" zones ("by COB HK time", "5pm Sydney time"); each first word is a key of the zone table.
_ZONE_PLACES = (
    r"hk|hong\s+kong|singapore|sg|sydney|melbourne|brisbane|perth|auckland|tokyo|seoul|shanghai|beijing"
    r"|london|uk|paris|frankfurt|dubai|new\s+york|ny|nyc|toronto|chicago|vancouver"
)
# "before 11", "by 5": a bare hour after a deadline word, unless a unit or count follows it.
_HOUR_WORDS = ("by", "before", "until", "till")
_HOUR_AFTER_DEADLINE_WORD = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _HOUR_WORDS) + ")"
_NOT_HOURS = (
    r"per\s*cent|percent|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|people|votes|times|of\b"
    r"|pages?|points?|units?|copies|items|k\b|m\b|million|thousand|dollars|cents|or\s+\d|noon|midday|midnight"
)
_DEADLINE_WORD_BEFORE = (
    "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in ("by", "before", "until", "till", "due", "latest")) + ")"
)


def _atom_pattern(lenient: bool) -> re.Pattern[str]:
    """One alternation whose named group tells the atom's detail; `lenient` is for typed input."""
    short = (
        _SHORT_WEEKDAY_LENIENT
        if lenient
        else rf"(?:{_SHORT_WEEKDAY_STRICT}|{_DEADLINE_WORD_BEFORE}(?:mon|wed|sat|sun)\b\.?)"
    )
    weekday = rf"(?:\b{_FULL_WEEKDAY}\b|\b{short})"
    calendar_date = (
        rf"(?:{weekday},?\s+)?(?:"
        rf"\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b"
        # "24/7", "7/12 of the volume" and "1/2 off" are not dates.
        rf"|(?<![\w/.:-])(?!24/7\b)\d{{1,2}}/\d{{1,2}}(?:/(?:\d{{4}}|\d{{2}}))?(?![\w/]|[.:-]\d|\s+off?\b)"
        # "by 16.10", "their 14.10 deadline": day.month as most of the world writes it; only after a
        # deadline word or before "deadline", since "16.10" is also a price or a section number.
        rf"|{_DEADLINE_WORD_BEFORE}\d{{1,2}}\.\d{{1,2}}(?![\w%]|[.,]\d)"
        rf"|\b\d{{1,2}}\.\d{{1,2}}(?=\s+deadline\b)"
        # "19.01.2027" and "07-01-2027" anywhere; "by 15-1" only after a deadline word, like "16.10".
        rf"|\b\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}}\b|\b\d{{1,2}}-\d{{1,2}}-(?:19|20)\d{{2}}\b"
        rf"|{_DEADLINE_WORD_BEFORE}\d{{1,2}}-\d{{1,2}}(?![\w-]|[.,:]\d)"
        rf"|\b{_MONTH}\s*{_DAY_NUMBER}{_YEAR}"
        rf"|(?:\bthe\s+)?\b{_DAY_NUMBER}\s+(?:of\s+)?{_MONTH}{_YEAR})"
    )
    shorthand_span = r"|(?P<short_span>(?<![\w.])\+?\d+\s*(?:d|h|w|wks?|hrs?)\b)" if lenient else ""
    short_idiom = r"|(?P<short_idiom>\b(?:eow|eom)\b)" if lenient else ""
    # Every alternative starts at a word boundary (a lenient "+2d" at its "+"): checking that once
    # first spares trying each alternative inside words.
    return re.compile(
        rf"""
        (?:\b|(?=\+))(?:
        (?P<past>\byesterday\b|\blast\s+(?:{_FULL_WEEKDAY}|week|month|night|year)\b
            |\b{_NUMBER_WORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b|\bearlier\s+today\b)
        |(?P<span>\b(?:within|in)\s+(?:the\s+next\s+)?{_NUMBER_WORD}\s+{_SPAN_UNIT}\b)
        {shorthand_span}
        |(?P<asap>\b(?:asap|as\s+soon\s+as\s+possible|right\s+away|at\s+once)\b
            |\bimmediately\b(?!\s+(?:after|before|following|upon|on)\b))
        |(?P<week_end>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:business\s+|work\s+)?week\b
            |\b(?:later|late)\s+this\s+week\b|\beow\b)
        |(?P<week>\b(?:(?:early|mid|mid-|late|later)\s*)?(?:this|next|the\s+following)\s+week\b)
        |(?P<month_end>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?month\b
            |\b(?:the\s+)?end\s+of\s+{_MONTH}(?!\s*\d)|\bend-{_MONTH}\b|\beom\b)
        |(?P<year_end>\b(?:the\s+)?(?:year[- ]?end|end\s+of\s+(?:the\s+|this\s+)?year)\b|\beoy\b)
        |(?P<next_month>\bnext\s+month\b)
        |(?P<mid_month>\bmid-?\s?(?:{_MONTH}|month\b))
        |(?P<iso_week>\b(?:(?:calendar\s+)?week|wk|kw|cw)\s?(?:[1-9]|[1-4]\d|5[0-3])\b(?![.,:/]\d))
        |(?P<weekend>\b(?:this|the|over\s+the)\s+weekend\b)
        {short_idiom}
        |(?P<eod>\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day\b
            |\b(?:the\s+)?close\s+of\s+(?:business|play)\b|\b(?:the\s+)?end\s+of\s+business\b
            |\b(?:eod|cob|eob|cop)\b)
        |(?P<this_part>\bthis\s+(?:morning|afternoon|arvo|evening)\b|\btonight\b)
        |(?P<part>\bfirst\s+thing(?:\s+in\s+the\s+morning)?\b|\b(?:in\s+the\s+)?(?:morning|afternoon|arvo|evening)\b)
        |(?P<date>{calendar_date})
        |(?P<nth>(?:{weekday},?\s+)?\bthe\s+{_ORDINAL_DAY}(?!\s+(?:of\s+)?{_MONTH})
            |{weekday},?\s+{_ORDINAL_DAY}(?!\s+(?:of\s+)?{_MONTH}))
        |(?P<relative>\b(?:the\s+)?day\s+after\s+tomorrow\b|\btoday\b|\btomorrow\b|\btmrw\b|\btmr\b)
        |(?P<weekday>(?:\b(?:this\s+coming|this|next|coming|the\s+following)\s+)?{weekday}
            (?:\s+(?:of\s+)?next\s+week\b|\s+week\b(?!\s*(?:of\b|\d)))?)
        |(?P<clock>\b(?:noon|midday|midnight)\b|\b\d{{1,2}}:\d{{2}}(?:\s*{_AM_PM})?
            |\b\d{{1,2}}\s*{_AM_PM}|(?<=\bat\s)\d{{1,2}}\b(?![:/.,]?\d|\s*%)
            |{_HOUR_AFTER_DEADLINE_WORD}(?:1[0-2]|0?[1-9])\b(?![:/.,]?\d|\s*(?:%|{_NOT_HOURS})))
        |(?P<zone>(?<=\s)(?:(?:eastern|pacific|central|mountain)(?:\s+(?:standard\s+|daylight\s+)?time)?\b
            |(?:{_ZONE_PLACES})\s+time\b
            |(?-i:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|UTC|GMT|CET|CEST|BST|IST|HKT|SGT|AEST|AEDT|AWST
                |NZST|NZDT|JST|KST)\b)))
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_PATTERNS = {False: _atom_pattern(lenient=False), True: _atom_pattern(lenient=True)}
# Every atom but a zone holds a digit or one of these words, so text without any has no groups (a
# lone zone is dropped). Most sentences have none, and this check costs a small part of running the
# full pattern, which tries every alternative at every word.
_ATOM_HINT = CaselessTest(
    r"\d|\b(?:yesterday|last|ago|today|tomorrow|tmrw?|tonight|days?|hours?|hrs?|weeks?|weekend|months?"
    r"|asap|possible|away|once|immediately|end|business|play|eod|cob|eob|cop|eow|eom|eoy|year-?end|morning"
    r"|afternoon|mid|wk|kw|cw"
    r"|evening|arvo|thing|noon|midday|midnight|(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b"
)

_KIND_OF_DETAIL: dict[str, AtomKind] = {
    "past": AtomKind.PAST,
    "span": AtomKind.SPAN,
    "short_span": AtomKind.SPAN,
    "asap": AtomKind.ASAP,
    "week_end": AtomKind.PERIOD,
    "week": AtomKind.PERIOD,
    "month_end": AtomKind.PERIOD,
    "year_end": AtomKind.PERIOD,
    "next_month": AtomKind.PERIOD,
    "mid_month": AtomKind.PERIOD,
    "iso_week": AtomKind.PERIOD,
    "weekend": AtomKind.PERIOD,
    "short_idiom": AtomKind.PERIOD,
    "eod": AtomKind.PART,
    "this_part": AtomKind.PART,
    "part": AtomKind.PART,
    "date": AtomKind.DAY,
    "nth": AtomKind.DAY,
    "relative": AtomKind.DAY,
    "weekday": AtomKind.DAY,
    "clock": AtomKind.TIME,
    "zone": AtomKind.ZONE,
}

# Kinds that combine into one phrase ("Monday morning at 10 Eastern"); the rest stand alone.
_COMBINABLE = frozenset({AtomKind.DAY, AtomKind.PART, AtomKind.TIME, AtomKind.ZONE})
# What a zone may follow: "5pm ET", "COB HK time", "tomorrow Sydney time".
_ZONED = frozenset({AtomKind.TIME, AtomKind.PART, AtomKind.DAY})
_JOINER = re.compile(r"\s*,?\s*(?:(?:on|at|of)\s+)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Atom:
    """One recognised piece of a date phrase; `detail` is the pattern that matched it."""

    kind: AtomKind
    detail: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Group:
    """Adjacent atoms that together name one moment, e.g. "noon" + "tomorrow"."""

    atoms: tuple[Atom, ...]

    @property
    def start(self) -> int:
        return self.atoms[0].start

    @property
    def end(self) -> int:
        return self.atoms[-1].end

    def get(self, kind: AtomKind) -> Atom | None:
        return next((atom for atom in self.atoms if atom.kind is kind), None)

    def has(self, *kinds: AtomKind) -> bool:
        return any(atom.kind in kinds for atom in self.atoms)

    def has_detail(self, *details: str) -> bool:
        return any(atom.detail in details for atom in self.atoms)


# The words an atom can start with (lower case), read off the alternatives of `_atom_pattern`;
# any word starting with a digit can start one too, and "early"/"mid"/"late" may be glued to the
# next word ("midnext week"). Trying the pattern only where such a word starts gives the same atoms
# as scanning every position (each alternative starts at a word boundary), ~3x faster.
_START_WORDS = word_set(
    "yesterday last earlier within in asap as right at immediately the end later late early mid this next"
    " following eow eom eoy year year-end yearend over close eod cob eob cop tonight first morning afternoon"
    " evening day today"
    " tomorrow tmrw tmr coming noon midday midnight eastern pacific central mountain"
    " et est edt pt pst pdt ct cst cdt mt mst mdt utc gmt cet cest bst ist"
    " hkt sgt aest aedt awst nzst nzdt jst kst hk hong singapore sg sydney melbourne brisbane perth"
    " auckland tokyo seoul shanghai beijing london uk paris frankfurt dubai new ny nyc toronto chicago"
    " vancouver week wk kw cw calendar"
    " monday tuesday wednesday thursday friday saturday sunday"
    " mon tues tue weds wed thurs thur thu fri sat sun"
    " january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sept sep oct nov dec"
    " a an one two three four five six seven eight nine ten eleven twelve couple few"
)
_GLUED_PREFIXES = ("early", "mid", "late")
_WORD = re.compile(r"\w+")


def find_atoms(text: str, lenient: bool = False) -> list[Atom]:
    """Every atom in `text`, left to right, never overlapping."""
    pattern = _PATTERNS[lenient]
    if lenient:  # typed input is short, and "+2d" starts at its "+"
        matches = list(pattern.finditer(text))
    else:
        matches = []
        end = 0
        for word in _WORD.finditer(text):
            if word.start() < end or not _may_start_atom(word.group()):
                continue
            match = pattern.match(text, word.start())
            if match:
                matches.append(match)
                end = match.end()
    atoms = []
    for match in matches:
        detail = match.lastgroup or ""
        atoms.append(Atom(_KIND_OF_DETAIL[detail], detail, match.start(), match.end(), match.group()))
    return atoms


def _may_start_atom(word: str) -> bool:
    # Letters IGNORECASE matches to ASCII that lower() leaves alone: long s, dotless and dotted I.
    token = word.lower().replace("ſ", "s").replace("ı", "i").replace("i\u0307", "i")
    return token[0].isdigit() or token in _START_WORDS or token.startswith(_GLUED_PREFIXES)


def find_groups(text: str, lenient: bool = False) -> list[Group]:
    """Atoms merged into phrases: neighbours separated only by a space, comma, "on", "at" or "of"."""
    if not lenient and not _ATOM_HINT.found_in(text):
        return []
    groups: list[list[Atom]] = []
    for atom in find_atoms(text, lenient):
        current = groups[-1] if groups else None
        if (
            current
            and atom.kind in _COMBINABLE
            and all(a.kind in _COMBINABLE and a.kind is not atom.kind for a in current)
            and _JOINER.fullmatch(text, current[-1].end, atom.start)
            and (atom.kind is not AtomKind.ZONE or current[-1].kind in _ZONED)
        ):
            current.append(atom)
        else:
            groups.append([atom])
    return [Group(tuple(atoms)) for atoms in groups if not _is_stray_zone(atoms)]


def _is_stray_zone(atoms: list[Atom]) -> bool:
    """A zone name alone ("the Eastern district") is not a time."""
    return all(atom.kind is AtomKind.ZONE for atom in atoms)
