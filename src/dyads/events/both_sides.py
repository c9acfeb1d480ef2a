"""Whom "both sides" names: the two sides of the last two-way event the text coded. "Sudan's
army and the Rapid Support Forces clashed again on Thursday. Saudi Arabia urged both sides to
return to talks" urges the army and the RSF (a new user's trial, session 25: no target)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dyads.events.answers import Found
from dyads.events.sides import Arg

__all__ = ["the_two_sides"]

# "both countries", "the two neighbours": the sides' countries
_STATES = frozenset({"country", "countries", "nation", "nations", "neighbour", "neighbours",
                     "neighbor", "neighbors", "government", "governments"})  # fmt: skip
_SIDES = _STATES | {"side", "sides", "party", "parties", "belligerent", "belligerents"}
_BOTH = frozenset({"both", "two", "warring", "rival"})
_PREPS = frozenset({"on", "to", "with", "between"})
# sentences back the pair may have been told
_REACH = 3


def the_two_sides(verb: Token, found: Sequence[Found]) -> list[Arg]:
    """The source and the target of the last event coded both ways (``found``, in text order;
    else of the last event coded) within three sentences before ``verb`` or in its own, as two
    arguments on ``verb``'s object, dative or "on"/"to"/"with"/"between" object "both sides",
    "the two sides", "the warring parties"; "both countries", "the two neighbours" are the two
    sides' countries. Else []."""
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
    told = [
        c.event for c in found
        if start <= c.trigger < verb.i and not c.event.negated
        and c.event.source.code != c.event.target.code
    ]  # fmt: skip
    # a pair told both ways first ("clashed"), else the last one-way pair ("expelled")
    both_ways = [e for e in told if (e.target.code, e.source.code) in pairs]
    for event in reversed(both_ways or told):
        sides = [event.source, event.target]
        if obj.lemma_.lower() in _STATES or obj.lower_ in _STATES:
            if not all(s.country for s in sides) or sides[0].country == sides[1].country:
                return []
            sides = [replace(s, actor=s.country, code=s.country, sector=None) for s in sides]
        # the words in this sentence that name them are the evidence of the sides
        phrase = obj.doc[obj.left_edge.i : obj.i + 1]
        span = (phrase.start_char, phrase.end_char)
        sides = [replace(s, text=phrase.text, span=span) for s in sides]
        return [Arg(side, obj, "both-sides") for side in sides]
    return []


def _two_sides(tok: Token) -> bool:
    if tok.lemma_.lower() not in _SIDES and tok.lower_ not in _SIDES:
        return False
    if any(c.dep_ == "prep" for c in tok.children):
        return False  # "both sides of the aisle", "both sides of the debate": not the pair
    return any(c.lower_ in _BOTH for c in tok.children)
