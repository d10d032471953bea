"""`belt followups`: list follow-ups, most urgent first, for reading or for scripts (--json)."""

from __future__ import annotations

import argparse
import json

from belt_tui.cli.followup_context import open_followups


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "followups",
        help="list follow-ups (open ones unless --all)",
        description="List follow-ups, overdue and soonest due first.",
    )
    parser.add_argument("--all", action="store_true", help="include done and answered follow-ups")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def run(args: argparse.Namespace) -> int:
    from belt_tui.asks.dates import describe_due
    from belt_tui.store_codec import followup_to_doc

    with open_followups(args) as service:
        items = service.all(include_closed=args.all)
        now = service.clock()
    if args.json:
        print(json.dumps([followup_to_doc(f) for f in items], ensure_ascii=False))
        return 0
    if not items:
        print("no follow-ups" if args.all else "no open follow-ups (belt followups --all shows closed ones)")
        return 0
    for f in items:
        print(f"{f.id}  {describe_due(f.due, now):<14} {f.status.value:<8} {f.owner:<32} {f.title}")
    return 0
