"""`belt sync`: bring the local copy of every IMAP account up to date, without the app.

Progress goes to stderr: one redrawn line on a terminal, plain lines (one per folder step) when
piped or logged, so cron mail stays readable. The summary goes to stdout. Any account that fails is
reported by name with the reason and the exit status is 1; the others are still synced. Warnings
(a folder that suddenly looks empty, a configured folder the server lacks) are printed and logged.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TextIO

from belt_tui import logs
from belt_tui.errors import BeltError, ConfigError

log = logging.getLogger("belt_tui.sync")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync",
        help="fetch new mail and flag changes from your IMAP accounts",
        description=(
            "Read INBOX, Sent and the configured folders of each IMAP account, read-only: new mail, "
            "flag changes (answered, seen) and deletions. Only headers and the text part are fetched."
        ),
    )
    # SUPPRESS: `belt --account NAME sync` (the global option) must not be reset to None here.
    parser.add_argument("--account", metavar="NAME", default=argparse.SUPPRESS, help="sync only this account")
    parser.add_argument(
        "--accept-removals",
        action="store_true",
        help="mirror a folder that lost most of its messages (by default local copies are kept)",
    )
    parser.add_argument("--verbose", action="store_true", help="log protocol-level detail to stderr")


def run(args: argparse.Namespace) -> int:
    from belt_tui.config import load_config
    from belt_tui.mail.imap_sync import sync_account
    from belt_tui.mail.synced import mail_cache
    from belt_tui.paths import Paths
    from belt_tui.store import Store

    paths = Paths.discover(args.config)
    config = load_config(paths.config_file)
    accounts = [account for account in config.accounts if account.kind == "imap"]
    if args.account:
        accounts = [account for account in accounts if account.name == args.account]
    if not accounts:
        wanted = f" named {args.account!r}" if args.account else ""
        raise ConfigError(f"{paths.config_file}: no IMAP account{wanted} to sync")
    paths.ensure_dirs()
    logs.configure(paths.log_file, verbose=args.verbose, to_stderr=args.verbose)
    progress = _Progress(sys.stderr)
    failures = 0
    with Store.open(paths.data_dir) as store:
        for account in accounts:
            try:
                report = sync_account(
                    account, store, mail_cache(paths), progress=progress, accept_removals=args.accept_removals
                )
            except BeltError as error:
                progress.finish()
                failures += 1
                log.error("%s", error)
                print(f"belt: {error}", file=sys.stderr)
                continue
            progress.finish()
            for warning in report.warnings:
                print(f"warning: {warning}", file=sys.stderr)
            summary = (
                f"{account.name}: {report.new} new, {report.flags_changed} flag changes, "
                f"{report.removed} removed, {sum(f.total for f in report.folders)} messages "
                f"in {len(report.folders)} folders ({report.seconds:.1f} s)"
            )
            log.info("%s", summary)
            print(summary)
    return 1 if failures else 0


class _Progress:
    """`(done, total, label)` callback: a redrawn bar on a terminal, a line per new step otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last_label = ""
        self._drawn = False

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.tty:
            bar = ""
            if total:
                filled = int(20 * done / total)
                bar = f" [{'#' * filled}{'.' * (20 - filled)}] {done:,}/{total:,}"
            self.stream.write(f"\r\x1b[2K{label}{bar}")
            self.stream.flush()
            self._drawn = True
        elif label != self._last_label or (total and done == total):
            self.stream.write(f"{label}{f': {done:,}/{total:,}' if total else ''}\n")
        self._last_label = label

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False
