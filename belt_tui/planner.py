"""The calendar side of the core: read busy time, plan the week, write the plan back safely.

No Textual here. Network I/O (CalDAV) happens in `busy()` and `write()`, which callers run in a
worker thread. Follow-ups, slots and publish records are kept in the store, so a restart, a crash
or a second device never loses where things were placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from belt_tui.config import CalendarSettings, WorkSettings
from belt_tui.credentials import resolve_secret
from belt_tui.errors import SourceError
from belt_tui.followups import PIN_END, PIN_START, pinned_block
from belt_tui.model import Busy, FollowUp, FollowUpStatus, Slot
from belt_tui.plan.busy import busy_times
from belt_tui.plan.caldav_client import CalDavAccount
from belt_tui.plan.ical import BLOCK_UID_PREFIX
from belt_tui.plan.local_calendar import read_calendar, without_belts_components, write_plan
from belt_tui.plan.publish import Outcome, Record, Targets, publish
from belt_tui.plan.slots import plan_week, work_week
from belt_tui.store import Store

RECORDS_KEY = "caldav.records"
SLOTS_KEY = "plan.slots"
WEEKS = ("this", "next")


@dataclass(frozen=True)
class Plan:
    """One week's placement of the open follow-ups, with the busy time it was planned around."""

    window: tuple[datetime, datetime]
    slots: tuple[Slot, ...]
    busy: tuple[Busy, ...] = ()
    followups: dict[str, FollowUp] = field(default_factory=dict, compare=False)

    @property
    def unslotted(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.start is None)


def week_window(which: str, now: datetime, work: WorkSettings) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00, in the user's time zone, of this or next week."""
    if which not in WEEKS:
        raise ValueError(f"week must be one of {', '.join(WEEKS)}, not {which!r}")
    local = now.astimezone(work.time_zone)
    monday = local.date() - timedelta(days=local.weekday()) + timedelta(weeks=WEEKS.index(which))
    start = datetime.combine(monday, datetime.min.time(), work.time_zone)
    return start, datetime.combine(monday + timedelta(days=7), datetime.min.time(), work.time_zone)


