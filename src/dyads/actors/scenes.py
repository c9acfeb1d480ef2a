"""Where a name stands as a scene, not an actor: after a locative ("in Moscow", "across the
United States"), on a route ("extradited to the United States", "smuggling guns into Mexico",
"from Bolivia to Brazil"), in a list of places, as a route's predicate ("an attractive
destination"), a statistic's place ("account for a quarter of the murders"), the object of a
material verb ("shelled Juba"), or a town of another country ("Washington, Iowa"). Used by
:mod:`dyads.actors.places`; each rule from a blind-audit round (``docs/AUDITS.md``)."""

from __future__ import annotations

import re

from dyads.actors.context import Linker
from dyads.actors.locations import motion_goal, over_ground
from dyads.actors.refs import (
    COMPASS,
    COPULAS,
    COUNTRY_LOCATIVE,
    LOCATIVE,
    MOTION_VERBS,
    PLACE_OBJECT_VERBS,
    PLACE_OF,
    PLACE_WORDS,
)
from dyads.actors.refs import ROUTE_NOUNS as TRAVEL_NOUNS  # "flights", "shipments" (not predicates)
from dyads.actors.tokens import Tokens


def at_place(lk: Linker, start: int) -> bool:
    """ "in Moscow", "on Capitol Hill", "the town of Washington": a place."""
    t = lk.t
    j = word_before(lk, start)
    if j >= 1 and t.lower[j] == "of" and t.lower[j - 1] in PLACE_WORDS:
        return True
    return region(lk, start) or (j >= 0 and t.lower[j] in LOCATIVE) or _apposed_place(lk, j)


def _apposed_place(lk: Linker, j: int) -> bool:
    """ "In the capital Caracas, the murder rate stands at …", "in the Mexican capital, Mexico
    City": a name beside a place word after a locative is that place (blind audit, round 79:
    VENGOV); ``j`` is the word before the name."""
    t = lk.t
    if j >= 0 and t.text[j] == ",":
        j -= 1
    if j < 1 or t.lower[j] not in PLACE_WORDS:
        return False
    k = j - 1
    while k >= max(0, j - 2) and (t.pos[k] == "ADJ" or lk.entry_at[k] is not None):
        k -= 1  # "the Venezuelan capital", "the bustling port city"
    k = word_before(lk, k + 1)
    return k >= 0 and t.lower[k] in LOCATIVE


def region(lk: Linker, start: int) -> bool:
    """ "northern Mexico", "the Gulf of Mexico", "stretches of Peru", "the border with
    Guatemala": a part of the land or its edge (blind audit, round 61: each coded as the
    country)."""
    t = lk.t
    if start > 0 and t.lower[start - 1] in COMPASS and t.text[start - 1].islower():
        return True  # lower case: "North Korea" is a name; the tagger often calls it PROPN
    j = word_before(lk, start)
    if j >= 1 and t.lower[j] == "of" and t.lower[j - 1] in PLACE_OF:
        return True
    return j >= 1 and t.lower[j] == "with" and t.lemma[j - 1] in _BORDERS


def in_country(lk: Linker, start: int) -> bool:
    """ "in Mexico", "across the United States": the country as a place (blind audit: 45 of 70
    wrong actor codes were places, most of them countries after a locative preposition)."""
    t = lk.t
    j = word_before(lk, start)
    return j >= 0 and t.dep[j] == "prep" and (t.lower[j] in COUNTRY_LOCATIVE or over_ground(t, j))


def _first_conjunct(lk: Linker, last: int) -> int:
    """The last word of the first name of a list the name ending at ``last`` closes
    ("Guatemala, Mexico and the United States" -> "Guatemala"); ``last`` when it heads none."""
    t = lk.t
    seen = 0
    while t.dep[last] == "conj" and t.head[last] < last and seen < 8:
        last, seen = t.head[last], seen + 1
    return last


