"""Page furniture: patterns from a data file, lines repeated in a batch, end-of-page link lists.

The patterns live in ``dyads/data/boilerplate.yaml`` (its header says what each list is for).
Everything here works on paragraph strings, so plain text and the text extracted from HTML
go through the same rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from dyads.article.paragraphs import paragraphs

FurnitureKind = Literal["furniture", "repeated", "credit"]
# An end-of-page list item: a headline-length line. Set on the tune half of the HTML
# benchmark (docs/BENCHMARKS.md): related-story titles run to about 20 words.
MAX_LINK_LINE_WORDS = 25
MIN_TAG_COMMAS = 3  # "Tags" lines: comma-separated keywords
_SENTENCE_END = re.compile(r"[.;:]\W*$")
_BULLET = re.compile(r"^[-•*–·]\s+")


@dataclass(frozen=True, slots=True)
class _Rules:
    max_chars: int
    anywhere_max_chars: int
    furniture: re.Pattern[str]
    anywhere: re.Pattern[str]
    credits: re.Pattern[str]
    bios: re.Pattern[str]
    list_headings: re.Pattern[str]


def _combined(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags)


@cache
def _rules() -> _Rules:
    data = yaml.safe_load(resources.files("dyads.data").joinpath("boilerplate.yaml").read_text())
    return _Rules(
        max_chars=int(data["max_chars"]),
        anywhere_max_chars=int(data["anywhere_max_chars"]),
        furniture=_combined(data["furniture"]),
        anywhere=_combined(data["anywhere"]),
        credits=_combined(data["credits"]),
        bios=_combined(data["bios"], flags=0),  # names are capitalised: case matters
        list_headings=_combined(data["list_headings"]),
    )


def line_key(paragraph: str) -> str:
    """A paragraph normalised for counting repeats: lower case, spaces folded."""
    return " ".join(paragraph.lower().split())


def furniture_kind(
    paragraph: str, repeated: frozenset[str] = frozenset(), *, anywhere: bool = True
) -> FurnitureKind | None:
    """What kind of furniture ``paragraph`` is (a pattern, a batch repeat, a reporting
    credit), or None for article text; ``anywhere=False`` leaves out the patterns searched
    inside a paragraph (for single lines of a longer paragraph)."""
    rules = _rules()
    text = _BULLET.sub("", paragraph.strip())
    if len(text) <= rules.max_chars:
        if rules.furniture.match(text):
            return "furniture"
        if rules.credits.match(text):
            return "credit"
        if line_key(text) in repeated:
            return "repeated"
    if anywhere and len(text) <= rules.anywhere_max_chars and rules.anywhere.search(text):
        return "furniture"
    return None


def is_boilerplate(paragraph: str, repeated: frozenset[str] = frozenset()) -> bool:
    """True for a paragraph that is furniture of any kind (see ``furniture_kind``)."""
    return furniture_kind(paragraph, repeated) is not None


def is_author_note(paragraph: str) -> bool:
    """An author's note closing a story: "Jane Roe is a correspondent for ..."."""
    text = paragraph.strip()
    return len(text) <= _rules().anywhere_max_chars and _rules().bios.match(text) is not None


def is_list_heading(paragraph: str) -> bool:
    """A heading that opens a list of links: "Read more", "Related stories", "Tags"."""
    text = paragraph.strip()
    return len(text) <= 60 and _rules().list_headings.match(text) is not None


def is_link_line(paragraph: str) -> bool:
    """A line that reads as a list item of links: a headline, or comma-separated tags."""
    text = paragraph.strip()
    if "\n" in text:
        return all(is_link_line(line) for line in text.splitlines() if line.strip())
    if text.count(",") >= MIN_TAG_COMMAS and not _SENTENCE_END.search(text):
        return True
    return len(text.split()) <= MAX_LINK_LINE_WORDS and not _SENTENCE_END.search(text)


def list_start(texts: Sequence[str]) -> int | None:
    """Index of the first paragraph of an end-of-page link list: a list heading after the
    first paragraph, followed to the end only by link-like lines or furniture."""
    for index in range(1, len(texts)):
        if is_list_heading(texts[index]) and all(
            is_link_line(text) or is_boilerplate(text) for text in texts[index + 1 :]
        ):
            return index
    return None


def repeated_lines(
    texts: Iterable[str], *, min_documents: int = 3, max_chars: int = 200
) -> frozenset[str]:
    """Short paragraphs that occur in at least ``min_documents`` different texts of a batch."""
    seen: Counter[str] = Counter()
    for text in texts:
        keys = {line_key(text[s:e]) for s, e in paragraphs(text) if e - s <= max_chars}
        seen.update(keys)
    return frozenset(key for key, count in seen.items() if count >= min_documents)
