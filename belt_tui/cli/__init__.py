"""`belt` entry point: one module per subcommand, each with `register(subparsers)` and `run(args)`.

Bad arguments exit 2 with usage (argparse); a `BeltError` prints its message and exits 1 with no
traceback, so secrets and internals never reach the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from belt_tui import __version__, logs
from belt_tui.errors import BeltError
from belt_tui.paths import Paths

# Subcommand modules under belt_tui.cli, in the order `belt --help` lists them.
COMMANDS: tuple[str, ...] = (
    "demo",
    "sync",
    "followups",
    "followup",
    "scan",
    "classify",
    "slot",
    "review",
    "paths",
)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for `argv`: only the subcommands it needs are imported (see `_commands_to_register`).

    Importing every subcommand costs a `belt sync` run from cron about as much as a sync with nothing new.
    """
    parser = argparse.ArgumentParser(
        prog="belt",
        description="Keep follow-ups from dying inside email threads. With no subcommand, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"belt {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file (default: the XDG location)")
    parser.add_argument(
        "--account", metavar="NAME", help="the configured account to open or scan (default: the first one)"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _commands_to_register(argv):
        importlib.import_module(f"belt_tui.cli.{name}").register(subparsers)
    return parser


def _commands_to_register(argv: Sequence[str]) -> tuple[str, ...]:
    """The subcommands `argv` needs, read as argparse reads it: the one it names, none when it names none (the
    app), and all of them for help or for a word argparse must reject with the list of choices."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return COMMANDS
        if word in ("--config", "--account"):
            next(words, None)
        elif not word.startswith("-"):
            return (word,) if word in COMMANDS else COMMANDS
    return ()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        logs.configure(Paths.discover(args.config).log_file)
        if args.command is None:
            from belt_tui.cli import app

            return app.run(args)
        return importlib.import_module(f"belt_tui.cli.{args.command}").run(args)
    except BeltError as error:
        print(f"belt: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
