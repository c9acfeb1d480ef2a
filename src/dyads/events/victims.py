"""Counted people acted upon by a domestic force: that country's civilians.

"Police arrested 718 people", "seven people were murdered by rebels": the patient is a number
of people the actors stage gives no code (a bare "people" names no one), so the event had no
target and was lost (blind audit, round 84: both listed missed). Event coders code such
victims as the civilians of the country the acting body belongs to (ICEWS's "Citizen
(Colombia)"; CAMEO's ``CVL``), when the actor is one that acts at home: police, courts,
rebels, gangs, a government. A military may fight abroad ("Israeli troops killed 20 people"
are no Israeli civilians), so its victims stay uncoded, as do those the clause places in
another country ("killed 20 people in Syria", "killed 23 people … when they blew themselves up
in Tel Aviv"): :func:`.arguments.locative` codes such a place when it can.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.actors.gazetteer import load_gazetteer
from dyads.events.sides import Arg, MentionIndex
from dyads.events.words import words
from dyads.nlp import doc_text
from dyads.records import Side

__all__ = ["HARM_ROOTS", "against_a_crime", "counted_people"]

# coerce (arrest, detain), assault, fight, mass violence: a patient that is hurt or held
HARM_ROOTS = frozenset({"17", "18", "19", "20"})
# sectors that act on their own country's people
_HOME_SECTORS = frozenset({"COP", "JUD", "REB", "CRM", "GOV", "INS", "PRM", "UAF"})
_PEOPLE = words("people")
_QUANTITIES = words("quantities")
_PLACE_PREPS = frozenset({"in", "into", "inside", "across", "throughout", "near"})
_CAUGHT_IN = words("caught_in")
_CRIMES = words("crimes")
_CRIME_ROLES = words("crime_roles")


def against_a_crime(objects: Sequence[Token]) -> bool:
    """The deed's object is a crime, not a party: "to fight drug trafficking in Central America"
    is against the trade, the region is only where (blind audit, round 107's listed missed facts:
    the promise coded 1384 against Guatemala)."""
    return any(o.lemma_.lower() in _CRIMES for o in objects)


def _in_crime(people: Token) -> bool:
    """The people are named by a part in a crime: "13 people working as drug mules" (own
    reading, seed 81: coded civilians)."""
    return any(t.lemma_.lower() in _CRIME_ROLES for t in people.subtree if t.i > people.i)


def _for_a_crime(verb: Token) -> bool:
    """The deed is done to people for a crime: "arrested 48 people for siphoning", "ten people
    were arrested ... in possession of bags of marijuana" (own reading, seed 81)."""
    for prep in verb.children:
        # caught "in the act" or "red-handed": the people are the crime's suspects (blind
        # audit, round 95: "The police arrested two people in the act" coded civilians)
        if prep.lower_ in ("handed", "red-handed", "redhanded") and any(
            c.lower_ == "red" for c in prep.subtree
        ):
            return True
        if prep.lower_ == "in" and any(o.lower_ in _CAUGHT_IN for o in prep.children):
            return True
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on"):
            continue
        for obj in prep.children:
            words = {t.lemma_.lower() for t in obj.subtree if t.pos_ in ("NOUN", "VERB")}
            if obj.dep_ in ("pobj", "pcomp") and words & _CRIMES:
                return True
    return False


def _counted(tok: Token) -> bool:
    """ "718 people", "seven people", "dozens of people", "several villagers"."""
    if tok.lemma_.lower() not in _PEOPLE or tok.tag_ not in ("NNS", "NN"):
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _QUANTITIES for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lemma_.lower() in _QUANTITIES or head.head.pos_ == "NUM")
    )


def _patient(tok: Token) -> Token:
    """The people noun of "dozens of people" (the patient token is "dozens")."""
    if tok.lemma_.lower() in _QUANTITIES or tok.pos_ == "NUM":
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return tok


def _elsewhere(index: MentionIndex, heads: Sequence[Token], country: str) -> bool:
    """The sentence names a place of another country ("in Syria", "when they blew themselves
    up in Tel Aviv"): the victims may be its people, not the actor's."""
    for head in heads[:1]:
        for t in head.sent:
            mention = index[t.i]
            if mention is None or mention.kind != "country" or not mention.country:
                continue
            if mention.country != country:
                return True
    return False


def counted_people(
    index: MentionIndex, patients: Sequence[Token], heads: Sequence[Token], sources: list[Arg]
) -> list[Arg]:
    """The counted people among ``patients`` (the trigger's object or passive subject), as the
    civilians (``CVL``) of the one country all ``sources`` share, when every source is a body
    that acts at home (``_HOME_SECTORS``) and nothing in the clause (``heads``: the trigger and
    its objects) places the deed in another country; else ``[]``."""
    countries = {s.side.country for s in sources}
    if len(countries) != 1 or not all(s.side.sector in _HOME_SECTORS for s in sources):
        return []
    country = next(iter(countries))
    if country is None or _elsewhere(index, heads, country):
        return []
    gaz = load_gazetteer()
    found = []
    for tok in patients:
        person = _patient(tok)
        if index[person.i] is not None or not _counted(person):
            continue
        phrase = list(tok.subtree)
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        adjective = gaz.adjective(country) or country
        # "arrested 48 people for siphoning": suspects of a crime (ICEWS's "Criminal"; blind
        # audit, round 92: coded civilians)
        suspects = _for_a_crime(heads[0]) or _for_a_crime(person) or _in_crime(person)
        sector, kind = ("CRM", "criminals") if suspects else ("CVL", "civilians")
        side = Side(text=doc_text(tok.doc)[start:end], span=(start, end),
                    actor=f"{adjective} {kind}", code=country + sector,
                    country=country, sector=sector)  # fmt: skip
        found.append(Arg(side, person, "counted-people"))
    return found