def listed_place(lk: Linker, end: int) -> bool:
    """A later country of a list whose first name is a place: "shipping it out to Guatemala,
    Mexico and the United States" (blind audit, round 11: the United States coded USA), "in
    Argentina, El Salvador and Uruguay as well as Peru"."""
    t = lk.t
    span = lk.ent_span[end - 1]
    start = span[0] if span is not None else end - 1
    if _glossed_region(lk, _first_conjunct(lk, end - 1)):
        return True
    if start >= 4 and [t.lower[k] for k in range(start - 3, start)] == ["as", "well", "as"]:
        before = start - 4 if t.text[start - 4] != "," else start - 5
        if before >= 0 and lk.entry_at[before] is not None:
            return listed_place(lk, before + 1) or in_country(lk, lk.ent_span[before][0])
    first = _first_conjunct(lk, end - 1)
    if first == end - 1 or (end < len(t.pos) and t.pos[end] in ("VERB", "AUX")):
        return False  # "extradited him to the US and Mexico praised it": a clause's subject
    span = lk.ent_span[first]
    start = span[0] if span is not None else first
    return in_country(lk, start) or destination(lk, start)


_REGION_NOUNS = {"nations", "countries", "states"}


def _glossed_region(lk: Linker, first: int) -> bool:
    """ "across the Northern Triangle nations (El Salvador, Guatemala and Honduras)": a list in
    brackets naming the countries of a region that is a place (blind audit, round 76: each
    coded as the country). ``first`` ends the list's first name."""
    t = lk.t
    span = lk.ent_span[first]
    start = span[0] if span is not None else first
    if start < 2 or t.text[start - 1] != "(" or t.lower[start - 2] not in _REGION_NOUNS:
        return False
    noun = start - 2
    return t.dep[noun] == "pobj" and t.lower[t.head[noun]] in COUNTRY_LOCATIVE


_NEIGHBOURING = {"neighboring", "neighbouring", "nearby", "neighbour", "neighbor"}
# a country predicated as one of these is a place on a route: "find Ecuador an attractive
# destination", "Bolivia is another important destination country", "with Uruguay serving as a
# transit nation" (blind audit, rounds 11-12)
ROUTE_NOUNS = {"destination", "transit", "hub", "haven", "corridor", "route", "springboard",
               "trampoline", "bridge", "gateway", "stopover", "producer", "consumer"}  # fmt: skip


def route_predicate(lk: Linker, end: int) -> bool:
    """The country is said to be a destination, hub, transit nation … of the clause."""
    t = lk.t
    last = end - 1
    verb = t.head[last]
    if t.dep[last] not in ("nsubj", "dobj", "pobj") or verb == last:
        return False
    near = range(max(0, verb - 25), min(len(t.dep), verb + 25))
    if t.pos[verb] == "NOUN":  # "find Ecuador an attractive destination": a small clause
        return t.lower[verb] in ROUTE_NOUNS or any(
            t.head[j] == verb and t.dep[j] in ("compound", "amod") and t.lower[j] in ROUTE_NOUNS
            for j in near
        )
    preds = [
        k
        for k in near
        if t.head[k] == verb
        and k != last
        and (t.dep[k] in ("attr", "oprd", "dobj", "ccomp", "xcomp") or t.lower[k] == "as")
    ]
    preds += [k for p in preds if t.lower[p] == "as" for k in near
              if t.head[k] == p and t.dep[k] == "pobj"]  # fmt: skip
    for k in preds:
        words = [t.lower[k]] + [t.lower[j] for j in near if t.head[j] == k
                                and t.dep[j] in ("compound", "amod")]  # fmt: skip
        if any(w in ROUTE_NOUNS for w in words):
            return True
    return False


# a country that is the subject of these is where figures were counted, not a body that acts:
# "Brazil, Colombia, Mexico and Venezuela account for a quarter of all the murders",
# "Guatemala saw a drop in homicides" (blind audit, round 11)
TREND_NOUNS = {
    "drop", "rise", "increase", "decrease", "decline", "fall", "spike", "surge", "jump",
    "reduction", "uptick", "downturn", "rate", "share", "number", "total",
}  # fmt: skip
COUNTED_VERBS = {"see", "experience", "record", "register", "post", "suffer", "witness"}
# verbs of a trend given as the clause of a counted verb: "Venezuela saw violence rise"
TREND_VERBS = {"rise", "fall", "drop", "increase", "decrease", "decline", "surge", "spike",
               "jump", "climb", "soar", "plummet", "plunge", "grow", "double",
               "triple"}  # fmt: skip


