"""`belt` with no subcommand: the app on the configured account.

With no config file yet, it says how to get one instead of failing: the demo needs none, and
`config.example.toml` documents every key.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from belt_tui.config import Config

NO_CONFIG = """\
belt: no config file at {path}

To look around first, run:    belt demo
To use your own mail, copy the example, which documents every key:
    cp {example} {path}
then fill in your addresses and a Maildir or IMAP account.
"""


def run(args: argparse.Namespace) -> int:
    from belt_tui.config import load_config
    from belt_tui.core import Belt
    from belt_tui.paths import Paths, example_config
    from belt_tui.tui.app import BeltApp

    paths = Paths.discover(args.config)
    if not paths.config_file.exists():
        print(NO_CONFIG.format(path=paths.config_file, example=example_config()), file=sys.stderr, end="")
        return 1
    config = load_config(paths.config_file)
    with Belt.from_config(config, paths, account_name=args.account) as belt:
        app = BeltApp(
            belt,
            theme=config.theme,
            keymap=config.keymap,
            theme_dirs=(paths.user_themes_dir,),
            subtitle=belt.label,
            notices=other_accounts_notice(config, belt.label, chosen=args.account is not None),
        )
        app.run()
    return 0


def other_accounts_notice(config: Config, shown: str, *, chosen: bool) -> tuple[str, ...]:
    """One line saying the other configured accounts exist and how to open them, unless one was chosen."""
    others = [account.name for account in config.accounts if account.name != shown]
    if chosen or not others:
        return ()
    commands = ", ".join(f"belt --account {name}" for name in others)
    return (f"Showing account {shown!r}; the config has {len(others) + 1}. Open another with: {commands}",)
