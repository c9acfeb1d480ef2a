"""Role words in their everyday sense, where they name no actor: "shot him in the back of the
head", "the paper used to print bolivars", "joined forces with the PCC", "attributed to her
leadership", "the opposition to Trump" (moved from :mod:`dyads.actors.groups` in round 85;
each rule's blind-audit round is at its entry).
"""

from __future__ import annotations

from collections.abc import Callable

from dyads.actors.context import Linker

# forces of a kind no one commands (blind audit, round 64: "economic forces" coded USAMIL)
_ABSTRACT_FORCES = frozenset({"economic", "market", "political", "social", "natural", "global",
                              "cultural", "historical", "dark", "unseen", "invisible",
                              # workforces (blind audit, round 98: "local labor forces" USAMIL)
                              "labor", "labour", "work"})  # fmt: skip


def _joined_forces(lk: Linker, i: int) -> bool:
    """ "joined forces with the PCC": an idiom, no armed forces (blind audit, round 21); nor
    are "the forces of hate" (round 32: coded DEUMIL), of the market or of change: forces "of"
    a common noun that names no people."""
    t = lk.t
    if i > 0 and t.lemma[i - 1] == "join":
        return True
    if _camp_of_person(lk, i):
        return True
    if i > 0 and t.lower[i - 1] in _ABSTRACT_FORCES:
        return True  # "the economic forces that are destroying the middle class" (round 64)
    if i + 2 >= len(t.text) or t.lower[i + 1] != "of":
        return False
    j = i + 2
    while j < len(t.text) and t.dep[j] in ("det", "amod", "compound"):
        j += 1
    return (
        j < len(t.text)
        and t.tag[j] == "NN"
        and lk.entry_at[j] is None
        and t.lower[j] not in lk.gaz.roles
    )


_POLITICIANS = frozenset({"PTY", "LEG", "OPP"})  # sectors whose camps are political


def _camp_of_person(lk: Linker, i: int) -> bool:
    """ "anti-Trump forces", "pro-Sanders forces": the camp for or against a candidate or
    party politician, no armed force (blind audit, round 92: USAMIL); "anti-Assad forces",
    "pro-Russian forces" stay armed forces."""
    t = lk.t
    if i < 3 or t.text[i - 2] != "-" or t.lower[i - 3] not in ("anti", "pro"):
        return False
    full = lk.surnames.get(t.text[i - 1])
    known = lk.known(full) if full is not None else None
    return known is not None and known.sector in _POLITICIANS


def _a_quality(lk: Linker, i: int) -> bool:
    """ "attributed to her leadership": a person's quality, not a body (round 19)."""
    return i > 0 and lk.t.lower[i - 1] in ("his", "her")


def _head_of(lk: Linker, i: int) -> bool:
    """ "head" as a title: of something ("the head of the commission"), or of a named or
    possessed body ("the agency's head", "DEA head", "the military head")."""
    t = lk.t
    if i + 1 < len(t.text) and t.lower[i + 1] == "of":
        return not _head_of_a_place(lk, i)
    if _body_part(lk, i):
        return False
    return i > 0 and t.dep[i - 1] in ("compound", "poss", "amod") and t.lower[i - 1] != "the"


# things whose "head" is their front or top end, not a leader (blind audit, round 101: "Rubin
# at the head of the table" USAGOV)
_ENDS = frozenset({
    "table", "line", "queue", "pack", "class", "list", "column", "procession", "parade",
    "bed", "stairs", "staircase", "valley", "river", "bay", "lake", "page", "field", "pier",
    "room", "train", "convoy", "march", "pin", "hammer", "nail", "spear", "arrow", "stream",
})  # fmt: skip


def _head_of_a_place(lk: Linker, i: int) -> bool:
    """ "at the head of the table", "the head of the line": the front or top end of a thing."""
    t = lk.t
    j = i + 2
    while j < len(t.text) and t.dep[j] in ("det", "amod", "compound", "poss"):
        j += 1
    return j < len(t.text) and t.lemma[j].lower() in _ENDS


