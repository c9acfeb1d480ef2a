"""Whom "both sides" names: the two sides of the last two-way event the text coded. "Sudan's
army and the Rapid Support Forces clashed again on Thursday. Saudi Arabia urged both sides to
return to talks" urges the army and the RSF (a new user's trial, session 25: no target)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from dyads.events.sides import Arg
from dyads.records import Event

__all__ = ["the_two_sides"]

_SIDES = frozenset({"side", "party", "parties", "sides", "belligerent", "belligerents"})
_BOTH = frozenset({"both", "two", "warring", "rival"})
_PREPS = frozenset({"on", "to", "with", "between"})
# sentences back the pair may have been told
_REACH = 3


class _Found(Protocol):
    event: Event
    trigger: int


def the_two_sides(verb: Token, found: Sequence[_Found]) -> list[Arg]:
    """The source and the target of the last event coded both ways (``found``, in text order)
    within three sentences before ``verb`` or in its own, as two arguments on ``verb``'s object,
    dative or "on"/"to"/"with"/"between" object "both sides" / "the two sides" / "the warring
    parties"; else []."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # "called on the two sides", "mediated between the warring parties"
    objects += [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in _PREPS
        for o in p.children if o.dep_ == "pobj"
    ]  # fmt: skip
    obj = next((c for c in objects if _two_sides(c)), None)
    if obj is None:
        return []
    doc = verb.doc
    start = verb.sent.start
    for _ in range(_REACH):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    pairs = {(c.event.source.code, c.event.target.code) for c in found}
    for coded in reversed(found):
        if coded.trigger >= verb.i or coded.event.negated:
            continue
        if coded.trigger < start:
            break
        event = coded.event
        if (
            event.target.code,
            event.source.code,
        ) in pairs and event.source.code != event.target.code:
            return [Arg(event.source, obj, "both-sides"), Arg(event.target, obj, "both-sides")]
    return []


def _two_sides(tok: Token) -> bool:
    if tok.lemma_.lower() not in _SIDES and tok.lower_ not in _SIDES:
        return False
    if any(c.dep_ == "prep" for c in tok.children):
        return False  # "both sides of the aisle", "both sides of the debate": not the pair
    return any(c.lower_ in _BOTH for c in tok.children)
