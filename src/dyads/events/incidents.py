"""An incident named by its day in the next sentence dates the deed told just before it.

"… after a Chinese coast guard ship fired a water cannon at a Philippine fisheries vessel …"
then "Three Filipino crew members were injured in Monday's incident": the water cannon was fired
on Monday, though its own clause names no day (a new user's trial, session 27: dated by the
publication day). Only a deed of force (CAMEO roots 17-20) with no day of its own, and only
the very next sentence's incident noun whose own day is its possessor ("Monday's attack") or
its "on" phrase ("the attack on Monday"), one day at most.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dyads.events.tense import DatedText
from dyads.records import DateSpan, Event

__all__ = ["incident_dates"]

_FORCE = frozenset({"17", "18", "19", "20"})
# nouns that stand for a deed of force already told
_INCIDENTS = frozenset({"incident", "attack", "clash", "shooting", "assault", "raid",
                        "confrontation", "skirmish", "encounter", "standoff"})  # fmt: skip


def incident_dates(items: Sequence[tuple[Event, Token]], doc_dates: DatedText) -> None:
    """Date each deed of force in ``items`` (events with their trigger tokens) that has only
    the publication day by the day the next sentence gives its incident; in place."""
    for event, trigger in items:
        if event.root not in _FORCE or event.date is None or event.date.basis != "published":
            continue
        sent = trigger.sent
        if sent.end >= len(trigger.doc):
            continue
        days = {(d.start, d.end): d for d in _incident_days(trigger.doc[sent.end].sent, doc_dates)}
        if len(days) == 1:
            (day,) = days.values()
            event.date = DateSpan(day.start, day.end, day.precision, day.text, basis="text")


def _incident_days(sent: Span, doc_dates: DatedText) -> list[DateSpan]:
    found = []
    for tok in sent:
        if tok.lemma_.lower() not in _INCIDENTS or tok.pos_ != "NOUN":
            continue
        days = [c for c in tok.children if c.dep_ == "poss"]
        days += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for day in days:
            found += [
                when
                for (start, end), when in doc_dates
                if start <= day.idx < end and when.basis == "text" and when.precision == "day"
            ]
    return found
