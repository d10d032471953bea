"""`belt slot`: place open follow-ups into the week's free time and write the plan to the calendar."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from belt_tui.cli.arguments import aware_datetime
from belt_tui.model import Slot


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "slot",
        help="slot open follow-ups into free time on your calendar",
        description=(
            "Place each open follow-up into the earliest free working time before it is due, never over "
            "a meeting, and write tasks and time blocks to the configured calendar."
        ),
    )
    parser.add_argument("--week", choices=("this", "next"), default="this", help="which week (default: this)")
    parser.add_argument("--dry-run", action="store_true", help="print the plan without writing anything")
    parser.add_argument("--json", action="store_true", help="print the plan as JSON")
    parser.add_argument("--now", type=aware_datetime, metavar="ISO", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from belt_tui.config import load_config
    from belt_tui.paths import Paths
    from belt_tui.planner import Planner
    from belt_tui.store import Store

    paths = Paths.discover(args.config)
    config = load_config(paths.config_file)
    now = args.now or datetime.now(config.work.time_zone)
    with Store.open(paths.data_dir) as store:
        planner = Planner(config.calendar, config.work, frozenset(config.me.addresses), store)
        plan = planner.plan(args.week, now)
        notices = [] if args.dry_run else planner.write(plan, now).notices
    rows = [_row(slot, plan.followups[slot.followup_id]) for slot in plan.slots]
    if args.json:
        window = [moment.isoformat() for moment in plan.window]
        print(json.dumps({"window": window, "written": not args.dry_run, "slots": rows, "notices": notices}))
        return 0
    for row in rows:
        when = _when(row) if row["start"] else f"not slotted: {row['reason']}"
        print(f"{when:<32} {row['title'][:50]:<50}  {row['owner']}")
    placed = sum(1 for row in rows if row["start"])
    print(
        f"{placed} of {len(rows)} follow-ups slotted{' (dry run: nothing written)' if args.dry_run else ''}"
    )
    for notice in notices:
        print(f"note: {notice}")
    return 0


def _row(slot: Slot, followup) -> dict:
    return {
        "id": slot.followup_id,
        "title": followup.title,
        "owner": followup.owner,
        "due": followup.due.isoformat(),
        "start": slot.start.isoformat() if slot.start else None,
        "end": slot.end.isoformat() if slot.end else None,
        "reason": slot.reason,
    }


def _when(row: dict) -> str:
    start, end = datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])
    return f"{start:%a %d %b %H:%M}–{end:%H:%M}"
