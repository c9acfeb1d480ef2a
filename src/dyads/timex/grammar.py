"""The date grammar's pattern fragments and date arithmetic (:mod:`dyads.timex`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from dateutil.parser import parserinfo

from dyads.records import Precision

Span = tuple[int, int]
_Resolved = tuple[date, date, Precision]

_INFO = parserinfo()
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


# --- pattern fragments ------------------------------------------------------------------------


def _cased(word: str) -> list[str]:
    return [word.title(), word.upper()]


def _month_alternatives(full_only: bool) -> str:
    alternatives: list[str] = []
    for names in _INFO.MONTHS:
        for name in sorted(names, key=len, reverse=True):
            if name == names[-1]:  # the full name; the others are abbreviations
                alternatives += [f"{v}(?![A-Za-z])" for v in _cased(name)]
            elif not full_only:
                alternatives += [rf"{v}\.|{v}(?![A-Za-z.])" for v in _cased(name)]
    return "(?<![A-Za-z])(?:" + "|".join(alternatives) + ")"


_MONTH = _month_alternatives(full_only=False)
_MONTH_FULL = _month_alternatives(full_only=True)
_WEEKDAY = (
    "(?<![A-Za-z])(?:"
    + "|".join(v for names in _INFO.WEEKDAYS for v in _cased(names[-1]))
    + ")(?![A-Za-z])"
)
_DAY = r"(?<![\d.,])[0-3]?\d(?:st|nd|rd|th)?(?![\d\w])"
_YEAR = r"(?<![\d.,])(?:1[89]|20)\d{2}(?![\d\w])"
_NOT_QUANTITY = r"(?!\s*(?:%|percent\b|per\s+cent\b)|[-–—/]\d|[.,]\d)"
_DASH = r"\s*[-–—]\s*"
_THRU = rf"(?:{_DASH}|\s+(?i:to|through|until|till|and)\s+)"
_THRU_STRICT = rf"(?:{_DASH}|\s+(?i:to|through|until|till)\s+)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?i:the\s+)?)?"
_PART = r"(?i:early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)"
# days that name something else: "Good Friday Agreement", "Super Tuesday", "Bloody Sunday"
_NOT_NAMED_DAY = (
    r"(?<!Good\s)(?<!Black\s)(?<!Cyber\s)(?<!Holy\s)(?<!Super\s)(?<!Bloody\s)(?<!News\s)"
)
_WEEKDAY_SUFFIX = rf"(?:,\s+{_WEEKDAY})?"  # "October 2, 2016, Sunday"
_YEAR_TAIL = rf"(?:,?\s+(?P<y>{_YEAR}))?"

_FUTURE_CUES = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:due|scheduled|set|expected|slated|going|"
    r"planning|planned|to)\b|plans?\s+to|intends?\s+to|upcoming)\b|['’]ll\b"
)
_PAST_CUES = re.compile(
    r"(?i)\b(?:said|told|says|announced|stated|declared|added|reported|claimed|confirmed|"
    r"was|were|had|did|met|held|visited|took)\b"
)
_COUNTED_NOUN = re.compile(r"\s+[a-z]+s\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z])|\n")


# --- date arithmetic --------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _anchored(month: int, day: int, published: date, future: bool) -> date | None:
    """The month-day nearest publication on its side: at/before it, or at/after when future."""
    step = 1 if future else -1
    for offset in range(4):  # four years covers 29 February
        candidate = _valid(published.year + step * offset, month, day)
        if candidate and (candidate >= published if future else candidate <= published):
            return candidate
    return None


def _month_year(month: int, published: date, future: bool) -> int:
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_part(part: str, year: int, month: int) -> _Resolved:
    part = " ".join(part.lower().split())
    last = _month_end(year, month)
    if part.startswith("early") or "beginning" in part or "start" in part:
        return date(year, month, 1), date(year, month, 10), "range"
    if part.startswith("mid") or "middle" in part:
        return date(year, month, 11), date(year, month, 20), "range"
    return date(year, month, 21), last, "range"


def _year_part(part: str, year: int) -> _Resolved:
    part = " ".join(part.lower().split())
    if part.startswith("early") or "beginning" in part or "start" in part:
        return date(year, 1, 1), date(year, 4, 30), "range"
    if part.startswith("mid") or "middle" in part:
        return date(year, 5, 1), date(year, 8, 31), "range"
    return date(year, 9, 1), date(year, 12, 31), "range"


def _month_number(token: str) -> int:
    number = _INFO.month(token.rstrip("."))
    assert number is not None, token
    return number


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _to_date(published: str | date | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError as error:
        raise ValueError(
            f"publication date {published!r} is not an ISO date (YYYY-MM-DD)"
        ) from error
