"""The triage views over analysed threads: rows, ages, urgency order and text filtering.

Pure functions over model objects so the sort order and the filter are tested without a UI,
and the TUI only ever paints rows that were prepared here once per load.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from belt_tui.model import Ask, ThreadAnalysis, ThreadState

# Seconds someone has waited between two POSIX timestamps: wall-clock time, or working hours only.
# Timestamps rather than datetimes: every start measures one wait per thread before listing them.
AgeMeasure = Callable[[float, float], float]
# The reply target in hours for mail from an address (per-domain overrides, else the default).
TargetHours = Callable[[str], float]
DEFAULT_TARGET_HOURS = 24.0


class View(StrEnum):
    """The triage tabs, in the order the keys 1/2/3/4 select them; the last lists follow-ups."""

    NEEDS_REPLY = "needs_reply"
    AWAITING_THEM = "awaiting_them"
    ALL = "all"
    FOLLOWUPS = "followups"

    @property
    def title(self) -> str:
        return _VIEW_TITLES[self][0]

    @property
    def help(self) -> str:
        return _VIEW_TITLES[self][1]


_VIEW_TITLES = {
    View.NEEDS_REPLY: ("Needs my reply", "Threads where someone waits on you"),
    View.AWAITING_THEM: ("Waiting on them", "Threads where you wait on someone"),
    View.ALL: ("All", "Every thread"),
    View.FOLLOWUPS: ("Follow-ups", "Every open follow-up, grouped by owner or due date"),
}

# Lower ranks sort first in the All view: what someone waits on me for comes before the rest.
_STATE_RANK = {ThreadState.NEEDS_REPLY: 0, ThreadState.AWAITING_THEM: 1, ThreadState.NONE: 2}
_STATES = {state.value: state for state in ThreadState}


class ThreadFacts(NamedTuple):
    """What a thread's row is made of, independent of the clock: plain values, cheap to save and load.

    Times are POSIX timestamps. A tuple rather than a dataclass: 10k of them are rebuilt from the
    snapshot at every start, and a tuple costs a fraction of a frozen dataclass to make.
    """

    thread_id: str
    sender: str
    sender_address: str
    subject: str
    state: str
    since: float
    waiting: bool
    ask_count: int
    first_due: float | None
    search_text: str
    owner: str


class ThreadRow(NamedTuple):
    """One line of the thread list, with every label computed once so painting a row is cheap.

    `analysis` is None while the rows come from the last run's snapshot: ask the core for it. A
    tuple for the same reason as `ThreadFacts`: every start makes one per thread before listing.
    """

    thread_id: str
    sender: str
    subject: str
    state: ThreadState
    age: timedelta
    ask_count: int
    overdue: bool
    search_text: str
    analysis: ThreadAnalysis | None = None
    owner: str = ""
    lateness: float = 0.0

    @property
    def age_label(self) -> str:
        return format_age(self.age)

    @property
    def late(self) -> bool:
        """The wait has passed the response target for this sender."""
        return self.state is ThreadState.NEEDS_REPLY and self.lateness >= 1.0

    def urgency_key(self) -> tuple[int, int, float]:
        """Overdue asks first, then by who waits on whom, then the wait measured against its target."""
        return (0 if self.overdue else 1, _STATE_RANK[self.state], -self.lateness)


def format_age(age: timedelta) -> str:
    """A short age for a narrow column: "now", "12m", "3h", "2d", "5w", "4mo", "2y"."""
    seconds = max(0, int(age.total_seconds()))
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return "now"
    if hours < 1:
        return f"{minutes}m"
    if days < 1:
        return f"{hours}h"
    if days < 14:
        return f"{days}d"
    if days < 61:
        return f"{days // 7}w"
    if days < 730:
        return f"{days // 30}mo"
    return f"{days // 365}y"


def wall_clock(start: float, end: float) -> float:
    return max(end - start, 0.0)


def thread_facts(analysis: ThreadAnalysis, me: frozenset[str] = frozenset()) -> ThreadFacts:
    """What the list shows and sorts by for one analysed thread, before any clock is read."""
    thread = analysis.thread
    latest = thread.latest
    verdict = analysis.verdict
    dues = [ask.due.timestamp() for ask in verdict.asks if ask.due is not None]
    people = " ".join(str(a) for m in thread.messages for a in (m.sender, *m.to, *m.cc) if a)
    bodies = " ".join(m.body for m in thread.messages)
    return ThreadFacts(
        thread_id=thread.thread_id,
        sender=who_waits(analysis),
        sender_address=latest.sender.addr if latest.sender else "",
        subject=thread.subject or "(no subject)",
        state=verdict.state.value,
        since=(verdict.since or latest.date).timestamp(),
        waiting=verdict.since is not None,
        ask_count=len(analysis.asks),
        first_due=min(dues) if dues else None,
        search_text=f"{thread.subject}\n{people}\n{bodies}".casefold(),
        owner=owner_label(_oldest(verdict.asks, analysis), me),
    )


def rows_from_facts(
    facts: Sequence[ThreadFacts],
    now: datetime,
    *,
    measure: AgeMeasure = wall_clock,
    target_hours: TargetHours = lambda _address: DEFAULT_TARGET_HOURS,
    analyses: Sequence[ThreadAnalysis | None] = (),
) -> tuple[ThreadRow, ...]:
    """The rows for threads at `now`, each aged from when its wait began (or its latest message).

    `lateness` is the wait (as `measure` counts it) over the sender's reply target, so a key
    client's 2-hour target outranks a 24-hour one at the same age. One loop for all rows: this
    runs for every thread before the list can be shown.
    """
    now_at = now.timestamp()
    rows = []
    for index, row in enumerate(facts):
        state = _STATES[row.state]
        overdue = row.first_due is not None and row.first_due < now_at
        target = target_hours(row.sender_address) or DEFAULT_TARGET_HOURS
        lateness = measure(row.since, now_at) / 3600 / target if row.waiting else 0.0
        rows.append(
            ThreadRow(
                row.thread_id,
                row.sender,
                row.subject,
                state,
                timedelta(seconds=now_at - row.since),
                row.ask_count,
                overdue,
                row.search_text,
                analyses[index] if analyses else None,
                row.owner,
                lateness,
            )
        )
    return tuple(rows)


def thread_row(
    analysis: ThreadAnalysis,
    now: datetime,
    *,
    me: frozenset[str] = frozenset(),
    measure: AgeMeasure = wall_clock,
    target_hours: TargetHours = lambda _address: DEFAULT_TARGET_HOURS,
) -> ThreadRow:
    """The row for one analysed thread at `now` (see `thread_facts` and `rows_from_facts`)."""
    facts = [thread_facts(analysis, me)]
    return rows_from_facts(facts, now, measure=measure, target_hours=target_hours, analyses=[analysis])[0]


def who_waits(analysis: ThreadAnalysis) -> str:
    """The name for the list's Who column: the person on the other side of the wait.

    On a thread that needs my reply the latest message is often my own half-answer, so its sender
    would name me; the list names who waits (or whom I wait on) instead: the one of them who wrote
    last, with "+N" for the others. Threads without a wait name their latest sender.
    """
    thread, people = analysis.thread, analysis.verdict.waiting_on
    latest = thread.latest.sender
    if not people:
        return latest.label if latest else "(no sender)"
    names: dict[str, str] = {}
    for address in (a for m in thread.messages for a in (m.sender, *m.to, *m.cc) if a):
        if address.name or address.addr not in names:
            names[address.addr] = address.label
    senders = [m.sender.addr for m in reversed(thread.messages) if m.sender and m.sender.addr in people]
    first = senders[0] if senders else people[0]
    others = f" +{len(people) - 1}" if len(people) > 1 else ""
    return names.get(first, first) + others


def _oldest(asks: Sequence[Ask], analysis: ThreadAnalysis) -> str | None:
    """The owner of the oldest open ask, by the order of the messages in the thread."""
    order = {message_id: index for index, message_id in enumerate(analysis.thread.message_ids)}
    owned = sorted((order.get(ask.message_id, 0), ask.owner) for ask in asks if ask.owner)
    return owned[0][1] if owned else None


def owner_label(owner: str | None, me: frozenset[str]) -> str:
    """A short owner name for a narrow column: "me", or the address's local part."""
    if not owner:
        return ""
    return "me" if owner in me else owner.partition("@")[0]


def rows_for_view(rows: Iterable[ThreadRow], view: View, text: str = "") -> list[ThreadRow]:
    """The rows of one view that contain every word of `text`, most urgent first."""
    words = text.casefold().split()
    state = view.value  # read once: an Enum's value is a property, slow in a loop over 10k rows
    chosen = list(rows) if view is View.ALL else [row for row in rows if row.state == state]
    if words:
        chosen = [row for row in chosen if all(word in row.search_text for word in words)]
    chosen.sort(key=ThreadRow.urgency_key)
    return chosen


def view_counts(rows: Sequence[ThreadRow]) -> dict[View, int]:
    """How many threads each thread tab holds, before any text filter."""
    needs = sum(1 for row in rows if row.state is ThreadState.NEEDS_REPLY)
    waiting = sum(1 for row in rows if row.state is ThreadState.AWAITING_THEM)
    return {View.NEEDS_REPLY: needs, View.AWAITING_THEM: waiting, View.ALL: len(rows)}
