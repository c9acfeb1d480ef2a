"""The word lists of the events stage's rules, from ``data/event_words.yaml``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

__all__ = ["words"]

_PATH = Path(__file__).resolve().parents[1] / "data" / "event_words.yaml"


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(_PATH.read_text(encoding="utf-8"))
    return {name: frozenset(str(w).lower() for w in found) for name, found in data.items()}


def words(name: str) -> frozenset[str]:
    """The lemmas of list ``name`` (a key of ``data/event_words.yaml``); KeyError when the
    file has no such list."""
    return _lists()[name]
