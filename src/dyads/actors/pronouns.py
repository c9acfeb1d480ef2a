"""Pronouns, surname-only names and names the actor memory knows; bracketed short forms.

These refs are emitted unresolved and resolved by :func:`dyads.actors.coref.resolve`; an
expletive "it" ("it is clear that") is no reference at all.
"""

from __future__ import annotations

from dyads.actors import relatives
from dyads.actors.context import Linker
from dyads.actors.given_names import is_given_name
from dyads.actors.place_lists import among_places
from dyads.actors.refs import AGENT_ADJECTIVES, COPULAS, PRONOUNS, SITUATION_NOUNS

RAISING_VERBS = {"seem", "appear", "happen", "transpire"}
WEATHER_VERBS = {"rain", "snow"}
OBJECT_RAISING = {"make", "find", "consider", "deem", "think", "believe"}
MARKERS = {"to", "that", "whether", "if", "how", "why", "what", "when"}
# verbs whose object "it" is what was said or known, never a body or country
CLAIM_VERBS = {"deny", "confirm", "say", "announce", "reject", "dismiss", "report", "explain",
               "describe", "call", "know", "believe", "doubt", "admit", "acknowledge", "repeat",
               "prove", "disprove", "verify", "publish", "post", "tweet", "read"}  # fmt: skip
CLAUSES = {"ccomp", "xcomp", "csubj", "advcl"}  # not a relative clause ("a country that …")


def abbreviations(lk: Linker) -> None:
    """ "the Revolutionary United Front (RUF)": a bracketed short form right after a coded
    name is that actor (so later pronouns and short forms resolve to it)."""
    t = lk.t
    by_end = {r.end: r for r in lk.refs if r.code}
    for ref in lk.refs:
        s = ref.start
        if ref.code or s < 2 or t.text[s - 1] != "(" or ref.end >= len(t.text):
            continue
        if t.text[ref.end] != ")" or not t.text[s].isupper():
            continue
        full = by_end.get(s - 1)
        if full is None:
            continue
        ref.actor, ref.code, ref.kind = full.actor, full.code, full.kind
        ref.country, ref.sector, ref.igo_type = full.country, full.sector, full.igo_type
        ref.resolved = True


def pronouns_and_names(lk: Linker) -> None:
    t = lk.t
    n = len(t.text)
    memory = lk.memory
    for i in range(n):
        if lk.used[i]:
            continue
        low = t.lower[i]
        pron = PRONOUNS.get(low)
        if pron is not None:
            if pron[0] == "thing" and not referential_it(lk, i):
                continue
            number = "pl" if pron[0] == "plural" else "sg"
            lk.new_ref(
                i,
                i + 1,
                form="pronoun",
                pron=pron[0],
                gender=pron[1],
                number=number,
                resolved=False,
            )
            continue
        word = t.text[i]
        # "Trump blamed Clinton" opening a sentence is tagged a common noun; as a subject the
        # surname of a person the article named is that person (blind audit, round 41: the
        # accusation was lost)
        subject = t.pos[i] == "NOUN" and t.dep[i] in ("nsubj", "nsubjpass") and word in lk.surnames
        if not t.title[i] or (t.pos[i] != "PROPN" and not subject):
            continue
        if relatives.family_member(lk, i):
            continue  # "the newest Clinton" (blind audit, round 88)
        if (
            word in lk.surnames
            and not _names_a_thing(lk, i)
            and not among_places(lk, i, i + 1, strict=True)
            and not _another_s_name(lk, i)
        ):
            lk.new_ref(i, i + 1, actor=lk.surname_actor(word, i), form="surname", resolved=False)
            continue
        if memory is None:
            continue
        for words in memory.names_starting(word):
            k = len(words)
            if tuple(t.text[i : i + k]) == words and not any(lk.used[i : i + k]):
                known = lk.known(" ".join(words))
                if known is not None:
                    lk.new_ref(
                        i,
                        i + k,
                        kind=known.kind,
                        actor=known.name,
                        form="surname",
                        resolved=False,
                    )
                break


# the head of a building's, a place's or a work's name: "Trump Tower space", "the Reagan
# Library" are no people (blind audit, rounds 11-12: "Trump Tower" coded as Trump, twice)
THING_HEADS = {
    "tower", "towers", "hotel", "plaza", "building", "center", "centre", "stadium", "airport",
    "street", "avenue", "boulevard", "bridge", "library", "hall", "park", "square", "memorial",
    "museum", "casino", "resort", "highway", "doctrine",
}  # fmt: skip


