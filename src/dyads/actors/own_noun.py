"""A possessive inside a noun phrase's own modifier is never that noun's: "the personnel under
their authority" is someone else's authority over the personnel (blind audit, round 110: "their"
went to the personnel, COLGOV; the commanders were meant). Used by
:func:`dyads.actors.blocking.interposed`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["POWER_PREPOSITIONS", "inside_own_phrase"]

# links inside a noun phrase a possessive climbs through to the noun it modifies
_PHRASE_DEPS = frozenset({"poss", "pobj", "prep", "amod", "compound", "nmod"})
_CLIMBS = 4
# "the personnel under their authority", "the men under their command": a power over the noun
# before, whatever the parser hangs the phrase on ("sent the soldiers to their deaths" is theirs)
POWER_PREPOSITIONS = frozenset({"under", "beneath"})


def inside_own_phrase(linker: Linker, antecedent: Ref, ref: Ref) -> bool:
    """The possessive pronoun ``ref`` stands in a modifier of the antecedent's own head noun
    ("the personnel under their authority")."""
    t = linker.t
    k = ref.start
    if t.dep[k] != "poss" or ref.start < antecedent.end:
        return False
    last = antecedent.end - 1
    if ref.start == antecedent.end + 1 and t.lower[antecedent.end] in POWER_PREPOSITIONS:
        return True  # the parser hangs "under their authority" on the verb
    for _ in range(_CLIMBS):
        if t.dep[k] not in _PHRASE_DEPS or t.head[k] == k:
            return False
        k = t.head[k]
        if k == last:
            return True
    return False
