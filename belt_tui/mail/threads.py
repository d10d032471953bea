"""Group messages into conversations (pure; no I/O).

JWZ threading (https://www.jwz.org/doc/threading.html) over Message-ID / In-Reply-To / References,
without JWZ's last step that merges roots by subject alone: law firms reuse subjects like
"Settlement" across matters, and such a merge puts one client's mail into another's thread.
Instead a header-less reply ("Re:", "Fwd:", "Automatic reply:" ... with no In-Reply-To or
References) joins an earlier thread only when the subject matches after prefixes are stripped, the
reply's sender took part in a message of that thread within 30 days, and the two messages share at
least one more person besides that sender (the mailbox owner alone is not enough: they are on
every message).

Determinism: messages are processed in a total order, so the result never depends on input order.
Duplicate Message-IDs (the same mail in two folders, or a broken mailer reusing an id) share one
node, so every copy lands in the same thread; each copy stays a message of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta
from functools import lru_cache
from itertools import pairwise

from belt_tui.model import Message, Thread

HEADERLESS_JOIN_WINDOW = timedelta(days=30)
# A bounce comes minutes after the mail it returns, a retrying server's up to a few days later.
_BOUNCE_WINDOW = timedelta(days=7)
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# Reply / forward / auto-reply prefixes in the languages law-firm mail arrives in, plus "Re[2]:".
_REPLY_PREFIX = re.compile(
    r"^(?:re|aw|sv|vs|antw|odp|rif|fwd?|wg|tr|rv|enc|"
    r"automatic reply|automatische antwort|auto[- ]?reply|out of office(?: auto[- ]?reply)?)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*",
    re.IGNORECASE,
)
# "[EXTERNAL]", "[Lumen]", "[#12345]": tags added by gateways and lists, inconsistently.
_TAG = re.compile(r"^\[[^\[\]]*\]\s*")
_WHITESPACE = re.compile(r"\s+")


def normalise_subject(subject: str) -> str:
    """The subject without reply/forward prefixes and [tags], repeatedly ("Re: [EXT] Fwd: x" → "x")."""
    return _strip_subject(subject)[0]


@lru_cache(maxsize=65536)  # a mailbox repeats few subjects many times
def _strip_subject(subject: str) -> tuple[str, bool]:
    """The core subject and whether a reply/forward prefix was removed."""
    text = _WHITESPACE.sub(" ", subject).strip()
    was_reply = False
    while True:
        if match := _REPLY_PREFIX.match(text):
            was_reply = True
        elif not (match := _TAG.match(text)):
            return text, was_reply
        text = text[match.end() :]


def build_threads(messages: Iterable[Message]) -> list[Thread]:
    """Every message in exactly one thread; threads ordered by their first message's (date, id)."""
    ordered = sorted(messages, key=_order)
    parent = _link(ordered)
    groups: dict[str, list[Message]] = defaultdict(list)
    root_of: dict[str, str] = {}
    for message in ordered:
        groups[_root(message.message_id, parent, root_of)].append(message)
    groups = _join_headerless_replies(groups)
    groups = _join_bounces(groups)
    threads = [
        Thread(thread_id=_thread_id(root, members), messages=tuple(members))
        for root, members in groups.items()
    ]
    threads.sort(key=lambda thread: _order(thread.messages[0]))
    return threads


def _order(message: Message) -> tuple:
    """A total order, so that duplicates and same-second messages never depend on input order."""
    return (message.date, message.message_id, message.folder, message.source, message.subject, message.body)


def _link(ordered: list[Message]) -> dict[str, str]:
    """JWZ step 1: child id → parent id, never creating a cycle or a self-reference."""
    parent: dict[str, str] = {}
    for message in ordered:
        chain = list(dict.fromkeys(message.references))
        if message.in_reply_to and message.in_reply_to not in chain:
            chain.append(message.in_reply_to)
        chain = [ref for ref in chain if ref != message.message_id]
        # References list ancestors oldest first; link each to the next unless already linked.
        for older, newer in pairwise(chain):
            if newer not in parent and not _is_ancestor(newer, older, parent):
                parent[newer] = older
        # The message's own In-Reply-To (else its last Reference) is authoritative for its parent.
        own_parent = message.in_reply_to if message.in_reply_to in chain else _last(chain)
        if own_parent and not _is_ancestor(message.message_id, own_parent, parent):
            parent[message.message_id] = own_parent
    return parent


def _last(chain: list[str]) -> str | None:
    return chain[-1] if chain else None


