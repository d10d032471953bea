"""A small checker for parsed TOML tables: typed getters whose errors name file, key and expectation.

Unknown keys are errors with a "did you mean" so a typo never silently leaves a setting at its default.
Values of secret keys are never echoed back, not even when they have the wrong type.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from typing import Any, Final

from belt_tui.errors import ConfigError


class _Missing:
    """Marks a key that has no default, so leaving it out is an error."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Final = _Missing()


def describe(value: Any) -> str:
    """A short, TOML-flavoured rendering of a bad value for an error message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 200 else value[:197] + "..."
        return repr(shown)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return f"a {type(value).__name__} value"


class TableReader:
    """Reads one TOML table at a known place (`where`) in a known file (`origin`)."""

    def __init__(self, table: Mapping[str, Any], where: str, origin: str) -> None:
        self.table = table
        self.where = where
        self.origin = origin

    def location(self, key: str) -> str:
        """`accounts[0].port`-style path to `key`, for messages."""
        return f"{self.where}.{key}" if self.where else key

    def error(self, message: str, key: str | None = None) -> ConfigError:
        """A ConfigError prefixed with the file and the key (or this table)."""
        place = self.location(key) if key is not None else (self.where or "top level")
        return ConfigError(f"{self.origin}: {place}: {message}")

    def expected(self, key: str, expectation: str, value: Any, *, secret: bool = False) -> ConfigError:
        """The standard 'expected X, got Y' error; a secret value is described by kind only."""
        kind = _toml_type(value)
        article = "an" if kind[0] in "aeiou" else "a"
        shown = f"{article} {kind} (value hidden)" if secret else describe(value)
        return self.error(f"expected {expectation}, got {shown}", key)

    def has(self, key: str) -> bool:
        return key in self.table

    def reject_unknown(self, allowed: Collection[str]) -> None:
        """Fail on the first key not in `allowed`, suggesting the closest allowed one."""
        for key in self.table:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
            hint = (
                f"did you mean {close[0]!r}?" if close else "expected one of: " + ", ".join(sorted(allowed))
            )
            raise self.error(f"unknown key {key!r}; {hint}")

    def _absent(self, key: str, default: Any, expectation: str) -> bool:
        """True when `key` is absent and has a default to use; an absent required key is an error."""
        if key in self.table:
            return False
        if default is REQUIRED:
            raise self.error(f"expected {expectation}, but it is missing", key)
        return True

    def string(
        self, key: str, default: Any = REQUIRED, *, secret: bool = False, nonempty: bool = True
    ) -> str:
        """A string; empty strings are refused unless `nonempty` is False."""
        expectation = "a non-empty string" if nonempty else "a string"
        if self._absent(key, default, expectation):
            return default
        value = self.table[key]
        if not isinstance(value, str) or (nonempty and not value.strip()):
            raise self.expected(key, expectation, value, secret=secret)
        return value

    def integer(self, key: str, default: Any, low: int, high: int) -> int:
        """An integer within [low, high]; booleans are not integers here, whatever Python thinks."""
        expectation = f"an integer {low}-{high}"
        if self._absent(key, default, expectation):
            return default
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.expected(key, expectation, value)
        return value

    def number(self, key: str, default: Any, low: float, high: float) -> float:
        """A number (integer or float) within (low, high]: used for hours and seconds."""
        expectation = f"a number greater than {low:g} and at most {high:g}"
        if self._absent(key, default, expectation):
            return default
        value = self.table[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not low < value <= high:
            raise self.expected(key, expectation, value)
        return float(value)

    def boolean(self, key: str, default: Any) -> bool:
        if self._absent(key, default, "true or false"):
            return default
        value = self.table[key]
        if not isinstance(value, bool):
            raise self.expected(key, "true or false", value)
        return value

    def choice(self, key: str, options: Collection[str], default: Any = REQUIRED) -> str:
        """One of a fixed set of strings."""
        expectation = "one of " + ", ".join(f'"{option}"' for option in options)
        if self._absent(key, default, expectation):
            return default
        value = self.table[key]
        if not isinstance(value, str) or value not in options:
            raise self.expected(key, expectation, value)
        return value

    def strings(self, key: str, default: Any = REQUIRED) -> tuple[str, ...]:
        """An array of non-empty strings."""
        expectation = "an array of non-empty strings"
        if self._absent(key, default, expectation):
            return default
        value = self.table[key]
        if not isinstance(value, list):
            raise self.expected(key, expectation, value)
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.expected(f"{key}[{index}]", "a non-empty string", item)
        return tuple(value)

    def table_at(self, key: str) -> TableReader | None:
        """The sub-table under `key`, or None when the key is absent."""
        if key not in self.table:
            return None
        value = self.table[key]
        if not isinstance(value, Mapping):
            raise self.expected(key, f"a table ([{self.location(key)}])", value)
        return TableReader(value, self.location(key), self.origin)

    def tables_at(self, key: str) -> list[TableReader]:
        """Each table of an array of tables ([[key]]), in file order."""
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            raise self.expected(key, f"an array of tables ([[{self.location(key)}]])", value)
        return [
            TableReader(item, f"{self.location(key)}[{index}]", self.origin)
            for index, item in enumerate(value)
        ]


def _toml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "table"
    if isinstance(value, list):
        return "array"
    return "date/time"
