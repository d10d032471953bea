"""A local .ics file as the calendar: read its busy time, write Belt's tasks and blocks into it.

Only Belt's own components (UIDs `belt-task-…` / `belt-block-…`) are ever replaced; everything else
in the file is written back as it was read. The write is the store's atomic write (temp file,
fsync, rename), so a crash leaves either the old calendar or the new one, never half of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

from icalendar import Calendar

from belt_tui.errors import SourceError
from belt_tui.model import FollowUp, Slot
from belt_tui.plan.busy import parse_calendar
from belt_tui.plan.ical import BLOCK_UID_PREFIX, TASK_UID_PREFIX, block_event, followup_todo
from belt_tui.store_file import atomic_write


def read_calendar(path: Path) -> Calendar:
    """The calendar in `path`, or a SourceError naming the file and what is wrong with it."""
    try:
        data = path.expanduser().read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the calendar file {path}: {error.strerror or error}") from None
    try:
        return parse_calendar(data)
    except ValueError as error:
        raise SourceError(f"{path}: {error}") from None


def without_belts_components(calendar: Calendar) -> Calendar:
    """The calendar minus Belt's own tasks and blocks: those are the plan, not busy time."""
    calendar.subcomponents = [c for c in calendar.subcomponents if not _is_belts(c)]
    return calendar


def write_plan(
    path: Path, followups: Iterable[FollowUp], slots: Mapping[str, Slot], stamp: datetime
) -> tuple[int, int]:
    """Replace Belt's components in the file with the current plan; returns (tasks, blocks) written."""
    calendar = without_belts_components(read_calendar(path))
    tasks = blocks = 0
    for followup in sorted(followups, key=lambda f: f.id):
        for component in followup_todo(followup, stamp).subcomponents:
            calendar.add_component(component)
        tasks += 1
        slot = slots.get(followup.id)
        if followup.is_open and slot and slot.start and slot.end:
            for component in block_event(followup, slot.start, slot.end, stamp).subcomponents:
                calendar.add_component(component)
            blocks += 1
    atomic_write(path.expanduser(), calendar.to_ical())
    return tasks, blocks


def _is_belts(component) -> bool:
    uid = str(component.get("UID", ""))
    return uid.startswith((TASK_UID_PREFIX, BLOCK_UID_PREFIX))
