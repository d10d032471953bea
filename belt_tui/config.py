"""Read `config.toml` into a checked `Config`; each mistake is a ConfigError naming file, key and expectation.

Parsing is stdlib `tomllib`; the typed result lives in `config_schema` (re-exported here). Nothing is
resolved over the network or from a password manager at load time: secrets stay `SecretSource`s until
an adapter asks `belt_tui.credentials.resolve_secret` for them.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shlex
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from belt_tui.config_reader import REQUIRED, TableReader
from belt_tui.config_schema import (
    DEFAULT_TIMEOUT_SECONDS,
    IMPLICIT_TLS_PORT,
    PLAIN_IMAP_PORT,
    Account,
    CalendarSettings,
    Config,
    Me,
    TriageSettings,
    WorkSettings,
)
from belt_tui.config_work import TRIAGE_KEYS, WORK_KEYS, keymap_from, triage_from, work_from
from belt_tui.credentials import Secret, SecretSource
from belt_tui.errors import ConfigError

__all__ = ["Account", "CalendarSettings", "Config", "Me", "TriageSettings", "WorkSettings", "load_config"]

PASSWORD_KEYS = ("password_command", "password_env", "password_keyring", "password")
TOP_LEVEL_KEYS = ("theme", "me", "accounts", "calendar", "work", "triage", "keymap")
IMAP_KEYS = ("name", "kind", "host", "port", "tls", "username", *PASSWORD_KEYS, "auth", "token_command",
             "ca_file", "folders", "timeout_seconds")  # fmt: skip
MAILDIR_KEYS = ("name", "kind", "path", "folders")
ME_KEYS = ("addresses", "name")
CALDAV_KEYS = ("kind", "url", "username", *PASSWORD_KEYS, "calendar", "task_list", "team_task_list",
               "timeout_seconds")  # fmt: skip
ICS_KEYS = ("kind", "path")

# Every key the loader accepts, by table; config.example.toml must document each one.
KNOWN_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "top level": TOP_LEVEL_KEYS, "accounts (imap)": IMAP_KEYS, "accounts (maildir)": MAILDIR_KEYS,
    "me": ME_KEYS, "calendar (caldav)": CALDAV_KEYS, "calendar (ics)": ICS_KEYS, "work": WORK_KEYS,
    "triage": TRIAGE_KEYS,
})  # fmt: skip

MAX_TIMEOUT_SECONDS = 600.0
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SYNTAX_POSITION = re.compile(r"^(?P<what>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


@dataclass(frozen=True, slots=True)
class _ConfigFile:
    """What checks beyond a single key need to know about the file being read."""

    path: Path
    private: bool  # neither group nor others may read it: only then is a literal password allowed


def load_config(path: Path) -> Config:
    """Read and check the config file at `path`; raise ConfigError with file, key and expectation."""
    path = path.expanduser()
    origin = display_path(path)
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            raw = handle.read()
    except FileNotFoundError:
        raise ConfigError(
            f"{origin}: no config file here; copy config.example.toml to this path and edit it, "
            "or pass --config FILE"
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"{origin}: expected a TOML file, found a directory") from None
    except OSError as error:
        raise ConfigError(f"{origin}: cannot read the file ({error.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{origin}: expected UTF-8 text, found a bad byte at offset {error.start}"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{origin}: {_syntax_message(error)}") from None
    private = not stat.S_IMODE(mode) & (stat.S_IRWXG | stat.S_IRWXO)
    return _build(TableReader(data, "", origin), _ConfigFile(path, private))


def display_path(path: Path) -> str:
    """The path as the user would type it: under the home directory it starts with ~."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except (ValueError, RuntimeError):
        return str(path)


def _syntax_message(error: tomllib.TOMLDecodeError) -> str:
    match = _SYNTAX_POSITION.match(str(error))
    if match is None:
        return f"invalid TOML: {error}"
    return f"line {match['line']}, column {match['column']}: invalid TOML: {match['what']}"


