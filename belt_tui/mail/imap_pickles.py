"""Stored parses of synced mail: pickled `Message`s, read back admitting only the classes they are made of.

Kept apart from imap_bodies so that a sync, which never reads a parse, does not import pickle and
the scan cache's pickler (a no-op sync is mostly interpreter start-up and imports).
"""

from __future__ import annotations

import datetime
import io
import pickle

from belt_tui.model import Address, Attachment, Message
from belt_tui.scan_cache import dataclass_pickler

# What a parsed Message is made of: the only globals a stored parse may name.
_ALLOWED = {
    ("belt_tui.model", "Message"): Message,
    ("belt_tui.model", "Address"): Address,
    ("belt_tui.model", "Attachment"): Attachment,
    ("datetime", "datetime"): datetime.datetime,
    ("datetime", "timezone"): datetime.timezone,
    ("datetime", "timedelta"): datetime.timedelta,
}


class _MessageUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        try:
            return _ALLOWED[module, name]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed message") from None


dump_message = dataclass_pickler((Message, Address, Attachment))


def load_message(blob: bytes | None) -> Message | None:
    """The stored parse, or None when there is none or it cannot be trusted (it is then re-parsed)."""
    if blob is None:
        return None
    try:
        message = _MessageUnpickler(io.BytesIO(blob)).load()
    except Exception:  # a damaged or foreign blob is re-parsed, whatever the unpickler raised
        return None
    return message if isinstance(message, Message) else None
