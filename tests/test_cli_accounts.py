"""Several configured accounts: the app and `belt scan` show one, chosen with `belt --account NAME`, and the
app says the others exist instead of hiding them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_support import belt

from belt_tui.cli.app import other_accounts_notice
from belt_tui.config import load_config
from belt_tui.core import Belt
from belt_tui.errors import ConfigError
from belt_tui.tui.app import BeltApp

ME = "maya@firm.test"


def maildir_with(root: Path, subject: str) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / "new" / "1.M1.test").write_text(
        f"From: Omar Haddad <omar@client.test>\nTo: {ME}\nSubject: {subject}\n"
        f"Date: Mon, 02 Mar 2026 09:00:00 -0500\nMessage-ID: <{subject.replace(' ', '.')}@client.test>\n\n"
        "Could you send the signed lease by Friday?\n"
    )
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    work = maildir_with(tmp_path / "Work", "Lease for Unit 4")
    personal = maildir_with(tmp_path / "Personal", "Strata levy")
    (home / "config.toml").write_text(
        f'[me]\naddresses = ["{ME}"]\n\n'
        f'[[accounts]]\nname = "work"\nkind = "maildir"\npath = "{work}"\n\n'
        f'[[accounts]]\nname = "personal"\nkind = "maildir"\npath = "{personal}"\n\n'
        '[work]\ntime_zone = "America/New_York"\n'
    )
    return home


def threads(result: subprocess.CompletedProcess) -> list[tuple[str, int]]:
    """(first Message-ID, number of asks) of each thread `belt scan --json` printed."""
    assert result.returncode == 0, result.stderr
    return [
        (thread["message_ids"][0], len(thread["asks"])) for thread in json.loads(result.stdout)["threads"]
    ]


def test_scan_shows_the_first_account_unless_another_is_named(home: Path):
    now = ("--now", "2026-03-03T09:00:00-05:00", "--json")
    assert threads(belt("scan", *now, home=home)) == [("<Lease.for.Unit.4@client.test>", 1)]
    personal = belt("--account", "personal", "scan", *now, home=home)
    assert threads(personal) == [("<Strata.levy@client.test>", 1)]


def test_an_unknown_account_name_is_refused_with_the_names_there_are(home: Path):
    result = belt("--account", "hobby", "scan", "--json", home=home)
    assert result.returncode == 1
    assert "no account named 'hobby'" in result.stderr and "'work', 'personal'" in result.stderr


def test_the_global_account_option_reaches_sync(home: Path):
    result = belt("--account", "personal", "sync", home=home)
    assert result.returncode == 1
    assert "no IMAP account named 'personal'" in result.stderr, "not reset by sync's own --account"


def test_the_app_is_told_about_the_accounts_it_does_not_show(home: Path):
    config = load_config(home / "config.toml")
    (notice,) = other_accounts_notice(config, "work", chosen=False)
    assert "'work'" in notice and "belt --account personal" in notice
    assert other_accounts_notice(config, "personal", chosen=True) == ()
    with pytest.raises(ConfigError, match="no account named 'hobby'"):
        config.account("hobby")
    assert config.account("personal").name == "personal" and config.account().name == "work"


async def test_the_app_shows_its_notices_once_started(tmp_path: Path):
    with Belt.open_demo(tmp_path / "demo") as belt_core:
        app = BeltApp(belt_core, notices=("Showing account 'work'; the config has 2.",))
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert [str(n.message) for n in app._notifications if n.title == "Accounts"] == [
                "Showing account 'work'; the config has 2."
            ]
