"""The date rules' leading lookahead (``dyads.timex.rules._rule(first=...)``) only skips
positions no match can start at: every rule finds what its pattern alone finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyads.timex import find_dates
from dyads.timex.rules import _RULES, _either_case

_SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_TEXTS = [
    "On Tuesday, March 5, 2024, the talks resumed; they end Friday, 8 March.",
    "From 19-20 September to November 20-22 and May 9 to 11, THURSDAY, OCTOBER 2, 2016.",
    "Talks ran March 5 to April 2; the vote, 30 April to 2 May 2024, fell between 4 and 6 of May.",
    "Last Monday and this coming Friday evening; Good Friday and Super Tuesday are no days.",
    "ſince 2014, ıN May, LAST SUNDAY, next wednesday, NEXT Monday, 2023-12-28 and ٢٠ March.",
    "He met her on the 3rd of June, on 9 May, and in mid-January 2023; Sept. 4 or Dec 1st.",
    "In the 1952 campaign, after the Riots of 1970 and BETWEEN 2001 and 2005, since 2014, until "
    "the year 2020 and Throughout 2019; Today, tonight, YESTERDAY, tomorrow, last night, This "
    "morning, earlier this week, Late last year, over the weekend, Last spring, next winter, "
    "in the summer of 2015, two weeks ago, 12 days ago, Over the past few months, spent the "
    "last decade; Later in March, before January, till June, During May, a December "
    "interview, Her March speech, the beginning of 2020, Start of June, end of May 2021, the "
    "middle of 2019, late 2018, Early June, this July, Next August, in the elections of 2012.",
]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without the lookahead ``_rule`` put in front of it."""
    text = pattern.pattern
    flags = "(?i)" if text.startswith("(?i)") else ""
    text = text.removeprefix(flags)
    if not text.startswith("(?="):
        return pattern
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0) if text[i - 1 : i] != "\\" else 0
        if depth == 0:
            return re.compile(flags + text[i + 1 :])
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


def test_every_rule_is_tried_on_a_match() -> None:
    for rule in _RULES:
        assert any(rule.pattern.search(text) for text in _TEXTS), rule.pattern.pattern


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyz")
def test_either_case_holds_every_letter_a_case_blind_match_takes(letter: str) -> None:
    blind, cased = re.compile(f"(?i){letter}"), re.compile(_either_case(letter))
    taken = [chr(c) for c in range(0x110000) if blind.fullmatch(chr(c))]
    assert taken and all(cased.fullmatch(char) for char in taken)


def test_some_rules_look_ahead_and_dates_are_still_found() -> None:
    assert all(rule.pattern.pattern.removeprefix("(?i)").startswith("(?=") for rule in _RULES)
    found = [span for span, _ in find_dates(_TEXTS[0], "2024-03-06")]
    assert [_TEXTS[0][s:e] for s, e in found] == ["Tuesday, March 5, 2024", "Friday, 8 March"]
