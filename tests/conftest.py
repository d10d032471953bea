"""Session-wide real servers for integration tests: Dovecot (IMAP) and Radicale (CalDAV).

Nothing is skipped: when a server cannot start (Dovecot not installed, a bad config), every test that needs it
fails with the reason, because CI must prove the code against real servers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from servers import ServerStartError
from servers_dovecot import DovecotServer
from servers_radicale import RadicaleServer


@pytest.fixture(autouse=True)
def private_belt_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's config, store, cache or log: all of it goes under tmp.

    Tests that need a particular home set BELT_HOME themselves; this is the floor under all of them.
    """
    monkeypatch.setenv("BELT_HOME", str(tmp_path_factory.mktemp("belt-home")))


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """A command run in-process configures logging; put the root logger back after each test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


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