def statistic(lk: Linker, end: int) -> bool:
    """The country (or a list it closes) is the subject of a statistic: "account for" a share,
    "saw" or "recorded" a rise, a number of something."""
    t = lk.t
    last = _first_conjunct(lk, end - 1)
    if t.dep[last] != "nsubj":
        return False
    verb = t.head[last]
    lemma = t.lemma[verb]
    if lemma != "account" and lemma not in COUNTED_VERBS:
        return False
    near = range(max(0, verb - 40), min(len(t.dep), verb + 40))
    kids = [k for k in near if t.head[k] == verb and k != verb]
    if lemma == "account":
        return any(t.lower[k] == "for" for k in kids)
    objects = [k for k in kids if t.dep[k] == "dobj"]
    # "Venezuela saw violence rise": the trend as a clause the parser hangs on the verb
    # (blind audit, round 89)
    if any(t.dep[k] in ("ccomp", "xcomp") and t.lemma[k] in TREND_VERBS for k in kids):
        return True
    return any(
        t.lemma[k] in TREND_NOUNS or any(t.head[j] == k and t.dep[j] == "nummod" for j in near)
        for k in objects
    )


def word_before(lk: Linker, start: int) -> int:
    """The index of the word before a name, past "the" and a compass word ("in northern
    Mexico", "in the eastern part"); -1 at the text's start."""
    t = lk.t
    j = start - 1
    while j >= 0 and ((t.pos[j] == "ADJ" and t.lower[j] in COMPASS) or t.lower[j] in _NEIGHBOURING):
        j -= 1
    if j >= 0 and t.lower[j] == "the":
        j -= 1
    return j


def based(lk: Linker, end: int) -> bool:
    """ "Dublin-based Shire": where a company or group sits, not the city's government (blind
    audit, round 83: "Dublin" coded IRLGOV); also past the district or state after a comma,
    "the Washington, D.C.-based Center" (round 88: USAGOV)."""
    t = lk.t
    # and a birthplace: "the Cuba-born senator Ted Cruz" (own reading of round 94: CUB)
    if end + 1 < len(t.text) and t.lower[end] == "-" and t.lower[end + 1] in ("based", "born"):
        return True
    char = t.idx[end - 1] + len(t.text[end - 1])
    return _BASED_PAST.match(lk.doc_text, char) is not None


# ", D.C.-based", " DC-based", ", Calif.-based": a district or state between a city and "-based"
_BASED_PAST = re.compile(r",?\s?(?:D\.\s?C\.|DC|[A-Z][a-z]{1,5}\.)\s?-\s?based\b")


def struck(lk: Linker, end: int) -> bool:
    """ "rebels shelled Juba", "troops captured Kherson": the object of a material verb is
    the place."""
    t = lk.t
    k = end - 1
    return t.dep[k] == "dobj" and t.lemma[t.head[k]] in PLACE_OBJECT_VERBS


def _swapped(t: Tokens, j: int) -> bool:
    """A verb of leaving one thing for another governs the "for" at ``j``, or stands among
    the few words before it (a headline's misparse: "ditches" taken for an auxiliary)."""
    if t.lemma[t.head[j]] in _SWAP:
        return True
    words = range(max(0, j - 5), j)
    return any(t.sent[k] == t.sent[j] and t.lower[k].removesuffix("es") in _SWAP for k in words)


