"""The [work], [triage] and [keymap] tables: the working week, response targets and key overrides."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from belt_tui.config_reader import REQUIRED, TableReader, describe
from belt_tui.config_schema import TriageSettings, WorkSettings

WORK_KEYS = ("time_zone", "days", "start", "end", "lunch", "followup_minutes", "daily_followup_cap_minutes",
             "week_days_shown")  # fmt: skip
TRIAGE_KEYS = ("response_target_hours", "business_hours", "domain_targets")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_TARGET_HOURS = 24.0 * 90
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def work_from(reader: TableReader) -> WorkSettings:
    reader.reject_unknown(WORK_KEYS)
    defaults = WorkSettings()
    time_zone = _time_zone(reader)
    start = _clock(reader, "start", defaults.start)
    end = _clock(reader, "end", defaults.end)
    if end <= start:
        raise reader.expected("end", f"a time after start ({start:%H:%M})", f"{end:%H:%M}")
    lunch = _lunch(reader, defaults.lunch, start, end)
    followup_minutes = reader.integer("followup_minutes", defaults.followup_minutes, 5, 480)
    cap = reader.integer("daily_followup_cap_minutes", defaults.daily_followup_cap_minutes, 0, 1440)
    if cap < followup_minutes:
        raise reader.expected(
            "daily_followup_cap_minutes", f"at least followup_minutes ({followup_minutes})", cap
        )
    shown = reader.integer("week_days_shown", defaults.week_days_shown, 5, 7)
    if shown not in (5, 7):
        raise reader.expected("week_days_shown", "5 or 7", shown)
    return WorkSettings(
        time_zone=time_zone,
        days=_days(reader, defaults.days),
        start=start,
        end=end,
        lunch=lunch,
        followup_minutes=followup_minutes,
        daily_followup_cap_minutes=cap,
        week_days_shown=shown,
    )


def _time_zone(reader: TableReader) -> ZoneInfo:
    expectation = 'an IANA time zone name like "America/New_York"'
    name = reader.string("time_zone")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise reader.expected("time_zone", expectation, name) from None


def _days(reader: TableReader, default: tuple[int, ...]) -> tuple[int, ...]:
    if not reader.has("days"):
        return default
    days: set[int] = set()
    for index, day in enumerate(reader.strings("days")):
        key = day.strip().lower()[:3]
        if key not in WEEKDAYS or key in (WEEKDAYS[d] for d in days):
            raise reader.expected(f"days[{index}]", "a weekday not listed before (mon, tue, ... sun)", day)
        days.add(WEEKDAYS.index(key))
    if not days:
        raise reader.error("expected at least one working day, got an empty array", "days")
    return tuple(sorted(days))


def _clock(reader: TableReader, key: str, default: time) -> time:
    """A wall-clock time written "HH:MM" (or as a TOML local time)."""
    if not reader.has(key):
        return default
    value = reader.table[key]
    if isinstance(value, time):
        return value
    match = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise reader.expected(key, 'a 24-hour time "HH:MM"', value)
    return time(int(match[1]), int(match[2]))


def _lunch(
    reader: TableReader, default: tuple[time, time] | None, start: time, end: time
) -> tuple[time, time] | None:
    """A break written "HH:MM-HH:MM" inside the working day, or "" for none."""
    if not reader.has("lunch"):
        return default
    value = reader.table["lunch"]
    if value == "":
        return None
    expectation = f'"HH:MM-HH:MM" within {start:%H:%M}-{end:%H:%M} (or "" for none)'
    begin_text, _, finish_text = value.partition("-") if isinstance(value, str) else ("", "", "")
    begin, finish = _CLOCK.fullmatch(begin_text.strip()), _CLOCK.fullmatch(finish_text.strip())
    if begin is None or finish is None:
        raise reader.expected("lunch", expectation, value)
    lunch = (time(int(begin[1]), int(begin[2])), time(int(finish[1]), int(finish[2])))
    if not start <= lunch[0] < lunch[1] <= end:
        raise reader.expected("lunch", expectation, value)
    return lunch


def triage_from(reader: TableReader) -> TriageSettings:
    reader.reject_unknown(TRIAGE_KEYS)
    defaults = TriageSettings()
    targets: dict[str, float] = {}
    domains = reader.table_at("domain_targets")
    if domains is not None:
        for domain in domains.table:
            normal = domain.strip().lower().lstrip("@")
            if "." not in normal or "@" in normal or any(char.isspace() for char in normal):
                raise domains.error(f"expected a mail domain like client.com, got {describe(domain)}")
            targets[normal] = domains.number(domain, REQUIRED, 0, MAX_TARGET_HOURS)
    return TriageSettings(
        response_target_hours=reader.number(
            "response_target_hours", defaults.response_target_hours, 0, MAX_TARGET_HOURS
        ),
        business_hours=reader.boolean("business_hours", defaults.business_hours),
        domain_targets=MappingProxyType(targets),
    )


def keymap_from(reader: TableReader) -> dict[str, str]:
    """Binding id to key; an unquoted dotted id (triage.followup = "f") arrives nested and is flattened."""
    bindings: dict[str, str] = {}
    for binding_id, value in reader.table.items():
        if isinstance(value, Mapping):
            nested = keymap_from(TableReader(value, reader.location(binding_id), reader.origin))
            bindings.update({f"{binding_id}.{inner}": key for inner, key in nested.items()})
        else:
            bindings[binding_id] = reader.string(binding_id)
    return bindings
