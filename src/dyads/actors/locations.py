"""A country named as the goal, source or site of goods and motion, not as a state that acts.

Used by :mod:`dyads.actors.places` (country names) and :mod:`dyads.actors.owners` ("the
country"). Each rule is from blind-audit round 84, where 9 of 33 wrong actor codes were such
places: the end of a route ("build up routes across the country into Argentina", "awaits
extradition back to Mexico", "bring cash earned abroad back to the United States"), a
predicate's place ("Mexico is the principal source of methamphetamine", "make the country an
ideal location for coca"), the producer of goods ("Mexico produces 90 percent of the
methamphetamine") and a company's nationality in brackets ("Copa Airlines (Panama)"). A
country that acts stays coded: "Mexico extradited him", "Venezuela hides its cocaine".
Round 85 adds a capital given as an example of places ("into states like Washington").
"""

from __future__ import annotations

from dyads.actors.refs import COPULAS, MOTION_VERBS, PLACE_WORDS, ROUTE_NOUNS
from dyads.actors.tokens import Tokens

# adverbs between a motion and its goal: "extradition back to Mexico", "shipped out to Peru"
_GOAL_ADVERBS = frozenset({"back", "home", "out", "away", "over", "onward", "onwards"})
# "back to the United States", "home to Mexico": a return is a motion whatever verb the parser
# hangs the phrase on ("cash earned abroad back to the United States")
_RETURNS = frozenset({"back", "home"})
# verbs of reaching out over ground: what they spread "into" is territory ("the gang expanded
# into Guatemala", blind audit, round 92: GTM), not a party
_SPREAD = frozenset({"expand", "spread", "extend", "branch", "venture", "spill", "push",
                     "encroach", "creep", "penetrate", "diversify"})  # fmt: skip


def motion_goal(t: Tokens, prep: int) -> bool:
    """The "to" / "into" phrase at ``prep`` ends a motion or a route: after a return adverb
    ("back to Mexico"), into ground spread over ("expanded into Guatemala"), on a verb of
    motion past an adverb ("shipped out to"), on a route noun
    or a verb whose object is one ("build up routes across the country into Argentina",
    "awaits extradition back to Mexico")."""
    if t.lower[prep] not in ("to", "into", "onto"):
        return False
    if prep > 0 and t.lower[prep - 1] in _RETURNS and t.pos[prep - 1] == "ADV":
        return True
    head = t.head[prep]
    if t.lower[prep] == "into" and t.lemma[head] in _SPREAD:
        return True  # "expanded into Guatemala"
    for _ in range(2):
        if t.pos[head] == "ADV" and t.lower[head] in _GOAL_ADVERBS and t.head[head] != head:
            head = t.head[head]
    if t.lemma[head] in MOTION_VERBS or t.lower[head] in ROUTE_NOUNS:
        return True
    near = range(head + 1, min(len(t.head), prep))
    return t.pos[head] in ("VERB", "AUX") and any(
        t.head[k] == head and t.dep[k] == "dobj" and t.lower[k] in ROUTE_NOUNS for k in near
    )


# nouns that make the country predicated as one a place: where something is, comes from or
# grows ("Mexico is the principal source of methamphetamine", "an ideal location for coca")
SITE_NOUNS = frozenset({"source", "origin", "location", "site", "place", "birthplace",
                        "cradle", "epicenter", "epicentre", "breadbasket", "home",
                        "hideout", "refuge", "sanctuary", "playground", "point", "hub",
                        "corridor", "gateway", "crossroads", "springboard", "haven",
                        "stopover", "waypoint", "producer",
                        # "made the country an attractive destination for migrants" (round 110)
                        "destination"})  # fmt: skip


