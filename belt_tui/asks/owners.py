"""Who must act on an ask: the person named, the person written to, or the person who promised.

Names are matched against everyone who appears on the thread, so "Dana will come back to you"
finds Dana even when she is only copied, and "Greg" finds Gregory.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from belt_tui.model import Address, AskKind, Message

_TITLE = re.compile(r"^(?:mr|ms|mrs|dr|prof)\.?\s+", re.IGNORECASE)
_SOMEONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|one\s+of\s+you|either\s+of\s+you|whoever)\b", re.I
)
_NICKNAME_MIN = 3
_NAME_WORD = re.compile(r"[^\W\d_]+")
_ADDRESS_PUNCTUATION = re.compile(r"[._+-]")
_SALUTATION = re.compile(
    r"^(?:hi|hey|hello|dear|good\s+morning|good\s+afternoon)?\s*([^,]{1,40}),$", re.IGNORECASE
)
_GROUP_WORD = re.compile(r"\b(?:and|all|team|everyone|both|folks)\b|&", re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _NAME_WORD.findall(text) if len(t) > 1]


# A directory is built per thread from every address on it, and a mailbox repeats few people many times.
@functools.lru_cache(maxsize=8192)
def _name_words(person: Address) -> tuple[str, ...]:
    """The words a person may be called by: their display name's, else their address's local part."""
    words = _tokens(_TITLE.sub("", person.name)) or _tokens(
        _ADDRESS_PUNCTUATION.sub(" ", person.addr.split("@")[0])
    )
    return tuple(words)


@dataclass(slots=True)
class NameDirectory:
    """Name words → addresses of the thread's participants."""

    by_token: dict[str, set[str]] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_messages(cls, messages: Iterable[Message]) -> NameDirectory:
        directory = cls()
        for message in messages:
            people = [*message.to, *message.cc, *([message.sender] if message.sender else [])]
            for person in people:
                directory.add(person)
        return directory

    def add(self, person: Address) -> None:
        words = _name_words(person)
        if person.name:
            self.full_names[" ".join(words)] = person.addr
        for word in words:
            self.by_token.setdefault(word, set()).add(person.addr)

    def resolve(self, name: str, prefer: Iterable[str] = ()) -> str | None:
        """The address a written name refers to, or None when nobody (or several people) match."""
        words = _tokens(_TITLE.sub("", name))
        if not words:
            return None
        full = self.full_names.get(" ".join(words))
        if full:
            return full
        candidates: set[str] | None = None
        for word in words:
            found = set(self.by_token.get(word, ()))
            if not found and len(word) >= _NICKNAME_MIN:
                found = {a for token, addrs in self.by_token.items() if token.startswith(word) for a in addrs}
            candidates = found if candidates is None else candidates & found
        if not candidates:
            return None
        if len(candidates) == 1:
            return next(iter(candidates))
        preferred = candidates & set(prefer)
        return next(iter(preferred)) if len(preferred) == 1 else None


@dataclass(frozen=True, slots=True)
class Ownership:
    owner: str | None
    confidence: float
    why: str


def _recipients(message: Message) -> list[str]:
    sender = message.sender.addr if message.sender else ""
    return [a.addr for a in message.to if a.addr != sender]


def salutation_name(first_sentence: str) -> str | None:
    """The single name a message opens with ("Hi Carla," / "Benji,"), or None."""
    match = _SALUTATION.match(first_sentence)
    if not match or _GROUP_WORD.search(match.group(1)):
        return None
    return match.group(1).strip() or None


def assign_owner(
    kind: AskKind,
    text: str,
    message: Message,
    me: frozenset[str],
    directory: NameDirectory,
    *,
    addressee: str | None = None,
    committer: str | None = None,
    salutation: str | None = None,
    people: NameDirectory | None = None,
) -> Ownership:
    """Apply the owner rules in order: promise → promiser; named → named; To → the reader(s).

    A name is looked up among the thread's participants, then among `people` (the whole mailbox):
    "Lourdes will handle service" names a colleague who need not be on the thread."""
    sender = message.sender.addr if message.sender else None
    to = _recipients(message)

    def resolve(name: str, prefer: Iterable[str]) -> str | None:
        found = directory.resolve(name, prefer=prefer)
        return found or (people.resolve(name, prefer=prefer) if people is not None else None)

    if kind is AskKind.COMMITMENT:
        if committer:
            named = resolve(committer, message.participants)
            if named:
                return Ownership(named, 0.8, f"promise made for {committer}")
        return Ownership(sender, 0.9, "promise by the sender")
    if addressee:
        named = resolve(addressee, to)
        if named and named != sender:
            return Ownership(named, 0.95, f"addressed to {addressee}")
    if len(to) == 1:
        return Ownership(to[0], 0.9, "sole To recipient")
    if salutation and to:
        named = directory.resolve(salutation, prefer=to)
        if named in to:
            return Ownership(named, 0.85, f"message opens with {salutation}")
    mine = [a for a in to if a in me]
    if mine:
        why = "'someone' on a team message that includes you" if _SOMEONE.search(text) else "you are in To"
        return Ownership(mine[0], 0.7, why)
    if to:
        return Ownership(to[0], 0.5, "first of several To recipients")
    if sender and sender not in me and me:
        return Ownership(sorted(me)[0], 0.4, "no To recipient; sent to you")
    return Ownership(None, 0.3, "nobody addressed")
