"""Seasons as date ranges: "last fall", "this summer", "in the spring of 2015".

Seasons are the meteorological ones of the northern hemisphere, where most of the news this
project reads is written: spring March-May, summer June-August, fall (autumn) September-November,
winter December to the end of February of the next year. A season is a ``range``-precision
:class:`~dyads.records.DateSpan` in :mod:`dyads.timex`; the dated events of the blind audit
(round 47: "Last fall, Trump mocked …" took the publication day) are why they are read at all.
"""

from __future__ import annotations

import calendar
from datetime import date

SEASON_WORDS = ("spring", "summer", "fall", "autumn", "winter")
_FIRST_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def season(word: str, year: int) -> tuple[date, date]:
    """The season ``word`` (one of :data:`SEASON_WORDS`, any case) that starts in ``year``:
    first and last day. Raises ``KeyError`` for another word."""
    first = _FIRST_MONTH[word.lower()]
    start = date(year, first, 1)
    last_year, last_month = (year + 1, 2) if first == 12 else (year, first + 2)
    end = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return start, end


def relative_season(rel: str, word: str, published: date) -> tuple[date, date]:
    """``rel`` ("last", "this" or "next") ``word`` seen from ``published``: "last fall" is the
    latest one over before publication, "next spring" the first one to start after it, "this
    summer" the one of the publication's year (winter: the one under way in January or
    February). Raises ``KeyError`` for another ``rel`` or ``word``."""
    rel = rel.lower()
    around = [season(word, year) for year in range(published.year - 2, published.year + 2)]
    if rel == "last":
        return [s for s in around if s[1] < published][-1]
    if rel == "next":
        return next(s for s in around if s[0] > published)
    if rel != "this":
        raise KeyError(rel)
    under_way = [s for s in around if s[0] <= published <= s[1]]
    if under_way:
        return under_way[0]
    return next(s for s in around if s[0].year == published.year)
