"""Passwords and tokens: where the config says to find them, and a wrapper that will not print them.

A `Secret` hides its value from `repr`, `str` and f-strings, so a stray log line or traceback shows
`Secret(***)`; only `.reveal()` hands the value over, at the one place that sends it to a server.
Resolution never falls back to a weaker source: a missing keyring backend is an error, not a prompt
to store the password in plain text.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from belt_tui.errors import ConfigError

SecretKind = Literal["command", "env", "keyring", "literal"]

# A password manager may ask for a passphrase (gpg-agent, pass, op); give the user time to answer.
COMMAND_TIMEOUT_SECONDS = 60.0
# How much of a failing command's stderr the error repeats: enough to diagnose, never a dump.
STDERR_EXCERPT_CHARS = 300


class SecretError(ConfigError):
    """A configured secret could not be obtained; the message says which source and why, never the value."""


class Secret:
    """A string that refuses to be printed; call `.reveal()` at the point of use.

    Every value is also remembered (in this process only) so the log redactor in `belt_tui.logs`
    can mask it should it ever reach a log line through a library's message.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        if len(value) >= 4:
            _SEEN.add(value)

    def reveal(self) -> str:
        """The plain value, for the one call that needs it (a LOGIN, an HTTP auth header)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret(***)"

    __str__ = __repr__


_SEEN: set[str] = set()


def seen_secrets() -> frozenset[str]:
    """Every secret value this process has held, for redaction."""
    return frozenset(_SEEN)


@dataclass(frozen=True, slots=True)
class SecretSource:
    """Where one secret comes from, as written in the config; the literal kind holds a `Secret`.

    `where` is the config location (``config.toml: accounts[0].password_command``) so every
    resolution error points at the line to fix.
    """

    kind: SecretKind
    reference: str = ""
    """The command line, the environment variable name, or the keyring service; empty for a literal."""
    username: str = ""
    """The keyring entry's user name (the account's login name)."""
    literal: Secret | None = None
    """The password itself, only for kind "literal" (allowed when the config file is private)."""
    where: str = ""


def resolve_secret(source: SecretSource, environ: Mapping[str, str] | None = None) -> Secret:
    """Fetch the secret `source` names; raise `SecretError` explaining what to fix when it cannot."""
    if source.kind == "command":
        return _from_command(source)
    if source.kind == "env":
        return _from_environment(source, os.environ if environ is None else environ)
    if source.kind == "keyring":
        return _from_keyring(source)
    if source.literal is None:
        raise SecretError(f"{source.where}: no password given")
    return source.literal


def _from_command(source: SecretSource) -> Secret:
    """Run the command without a shell and take the first line of its output, as isync's PassCmd does."""
    argv = shlex.split(source.reference)
    if not argv:
        raise SecretError(f"{source.where}: the command is empty")
    program = argv[0]
    try:
        finished = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise SecretError(f"{source.where}: program {program!r} not found") from None
    except OSError as error:
        raise SecretError(f"{source.where}: cannot run {program!r} ({error.strerror})") from None
    except subprocess.TimeoutExpired:
        raise SecretError(
            f"{source.where}: {program!r} gave no answer within {COMMAND_TIMEOUT_SECONDS:g} seconds"
        ) from None
    if finished.returncode != 0:
        # stdout is never repeated: a half-working password manager may have printed the secret.
        detail = _stderr_excerpt(finished.stderr)
        raise SecretError(
            f"{source.where}: {program!r} failed with exit status {finished.returncode}"
            + (f": {detail}" if detail else "")
        )
    value = finished.stdout.decode("utf-8", errors="replace").splitlines()
    if not value or not value[0]:
        raise SecretError(f"{source.where}: {program!r} printed nothing on its first line")
    return Secret(value[0])


def _stderr_excerpt(stderr: bytes) -> str:
    text = " ".join(stderr.decode("utf-8", errors="replace").split())
    if len(text) > STDERR_EXCERPT_CHARS:
        return text[:STDERR_EXCERPT_CHARS] + "…"
    return text


def _from_environment(source: SecretSource, environ: Mapping[str, str]) -> Secret:
    value = environ.get(source.reference)
    if value is None:
        raise SecretError(f"{source.where}: environment variable {source.reference} is not set")
    if not value:
        raise SecretError(f"{source.where}: environment variable {source.reference} is empty")
    return Secret(value)


def _from_keyring(source: SecretSource) -> Secret:
    """Ask the system keyring; a missing or 'fail' backend is an error, never a silent plain-text fallback."""
    try:
        import keyring
        import keyring.errors
        from keyring.backends import fail
    except ImportError:
        raise SecretError(
            f"{source.where}: the keyring package is not installed; install it with "
            "`pip install 'belt-tui[keyring]'` or use password_command"
        ) from None
    entry = f"service {source.reference!r}, user {source.username!r}"
    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise SecretError(f"{source.where}: no usable keyring backend on this system ({entry})")
    try:
        value = keyring.get_password(source.reference, source.username)
    except keyring.errors.NoKeyringError:
        raise SecretError(f"{source.where}: no usable keyring backend on this system ({entry})") from None
    except keyring.errors.KeyringError as error:
        raise SecretError(f"{source.where}: the keyring refused ({entry}): {type(error).__name__}") from None
    if not value:
        raise SecretError(
            f"{source.where}: nothing stored in the keyring for {entry}; "
            f"add it with `keyring set {shlex.quote(source.reference)} {shlex.quote(source.username)}`"
        )
    return Secret(value)
