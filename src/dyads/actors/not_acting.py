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
from dyads.actors.named_places import named_place
from dyads.actors.place_states import place_state
from dyads.actors.refs import Ref
from dyads.actors.tokens import Tokens

__all__ = ["counted", "ground", "municipal_city", "not_acting", "the_city_itself", "unreal"]

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
    if _qualified(t, ref.start, last):
        return True  # "the ''forgotten America''" (blind audit, round 104: USA)
    if _paired(linker, ref):
        return True  # "Bolivia-Brazil Drug Trafficking Ring" (blind audit, round 104: BRA)
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
    if named_place(t, k, words):
        return True  # "the countries of El Salvador, …", "to Mexico City's" (round 107)
    if place_state(t, k, words):
        return True  # "Jamaica Sees 20% Spike in Murders" (round 108x)
    return _trade_ground(t, k) or counted(t, k) or _example_place(t, k)


_EXAMPLES = frozenset({"like", "as", "including"})  # "nations like X", "such as X"
_LOCATIVES = frozenset({"in", "across", "throughout", "within", "among"})


def ground(t: Tokens, k: int) -> bool:
    """ "the country's role in the timber trade", "the country had 1,045 homicides": a
    description of a country ending at ``k`` named as the ground of a trade or where things
    are counted (blind audit, round 104: CRI, SLV)."""
    return _trade_ground(t, k) or counted(t, k)


# adjectives that keep a state's own history in its name: "the former Soviet Union"
_STATE_ADJECTIVES = frozenset({"former", "old", "then", "defunct", "late"})


def _qualified(t: Tokens, start: int, last: int) -> bool:
    """ "the ''forgotten America''", "the new Egypt": a determiner and an adjective of the
    writer's own before the name make the country an idea, a label or an era, not the state."""
    j = start - 1
    while j >= 0 and t.pos[j] == "PUNCT" and t.lower[j] in ("''", "``", '"', "'", "‘", "“"):
        j -= 1
    if j < 1 or t.head[j] != last or t.dep[j] != "amod" or t.lower[j] in _STATE_ADJECTIVES:
        return False
    if t.pos[j] not in ("ADJ", "VERB") or t.lower[j] != t.text[j].lower() or t.title[j]:
        return False
    k = j - 1
    while k >= 0 and t.pos[k] == "PUNCT" and t.lower[k] in ("''", "``", '"', "'", "‘", "“"):
        k -= 1
    return k >= 0 and t.lower[k] in ("the", "this", "that") and t.head[k] == last


def _paired(linker: Linker, ref: Ref) -> bool:
    """The country is one of a hyphened pair naming a route or a cross-border thing before its
    noun ("Bolivia-Brazil Drug Trafficking Ring", "the Mexico-US drug corridor"); the parser
    may hang the pair's last name as a verb's object in a headline."""
    t = linker.t
    last, n = ref.end - 1, len(t.lower)
    before = ref.start >= 2 and t.lower[ref.start - 1] == "-" and t.ent[ref.start - 2] == "GPE"
    after = last + 2 < n and t.lower[last + 1] == "-" and t.ent[last + 2] == "GPE"
    if not (before or after):
        return False
    k = last
    if after:
        k = last + 2
        while k + 1 < n and t.ent[k + 1] == "GPE" and t.lower[k + 1] != "-":
            k += 1
    return k + 1 < n and t.pos[k + 1] in ("NOUN", "PROPN") and t.ent[k + 1] != "GPE"


def the_city_itself(t: Tokens, last: int) -> bool:
    """ "Cairo itself made this clear", "Even Cairo itself was burning": a capital with an
    emphatic "itself" is the city, unless it says or decides ("Moscow itself admitted")."""
    nxt = last + 1
    if nxt >= len(t.lower) or t.lower[nxt] != "itself" or t.head[nxt] != last:
        return False
    verb = t.head[last]
    return t.lemma[verb].lower() not in _words()["avowals"]


