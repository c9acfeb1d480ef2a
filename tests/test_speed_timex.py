"""The date rules' leading lookahead (``dyads.timex.rules._rule(first=...)``) only skips
positions no match can start at: every rule finds what its pattern alone finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyads.timex import find_dates
from dyads.timex.rules import _RULES

_SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_TEXTS = [
    "On Tuesday, March 5, 2024, the talks resumed; they end Friday, 8 March.",
    "From 19-20 September to November 20-22 and May 9 to 11, THURSDAY, OCTOBER 2, 2016.",
    "Last Monday and this coming Friday evening; Good Friday and Super Tuesday are no days.",
    "ſince 2014, ıN May, LAST SUNDAY, next wednesday, NEXT Monday, 2023-12-28 and ٢٠ March.",
    "He met her on the 3rd of June, on 9 May, and in mid-January 2023; Sept. 4 or Dec 1st.",
]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the lookahead ``_rule`` put in front of it."""
    text = pattern.pattern
    if not text.startswith("(?="):
        return pattern
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0) if text[i - 1 : i] != "\\" else 0
        if depth == 0:
            return re.compile(text[i + 1 :])
    raise AssertionError(text)


def _texts() -> list[str]:
    files = sorted(_SAMPLES.glob("*.txt")) + sorted(_SAMPLES.glob("*.html"))
    return _TEXTS + [f.read_text(encoding="utf-8") for f in files]


@pytest.mark.parametrize("order", range(len(_RULES)))
def test_lookahead_finds_what_the_pattern_finds(order: int) -> None:
    rule = _RULES[order]
    plain = _plain(rule.pattern)
    for text in _texts():
        got = [m.span("x") for m in rule.pattern.finditer(text)]
        assert got == [m.span("x") for m in plain.finditer(text)]


def test_some_rules_look_ahead_and_dates_are_still_found() -> None:
    assert sum(rule.pattern.pattern.startswith("(?=") for rule in _RULES) >= 8
    found = [span for span, _ in find_dates(_TEXTS[0], "2024-03-06")]
    assert [_TEXTS[0][s:e] for s, e in found] == ["Tuesday, March 5, 2024", "Friday, 8 March"]
