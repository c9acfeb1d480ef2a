"""A role word that names whoever someone may choose, not a person of the story: "the
superdelegates … can vote for the candidate of their choice" (blind audit, round 107: resolved
to the Democratic Party, USAPTY), "whichever candidate wins". The mention keeps no code; used by
:func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["chosen_roles"]

_CHOICE = frozenset({"choice", "choosing", "liking", "preference"})
_ANY = frozenset({"whichever", "whatever", "whoever"})
_FORMS = frozenset({"title", "description", "group"})


def chosen_roles(linker: Linker, refs: list[Ref]) -> set[int]:
    """The role refs (by ``id``) followed by "of their (own) choice" or led by "whichever"."""
    t = linker.t
    n = len(t.lower)
    found = set()
    for ref in refs:
        if ref.form not in _FORMS or ref.kind != "person":
            continue
        k = ref.end
        if k + 2 < n and t.lower[k] == "of" and t.tag[k + 1] == "PRP$":
            k += 2 + (t.lower[k + 2] == "own")
            if k < n and t.lower[k] in _CHOICE:
                found.add(id(ref))
                continue
        if ref.start > 0 and t.lower[ref.start - 1] in _ANY:
            found.add(id(ref))
    return found
