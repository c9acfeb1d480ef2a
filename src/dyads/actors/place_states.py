"""Countries named as the place a state of things holds in (blind audit, round 108x):

* the subject of a trend it undergoes: "Jamaica Sees 20% Spike in Murders";
* the subject of "in the midst of": "Jamaica was in the midst of a murder wave";
* the holder of an underworld or a rate: "Nicaragua is thought to have a more top-down
  underworld";
* the object ranked or listed as a place: "the UNODC ranks Chile as a country with high
  cocaine use";
* one end of a link: "the main connections between Colombia and Italy";
* an example after a comma of a plural place noun: "drives in other countries, like Italy".

Used by :func:`dyads.actors.not_acting.not_acting`; the word lists are ``undergo``,
``trends``, ``in_states``, ``conditions``, ``ranked``, ``links`` and ``place_nouns`` of
``dyads/data/actors/not_acting.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping

from dyads.actors.tokens import Tokens

__all__ = ["place_state"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_EXAMPLES = frozenset({"like", "including"})
_LOCATIVES = frozenset({"in", "across", "throughout", "within", "among"})


def place_state(t: Tokens, k: int, words: Mapping[str, frozenset[str]]) -> bool:
    """The country name ending at token ``k`` (the first of a list) is the place a state of
    things holds in (see the module docstring), not an actor."""
    head = t.head[k]
    if t.dep[k] in _SUBJECTS:
        return _undergoes(t, head, words) or _holds(t, head, words)
    if t.dep[k] == "dobj":
        return t.lemma[head].lower() in words["ranked"] and _as_place(t, head, words)
    if t.dep[k] == "pobj" and t.lower[head] == "between":
        return t.lemma[t.head[head]].lower() in words["links"]
    return t.dep[k] == "pobj" and t.lower[head] in _EXAMPLES and _after_places(t, head, words)


def _kids(t: Tokens, i: int, deps: tuple[str, ...]) -> list[int]:
    return [j for j in range(len(t.dep)) if t.head[j] == i and j != i and t.dep[j] in deps]


def _undergoes(t: Tokens, verb: int, words: Mapping[str, frozenset[str]]) -> bool:
    """ "Jamaica sees a spike in murders", "Jamaica was in the midst of a murder wave"."""
    lemma = t.lemma[verb].lower()
    if lemma in words["undergo"]:
        return any(t.lemma[j].lower() in words["trends"] for j in _kids(t, verb, ("dobj",)))
    if lemma != "be":
        return False
    for prep in _kids(t, verb, ("prep",)):
        if t.lower[prep] == "in" and any(
            t.lower[j] in words["in_states"] for j in _kids(t, prep, ("pobj",))
        ):
            return True
    return False


def _holds(t: Tokens, verb: int, words: Mapping[str, frozenset[str]]) -> bool:
    """ "Nicaragua has a top-down underworld", "Nicaragua is thought to have …"."""
    haves = [verb] + [j for j in _kids(t, verb, ("xcomp",)) if t.lemma[j].lower() == "have"]
    return any(
        t.lemma[v].lower() == "have"
        and any(t.lemma[j].lower() in words["conditions"] for j in _kids(t, v, ("dobj",)))
        for v in haves
    )


def _as_place(t: Tokens, verb: int, words: Mapping[str, frozenset[str]]) -> bool:
    """ "ranks Chile as a country with high cocaine use": ranked as a place noun."""
    return any(
        t.lower[prep] == "as"
        and any(t.lemma[j].lower() in words["place_nouns"] for j in _kids(t, prep, ("pobj",)))
        for prep in _kids(t, verb, ("prep",))
    )


def _after_places(t: Tokens, prep: int, words: Mapping[str, frozenset[str]]) -> bool:
    """ "in other countries, like Italy": the parse may hang "like" on a farther noun; the
    plural place noun just before the comma is what the name is an example of."""
    j = prep - 1
    if j < 1 or t.lower[j] != ",":
        return False
    noun = j - 1
    if t.tag[noun] != "NNS" or t.lemma[noun].lower() not in words["place_nouns"]:
        return False
    other = any(t.lower[i] == "other" and t.head[i] == noun for i in range(max(0, noun - 3), noun))
    return other or (t.dep[noun] == "pobj" and t.lower[t.head[noun]] in _LOCATIVES)
