"""A party's national convention by its committee's initials is a venue, not the party (blind
audit, round 108x: "to take his message to a bigger stage -- the DNC --" in a story of the
Democratic National Convention was coded as the Democratic Party).

"DNC" and "RNC" name the committee and the convention alike; the words tell them apart only
where the initials are a place: set beside a noun of a venue ("a bigger stage -- the DNC"),
or after a preposition of place ("protesters outside the DNC", "at the RNC"). Elsewhere they
stay the party. The word lists are ``conventions`` and ``venue_nouns`` of
``dyads/data/actors/names_of_things.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref

__all__ = ["conventions"]

_PLACE_PREPS = frozenset({"at", "outside", "inside", "near", "during", "around", "into"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("names_of_things.yaml")


def conventions(linker: Linker, refs: list[Ref]) -> set[int]:
    """The refs (by ``id``) of "DNC" or "RNC" named as the convention's venue."""
    t = linker.t
    words = _words()
    found = set()
    for ref in refs:
        last = ref.end - 1
        if ref.end - ref.start != 1 or t.lower[last] not in words["conventions"]:
            continue
        head = t.head[last]
        venue = t.dep[last] == "appos" and t.lemma[head].lower() in words["venue_nouns"]
        placed = t.dep[last] == "pobj" and t.lower[head] in _PLACE_PREPS
        if venue or placed:
            found.add(id(ref))
    return found
