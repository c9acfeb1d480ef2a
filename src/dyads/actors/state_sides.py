"""A people named as a side is its state: "praised the Saudis for their help", "urged the
Russians to hack" (blind audit, round 29: coded CVL), and "the Russians" a negotiator meets or
holds talks with (blind audit, round 99: RUSCVL). The words of talks are
``dyads/data/actors/sides.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists

_SIDE_DEPS = {"nsubj", "nsubjpass", "dobj"}
_PEOPLE_TAILS = {"who", "living", "in", "of", "that", "abroad", "born", "themselves"}
_PARTY_PREPS = {"with", "between"}


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("sides.yaml")


def state_side(lk: Linker, start: int, end: int) -> bool:
    """Whether "the" and the people ``start:end`` act or are acted upon as a side, or are a
    party to talks (module docstring)."""
    t = lk.t
    if start == 0 or t.lower[start - 1] != "the":
        return False
    tail = t.lower[end] if end < len(t.text) else ""
    if in_talks(lk, end - 1):
        # "meet the Russians in Geneva": the place of the talks; "the Russians who live …"
        # stay people
        return tail == "in" or tail not in _PEOPLE_TAILS
    if t.dep[_first_conjunct(lk, end - 1)] not in _SIDE_DEPS:
        return False  # "The Americans and the Russians agreed": both sides
    return tail not in _PEOPLE_TAILS


def in_talks(lk: Linker, last: int) -> bool:
    """The word at ``last`` is the other party of a verb of meeting ("meet the Russians") or
    the "with"/"between" object of talks ("talks with the Russians"), or joined to one."""
    t = lk.t
    k = _first_conjunct(lk, last)  # "between the Americans and the Russians"
    head = t.head[k]
    words = _words()
    if t.dep[k] == "dobj":
        return t.lemma[head].lower() in words["verbs"]
    if t.dep[k] != "pobj" or t.lower[head] not in _PARTY_PREPS:
        return False
    owner = t.head[head]
    return owner != head and t.lemma[owner].lower() in words["talks"]


def _first_conjunct(lk: Linker, k: int) -> int:
    """The first word of the coordination ``k`` is joined to ("the Iranians and the Russians")."""
    t = lk.t
    while t.dep[k] == "conj" and t.head[k] != k:
        k = t.head[k]
    return k
