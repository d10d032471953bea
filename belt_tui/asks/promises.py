"""Promises: whether a clause commits someone to deliverable work, and whom.

The writer's own promises come in many shapes ("I'll send...", "will sort it by monday", "Notice to
follow.", "Our team will share...", "I am checking and will revert"); a promise made for someone else
names them ("Noor will book...", "Priya's got it, she'll send it", "maya will send the wire amounts").
Offers and conditions ("if they agree, we'll file") are ruled out by the caller and here.
"""

from __future__ import annotations

from belt_tui.asks import lexicon as lx
from belt_tui.asks.lexicon import word_set

_PRONOUNS = word_set("she he they it this that the we you i there these those our my their his her")
# "I'll look at it tomorrow" promises work; "I'll look forward to it" does not.
_LOOK_AT = frozenset({" at", " into", " over", " through"})


def promise_in(clause: str, original: str) -> tuple[str, float] | None:
    """(committer, confidence) when the clause promises deliverable work; committer "" is the sender.

    `clause` is normalised (lower case, straight quotes); `original` keeps the capitals names need.
    """
    if lx.CONDITIONAL_OPENING.match(clause):
        return None
    return _writers_promise(clause) or _promise_for_someone(clause, original.strip())


def _writers_promise(clause: str) -> tuple[str, float] | None:
    for match in lx.FIRST_PERSON_FUTURE.finditer(clause):
        verb = match.group(1)
        if verb in lx.COMMIT_VERBS or (verb == "look" and match.group(2) in _LOOK_AT):
            return "", 0.85
        also = lx.AND_THEN_VERB.match(clause[match.end(1) :])
        if also and also.group(1) in lx.COMMIT_VERBS:
            return "", 0.8
        if verb == "have" and lx.HAVE_DELIVERY.search(clause[match.end() :]):
            return "", 0.8
    present = lx.PRESENT_PROMISE.match(clause)
    if present and present.group(1) in lx.COMMIT_VERBS and lx.DEADLINE_HINT.search(clause):
        return "", 0.65
    can_do = lx.FIRST_PERSON_CAN_DO.match(clause)
    if (lx.FIRST_PERSON_CAN_HAVE.search(clause) or (can_do and can_do.group(1) in lx.COMMIT_VERBS)) and (
        lx.DEADLINE_HINT.search(clause)
    ):
        return "", 0.75
    if lx.YOU_WILL_HAVE.search(clause):
        return "", 0.8
    if lx.YOU_WILL_HAVE_ANY.search(clause) and lx.DEADLINE_HINT.search(clause):
        return "", 0.7
    bare = lx.BARE_WILL.match(clause)
    if bare and _delivers(bare.group(1), clause[bare.end(1) :]):
        return "", 0.7
    own_side = lx.OWN_SIDE_FUTURE.match(clause)
    if lx.TO_FOLLOW.match(clause) or (own_side and own_side.group(1) in lx.COMMIT_VERBS):
        return "", 0.7
    conjoined = lx.FIRST_PERSON_AND_WILL.search(clause)
    if conjoined and conjoined.group(1) in lx.COMMIT_VERBS:
        return "", 0.75
    if (
        (
            lx.FIRST_PERSON_SHOULD_HAVE.search(clause)
            and (lx.DEADLINE_HINT.search(clause) or "within" in clause)
        )
        or (lx.OWN_WORK_DELIVERED.match(clause) and lx.DEADLINE_HINT.search(clause))
        or (clause.startswith("will do ") and lx.DEADLINE_HINT.search(clause))  # "will do tonight"
    ):
        return "", 0.7
    return None


def _promise_for_someone(clause: str, original: str) -> tuple[str, float] | None:
    lower = lx.LOWER_THIRD_PARTY_FUTURE.match(original)
    if lower and lower.group(1) not in lx.NOT_PEOPLE and lower.group(2) in lx.COMMIT_VERBS:
        return lower.group(1), 0.65  # "maya will send wire amounts tmrw"
    pronoun = lx.PRONOUN_PROMISE.search(clause)
    named = lx.NAMED_SUBJECT.match(original)
    if pronoun and named and pronoun.group(1) in lx.COMMIT_VERBS and named.group(1).lower() not in _PRONOUNS:
        return named.group(1), 0.7  # "Priya's got it, she'll send it"
    third = lx.THIRD_PARTY_FUTURE.match(original)
    if third and third.group(1).split()[0].lower() not in _PRONOUNS:
        rest = original[third.end(2) :]
        also = lx.AND_THEN_VERB.match(rest.lower())  # "Thandi will do it first thing and send it to you"
        if _delivers(third.group(2), rest) or (also and also.group(1) in lx.COMMIT_VERBS):
            return third.group(1), 0.7
    return None


def _delivers(verb: str, rest: str) -> bool:
    """A verb of deliverable work, or "have" with a delivery after it ("will have it to you by noon")."""
    return verb in lx.COMMIT_VERBS or (verb == "have" and bool(lx.HAVE_DELIVERY.search(rest)))
