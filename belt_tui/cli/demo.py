"""`belt demo`: the app on the bundled demo mailbox, shifted so its newest mail is from today.

No network, no config, no account. The demo keeps its mail and its store under Belt's cache
folder, so trying the demo never touches the user's real follow-ups.
"""

from __future__ import annotations

import argparse

from belt_tui.cli.arguments import aware_datetime


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="open the app on a bundled demo inbox (no account needed)",
        description="Open Belt on a demo lawyer's week: a Maildir and a calendar dated to this week.",
    )
    parser.add_argument(
        "--now",
        type=aware_datetime,
        metavar="ISO",
        help="pretend it is this moment, e.g. 2026-03-06T09:30+00:00 (default: the clock)",
    )


def run(args: argparse.Namespace) -> int:
    from belt_tui.core import Belt
    from belt_tui.paths import Paths
    from belt_tui.tui.app import BeltApp

    paths = Paths.discover()
    with Belt.open_demo(paths.cache_dir / "demo", now=args.now) as belt:
        BeltApp(belt, subtitle=belt.label).run()
    return 0