def municipal_city(linker: Linker, ref: Ref) -> bool:
    """ "the June 2011 changes made to Bogota's liquor laws under the previous acting mayor": a
    capital's possessive in a sentence about its own city government (a mayor, a council, no
    other city named) is the city's, not the national government's its name stands for when it
    acts (blind audit, round 114: COLGOV)."""
    t = linker.t
    entry = linker.entry_at[ref.start]
    if entry is None or entry.kind != "city" or not ref.sector or t.dep[ref.end - 1] != "poss":
        return False
    words = _words()["municipal"]
    sentence = [k for k in range(len(t.lower)) if t.sent[k] == ref.sent]
    if not any(t.lower[k] in words for k in sentence):
        return False
    return not any(
        (other := linker.entry_at[k]) is not None and other.kind == "city" and other is not entry
        for k in sentence
    )


def counted(t: Tokens, k: int) -> bool:
    """The place at token ``k`` is where things are counted, not an actor (blind audit, round
    101): the subject of a counting verb with a number or quantity ("China has the most",
    "China had 568 billionaires", "Beijing ranked fourth with 51"), the other side of a count's
    comparison ("twice as many as China") or the owner of a bare number ("China's 260")."""
    words = _words()
    head = t.head[k]
    if t.dep[k] == "poss" and t.pos[head] == "NUM":
        return True  # "585 in the United States to China's 260"
    if t.dep[k] == "pobj" and t.lower[head] in ("as", "than") and head > 0:
        # "twice as many as China", "more billionaires than China"; not "more leverage than"
        return _quantity(t, head - 1, words["quantities"])
    if t.dep[k] != "nsubj" or t.lemma[head].lower() not in words["counting"]:
        return False
    kids = [i for i in range(len(t.dep)) if t.head[i] == head and i != head]
    if t.lemma[head].lower() == "rank":
        return any(t.ent[i] == "ORDINAL" or t.pos[i] == "NUM" for i in kids)
    return any(t.dep[i] in ("dobj", "attr") and _quantity(t, i, words["quantities"]) for i in kids)


def _quantity(t: Tokens, i: int, quantities: frozenset[str]) -> bool:
    """The word at ``i`` is a number or a quantity ("the most", "568 billionaires", "more
    billionaires"), not a mass noun a quantity qualifies ("more leverage")."""
    if t.pos[i] == "NUM" or t.lower[i] in quantities:
        return True
    return t.tag[i] == "NNS" and any(
        t.head[j] == i and (t.dep[j] == "nummod" or t.lower[j] in quantities)
        for j in range(max(0, i - 4), i)
    )


def _example_place(t: Tokens, k: int) -> bool:
    """ "on the black market in nations like El Salvador": an example of a plural noun of
    places in a locative phrase is a place (blind audit, round 101: SLV)."""
    prep = t.head[k]
    if t.dep[k] != "pobj" or t.lower[prep] not in _EXAMPLES:
        return False
    noun = t.head[prep]
    if t.tag[noun] != "NNS" or t.lemma[noun].lower() not in _words()["place_nouns"]:
        return False
    return t.dep[noun] == "pobj" and t.lower[t.head[noun]] in _LOCATIVES


def _trade_ground(t: Tokens, k: int) -> bool:
    """ "Belize plays a role in the contraband trade", "Belize's role in regional smuggling":
    the role a country has in a trade is that of the ground it crosses."""
    role, verb = -1, -1
    if t.dep[k] == "poss" and t.lemma[t.head[k]] == "role":
        role = t.head[k]
    elif t.dep[k] == "nsubj" and t.lemma[t.head[k]] == "play":
        verb = t.head[k]
        role = next((i for i in range(len(t.dep)) if t.head[i] == verb and t.dep[i] == "dobj"
                     and t.lemma[i] == "role"), -1)  # fmt: skip
        if role < 0 and t.dep[verb] == "relcl" and t.lemma[t.head[verb]] == "role":
            role = t.head[verb]  # "the role Belize plays in the drug trade" (round 104)
    if role < 0:
        return False
    trades = _words()["trades"]
    for prep in range(role + 1, min(len(t.dep), role + 10)):
        if t.head[prep] in (role, verb) and t.lower[prep] == "in":
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
