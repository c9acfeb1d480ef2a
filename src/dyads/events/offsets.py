"""A day counted from another: "two days after the summit on Monday" is the Wednesday.

A date the clause finds inside an "after"/"before" phrase that carries its own count of days or
weeks ("Two days after the summit on Monday, Russia expelled ...", "a week after the attack on
March 2") dates the other deed; the clause's own deed is that many days later (or earlier).
Months and years are left as found (their lengths vary and the texts give them loosely).
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dyads.events.tense import DatedText
from dyads.records import DateSpan

__all__ = ["counted_from"]

_UNIT_DAYS = {"day": 1, "week": 7}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def counted_from(doc: Doc, doc_dates: DatedText, found: DateSpan, day: DateSpan) -> DateSpan:
    """``day`` (``found``, one of ``doc_dates``, as the clause's tense reads it) moved by the
    count of the "after"/"before" phrase ``found`` sits in, for a day with a year; else ``day``
    as it is (own probe, session 25: "Two days after the summit on Monday" dated the expulsion
    Monday)."""
    if day.precision != "day" or day.start.startswith("--"):
        return day
    for (start, end), when in doc_dates:
        if when is not found:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        days = _offset(span.root) if span is not None else 0
        if not days:
            return day
        moved = (date.fromisoformat(day.start) + timedelta(days=days)).isoformat()
        return DateSpan(moved, moved, "day", day.text, basis=day.basis)
    return day


def _offset(tok: Token) -> int:
    """The signed count of days the phrase above ``tok`` puts between the two deeds, or 0."""
    for _ in range(5):
        if tok.dep_ == "prep" and tok.lower_ in ("after", "before"):
            break
        if tok.head is tok:
            return 0
        tok = tok.head
    else:
        return 0
    for unit in tok.children:
        per = _UNIT_DAYS.get(unit.lemma_.lower())
        if unit.dep_ != "npadvmod" or per is None:
            continue
        count = next((_count(c) for c in unit.children if c.dep_ in ("nummod", "det")), 0)
        return count * per * (1 if tok.lower_ == "after" else -1)
    return 0


def _count(word: Token) -> int:
    text = word.lower_
    return int(text) if text.isdigit() else _COUNTS.get(text, 0)