def site_predicate(t: Tokens, last: int) -> bool:
    """The country ending at ``last`` is said to be a site: the subject of a copula whose
    predicate is a site noun ("Mexico is the principal source of methamphetamine", "Peru
    remains the main origin of cocaine") or of a small clause ("terrain that makes the country
    an ideal location for coca", which the parser hangs on the noun)."""
    last = first_conjunct(t, last)
    verb = t.head[last]
    if t.dep[last] == "pobj" and t.lower[verb] == "with":
        # "with Paraguay also a major transshipment point for cocaine": the absolute clause's
        # predicate hangs on "with" beside its subject (blind audit, round 104: PRY)
        near = range(last + 1, min(len(t.head), last + 8))
        if t.head[verb] in near and t.lemma[t.head[verb]] in SITE_NOUNS:
            return True  # the parser hangs "with" on the predicate noun after it
        return any(t.head[k] == verb and t.lemma[k] in SITE_NOUNS for k in near)
    if t.dep[last] != "nsubj" or verb == last:
        return False
    if t.pos[verb] == "NOUN":
        return t.lemma[verb] in SITE_NOUNS and t.dep[verb] in ("ccomp", "oprd", "xcomp")
    if t.lemma[verb] not in COPULAS:
        return False
    near = range(verb + 1, min(len(t.head), verb + 12))
    return any(t.head[k] == verb and t.dep[k] == "attr" and t.lemma[k] in SITE_NOUNS for k in near)


# verbs of growing and making goods: the country that does so is where they are made
_PRODUCE = frozenset({"produce", "grow", "cultivate", "manufacture", "harvest", "consume"})
# what is produced, as goods or a share of them ("90 percent of the methamphetamine")
_AMOUNTS = frozenset({"percent", "%", "ton", "tonne", "kilo", "kilogram", "share", "majority",
                      "bulk", "most", "half", "third", "quarter", "amount", "quantity", "volume",
                      "all", "much", "lot"})  # fmt: skip
_CROPS = frozenset({"cocaine", "coca", "heroin", "opium", "poppy", "marijuana", "cannabis",
                    "methamphetamine", "meth", "fentanyl", "drug", "narcotic", "crop", "oil",
                    "gas", "grain", "coffee", "gold", "leaf", "pill", "precursor",
                    # smuggled goods (blind audit, round 114: "Colombia's illicit wildlife
                    # trade" COL)
                    "wildlife", "animal", "timber", "ivory", "fuel", "contraband"})  # fmt: skip
# a trade the law forbids is never a deal a country makes: where it goes on (round 114)
_ILLICIT = frozenset({"illicit", "illegal", "clandestine", "underground", "black"})


def producer(t: Tokens, last: int) -> bool:
    """The country ending at ``last`` is the subject of a verb of growing or making whose
    object is goods or an amount of them: "Mexico produces 90 percent of the
    methamphetamine", "Colombia grows most of the world's coca" (not "Mexico produced a
    report", an act)."""
    verb = t.head[last]
    if t.dep[last] != "nsubj" or t.lemma[verb] not in _PRODUCE:
        return False
    near = range(verb + 1, min(len(t.head), verb + 12))
    for k in near:
        if t.head[k] != verb or t.dep[k] != "dobj":
            continue
        counted = any(t.head[j] == k and t.dep[j] == "nummod" for j in range(verb + 1, k))
        if counted or t.lemma[k] in _AMOUNTS or t.lemma[k] in _CROPS:
            return True
    return False


# nouns of who makes or sells goods: the country in apposition is where they come from ("the
# region's largest producer, Mexico,", blind audit, round 92: MEX)
_MAKERS = frozenset({"producer", "grower", "exporter", "supplier", "cultivator", "manufacturer",
                     "source", "origin"})  # fmt: skip
# a way between places and the verbs that say what it joins ("the air bridge that connects
# Peru to Brazil", blind audit, round 92: PER, BRA): both ends are places
_WAYS = frozenset({"bridge", "road", "highway", "route", "corridor", "pipeline", "railway",
                   "railroad", "rail", "line", "tunnel", "flight", "ferry", "canal", "trail",
                   "path", "link", "crossing", "network", "airlift"})  # fmt: skip