def _is_ancestor(candidate: str, node: str, parent: dict[str, str]) -> bool:
    """Whether `candidate` is `node` or one of its ancestors (linking would then make a cycle)."""
    seen = set()
    while node not in seen:
        if node == candidate:
            return True
        seen.add(node)
        if node not in parent:
            return False
        node = parent[node]
    return False


def _root(node: str, parent: dict[str, str], root_of: dict[str, str]) -> str:
    path = []
    while node in parent and node not in root_of:
        path.append(node)
        node = parent[node]
    root = root_of.get(node, node)
    for visited in path:
        root_of[visited] = root
    return root


def _thread_id(root: str, members: list[Message]) -> str:
    """The root's Message-ID when we hold the root, else the earliest message's."""
    return root if any(m.message_id == root for m in members) else members[0].message_id


def _join_headerless_replies(groups: dict[str, list[Message]]) -> dict[str, list[Message]]:
    """Fold each thread whose root is a header-less reply into the earlier thread it answers.

    Of all earlier messages the reply could answer, the latest wins: that is the one it replies to.
    """
    by_subject: dict[str, list[tuple[tuple, str, Message]]] = defaultdict(list)
    for root, members in groups.items():
        for message in members:
            by_subject[normalise_subject(message.subject).casefold()].append((_order(message), root, message))
    for candidates in by_subject.values():
        candidates.sort(key=lambda item: item[0])
    merged_into: dict[str, str] = {}
    for root, members in groups.items():
        reply = next((m for m in members if m.message_id == root), None)
        if reply is None or reply.in_reply_to or reply.references:
            continue
        subject, was_reply = _strip_subject(reply.subject)
        if not (was_reply and subject):
            continue
        candidates = by_subject[subject.casefold()]
        # Only messages inside the join window can be answered: walk back from the reply, newest
        # first, so a subject reused across years costs the window, not the whole history.
        for _, target, message in reversed(candidates[: bisect_left(candidates, (_order(reply),))]):
            if reply.date - message.date > HEADERLESS_JOIN_WINDOW:
                break
            if target != root and _answers(reply, message):
                merged_into[root] = target
                break
    joined: dict[str, list[Message]] = defaultdict(list)
    grown = set()
    for root, members in groups.items():
        final = root
        while final in merged_into:  # ends: a target always starts before the reply that joins it
            final = merged_into[final]
        joined[final].extend(members)
        if final != root:
            grown.add(final)
    for final in grown:
        joined[final].sort(key=_order)  # the others are still in the order `ordered` gave them
    return dict(joined)


def _join_bounces(groups: dict[str, list[Message]]) -> dict[str, list[Message]]:
    """Fold a bounce that names no message (no In-Reply-To, no References, only the failed address in
    its text) into the thread of the latest message sent to that address up to a week before it."""
    bounces = [
        root
        for root, members in groups.items()
        if len(members) == 1
        and not members[0].in_reply_to
        and not members[0].references
        and _is_bounce(members[0])
    ]
    if not bounces:
        return groups
    sent_to: dict[str, list[tuple[tuple, str]]] = defaultdict(list)
    for root, members in groups.items():
        for message in members:
            for address in message.to + message.cc:
                sent_to[address.addr].append((_order(message), root))
    merged = dict(groups)
    for root in bounces:
        bounce = groups[root][0]
        own = {a.addr for a in (*bounce.to, *bounce.cc)} | ({bounce.sender.addr} if bounce.sender else set())
        failed = [a.lower() for a in _ADDRESS.findall(bounce.body) if a.lower() not in own]
        earlier = [
            (order, target)
            for address in dict.fromkeys(failed)
            for order, target in sent_to.get(address, ())
            if order < _order(bounce) and bounce.date - order[0] <= _BOUNCE_WINDOW and target != root
        ]
        if earlier:
            target = max(earlier)[1]
            if target in merged:
                merged[target] = sorted([*merged[target], bounce], key=_order)
                del merged[root]
    return merged


def _is_bounce(message: Message) -> bool:
    """A delivery report, or mail from the mail system itself."""
    local = message.sender.addr.split("@", 1)[0] if message.sender else ""
    report = message.content_type == "multipart/report"
    return (report and "delivery-status" in (message.header("content-type") or "").lower()) or local in (
        "mailer-daemon",
        "postmaster",
    )


def _answers(reply: Message, earlier: Message) -> bool:
    """Same people within the window: the reply's sender and one more person were on `earlier`."""
    if reply.sender is None or _order(earlier) >= _order(reply):
        return False
    if reply.date - earlier.date > HEADERLESS_JOIN_WINDOW:
        return False
    shared = reply.participants & earlier.participants
    return reply.sender.addr in shared and len(shared) >= 2
