"""Tense: whether a clause tells a deed as done, and words that put it some time before.

Helpers of :mod:`dyads.events.dates`: the tense of a clause by its own verb, and words that put a
deed some time before the report without saying when ("previously", "in the past"). The story's
occasion is :mod:`dyads.events.occasion`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Token

from dyads.records import DateSpan

__all__ = [
    "COARSE",
    "FUTURE_AUX",
    "PERFECT",
    "RECENT_DAYS",
    "DatedText",
    "days_before",
    "earlier",
    "some_time_before",
    "tense",
]  # fmt: skip

# resolved temporal expressions with their character spans (end exclusive), in text order
DatedText = Sequence[tuple[tuple[int, int], DateSpan]]
COARSE = {"month", "year", "season", "quarter", "decade"}
# the lead: the body's first sentences, where a story says when its occasion was


def some_time_before(head: Token) -> bool:
    """ "Sanders in the past has criticized", "who previously said": the clause places the event
    before the report without saying when (blind audits, rounds 28 and 29: such events took the
    publication day, or a later clause's). A bare "earlier" is :func:`earlier`'s."""
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in _BEFORE:
            return True
        if child.dep_ == "advmod" and child.lower_ == "earlier" and _earlier_in_a_span(child):
            return True  # "Earlier in the political season, Davis was critical" (seed 82)
        if child.dep_ == "advmod" and child.lower_ in ("early", "late", "ago"):
            # "Early in his campaign, Trump attacked Romney", "years ago" (blind audit, round
            # 53: dated by the publication day); a resolvable "two days ago" is a date found first
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during", "over", "throughout")
            and any(o.dep_ == "pobj" and _earlier_period(o) for o in child.children)
        ):
            return True
    return False


_STORY_DAY = frozenset({"day", "morning", "afternoon", "evening", "night", "week"})


def _earlier_in_a_span(earlier: Token) -> bool:
    """ "earlier in the political season", "earlier in the campaign": some time before, unsaid;
    "earlier in the day" is the story's day (:func:`earlier`)."""
    objs = [o for p in earlier.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() not in _STORY_DAY for o in objs)


def _earlier_period(noun: Token) -> bool:
    """ "the past", "his first term", "the campaign's early days", "recent years": a stretch of
    time before the report, with no date of its own."""
    if noun.lower_ == "past":
        return True
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "poss")}
    if noun.lemma_.lower() in _PERIODS:
        return bool(mods & _ORDINAL_OR_OWN)
    return noun.lemma_.lower() in ("year", "month", "decade") and bool(mods & {"recent", "past"})


_PERIODS = frozenset({"campaign", "term", "tenure", "career", "presidency", "premiership", "youth"})
# "his term" (the reporter's subject's, already over or running), "his first term"
_ORDINAL_OR_OWN = frozenset({"his", "her", "their", "first", "second", "early", "previous"})


def earlier(head: Token) -> bool:
    """A bare "earlier": before the report, on the story's occasion when it has one; "earlier
    in the day" is dated by its own words."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "earlier" and not any(c.children) for c in head.children
    )


_BEFORE = {"previously", "formerly", "once", "before"}
FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
PERFECT = {"have", "has", "had", "'ve", "’ve", "'d", "’d"}
RECENT_DAYS = 7


def tense(heads: list[Token]) -> str | None:
    """``"past"`` or ``"future"`` by the clause's own verb, ``None`` when it does not say."""
    verb = next((t for t in reversed(heads) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in aux):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in PERFECT for a in aux):
        return "past"
    if verb.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "candidates scurried across New Hampshire on Monday", tagged VBN
    return None


def days_before(published: str, day: str) -> int:
    return (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
