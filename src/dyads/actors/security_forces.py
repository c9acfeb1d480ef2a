"""Security forces the text shows to be police are police (COP), not the army.

"Nine police officers have been sentenced for colluding with the gang … corruption within
security forces and prison authorities" (blind audit, round 98: ARGMIL): "security forces"
(``roles.csv``: MIL) in a sentence that names police and no soldiers are the police the
text speaks of.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.gazetteer import Role

__all__ = ["police_meant"]

_SECURITY = "security forces"


def police_meant(lk: Linker, start: int, role: Role) -> bool:
    """The "security forces" at ``start`` are police: their sentence names a police role word
    and no military one."""
    if role.phrase.lower() != _SECURITY:
        return False
    t = lk.t
    sent = t.sent[start]
    sectors = set()
    for i, (_, other) in lk.role_at.items():
        if i != start and t.sent[i] == sent and other.phrase.lower() != _SECURITY:
            sectors.add(other.sector)
    return "COP" in sectors and "MIL" not in sectors
