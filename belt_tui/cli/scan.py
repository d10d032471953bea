"""`belt scan`: every thread of a Maildir with its state for you and the asks in it.

`--json` prints the object the evaluation reads; without it, a table. Without `--maildir` the
configured account is scanned for the configured addresses: a Maildir in place, or an IMAP
account's local store as the last `belt sync` left it.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from belt_tui.cli.arguments import aware_datetime
from belt_tui.errors import ConfigError
from belt_tui.model import ThreadAnalysis

if TYPE_CHECKING:
    from belt_tui.config_schema import Account
    from belt_tui.paths import Paths


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="list threads waiting on you (or on others) and the asks in them",
        description="Scan a Maildir++ (INBOX and subfolders such as .Sent) and report each thread's "
        "state for you and every ask with its owner and due date.",
    )
    parser.add_argument(
        "--maildir", type=Path, metavar="DIR", help="Maildir++ root (default: configured account)"
    )
    parser.add_argument(
        "--me", action="append", default=[], metavar="ADDR", help="your address; repeat for aliases"
    )
    parser.add_argument(
        "--now", type=aware_datetime, metavar="ISO", help="the moment to judge from (default: now)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--no-cache", action="store_true", help="read every message afresh")


def _source(args: argparse.Namespace) -> tuple[Path | Account, frozenset[str]]:
    """The Maildir (or the synced IMAP account) and the user's addresses: from the arguments, else the
    config file."""
    me = frozenset(address.lower() for address in args.me or ())
    if args.maildir is not None and me:
        return args.maildir, me
    from belt_tui.config import load_config
    from belt_tui.paths import Paths

    paths = Paths.discover(getattr(args, "config", None))
    if not paths.config_file.exists():
        missing = (
            "--maildir DIR and --me ADDR"
            if args.maildir is None and not me
            else ("--me ADDR" if not me else "--maildir DIR")
        )
        raise ConfigError(f"no config file at {paths.config_file}; pass {missing}")
    config = load_config(paths.config_file)
    if not me:
        me = frozenset(config.me.addresses)
    if args.maildir is not None:
        return args.maildir, me
    account = config.account(getattr(args, "account", None))
    return (account.path if account.kind == "maildir" else account), me


def run(args: argparse.Namespace) -> int:
    from belt_tui.paths import Paths

    source, me = _source(args)
    now = args.now or datetime.now().astimezone()
    paths = Paths.discover(getattr(args, "config", None))
    if not isinstance(source, Path):
        analyses = _synced_analyses(source, paths, me, now)
        if args.json:
            from belt_tui.scan_report import report_of

            sys.stdout.write(report_of(analyses, me, now) + "\n")
        else:
            print_table(analyses)
        return 0
    cache_dir = None if args.no_cache else paths.cache_dir
    workers = min(2, os.cpu_count() or 1)
    if args.json:
        from belt_tui.scan_report import scan_report

        sys.stdout.write(scan_report(source, me, now, cache_dir=cache_dir, workers=workers) + "\n")
        return 0
    from belt_tui.scan import scan_maildir

    print_table(scan_maildir(source, me, now, cache_dir=cache_dir, workers=workers).analyses)
    return 0


def _synced_analyses(
    account: Account, paths: Paths, me: frozenset[str], now: datetime
) -> tuple[ThreadAnalysis, ...]:
    """An IMAP account's local store, as the last `belt sync` left it: no network here."""
    from belt_tui.mail.synced import iter_synced_messages, mail_cache
    from belt_tui.scan import scan_messages
    from belt_tui.store import Store

    with Store.open(paths.data_dir) as store:
        messages = list(iter_synced_messages(store, mail_cache(paths), account))
    return scan_messages(messages, me, now).analyses


def print_table(analyses: tuple[ThreadAnalysis, ...]) -> None:
    """Threads that wait on someone first, then the rest; each with its asks indented below."""
    order = {"needs_reply": 0, "awaiting_them": 1, "none": 2}
    for analysis in sorted(analyses, key=lambda a: (order[a.verdict.state.value], a.thread.subject.lower())):
        state = analysis.verdict.state.value
        print(f"{state:<14} {analysis.thread.subject[:70]}")
        if analysis.verdict.state.value != "none":
            print(f"{'':<14} {analysis.verdict.why}")
        for ask in analysis.asks:
            due = ask.due.date().isoformat() if ask.due else "-"
            text = ask.text if len(ask.text) <= 70 else ask.text[:67] + "..."
            print(f"{'':<16}{ask.kind.value:<11} {ask.owner or '-':<32} {due:<10} {text}")
