"""The real test servers behave like the servers Belt meets in the field: logins work over plaintext and TLS,
wrong passwords are refused, seeded mail can be read without touching its flags, calendars accept events."""

from __future__ import annotations

import ssl
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import pytest
import servers_dovecot
from caldav.lib.error import AuthorizationError
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from servers import ServerStartError
from servers_dovecot import IMAP_TIMEOUT_SECONDS, DovecotServer
from servers_radicale import RadicaleServer

CALDAV_TIMEOUT_SECONDS = 10
NEW_YORK = ZoneInfo("America/New_York")


def write_maildir_message(maildir: Path, name: str, subject: str) -> None:
    """Drop one unread message into a Maildir++ folder, as a delivery agent would."""
    message = EmailMessage()
    message["From"] = "Opposing Counsel <counsel@other.test>"
    message["To"] = "Associate <associate@firm.test>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 1, 5, 9, 30, tzinfo=NEW_YORK))
    message["Message-ID"] = f"<{uuid.uuid4().hex}@other.test>"
    message.set_content("Smoke-test body.\n")
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / f"1767623400.{name}.belt:2,").write_bytes(bytes(message))


@pytest.fixture
def seeded_account(imap_account: DovecotServer, tmp_path: Path) -> DovecotServer:
    """One unread message in INBOX and one in the Maildir++ subfolder Clients.Acme."""
    source = tmp_path / "Maildir"
    write_maildir_message(source, "inbox1", "Draft settlement terms")
    write_maildir_message(source / ".Clients.Acme", "acme1", "Engagement letter")
    imap_account.seed(source)
    return imap_account


def log_mentions(log: Path, secret: str) -> bool:
    """A bare bool, so a failing assertion cannot echo the log (and the secret in it) into the test report."""
    return secret in log.read_text()


def folder_names(client: IMAPClient) -> set[str]:
    return {name for _flags, _delimiter, name in client.list_folders()}


@pytest.mark.imap
def test_plaintext_login_lists_the_seeded_folders(seeded_account: DovecotServer) -> None:
    with IMAPClient(
        seeded_account.host, seeded_account.port, ssl=False, timeout=IMAP_TIMEOUT_SECONDS
    ) as client:
        client.login(seeded_account.user, seeded_account.password)
        # Dovecot also lists the implied parent of a Maildir++ subfolder.
        assert folder_names(client) == {"INBOX", "Clients", "Clients.Acme"}
        client.logout()


@pytest.mark.imap
def test_tls_login_verifies_the_self_signed_certificate(imap_account: DovecotServer) -> None:
    context = ssl.create_default_context(cafile=imap_account.ca_file)
    with IMAPClient(
        imap_account.host, imap_account.tls_port, ssl=True, ssl_context=context, timeout=IMAP_TIMEOUT_SECONDS
    ) as client:
        client.login(imap_account.user, imap_account.password)
        assert "INBOX" in folder_names(client)
        client.logout()


@pytest.mark.imap
def test_tls_is_refused_without_the_test_ca(imap_account: DovecotServer) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(imap_account.host, imap_account.tls_port, ssl=True, timeout=IMAP_TIMEOUT_SECONDS)


@pytest.mark.imap
def test_condstore_and_qresync_are_advertised_after_login(imap_account: DovecotServer) -> None:
    with imap_account.connect() as client:
        capabilities = set(client.capabilities())
        client.logout()
    assert {b"CONDSTORE", b"QRESYNC"} <= capabilities


@pytest.mark.imap
def test_body_peek_reads_a_seeded_message_without_marking_it_seen(seeded_account: DovecotServer) -> None:
    with seeded_account.connect(tls=True) as client:
        client.select_folder("INBOX")  # read-write on purpose: only PEEK keeps \Seen off here
        (uid,) = client.search(["ALL"])
        fetched = client.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
        assert b"Subject: Draft settlement terms" in fetched[b"BODY[]"]
        assert b"\\Seen" not in client.get_flags([uid])[uid]
        client.fetch([uid], ["BODY[]"])  # the non-PEEK fetch does mark it, proving the check above can fail
        assert b"\\Seen" in client.get_flags([uid])[uid]
        client.logout()


@pytest.mark.imap
def test_reset_leaves_an_empty_inbox(seeded_account: DovecotServer) -> None:
    seeded_account.reset()
    with seeded_account.connect() as client:
        assert folder_names(client) == {"INBOX"}
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
        client.logout()


@pytest.mark.imap
def test_imap_rejects_a_wrong_password(imap_account: DovecotServer) -> None:
    with (
        IMAPClient(imap_account.host, imap_account.port, ssl=False, timeout=IMAP_TIMEOUT_SECONDS) as client,
        pytest.raises(LoginError),
    ):
        client.login(imap_account.user, imap_account.password + "-wrong")

    assert not log_mentions(imap_account.root / "dovecot.log", imap_account.password)


def test_a_missing_dovecot_fails_loudly_and_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(servers_dovecot, "find_program", lambda _name: None)
    with pytest.raises(ServerStartError, match=r"python3 tasks\.py test"):
        DovecotServer.start()


def dav_client(server: RadicaleServer, password: str) -> caldav.DAVClient:
    return caldav.DAVClient(
        url=server.url, username=server.user, password=password, timeout=CALDAV_TIMEOUT_SECONDS
    )


@pytest.mark.caldav
def test_caldav_creates_a_calendar_and_reads_an_event_back(radicale: RadicaleServer) -> None:
    uid = f"{uuid.uuid4()}@belt.test"
    start = datetime(2026, 1, 6, 14, 0, tzinfo=NEW_YORK)
    with dav_client(radicale, radicale.password) as client:
        calendar = client.principal().make_calendar(name="Smoke", cal_id=f"smoke-{uuid.uuid4().hex}")
        calendar.save_event(
            uid=uid, dtstart=start, dtend=start + timedelta(minutes=30), summary="Call client"
        )
        event = calendar.get_event_by_uid(uid)
        component = event.icalendar_component
        assert str(component["SUMMARY"]) == "Call client"
        assert component.decoded("DTSTART") == start


@pytest.mark.caldav
def test_calendar_url_fixture_gives_a_fresh_empty_calendar(
    radicale: RadicaleServer, calendar_url: str
) -> None:
    with dav_client(radicale, radicale.password) as client:
        calendar = client.calendar(url=calendar_url)
        assert calendar.get_display_name() == "Belt test calendar"
        assert list(calendar.get_objects_by_sync_token(load_objects=False)) == []


@pytest.mark.caldav
def test_caldav_rejects_a_wrong_password(radicale: RadicaleServer) -> None:
    with dav_client(radicale, radicale.password + "-wrong") as client, pytest.raises(AuthorizationError):
        client.principal()
    assert not log_mentions(radicale.root / "radicale.log", radicale.password)
