"""Argument types the subcommands share, so `--now` means the same thing everywhere."""

from __future__ import annotations

import argparse
from datetime import datetime


def aware_datetime(text: str) -> datetime:
    """An ISO 8601 moment; one without an offset is taken in the local time zone."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date-time like 2026-01-09T09:00-05:00"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()
