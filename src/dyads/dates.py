"""One reader of calendar dates for every way a date comes in: ``--published`` and other
command-line options, JSON Lines and feed fields, the HTTP API and ``dyads.process``.

It reads ISO 8601 dates and timestamps (``2024-05-09``, ``2024-05-09T10:00:00Z``), year-first
numeric dates (``2024/05/09``) and written dates with a month name (``9 May 2024``,
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
    if _ALL_NUMBERS.fullmatch(text):
        raise DateError(f"{text!r} is ambiguous (day and month could be either way round); {HINT}")
    return _written(text)


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
