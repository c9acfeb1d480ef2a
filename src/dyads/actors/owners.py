"""Countries named only to say whose, where or for whom something is: no actor code.

A country is an actor when it acts. Named as the owner of a thing ("Mexico's institutions",
"its aging population", "the nation's roads"), as a modifier ("a US extradition order"), as the
owner of a body or person that acts ("Colombia's National Narcotics Directorate", "the
country's authorities", "the leaders of France, Brazil and China": the actor is the body or the
role, not the country beside it; an IGO before "member states" likewise) or as a place ("in the
country", "traced back to the United States", "as far away as Venezuela", "positive
implications for Mexico"), its mention keeps the country and no code. It stays an actor when it
owns a deed or intent ("Mexico's decision", "Russia's invasion"): the word lists are
``dyads/data/actors/possessions.yaml``.
"""

from __future__ import annotations

from functools import cache

from dyads.actors.context import Linker
from dyads.actors.gazetteer import word_lists
from dyads.actors.locations import (
    course_subject,
    goods_trade,
    motion_goal,
    producer,
    site_predicate,
)
from dyads.actors.named_places import elided_owner
from dyads.actors.not_acting import counted, ground, municipal_city, not_acting, the_city_itself
from dyads.actors.refs import (
    AT_TARGETS,
    COMPASS,
    COUNTRY_LOCATIVE,
    INTO_MOTIONS,
    MOTION_VERBS,
    PLACE_WORDS,
    ROUTE_NOUNS,
    TERRITORY_PARTS,
    TERRITORY_VERBS,
    Ref,
)
from dyads.actors.scenes import NEAR_NOUNS
from dyads.actors.served_sites import serves_as_site, site_example
from dyads.actors.tokens import Tokens

# the forms of a country reference that can own a thing: "Mexico's", "the country's", "its"
_OWNING_FORMS = {"description", "pronoun"}


@cache
def possessions() -> dict[str, frozenset[str]]:
    """The word lists of ``possessions.yaml``: ``deeds``, ``bodies`` and ``effects``."""
    return word_lists("possessions.yaml")


def _owns_a_thing(linker: Linker, ref: Ref, at: dict[int, Ref]) -> bool:
    """The country is the possessor of a thing, not of a deed, an intent or a body that acts:
    "Mexico's institutions are weak", "the country's economy", "its aging population" (blind
    audit, round 13: such possessors were coded as the country acting)."""
    if ref.form not in _OWNING_FORMS and (ref.form != "name" or ref.sector):
        return False
    t = linker.t
    last = ref.end - 1
    head = t.head[last]
    if t.dep[last] != "poss" or head == last or head in at or _curated_role(linker, head):
        return False  # a coded body or a role word ("the country's police") is the country's
    if goods_trade(t, head):
        return True  # "the country's opium poppy trade": where the drugs are sold
    words = possessions()
    if (t.pos[head] == "PROPN" or t.ent[head]) and t.lower[head] not in words["measures"]:
        return False  # a named body or person of the country ("Mexico's Pemex")
    return not any(
        w in words["deeds"] or w in words["bodies"] for w in (t.lemma[head].lower(), t.lower[head])
    )


def _scene(t: Tokens, prep: int) -> bool:
    """The preposition right before the country makes it a scene, not a party: the end of a
    motion ("the drugs were traced back to the United States"), who is affected ("positive
    implications for Mexico") or how far something reaches ("as far away as Venezuela")."""
    word = t.lower[prep]
    if word == "to":
        near = t.lower[t.head[prep]] in NEAR_NOUNS  # "its proximity to the country"
        return near or _moved_to(t, prep) or motion_goal(t, prep)
    if word == "for":
        return t.lemma[t.head[prep]] in possessions()["effects"]
    return word == "as" and "far" in t.lower[max(0, prep - 4) : prep]


def _curated_role(linker: Linker, i: int) -> bool:
    """A role word of the curated table covers token ``i`` (a Phoenix noun such as
    "population" names people, not a body that acts for the country)."""
    cover = linker.role_cover[i]
    return cover >= 0 and linker.role_at[cover][1].curated


def _moved_to(t: Tokens, prep: int) -> bool:
    """The "to" phrase ends a motion, past an adverb ("traced back to", "shipped out to")."""
    head = t.head[prep]
    if t.pos[head] == "ADV" and t.dep[head] == "advmod":
        head = t.head[head]
    if t.lower[head] in ("on", "onward", "onwards") and t.dep[head] in ("prep", "advmod"):
        head = t.head[head]  # "transported north on to Mexico" (blind audit, round 101)
        if t.pos[head] == "ADV" and t.dep[head] == "advmod":
            head = t.head[head]
    return t.lemma[head] in MOTION_VERBS