_JOIN = frozenset({"connect", "link", "join"})


def producer_apposition(t: Tokens, last: int) -> bool:
    """The country ending at ``last`` is in apposition to a maker of goods: "the region's
    largest producer, Mexico," (not "its largest trading partner, Mexico,")."""
    head = t.head[last]
    return t.dep[last] == "appos" and head != last and t.lemma[head] in _MAKERS


def way_end(t: Tokens, last: int) -> bool:
    """The country ending at ``last`` is an end of a way: the object of "connect" / "link", or
    of its "to" / "with", whose subject is a road, bridge or route ("the air bridge that
    connects Peru to Brazil"; not "the treaty links Mexico to Canada")."""
    last = first_conjunct(t, last)
    verb = t.head[last]
    if t.dep[last] == "pobj" and t.lower[verb] in ("to", "with") and t.dep[verb] == "prep":
        verb = t.head[verb]
    elif t.dep[last] != "dobj":
        return False
    if t.lemma[verb] not in _JOIN or t.pos[verb] != "VERB":
        return False
    if t.dep[verb] in ("relcl", "acl"):  # "the bridge that connects …": the noun it tells of
        way = t.head[verb]
    else:
        subjects = [k for k in range(max(0, verb - 12), verb) if t.head[k] == verb]
        way = next((k for k in subjects if t.dep[k] in ("nsubj", "nsubjpass")), -1)
    return way >= 0 and t.lemma[way].lower() in _WAYS


_TRADES = frozenset({"trade", "traffic", "trafficking", "market", "business", "production",
                     "cultivation"})  # fmt: skip


def goods_trade(t: Tokens, head: int) -> bool:
    """Token ``head`` is the trade in goods of a crop or drug ("the country's opium poppy
    trade", "Mexico's drug trade"): where it goes on, not a deal the country makes (blind
    audit, round 92: "the country" coded GTM)."""
    if t.lemma[head] not in _TRADES:
        return False
    near = range(max(0, head - 4), head)
    return any(t.head[k] == head and t.dep[k] in ("compound", "amod")
               and (t.lemma[k] in _CROPS or t.lower[k] in _ILLICIT) for k in near)  # fmt: skip


def goods_place(t: Tokens, start: int, end: int) -> bool:
    """The country at ``start``-``end`` is a site, a producer, an end of a way or a bracketed
    nationality."""
    last = end - 1
    return (
        site_predicate(t, last) or producer(t, last) or producer_apposition(t, last)
        or way_end(t, last) or bracketed_nationality(t, start, end)
    )  # fmt: skip


def first_conjunct(t: Tokens, last: int) -> int:
    """The last word of the first name of the list the name ending at ``last`` closes
    ("Mexico and Colombia are the main sources": Mexico)."""
    seen = 0
    while t.dep[last] == "conj" and t.head[last] < last and seen < 8:
        last, seen = t.head[last], seen + 1
    return last


def bracketed_nationality(t: Tokens, start: int, end: int) -> bool:
    """A country alone in brackets right after a name is that name's nationality: "five on
    Copa Airlines (Panama), Solar Cargo (Venezuela)" (blind audit, round 84: PAN, VEN)."""
    n = len(t.text)
    if start < 2 or end >= n or t.text[start - 1] != "(" or t.text[end] != ")":
        return False
    return t.pos[start - 2] == "PROPN" or t.ent[start - 2] != ""


# plural nouns of places whose examples are places too ("states like Washington")
_PLACE_PLURALS = frozenset({"states", "cities", "towns", "places", "provinces", "regions",
                            "capitals", "districts", "counties", "areas"})  # fmt: skip


