"""One reader of calendar dates for every way a date comes in: ``--published`` and other
command-line options, JSON Lines and feed fields, the HTTP API and ``dyads.process``.

It reads ISO 8601 dates and timestamps (``2024-05-09``, ``2024-05-09T10:00:00Z``), year-first
numeric dates (``2024/05/09``), year-last numeric dates only one order of day and month can
read (``05/15/2025``, ``15.05.2025``) and written dates with a month name (``9 May 2024``,
``May 9, 2024``, ``Thu, 09 May 2024 10:00:00 GMT``), through the standard library and
``dateutil``. It refuses, with a reason, what it cannot read for certain: other all-number
forms (``05/09/2024`` is 9 May in one country and 5 September in another), relative words
(``yesterday``), and dates missing their day or year. Nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["DateError", "parse_date", "to_iso"]

_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_ALL_NUMBERS = re.compile(r"[\d\s/.\-:]+")
HINT = "write it as YYYY-MM-DD, e.g. 2024-05-09"


class DateError(ValueError):
    """A value that is not a date this reader can be sure of; ``str(exc)`` says why."""


def parse_date(value: str | date) -> date:
    """The calendar date ``value`` names (a ``datetime`` gives its date); ``DateError`` else.

    Time zones are not converted: ``2024-05-09T23:30:00-05:00`` is 9 May, the day written.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = " ".join(str(value).split())
    if not text:
        raise DateError(f"an empty date; {HINT}")
    iso = _iso(text)
    if iso is not None:
        return iso
    found = _YEAR_FIRST.fullmatch(text)
    if found is not None:
        try:
            return date(*map(int, found.groups()))
        except ValueError:
            raise DateError(f"{text!r} is not a valid date; {HINT}") from None
    one = _one_reading(text)
    if one is not None:
        return one
    if _ALL_NUMBERS.fullmatch(text):
        raise DateError(f"{text!r} is ambiguous (day and month could be either way round); {HINT}")
    return _written(text)


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def _one_reading(text: str) -> date | None:
    """The date of a year-last numeric form that only one order of day and month can read:
    "05/15/2025" (15 is no month: a new user's trial, session 29, was refused as ambiguous),
    "15.05.2025"; None for "05/09/2024", which both orders read as different days;
    ``DateError`` for "13/13/2024", which neither reads."""
    found = _DAY_MONTH_YEAR.fullmatch(text)
    if found is None:
        return None
    a, b, year = map(int, found.groups())
    readings = set()
    for month, day in ((a, b), (b, a)):
        try:
            readings.add(date(year, month, day))
        except ValueError:
            continue
    if not readings:
        raise DateError(f"{text!r} is not a valid date; {HINT}")
    return readings.pop() if len(readings) == 1 else None


def to_iso(value: str | date | None) -> str | None:
    """``YYYY-MM-DD`` of ``value``; None for None or an empty string; ``DateError`` else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value).isoformat()


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _written(text: str) -> date:
    """A date with its month in words; two different defaults show whether a part is missing."""
    from dateutil import parser

    try:
        first = parser.parse(text, default=datetime(2000, 1, 1))
        second = parser.parse(text, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        raise DateError(f"{text!r} is not a date; {HINT}") from None
    if first.date() != second.date():
        raise DateError(f"{text!r} lacks a day, month or year; {HINT}")
    return first.date()
