"""Boilerplate paragraphs: furniture patterns from a data file, and lines repeated in a batch."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

import yaml

from dyads.article.paragraphs import paragraphs


@cache
def _patterns() -> tuple[int, re.Pattern[str]]:
    data = yaml.safe_load(resources.files("dyads.data").joinpath("boilerplate.yaml").read_text())
    combined = "|".join(f"(?:{pattern})" for pattern in data["patterns"])
    return int(data["max_chars"]), re.compile(combined, re.IGNORECASE)


def line_key(paragraph: str) -> str:
    """A paragraph normalised for counting repeats: lower case, spaces folded."""
    return " ".join(paragraph.lower().split())


def is_boilerplate(paragraph: str, repeated: frozenset[str] = frozenset()) -> bool:
    """True for a paragraph that matches a furniture pattern or repeats across the batch."""
    max_chars, pattern = _patterns()
    text = paragraph.strip()
    if len(text) > max_chars:
        return False
    return bool(pattern.match(text)) or line_key(text) in repeated


def repeated_lines(
    texts: Iterable[str], *, min_documents: int = 3, max_chars: int = 200
) -> frozenset[str]:
    """Short paragraphs that occur in at least ``min_documents`` different texts of a batch."""
    seen: Counter[str] = Counter()
    for text in texts:
        keys = {line_key(text[s:e]) for s, e in paragraphs(text) if e - s <= max_chars}
        seen.update(keys)
    return frozenset(key for key, count in seen.items() if count >= min_documents)
