"""Countries and capitals named as places in ways the parse shows (blind audit, round 107):

* a list after "the … countries of" inside a locative phrase: "In the Northern Triangle
  countries of El Salvador, Guatemala and Honduras, the United States has spent …" names where
  the money went (coded SLV, HND);
* a possessive with its noun left out: "the Cancun airport, which is second only to Mexico
  City's" is Mexico City's airport (coded MEXGOV);
* the destination of travel advice: "Travel advice was also updated for Colombia" (COL);
* the object of a verb that would remake it: "our campaign to transform America" (USA).

Used by :func:`dyads.actors.not_acting.not_acting`, which walks a list back to its first name;
the word lists are ``travel_nouns``, ``remade`` and ``place_nouns`` of
``dyads/data/actors/not_acting.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping

from dyads.actors.tokens import Tokens

__all__ = ["elided_owner", "named_place"]

_LOCATIVES = frozenset({"in", "across", "throughout", "within", "among"})
_TRAVEL_PREPS = frozenset({"for", "to", "about", "on"})


def named_place(t: Tokens, k: int, words: Mapping[str, frozenset[str]]) -> bool:
    """The country name ending at token ``k`` (the first of a list) is named as a place."""
    head = t.head[k]
    if elided_owner(t, k):
        return True
    if t.dep[k] == "pobj" and t.lower[head] == "of":
        noun = t.head[head]
        listed = t.tag[noun] == "NNS" and t.lemma[noun].lower() in words["place_nouns"]
        return listed and t.dep[noun] == "pobj" and t.lower[t.head[noun]] in _LOCATIVES
    if t.dep[k] == "pobj" and t.lower[head] in _TRAVEL_PREPS:
        return _travel_advice(t, k, words["travel_nouns"])
    return t.dep[k] == "dobj" and t.lemma[head].lower() in words["remade"]


def elided_owner(t: Tokens, k: int) -> bool:
    """The name ending at ``k`` owns a noun left out: "second only to Mexico City's" (a
    capital's airport, not its government)."""
    return t.dep[k] == "pobj" and k + 1 < len(t.lower) and t.dep[k + 1] == "case"


def _travel_advice(t: Tokens, k: int, nouns: frozenset[str]) -> bool:
    """The sentence of ``k`` speaks of travel advice ("travel advice", "a travel warning")."""
    sent = t.sent[k]
    return any(
        t.sent[i] == sent and t.lower[i] == "travel" and t.lemma[t.head[i]].lower() in nouns
        for i in range(len(t.lower))
    )
