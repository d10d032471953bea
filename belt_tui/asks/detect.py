"""Is this sentence an ask, and of what kind? Grammar, not memorised phrases.

An ask is recognised by its form: a question put to the reader (not small talk), a polite or
bare imperative, a first-person statement of need, a relayed request, a grant or request of
approval, or a first-person promise of deliverable work. Offers and stock phrases are ruled out
first. Each clause of a sentence is read on its own so "Happy to help; I can have it to you by
noon" is judged by its promise, not its offer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from belt_tui.asks import lexicon as lx
from belt_tui.asks.lexicon import word_set
from belt_tui.asks.promises import promise_in
from belt_tui.model import AskKind

# Independent clauses: after ";", after ", but" / ", so" (not "so that"), and after a question mark.
_CLAUSE_SPLIT = re.compile(r";\s+|,\s+(?:but|so(?!\s+that\b))\s+|\?\s+(?=[a-z])")
_VOCATIVE = re.compile(
    r"^(?:(?:hi|hey|hello|dear|thanks|thank\s+you)\s+)?((?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]+)?)(?:,|\s*[:–—]|\s+-)\s+(?=\S)"
)
_TRAILING_VOCATIVE = re.compile(r",\s+([A-Z][\w'’-]+)\s*[?.!]*$")
_NOT_NAMES = word_set(
    "also and so then but ok okay yes yeah great thanks sure no well now hi hello dear please again sorry "
    "unfortunately alternatively additionally finally separately lastly meanwhile otherwise plus first "
    "second third next today tomorrow tonight apologies understood agreed noted confirmed done perfect "
    "right true actually frankly honestly ideally separately however thus therefore still approved granted"
    " accepted correct exactly indeed absolutely certainly fine good excellent"
)
_PLEASE_VERB = re.compile(r"\b(?:please|pls|plz|porfa)\s+(?:also\s+|just\s+|kindly\s+|do\s+)?([a-z'-]+)")
_APPROVAL_GRANT = re.compile(
    r"^(?:(?:yes|yep|yup|yeah|ok|okay|sure|fine|all\s+good|lgtm|looks\s+good),?\s+)?"
    r"(?:approved(?:\s+(?:both|all(?:\s+of\s+them)?|as\s+marked))?\s*(?:[,.!;]|$)|you\s+(?:may|can)\s+proceed"
    r"|go\s+ahead\b|agree\s+(?:it|to\s+it|to\s+that)\s*[.!]*$|ship\s+it\b"
    r"|(?:i|we)\s+(?:hereby\s+)?(?:agree|consent)\s+to\b|(?:i|we)\s+(?:hereby\s+)?approve\b)"
)
# Authority given: "you have our authority to settle at up to €18,000".
_AUTHORITY = re.compile(
    r"\byou\s+(?:now\s+)?have\s+(?:our\s+|my\s+|the\s+client's\s+|full\s+)?"
    r"(?:authority|approval|consent|permission|go-ahead|blessing)\s+to\s+[a-z]"
)
# Permission given in reply: "Yes, you can agree the extension" (the "yes" is what makes it a grant).
_PERMISSION = re.compile(
    r"^(?:yes|yep|yup|ok|okay|sure|fine|of\s+course|certainly|absolutely),?\s+you\s+(?:can|may)\s+(?!not\b)[a-z]"
)
# "English law with LMAA arbitration is agreed.": a grant in the passive, as a reply to a proposal.
# Not "We'll go ahead once finance is approved": no subordinate clause before it. Tried only on text that
# ends in one of its words (a cheap test: the full pattern scans the whole sentence).
_GRANTED_WORDS = ("agreed", "approved", "accepted")
_PASSIVE_GRANT = re.compile(r"\b(?:is|are)\s+(?:hereby\s+|now\s+)?(?:agreed|approved|accepted)\s*[.!]*$")
_SUBORDINATE = re.compile(r"\b(?:once|if|when|until|after|unless|before|whether|as\s+soon\s+as)\b")
_GO_AHEAD = re.compile(r"\bgo\s+ahead\b|\byou\s+(?:may|can)\s+proceed\b")
_APPROVAL_REQUEST = re.compile(
    r"^(?:may|can|could)\s+(?:we|i)\s+(?:have|get)\s+your\s+(?:approval|ok|okay|consent|sign)"
)
# A need that the list below names ("For the meeting on Monday I need:", "London needs the following:").
_NEEDS_LIST = re.compile(
    r"^(?!.*\b(?:don't|do\s+not|doesn't|no\s+longer)\b).*\b(?:need|needs|require|requires)\b"
)
# "Don't hesitate", "don't worry", "don't be discouraged": comfort and courtesy, not instructions.
_REASSURING_DONTS = frozenset({"hesitate", "worry", "forget", "mind", "feel", "be", "panic", "stress"})
# Comfort to pass on, not work: "Tell him not to worry; he will do great."
_REASSURANCE = re.compile(
    r"^(?:please\s+)?(?:tell|let)\s+\w+\s+(?:know\s+)?(?:not\s+to|there's\s+no\s+need\s+to)\s+worry\b"
)
# Emoji and the like after the last word ("lunch thurs? 🥗"): the mark before them ends the sentence.
_TRAILING_SYMBOLS = re.compile(r"[\s\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]+$")
_PLEASE_LEAD_IN = re.compile(r"\bplease\s*:$")
_NEGATED_GRANT = re.compile(r"\b(?:n't|not|never|before\s+you)\s+(?:\w+\s+)?go\s+ahead\b")
_DONT = re.compile(r"^(?:please\s+)?(?:do\s+not|don't)\s+([a-z-]+)")
# "lets" is how hurried mail writes "let's": no other reading of it opens a clause.
_LETS = re.compile(r"^let(?:'s|s|\s+us)\s+([a-z-]+)")
_WORD = re.compile(r"[a-z][a-z'-]*")
# "Order: 5520", "Order number: CB-55": a field and its value, not an instruction.
_FIELD_LABEL = re.compile(r"^[a-z-]+(?:\s+[a-z-]+){0,2}\s*:")
# "Schedule A is updated", "Exhibit 4 attached": a document's name, not an instruction.
_DOCUMENT_LABEL = re.compile(r"^[A-Z][a-z]+\s+(?:[A-Z]|\d{1,3}(?:\.\d+)?)\b(?!')")
_NAME_ONLY = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)?$")


@dataclass(frozen=True, slots=True)
class Detection:
    """What made a sentence an ask; offsets are into the sentence text."""

    kind: AskKind
    confidence: float
    cue: str
    clause_start: int
    clause_end: int
    addressee: str | None = None
    committer: str | None = None
    checks_availability: bool = False


_STRAIGHT_QUOTES = str.maketrans("’‘“”", "''\"\"")


def normalise(text: str) -> str:
    """Lower-case with straight quotes; same length as `text`, so offsets carry over."""
    return text.translate(_STRAIGHT_QUOTES).lower()


def is_grant(text: str) -> bool:
    """Whether a sentence grants approval ("Approved, go ahead and file."), rather than asking for it;
    "the approved signage plan" grants nothing."""
    norm = normalise(text)
    return bool(_GO_AHEAD.search(norm)) or any(
        _APPROVAL_GRANT.match(_strip_openers(norm[s:e])) for s, e in _clauses(norm)
    )


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in _CLAUSE_SPLIT.finditer(text):
        end = match.start() + (1 if match.group(0).startswith("?") else 0)
        bounds.append((start, end))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def vocative(text: str) -> str | None:
    """The name a sentence is addressed to ("Rick, can you..." or "...by Friday, Rick?")."""
    for pattern in (_VOCATIVE, _TRAILING_VOCATIVE):
        match = pattern.search(text) if pattern is _TRAILING_VOCATIVE else pattern.match(text)
        if match:
            name = match.group(1)
            first = normalise(name.split()[0]).rstrip(".")
            if first not in _NOT_NAMES and first not in lx.IMPERATIVE_VERBS:
                return name
    return None


_OPENER = re.compile(r"^([a-z.'-]+)(?:,|\s)\s*")
# A greeting or thanks with the name after it, up to its comma ("hey maeve one more, do we...").
_GREETING_CHUNK = re.compile(
    r"^(?:hi|hey|hello|hiya|morning|thanks|thank\s+you|cheers|no\s+worries|ta|on\s+it|sure|will\s+do|got\s+it"
    r"|noted|understood|ok|okay)\b"
    r"[^,.;:?!]{0,30},\s+(?=\S)"
)
# A salutation alone: a greeting and names, nothing after them.
_SALUTATION = re.compile(
    r"^(?:hi|hey|hello|hiya|dear|morning|good\s+(?:morning|afternoon|evening))\b"
    r"(?:[\s,]+(?:and\s+)?[\w'’.-]+){0,4}[\s,!.]*$"
)
# A short label before a request ("one more: can you cc Megan on the letter").
_LABEL_LEAD = re.compile(
    r"^[a-z][\w' -]{0,30}:\s+"
    r"(?=(?:can|could|would|will|should|shall|may|might|please|pls|kindly)\b)"
)
_SELF_AFTER_OPENER = re.compile(r"^\w+\s+(?:i|we)\b")


def _strip_openers(clause: str) -> str:
    """Drop a leading vocative and discourse words so the grammar test sees the verb first."""
    text = clause.strip()
    greeting = _GREETING_CHUNK.match(text) or _LABEL_LEAD.match(text)
    if greeting:
        text = text[greeting.end() :]
    for _ in range(4):
        match = _OPENER.match(text)
        if not match:
            break
        word = match.group(1)
        if word in lx.DISCOURSE_OPENERS and not (
            word in ("so", "and", "but") and _SELF_AFTER_OPENER.match(text)
        ):
            text = text[match.end() :]
            continue
        break
    return text


def _after_lead_in(clause: str) -> str:
    """The main clause after an adverbial lead-in ("To review the offer, I'll need...")."""
    first, comma, rest = clause.partition(", ")
    words = first.split()
    if comma and words and words[0] in lx.SUBORDINATE_OPENERS:
        return rest
    return clause


def _verb_kind(verb: str, clause: str) -> AskKind:
    if lx.APPROVAL_CUES.search(clause):
        return AskKind.APPROVAL
    if verb in lx.INFO_VERBS:
        return AskKind.QUESTION
    return AskKind.REQUEST


def _imperative(clause: str, original: str) -> str | None:
    """The verb when the clause is an instruction, possibly after a vocative or an adverbial lead-in."""
    chunks = [c.strip() for c in clause.split(",")]
    originals = [c.strip() for c in original.split(",")]
    for chunk, chunk_original in zip(chunks[:4], originals, strict=False):
        words = _WORD.findall(chunk)
        if not words:
            continue
        first = words[0]
        if first in lx.POLITE_ADVERBS and len(words) > 1:
            first = words[1]
        if (
            first in lx.IMPERATIVE_VERBS
            and not _FIELD_LABEL.match(chunk)
            and not _DOCUMENT_LABEL.match(chunk_original)
        ):
            return None if _speaker_not_reader(first, words) else first
        if (
            first in lx.SUBORDINATE_OPENERS
            or first in lx.DISCOURSE_OPENERS
            or _NAME_ONLY.match(chunk_original)
        ):
            continue
        return None
    return None


def _speaker_not_reader(verb: str, words: list[str]) -> bool:
    """A subjectless sentence about the writer, not an instruction: "Look forward to meeting you",
    "Let me call him" (the writer will act; "let me know / have / see" still asks the reader)."""
    following = words[words.index(verb) + 1 : words.index(verb) + 3]
    if verb == "look":
        return following[:1] == ["forward"]
    if following[:1] and following[0] in _NOUN_SIGNS:
        return True  # "E-mail is fine.", "Schedule was agreed": the verb's form is a noun here
    if verb == "use":
        return following[:1] == ["of"]
    if verb == "let":
        return len(following) == 2 and following[0] in ("me", "us") and following[1] not in _LET_ME_ASKS
    return False


_LET_ME_ASKS = word_set("know have see hear get")
_NOUN_SIGNS = word_set("is are was were looks sounds works seems has")


_STATED_REQUESTS = (
    lx.WRITING_TO_ASK,
    lx.WOULD_BE_GREAT_IF_YOU,
    lx.ASK_THAT_YOU,
    lx.PASSIVE_REQUEST,
    lx.WOULD_LIKE_THING,
)


def _passive_grant(text: str) -> bool:
    return (
        text.rstrip(" .!").endswith(_GRANTED_WORDS)
        and _PASSIVE_GRANT.search(text) is not None
        and _SUBORDINATE.search(text) is None
    )


def _grants_mid_sentence(text: str) -> bool:
    grant = lx.GO_AHEAD_GRANT.search(text)
    return bool(grant and lx.GRANT_LEAD.search(text, 0, grant.start()) and not _NEGATED_GRANT.search(text))


def _is_offer(text: str) -> bool:
    return bool(lx.OFFERS.search(text) or lx.CONDITIONAL_OFFER.match(text))


def _detect_clause(clause: str, original: str) -> tuple[AskKind, float, str, str | None] | None:
    """(kind, confidence, cue, committer) for one clause, or None when it is not an ask."""
    if _SALUTATION.match(clause.strip()):
        return None  # "Hi Mark," greets Mark; it does not tell anyone to mark anything
    body = _strip_openers(clause)
    named = vocative(original.strip())
    if named:
        body = (
            _strip_openers(body[len(named) :].lstrip(", :–—-"))
            if normalise(named) == body[: len(named)]
            else body
        )
    if lx.SMALL_TALK.match(body) or lx.RHETORICAL.match(body) or _REASSURANCE.match(body):
        return None
    ending = _TRAILING_SYMBOLS.sub("", body)
    if ending.endswith("?"):
        return _question(body, 0.9, 0.75)
    if ending.endswith(":") and lx.MODAL_TO_READER.match(body):
        return _question(body, 0.85, 0.75)  # a request leading in to a list ("Could you help with these:")
    if ending.endswith(":") and _NEEDS_LIST.search(body):
        return AskKind.REQUEST, 0.75, "needs what the list names", None  # "For Monday I need:"
    if lx.INVERTED_QUESTION.match(body) and not lx.CONDITIONAL_OPENING.match(body):
        return _question(body, 0.8, 0.65)  # "can u push back on the date asap."
    main = _after_lead_in(body)
    if main is not body and (lx.MODAL_TO_READER.match(main) or lx.INVERTED_QUESTION.match(main)):
        return _question(main, 0.8, 0.65)  # "If you get a minute, can you call me to discuss."
    if (
        lx.STATUS_CHASE.match(body)
        or lx.WH_QUESTION.match(body)
        or lx.CHECK_QUESTION.match(body)
        or (body.rstrip(" ?").endswith(lx.TAG_ENDINGS) and lx.TAG_QUESTION.search(body))
    ):
        return AskKind.QUESTION, 0.6, "question without its mark", None
    if (
        _APPROVAL_GRANT.match(body)
        or _grants_mid_sentence(body)
        or _passive_grant(body)
        or _PERMISSION.match(clause.strip())
        or _AUTHORITY.search(body)
    ):
        return AskKind.APPROVAL, 0.85, "grants approval", None
    if lx.MODAL_TO_READER.match(body) or lx.ANY_CHANCE_YOU.match(body) or lx.WANT_ME_TO.match(body):
        return _question(body, 0.8, 0.65)  # "maeve can you run with this one."
    tail = body.rpartition(", ")[2]
    if tail is not body and lx.MODAL_TO_READER.match(tail) and not lx.CONDITIONAL_OPENING.match(body):
        return _question(tail, 0.75, 0.6)  # "still nothing from accounts though, can you check again"
    if _is_offer(body) and not lx.FIRST_PERSON_CAN_HAVE.search(body):
        return None
    please = _PLEASE_VERB.search(body)
    if please:
        verb = please.group(1)
        return _verb_kind(verb, body), 0.9, "'please' request", None
    if _PLEASE_LEAD_IN.search(body):
        return AskKind.REQUEST, 0.85, "'please' lead-in", None
    polite = lx.IF_YOU_COULD.match(body)
    if polite and polite.group(1) in lx.IMPERATIVE_VERBS:
        return _verb_kind(polite.group(1), body), 0.75, "'if you could' request", None
    if lx.LET_US_KNOW.match(body):
        return _verb_kind("let", body), 0.85, "'let me know' question", None
    negative = _DONT.match(body)
    if negative and negative.group(1) not in _REASSURING_DONTS:
        return AskKind.REQUEST, 0.75, f"instruction not to {negative.group(1)}", None
    lets = _LETS.match(body)
    if lets and lets.group(1) not in lx.LETS_MUSING:
        return AskKind.REQUEST, 0.7, "'let's' proposal", None
    verb = (
        None
        if lx.ATTACHED_NOTE.match(body)
        else _imperative(body, original.strip()[len(clause.strip()) - len(body) :])
    )
    if verb:
        return _verb_kind(verb, body), 0.75, f"imperative '{verb}'", None
    if lx.NEED.match(body) or lx.NEED.match(_after_lead_in(body)) or lx.NEED_ANYWHERE.search(body):
        kind = (
            AskKind.QUESTION
            if re.search(r"\b(?:know|call|decision|answer|thoughts|views?|advice|opinion|whether|if)\b", body)
            else AskKind.REQUEST
        )
        return kind, 0.7, "statement of need", None
    if lx.REPORTED_REQUEST.search(body):
        return AskKind.REQUEST, 0.75, "relayed request", None
    if lx.RELAYED_QUESTION.search(body):
        return AskKind.QUESTION, 0.65, "relayed question", None
    if any(pattern.search(body) for pattern in _STATED_REQUESTS):
        return _verb_kind("", body), 0.7, "stated request", None
    told = lx.YOU_MUST.search(body)
    if told and told.group(1) in lx.IMPERATIVE_VERBS and not negative:
        return _verb_kind(told.group(1), body), 0.65, f"'you need to {told.group(1)}'", None
    promise = None if _is_offer(body) else promise_in(body, original)
    if promise:
        committer, confidence = promise
        return AskKind.COMMITMENT, confidence, "promise of work", committer or None
    return None


def _question(
    body: str, modal_confidence: float, confidence: float
) -> tuple[AskKind, float, str, None] | None:
    """A question put to the reader: an offer, a request for approval, a modal request or a plain question."""
    if _is_offer(body):
        return None
    if _APPROVAL_REQUEST.match(body):
        return AskKind.APPROVAL, modal_confidence, "asks for approval", None
    modal = lx.MODAL_TO_READER.match(body) or lx.ANY_CHANCE.search(body)
    if modal:
        after = _WORD.findall(body[modal.end() :])
        verbs = [w for w in after[:4] if w not in ("please", "also", "just", "kindly", "be", "able", "to")]
        verb = verbs[0] if verbs else ""
        return _verb_kind(verb, body), modal_confidence, f"'{body[: modal.end()].strip()}' question", None
    kind = AskKind.APPROVAL if lx.APPROVAL_CUES.search(body) else AskKind.QUESTION
    return kind, confidence, "direct question", None


# Which ask a sentence (or a line of several) is reported as when it holds more than one.
ASK_PRIORITY = {AskKind.APPROVAL: 3, AskKind.REQUEST: 2, AskKind.QUESTION: 2, AskKind.COMMITMENT: 1}


def detect(text: str) -> Detection | None:
    """The ask in a sentence, if any: its kind, confidence, the cue that decided it and the clause."""
    norm = normalise(text)
    best: Detection | None = None
    for start, end in _clauses(norm):
        found = _detect_clause(norm[start:end], text[start:end])
        if not found:
            continue
        kind, confidence, cue, committer = found
        candidate = Detection(
            kind=kind,
            confidence=confidence,
            cue=cue,
            clause_start=start,
            clause_end=end,
            addressee=vocative(text),
            committer=committer,
            checks_availability=bool(lx.AVAILABILITY_CHECK.search(norm[start:end].strip())),
        )
        if best is None or ASK_PRIORITY[candidate.kind] > ASK_PRIORITY[best.kind]:
            best = candidate
    return best