def owners(linker: Linker, refs: list[Ref]) -> set[int]:
    """The refs (by ``id``) of countries named only to say whose or which something is:
    "Colombia's National Narcotics Directorate", "the US Drug Enforcement Administration" (the
    body acts, not the country), "a US extradition order", "Honduras Police", "President of the
    United States" (blind audit, rounds 2 and 3: such words were coded as the country acting)."""
    t = linker.t
    at = {i: ref for ref in refs if ref.code for i in range(ref.start, ref.end)}
    owned = set()
    for ref in refs:
        last = ref.end - 1
        if ref.kind == "country" and _owns_a_thing(linker, ref, at):
            owned.add(id(ref))  # "Mexico's institutions", "its aging population": whose
            continue
        bare = ref.form == "description" or (ref.form == "name" and not ref.sector)
        if ref.kind == "country" and bare and _territory(t, ref):
            owned.add(id(ref))  # "violence in the country", "entered El Salvador": where
            continue
        if ref.kind == "country" and ref.form == "name" and bare and not_acting(linker, ref):
            owned.add(id(ref))  # "debate about Syria", "the people of America" (round 98)
            continue
        if ref.kind == "country" and ref.form == "name" and elided_owner(t, last):
            owned.add(id(ref))  # "second only to Mexico City's" (airport; round 107)
            continue
        if ref.kind == "country" and ref.form == "name" and counted(t, last):
            owned.add(id(ref))  # "Beijing ranked fourth with 51": where counted (round 101)
            continue
        if ref.kind == "country" and ref.form == "description" and ground(t, last):
            owned.add(id(ref))  # "the country had 1,045 homicides" (round 104)
            continue
        if ref.kind == "country" and ref.form == "name" and municipal_city(linker, ref):
            owned.add(id(ref))  # "Bogota's liquor laws under the … mayor" (round 114)
            continue
        if ref.kind == "country" and ref.form == "name" and the_city_itself(t, last):
            owned.add(id(ref))  # "Cairo itself made this clear" (round 104)
            owned.update(id(r) for r in refs if r.start == last + 1 and r.form == "pronoun")
            continue
        if ref.kind == "country" and bare and _owns_an_actor(linker, ref, at):
            owned.add(id(ref))  # "the country's authorities": the authorities are the actor
            continue
        if ref.kind == "organisation" and _members_of(t, ref):
            owned.add(id(ref))  # "EU Member States": the states, not the union
            continue
        if ref.kind == "country" and ref.form == "description":
            continue
        if ref.kind != "country" or ref.form != "name":
            continue
        dep, head = t.dep[last], t.head[last]
        body = at.get(head)
        if dep in ("compound", "amod", "nmod") and head != last and body is not ref:
            owned.add(id(ref))  # a modifier: "US" in "a US extradition order"
        elif dep == "poss" and _named_body(linker, head, at, ref):
            owned.add(id(ref))  # "Colombia's Cali Cartel"
        elif dep == "conj" and _first_owned_of(linker, ref, at):
            owned.add(id(ref))  # "the leaders of France, Brazil, China and India"
        elif dep == "pobj" and t.lower[head] == "of" and head != last:
            named = t.head[head]
            if linker.role_cover[named] >= 0 and (body := at.get(named)) is not ref:
                owned.add(id(ref))  # "President of the United States"
    return owned


def _owns_an_actor(linker: Linker, ref: Ref, at: dict[int, Ref]) -> bool:
    """The country's possessive only says whose an actor is: a coded role or body ("the
    country's authorities", "the nation's top diplomat") or a named organisation ("Costa Rica's
    Judicial Investigation Agency"): one actor, not the country beside it (blind audit, round
    83: "the country" coded ECU beside "authorities" ECUGOV)."""
    t = linker.t
    last = ref.end - 1
    head = t.head[last]
    if t.dep[last] != "poss" or head == last:
        return False
    body = at.get(head)
    if (body is not None and body is not ref) or linker.role_cover[head] >= 0:
        return True
    if ref.form != "name" or t.pos[head] != "PROPN" or not t.title[head]:
        return False
    return bool(t.ent[head]) or _acronym_led(t, head)


def _acronym_led(t: Tokens, head: int) -> bool:
    """The proper name headed at ``head`` has an acronym in it ("Peru's IDL-Reporteros", which
    the recogniser left unnamed): an organisation's name, not a person's (blind audit, round
    110: Peru coded PER)."""
    parts = [
        k for k in range(max(0, head - 4), head) if t.head[k] == head and t.dep[k] == "compound"
    ]
    return any(t.text[k].isupper() and t.text[k].isalpha() and len(t.text[k]) > 1 for k in parts)


_MEMBERS = frozenset({"state", "member", "country", "nation", "government"})


def _members_of(t: Tokens, ref: Ref) -> bool:
    """An organisation's name only says whose members are meant: "EU Member States are
    concerned" are the national governments (blind audit, round 83: coded IGOEUREEC)."""
    last = ref.end - 1
    head = t.head[last]
    return (
        t.dep[last] == "compound"
        and head > last
        and t.lower[head].removesuffix("s") in _MEMBERS
        and any(t.lower[k].startswith("member") for k in range(last + 1, head + 1))
    )


