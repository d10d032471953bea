"""`belt paths`: print where Belt reads and writes, one `name: path` per line, for scripts and bug reports."""

from __future__ import annotations

import argparse

from belt_tui.paths import Paths


def register(subparsers: argparse._SubParsersAction) -> None:
    subparsers.add_parser(
        "paths",
        help="print the config, data, cache, state, log and theme locations",
        description="Print each location Belt uses as `name: path`, one per line. "
        "BELT_HOME puts them all under one folder; --config replaces the config file.",
    )


def run(args: argparse.Namespace) -> int:
    for name, path in Paths.discover(config_file=args.config).as_dict().items():
        print(f"{name}: {path}")
    return 0
