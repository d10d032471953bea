"""One logging set-up for every command: a private log file, and a redactor as the last line of defence.

Belt never logs secrets or mail bodies on purpose; the redactor masks any secret value this process
has held (and its base64 form) should a library put one into a message anyway.
"""

from __future__ import annotations

import base64
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"


class RedactSecrets(logging.Filter):
    """Replace every known secret, plain or base64, in the fully formatted message."""

    def filter(self, record: logging.LogRecord) -> bool:
        # No secret can exist before the credentials module is loaded; not importing it keeps start-up lean.
        credentials = sys.modules.get("belt_tui.credentials")
        secrets = credentials.seen_secrets() if credentials else frozenset()
        if not secrets:
            return True
        text = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        exc_text = record.exc_text or ""
        for secret in secrets:
            for form in (secret, base64.b64encode(secret.encode()).decode()):
                text = text.replace(form, MASK)
                exc_text = exc_text.replace(form, MASK)
        record.msg, record.args, record.exc_text = text, None, exc_text or None
        return True


def configure(log_file: Path, *, verbose: bool = False, to_stderr: bool = False) -> None:
    """Log INFO and up (DEBUG with verbose) to `log_file`, readable by the user only."""
    log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    os.chmod(log_file, 0o600)
    handlers: list[logging.Handler] = [handler]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    for each in handlers:
        each.setFormatter(logging.Formatter(FORMAT))
        each.addFilter(RedactSecrets())
        root.addHandler(each)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
