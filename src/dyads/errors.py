"""Exceptions that carry a reason a user can act on, and the stage that raised them."""

from __future__ import annotations

from typing import Any


class DyadsError(Exception):
    """Base class: ``str(exc)`` is a complete, user-facing reason."""

    stage = "dyads"


class InputError(DyadsError):
    """An input could not be read or decoded (empty, binary, too large, malformed)."""

    stage = "read"

    def __init__(self, reason: str, *, stage: str = "read") -> None:
        super().__init__(reason)
        self.stage = stage


class Skipped(DyadsError):
    """An input was read correctly but is deliberately not processed (e.g. its language)."""

    stage = "language"

    def __init__(self, reason: str, *, language: str | None = None, article: Any = None) -> None:
        super().__init__(reason)
        self.language = language
        self.article = article


class SettingsError(DyadsError):
    """A setting read from the environment (``DYADS_*``) or ``dyads.toml`` is not of its kind or
    out of its range. ``str(exc)`` names the setting, what it takes and what it got."""

    stage = "settings"


class StoreError(DyadsError):
    """The store cannot be opened or used: missing, locked by another process, not a store,
    not writable, unreachable. ``str(exc)`` is one line saying what to do."""

    stage = "store"
