"""The log is private and never shows a secret, even when a library tries to."""

import base64
import logging
import stat

from belt_tui import logs
from belt_tui.credentials import Secret


def test_a_secret_in_a_log_message_is_masked_plain_and_base64(tmp_path):
    log_file = tmp_path / "state" / "belt.log"
    logs.configure(log_file)
    password = Secret("hunter2-correct-horse").reveal()
    encoded = base64.b64encode(password.encode()).decode()
    logging.getLogger("imapclient").info("LOGIN user %s and AUTH %s", password, encoded)
    try:
        raise RuntimeError(f"server said no to {password}")
    except RuntimeError:
        logging.getLogger("caldav").exception("request failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "hunter2" not in text and encoded not in text
    assert text.count("***") >= 3


def test_the_log_file_is_readable_by_the_user_only(tmp_path):
    log_file = tmp_path / "belt.log"
    logs.configure(log_file)
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
