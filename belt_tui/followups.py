"""Follow-up actions: create, edit, close, snooze, and undo/redo them; every one durable at once.

No Textual here: the TUI and the CLI call the same methods. Each action is one store write (the
follow-up and the undo journal change in one batch), so a crash never leaves an action half-done,
and undo still works after a restart. Follow-ups are never deleted by Belt: closing marks them done
or answered, and undo brings back exactly what was there.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from email.utils import parseaddr

from belt_tui.errors import BeltError
from belt_tui.model import Ask, FollowUp, FollowUpStatus, Message, Thread, ThreadAnalysis
from belt_tui.store import Store
from belt_tui.store_codec import followup_from_doc, followup_to_doc

JOURNAL_KEY = "followups.journal"
JOURNAL_LIMIT = 200
PIN_START = "pinned_start"
PIN_END = "pinned_end"
"""`FollowUp.extra` keys holding the block the user placed by hand (ISO 8601), kept by every re-plan."""
DUE_SOURCE = "due_source"
"""`FollowUp.extra` key saying where the due date came from."""
DUE_DEFAULTED = "default"
"""`extra[DUE_SOURCE]` value for a due Belt filled in because neither the mail nor the user named one: the
review lists these under "No due date" until the user sets a real one."""
Clock = Callable[[], datetime]


class FollowUpError(BeltError):
    """An action on a follow-up that cannot be done (unknown id, nothing to undo, empty owner)."""


@dataclass(frozen=True)
class Change:
    """One undoable action: the follow-up before and after it (None before = it was created).

    A bulk action is one Change too: its first follow-up's change, carrying the others in `also`,
    so undo takes the whole action back in one step and callers naming one follow-up still can.
    """

    label: str
    before: FollowUp | None
    after: FollowUp
    also: tuple[Change, ...] = ()

    @property
    def parts(self) -> tuple[Change, ...]:
        """Every follow-up's change in this action, in the order they were made."""
        return (replace(self, also=()), *self.also)

    def to_doc(self) -> dict:
        before = followup_to_doc(self.before) if self.before else None
        doc = {"label": self.label, "before": before, "after": followup_to_doc(self.after)}
        if self.also:
            doc["also"] = [part.to_doc() for part in self.also]
        return doc

    @classmethod
    def from_doc(cls, doc: dict) -> Change:
        before = followup_from_doc(doc["before"]) if doc.get("before") else None
        also = tuple(cls.from_doc(part) for part in doc.get("also", ()))
        return cls(label=doc["label"], before=before, after=followup_from_doc(doc["after"]), also=also)


def pinned_block(followup: FollowUp) -> tuple[datetime, datetime] | None:
    """Where the user placed the follow-up's block by hand, if they did."""
    start, end = followup.extra.get(PIN_START), followup.extra.get(PIN_END)
    if not start or not end:
        return None
    return datetime.fromisoformat(start), datetime.fromisoformat(end)


def is_active(followup: FollowUp, now: datetime) -> bool:
    """Open, waiting, or snoozed until a moment that has passed: what the user should see today."""
    if followup.status is FollowUpStatus.SNOOZED:
        return followup.snooze_until is None or followup.snooze_until <= now
    return followup.is_open


def followups_by_thread(
    followups: Iterable[FollowUp], threads: Iterable[Thread]
) -> dict[str, list[FollowUp]]:
    """Follow-ups grouped by the id of the thread they belong to, for the threads given.

    A follow-up belongs to the thread holding the message it came from. Its stored `thread_id` is
    only the fallback (a follow-up typed by hand, or whose message is not loaded): a thread is keyed
    by its root's Message-ID, and the root changes when an earlier message arrives late.
    """
    threads = list(threads)
    thread_of_message = {
        message_id: thread.thread_id for thread in threads for message_id in thread.message_ids
    }
    known = {thread.thread_id for thread in threads}
    grouped: dict[str, list[FollowUp]] = {}
    for followup in followups:
        thread_id = thread_of_message.get(followup.message_id or "", followup.thread_id)
        if thread_id in known:
            grouped.setdefault(thread_id, []).append(followup)
    return grouped


