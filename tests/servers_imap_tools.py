"""Helpers for the IMAP sync tests: build and deliver mail, read the server's own view, a silent server.

Delivery goes through the test Dovecot's IMAP APPEND (as a mail client would), and the server's
view of flags comes from `doveadm fetch`, so assertions never depend on the code under test.
"""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from servers import LOOPBACK
from servers_dovecot import DovecotServer

from belt_tui.config_schema import Account
from belt_tui.credentials import Secret, SecretSource

NEW_YORK = ZoneInfo("America/New_York")
FIRST_DATE = datetime(2026, 1, 5, 9, 0, tzinfo=NEW_YORK)


def account_for(server: DovecotServer, *, tls: str = "none", host: str | None = None, **changes) -> Account:
    """An Account pointing at the test Dovecot: plaintext port for tls="none", else the implicit-TLS port."""
    port = server.port if tls in ("none", "starttls") else server.tls_port
    settings = {
        "name": "work",
        "kind": "imap",
        "host": host or server.host,
        "port": port,
        "tls": tls,
        "username": server.user,
        "password": SecretSource("literal", literal=Secret(str(server.password)), where="test"),
        "folders": ("INBOX",),
        "timeout_seconds": 10.0,
        **changes,
    }
    return Account(**settings)


def make_message(
    index: int,
    *,
    subject: str | None = None,
    body: str | None = None,
    in_reply_to: str | None = None,
    html: bool = False,
    attachment: bytes | None = None,
    message_id: str | None = None,
) -> bytes:
    """A small, plausible message; each index gets its own Message-ID and date unless told otherwise."""
    message = EmailMessage()
    message["From"] = f"Counsel {index} <counsel{index}@other.test>"
    message["To"] = "Associate <associate@firm.test>"
    message["Subject"] = subject or f"Matter {index}: draft terms"
    message["Date"] = format_datetime(FIRST_DATE + timedelta(minutes=index))
    message["Message-ID"] = message_id or f"<{uuid.uuid4().hex}.{index}@other.test>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    text = body or f"Could you send the revised schedule {index} by Friday?\n"
    if html:
        message.set_content(text)
        message.add_alternative(f"<p>{text}</p>", subtype="html")
    else:
        message.set_content(text)
    if attachment is not None:
        message.add_attachment(
            attachment, maintype="application", subtype="pdf", filename=f"exhibit-{index}.pdf"
        )
    return bytes(message)


def append(server: DovecotServer, raw_messages: list[bytes], folder: str = "INBOX", flags=()) -> list[int]:
    """APPEND messages to a folder (created if needed); returns their UIDs."""
    uids = []
    with server.connect() as client:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for raw in raw_messages:
            response = client.append(folder, raw, flags=flags)
            uids.append(int(response.split(b"]")[0].split()[-1]))
        client.logout()
    return uids


def server_flags(server: DovecotServer, folder: str = "INBOX") -> str:
    """`doveadm fetch` of UID and FLAGS for every message: the server's own view, byte for byte."""
    return server.doveadm("fetch", "-u", server.user, "uid flags", "mailbox", folder)


def maildir_file_names(server: DovecotServer) -> list[str]:
    """Every message file name (Maildir flags live in the name) under the user's Maildir."""
    root = Path(server.maildir)
    return sorted(
        str(path.relative_to(root)) for path in root.rglob("*") if path.parent.name in ("cur", "new")
    )


@contextmanager
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word: the hang imapclient has by default."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind((LOOPBACK, 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()
