"""A country said to serve as a site or given as an example of one: a place, not an actor.

Blind audit, round 110: "with neighboring Ecuador serving as an especially important source of
weapons for the group" (the place weapons come from) and "a counterfeit currency hub -- like,
for example, Peru --" (an example of such a hub) were coded as the country acting. A country
that serves as a mediator or a host that acts ("Norway served as a mediator") keeps its code:
only the site nouns of ``dyads/data/actors/served_sites.yaml`` make a place. Used by
:mod:`dyads.actors.owners`.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.gazetteer import word_lists
from dyads.actors.tokens import Tokens

__all__ = ["serves_as_site", "site_example"]

# punctuation an example stands between: "a hub -- like, for example, Peru --"
# and the "for" of "for example"
_ASIDE_MARKS = frozenset({",", "--", "—", "–", "-", "(", "for"})
_EXAMPLE_REACH = 6  # words of "like, for example," looked past before the site noun


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("served_sites.yaml")


def serves_as_site(t: Tokens, k: int) -> bool:
    """The country at token ``k`` is the subject of "serve as", "act as" … whose "as" phrase
    is a site noun ("Ecuador serving as an important source of weapons")."""
    if t.dep[k] != "nsubj":
        return False
    verb = t.head[k]
    words = _words()
    if verb == k or t.lemma[verb].lower() not in words["serving_verbs"]:
        return False
    near = range(verb + 1, min(len(t.head), verb + 12))
    for prep in near:
        if t.head[prep] != verb or t.lower[prep] != "as":
            continue
        objects = [j for j in range(prep + 1, min(len(t.head), prep + 10)) if t.head[j] == prep]
        return any(t.lemma[j].lower() in words["sites"] for j in objects)
    return False


def site_example(t: Tokens, start: int) -> bool:
    """The country starting at ``start`` is given as an example of the site noun right before
    ("a counterfeit currency hub -- like, for example, Peru --", "a transit point, such as
    Panama"): the words between are only punctuation and words that open an example."""
    words = _words()
    j, seen = start - 1, False
    while j >= 0 and start - j <= _EXAMPLE_REACH:
        word = t.lower[j]
        if word in words["example_words"]:
            seen = True
        elif word not in _ASIDE_MARKS:
            break
        j -= 1
    return seen and j >= 0 and t.pos[j] == "NOUN" and t.lemma[j].lower() in words["sites"]
