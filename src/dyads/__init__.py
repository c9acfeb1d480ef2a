"""dyads: who said what, who did what to whom, when — event and quotation data from news.

>>> import dyads
>>> article = dyads.process(text, published="2023-12-28")
>>> article.quotes, article.events
>>> with dyads.open("dyads.duckdb") as db:
...     db.dyad("ARM", "RUS", freq="month")
"""

from __future__ import annotations

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

__version__ = "0.1.0"

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
