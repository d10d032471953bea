"""Open one logged-in IMAP connection, safely, or raise a SourceError that says what to fix.

Safety is enforced here, not left to the server: Dovecot treats 127.0.0.1 as secure and accepts a
plaintext LOGIN there even when told not to (FIELD_NOTES), so "no password without TLS" is our
rule to keep. Plaintext is allowed only for `tls = "none"` to a loopback host (judged from the text
of the host name, no DNS). TLS always verifies the certificate chain and the host name; `ca_file`
replaces the system trust store for a private CA rather than switching verification off.

imapclient has no timeout by default and a silent server would block forever, so every connection
gets `SocketTimeout(connect, read)`, which covers the handshake and every later command. imaplib's
protocol trace is switched off: it would otherwise log every line, and redaction of AUTHENTICATE
continuations is not something to rely on. Every error is re-raised `from None`, so neither the
password nor its base64 XOAUTH2 form can ride along in `__cause__` / `__context__` chains.
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from belt_tui.config import is_loopback
from belt_tui.config_schema import Account
from belt_tui.credentials import Secret, resolve_secret
from belt_tui.errors import SourceError

# What a connection failure is, whatever layer (socket, TLS, imaplib, imapclient) reports it.
CONNECTION_ERRORS = (OSError, imaplib.IMAP4.error, IMAPClientError)


def connect(account: Account) -> IMAPClient:
    """A logged-in client for `account` with capabilities re-read after login; the caller logs out."""
    where = f"{account.name} ({account.host}:{account.port})"
    check_transport(account)
    secret = _credential(account)
    context = tls_context(account) if account.tls != "none" else None
    timeout = SocketTimeout(connect=account.timeout_seconds, read=account.timeout_seconds)
    try:
        client = IMAPClient(
            account.host, account.port, ssl=account.tls == "implicit", ssl_context=context, timeout=timeout
        )
    except CONNECTION_ERRORS as error:
        raise SourceError(f"{where}: cannot connect: {describe(error, account)}") from None
    client._imap.debug = 0  # imaplib's trace would log every protocol line, credentials included
    try:
        if account.tls == "starttls":
            _start_tls(client, context, account, where)
        _log_in(client, account, secret, where)
        client.capabilities()  # Dovecot adds CONDSTORE/QRESYNC only after LOGIN; this refreshes the cache
    except BaseException:
        _close_quietly(client)
        raise
    return client


def check_transport(account: Account) -> None:
    """Refuse plaintext to anything but loopback, whatever the config loader let through."""
    if account.tls == "none" and not is_loopback(account.host):
        raise SourceError(
            f"{account.name}: refused to send a password in plaintext to {account.host!r}; "
            'plaintext IMAP (tls = "none") is allowed only to localhost, 127.0.0.1 or ::1. '
            'Use tls = "implicit" (port 993) or "starttls" (port 143).'
        )


def tls_context(account: Account) -> ssl.SSLContext:
    """Certificate and host-name verification on; `ca_file` (PEM) is the only trust anchor when given."""
    try:
        context = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
    except (OSError, ssl.SSLError) as error:
        raise SourceError(f"{account.name}: cannot load ca_file {account.ca_file}: {error}") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def describe(error: BaseException, account: Account) -> str:
    """A short, specific reason for a connection failure, naming the fix when there is an obvious one."""
    if isinstance(error, ssl.SSLCertVerificationError):
        hint = (
            "; the certificate is not signed by the CA in ca_file"
            if account.ca_file
            else "; if the server uses a private CA, set ca_file to its certificate (PEM)"
        )
        return f"TLS certificate not trusted ({error.verify_message}){hint}"
    if isinstance(error, ssl.SSLError):
        return f"TLS failed ({error.reason or type(error).__name__}); check the port and the tls setting"
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer within {account.timeout_seconds:g} seconds (timeout_seconds)"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused; check host and port"
    if isinstance(error, socket.gaierror):
        return f"unknown host {account.host!r}"
    if isinstance(error, imaplib.IMAP4.abort | ConnectionError):
        return "the server closed the connection"
    if isinstance(error, OSError):
        return error.strerror or type(error).__name__
    return _server_text(error)


def _credential(account: Account) -> Secret:
    source = account.token if account.auth == "xoauth2" else account.password
    if source is None:
        what = "token_command" if account.auth == "xoauth2" else "password"
        raise SourceError(f"{account.name}: no {what} configured")
    return resolve_secret(source)


def _start_tls(client: IMAPClient, context: ssl.SSLContext | None, account: Account, where: str) -> None:
    if not client.has_capability("STARTTLS"):
        raise SourceError(
            f"{where}: the server does not offer STARTTLS, so the password would go out in plaintext; "
            'use tls = "implicit" (port 993) if the server supports it'
        )
    try:
        client.starttls(context)
    except CONNECTION_ERRORS as error:
        raise SourceError(f"{where}: STARTTLS failed: {describe(error, account)}") from None
    client.capabilities()  # capabilities may differ after TLS; never trust the plaintext list


def _log_in(client: IMAPClient, account: Account, secret: Secret, where: str) -> None:
    try:
        if account.auth == "xoauth2":
            client.oauth2_login(account.username, secret.reveal())
        else:
            client.login(account.username, secret.reveal())
    except LoginError:
        what = "the access token was refused" if account.auth == "xoauth2" else "wrong username or password"
        raise SourceError(
            f"{where}: login failed for {account.username!r}: {what}. The server's answer is not "
            "repeated here; check the credentials the config points at."
        ) from None
    except CONNECTION_ERRORS as error:
        raise SourceError(f"{where}: login failed: {describe(error, account)}") from None


def _server_text(error: BaseException) -> str:
    """The server's own words, trimmed; used only after login so no credential can be echoed in them."""
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__


def _close_quietly(client: IMAPClient) -> None:
    with contextlib.suppress(CONNECTION_ERRORS):
        client.shutdown()
