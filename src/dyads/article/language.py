"""Language identification of an article's body (py3langid, probabilities normalised)."""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# Below this many letters an identification is too unreliable to skip an article on.
MIN_LETTERS = 40
MIN_PROBABILITY = 0.90
# The identifier is as sure after a few thousand characters as after the whole text, and it
# counts every character's n-grams in Python: a longer sample only costs time.
SAMPLE_CHARS = 3_000


# Plainly English: a sample of at least ENGLISH_MIN_WORDS words of which ENGLISH_SHARE or more
# are among ENGLISH_WORDS, with no more than FOREIGN_LETTERS of its letters outside ASCII.
# Set on every text at hand (PolNeAR, the pentaclass and PLV sentences, the multilingual
# html_articles pages, the samples): py3langid said "en" for every sample so passed
# (docs/BENCHMARKS.md, Start-up).
ENGLISH_MIN_WORDS = 50
ENGLISH_SHARE = 0.15
FOREIGN_LETTERS = 0.05
# Frequent English function words that are not words of another language written in Latin
# letters ("in", "a", "is", "on", "was", "will", "die" ... are left out for that reason).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "that",
        "for",
        "with",
        "said",
        "by",
        "from",
        "his",
        "have",
        "are",
        "this",
        "which",
        "were",
        "who",
        "its",
        "they",
        "their",
        "been",
        "but",
        "would",
        "after",
        "she",
        "her",
        "there",
        "about",
        "what",
        "when",
        "more",
        "than",
        "also",
        "into",
        "could",
        "should",
        "them",
        "these",
        "those",
        "other",
        "says",
        "has",
        "had",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")

_LOADING = threading.Lock()  # one load, whichever thread asks first


def plainly_english(sample: str) -> bool:
    """Whether ``sample`` is English beyond doubt, without the identifier's model: its words
    are English function words in the proportion of English prose, and its letters Latin."""
    words = _WORD.findall(sample)
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    letters = sum(map(len, words))
    if sum(not ch.isascii() for word in words for ch in word) > FOREIGN_LETTERS * letters:
        return False
    english = sum(word.lower() in ENGLISH_WORDS for word in words)
    return english >= ENGLISH_SHARE * len(words)


@cache
def _load() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _identifier() -> LanguageIdentifier:
    with _LOADING:
        return _load()


def detect_language(text: str, served: tuple[str, ...] = ()) -> tuple[str | None, float]:
    """ISO 639-1 code and probability, or ``(None, 0.0)`` for text too short to tell.

    When English is among ``served`` (the languages analysed, so an English text's probability
    decides nothing), a plainly English text is ``("en", 1.0)`` without loading the
    identifier's model (68 MB decompressed from LZMA, 0.65-0.95 s of CPU per process); any
    other text is identified by the model, which loads on first use."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None, 0.0
    if "en" in served and plainly_english(sample):
        return "en", 1.0
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)