def _first_owned_of(linker: Linker, ref: Ref, at: dict[int, Ref]) -> bool:
    """A later country of a list after "of" and a role word is as much a modifier as the first:
    "the leaders of France, Brazil, China and India" (blind audit, round 83: Brazil and China
    coded BRA, CHN)."""
    t = linker.t
    k, seen = ref.end - 1, 0
    while t.dep[k] == "conj" and t.head[k] < k and seen < 8:
        k, seen = t.head[k], seen + 1
    if t.dep[k] != "pobj" or t.lower[t.head[k]] != "of":
        return False
    named = t.head[t.head[k]]
    return linker.role_cover[named] >= 0 and at.get(named) is not ref


def _named_body(linker: Linker, head: int, at: dict[int, Ref], ref: Ref) -> bool:
    """The country's possessive names a coded body that acts for itself ("Colombia's Cali
    Cartel") or one of conjoined bodies ("Colombia's Cali and Medellin Cartels": the city heads
    the phrase; blind audit, round 74: Colombia coded COL)."""
    t = linker.t
    heads = [head] + [k for k in range(head + 1, min(len(t.dep), head + 8))
                      if t.dep[k] == "conj" and t.head[k] == head]  # fmt: skip
    if t.dep[head] in ("compound", "nmod"):
        heads.append(t.head[head])  # "Mexico's Sinaloa and Juarez cartels"
    for k in heads:
        body = at.get(k)
        if body is not None and body is not ref and body.kind != "country":
            return True
    return False


def _aimed(t: Tokens, head: int) -> bool:
    """The "at" phrase hangs on a word of aiming ("fired at", "a swipe at", "took a swipe at")."""
    if t.lemma[head] in AT_TARGETS:
        return True
    return any(t.head[i] == head and t.dep[i] == "dobj" and t.lemma[i] in AT_TARGETS
               for i in range(head + 1, min(len(t.dep), head + 6)))  # fmt: skip


_HOMELANDS = frozenset({"country", "nation", "state"})
_HOME = frozenset({"home", "native", "adopted", "birth"})


def _territory(t: Tokens, ref: Ref) -> bool:
    """A country named as territory: after a locative ("in the country", "outside of
    Colombia", "at the Vatican", "smuggled into Mexico"), the object of a verb of crossing
    ("entered El Salvador", "borders Bolivia and Brazil"), the owner of a part of its land
    ("Panama's Pacific coast", "the nation's largest state"), the first half of
    "Colombia-based", or the end of a route ("routes to Brazil")."""
    last = ref.end - 1
    k = last
    while t.dep[k] == "conj" and t.head[k] < k:
        k = t.head[k]  # "borders Bolivia and Brazil": Brazil stands where Bolivia does
    j = ref.start - 1
    while j >= 0 and t.lower[j] in COMPASS:
        j -= 1  # "in remote western Colombia"
    if j >= 0 and t.lower[j] in ("the", "remote"):
        j -= 1
    if j >= 1 and t.lower[j] == "of":
        part = t.lower[j - 1]
        if part in ("outside", "out") or part in TERRITORY_PARTS or part in PLACE_WORDS:
            return True  # "outside of Colombia", "the north of the country", "parts of Brazil"
        if part in _HOMELANDS and j >= 2 and t.lower[j - 2] in _HOME:
            return True  # "in his home country of Nicaragua" (blind audit, round 76: NIC)
    if j >= 0 and t.dep[j] == "conj" and t.lower[j] in COUNTRY_LOCATIVE:
        return True  # "both into and within the country" (round 85: HND)
    for prep in {j, t.head[k] if t.dep[k] == "pobj" else -1}:
        if prep < 0 or t.dep[prep] != "prep":
            continue
        if t.lower[prep] in COUNTRY_LOCATIVE:
            return True
        if t.lower[prep] == "to" and t.lower[t.head[prep]] in ROUTE_NOUNS:
            return True
        if t.lower[prep] == "of" and (
            t.lower[t.head[prep]] in TERRITORY_PARTS or t.lower[t.head[prep]] in PLACE_WORDS
        ):
            return True  # "remote parts of Brazil and western Colombia"
        if t.lower[prep] == "at" and not _aimed(t, t.head[prep]):
            return True  # "at the Vatican"
        if t.lower[prep] == "into" and (
            t.lemma[t.head[prep]] in INTO_MOTIONS or motion_goal(t, prep)
        ):
            return True  # "smuggled into Mexico", "routes across it into the country"
    if j >= 0 and t.dep[j] == "prep" and _scene(t, j):
        return True
    if t.dep[k] == "dobj" and t.lemma[t.head[k]] in TERRITORY_VERBS:
        return True
    if site_predicate(t, k) or producer(t, k) or course_subject(t, k):
        return True  # "make the country an ideal location for coca" (blind audit, round 84)
    if serves_as_site(t, k) or site_example(t, ref.start):
        return True  # "Ecuador serving as a source of weapons" (blind audit, round 110)
    n = len(t.lower)
    if last + 2 < n and t.lower[last + 1] == "-" and t.lower[last + 2] == "based":
        return True
    if last + 1 < n and t.lower[last + 1] in ("'s", "’s") and t.dep[last] == "poss":
        owned = t.lower[t.head[last]]
        return owned in TERRITORY_PARTS or owned in PLACE_WORDS
    return False