def destination(lk: Linker, start: int) -> bool:
    """ "travel to Kyiv", "extradited to the United States", "smuggled guns into Mexico": a
    place of arrival."""
    t = lk.t
    j = start - 1
    if j >= 0 and t.lower[j] == "the":
        j -= 1
    left = j >= 1 and (t.lemma[j - 1] in _LEAVE or t.lemma[t.head[j]] in _LEAVE)
    if j >= 1 and t.lower[j] == "for" and (t.lower[j - 1] in _BOUND or left):
        # "a shipment bound for Argentina" (blind audit, round 30), "before leaving for Syria"
        # (round 61: SYR), "heading for Mexico" (round 85: MEX), "people fleeing the country
        # for the United States" (round 114: USA)
        return True
    if j >= 1 and t.lower[j] == "for" and _swapped(t, j):
        return True  # "PGA Tour ditches Trump golf course for Mexico": the new site (round 85)
    if j >= 1 and t.lower[j] == "to" and t.lower[t.head[j]] in NEAR_NOUNS:
        return True  # "its proximity to Mexico": how near (round 85: MEX)
    # "into" after a motion verb: "smuggling guns into Mexico" (blind audit, round 15), not
    # "an incursion into India", whose head is no motion verb
    if j < 0 or t.lower[j] not in ("to", "into", "onto"):
        return False
    if motion_goal(t, j):
        return True  # "awaits extradition back to Mexico", "routes … into Argentina" (round 84)
    if t.lower[t.head[j]] in TRAVEL_NOUNS or (j >= 1 and t.lower[j - 1] in TRAVEL_NOUNS):
        return True  # "routes into Argentina" (blind audit, round 30), "awaits extradition to"
    if "from" in t.lower[max(0, j - 5) : j]:
        return True  # "moved cocaine from Bolivia to Brazil": a route's end
    head = t.head[j]
    if t.dep[head] == "dobj":  # "smuggled migrants to Panama": the phrase hangs off the object
        head = t.head[head]
    if t.lemma[head] in MOTION_VERBS or t.lower[head] in MOTION_VERBS:
        return True
    # "charged with smuggling guns into Mexico", parsed with "smuggling" a modifier of "guns"
    return any(_motion(t.lower[k]) or t.lemma[k] in MOTION_VERBS for k in range(max(0, j - 3), j))


_BOUND = frozenset({"bound", "destined", "headed"})
_LEAVE = frozenset({"leave", "depart", "set", "sail", "flee", "fly", "head"})
# "ditch A for B": B is what A is left for
_SWAP = frozenset({"ditch", "abandon", "swap", "trade", "exchange", "dump", "forsake"})
# nouns of nearness: "proximity to Mexico" says how near, not to whom
NEAR_NOUNS = frozenset({"proximity", "closeness", "nearness", "distance", "adjacency"})
_BORDERS = frozenset({"border", "frontier", "boundary"})
_FIGURATIVE = frozenset({"take", "bring", "send", "trace", "head", "move", "come"})


def origin(lk: Linker, start: int) -> bool:
    """ "flights from Caracas to Istanbul", "flew in from Moscow": a route's start, where "a
    message from Moscow" is the government's (blind audit, round 27: Caracas coded VENGOV)."""
    t = lk.t
    j = start - 1
    if j >= 0 and t.lower[j] == "the":
        j -= 1
    if j < 0 or t.lower[j] != "from":
        return False
    if any(t.lower[k] in ("to", "into") for k in range(start + 1, min(len(t.lower), start + 5))):
        return True
    head = t.head[j]
    # "take some distance from Moscow" (the seed) is a stance toward the government
    return t.lemma[head] in MOTION_VERBS - _FIGURATIVE or t.lower[head] in TRAVEL_NOUNS


# goods and people that come from a country (round 64: "cigarettes from … India" IND)
_GOODS = frozenset({"cigarette", "drug", "cocaine", "heroin", "fentanyl", "weapon", "gun", "arm",
                    "import", "good", "product", "contraband", "migrant", "immigrant", "refugee",
                    "worker", "tourist", "visitor", "student", "oil", "gas", "grain"})  # fmt: skip
_KINDS_OF_PLACE = frozenset({"country", "nation", "place", "region", "state"})