def _another_s_name(lk: Linker, i: int) -> bool:
    """The surname at ``i`` goes on a given name the person named before lacks: "Sergio
    Villareal Barragan" is no "Edgar Valdez Villareal" (blind audit, round 107: a shared Spanish
    surname gave the assassin the other man's actor)."""
    t = lk.t
    j = i - 1
    if j < 0 or not t.title[j] or t.pos[j] != "PROPN" or not is_given_name(t.text[j]):
        return False
    return t.text[j] not in lk.surnames[t.text[i]].split()


def _names_a_thing(lk: Linker, i: int) -> bool:
    t = lk.t
    k = i + 1
    return k < len(t.text) and t.title[k] and t.lower[k] in THING_HEADS


def referential_it(lk: Linker, i: int) -> bool:
    """False for an expletive "it": "it is important to/that …", "it's of utmost importance
    that …", "it seems …", "it rained", "make it clear that …"; "it is ready to" names an
    agent and stays."""
    t = lk.t
    if t.lower[i] != "it":
        return True
    if t.dep[i] == "expl":
        return False
    head = t.head[i]
    lemma = t.lemma[head]
    if lemma in WEATHER_VERBS or (t.dep[i] == "nsubj" and lemma in RAISING_VERBS):
        return False
    if t.dep[i] == "dobj" and lemma in CLAIM_VERBS:
        return False  # "Mexican officials denied it": a claim, not an actor
    nxt = t.lower[head + 1] if head + 1 < len(t.text) else ""
    if t.dep[i] == "nsubj" and (
        (lemma == "come" and nxt == "to") or (lemma == "take" and t.dep[head] == "relcl")
    ):
        return False  # "when it comes to X", "the time it takes" (blind audit, round 9)
    k = i + 2  # "It is also worth considering" (blind audit, round 111: USA): past adverbs
    while k + 1 < len(t.text) and t.pos[k] == "ADV" and t.sent[k] == t.sent[i]:
        k += 1
    after = t.lower[k] if k < len(t.text) else ""
    copula = k < len(t.text) and t.lower[i + 1] in ("is", "was", "'s", "’s")
    if after in AGENT_ADJECTIVES:
        return True  # "it is ready to talk"
    if copula and t.pos[k] == "ADJ":
        return False
    if copula and t.lemma[head] == "be" and _situation(lk, head):
        return False  # "It is a troubling turn": what happened, not who
    subject = t.dep[i] in ("nsubj", "nsubjpass") and lemma in COPULAS
    # "made it clear that", "find it hard to": a small clause under a raising verb
    if t.dep[i] == "nsubj" and _takes(lk, head):
        return False  # "it is going to take a lot more than one report to dent …" (round 19)
    small = t.pos[head] == "ADJ" and t.lemma[t.head[head]] in OBJECT_RAISING
    obj = t.dep[i] == "dobj" and lemma in OBJECT_RAISING
    return not ((subject or obj or small) and _extraposed(lk, head))


def _takes(lk: Linker, head: int) -> bool:
    """ "it takes X to Y", "it will take …", "it is going to take …": the time or effort an
    infinitive needs, no actor."""
    t = lk.t
    verb = head
    if t.lemma[head] == "go":
        verb = next(
            (k for k in range(head + 1, min(len(t.text), head + 4)) if t.head[k] == head
             and t.dep[k] == "xcomp"),
            head,
        )  # fmt: skip
    return t.lemma[verb] == "take" and _extraposed(lk, verb)


def _situation(lk: Linker, head: int) -> bool:
    t = lk.t
    attrs = [k for k in range(head + 1, min(len(t.text), head + 6)) if t.head[k] == head]
    return any(t.dep[k] == "attr" and t.lemma[k] in SITUATION_NOUNS for k in attrs)


def _extraposed(lk: Linker, head: int) -> bool:
    """The clause ``head`` (or its complement) governs a to-infinitive or that/whether clause
    after it: what an expletive "it" stands in for."""
    t = lk.t
    sent = t.sent[head]
    n = len(t.text)
    end = head
    while end < n and t.sent[end] == sent:
        end += 1
    anchors = {head}
    for _ in range(2):  # the complement ("importance") and its preposition ("of")
        anchors |= {
            k
            for k in range(head + 1, end)
            if t.head[k] in anchors and t.dep[k] in ("acomp", "attr", "prep", "pobj", "oprd")
        }
    for k in range(head + 1, end):
        if t.head[k] in anchors and t.dep[k] in CLAUSES:
            first = min(m for m in range(head + 1, k + 1) if m == k or t.head[m] == k)
            if t.lower[first] in MARKERS or t.lower[k - 1] == "to":
                return True
    return False
