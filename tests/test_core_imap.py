"""An IMAP account in the config: the core syncs it on load, and shows what it has when offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from servers_dovecot import DovecotServer
from servers_imap_tools import FIRST_DATE, account_for, append, make_message

from belt_tui.config import Config, Me, WorkSettings
from belt_tui.core import Belt
from belt_tui.core_views import View
from belt_tui.paths import Paths

pytestmark = pytest.mark.imap

NOW = FIRST_DATE + timedelta(days=1)


def config_for(account) -> Config:
    return Config(
        me=Me(addresses=("associate@firm.test",)),
        accounts=(account,),
        work=WorkSettings(time_zone=FIRST_DATE.tzinfo),
    )


@pytest.fixture
def home(tmp_path: Path) -> Paths:
    return Paths.discover(environ={"BELT_HOME": str(tmp_path / "home")})


def test_loading_an_imap_account_syncs_it_and_lists_the_threads_waiting_on_me(
    imap_account: DovecotServer, home: Paths
):
    append(imap_account, [make_message(1, subject="Lease renewal")])
    notices: list[str] = []
    with Belt.from_config(config_for(account_for(imap_account)), home, clock=lambda: NOW) as belt:
        belt.load(notice=notices.append)
        [row] = belt.rows(View.NEEDS_REPLY)
    assert row.subject == "Lease renewal"
    assert notices == []


def test_new_mail_arrives_on_the_next_load(imap_account: DovecotServer, home: Paths):
    append(imap_account, [make_message(1)])
    with Belt.from_config(config_for(account_for(imap_account)), home, clock=lambda: NOW) as belt:
        belt.load()
        append(imap_account, [make_message(2, subject="Second matter")])
        belt.load()
        subjects = {row.subject for row in belt.rows(View.ALL)}
    assert "Second matter" in subjects and len(subjects) == 2


def test_an_unreachable_server_shows_the_mail_synced_before_with_a_notice(
    imap_account: DovecotServer, home: Paths
):
    append(imap_account, [make_message(1, subject="Synced earlier")])
    account = account_for(imap_account)
    with Belt.from_config(config_for(account), home, clock=lambda: NOW) as belt:
        belt.load()
    offline = replace(account, port=9, timeout_seconds=2.0)
    notices: list[str] = []
    with Belt.from_config(config_for(offline), home, clock=lambda: NOW + timedelta(hours=1)) as belt:
        belt.load(notice=notices.append)
        subjects = [row.subject for row in belt.rows(View.ALL)]
    assert subjects == ["Synced earlier"]
    assert len(notices) == 1 and "press r to try again" in notices[0]
    assert str(imap_account.password) not in notices[0]


def test_loading_without_sync_reads_only_the_local_copy(imap_account: DovecotServer, home: Paths):
    append(imap_account, [make_message(1)])
    with Belt.from_config(config_for(account_for(imap_account)), home, clock=lambda: NOW) as belt:
        belt.load(sync=False)
        assert belt.rows(View.ALL) == []
        belt.load()
        assert len(belt.rows(View.ALL)) == 1


def test_belt_scan_without_maildir_reads_the_synced_imap_store(imap_account: DovecotServer, tmp_path: Path):
    append(imap_account, [make_message(1, subject="Lease renewal")])
    home = tmp_path / "home"
    home.mkdir()
    config = home / "config.toml"
    config.write_text(
        '[me]\naddresses = ["associate@firm.test"]\n\n[[accounts]]\nname = "work"\nkind = "imap"\n'
        f'host = "{imap_account.host}"\nport = {imap_account.port}\ntls = "none"\n'
        f'username = "{imap_account.user}"\npassword_env = "BELT_TEST_IMAP_PASSWORD"\n\n'
        '[work]\ntime_zone = "America/New_York"\n'
    )
    env = {**os.environ, "BELT_HOME": str(home), "BELT_TEST_IMAP_PASSWORD": str(imap_account.password)}

    def belt(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "belt_tui", *args], env=env, capture_output=True, text=True, timeout=120
        )

    synced = belt("sync")
    assert synced.returncode == 0, synced.stderr
    scanned = belt("scan", "--json", "--now", NOW.isoformat())
    assert scanned.returncode == 0, scanned.stderr
    [thread] = json.loads(scanned.stdout)["threads"]
    assert thread["state"] == "needs_reply"
    assert [ask["owner"] for ask in thread["asks"]] == ["associate@firm.test"]
    for output in (synced.stdout, synced.stderr, scanned.stderr):
        assert str(imap_account.password) not in output
