"""`belt review`: the weekly review (the week, what you owe, what others owe) as text, Markdown or JSON.

Mail is read through the core (which, as on every load, closes follow-ups whose owner has replied)
and the week is planned through its planner; the plan is not written to the calendar. When the
calendar cannot be read, the review falls back to the plan saved by the last `belt slot` (without
meetings) and says so on stderr, so a note can still be written offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from belt_tui.cli.arguments import aware_datetime
from belt_tui.model import Busy, Slot

if TYPE_CHECKING:
    from belt_tui.planner import Planner


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="print the weekly review: the week, what you owe, what others owe",
        description=(
            "Print the weekly review: each day's meetings, follow-up blocks and load, then what you owe, "
            "what others owe, what is overdue, what has no real due date and what could not be slotted."
        ),
    )
    parser.add_argument("--week", choices=("this", "next"), default="this", help="which week (default: this)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--markdown", action="store_true", help="print a Markdown note to paste")
    output.add_argument("--json", action="store_true", help="print one JSON object with every section")
    parser.add_argument("--now", type=aware_datetime, metavar="ISO", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from belt_tui.config import load_config
    from belt_tui.core import Belt
    from belt_tui.core_views import View
    from belt_tui.paths import Paths
    from belt_tui.planner import week_window
    from belt_tui.review import build_review
    from belt_tui.review_export import review_as_dict, review_as_markdown, review_as_text

    paths = Paths.discover(args.config)
    config = load_config(paths.config_file)
    now = args.now or datetime.now(config.work.time_zone)
    window = week_window(args.week, now, config.work)
    with Belt.from_config(config, paths, clock=lambda: now) as belt:
        belt.load()
        threads = [row.analysis for row in belt.rows(View.ALL) if row.analysis is not None]
        slots, busy = _plan_or_saved(belt.planner, args.week, now, window)
        followups = belt.followups.all(include_closed=True)
    review = build_review(
        now=now,
        window=window,
        work=config.work,
        followups=followups,
        slots=slots,
        busy=busy,
        threads=threads,
        me=frozenset(config.me.addresses),
        triage=config.triage,
    )
    if args.json:
        print(json.dumps(review_as_dict(review), ensure_ascii=False, indent=2))
    elif args.markdown:
        print(review_as_markdown(review), end="")
    else:
        print(review_as_text(review), end="")
    return 0


def _plan_or_saved(
    planner: Planner, week: str, now: datetime, window: tuple[datetime, datetime]
) -> tuple[Mapping[str, Slot], tuple[Busy, ...]]:
    """The week's plan around the calendar's meetings, or the saved plan when the calendar is unreachable."""
    from belt_tui.errors import SourceError

    try:
        plan = planner.plan(week, now)
    except SourceError as error:
        print(
            f"belt: the calendar could not be read ({error}); showing the plan saved by the last "
            "`belt slot`, without meetings",
            file=sys.stderr,
        )
        saved = planner.saved_slots()
        return {k: s for k, s in saved.items() if s.start is None or window[0] <= s.start < window[1]}, ()
    return {slot.followup_id: slot for slot in plan.slots}, plan.busy
