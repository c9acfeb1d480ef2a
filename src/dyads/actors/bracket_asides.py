"""A group named only inside a bracketed aside is no antecedent of an it/they after the aside
closes: "Today there is a parents' meeting in the Colonia Las Canas school [located in a
neighborhood controlled by and divided between the MS-13 and Barrio 18], where they will
discuss student security" (blind audit, round 111: "they" went to Barrio 18, SLVCRM; the
parents meet). The aside says where or who else, and the sentence goes on past it. When an uncoded
plural noun opens the sentence before the aside, a "they" is left open rather than reaching
back to the sentences before (the parents are no actor the text codes).
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["in_closed_aside", "outside_asides"]

_PAIRS = {"[": "]", "(": ")"}


def in_closed_aside(linker: Linker, ref: Ref, candidate: Ref) -> bool:
    """``candidate`` stands inside brackets or parentheses of ``ref``'s own sentence that close
    before ``ref``."""
    t = linker.t
    if candidate.sent != ref.sent or candidate.start >= ref.start:
        return False
    for k in range(candidate.start - 1, -1, -1):
        if t.sent[k] != ref.sent or t.text[k] in _PAIRS.values():
            return False
        closer = _PAIRS.get(t.text[k])
        if closer is not None:
            return any(t.text[j] == closer for j in range(candidate.end, ref.start))
    return False


def outside_asides(linker: Linker, ref: Ref, candidates: list[Ref]) -> list[Ref]:
    """``candidates`` less those in a closed aside of ``ref``'s sentence; none at all, for
    they/them/their, when some were and an uncoded plural noun opens the sentence (the
    parents of "a parents' meeting")."""
    kept = [r for r in candidates if not in_closed_aside(linker, ref, r)]
    if len(kept) == len(candidates) or ref.pron != "plural":
        return kept
    return [] if _uncoded_plural(linker, ref) else kept


def _uncoded_plural(linker: Linker, ref: Ref) -> bool:
    """A plural common noun no ref covers opens ``ref``'s sentence before any bracket: "a
    parents' meeting in the … school [… Barrio 18], where they"."""
    t = linker.t
    covered = {i for r in linker.refs if r.actor or r.code for i in range(r.start, r.end)}
    k = ref.start - 1
    while k > 0 and t.sent[k - 1] == ref.sent:
        k -= 1
    while k < ref.start and t.text[k] not in _PAIRS:
        if t.tag[k] == "NNS" and k not in covered:
            return True
        k += 1
    return False
