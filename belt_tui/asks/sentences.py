"""Sentences of the author zone as spans into the displayed body.

Each sentence keeps its exact offsets so the TUI can highlight it and a follow-up can quote it:
`body[span.start:span.end] == text` always holds. List items are their own sentences and carry
no bullet marker. A hand-written splitter, not pysbd: pysbd costs ~1 ms a sentence (a 10k-message
scan would spend its whole budget there) and does not know bullets or mail salutations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from belt_tui.asks.clean import AuthorZone
from belt_tui.asks.lexicon import word_set
from belt_tui.model import Span

# Markers of list items; "ad 1)" and "re 2." (Latin "ad", "regarding") as European writers answer points.
_BULLET = re.compile(
    r"^[ \t]*(?:[-*•·–—▪◦➢]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\[\d{1,2}\]|(?:[Aa]d|[Rr]e)\s+\d{1,2}[.):])"
    r"[ \t]+(?=\S)"
)
# A lower-case start counts too: mobile mail writes "any word from them? need to know by thurs".
_BOUNDARY = re.compile(r"[.?!]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_])")
_ABBREVIATIONS = word_set(
    "mr mrs ms dr prof st no nos vol sec secs inc ltd co corp jr sr vs v e.g i.e cf jan feb mar apr jun "
    "jul aug sep sept oct nov dec ct cty sup ret approx fig p pp para art u.s a.m p.m ex esq attn dept "
    "est min max resp ave blvd rd ste tel ph.d hon gen rev etc incl excl cc adv messrs"
)
_SHORT_INTRO_WORDS = 6
# The narrowest width mail clients wrap plain text at.
_WRAP_WIDTH = 72
# Longer than any client wraps at (78 is the widest common setting).
_UNWRAPPED_WIDTH = 80
# Words that open a new clause in lower-case mobile mail.
_CLAUSE_OPENERS = word_set(
    "and also but so pls plz please can could would will should shall do does did is are was were have has"
    " need what where when who how why which any thanks thx i we you u lmk"
)
_GREETING_LINE = re.compile(
    r"^\s*(?:hi|hey|hello|hiya|dear|morning|good\s+(?:morning|afternoon|evening)|g'day)\b(?:\s+[\w'.-]+){0,3}\s*$",
    re.IGNORECASE,
)
# A line that only acknowledges ("great thx", "ok, thanks!"): whatever follows starts a new sentence.
_ACK_LINE = re.compile(
    r"^\s*(?:great|ok|okay|perfect|thanks|thank\s+you|thx|ty|cheers|noted|got\s+it|understood|sounds\s+good)"
    r"(?:[\s,!]+(?:thanks|thank\s+you|thx|ty|so\s+much|a\s+lot|again|much))*[\s!]*$",
    re.IGNORECASE,
)
_NEWLINE = re.compile(r"\n")
_STOP = re.compile(r"[.?!]")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence with what the detectors need to know about its place in the message."""

    text: str
    span: Span
    paragraph: int
    is_item: bool = False
    ends_block: bool = False

    @property
    def is_intro(self) -> bool:
        """A sentence ending in ':' introduces the list or lines below it, as does a question asking for
        "the following" ("Could you mail me copies of the following by year end?")."""
        return self.text.endswith(":") or (self.text.endswith("?") and "the following" in self.text.lower())


def _line_spans(body: str, span: Span) -> list[Span]:
    spans = []
    start = span.start
    for match in _NEWLINE.finditer(body, span.start, span.end):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, span.end))
    return [s for s in spans if body[s.start : s.end].strip()]


def _breaks_after(line: str) -> bool:
    """Whether a line ends a block: it ends a sentence, introduces a list, or is a salutation (with its
    comma, or as mobile mail writes it: "hi maeve" on a line of its own)."""
    text = line.rstrip()
    if text.endswith((".", "?", "!", ":", ";")):
        return True
    if text.endswith(","):
        return len(text.split()) <= _SHORT_INTRO_WORDS
    return bool(_GREETING_LINE.match(text) or _ACK_LINE.match(text))


def _hard_break(previous: str, line: str, unwrapped: bool) -> bool:
    """Whether the writer ended the sentence on `previous` by hand, without a stop, as mobile mail sends one
    ask a line ("pls book the room for the 8th" / "and can you check the interpreter"): the next word
    would have fitted on the line, so no client wrapped it there (they wrap at 72 columns or more), or
    the client wraps nothing; and the line opens a clause (a capital, or a word such as "and", "can")."""
    words = line.split(maxsplit=1)
    if not words or (not unwrapped and len(previous.rstrip()) + 1 + len(words[0]) > _WRAP_WIDTH):
        return False
    return words[0][0].isupper() or words[0].lower() in _CLAUSE_OPENERS


def _unwrapped(body: str, zone: AuthorZone) -> bool:
    """Whether the writer's client leaves lines unwrapped: a line of prose longer than any client wraps
    at (not a link). A line break there before a new clause was typed ("...before the interview is
    scheduled" / "And can our son still come with us?"), however long the line before it."""
    for paragraph in zone.spans:
        for line in body[paragraph.start : paragraph.end].split("\n"):
            if len(line) > _UNWRAPPED_WIDTH and " " in line.strip() and "://" not in line:
                return True
    return False


def _blocks(body: str, paragraph: Span, unwrapped: bool) -> list[tuple[Span, bool]]:
    """Runs of lines that read as one unit: a list item, or wrapped prose; (span, is_item)."""
    blocks: list[tuple[Span, bool]] = []
    previous_line = ""
    # Lines with no stop anywhere in their paragraph are mobile mail's sentences ("the lease is only in
    # my name is that ok" / "can I pay the last $500 after the interview"): wrapped prose has stops.
    no_stops = not _STOP.search(body, paragraph.start, paragraph.end)
    for line in _line_spans(body, paragraph):
        text = body[line.start : line.end]
        bullet = _BULLET.match(text)
        if bullet:
            blocks.append((Span(line.start + bullet.end(), line.end), True))
        elif (
            blocks
            and not no_stops
            and not _breaks_after(previous_line)
            and not _hard_break(previous_line, text, unwrapped)
        ):
            start, is_item = blocks[-1]
            blocks[-1] = (Span(start.start, line.end), is_item)
        else:
            blocks.append((line, False))
        previous_line = text
    return blocks


def _is_abbreviation(text: str, dot: int) -> bool:
    """The period at `dot` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):  # [\w.]+ before the dot
        start -= 1
    if start == dot:
        return False
    token = text[start:dot].lower()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _split_block(body: str, block: Span) -> list[Span]:
    text = body[block.start : block.end]
    cuts = [0]
    for match in _BOUNDARY.finditer(text):
        last_mark = match.start() + len(match.group(0).rstrip("\"'”’)]")) - 1
        if _is_abbreviation(text, last_mark):
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    spans = []
    for start, end in pairwise(cuts):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append(Span(block.start + start + lead, block.start + start + trail))
    return spans


def split_sentences(body: str, zone: AuthorZone) -> list[Segment]:
    """Every sentence in the zone, in order, each with offsets into `body`."""
    segments: list[Segment] = []
    unwrapped = _unwrapped(body, zone)
    for paragraph_index, paragraph in enumerate(zone.spans):
        for block, is_item in _blocks(body, paragraph, unwrapped):
            pieces = _split_block(body, block)
            for piece_index, piece in enumerate(pieces):
                segments.append(
                    Segment(
                        text=body[piece.start : piece.end],
                        span=piece,
                        paragraph=paragraph_index,
                        is_item=is_item,
                        ends_block=piece_index == len(pieces) - 1,
                    )
                )
    return segments
