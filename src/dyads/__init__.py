"""dyads: who said what, who did what to whom, when — event and quotation data from news.

>>> import dyads
>>> article = dyads.process(text, published="2023-12-28")
>>> article.quotes, article.events
"""

from __future__ import annotations

from dyads.config import Settings, load_settings
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
    "open_store",
    "process",
]
