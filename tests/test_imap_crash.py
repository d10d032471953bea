"""A sync cut short (connection killed mid-fetch, process SIGKILLed at any point) resumes cleanly:
afterwards every message on the server is local exactly once, and no secret was written anywhere."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from servers_dovecot import DovecotServer
from servers_imap_tools import account_for, append, make_message

from belt_tui.errors import SourceError
from belt_tui.mail.imap_bodies import MailBodies
from belt_tui.mail.imap_ledger import LEDGER_FILE
from belt_tui.mail.imap_sync import sync_account
from belt_tui.mail.synced import iter_synced_messages
from belt_tui.store import Store

pytestmark = pytest.mark.imap
REPO = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from belt_tui.config_schema import Account
    from belt_tui.credentials import SecretSource
    from belt_tui.mail.imap_sync import sync_account
    from belt_tui.store import Store
    from belt_tui.mail.imap_bodies import MailBodies

    host, port, user, root = sys.argv[1:5]
    account = Account(
        name="work", kind="imap", host=host, port=int(port), tls="none", username=user,
        password=SecretSource("env", "BELT_TEST_IMAP_PASSWORD", where="test"), timeout_seconds=10,
    )
    def progress(done, total, label):
        print(done, flush=True)
    with Store.open(Path(root) / "data") as store:
        sync_account(account, store, MailBodies(Path(root) / "cache"), progress=progress, batch_size=7)
    print("finished", flush=True)
    """
)


def server_message_ids(raws: list[bytes]) -> set[str]:
    found = set()
    for raw in raws:
        for line in raw.split(b"\n"):
            if line.lower().startswith(b"message-id:"):
                found.add(line.split(b":", 1)[1].strip().decode())
    return found


def local_message_ids(server: DovecotServer, root: Path) -> list[str]:
    account = account_for(server)
    with Store.open(root / "data") as store:
        return [
            message.message_id for message in iter_synced_messages(store, MailBodies(root / "cache"), account)
        ]


def test_a_connection_killed_mid_fetch_says_so_and_the_next_sync_resumes(
    imap_account: DovecotServer, tmp_path: Path
) -> None:
    raws = [make_message(i) for i in range(40)]
    append(imap_account, raws)
    account = account_for(imap_account)
    cache = MailBodies(tmp_path / "cache")

    def kick_after_first_batch(done: int, total: int, label: str) -> None:
        if done == 5:
            imap_account.doveadm("kick", imap_account.user)

    with Store.open(tmp_path / "data") as store:
        with pytest.raises(SourceError, match=r"connection .* failed during sync.*sync again to continue"):
            sync_account(account, store, cache, progress=kick_after_first_batch, batch_size=5)
        kept = list(iter_synced_messages(store, cache, account))
        assert 0 < len(kept) < 40  # the batches before the kick were kept
        report = sync_account(account, store, cache, batch_size=5)
        assert report.folders[0].total == 40

    ids = local_message_ids(imap_account, tmp_path)
    assert len(ids) == len(set(ids))
    assert set(ids) == server_message_ids(raws)


@pytest.mark.parametrize("kill_after_lines", [1, 3, 6])
def test_a_sync_killed_at_any_point_completes_exactly_once(
    imap_account: DovecotServer, tmp_path: Path, kill_after_lines: int
) -> None:
    raws = [make_message(i, html=i % 3 == 0) for i in range(60)]
    append(imap_account, raws)
    env = {**os.environ, "BELT_TEST_IMAP_PASSWORD": str(imap_account.password), "PYTHONPATH": str(REPO)}
    where = [imap_account.host, str(imap_account.port), imap_account.user, str(tmp_path)]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *where], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert child.stdout is not None
    for _ in range(kill_after_lines):
        child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    account = account_for(imap_account)
    with Store.open(tmp_path / "data") as store:  # not corrupt, and the dead process's lock is gone
        report = sync_account(account, store, MailBodies(tmp_path / "cache"))
        assert report.folders[0].total == 60  # one ledger row per server copy

    ids = local_message_ids(imap_account, tmp_path)
    assert len(ids) == len(set(ids)) == 60
    assert set(ids) == server_message_ids(raws)


def test_no_file_log_or_output_holds_the_password(
    imap_account: DovecotServer, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    append(imap_account, [make_message(i) for i in range(5)])
    password = str(imap_account.password)
    forms = {
        password,
        base64.b64encode(f"\0{imap_account.user}\0{password}".encode()).decode(),  # SASL PLAIN
        base64.b64encode(password.encode()).decode(),
    }
    env = {
        **os.environ,
        "BELT_HOME": str(tmp_path / "home"),
        "BELT_TEST_IMAP_PASSWORD": password,
        "PYTHONPATH": str(REPO),
    }
    config = tmp_path / "home" / "config.toml"
    config.parent.mkdir()
    config.write_text(
        textwrap.dedent(
            f"""
            [me]
            addresses = ["associate@firm.test"]
            [work]
            time_zone = "America/New_York"
            [[accounts]]
            name = "work"
            kind = "imap"
            host = "{imap_account.host}"
            port = {imap_account.port}
            tls = "none"
            username = "{imap_account.user}"
            password_env = "BELT_TEST_IMAP_PASSWORD"
            """
        )
    )
    runs = [
        subprocess.run(
            [sys.executable, "-m", "belt_tui", "sync", "--verbose"], capture_output=True, text=True, env=env
        )
        for _ in range(2)
    ]
    wrong = subprocess.run(
        [sys.executable, "-m", "belt_tui", "sync", "--verbose"], capture_output=True, text=True,
        env={**env, "BELT_TEST_IMAP_PASSWORD": password + "x"},
    )  # fmt: skip
    assert [run.returncode for run in runs] == [0, 0]
    assert wrong.returncode == 1 and "login failed" in wrong.stderr

    texts = [run.stdout + run.stderr for run in (*runs, wrong)]
    files = [path for path in (tmp_path / "home").rglob("*") if path.is_file()]
    assert any(path.name == LEDGER_FILE for path in files)
    texts.extend(path.read_bytes().decode("latin-1") for path in files)
    texts.append("".join(capfd.readouterr()))
    found = [form_index for form_index, form in enumerate(sorted(forms)) for text in texts if form in text]
    assert found == []  # indexes only: the report must not print the secret it found
