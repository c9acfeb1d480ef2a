"""A role word that names whoever someone may choose, not a person of the story: "the
superdelegates … can vote for the candidate of their choice" (blind audit, round 107: resolved
to the Democratic Party, USAPTY), "whichever candidate wins", "I'm going to support the
Republican nominee" (round 110: the speaker). The mention keeps no code; used by
:func:`dyads.actors.find_mentions`.
"""

from __future__ import annotations

from dyads.actors.context import Linker
from dyads.actors.refs import Ref

__all__ = ["chosen_roles"]

_CHOICE = frozenset({"choice", "choosing", "liking", "preference"})
_ANY = frozenset({"whichever", "whatever", "whoever"})
_FORMS = frozenset({"title", "description", "group"})
# roles someone will fill, and verbs of pledging support to whoever fills them: "I'm going to
# support the Republican nominee" (blind audit, round 110: resolved to the speaker, Rubio)
_EVENTUAL = frozenset({"nominee", "winner", "victor"})
_BACKING = frozenset({"support", "back", "endorse", "vote", "rally"})


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
        if (ref.start > 0 and t.lower[ref.start - 1] in _ANY) or _backed_eventual(linker, ref):
            found.add(id(ref))
    return found


def _backed_eventual(linker: Linker, ref: Ref) -> bool:
    """ "support the Republican nominee", "vote for the eventual winner": a pledge to whoever
    fills the role, with no name given in the ref."""
    t = linker.t
    last = ref.end - 1
    if t.lower[last] not in _EVENTUAL or (ref.actor and ref.form == "name"):
        return False
    head = t.head[last]
    if t.dep[last] == "pobj" and t.lower[head] in ("for", "behind", "around"):
        head = t.head[head]  # "vote for the nominee", "rally behind the nominee"
    elif t.dep[last] != "dobj":
        return False
    return t.lemma[head].lower() in _BACKING
