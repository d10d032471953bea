"""Connecting to IMAP: TLS verified or refused, plaintext only to loopback, clear login and timeout errors,
and no credential in any error, its cause chain, or the log."""

from __future__ import annotations

import base64
import logging
import time
import traceback

import pytest
from servers_dovecot import DovecotServer
from servers_imap_tools import account_for, silent_server

from belt_tui.config_schema import Account
from belt_tui.credentials import Secret, SecretSource
from belt_tui.errors import SourceError
from belt_tui.mail.imap_connect import connect


def leaks(error: BaseException, secret: str) -> bool:
    """Whether the secret, or a base64 form a SASL exchange would carry, shows anywhere in the traceback."""
    text = "".join(traceback.format_exception(error))
    forms = {secret, base64.b64encode(secret.encode()).decode()}
    return any(form in text for form in forms)


def test_plaintext_to_a_remote_host_is_refused_before_any_connection() -> None:
    remote = Account(
        name="work", kind="imap", host="imap.firm.test", port=143, tls="none", username="me",
        password=SecretSource("literal", literal=Secret("hunter2-secret"), where="test"),
    )  # fmt: skip
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"refused to send a password in plaintext to 'imap.firm.test'"):
        connect(remote)
    assert time.monotonic() - started < 1  # no DNS lookup, no connect attempt


@pytest.mark.imap
def test_plaintext_to_loopback_is_allowed(imap_account: DovecotServer) -> None:
    client = connect(account_for(imap_account, tls="none"))
    assert b"IMAP4REV1" in client.capabilities()
    client.logout()


@pytest.mark.imap
def test_a_self_signed_certificate_is_refused_without_the_ca_file(imap_account: DovecotServer) -> None:
    with pytest.raises(SourceError, match=r"certificate not trusted.*set ca_file"):
        connect(account_for(imap_account, tls="implicit"))


@pytest.mark.imap
def test_a_self_signed_certificate_is_accepted_with_its_ca_file(imap_account: DovecotServer) -> None:
    client = connect(account_for(imap_account, tls="implicit", ca_file=imap_account.ca_file))
    assert b"CONDSTORE" in client.capabilities()  # re-read after login
    client.logout()


@pytest.mark.imap
def test_the_host_name_must_match_the_certificate(imap_account: DovecotServer) -> None:
    # The certificate names IP 127.0.0.1 only; "localhost" reaches the same server but must not verify.
    with pytest.raises(SourceError, match=r"certificate not trusted"):
        connect(account_for(imap_account, tls="implicit", host="localhost", ca_file=imap_account.ca_file))


@pytest.mark.imap
def test_starttls_upgrades_and_verifies(imap_account: DovecotServer) -> None:
    client = connect(account_for(imap_account, tls="starttls", ca_file=imap_account.ca_file))
    assert client._imap.sock.version() is not None  # the socket is TLS now
    client.logout()
    with pytest.raises(SourceError, match=r"STARTTLS failed: TLS certificate not trusted"):
        connect(account_for(imap_account, tls="starttls"))


@pytest.mark.imap
def test_a_wrong_password_is_a_clear_error_without_the_password(imap_account: DovecotServer) -> None:
    wrong = "Wrong-Password-93b1"
    account = account_for(imap_account, password=SecretSource("literal", literal=Secret(wrong), where="test"))
    with pytest.raises(
        SourceError, match=r"login failed for 'belttest': wrong username or password"
    ) as caught:
        connect(account)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    assert not leaks(caught.value, wrong)


@pytest.mark.imap
def test_a_refused_xoauth2_token_is_a_clear_error_without_the_token(imap_account: DovecotServer) -> None:
    token = "ya29.token-that-must-not-leak"
    account = account_for(
        imap_account, auth="xoauth2", password=None,
        token=SecretSource("command", f"echo {token}", where="test"),
    )  # fmt: skip
    with pytest.raises(SourceError, match=r"login failed.*access token was refused") as caught:
        connect(account)
    sasl = f"user={imap_account.user}\1auth=Bearer {token}\1\1"
    assert not leaks(caught.value, token)
    assert base64.b64encode(sasl.encode()).decode() not in "".join(traceback.format_exception(caught.value))


def test_a_silent_server_times_out_instead_of_hanging() -> None:
    with silent_server() as port:
        account = account_for_silent(port, timeout_seconds=1.0)
        started = time.monotonic()
        with pytest.raises(SourceError, match=r"no answer within 1 seconds"):
            connect(account)
        assert time.monotonic() - started < 10


def test_a_silent_server_times_out_during_the_tls_handshake() -> None:
    with silent_server() as port, pytest.raises(SourceError, match=r"no answer within 1 seconds"):
        connect(account_for_silent(port, timeout_seconds=1.0, tls="implicit"))


def test_a_closed_port_is_a_clear_error() -> None:
    with silent_server() as port:
        pass  # now closed
    with pytest.raises(SourceError, match=r"connection refused; check host and port"):
        connect(account_for_silent(port))


@pytest.mark.imap
def test_no_protocol_line_is_logged(imap_account: DovecotServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = connect(account_for(imap_account))
    client.select_folder("INBOX", readonly=True)
    client.logout()
    assert [record for record in caplog.records if record.name.startswith("imapclient.imaplib")] == []
    assert str(imap_account.password) not in caplog.text


def account_for_silent(port: int, **changes) -> Account:
    settings = {
        "name": "work", "kind": "imap", "host": "127.0.0.1", "port": port, "tls": "none", "username": "me",
        "password": SecretSource("literal", literal=Secret("silent-secret"), where="test"),
        "timeout_seconds": 2.0, **changes,
    }  # fmt: skip
    return Account(**settings)
