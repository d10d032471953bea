"""The typed settings the config file turns into: frozen dataclasses with one docstring per field.

Every layer reads these instead of raw TOML, so a value is checked once, at start-up, with an
error that names the file and key. Defaults here are the ones `config.example.toml` documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from types import MappingProxyType
from typing import Literal
from zoneinfo import ZoneInfo

from belt_tui.credentials import SecretSource
from belt_tui.errors import ConfigError

AccountKind = Literal["imap", "maildir"]
TlsMode = Literal["implicit", "starttls", "none"]
ImapAuth = Literal["login", "xoauth2"]
CalendarKind = Literal["caldav", "ics"]

DEFAULT_TIMEOUT_SECONDS = 30.0
IMPLICIT_TLS_PORT = 993
PLAIN_IMAP_PORT = 143


@dataclass(frozen=True, slots=True)
class Account:
    """One mail source: an IMAP server or a local Maildir."""

    name: str
    """Short unique label shown in the app and used to key synced state."""
    kind: AccountKind
    """"imap" reads a server; "maildir" reads a local folder (the demo, or mail pulled by mbsync)."""
    host: str = ""
    """IMAP server host name."""
    port: int = IMPLICIT_TLS_PORT
    """IMAP port: 993 for implicit TLS, 143 for STARTTLS or none."""
    tls: TlsMode = "implicit"
    """"implicit" (TLS from the first byte), "starttls", or "none" (only to a loopback address)."""
    username: str = ""
    """IMAP login name; also the keyring entry's user name."""
    password: SecretSource | None = None
    """Where the IMAP password comes from (command, environment, keyring or literal)."""
    auth: ImapAuth = "login"
    """"login" sends username and password; "xoauth2" sends an OAuth2 bearer token."""
    token: SecretSource | None = None
    """For xoauth2: the command that prints a fresh access token."""
    ca_file: Path | None = None
    """Extra CA certificate (PEM) to trust, for a server with a private certificate authority."""
    folders: tuple[str, ...] = ("INBOX",)
    """Folders read, INBOX first; include the Sent folder so your own replies count."""
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    """Seconds to wait on the server before giving up; a silent server must not hang the app."""
    path: Path | None = None
    """For kind "maildir": the Maildir folder (with cur/ new/ tmp/)."""


@dataclass(frozen=True, slots=True)
class Me:
    """Who the user is, so Belt can tell mail that waits on them from mail they wait on."""

    addresses: tuple[str, ...]
    """Every address the user sends or receives as, lower-cased."""
    name: str = ""
    """The user's display name, used to spot "Dear <name>" style addressing."""

    def is_me(self, address: str) -> bool:
        """Whether an address (any case) is one of the user's own."""
        return address.lower() in self.addresses


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """Where follow-ups and time blocks go: a CalDAV server, or a local .ics file for the demo."""

    kind: CalendarKind
    """"caldav" syncs with a server; "ics" reads and writes one local file."""
    url: str = ""
    """CalDAV server or principal URL (https, or http only to a loopback address)."""
    username: str = ""
    """CalDAV login name; also the keyring entry's user name."""
    password: SecretSource | None = None
    """Where the CalDAV password comes from (command, environment, keyring or literal)."""
    calendar: str = ""
    """Display name of the calendar that receives time blocks; empty means the server's first one."""
    task_list: str = ""
    """Display name of the task list for your follow-ups (VTODO); empty means the calendar above."""
    team_task_list: str = ""
    """Display name of a task list shared with your team; empty means none."""
    path: Path | None = None
    """For kind "ics": the calendar file."""
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    """Seconds to wait on the server before giving up."""


@dataclass(frozen=True, slots=True)
class WorkSettings:
    """The working week that follow-ups are slotted into."""

    time_zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    """IANA time zone the working hours are in, e.g. America/New_York."""
    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    """Working weekdays as `date.weekday()` numbers, 0 = Monday."""
    start: time = time(9, 0)
    """When the working day starts."""
    end: time = time(17, 30)
    """When the working day ends."""
    lunch: tuple[time, time] | None = (time(12, 30), time(13, 30))
    """A daily break no follow-up is slotted into; None for no break."""
    followup_minutes: int = 30
    """Length of the time block given to one follow-up."""
    daily_followup_cap_minutes: int = 120
    """Most minutes of follow-up blocks placed on any one day."""
    week_days_shown: int = 5
    """Columns in the week view: 5 (working week) or 7."""


@dataclass(frozen=True, slots=True)
class TriageSettings:
    """How long a thread may wait for the user's reply before it is flagged overdue."""

    response_target_hours: float = 24.0
    """Hours within which a reply is expected."""
    business_hours: bool = True
    """Count only working hours (from [work]) toward the target, so a Friday email isn't late on Sunday."""
    domain_targets: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    """Tighter (or looser) targets in hours for mail from particular domains, e.g. a key client's."""

    def target_hours_for(self, address: str) -> float:
        """The reply target for mail from `address`: its domain's (or a parent domain's), else the default."""
        domain = address.rpartition("@")[2].lower()
        while domain:
            if domain in self.domain_targets:
                return self.domain_targets[domain]
            domain = domain.partition(".")[2]
        return self.response_target_hours


@dataclass(frozen=True, slots=True)
class Config:
    """Everything the config file says, checked."""

    me: Me
    """The user's own addresses and name."""
    accounts: tuple[Account, ...]
    """Mail sources, in the order the file lists them."""
    calendar: CalendarSettings | None = None
    """Where follow-ups sync to; None keeps them local only."""
    work: WorkSettings = field(default_factory=WorkSettings)
    """Working hours and time zone."""
    triage: TriageSettings = field(default_factory=TriageSettings)
    """Response-time targets."""
    theme: str = "belt-dark"
    """Name of the theme to start with (built in, or a file in the user themes folder)."""
    keymap: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Key overrides: binding id (e.g. "triage.followup") to key (e.g. "f"); the TUI checks the ids."""
    source: Path | None = None
    """The file this was read from, for messages that point back at it."""

    def account(self, name: str | None = None) -> Account:
        """The account called `name`, else the first one listed: the one the app and `belt scan` show."""
        if name is None:
            return self.accounts[0]
        for account in self.accounts:
            if account.name == name:
                return account
        names = ", ".join(repr(account.name) for account in self.accounts)
        where = self.source or "the config file"
        raise ConfigError(f"{where}: no account named {name!r} (its accounts: {names})")
