"""The country of a crime group no words of its own place, from the police that act on it:
"Brazilian police have broken up a drug trafficking ring that moved cocaine from Bolivia to
Brazil" is a Brazilian ring (round 104: uncoded, the sentence names two countries). Police act
at home, so the group they break up or arrest is of their country; the military and
prosecutors are left out (they act abroad too: "US authorities indicted …").
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["policed_country"]

_POLICE = frozenset({"COP"})
_CRIME = frozenset({"CRM"})


def policed_country(linker: Linker, ref: Ref) -> str | None:
    """The country of the police that are the subject of the verb whose object the crime group
    ``ref`` is ("police dismantled a drug ring", "police cracked down on a gang"), else None."""
    if ref.sector not in _CRIME or ref.country:
        return None
    t = linker.t
    last = ref.end - 1
    verb = t.head[last]
    if t.dep[last] == "pobj" and t.dep[verb] == "prep":
        verb = t.head[verb]  # "cracked down on a gang"
    elif t.dep[last] != "dobj":
        return None
    countries = {
        other.country for other in linker.refs
        if other.sent == ref.sent and other.start < ref.start and other.country
        and other.sector in _POLICE and t.dep[other.end - 1] == "nsubj"
        and t.head[other.end - 1] == verb
    }  # fmt: skip
    return next(iter(countries)) if len(countries) == 1 else None