# what one does with one's own head: "scratching their head", "shook his head"
_HEAD_MOVES = frozenset({
    "scratch", "shake", "nod", "bow", "hang", "lower", "raise", "lift", "tilt", "cock", "rub",
    "bury", "bang", "duck", "turn", "hold",
})  # fmt: skip


def _body_part(lk: Linker, i: int) -> bool:
    """ "more than one researcher scratching their head": a person's own head moved or
    touched, the body part (blind audit, round 95: "head" coded USAGOV)."""
    t = lk.t
    own = i > 0 and t.tag[i - 1] == "PRP$"
    return own and t.dep[i] == "dobj" and t.lemma[t.head[i]].lower() in _HEAD_MOVES


# what a newspaper has that its possessive names: "the paper's editor", "the network's anchor"
_NEWSROOM = frozenset({"editor", "reporter", "correspondent", "anchor", "host", "journalist",
                       "columnist", "coverage", "report", "reporting", "website", "site",
                       "broadcast", "program", "programme", "show", "interview", "poll",
                       "investigation", "story", "headline", "article", "edition", "page",
                       "owner", "publisher", "president", "chief", "executive", "staff",
                       "newsroom", "editorial", "audience", "viewer", "reader",
                       "ratings"})  # fmt: skip


# what a newspaper does when "the paper" names one: reports, says, is told or cited
_REPORTING = {"say", "report", "write", "publish", "reveal", "tell", "cite", "quote", "add",
              "note", "claim", "find", "obtain", "see", "interview", "accord"}  # fmt: skip


def _reporting(lk: Linker, i: int) -> bool:
    """ "the paper said", "told the paper", "according to the paper", "the paper's editor":
    "paper" names a newspaper only where it reports or is reported to."""
    t = lk.t
    if t.dep[i] == "poss":
        # "the paper's editor"; not "the dismantled network's alleged ties" (round 104)
        return t.lemma[t.head[i]].lower() in _NEWSROOM
    head = t.head[i]
    if t.dep[i] == "pobj" and head != i:
        head = t.head[head]  # "according to the paper", "in an interview with the paper"
    return t.lemma[head] in _REPORTING


# role words with an everyday sense, and when a mention is in that sense: "shot him in the back
# of the head" (round 18: USAGOV), "the paper used to print bolivars" (round 18: Reuters)
OTHER_SENSES: dict[str, Callable[[Linker, int], bool]] = {
    "head": lambda lk, i: not _head_of(lk, i),
    "paper": lambda lk, i: not _reporting(lk, i),
    # "the network" of arms smugglers is no broadcaster (blind audit, round 40: resolved to El
    # Espectador); nor a "channel" for drugs or an "outlet" for cash
    "network": lambda lk, i: not _reporting(lk, i),
    "channel": lambda lk, i: not _reporting(lk, i),
    "outlet": lambda lk, i: not _reporting(lk, i),
    "forces": _joined_forces,
    # "an army of Bernie Sanders supporters": a crowd, no armed force (round 85: USAMIL)
    "army": lambda lk, i: _crowd_of(lk, i),
    "leadership": _a_quality,
    # "His moral authority as the country's first black commander in chief" (round 84: GOV)
    "authority": lambda lk, i: i > 0 and lk.t.lower[i - 1] in _QUALITIES,
    # "who will lead the opposition to Trump in Congress": opposing, no movement (round 84)
    "opposition": lambda lk, i: _opposing(lk, i),
    # "the Gang of Eight" senators who wrote a bill (blind audit, round 88: USACRM)
    "gang": lambda lk, i: _numbered_name(lk, i),
    # "increase its prison population": a count of people, no civilians (round 101: COLCVL)
    "population": lambda lk, i: _a_count(lk, i),
    # "the men would face justice in Brazil": the idea, no court (round 104: BRAJUD)
    "justice": lambda lk, i: _bare_idea(lk, i),
    # "the administration of citizen security": management (round 104: VENGOV)
    "administration": lambda lk, i: _managing(lk, i),
}
_QUALITIES = frozenset({"his", "her", "moral", "political", "legal", "constitutional"})
# what is counted ("prison population"), and the verbs of changing a count
_COUNTED = frozenset({"prison", "inmate", "jail", "detainee", "penitentiary", "incarcerated"})
_SIZED = frozenset({"increase", "reduce", "decrease", "cut", "double", "triple", "halve",
                    "grow", "shrink", "swell", "expand", "lower", "raise"})  # fmt: skip


