"""The Belt service: loads a real Maildir named by a real config file, holds the store's lock."""

from __future__ import annotations

import argparse
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from belt_tui.cli import app as cli_app
from belt_tui.config import load_config
from belt_tui.core import Belt
from belt_tui.core_views import View
from belt_tui.errors import SourceError, StoreLocked
from belt_tui.paths import Paths

NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
ME = "me@firm.example"


def deliver(maildir: Path, name: str, headers: str, body: str) -> None:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / f"{name}:2,S").write_text(f"{headers}\n\n{body}\n", encoding="utf-8")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.setenv("BELT_HOME", str(tmp_path / "belt-home"))
    return Paths.discover()


@pytest.fixture
def config_file(tmp_path: Path, home: Paths) -> Path:
    maildir = tmp_path / "Mail"
    deliver(
        maildir,
        "1",
        "Message-ID: <q1@client.example>\nFrom: Ann <ann@client.example>\n"
        f"To: {ME}\nSubject: Lease\nDate: Thu, 05 Mar 2026 10:00:00 +0000",
        "Could you send me the revised lease by Friday?",
    )
    home.config_file.parent.mkdir(parents=True, exist_ok=True)
    home.config_file.write_text(
        f'[me]\naddresses = ["{ME}"]\n\n[[accounts]]\nname = "archive"\nkind = "maildir"\n'
        f'path = "{maildir}"\n\n[work]\ntime_zone = "UTC"\n',
        encoding="utf-8",
    )
    home.config_file.chmod(0o600)
    return home.config_file


def test_a_configured_maildir_loads_into_the_views_with_progress(config_file: Path, home: Paths):
    reports: list[tuple[int, int, str]] = []
    with Belt.from_config(load_config(config_file), home, clock=lambda: NOW) as belt:
        belt.load(lambda done, total, label: reports.append((done, total, label)))
        assert belt.counts() == {View.NEEDS_REPLY: 1, View.AWAITING_THEM: 0, View.ALL: 1, View.FOLLOWUPS: 0}
        (row,) = belt.rows(View.NEEDS_REPLY)
        assert (row.subject, row.sender, row.age_label) == ("Lease", "Ann", "23h")
        assert belt.rows(View.ALL, "nothing like this") == []
    assert reports[-1][0] == reports[-1][1] == 1
    assert reports[0][2].startswith("Reading")


def test_a_second_belt_on_the_same_store_is_refused(config_file: Path, home: Paths):
    config = load_config(config_file)
    with Belt.from_config(config, home), pytest.raises(StoreLocked, match="another belt is running"):
        Belt.from_config(config, home)
    with Belt.from_config(config, home):
        pass


def test_a_missing_maildir_is_a_source_error_naming_it(config_file: Path, home: Paths, tmp_path: Path):
    with Belt.from_config(load_config(config_file), home) as belt:
        (tmp_path / "Mail" / "cur" / "1:2,S").unlink()
        for sub in ("cur", "new", "tmp"):
            (tmp_path / "Mail" / sub).rmdir()
        with pytest.raises(SourceError, match="Mail"):
            belt.load()


def test_the_demo_keeps_its_own_store_apart_from_the_users(tmp_path: Path, home: Paths):
    with Belt.open_demo(home.cache_dir / "demo", now=NOW) as demo:
        demo.load()
        assert demo.counts()[View.ALL] > 0
        assert demo.store.data_dir != home.data_dir
        assert demo.now() == NOW


def test_belt_without_a_config_points_to_the_demo(home: Paths, capsys: pytest.CaptureFixture[str]):
    assert cli_app.run(argparse.Namespace(config=None)) == 1
    message = capsys.readouterr().err
    assert "belt demo" in message
    assert "config.example.toml" in message
    assert str(home.config_file) in message


def test_a_restart_lists_the_last_runs_threads_before_reading_any_mail(
    config_file: Path, home: Paths, tmp_path: Path
):
    config = load_config(config_file)
    with Belt.from_config(config, home, clock=lambda: NOW) as belt:
        belt.load()
    shutil.rmtree(tmp_path / "Mail")
    listed: list[list[str]] = []
    with Belt.from_config(config, home, clock=lambda: NOW) as again:
        with pytest.raises(SourceError):
            again.load(listed=lambda: listed.append([row.subject for row in again.rows(View.ALL)]))
        assert [row.subject for row in again.rows(View.ALL, "revised lease")] == ["Lease"]
        analysis, message = again.locate("<q1@client.example>")
        assert (analysis.thread.subject, message.sender.addr) == ("Lease", "ann@client.example")
        assert "ann@client.example" in again.contacts()
    assert listed == [["Lease"]]


def test_a_thread_listed_from_the_last_run_can_be_read_before_the_mail_is(config_file: Path, home: Paths):
    config = load_config(config_file)
    with Belt.from_config(config, home, clock=lambda: NOW) as belt:
        belt.load()
    read: list[tuple[object, str]] = []

    def listed() -> None:
        row = again.rows(View.ALL)[0]
        analysis = again.analysis(row.thread_id)
        read.append((row.analysis, analysis.verdict.asks[0].text))

    with Belt.from_config(config, home, clock=lambda: NOW) as again:
        again.load(listed=listed)
        assert again.rows(View.ALL)[0].analysis is not None
    assert read == [(None, "Could you send me the revised lease by Friday?")]


def test_an_unreadable_thread_snapshot_is_ignored(config_file: Path, home: Paths):
    config = load_config(config_file)
    with Belt.from_config(config, home, clock=lambda: NOW) as belt:
        belt.load()
    for snapshot in (home.cache_dir / "scan").glob("threads-*"):
        snapshot.write_bytes(b"not a pickle")
    listed: list[bool] = []
    with Belt.from_config(config, home, clock=lambda: NOW) as again:
        again.load(listed=lambda: listed.append(True))
        assert [row.subject for row in again.rows(View.ALL)] == ["Lease"]
    assert listed == []