def _build(top: TableReader, file: _ConfigFile) -> Config:
    top.reject_unknown(TOP_LEVEL_KEYS)
    me_table = top.table_at("me")
    if me_table is None:
        raise top.error("expected a [me] table with your addresses, but it is missing", "me")
    account_tables = top.tables_at("accounts")
    if not account_tables:
        raise top.error("expected at least one [[accounts]] table, but there is none", "accounts")
    work_table = top.table_at("work")
    if work_table is None:
        raise top.error("expected a [work] table with at least time_zone, but it is missing", "work")
    calendar_table = top.table_at("calendar")
    triage_table = top.table_at("triage")
    keymap_table = top.table_at("keymap")
    return Config(
        me=_me(me_table),
        accounts=_accounts(account_tables, file),
        calendar=_calendar(calendar_table, file) if calendar_table else None,
        work=work_from(work_table),
        triage=triage_from(triage_table) if triage_table else TriageSettings(),
        theme=top.string("theme", "belt-dark"),
        keymap=MappingProxyType(keymap_from(keymap_table)) if keymap_table else MappingProxyType({}),
        source=file.path,
    )


def _me(reader: TableReader) -> Me:
    reader.reject_unknown(ME_KEYS)
    addresses: list[str] = []
    for index, address in enumerate(reader.strings("addresses")):
        local, at, domain = address.strip().lower().partition("@")
        if not (local and at and domain) or "@" in domain or any(char.isspace() for char in address.strip()):
            raise reader.expected(f"addresses[{index}]", "an email address like name@firm.com", address)
        if f"{local}@{domain}" not in addresses:
            addresses.append(f"{local}@{domain}")
    if not addresses:
        raise reader.error("expected at least one address, got an empty array", "addresses")
    return Me(addresses=tuple(addresses), name=reader.string("name", "", nonempty=False).strip())


def _accounts(readers: list[TableReader], file: _ConfigFile) -> tuple[Account, ...]:
    accounts: list[Account] = []
    seen: dict[str, str] = {}
    for reader in readers:
        account = _account(reader, file)
        if account.name.lower() in seen:
            raise reader.error(
                f"{account.name!r} is already the name of {seen[account.name.lower()]}", "name"
            )
        seen[account.name.lower()] = reader.where
        accounts.append(account)
    return tuple(accounts)


def _account(reader: TableReader, file: _ConfigFile) -> Account:
    name = reader.string("name").strip()
    kind = reader.choice("kind", ("imap", "maildir"))
    if kind == "maildir":
        _reject_other_kind(reader, IMAP_KEYS, MAILDIR_KEYS, 'kind = "imap"')
        return Account(
            name=name,
            kind="maildir",
            path=_path(reader, "path", file),
            folders=_folders(reader),
        )
    _reject_other_kind(reader, MAILDIR_KEYS, IMAP_KEYS, 'kind = "maildir"')
    host = reader.string("host").strip()
    tls = reader.choice("tls", ("implicit", "starttls", "none"), "implicit")
    if tls == "none" and not is_loopback(host):
        raise reader.error(
            f"refused for host {host!r}: plaintext IMAP only to loopback (localhost, 127.0.0.1, ::1); "
            'use "implicit" or "starttls"',
            "tls",
        )
    port = reader.integer("port", IMPLICIT_TLS_PORT if tls == "implicit" else PLAIN_IMAP_PORT, 1, 65535)
    username = reader.string("username")
    auth = reader.choice("auth", ("login", "xoauth2"), "login")
    password = _secret_source(reader, username, file)
    token = None
    if auth == "xoauth2":
        if password is not None:
            raise reader.error('password keys are not used with auth = "xoauth2"; use token_command')
        token = _command_source(reader, "token_command", REQUIRED)
    elif reader.has("token_command"):
        raise reader.error('applies only to auth = "xoauth2"', "token_command")
    elif password is None:
        raise reader.error("expected one of " + ", ".join(PASSWORD_KEYS) + ", but none is given")
    return Account(
        name=name,
        kind="imap",
        host=host,
        port=port,
        tls=tls,  # type: ignore[arg-type]  # checked by choice()
        username=username,
        password=password,
        auth=auth,  # type: ignore[arg-type]
        token=token,
        ca_file=_path(reader, "ca_file", file, must_be_file=True) if reader.has("ca_file") else None,
        folders=_folders(reader),
        timeout_seconds=reader.number("timeout_seconds", DEFAULT_TIMEOUT_SECONDS, 0, MAX_TIMEOUT_SECONDS),
    )