def _bare_idea(lk: Linker, i: int) -> bool:
    """ "face justice", "bring them to justice", "obstruction of justice", "social justice": a
    lower-case singular role word with no determiner, possessor or demonym of its own names
    the idea; "the justice", "a Supreme Court justice", "Brazilian justice" name judges or
    courts."""
    t = lk.t
    if not t.text[i].islower():
        return False
    own = [k for k in range(max(0, i - 4), i) if t.head[k] == i]
    return all(t.dep[k] == "amod" and t.text[k].islower() and not t.ent[k] for k in own)


def _managing(lk: Linker, i: int) -> bool:
    """ "the administration of citizen security", "the administration of Venezuela's prisons":
    "administration of" a common noun is the managing of it; "the administration of President
    Maduro" (a name) or "of the country" (a state) is a government."""
    t = lk.t
    if not t.text[i].islower() or i + 1 >= len(t.text) or t.lower[i + 1] != "of":
        return False
    k = next((k for k in range(i + 2, min(len(t.text), i + 8)) if t.head[k] == i + 1
              and t.dep[k] == "pobj"), -1)  # fmt: skip
    if k < 0 or t.pos[k] != "NOUN" or t.ent[k] or lk.entry_at[k] is not None:
        return False
    return t.lemma[k].lower() not in _POLITIES


# common nouns of a polity: "the administration of the city" is its government
_POLITIES = frozenset({"country", "nation", "state", "city", "province", "region", "territory",
                       "county", "municipality", "island", "republic", "kingdom"})  # fmt: skip


def _a_count(lk: Linker, i: int) -> bool:
    """ "its prison population", "to reduce the population": a number of people, no actor."""
    t = lk.t
    if i > 0 and t.lower[i - 1] in _COUNTED:
        return True
    return t.dep[i] in ("dobj", "nsubj") and t.lemma[t.head[i]].lower() in _SIZED


def _opposing(lk: Linker, i: int) -> bool:
    """ "the opposition to Trump", "opposition to the bill": the act of opposing someone or
    something, not an opposition movement; "the opposition to the government" may be one."""
    t = lk.t
    if i + 1 >= len(t.text) or t.lower[i + 1] != "to":
        return False
    k = i + 2
    while k < len(t.text) and t.dep[k] in ("det", "amod", "compound", "poss", "case"):
        k += 1
    return k >= len(t.text) or t.lower[k] not in ("government", "regime")


def _crowd_of(lk: Linker, i: int) -> bool:
    """ "an army of volunteers", "a small army of lawyers": "a(n) … army of" names a crowd."""
    t = lk.t
    if i + 1 >= len(t.text) or t.lower[i + 1] != "of":
        return False
    k = i - 1
    while k >= 0 and t.pos[k] == "ADJ":
        k -= 1
    return k >= 0 and t.lower[k] in ("a", "an")


_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "fourteen", "twenty"})  # fmt: skip


def _numbered_name(lk: Linker, i: int) -> bool:
    """ "the Gang of Eight", "the Gang of 14": a capitalised group word before "of" and a
    number is a coalition's name (senators who drafted a bill), no criminal gang."""
    t = lk.t
    if not t.text[i][:1].isupper() or i + 2 >= len(t.text) or t.lower[i + 1] != "of":
        return False
    return t.lower[i + 2] in _NUMBERS or t.text[i + 2].isdigit()


# words a likeness runs through: "voted as a gang", "behaved like an army"
_LIKENESS = frozenset({"as", "like"})


def likened(lk: Linker, start: int) -> bool:
    """ "The Gang of Eight voted as a gang", "they acted like a cartel": a singular group word
    after "as a" or "like a" says how someone acts or what they are like, no group of its own
    (blind audit, round 88: "as a gang" coded USACRM)."""
    t = lk.t
    k = start - 1
    while k >= 0 and t.pos[k] == "ADJ":
        k -= 1
    return k >= 1 and t.lower[k] in ("a", "an") and t.lower[k - 1] in _LIKENESS