class Planner:
    """Busy time, the week's plan, and its write-back for one user."""

    def __init__(
        self, calendar: CalendarSettings | None, work: WorkSettings, me: frozenset[str], store: Store
    ) -> None:
        self.calendar = calendar
        self.work = work
        self.me = me
        self.store = store
        self._account: CalDavAccount | None = None

    def busy(self, window: tuple[datetime, datetime]) -> list[Busy]:
        """Busy intervals from the configured calendar (none configured: an empty week)."""
        if self.calendar is None:
            return []
        if self.calendar.kind == "ics":
            calendar = without_belts_components(read_calendar(self._ics_path()))
            return busy_times([calendar], window, self.me, self.work.time_zone)
        account = self._caldav()
        blocks = account.collection(self.calendar.calendar)
        raw = [c for c in account.events_between(blocks, *window) if not _is_belt_block(c)]
        return busy_times(raw, window, self.me, self.work.time_zone)

    def plan(self, which: str, now: datetime, busy: Sequence[Busy] | None = None) -> Plan:
        """Place every open follow-up; blocks the user moved (in Belt or elsewhere) stay where they are."""
        window = week_window(which, now, self.work)
        busy = list(self.busy(window) if busy is None else busy)
        followups = {f.id: f for f in self.store.followups()}
        pinned = {k: v for k, v in self._pinned(followups).items() if followups[k].is_open}
        slots = plan_week(list(followups.values()), busy, work_week(self.work), window, now, pinned)
        return Plan(window=window, slots=tuple(slots), busy=tuple(busy), followups=followups)

    def save(self, plan: Plan) -> None:
        """Remember where each follow-up sits, so the review shows it without re-planning."""
        stored = {
            s.followup_id: {
                "start": s.start.isoformat() if s.start else None,
                "end": s.end.isoformat() if s.end else None,
                "reason": s.reason,
            }
            for s in plan.slots
        }
        self.store.set_state(SLOTS_KEY, stored)

    def saved_slots(self) -> dict[str, Slot]:
        stored = self.store.get_state(SLOTS_KEY, {}) or {}
        return {
            key: Slot(
                key,
                datetime.fromisoformat(value["start"]) if value.get("start") else None,
                datetime.fromisoformat(value["end"]) if value.get("end") else None,
                value.get("reason", ""),
            )
            for key, value in stored.items()
        }

    def write(self, plan: Plan, now: datetime) -> Outcome:
        """Publish tasks and blocks, then apply what changed elsewhere to Belt's follow-ups."""
        self.save(plan)
        if self.calendar is None:
            return Outcome(notices=["no calendar configured: the plan is kept in Belt only"])
        if self.calendar.kind == "ics":
            tasks, blocks = write_plan(self._ics_path(), plan.followups.values(), _by_id(plan.slots), now)
            return Outcome(notices=[f"wrote {tasks} tasks and {blocks} time blocks to {self.calendar.path}"])
        account = self._caldav()
        settings = self.calendar
        targets = Targets(
            blocks=account.collection(settings.calendar),
            tasks=account.collection(settings.task_list or settings.calendar),
            team_tasks=account.collection(settings.team_task_list) if settings.team_task_list else None,
            me=self.me,
        )
        records = {k: Record.from_doc(v) for k, v in (self.store.get_state(RECORDS_KEY, {}) or {}).items()}
        outcome = publish(account, targets, plan.followups.values(), _by_id(plan.slots), records, now)
        self._apply(outcome, plan.followups, now)
        return outcome

    def _apply(self, outcome: Outcome, followups: dict[str, FollowUp], now: datetime) -> None:
        with self.store.batch():
            merged = dict(self.store.get_state(RECORDS_KEY, {}) or {})
            merged.update({k: r.to_doc() for k, r in outcome.records.items()})
            self.store.set_state(RECORDS_KEY, merged)
            touched = set(outcome.completed_elsewhere) | set(outcome.changed_elsewhere)
            for followup_id in touched | set(outcome.moved_elsewhere):
                current = self.store.get_followup(followup_id) or followups[followup_id]
                edits = outcome.changed_elsewhere.get(followup_id, {})
                updated = replace(
                    current,
                    title=edits.get("title", current.title),
                    due=datetime.fromisoformat(edits["due"]) if "due" in edits else current.due,
                    status=FollowUpStatus.DONE
                    if followup_id in outcome.completed_elsewhere
                    else current.status,
                    # A block moved elsewhere is newer than a move made in Belt: Belt lets its own go.
                    extra={k: v for k, v in current.extra.items() if k not in (PIN_START, PIN_END)}
                    if followup_id in outcome.moved_elsewhere
                    else current.extra,
                    updated=now,
                )
                self.store.put_followup(updated)

    def _pinned(self, followups: dict[str, FollowUp]) -> dict[str, tuple[datetime, datetime]]:
        """Blocks kept where they are: moved on another device (the publish records), or moved in Belt.

        Belt's own move wins over an older move elsewhere; a newer move elsewhere clears it (`_apply`).
        """
        records = self.store.get_state(RECORDS_KEY, {}) or {}
        pinned = {}
        for followup_id, doc in records.items():
            record = Record.from_doc(doc)
            if followup_id in followups and record.block_pinned and record.block_base:
                start = datetime.fromisoformat(record.block_base["start"])
                pinned[followup_id] = (start, datetime.fromisoformat(record.block_base["end"]))
        for followup_id, followup in followups.items():
            block = pinned_block(followup)
            if block is not None:
                pinned[followup_id] = block
        return pinned

    def _ics_path(self) -> Path:
        if self.calendar is None or self.calendar.path is None:
            raise SourceError('calendar: kind = "ics" needs a path')
        return self.calendar.path

    def _caldav(self) -> CalDavAccount:
        if self._account is None:
            settings = self.calendar
            password = resolve_secret(settings.password) if settings.password else None
            self._account = CalDavAccount(settings.url, settings.username, password, settings.timeout_seconds)
        return self._account


def _by_id(slots: Sequence[Slot]) -> dict[str, Slot]:
    return {s.followup_id: s for s in slots}


def _is_belt_block(calendar) -> bool:
    """Belt's own time blocks are the plan, not busy time: counting them would push items forward."""
    return any(str(e.get("UID", "")).startswith(BLOCK_UID_PREFIX) for e in calendar.walk("VEVENT"))