def example_place(t: Tokens, start: int) -> bool:
    """ "into states like Washington", "such states as Washington", "cities including Kyiv":
    a name given as an example of places is a place (round 85: "Washington" the state coded
    USAGOV), and so is every name of the list it opens ("places such as Colombia and Mexico":
    round 90, MEX). ``start`` is the name's first token."""
    j = _list_start(t, start) - 1
    if j >= 1 and t.lower[j] in ("like", "including"):
        return t.lower[j - 1] in _PLACE_PLURALS
    if j >= 2 and t.lower[j] == "as" and t.lower[j - 1] == "such":
        return t.lower[j - 2] in _PLACE_PLURALS  # "states such as Washington"
    return (
        j >= 2
        and t.lower[j] == "as"
        and t.lower[j - 1] in _PLACE_PLURALS
        and (j >= 3 and t.lower[j - 2] == "such")
    )


def _list_start(t: Tokens, start: int) -> int:
    """The first token of the first name of the list whose later name starts at ``start``
    ("Colombia and Mexico": Colombia's), else ``start``."""
    first = first_conjunct(t, start)
    if first == start or t.lower[start - 1] not in ("and", "or", ","):
        return start
    while first > 0 and t.head[first - 1] == first and t.dep[first - 1] == "compound":
        first -= 1
    if first > 0 and t.lower[first - 1] == "the":
        first -= 1
    return first


# words of nearness before "to": "a town close to Santiago", "next to Lima"
_NEAR = frozenset({"close", "closer", "near", "nearer", "next", "adjacent"})
# nouns of nearness, which only a place has: "its proximity to Venezuela"
_NEARNESS = frozenset({"proximity", "nearness", "closeness"})
# what stands near a place: a place noun or name, or a verb of lying somewhere
_SITED = frozenset({"lie", "sit", "locate", "situate", "base", "live", "settle", "stand"})
# units of a distance from a place: "40 kilometers from Caracas", "an hour's drive from Lima"
_DISTANCES = frozenset({"kilometers", "kilometres", "km", "miles", "mile", "meters", "metres",
                        "hours", "hour", "minutes", "drive", "ride", "walk", "far"})  # fmt: skip
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                         "southeast", "southwest"})  # fmt: skip
# words a nearness may stand behind: "the city of Rancagua, close to Santiago"
_SKIPPED = frozenset({",", "very", "just", "quite", "so", "located", "situated", "right"})


def near_place(t: Tokens, start: int) -> bool:
    """The name at ``start`` is what a place lies near or at a distance from: "the city of
    Rancagua, close to Santiago", "a farm 40 kilometers from Caracas", "50 km north of
    Bogota" (blind audit, round 88: Santiago coded CHLGOV). A person or body "close to
    Moscow" stays the government's: nearness counts only after a place or a verb of lying."""
    j = start - 1
    if j >= 0 and t.lower[j] == "the":
        j -= 1
    if j < 1:
        return False
    word, before = t.lower[j], t.lower[j - 1]
    if word == "of":
        return before in _DIRECTIONS  # "50 km north of Bogota"
    if word == "from":
        return any(w in _DISTANCES for w in t.lower[max(0, j - 3) : j])
    if word in ("to", "with") and before in _NEARNESS:
        return True  # "its proximity with Venezuela" (blind audit, round 90: VEN)
    if word != "to" or before not in _NEAR:
        return False
    if before == "adjacent":
        return True
    k = j - 2
    while k >= 0 and t.lower[k] in _SKIPPED:
        k -= 1
    return k >= 0 and (
        t.lower[k] in PLACE_WORDS or t.ent[k] in ("GPE", "LOC", "FAC") or t.lemma[k] in _SITED
    )


# the way a country "is headed" when its course is told as a road: "on the wrong track"
_COURSES = frozenset({"track", "direction", "path", "course", "road"})
# verbs of a course that take a country only as a whole, a nation adrift, not a state acting
_COURSE_VERBS = frozenset({"head", "go", "be"})


