"""Secrets: resolved from a command, the environment or the keyring, and never printed by accident."""

from __future__ import annotations

import logging
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from belt_tui import credentials
from belt_tui.credentials import Secret, SecretError, SecretSource, resolve_secret

WHERE = "config.toml: accounts[0].password_command"


def python_command(code: str) -> str:
    """A password_command line that runs `code` in this interpreter, quoted as a user would write it."""
    return shlex.join([sys.executable, "-c", code])


def test_secret_hides_its_value_from_repr_str_and_fstrings(caplog: pytest.LogCaptureFixture) -> None:
    secret = Secret("hunter2")
    logging.getLogger("belt").warning("logging in with %s / %r", secret, secret)
    shown = [repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret]), caplog.text]
    assert all("hunter2" not in text for text in shown)
    assert f"{secret}" == "Secret(***)"
    assert secret.reveal() == "hunter2"


def test_command_output_first_line_is_the_secret() -> None:
    source = SecretSource("command", python_command("print('hunter2'); print('second line')"), where=WHERE)
    assert resolve_secret(source).reveal() == "hunter2"


def test_command_runs_without_a_shell() -> None:
    source = SecretSource("command", python_command("import sys; print(sys.argv[1])") + " $HOME", where=WHERE)
    assert resolve_secret(source).reveal() == "$HOME"


def test_failing_command_reports_status_and_stderr_but_never_stdout() -> None:
    code = "import sys; print('leaked-hunter2'); print('vault is locked', file=sys.stderr); sys.exit(3)"
    with pytest.raises(SecretError) as caught:
        resolve_secret(SecretSource("command", python_command(code), where=WHERE))
    message = str(caught.value)
    assert message.startswith(f"{WHERE}: ")
    assert "failed with exit status 3: vault is locked" in message
    assert "leaked-hunter2" not in message


def test_command_that_prints_nothing_is_an_error() -> None:
    with pytest.raises(SecretError, match="printed nothing on its first line"):
        resolve_secret(SecretSource("command", python_command("pass"), where=WHERE))


def test_missing_program_is_named() -> None:
    source = SecretSource("command", "belt-no-such-password-tool --get mail", where=WHERE)
    with pytest.raises(SecretError, match=r"program 'belt-no-such-password-tool' not found"):
        resolve_secret(source)


def test_command_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(credentials, "COMMAND_TIMEOUT_SECONDS", 0.2)
    source = SecretSource("command", python_command("import time; time.sleep(30)"), where=WHERE)
    with pytest.raises(SecretError, match=r"gave no answer within 0\.2 seconds"):
        resolve_secret(source)


def test_environment_variable_is_read() -> None:
    source = SecretSource("env", "BELT_IMAP_PASSWORD", where="config.toml: accounts[0].password_env")
    assert resolve_secret(source, {"BELT_IMAP_PASSWORD": "hunter2"}).reveal() == "hunter2"


def test_missing_environment_variable_is_named() -> None:
    source = SecretSource("env", "BELT_IMAP_PASSWORD", where="config.toml: accounts[0].password_env")
    with pytest.raises(SecretError) as caught:
        resolve_secret(source, {})
    assert str(caught.value) == (
        "config.toml: accounts[0].password_env: environment variable BELT_IMAP_PASSWORD is not set"
    )


def test_empty_environment_variable_is_an_error() -> None:
    source = SecretSource("env", "BELT_IMAP_PASSWORD", where="config.toml: accounts[0].password_env")
    with pytest.raises(SecretError, match="BELT_IMAP_PASSWORD is empty"):
        resolve_secret(source, {"BELT_IMAP_PASSWORD": ""})


def test_literal_is_returned_as_is() -> None:
    literal = Secret("hunter2")
    assert resolve_secret(SecretSource("literal", literal=literal, where="config.toml: x")) is literal


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (the plugin interface) that keeps entries in a dict for the test's lifetime."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


KEYRING_SOURCE = SecretSource(
    "keyring", "belt-imap", username="adoe", where="config.toml: accounts[0].password_keyring"
)


def test_keyring_entry_is_read(restore_keyring: None) -> None:
    backend = MemoryKeyring()
    backend.set_password("belt-imap", "adoe", "hunter2")
    keyring.set_keyring(backend)
    assert resolve_secret(KEYRING_SOURCE).reveal() == "hunter2"


def test_keyring_without_a_backend_is_an_error_not_a_fallback(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretError) as caught:
        resolve_secret(KEYRING_SOURCE)
    assert str(caught.value) == (
        "config.toml: accounts[0].password_keyring: no usable keyring backend on this system "
        "(service 'belt-imap', user 'adoe')"
    )


def test_empty_keyring_entry_says_how_to_store_it(restore_keyring: None) -> None:
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(SecretError, match=r"nothing stored in the keyring.*`keyring set belt-imap adoe`"):
        resolve_secret(KEYRING_SOURCE)


def test_program_that_cannot_be_run_is_named(tmp_path: Path) -> None:
    not_executable = tmp_path / "vault-tool"
    not_executable.write_text("#!/bin/sh\necho hunter2\n")
    source = SecretSource("command", shlex.quote(str(not_executable)), where=WHERE)
    with pytest.raises(SecretError, match=r"cannot run .*vault-tool' \(Permission denied\)"):
        resolve_secret(source)
