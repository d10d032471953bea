"""Loading config.toml: a valid file becomes typed settings; each mistake names file, key and fix."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path

import pytest

from belt_tui.config import KNOWN_KEYS, load_config
from belt_tui.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.toml"

ME = '[me]\naddresses = ["Alex.Doe@Firm.example", "adoe@firm.example", "alex.doe@firm.example"]\n'
WORK = '[work]\ntime_zone = "Europe/London"\n'
IMAP = """
[[accounts]]
name = "work"
kind = "imap"
host = "imap.firm.example"
username = "adoe"
password_env = "BELT_TEST_PASSWORD"
"""


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def load_text(tmp_path: Path, text: str, mode: int = 0o600):
    return load_config(write(tmp_path, text, mode))


def load_error(tmp_path: Path, text: str, mode: int = 0o600) -> str:
    with pytest.raises(ConfigError) as caught:
        load_text(tmp_path, text, mode)
    return str(caught.value)


def with_account_lines(*lines: str) -> str:
    return ME + WORK + IMAP + "\n".join(lines) + "\n"


def test_the_example_config_loads_cleanly() -> None:
    config = load_config(EXAMPLE)
    assert [account.name for account in config.accounts] == ["work", "archive"]
    assert config.accounts[0].folders == ("INBOX", "Sent")
    assert config.calendar is not None and config.calendar.kind == "caldav"
    assert config.work.time_zone.key == "America/New_York"


def test_the_example_documents_every_key_the_loader_accepts() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    for table, keys in KNOWN_KEYS.items():
        for key in keys:
            pattern = re.compile(rf'^(# )?("?{key}"?\s*=|\[+([a-z_]+\.)?{key}\]+)')
            found = [index for index, line in enumerate(lines) if pattern.match(line)]
            assert found, f"{table}: {key} is not in config.example.toml"
            assert any(lines[index - 1].startswith("#") for index in found), f"{key} has no comment above it"


def test_a_minimal_config_gets_the_documented_defaults(tmp_path: Path) -> None:
    config = load_text(tmp_path, ME + WORK + IMAP)
    account = config.accounts[0]
    assert (account.port, account.tls, account.auth) == (993, "implicit", "login")
    assert account.folders == ("INBOX",)
    assert account.password is not None and account.password.kind == "env"
    assert config.me.addresses == ("alex.doe@firm.example", "adoe@firm.example")
    assert config.me.is_me("ADOE@firm.example")
    assert (config.work.start, config.work.end, config.work.days) == (time(9), time(17, 30), (0, 1, 2, 3, 4))
    assert config.calendar is None
    assert config.theme == "belt-dark"


def test_missing_file_names_the_path_and_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nowhere\.toml: no config file here; copy config\.example\.toml"):
        load_config(tmp_path / "nowhere.toml")


def test_toml_syntax_error_reports_line_and_column(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + "[work]\ntime_zone = Europe/London\n")
    assert message.startswith(f"{tmp_path / 'config.toml'}: line 4, column 13: invalid TOML:")


def test_wrong_type_names_key_expectation_and_value(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines('port = "abc"'))
    assert message == f"{tmp_path / 'config.toml'}: accounts[0].port: expected an integer 1-65535, got 'abc'"


def test_boolean_is_not_an_integer(tmp_path: Path) -> None:
    assert "expected an integer 1-65535, got true" in load_error(tmp_path, with_account_lines("port = true"))


def test_unknown_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines("prot = 993"))
    assert message.endswith("accounts[0]: unknown key 'prot'; did you mean 'port'?")


def test_unknown_table_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + WORK + IMAP + "[triag]\nbusiness_hours = false\n")
    assert message.endswith("top level: unknown key 'triag'; did you mean 'triage'?")


def test_key_of_the_other_account_kind_is_named_as_such(tmp_path: Path) -> None:
    text = ME + WORK + '[[accounts]]\nname = "local"\nkind = "maildir"\npath = "mail"\nhost = "x"\n'
    assert load_error(tmp_path, text).endswith('accounts[0].host: applies only to kind = "imap"')


def test_bad_tls_mode_lists_the_choices(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines('tls = "ssl"'))
    assert message.endswith('accounts[0].tls: expected one of "implicit", "starttls", "none", got \'ssl\'')


def test_plaintext_imap_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines('tls = "none"'))
    assert "accounts[0].tls: refused for host 'imap.firm.example': plaintext IMAP only to loopback" in message


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_plaintext_imap_to_loopback_is_allowed_on_port_143(tmp_path: Path, host: str) -> None:
    text = ME + WORK + IMAP.replace('"imap.firm.example"', f'"{host}"') + 'tls = "none"\n'
    account = load_text(tmp_path, text).accounts[0]
    assert (account.host, account.port, account.tls) == (host, 143, "none")


def test_bad_time_zone_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + '[work]\ntime_zone = "Mars/Olympus_Mons"\n' + IMAP)
    assert message.endswith(
        "work.time_zone: expected an IANA time zone name like \"America/New_York\", got 'Mars/Olympus_Mons'"
    )


def test_missing_time_zone_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + '[work]\nstart = "08:00"\n' + IMAP)
    assert message.endswith("work.time_zone: expected a non-empty string, but it is missing")


def test_working_day_must_end_after_it_starts(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + WORK + 'start = "18:00"\nend = "09:00"\n' + IMAP)
    assert message.endswith("work.end: expected a time after start (18:00), got '09:00'")


@pytest.mark.parametrize("lunch", ["12:30", "13:30-12:30", "07:00-08:00", "25:00-26:00"])
def test_lunch_must_be_a_range_inside_the_working_day(tmp_path: Path, lunch: str) -> None:
    message = load_error(tmp_path, ME + WORK + f'lunch = "{lunch}"\n' + IMAP)
    expectation = 'expected "HH:MM-HH:MM" within 09:00-17:30 (or "" for none)'
    assert f"work.lunch: {expectation}, got '{lunch}'" in message


def test_malformed_clock_time_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + WORK + 'start = "9am"\n' + IMAP)
    assert message.endswith("work.start: expected a 24-hour time \"HH:MM\", got '9am'")


def test_work_week_settings_are_typed(tmp_path: Path) -> None:
    text = ME + WORK + 'days = ["sun", "Mon"]\nlunch = ""\nstart = 08:15:00\nweek_days_shown = 7\n' + IMAP
    work = load_text(tmp_path, text).work
    assert (work.days, work.lunch, work.start, work.week_days_shown) == ((0, 6), None, time(8, 15), 7)


def test_duplicate_account_names_are_refused(tmp_path: Path) -> None:
    text = ME + WORK + IMAP + IMAP.replace('"work"', '"Work"')
    assert load_error(tmp_path, text).endswith("accounts[1].name: 'Work' is already the name of accounts[0]")


def test_world_readable_literal_password_is_refused_with_the_exact_chmod(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', 'password = "correct horse"')
    message = load_error(tmp_path, text, mode=0o644)
    assert f"chmod 600 {tmp_path / 'config.toml'}" in message
    assert message.startswith(f"{tmp_path / 'config.toml'}: accounts[0].password: a literal password")
    assert "correct horse" not in message


def test_group_readable_literal_password_is_refused_too(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', 'password = "correct horse"')
    assert "chmod 600" in load_error(tmp_path, text, mode=0o640)


def test_private_file_may_hold_a_literal_password_that_never_prints(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', 'password = "correct horse"')
    config = load_text(tmp_path, text, mode=0o600)
    source = config.accounts[0].password
    assert source is not None and source.literal is not None
    assert source.literal.reveal() == "correct horse"
    assert "correct horse" not in repr(config)


def test_secret_value_of_the_wrong_type_is_not_echoed(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', "password = 8675309")
    message = load_error(tmp_path, text)
    assert message.endswith("password: expected a non-empty string, got an integer (value hidden)")
    assert "8675309" not in message


def test_two_password_sources_are_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines('password_command = "pass show mail"'))
    assert message.endswith("accounts[0]: give only one of password_command, password_env")


def test_an_imap_account_needs_a_password_source(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"\n', "")
    assert "accounts[0]: expected one of password_command, password_env" in load_error(tmp_path, text)


def test_unparseable_password_command_is_refused(tmp_path: Path) -> None:
    text = with_account_lines().replace("password_env = ", 'password_command = "pass \'x"\n# ')
    message = load_error(tmp_path, text)
    assert "accounts[0].password_command: expected a command line, but it does not parse" in message


def test_xoauth2_needs_a_token_command(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', 'auth = "xoauth2"')
    assert load_error(tmp_path, text).endswith(
        "accounts[0].token_command: expected a non-empty string, but it is missing"
    )
    text = text.replace('auth = "xoauth2"', 'auth = "xoauth2"\ntoken_command = "oauth2-token work"')
    token = load_text(tmp_path, text).accounts[0].token
    assert token is not None and (token.kind, token.reference) == ("command", "oauth2-token work")


def test_keyring_source_needs_the_username(tmp_path: Path) -> None:
    text = ME + WORK + IMAP.replace('password_env = "BELT_TEST_PASSWORD"', 'password_keyring = "belt"')
    source = load_text(tmp_path, text).accounts[0].password
    assert source is not None
    assert (source.kind, source.reference, source.username) == ("keyring", "belt", "adoe")


def test_plaintext_caldav_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    text = ME + WORK + IMAP + '[calendar]\nkind = "caldav"\nurl = "http://dav.firm.example/"\n'
    assert "calendar.url: refused for 'http://dav.firm.example/': plaintext CalDAV only to loopback" in (
        load_error(tmp_path, text)
    )


def test_ics_calendar_path_is_taken_from_the_config_folder(tmp_path: Path) -> None:
    text = ME + WORK + IMAP + '[calendar]\nkind = "ics"\npath = "week.ics"\n'
    calendar = load_text(tmp_path, text).calendar
    assert calendar is not None and calendar.path == tmp_path / "week.ics"


def test_missing_ca_file_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, with_account_lines('ca_file = "firm-ca.pem"'))
    missing = tmp_path / "firm-ca.pem"
    assert message.endswith(f"accounts[0].ca_file: expected an existing file, got '{missing}'")


def test_missing_me_table_is_named(tmp_path: Path) -> None:
    message = load_error(tmp_path, WORK + IMAP)
    assert message.endswith("me: expected a [me] table with your addresses, but it is missing")


def test_address_that_is_not_an_address_is_refused(tmp_path: Path) -> None:
    message = load_error(tmp_path, '[me]\naddresses = ["alex at firm"]\n' + WORK + IMAP)
    expectation = "expected an email address like name@firm.com"
    assert message.endswith(f"me.addresses[0]: {expectation}, got 'alex at firm'")


def test_domain_targets_apply_to_subdomains(tmp_path: Path) -> None:
    triage_table = '[triage]\nresponse_target_hours = 48\n[triage.domain_targets]\n"Client.com" = 4\n'
    text = ME + WORK + IMAP + triage_table
    triage = load_text(tmp_path, text).triage
    assert triage.target_hours_for("gc@legal.client.com") == 4
    assert triage.target_hours_for("someone@other.com") == 48


def test_keymap_accepts_quoted_and_dotted_binding_ids(tmp_path: Path) -> None:
    text = ME + WORK + IMAP + '[keymap]\n"triage.filter" = "f"\nweek.next = "n"\n'
    assert dict(load_text(tmp_path, text).keymap) == {"triage.filter": "f", "week.next": "n"}


def test_keymap_value_must_be_a_key_name(tmp_path: Path) -> None:
    message = load_error(tmp_path, ME + WORK + IMAP + '[keymap]\n"triage.filter" = 6\n')
    assert message.endswith("keymap.triage.filter: expected a non-empty string, got 6")


def test_password_mistakenly_put_in_password_env_is_not_echoed(tmp_path: Path) -> None:
    text = with_account_lines().replace('"BELT_TEST_PASSWORD"', '"s3cret pass!"')
    message = load_error(tmp_path, text)
    assert message.endswith("accounts[0].password_env: expected an environment variable name like "
                            "BELT_IMAP_PASSWORD, got a string (value hidden)")  # fmt: skip
    assert "s3cret" not in message
