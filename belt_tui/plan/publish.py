"""Two-way publishing of follow-ups (VTODO) and their time blocks (VEVENT) to CalDAV.

The server is shared with the user's phone and colleagues, so Belt never wins a tug of war:
- a task completed elsewhere completes the follow-up in Belt;
- a block moved elsewhere stays where it was moved (it becomes pinned for slotting);
- a block or task deleted elsewhere is not recreated;
- a field changed elsewhere is kept; Belt pushes only the fields it changed itself since the last
  sync (a three-way merge against the snapshot stored in the record), always under `If-Match`.

What changed elsewhere is found by an ETag diff: one PROPFIND per collection, then a GET only for
objects whose ETag moved. (Sync tokens would save the PROPFIND's size on huge calendars; the diff
works on every server, and a user's follow-up calendar is small.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from icalendar import Calendar

from belt_tui.model import FollowUp, FollowUpStatus, Slot
from belt_tui.plan.caldav_client import CalDavAccount, Collection, Conflict, RemoteObject
from belt_tui.plan.ical import (
    block_event,
    block_uid,
    event_times,
    followup_todo,
    task_uid,
    todo_is_completed,
)

ATTEMPTS = 3


@dataclass
class Record:
    """What Belt last wrote for one follow-up: where, which ETag, and the values it wrote (the base)."""

    task_href: str | None = None
    task_etag: str | None = None
    task_base: dict[str, str] = field(default_factory=dict)
    task_gone: bool = False
    block_href: str | None = None
    block_etag: str | None = None
    block_base: dict[str, str] = field(default_factory=dict)
    block_gone: bool = False
    block_pinned: bool = False

    def to_doc(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_doc(cls, doc: Mapping | None) -> Record:
        return cls(**dict(doc)) if doc else cls()


@dataclass
class Outcome:
    """What the round trip learned, for the core to apply and the UI to show."""

    records: dict[str, Record] = field(default_factory=dict)
    completed_elsewhere: list[str] = field(default_factory=list)
    moved_elsewhere: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)
    changed_elsewhere: dict[str, dict[str, str]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Targets:
    """Where things go: blocks to one calendar, tasks to a task list (a team's for colleagues' items)."""

    blocks: Collection
    tasks: Collection
    team_tasks: Collection | None = None
    me: frozenset[str] = frozenset()

    def task_list_for(self, followup: FollowUp) -> Collection:
        if self.team_tasks is not None and followup.owner.lower() not in self.me:
            return self.team_tasks
        return self.tasks


class _Listing:
    """ETag diff: one PROPFIND per collection tells which objects changed since Belt wrote them, so
    an unchanged task or block costs no GET. A Conflict drops the listing: it is stale by then."""

    def __init__(self, account: CalDavAccount) -> None:
        self._account = account
        self._tags: dict[str, dict[str, str]] = {}

    def unchanged(self, collection: Collection, href: str | None, etag: str | None) -> bool:
        if href is None or not etag:
            return False
        if collection.url not in self._tags:
            self._tags[collection.url] = self._account.etags(collection)
        return self._tags[collection.url].get(href) == etag

    def forget(self, collection: Collection) -> None:
        self._tags.pop(collection.url, None)


def publish(
    account: CalDavAccount,
    targets: Targets,
    followups: Iterable[FollowUp],
    slots: Mapping[str, Slot],
    records: Mapping[str, Record],
    stamp: datetime,
) -> Outcome:
    """Bring the server in line with Belt's follow-ups and slots without overwriting anyone."""
    outcome = Outcome()
    listing = _Listing(account)
    warned_no_tasks: set[str] = set()
    for followup in sorted(followups, key=lambda f: f.id):
        record = Record.from_doc(records[followup.id].to_doc()) if followup.id in records else Record()
        task_list = targets.task_list_for(followup)
        if task_list.accepts_tasks:
            _sync_task(account, listing, task_list, followup, record, stamp, outcome)
        elif task_list.name not in warned_no_tasks:
            warned_no_tasks.add(task_list.name)
            outcome.notices.append(
                f"calendar {task_list.name!r} does not accept tasks (VTODO): "
                "follow-ups go there as time blocks only"
            )
        slot = slots.get(followup.id)
        wanted = (slot.start, slot.end) if slot and slot.start and slot.end and followup.is_open else None
        _sync_block(account, listing, targets.blocks, followup, wanted, record, stamp, outcome)
        outcome.records[followup.id] = record
    return outcome


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _task_fields(followup: FollowUp) -> dict[str, str]:
    done = followup.status in (FollowUpStatus.DONE, FollowUpStatus.ANSWERED)
    return {"title": followup.title, "due": _utc(followup.due), "done": str(done)}


def _remote_task_fields(calendar: Calendar, fallback: Mapping[str, str]) -> dict[str, str]:
    fields = dict(fallback)
    for todo in calendar.walk("VTODO"):
        fields["title"] = str(todo.get("SUMMARY", fallback.get("title", "")))
        if todo.get("DUE") is not None and isinstance(todo["DUE"].dt, datetime):
            fields["due"] = _utc(todo["DUE"].dt)
        fields["done"] = str(todo_is_completed(calendar))
    return fields


def _merge(base: Mapping[str, str], local: Mapping[str, str], remote: Mapping[str, str]) -> dict[str, str]:
    """Per field: a change made elsewhere wins; otherwise Belt's value."""
    return {key: remote[key] if remote.get(key) != base.get(key) else local[key] for key in local}


