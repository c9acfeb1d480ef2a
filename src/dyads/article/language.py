"""Language identification of an article's body (py3langid, probabilities normalised)."""

from __future__ import annotations

import threading
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters an identification is too unreliable to skip an article on.
MIN_LETTERS = 40
MIN_PROBABILITY = 0.90
# The identifier is as sure after a few thousand characters as after the whole text, and it
# counts every character's n-grams in Python: a longer sample only costs time.
SAMPLE_CHARS = 3_000


_LOADING = threading.Lock()


@cache
def _load() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _identifier() -> LanguageIdentifier:
    with _LOADING:  # a caller arriving during the CLI's early load waits for that load
        return _load()


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and probability, or ``(None, 0.0)`` for text too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)
