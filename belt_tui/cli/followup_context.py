"""What the follow-up commands share: the user's store, clock and addresses, config optional.

Follow-ups are useful before any mail account is set up, so a missing config file is fine here
(local time zone, no addresses); a broken one is still an error. Imports are lazy: `belt --help`
must not pay for dateparser.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belt_tui.followups import FollowUps


@contextmanager
def open_followups(args: argparse.Namespace) -> Iterator[FollowUps]:
    from belt_tui.config import load_config
    from belt_tui.followups import FollowUps
    from belt_tui.paths import Paths
    from belt_tui.store import Store

    paths = Paths.discover(args.config)
    me: frozenset[str] = frozenset()
    zone: tzinfo | None = datetime.now().astimezone().tzinfo
    if paths.config_file.exists():
        config = load_config(paths.config_file)
        me, zone = frozenset(config.me.addresses), config.work.time_zone
    paths.ensure_dirs()
    with Store.open(paths.data_dir) as store:
        yield FollowUps(store, lambda: datetime.now(zone), me)


def due_from(text: str, now: datetime) -> datetime:
    """A typed due date ("fri", "eod", "1/20"), or a FollowUpError saying what would work."""
    from belt_tui.asks.dates import parse_when
    from belt_tui.followups import FollowUpError

    when = parse_when(text, now)
    if when.due is None:
        raise FollowUpError(when.error or f"cannot read {text!r} as a due date")
    return when.due
