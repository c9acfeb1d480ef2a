"""Reciprocity: whether a joint event ("met with", "a ceasefire with") goes both ways.

Helper of :mod:`dyads.events.coder`: a joint sense is reciprocal with a co-participant, unless
the clause tells it as one side's act.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.events.sides import Arg

__all__ = ["one_way"]

# joint verbs whose direct object is asked, not a partner: "consulted X" is one way, "consulted
# with X" both (blind audit, round 51: Herring consulting McAuliffe)
_ONE_WAY_OBJECT = frozenset({"consult"})


def one_way(tok: Token, code: str, targets: Sequence[Arg]) -> bool:
    """A joint event told as one side's: "he had consulted Attorney General Mark Herring" (he
    asked him); "Honduras ... its cooperation with US forces", "negotiated with X" (material
    cooperation or negotiation with a partner named by "with": blind audit, round 97, the
    reverse judged partly). Meetings and agreements "with" X stay both ways."""
    if tok.lemma_.lower() in _ONE_WAY_OBJECT and any(t.path == "dobj" for t in targets):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _ONE_SIDED for c in tok.children):
        return True  # "a unilateral eight-day ceasefire with the Taliban" (CAMEO spans, tune)
    with_partner = bool(targets) and all(t.path == "prep:with" for t in targets)
    # "Ghani announced a ceasefire with the Taliban": one side declares it; "agreed a ceasefire
    # with" stays both ways (CAMEO spans, tune half: the Taliban coded as declaring it)
    declared = code[:3] == "087" and tok.head.lemma_.lower() in _DECLARING
    return with_partner and (code[:2] == "06" or code[:3] == "046" or declared)


_ONE_SIDED = frozenset({"unilateral", "one-sided"})
_DECLARING = frozenset({"announce", "declare", "order", "proclaim", "extend", "call"})
