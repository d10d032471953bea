"""`belt followup add|done|edit|undo`: change follow-ups from scripts; the same actions as the app."""

from __future__ import annotations

import argparse

from belt_tui.cli.followup_context import due_from, open_followups
from belt_tui.model import FollowUp


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "followup",
        help="add, complete, edit or undo a follow-up",
        description="Change one follow-up. --due takes what the app takes: fri, eod, tomorrow 3pm, 1/20, ...",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a follow-up", description="Add a follow-up with one owner and due."
    )
    add.add_argument("text", help="what has to happen")
    add.add_argument("--owner", required=True, metavar="ADDR", help="who owns it (an email address)")
    add.add_argument("--due", required=True, metavar="WHEN", help="when it is due, e.g. fri, eod, 1/20")
    add.add_argument("--message-id", metavar="ID", help="the Message-ID it came from, to link back to it")
    done = actions.add_parser("done", help="mark a follow-up done", description="Mark a follow-up done.")
    done.add_argument("id", help="follow-up id (a unique prefix is enough)")
    edit = actions.add_parser(
        "edit", help="change owner or due", description="Change a follow-up's owner or due."
    )
    edit.add_argument("id", help="follow-up id (a unique prefix is enough)")
    edit.add_argument("--owner", metavar="ADDR", help="the new owner")
    edit.add_argument("--due", metavar="WHEN", help="the new due date")
    edit.add_argument("--title", metavar="TEXT", help="the new title")
    actions.add_parser("undo", help="undo the last follow-up action", description="Undo the last action.")


def run(args: argparse.Namespace) -> int:
    with open_followups(args) as service:
        now = service.clock()
        if args.action == "add":
            message_id = _bracketed(args.message_id) if args.message_id else None
            _show(
                "added", service.create(args.text, args.owner, due_from(args.due, now), message_id=message_id)
            )
        elif args.action == "done":
            _show("done", service.done(args.id))
        elif args.action == "edit":
            if not (args.owner or args.due or args.title):
                raise SystemExit("belt followup edit: give --owner, --due or --title")
            followup = service.get(args.id)
            if args.owner:
                followup = service.set_owner(followup.id, args.owner)
            if args.due:
                followup = service.set_due(followup.id, due_from(args.due, now))
            if args.title:
                followup = service.rename(followup.id, args.title)
            _show("edited", followup)
        else:
            change = service.undo()
            print(f"undid: {change.label} ({change.after.id} {change.after.title})")
    return 0


def _bracketed(message_id: str) -> str:
    message_id = message_id.strip()
    return message_id if message_id.startswith("<") else f"<{message_id}>"


def _show(verb: str, followup: FollowUp) -> None:
    print(f"{verb} {followup.id}: {followup.title} — {followup.owner}, due {followup.due:%a %d %b %Y %H:%M}")
