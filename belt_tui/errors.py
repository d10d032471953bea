"""Errors the user sees. Each says what went wrong, where, and what to do; none carries a secret."""

from __future__ import annotations


class BeltError(Exception):
    """Base for every expected failure; the CLI prints it without a traceback and exits 1."""


class ConfigError(BeltError):
    """The config file is missing, malformed, or holds a value of the wrong kind."""


class StoreError(BeltError):
    """The local store cannot be opened or written safely."""


class StoreLocked(StoreError):
    """Another `belt` process holds the store."""


class StoreCorrupt(StoreError):
    """The store file is not valid; it is never reset silently."""


class SourceError(BeltError):
    """A mail or calendar source failed (connection, authentication, protocol)."""
