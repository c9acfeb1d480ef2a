"""An armed group the text calls disbanded is no armed group at the article's time (blind
audit, round 108x: "The now-demobilized FARC, the ELN, and the EPL have cohabited in
Catatumbo" coded the FARC COLREB; by then it was a political party).

The mention that carries the word keeps no code: the words do not say what the group became.
Other mentions keep theirs, since an article may tell the group's past acts. The words are
``disbanded`` of ``dyads/data/actors/names_of_things.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref

__all__ = ["disbanded"]

_ARMED = frozenset({"REB", "INS", "UAF", "CRM"})
_REACH = 4  # "the now - demobilized FARC"


@cache
def _words() -> frozenset[str]:
    return word_lists("names_of_things.yaml")["disbanded"]


def disbanded(linker: Linker, refs: list[Ref]) -> set[int]:
    """The refs (by ``id``) of an armed group named with a word that says it is disbanded."""
    t = linker.t
    words = _words()
    found = set()
    for ref in refs:
        if ref.form not in ("name", "group") or (ref.sector or "") not in _ARMED:
            continue
        for j in range(ref.start - 1, max(-1, ref.start - 1 - _REACH), -1):
            if t.pos[j] in ("NOUN", "PROPN", "VERB") and t.lower[j] not in words:
                break  # another noun or a clause: the word is not the group's
            if t.lower[j] in words:
                found.add(id(ref))
                break
    return found
