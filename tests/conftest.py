"""Session-wide real servers for integration tests: Dovecot (IMAP) and Radicale (CalDAV).

Nothing is skipped: when a server cannot start (Dovecot not installed, a bad config), every test that needs it
fails with the reason, because CI must prove the code against real servers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from servers import ServerStartError
from servers_dovecot import DovecotServer
from servers_radicale import RadicaleServer


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot for the session; prefer `imap_account`, which also empties the mailbox."""
    try:
        server = DovecotServer.start()
    except ServerStartError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> DovecotServer:
    """The session's Dovecot with the test user's mailbox wiped: an empty INBOX, no sessions."""
    dovecot.reset()
    return dovecot


@pytest.fixture(scope="session")
def radicale() -> Iterator[RadicaleServer]:
    try:
        server = RadicaleServer.start()
    except ServerStartError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def calendar_url(radicale: RadicaleServer) -> str:
    """URL of a new, empty calendar (VEVENT and VTODO) that no other test uses."""
    return radicale.new_calendar()
