"""Countries named as a topic, a concept, a homeland, a team, a border's other side or a
trade's ground: no actor.

Blind audit, round 98: "political debate about Syria" (the topic), "an America in decline" (a
country as an idea), "the people of America" (the people are the actor), "the final between
Argentina and Chile" (two teams), "Belize plays a significant role in the contraband trade" and
"Belize's role in regional smuggling" (the ground the trade crosses) were coded as the country
acting. A country that decides, allows, receives or closes stays an actor. The word lists are
``dyads/data/actors/not_acting.yaml``; used by :mod:`dyads.actors.owners`.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

__all__ = ["not_acting", "unreal"]

_ABOUT = frozenset({"about", "on", "over", "regarding", "concerning"})


@cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists("not_acting.yaml")


def not_acting(linker: Linker, ref: Ref) -> bool:
    """The country name ``ref`` is named as a topic, a concept, a homeland, a team or the
    ground of a trade (see the module docstring), not as an actor."""
    t = linker.t
    last = ref.end - 1
    if ref.start > 0 and t.lower[ref.start - 1] in ("a", "an"):
        return True  # "an America in decline", "a Mexico without cartels"
    k = last
    while t.dep[k] == "conj" and t.head[k] < k:
        k = t.head[k]  # "between Argentina and Chile": Chile stands where Argentina does
    words = _words()
    if t.dep[k] == "pobj":
        prep = t.head[k]
        noun = t.lemma[t.head[prep]].lower()
        if t.lower[prep] in _ABOUT and noun in words["topics"]:
            return True  # "political debate about Syria"
        if t.lower[prep] == "of" and noun in words["inhabitants"]:
            return True  # "the people of America have spoken"
        if t.lower[prep] == "between" and noun in words["contests"]:
            return True  # "the final between Argentina and Chile"
        if t.lower[prep] in ("with", "between") and noun in words["borders"]:
            return True  # "over the border with Guatemala or Mexico": the land beyond
    return _trade_ground(t, k)


def _trade_ground(t: Tokens, k: int) -> bool:
    """ "Belize plays a role in the contraband trade", "Belize's role in regional smuggling":
    the role a country has in a trade is that of the ground it crosses."""
    role = -1
    if t.dep[k] == "poss" and t.lemma[t.head[k]] == "role":
        role = t.head[k]
    elif t.dep[k] == "nsubj" and t.lemma[t.head[k]] == "play":
        verb = t.head[k]
        role = next((i for i in range(len(t.dep)) if t.head[i] == verb and t.dep[i] == "dobj"
                     and t.lemma[i] == "role"), -1)  # fmt: skip
    if role < 0:
        return False
    trades = _words()["trades"]
    for prep in range(role + 1, min(len(t.dep), role + 8)):
        if t.head[prep] == role and t.lower[prep] == "in":
            objects = [i for i in range(prep + 1, min(len(t.dep), prep + 8)) if t.head[i] == prep]
            return any(t.lemma[i].lower() in trades for i in objects)
    return False


def unreal(linker: Linker, start: int, end: int) -> bool:
    """The role word at ``start:end`` is modified by an adjective that makes its people exist
    only on paper ("fake workers", "ghost soldiers"; blind audit, round 98: PERLAB)."""
    t = linker.t
    last = end - 1
    words = _words()["unreal"]
    return any(
        t.lower[k] in words and t.head[k] == last and t.dep[k] in ("amod", "compound")
        for k in range(max(0, start - 3), start)
    )
