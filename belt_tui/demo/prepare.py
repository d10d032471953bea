"""Copy the bundled demo mailbox and calendar into a scratch directory, moved to the current week.

`belt demo` runs this at every start, so the demo always shows a fresh week whose newest mail is from
today, and whatever the user does in the demo never touches the files shipped in the package (nor
the user's real store: the caller passes a directory of its own).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from belt_tui.demo.shift_calendar import shift_calendar
from belt_tui.demo.shift_mail import UndatedMessage, message_date, move_date, shift_message
from belt_tui.errors import BeltError

BUNDLE = Path(__file__).resolve().parent
BUNDLED_MAILBOX = BUNDLE / "mailbox"
BUNDLED_CALENDAR = BUNDLE / "calendar.ics"
MAILBOX_NAME = "mailbox"
CALENDAR_NAME = "calendar.ics"

# The demo's user, a litigation associate in New York, and the zones her correspondents write from.
USER_NAME = "Maya Okafor"
USER_ADDRESSES = ("maya.okafor@lindqvistlaw.com", "mokafor@lindqvistlaw.com")
USER_TIME_ZONE = "America/New_York"
WRITER_TIME_ZONES = (USER_TIME_ZONE, "Europe/Berlin")
MAILDIR_SUBDIRS = ("cur", "new", "tmp")


class DemoDataError(BeltError):
    """The bundled demo data is missing or unreadable, or cannot be copied where asked."""


@dataclass(frozen=True, slots=True)
class DemoData:
    """Where the prepared demo lives and who its user is, for the app to open like a real account."""

    maildir: Path
    ics: Path
    me: tuple[str, ...]
    name: str
    time_zone: str


@dataclass(frozen=True, slots=True)
class _BundledMessage:
    path: Path  # relative to the mailbox root, e.g. cur/belt-demo-01-01.lindqvistlaw:2,S
    raw: bytes
    date: datetime


def prepare_demo(dest: Path, now: datetime) -> DemoData:
    """A fresh copy of the demo in `dest`, every date moved so the newest message is on `now`'s date.

    The move is a whole number of days; times of day stay as written (on the writer's wall clock,
    across daylight-saving changes). `now`'s date is taken as given, in its own zone. Re-running
    rewrites every demo file and removes any other file under the demo mailbox (messages the app
    moved or flagged last time); other files in `dest`, such as the demo's own store, are kept.
    """
    dest = Path(dest).resolve()
    if dest.is_relative_to(BUNDLE):
        raise DemoDataError(f"demo data must be prepared outside the installed package, not in {dest}")
    messages = _read_bundle()
    days = (now.date() - max(m.date for m in messages).date()).days
    zones = tuple(ZoneInfo(name) for name in WRITER_TIME_ZONES)
    try:
        _write_mailbox(dest / MAILBOX_NAME, messages, days, zones)
        calendar = shift_calendar(BUNDLED_CALENDAR.read_bytes(), days, zones[0])
        staged = dest / f".{CALENDAR_NAME}.tmp"
        staged.write_bytes(calendar)
        os.replace(staged, dest / CALENDAR_NAME)
    except OSError as error:
        raise DemoDataError(f"cannot prepare the demo in {dest}: {error.strerror or error}") from error
    return DemoData(
        maildir=dest / MAILBOX_NAME,
        ics=dest / CALENDAR_NAME,
        me=USER_ADDRESSES,
        name=USER_NAME,
        time_zone=USER_TIME_ZONE,
    )


def _read_bundle() -> list[_BundledMessage]:
    messages: list[_BundledMessage] = []
    try:
        for path in sorted(BUNDLED_MAILBOX.rglob("*")):
            if path.is_file() and path.parent.name in ("cur", "new"):
                raw = path.read_bytes()
                messages.append(_BundledMessage(path.relative_to(BUNDLED_MAILBOX), raw, message_date(raw)))
    except (OSError, UndatedMessage) as error:
        raise DemoDataError(f"the bundled demo mailbox is unreadable ({error}); reinstall belt") from error
    if not messages or not BUNDLED_CALENDAR.is_file():
        raise DemoDataError(f"the bundled demo data is missing from {BUNDLE}; reinstall belt")
    return messages


def _write_mailbox(root: Path, messages: list[_BundledMessage], days: int, zones: Sequence[ZoneInfo]) -> None:
    """Maildir++ with cur/new/tmp in every folder (git cannot carry empty ones), file mtimes = Date.

    Files are overwritten in place and strays deleted afterwards, which costs far less than removing
    and recreating the tree at every start.
    """
    folders = {root} | {root / m.path.parts[0] for m in messages if m.path.parts[0].startswith(".")}
    for folder in folders:
        for sub in MAILDIR_SUBDIRS:
            (folder / sub).mkdir(parents=True, exist_ok=True)
        if folder != root:
            (folder / "maildirfolder").touch()
    wanted = {folder / "maildirfolder" for folder in folders if folder != root}
    for message in messages:
        target = root / message.path
        # Unlink first: ext4 flushes a file that is truncated and rewritten in place (auto_da_alloc).
        target.unlink(missing_ok=True)
        target.write_bytes(shift_message(message.raw, days, zones))
        stamp = move_date(message.date, days, zones).timestamp()
        os.utime(target, (stamp, stamp))
        wanted.add(target)
    for directory, subdirs, files in os.walk(root, topdown=False):
        here = Path(directory)
        for name in files:
            if here / name not in wanted:
                (here / name).unlink()
        for name in subdirs:
            if here / name not in folders and not (here in folders and name in MAILDIR_SUBDIRS):
                shutil.rmtree(here / name)
