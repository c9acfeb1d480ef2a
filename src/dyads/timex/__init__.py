"""Temporal expressions in news text, resolved against the publication date.

Owns the project's date grammar: a small set of compiled patterns for absolute dates
("December 28, 2023", "19-20 September"), month and year references ("in early September",
"September 2023", "in 2022") and relative ones ("earlier this week", "on Monday", "last month").
Each match becomes a :class:`~dyads.records.DateSpan`.

Rules that matter downstream:

* A date with no year takes the year that puts it at or before publication ("in November"
  published 2024-02-01 is November 2023), unless its sentence is in the future tense
  ("will meet on January 5"), in which case it is the next such date on or after publication.
* Anything relative to the publication date resolves to ``None`` when there is no publication
  date: the reader's clock is never used as a stand-in.
* Month names must be capitalised, and a month standing alone needs a preposition or modifier
  ("in May", "late October", "a December interview"; not "the March organisers"), so the modal
  "may" and "a march" are never dates; a bare number is a year only after a preposition ("in
  2022", "since 2014").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from dyads.records import DateSpan, Precision
from dyads.timex.grammar import (
    Span,
    _day_number,
    _month_number,
    _to_date,
    _valid,
)
from dyads.timex.handlers import (
    _Context,
    _day,
    _Rule,
    _year_of,
)
from dyads.timex.rules import (
    _RULES,
)

__all__ = ["find_dates", "find_month_days", "resolve"]


def find_dates(
    text: str, published: str | date | None, future: bool | None = None
) -> list[tuple[Span, DateSpan]]:
    """Every temporal expression in ``text`` that can be resolved, in text order.

    Spans are character offsets into ``text`` (end exclusive) and cover the expression without
    a leading preposition ("on", "in"). Overlapping candidates go to the longest one.
    ``future``: the tense when the caller knows it (a clause's own verb); ``None`` reads it off
    the cues of the sentence.
    """
    return [
        (
            (start, end),
            DateSpan(
                start=first.isoformat(),
                end=last.isoformat(),
                precision=precision,
                text=text[start:end],
                basis="text",
            ),
        )
        for start, end, first, last, precision in _found(text, _to_date(published), future)
        if not _final_part(text, start, end)
    ]


_LAST_OF = re.compile(r"(?i)(?:the\s+)?last\b")
_OF = re.compile(r"\s+of\b")


def _final_part(text: str, start: int, end: int) -> bool:
    """ "the last week of the race" is the race's final week, not the one before publication
    (own reading, seed 77: Christie's 2012 praise dated February 2016)."""
    return bool(_LAST_OF.match(text, start)) and bool(_OF.match(text, end))


# a month-day running on into a range ("November 20-22", "May 9 to 11") is no single day
_RANGE_AFTER = re.compile(r"\s*(?:[-\u2013\u2014]|to\b|and\b|through\b)\s*\d")


def find_month_days(text: str) -> list[tuple[Span, DateSpan]]:
    """The days ``text`` names by month and day without a year ("November 20", "on 9 May"),
    as XML Schema gMonthDay dates ("--11-20"), for a text whose publication date is unknown:
    the year cannot be told, the day still can (blind audits, rounds 28-31: six events in
    undated InSight Crime articles lost their "November 20", "October 31", "May 9"). Only the
    month-day rules run: this is a second pass over the text.
    """
    out = []
    for rule in _RULES:
        if rule.handler is not _day:
            continue
        for match in rule.pattern.finditer(text):
            if _year_of(match) is not None or _RANGE_AFTER.match(text, match.end("x")):
                continue
            month, day = _month_number(match["m1"]), _day_number(match["d1"])
            if _valid(2000, month, day) is None:  # 2000 was a leap year: 29 February holds
                continue
            start, end = match.span("x")
            iso = f"--{month:02d}-{day:02d}"
            out.append(((start, end), DateSpan(iso, iso, "day", text[start:end], "text")))
    return sorted(out, key=lambda sd: sd[0])


# The quotes and the events stage both date the same article text: scan it once.
@lru_cache(maxsize=4)
def _found(
    text: str, anchor: date | None, future: bool | None = None
) -> tuple[tuple[int, int, date, date, Precision], ...]:
    candidates: list[tuple[int, int, int, re.Match[str], _Rule]] = []
    for order, rule in enumerate(_RULES):
        for match in rule.pattern.finditer(text):
            start, end = match.span("x")
            candidates.append((start, end, order, match, rule))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[Span] = []
    found: list[tuple[int, int, date, date, Precision]] = []
    for start, end, _order, match, rule in candidates:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        resolved = rule.handler(match, _Context(text, (start, end), anchor, future))
        if resolved is None:
            continue
        taken.append((start, end))
        found.append((start, end, *resolved))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(found)


def resolve(
    expression: str, published: str | date | None, future: bool | None = None
) -> DateSpan | None:
    """The date an expression such as "in early September" or "earlier this week" refers to.

    The longest temporal expression found in ``expression`` wins; a bare month or year
    ("September", "2022") is read as if preceded by "in". ``None`` when nothing resolves.
    """
    matches = find_dates(expression, published, future)
    if not matches:
        stripped = expression.strip()
        matches = [
            (span, found)
            for span, found in find_dates("in " + stripped, published, future)
            if span == (3, 3 + len(stripped))
        ]
    if not matches:
        return None
    return max(matches, key=lambda item: item[0][1] - item[0][0])[1]
