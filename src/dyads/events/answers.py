"""Whom a rejection answers when it names the charge only by "the accusation".

"Congo's government accused Rwanda of backing the M23 rebels. Rwanda's foreign ministry rejected
the accusation, calling it baseless": the charge is the one the text just reported, so the
rejection answers its accuser (CAMEO 12x toward the accuser, as "rejected Ukraine's
accusations" already is). Only a definite charge with no owner of its own, answered in the same
or the next sentence after an accusation (CAMEO 11x) is read so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from dyads.events.sides import Arg
from dyads.records import Event

__all__ = ["answered_accuser"]

# what names a charge; "the" and "this" point back to the one just reported
_CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "criticism"})
_POINTING = frozenset({"the", "this", "these", "that", "those", "such"})


class _Found(Protocol):
    event: Event
    trigger: int


def answered_accuser(
    verb: Token, code: str, sources: Sequence[Arg], found: Sequence[_Found]
) -> list[Arg]:
    """The accuser a rejection or denial ``verb`` (``code`` 12x or 016) by ``sources`` answers
    when its object is "the accusation" (no possessor, no "by"/"from"/"of" owner) and the last
    accusation coded (``found``, in text order), in this sentence or the one before, was aimed
    at the country of one of ``sources``; else []."""
    if code[:2] != "12" and code != "016":
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _CHARGES:
        return []
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in obj.children):
        return []
    if any(c.dep_ in ("poss", "prep", "amod", "compound") for c in obj.children):
        return []  # "the Russian accusation", "the accusation by Kyiv": its own owner
    doc = verb.doc
    sent = verb.sent
    earlier = doc[sent.start - 1].sent if sent.start > 0 else sent
    for coded in reversed(found):
        if coded.trigger >= verb.i:
            continue
        if coded.trigger < earlier.start:
            break
        if coded.event.cameo[:2] == "11" and not coded.event.negated:
            accused = coded.event.target.country
            if accused and any(s.side.country == accused for s in sources):
                return [Arg(coded.event.source, obj, "charge-anaphora")]
            return []
    return []
