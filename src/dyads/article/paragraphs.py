"""Paragraph spans of a plain text: blocks separated by blank lines."""

from __future__ import annotations

import re

from dyads.records import Span

_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\n[ \t\r\f\v]*\n|\s*\Z)", re.DOTALL)


def paragraphs(text: str) -> list[Span]:
    """``(start, end)`` of every paragraph, trimmed of surrounding white space."""
    return [match.span() for match in _BLOCK.finditer(text)]