class FollowUps:
    """The user's follow-ups in one store, with a persistent undo/redo journal."""

    def __init__(self, store: Store, clock: Clock, me: frozenset[str]) -> None:
        self.store = store
        self.clock = clock
        self.me = me
        self._lock = threading.RLock()
        self._gathered: list[Change] | None = None

    def all(self, *, include_closed: bool = False) -> list[FollowUp]:
        """Follow-ups, overdue and soonest due first."""
        items = self.store.followups()
        if not include_closed:
            items = [f for f in items if f.is_open]
        return sorted(items, key=lambda f: (f.due, f.created or f.due, f.id))

    def get(self, followup_id: str) -> FollowUp:
        """The follow-up with this id, or a unique id prefix (as typed on the command line)."""
        found = self.store.get_followup(followup_id)
        if found is not None:
            return found
        matches = [f for f in self.store.followups() if f.id.startswith(followup_id)] if followup_id else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise FollowUpError(
                f"follow-up id {followup_id!r} is ambiguous: {', '.join(f.id for f in matches)}"
            )
        raise FollowUpError(f"no follow-up with id {followup_id!r} (see `belt followups --all`)")

    def create(
        self,
        title: str,
        owner: str,
        due: datetime,
        *,
        message: Message | None = None,
        message_id: str | None = None,
        thread_id: str | None = None,
        quote: str = "",
        duration_minutes: int = 30,
        due_defaulted: bool = False,
    ) -> FollowUp:
        """A new open follow-up with exactly one owner and one due date.

        It links back to `message` when the app has it, or to a bare `message_id` from a script; the
        thread is found from that message whenever threads are read (`followups_by_thread`), so
        `thread_id` is only what the caller knew. `due_defaulted` says Belt chose the due, not the mail or
        the user.
        """
        now = self.clock()
        message_id = message.message_id if message else message_id
        followup = FollowUp(
            id=self._new_id(),
            title=_required(title, "title"),
            owner=_address(owner),
            due=_aware(due),
            message_id=message_id,
            thread_id=thread_id,
            subject=message.subject if message else "",
            quote=quote,
            created=now,
            updated=now,
            duration_minutes=duration_minutes,
            extra={DUE_SOURCE: DUE_DEFAULTED} if due_defaulted else {},
        )
        self._record(Change("create follow-up", None, followup))
        return followup

    def from_ask(self, ask: Ask, message: Message, thread_id: str, owner: str, due: datetime) -> FollowUp:
        """Turn a highlighted ask into a follow-up that quotes its exact words."""
        return self.create(ask.text, owner, due, message=message, thread_id=thread_id, quote=ask.text)

    def set_owner(self, followup_id: str, owner: str) -> FollowUp:
        return self._edit(followup_id, "change owner", owner=_address(owner))

    def set_due(self, followup_id: str, due: datetime) -> FollowUp:
        """A due the user chose, so no longer one Belt defaulted."""
        current = self.get(followup_id)
        extra = {key: value for key, value in current.extra.items() if key != DUE_SOURCE}
        return self._edit(current.id, "change due date", due=_aware(due), extra=extra)

    def rename(self, followup_id: str, title: str) -> FollowUp:
        return self._edit(followup_id, "rename", title=_required(title, "title"))

    def done(self, followup_id: str) -> FollowUp:
        return self._edit(followup_id, "mark done", status=FollowUpStatus.DONE)

    def reopen(self, followup_id: str) -> FollowUp:
        return self._edit(followup_id, "reopen", status=FollowUpStatus.OPEN, snooze_until=None)

    def snooze(self, followup_id: str, until: datetime) -> FollowUp:
        """Hide it until `until`; a block placed by hand is let go, since "not now" moves it anyway."""
        current = self.get(followup_id)
        return self._edit(
            current.id,
            "snooze",
            status=FollowUpStatus.SNOOZED,
            snooze_until=_aware(until),
            extra=_without_pin(current.extra),
        )

    def pin(self, followup_id: str, start: datetime, end: datetime) -> FollowUp:
        """Keep the follow-up's block at [start, end): the user moved it there, so re-plans leave it."""
        if end <= start:
            raise FollowUpError(f"a block must end after it starts ({start:%H:%M}–{end:%H:%M})")
        current = self.get(followup_id)
        extra = {**current.extra, PIN_START: _aware(start).isoformat(), PIN_END: _aware(end).isoformat()}
        return self._edit(current.id, "move", extra=extra)

    def unpin(self, followup_id: str) -> FollowUp:
        """Let the planner place the follow-up again."""
        current = self.get(followup_id)
        return self._edit(current.id, "unpin", extra=_without_pin(current.extra))

    @contextmanager
    def together(self, label: str) -> Iterator[None]:
        """The actions inside become one undo step named `label` (a bulk action), saved all or none.

        If one of them raises, none is kept: the store drops the whole batch.
        """
        with self._lock:
            if self._gathered is not None:
                raise RuntimeError("FollowUps.together() cannot be nested")
            self._gathered = []
            try:
                with self.store.batch():
                    yield
                    gathered = self._gathered
                    if gathered:
                        first, *rest = gathered
                        self._journal_push(Change(label, first.before, first.after, tuple(rest)))
            finally:
                self._gathered = None

    def waiting(self, followup_id: str) -> FollowUp:
        """Mark as waiting on someone else; each time counts as one more chase."""
        current = self.get(followup_id)
        return self._edit(
            current.id, "mark waiting", status=FollowUpStatus.WAITING, chased=current.chased + 1
        )

    def close_answered(self, analyses: Iterable[ThreadAnalysis]) -> list[FollowUp]:
        """Close follow-ups owned by someone else once that person has replied in the thread.

        Marked "answered", never deleted, and undoable like any other action.
        """
        analyses = list(analyses)
        others = [followup for followup in self.all() if followup.owner not in self.me]
        by_thread = followups_by_thread(others, [analysis.thread for analysis in analyses])
        closed = []
        for analysis in analyses:
            for followup in by_thread.get(analysis.thread.thread_id, ()):
                if _owner_replied(followup, analysis):
                    closed.append(
                        self._edit(followup.id, "answered by owner", status=FollowUpStatus.ANSWERED)
                    )
        return closed

    def undo(self) -> Change:
        """Undo the newest action still in the journal; returns it."""
        with self._lock:
            journal = self._journal()
            if not journal["done"]:
                raise FollowUpError("nothing to undo")
            change = Change.from_doc(journal["done"].pop())
            journal["undone"].append(change.to_doc())
            with self.store.batch():
                for part in reversed(change.parts):
                    if part.before is None:  # undoing a create: the follow-up never existed
                        self.store.delete_followup(part.after.id)
                    else:
                        self.store.put_followup(part.before)
                self.store.set_state(JOURNAL_KEY, journal)
            return change

    def redo(self) -> Change:
        """Redo the action undone last."""
        with self._lock:
            journal = self._journal()
            if not journal["undone"]:
                raise FollowUpError("nothing to redo")
            change = Change.from_doc(journal["undone"].pop())
            journal["done"].append(change.to_doc())
            with self.store.batch():
                self.store.put_followups(part.after for part in change.parts)
                self.store.set_state(JOURNAL_KEY, journal)
            return change

    def _edit(self, followup_id: str, label: str, **values) -> FollowUp:
        with self._lock:
            before = self.get(followup_id)
            after = replace(before, **values, updated=self.clock())
            self._record(Change(label, before, after))
            return after

    def _record(self, change: Change) -> None:
        with self._lock:
            if self._gathered is not None:  # inside together(): journalled once, at its end
                self._gathered.append(change)
                self.store.put_followup(change.after)
                return
            with self.store.batch():
                self.store.put_followup(change.after)
                self._journal_push(change)

    def _journal_push(self, change: Change) -> None:
        journal = self._journal()
        journal["done"] = [*journal["done"], change.to_doc()][-JOURNAL_LIMIT:]
        journal["undone"] = []
        self.store.set_state(JOURNAL_KEY, journal)

    def _journal(self) -> dict[str, list]:
        stored = self.store.get_state(JOURNAL_KEY) or {}
        return {"done": list(stored.get("done", [])), "undone": list(stored.get("undone", []))}

    def _new_id(self) -> str:
        while True:
            candidate = uuid.uuid4().hex[:8]
            if self.store.get_followup(candidate) is None:
                return candidate


def _owner_replied(followup: FollowUp, analysis: ThreadAnalysis) -> bool:
    """True when the owner wrote in the thread after the message the follow-up came from.

    Without a source message (a follow-up typed by hand), anything the owner wrote after the
    follow-up was created counts.
    """
    messages = analysis.thread.messages
    ids = [m.message_id for m in messages]
    if followup.message_id in ids:
        later = messages[ids.index(followup.message_id) + 1 :]
    else:
        later = tuple(m for m in messages if followup.created is not None and m.date > followup.created)
    return any(m.sender is not None and m.sender.addr == followup.owner for m in later)


def _without_pin(extra: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in extra.items() if key not in (PIN_START, PIN_END)}


def _required(value: str, name: str) -> str:
    value = (value or "").strip()
    if not value:
        raise FollowUpError(f"a follow-up needs a {name}")
    return value


def _address(owner: str) -> str:
    """The owner's address from what was typed: "rick@client.com" or "Rick <rick@client.com>"."""
    _, address = parseaddr(_required(owner, "owner"))
    if "@" not in address:
        raise FollowUpError(f"the owner must be an email address, got {owner.strip()!r}")
    return address.lower()


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise FollowUpError(f"due dates must carry a time zone, got {moment.isoformat()}")
    return moment