def _reject_other_kind(
    reader: TableReader, other: tuple[str, ...], own: tuple[str, ...], other_kind: str
) -> None:
    for key in reader.table:
        if key in other and key not in own:
            raise reader.error(f"applies only to {other_kind}", key)
    reader.reject_unknown(own)


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine, judged from the text alone (no DNS lookup to be fooled by)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _folders(reader: TableReader) -> tuple[str, ...]:
    """INBOX always, then the extra folders the user listed, without repeats."""
    folders = ["INBOX"]
    for folder in reader.strings("folders", ()):
        if folder.upper() != "INBOX" and folder not in folders:
            folders.append(folder)
    return tuple(folders)


def _path(reader: TableReader, key: str, file: _ConfigFile, *, must_be_file: bool = False) -> Path:
    """A path with ~ expanded; a relative one is taken from the config file's folder."""
    path = Path(reader.string(key)).expanduser()
    if not path.is_absolute():
        path = file.path.parent / path
    if must_be_file and not path.is_file():
        raise reader.expected(key, "an existing file", str(path))
    return path


def _secret_source(reader: TableReader, username: str, file: _ConfigFile) -> SecretSource | None:
    """The one password source given, if any; a literal is refused in a file others can read."""
    given = [key for key in PASSWORD_KEYS if reader.has(key)]
    if len(given) > 1:
        raise reader.error("give only one of " + ", ".join(given))
    if not given:
        return None
    key = given[0]
    where = f"{reader.origin}: {reader.location(key)}"
    if key == "password_command":
        return _command_source(reader, key, REQUIRED)
    if key == "password_env":
        variable = reader.string(key)
        if not _ENV_NAME.fullmatch(variable):
            raise reader.expected(
                key, "an environment variable name like BELT_IMAP_PASSWORD", variable, secret=True
            )
        return SecretSource("env", variable, where=where)
    if key == "password_keyring":
        if not username:
            raise reader.error("needs a username: the keyring entry is looked up by service and user", key)
        return SecretSource("keyring", reader.string(key), username=username, where=where)
    value = reader.string(key, secret=True)
    if not file.private:
        raise reader.error(
            "a literal password in a file that group or others can read is refused; "
            f"fix with `chmod 600 {shlex.quote(str(file.path))}`, or use password_command instead",
            key,
        )
    return SecretSource("literal", literal=Secret(value), where=where)


def _command_source(reader: TableReader, key: str, default: Any) -> SecretSource:
    command = reader.string(key, default)
    try:
        words = shlex.split(command)
    except ValueError as error:
        raise reader.error(f"expected a command line, but it does not parse ({error})", key) from None
    if not words:
        raise reader.expected(key, "a command line", command)
    return SecretSource("command", command, where=f"{reader.origin}: {reader.location(key)}")


def _calendar(reader: TableReader, file: _ConfigFile) -> CalendarSettings:
    kind = reader.choice("kind", ("caldav", "ics"))
    if kind == "ics":
        _reject_other_kind(reader, CALDAV_KEYS, ICS_KEYS, 'kind = "caldav"')
        return CalendarSettings(kind="ics", path=_path(reader, "path", file))
    _reject_other_kind(reader, ICS_KEYS, CALDAV_KEYS, 'kind = "ics"')
    url = reader.string("url").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise reader.expected("url", "an https:// URL", url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise reader.error(f"refused for {url!r}: plaintext CalDAV only to loopback; use https://", "url")
    username = reader.string("username", "", nonempty=False)
    return CalendarSettings(
        kind="caldav",
        url=url,
        username=username,
        password=_secret_source(reader, username, file),
        calendar=reader.string("calendar", "", nonempty=False),
        task_list=reader.string("task_list", "", nonempty=False),
        team_task_list=reader.string("team_task_list", "", nonempty=False),
        timeout_seconds=reader.number("timeout_seconds", DEFAULT_TIMEOUT_SECONDS, 0, MAX_TIMEOUT_SECONDS),
    )
