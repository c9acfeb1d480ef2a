"""Security forces the text shows to be police are police (COP), not the army.

"Nine police officers have been sentenced for colluding with the gang … corruption within
security forces and prison authorities" (blind audit, round 98: ARGMIL): "security forces"
(``roles.csv``: MIL) in a sentence that names police and no soldiers are the police the
text speaks of. And "Military" naming a police force ("the Military and Civil police forces",
"Military Police"; Brazil's state police, blind audit, round 101: BRAMIL) is the police.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Role

__all__ = ["police_meant"]

_SECURITY = "security forces"


def police_meant(lk: Linker, start: int, role: Role) -> bool:
    """The "security forces" at ``start`` are police: their sentence names a police role word
    and no military one; or the "Military" at ``start`` modifies a police noun."""
    if role.phrase.lower() in _MILITARY and _names_police(lk, start):
        return True
    if role.phrase.lower() != _SECURITY:
        return False
    t = lk.t
    sent = t.sent[start]
    sectors = set()
    for i, (_, other) in lk.role_at.items():
        if i != start and t.sent[i] == sent and other.phrase.lower() != _SECURITY:
            sectors.add(other.sector)
    return "COP" in sectors and "MIL" not in sectors


_MILITARY = frozenset({"military"})
_POLICE = frozenset({"police", "policemen", "police officers", "police forces"})


def _names_police(lk: Linker, start: int) -> bool:
    """The word at ``start`` modifies a police noun, alone or coordinated with another modifier
    of it: "Military Police", "the Military and Civil police forces"; not "the military and
    police forces" (the army and the police)."""
    t = lk.t
    n = len(t.text)
    police = next((j for j in range(start + 1, min(n, start + 5)) if t.lower[j] in _POLICE), -1)
    if police < 0 or t.sent[police] != t.sent[start]:
        return False
    between = range(start + 1, police)
    if any(t.pos[j] in ("VERB", "AUX", "ADP", "PUNCT") for j in between):
        return False
    joined = [j for j in between if t.dep[j] == "cc"]
    # after "and", another modifier must stand before the police noun ("and Civil police")
    return not joined or any(t.pos[j] in ("ADJ", "PROPN") for j in range(joined[-1] + 1, police))