def course_subject(t: Tokens, last: int) -> bool:
    """The country ending at ``last`` is where the nation "is headed" ("the country is headed
    off on the wrong track", "where the country is headed"; blind audit, round 89: the United
    States coded as an actor): a poll's abstraction, not a state that acts. "The country went
    to war" and "the country is headed by a junta" stay coded: a course is only the passive
    "is headed" with no agent, or a track or direction."""
    verb = t.head[last]
    if t.dep[last] not in ("nsubj", "nsubjpass") or verb == last:
        return False
    if t.lemma[verb] not in _COURSE_VERBS:
        return False
    near = range(verb + 1, min(len(t.head), verb + 8))
    if t.lemma[verb] == "head" and t.dep[last] == "nsubjpass":
        # "is headed by a junta" is led, not going somewhere
        return not any(t.head[k] == verb and t.dep[k] == "agent" for k in near)
    preps = [k for k in near if t.head[k] == verb and t.lower[k] in ("on", "in", "down")]
    return any(t.head[j] in preps and t.lemma[j] in _COURSES for j in near)


# what flies or is flown over ground: "a no-fly zone over Syria", "flights over Ukraine"
_AIR = frozenset({"zone", "airspace", "sky", "skies", "flight", "fly", "overfly", "drone", "jet",
                  "plane", "aircraft", "patrol", "shoot", "down", "crash"})  # fmt: skip


def over_ground(t: Tokens, prep: int) -> bool:
    """The preposition ``prep`` is an "over" of airspace: "enforcing a no-fly zone over Syria",
    "the jet shot down over Ukraine" name the ground under it, a place (blind audit, round 95:
    SYR); "control over Syria", "a dispute over Iran" do not."""
    return t.lower[prep] == "over" and t.lemma[t.head[prep]].lower() in _AIR


# locatives that make a region the ground: "Muslims in the West", "throughout the West"
_REGION_LOCATIVES = frozenset({"in", "across", "throughout", "within", "around"})


def region_ground(t: Tokens, last: int) -> bool:
    """The region ending at ``last`` is ground, not an actor: after a locative ("extremism in
    the West") or as the homeland of people ("Muslims of the West", "the peoples of the West";
    blind audit, round 104: WST); "Russia warned the West" stays the West acting."""
    prep = t.head[last]
    if t.dep[last] != "pobj" or prep == last:
        return False
    if t.lower[prep] in _REGION_LOCATIVES:
        return True
    if t.lower[prep] != "of":
        return False
    people = t.head[prep]
    return t.tag[people] in ("NNS", "NNPS") and (
        t.ent[people] == "NORP" or t.lemma[people].lower() in _PEOPLE
    )


_PEOPLE = frozenset({"people", "peoples", "citizen", "resident", "inhabitant", "population",
                     "woman", "man", "child", "youth", "worker", "believer", "immigrant",
                     "migrant", "minority", "convert"})  # fmt: skip


# -- pronouns, surnames, names the memory knows ----------------------------------------


# where someone or something went or came from is not where its sentence is: "Guatemala has
# sent 14 people to the United States …, according to the Interior Ministry" (a new user's
# trial, session 30: the Guatemalan ministry the story named went to the United States)
_MOVES = frozenset({"to", "toward", "towards", "into", "from"})


def moved_to(t: Tokens, start: int, end: int) -> bool:
    """True when the place ``start:end`` follows "to", "into", "from" (with "the"), and no
    "where" after it makes it the scene ("extradited to the United States, where he faces")."""
    k = start - 1
    if k >= 0 and t.lower[k] == "the":
        k -= 1
    head = end - 1
    while t.dep[head] == "conj" and t.head[head] < head:
        head = t.head[head]  # "to the United States and Canada": both
    led = t.dep[head] == "pobj" and t.lower[t.head[head]] in _MOVES
    if not led and (k < 0 or t.lower[k] not in _MOVES):
        return False
    after = t.lower[end : end + 2]
    # "remove the armed forces from Mexico's streets": the country owns the place, and is it
    return "where" not in after and not (end < len(t.text) and t.tag[end] == "POS")
