"""An object pronoun inside a relative clause set off after a name is that name's: "Interior
Minister Nestor Reverol, who was appointed … by President Nicolas Maduro one day after the US
government indicted him on drug charges, announced …" (round 104: "him" went to Maduro, the
agent named in the clause; the parser, reading "Reverol" as the subject of "indicted", bound
him away). The clause is about the person it describes, so a "him"/"her" before the clause's
closing comma points back to that person.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["relative_topic"]

_OBJECTS = frozenset({"him", "her"})
_REACH = 40  # tokens from the relative "who" to the pronoun
_BREAKS = frozenset({",", ";", ":", "--", "—", "(", ")", '"', "“", "”"})


def relative_topic(linker: Linker, ref: Ref, people: list[Ref]) -> Ref | None:
    """The person of ``people`` named right before ", who" when the object pronoun ``ref``
    lies in that relative clause (no comma or dash between "who" and it), else None."""
    t, i = linker.t, ref.start
    if ref.end - i != 1 or t.lower[i] not in _OBJECTS or t.dep[i] not in ("dobj", "pobj"):
        return None
    for k in range(i - 1, max(0, i - _REACH), -1):
        if t.sent[k] != t.sent[i] or t.text[k] in _BREAKS:
            return None
        if t.lower[k] == "who":
            if k < 2 or t.text[k - 1] != ",":
                return None
            named = [r for r in people if r.end == k - 1 and r.kind == "person"]
            return named[0] if named else None
    return None
