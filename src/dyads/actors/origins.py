"""People named with where they come from: "some refugees from Syria" are Syrian refugees,
whatever country the article is about (blind audit, round 110: USAREF in a story on an American
senator). A plural noun of people who left their country (refugees, migrants, asylum seekers)
followed by "from" and a country or its city takes that country; a body "from" a country is
left to the other rules.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["origins"]

# the sectors of people defined by having left a country (the role tables' REF)
_LEFT = frozenset({"REF"})
_REACH = 3  # tokens between "from" and the country's name ("from war-torn Syria")


def origins(linker: Linker, refs: list[Ref]) -> None:
    """Give each refugee group followed by "from <country>" that country and its code."""
    t, n = linker.t, len(linker.t.text)
    for ref in refs:
        if ref.sector not in _LEFT or ref.kind not in ("group", "person"):
            continue
        k = ref.end
        if k >= n or t.lower[k] != "from":
            continue
        for j in range(k + 1, min(n, k + 1 + _REACH)):
            entry = linker.entry_at[j]
            if entry is not None and entry.country and entry.kind in ("country", "city"):
                if ref.country != entry.country:
                    old = linker.gaz.adjective(ref.country) if ref.country else None
                    ref.country, ref.code = entry.country, entry.country + ref.sector
                    label = (ref.actor or "").removeprefix(f"{old} " if old else "")
                    adjective = linker.gaz.adjective(entry.country) or ""
                    ref.actor = f"{adjective} {label}".strip()
                break
            if t.pos[j] not in ("ADJ", "DET", "PUNCT"):
                break
