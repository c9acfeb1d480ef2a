"""An office or a power named as what is taken, held or stood under: no actor.

Blind audit, round 110: "As Bolivia assumed the presidency of the United Nations Group of 77"
(the office the country took, coded IGOUNO) and "the personnel under their authority" (the
commanders' power, coded COLGOV). An office noun that acts ("The Mexican presidency said …")
keeps its code. The word lists are ``dyads/data/actors/office_nouns.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref

__all__ = ["office_nouns"]


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("office_nouns.yaml")


def office_nouns(linker: Linker, refs: list[Ref]) -> set[int]:
    """The refs (by ``id``) of office nouns that are the object of a verb of taking or holding
    ("assumed the presidency"), or of "under" ("under their authority")."""
    t = linker.t
    words = _words()
    found = set()
    for ref in refs:
        last = ref.end - 1
        if ref.form not in ("group", "title") or ref.kind == "person":
            continue
        if t.lemma[last].lower() not in words["offices"] or t.tag[last] != "NN":
            continue
        head = t.head[last]
        taken = t.dep[last] == "dobj" and t.lemma[head].lower() in words["taking"]
        if taken or (t.dep[last] == "pobj" and t.lower[head] in words["under"]):
            found.add(id(ref))
    return found