def _sync_task(
    account: CalDavAccount,
    listing: _Listing,
    task_list: Collection,
    followup: FollowUp,
    record: Record,
    stamp: datetime,
    outcome: Outcome,
) -> None:
    if record.task_gone:
        return
    local = _task_fields(followup)
    for _ in range(ATTEMPTS):
        try:
            if record.task_href is None:
                created = account.create(task_list, task_uid(followup.id), followup_todo(followup, stamp))
                if created is not None:
                    record.task_href, record.task_etag, record.task_base = created.href, created.etag, local
                    return
                record.task_href = _href(task_list, task_uid(followup.id))  # a retried create: adopt it
            if record.task_base and listing.unchanged(task_list, record.task_href, record.task_etag):
                if local != record.task_base:  # only Belt changed it: no need to read it first
                    todo = followup_todo(followup, stamp)
                    record.task_etag = account.update(record.task_href, record.task_etag, todo)
                    record.task_base = local
                return
            remote = account.get(record.task_href)
            if remote is None:
                record.task_gone = True
                outcome.notices.append(
                    f"the task for {followup.title!r} was deleted elsewhere; it stays deleted"
                )
                return
            _update_task(account, followup, record, local, remote, stamp, outcome)
            return
        except Conflict:
            listing.forget(task_list)
    outcome.notices.append(
        f"the task for {followup.title!r} keeps changing on the server; will retry next sync"
    )


def _update_task(
    account: CalDavAccount,
    followup: FollowUp,
    record: Record,
    local: dict[str, str],
    remote: RemoteObject,
    stamp: datetime,
    outcome: Outcome,
) -> None:
    remote_fields = _remote_task_fields(remote.calendar, local)
    merged = _merge(record.task_base or remote_fields, local, remote_fields)
    if merged["done"] == "True" and local["done"] == "False":
        outcome.completed_elsewhere.append(followup.id)
    edits = {key: merged[key] for key in ("title", "due") if merged[key] != local[key]}
    if edits:
        outcome.changed_elsewhere[followup.id] = edits
    if merged == remote_fields:
        record.task_etag, record.task_base = remote.etag, remote_fields
        return
    status = FollowUpStatus.DONE if merged["done"] == "True" else FollowUpStatus.OPEN
    wanted = replace(
        followup, title=merged["title"], due=datetime.fromisoformat(merged["due"]), status=status
    )
    record.task_etag = account.update(remote.href, remote.etag, followup_todo(wanted, stamp))
    record.task_base = merged


def _sync_block(
    account: CalDavAccount,
    listing: _Listing,
    calendar: Collection,
    followup: FollowUp,
    wanted: tuple[datetime, datetime] | None,
    record: Record,
    stamp: datetime,
    outcome: Outcome,
) -> None:
    if record.block_gone:
        return
    for _ in range(ATTEMPTS):
        try:
            _block_round(account, listing, calendar, followup, wanted, record, stamp, outcome)
            return
        except Conflict:
            listing.forget(calendar)
    outcome.notices.append(
        f"the block for {followup.title!r} keeps changing on the server; will retry next sync"
    )


def _block_round(
    account: CalDavAccount,
    listing: _Listing,
    calendar: Collection,
    followup: FollowUp,
    wanted: tuple[datetime, datetime] | None,
    record: Record,
    stamp: datetime,
    outcome: Outcome,
) -> None:
    if record.block_href is None:
        if wanted is None:
            return
        created = account.create(calendar, block_uid(followup.id), block_event(followup, *wanted, stamp))
        if created is not None:
            record.block_href, record.block_etag, record.block_base = (
                created.href,
                created.etag,
                _times(wanted),
            )
            return
        record.block_href = _href(calendar, block_uid(followup.id))
    if record.block_base and listing.unchanged(calendar, record.block_href, record.block_etag):
        if wanted is None:
            account.delete(record.block_href, record.block_etag)
            record.block_href, record.block_etag, record.block_base = None, None, {}
        elif _times(wanted) != record.block_base:
            event = block_event(followup, *wanted, stamp)
            record.block_etag = account.update(record.block_href, record.block_etag, event)
            record.block_base = _times(wanted)
        return
    remote = account.get(record.block_href)
    if remote is None:
        if record.block_base:
            record.block_gone = True
            outcome.notices.append(
                f"the block for {followup.title!r} was deleted elsewhere; it stays deleted"
            )
        else:
            record.block_href = None
        return
    placed = event_times(remote.calendar)
    if (
        placed
        and record.block_base
        and _times(placed) != record.block_base
        and remote.etag != record.block_etag
    ):
        outcome.moved_elsewhere[followup.id] = placed  # moved by hand elsewhere: respect it
        record.block_etag, record.block_base, record.block_pinned = remote.etag, _times(placed), True
        return
    if wanted is None:
        account.delete(remote.href, remote.etag)
        record.block_href, record.block_etag, record.block_base = None, None, {}
        return
    if placed and _times(placed) == _times(wanted):
        record.block_etag, record.block_base = remote.etag, _times(wanted)
        return
    record.block_etag = account.update(remote.href, remote.etag, block_event(followup, *wanted, stamp))
    record.block_base = _times(wanted)


def _times(interval: tuple[datetime, datetime]) -> dict[str, str]:
    return {"start": _utc(interval[0]), "end": _utc(interval[1])}


def _href(collection: Collection, uid: str) -> str:
    return collection.url.rstrip("/") + f"/{uid}.ics"
