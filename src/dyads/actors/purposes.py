"""The doer of a gerund or infinitive that says what an act was for: "spoke briefly with
Mondelez CEO Irene Rosenfeld in hopes of persuading her to reconsider" is Clinton's persuading,
so "her" is not Clinton (blind audit, round 107: "her" given to Clinton, not Rosenfeld).

Used by :func:`dyads.actors.binding.bound_subject` to climb from such a verb, which has no
subject of its own, to the verb whose subject does it.
"""

from __future__ import annotations

from dyads.actors.tokens import Tokens

__all__ = ["purpose_doer"]

# nouns of an aim: "in hopes of persuading", "in an effort to persuade", "with the aim of"
_AIMS = frozenset({"hope", "hopes", "effort", "efforts", "bid", "attempt", "aim", "goal",
                   "order", "intention", "intent", "purpose", "quest"})  # fmt: skip


def purpose_doer(t: Tokens, verb: int) -> int | None:
    """The verb an aim phrase holding ``verb`` hangs on ("spoke … in hopes of persuading"), or
    None when ``verb`` is no gerund or infinitive of such a phrase."""
    head = t.head[verb]
    if t.dep[verb] == "pcomp" and t.lower[head] == "of" and t.dep[head] == "prep":
        noun = t.head[head]  # "hopes of persuading"
    elif t.dep[verb] == "acl" and t.tag[verb] == "VB":
        noun = head  # "an effort to persuade"
    else:
        return None
    if t.lower[noun] not in _AIMS or t.dep[noun] != "pobj":
        return None
    prep = t.head[noun]
    above = t.head[prep]
    if t.dep[prep] != "prep" or t.pos[above] not in ("VERB", "AUX"):
        return None
    return above
