"""dyads: who said what, who did what to whom, when — event and quotation data from news.

>>> import dyads
>>> article = dyads.process(text, published="2023-12-28")
>>> article.quotes, article.events
>>> with dyads.open("dyads.duckdb") as db:
...     db.dyad("ARM", "RUS", freq="month")

The names below are imported when first used (``import dyads`` stays cheap, and so does the
``dyads`` command's start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_RECORDS = ("Article", "Boilerplate", "Cue", "Dateline", "DateSpan", "Event", "Evidence",
            "Failure", "Mention", "Quote", "RawDocument", "Side", "Speaker")  # fmt: skip
_WHERE = {
    **{name: "dyads.records" for name in _RECORDS},
    "Settings": "dyads.config",
    "load_settings": "dyads.config",
    "Database": "dyads.database",
    "open": "dyads.database",
    "Pipeline": "dyads.pipeline",
    "process": "dyads.pipeline",
    "open_store": "dyads.store",
}

__all__ = [
    "Article",
    "Boilerplate",
    "Cue",
    "Database",
    "DateSpan",
    "Dateline",
    "Event",
    "Evidence",
    "Failure",
    "Mention",
    "Pipeline",
    "Quote",
    "RawDocument",
    "Settings",
    "Side",
    "Speaker",
    "load_settings",
    "open",
    "open_store",
    "process",
]

if TYPE_CHECKING:
    from dyads.config import Settings, load_settings
    from dyads.database import Database, open
    from dyads.pipeline import Pipeline, process
    from dyads.records import (
        Article,
        Boilerplate,
        Cue,
        Dateline,
        DateSpan,
        Event,
        Evidence,
        Failure,
        Mention,
        Quote,
        RawDocument,
        Side,
        Speaker,
    )
    from dyads.store import open_store


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'dyads' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
