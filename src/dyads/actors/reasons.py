"""A possessive in a verb's reason phrase belongs to the verb's object: "condemned Armenia for
its drills" (the drills are Armenia's, not the condemner's)."""

from __future__ import annotations

from dyads.actors.antecedents import THING_KINDS, copy_ref
from dyads.actors.context import Linker
from dyads.actors.own_noun import POWER_PREPOSITIONS
from dyads.actors.refs import Ref

__all__ = ["gender_of", "object_owns"]


def object_owns(linker: Linker, ref: Ref, by_token: dict[int, Ref]) -> bool:
    """A possessive in the verb's reason phrase is its object's: "condemned Armenia for its
    drills", "praised the police for their work", "accused Duque of his ..." (a check on the
    self-test of --min-confidence: "its" had taken the subject, making the drills Russia's)."""
    t, i = linker.t, ref.start
    if t.dep[i] != "poss" or ref.pron is None:
        return False
    noun = t.head[i]
    prep = t.head[noun]
    verb = t.head[prep]
    if t.dep[noun] != "pobj" or t.dep[prep] != "prep" or t.pos[verb] != "VERB":
        return False
    if t.lower[prep] in POWER_PREPOSITIONS:
        return False  # "protect the officers under their authority": no reason (round 110)
    for k in range(prep - 1, -1, -1):
        if t.sent[k] != t.sent[i] or k < verb:
            break
        obj = by_token.get(k)
        if t.head[k] != verb or t.dep[k] != "dobj" or obj is None or not obj.resolved:
            continue
        person = obj.kind == "person" and obj.number == "sg"
        fits = {
            "person": person and gender_of(linker, obj) in (None, ref.gender),
            "plural": obj.number == "pl",
            "thing": obj.kind in THING_KINDS and obj.form not in ("place", "modifier"),
        }.get(ref.pron, False)
        if fits and obj.actor:
            copy_ref(ref, obj)
            ref.number = obj.number
            return True
    return False


def gender_of(linker: Linker, ref: Ref) -> str | None:
    """The ref's gender, else the one the article's pronouns or the person's given name gave
    the person: "telling Clinton about his personal email practices" is not Clinton's (blind
    audit, round 84: "his" went to Hillary Clinton, whose "Clinton" carries no gender)."""
    info = linker.persons.get(ref.actor or "")
    said = linker.genders.get(ref.actor or "")
    return ref.gender or said or (info.gender if info is not None else None)
