"""FollowUp ⇄ JSON document, the on-disk shape of the user's own data.

Datetimes are ISO 8601 with their UTC offset (a naive one is refused: it would mean a different
instant on a laptop that changed time zone), enums are stored by value, so the file stays readable
and diffable by hand.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from belt_tui.model import FollowUp, FollowUpStatus

_DATETIME_FIELDS = frozenset({"due", "created", "updated", "snooze_until"})
_FIELD_NAMES = tuple(f.name for f in fields(FollowUp))


def followup_to_doc(followup: FollowUp) -> dict[str, Any]:
    """A JSON-ready dict for one follow-up; raises ValueError on a naive datetime."""
    doc: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        value = getattr(followup, name)
        if name in _DATETIME_FIELDS:
            value = _encode_datetime(followup.id, name, value)
        elif name == "status":
            value = value.value
        elif name == "extra":
            value = dict(value)
        doc[name] = value
    return doc


def followup_from_doc(doc: dict[str, Any]) -> FollowUp:
    """The follow-up a document describes; keys this version does not know are ignored."""
    values: dict[str, Any] = {name: doc[name] for name in _FIELD_NAMES if name in doc}
    for name in _DATETIME_FIELDS & values.keys():
        if values[name] is not None:
            values[name] = datetime.fromisoformat(values[name])
    if "status" in values:
        values["status"] = FollowUpStatus(values["status"])
    if "extra" in values:
        values["extra"] = dict(values["extra"])
    return FollowUp(**values)


def _encode_datetime(followup_id: str, name: str, value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.utcoffset() is None:
        raise ValueError(f"follow-up {followup_id!r}: {name} must be timezone-aware, got {value!r}")
    return value.isoformat()