def goods_origin(lk: Linker, end: int) -> bool:
    """ "cigarettes from countries such as India, China": where goods or migrants come from."""
    t = lk.t
    k, seen = end - 1, 0
    while t.dep[k] == "conj" and t.head[k] < k and seen < 8:
        k, seen = t.head[k], seen + 1
    if t.dep[k] != "pobj":
        return False
    prep = t.head[k]
    if t.lower[prep] in ("as", "like"):
        kind = t.head[prep]
        if t.lower[kind] == "such":
            kind = t.head[kind]
        if t.lemma[kind] not in _KINDS_OF_PLACE or t.dep[kind] != "pobj":
            return False
        prep = t.head[kind]
    # "accepting refugees from … Syria": "from" on the verb (blind audit, round 111: SYR)
    goods = t.lemma[t.head[prep]] in _GOODS or (prep > 0 and t.lemma[prep - 1] in _GOODS)
    return t.lower[prep] == "from" and goods


def _motion(word: str) -> bool:
    stem = word.removesuffix("ing")
    return stem != word and (stem in MOTION_VERBS or stem + "e" in MOTION_VERBS)


def town_of(lk: Linker, end: int) -> str | None:
    """The country of "X, <division or country>" when that is not where the gazetteer's X is
    the capital of ("Washington, Iowa", "Paris, Texas")."""
    t = lk.t
    if end + 1 >= len(t.text) or t.text[end] != ",":
        return None
    after = lk.entry_at[end + 1]
    if after is None or after.kind not in ("division", "country"):
        return None
    return after.country if after.kind == "division" or after.country else None


# what a city has that its government is not: "Bogota's main wildlife rehabilitation center"
_CITY_THINGS = {"center", "centre", "airport", "street", "streets", "metro", "subway", "resident",
                "residents", "people", "population", "hospital", "hospitals", "zoo", "university",
                "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "suburb",
                "suburbs", "outskirts", "downtown", "port", "skyline", "mayor", "police",
                "prison", "prisons", "market", "markets", "stadium", "traffic", "slums",
                "club",
                # "Mexico City's most emblematic 'barrio bravo'" (blind audit, round 76: MEXGOV)
                "barrio", "barrios", "district", "districts", "borough", "boroughs", "colonia",
                "colonias", "slum", "plaza", "square", "avenue", "avenues", "roads", "periphery",
                "landmark", "landmarks", "quarter", "quarters"}  # fmt: skip
_PLACE_PREDICATES = {"prize", "possession", "hub", "destination", "target", "city", "capital",
                     "home", "site", "venue", "stronghold", "gateway", "route", "base"}  # fmt: skip


def city_scene(lk: Linker, end: int) -> bool:
    """A capital named as the city, not its government: the subject of a copula ("While Mexico
    City has long been the prize possession") or the owner of what a city has ("Bogota's main
    wildlife rehabilitation center") (blind audit, round 18: both coded GOV)."""
    t = lk.t
    last = end - 1
    head = t.head[last]
    if t.dep[last] == "nsubj" and t.lemma[head] in COPULAS:
        # "Mexico City has long been the prize possession"; not "Moscow is unwilling"
        return any(
            t.head[k] == head and t.dep[k] == "attr" and t.lower[k] in _PLACE_PREDICATES
            for k in range(head + 1, min(len(t.text), head + 8))
        )
    if _listed_with_towns(lk, last):
        return True
    if t.dep[last] != "poss" or head <= last:
        return False
    # "Bogota's main wildlife rehabilitation center reports …": any noun of the owned phrase
    # (the parser may make "reports" its head)
    return any(t.lower[k] in _CITY_THINGS for k in range(end, head + 1))


def _listed_with_towns(lk: Linker, last: int) -> bool:
    """ "These included Guatemala City, Mixco, and Villa Nueva": a capital in a list with towns
    that are no capitals or countries is a place (blind audit, round 19: GTMGOV)."""
    t = lk.t
    first = _first_conjunct(lk, last)
    window = range(first, min(len(t.text), first + 30))
    members = [
        k for k in window if k == first or (t.dep[k] == "conj" and _first_conjunct(lk, k) == first)
    ]
    if len(members) < 2:
        return False
    entries = [lk.entry_at[k] for k in members if k != last]
    return all(e is None or (e.kind in ("city", "division") and not e.capital) for e in entries)
