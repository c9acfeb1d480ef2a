"""A "they" that opens what a body said is that body's: "House Democrats … seized the floor
from Republicans on Wednesday and said they would refuse to leave until they got a vote" (blind
audit, round 110: both "they" went to Republicans, the nearest group). The subject of the
saying verb, or of the verb it is joined to by "and", is the antecedent; a "they" of a clause
under that one ("until they got a vote") goes on with the first. Used by
:mod:`dyads.actors.antecedents`.
"""

from __future__ import annotations

from dyads.actors.binding import says
from dyads.actors.context import Linker
from dyads.actors.refs import SUBJECT_DEPS, Ref
from dyads.actors.tokens import Tokens

__all__ = ["sayer_they"]

_KINDS = frozenset({"group", "organisation", "media", "country"})
_UNDER = frozenset({"advcl", "xcomp", "ccomp"})  # a clause under the reported one


def sayer_they(linker: Linker, ref: Ref, recent: list[Ref]) -> Ref | None:
    """The group whose saying the subject "they" at ``ref`` opens, else None."""
    t = linker.t
    k = ref.start
    if t.dep[k] != "nsubj" or t.lower[k] != "they":
        return None
    verb = t.head[k]
    if t.dep[verb] == "ccomp" and says(t, t.head[verb]):
        found = _subject_ref(t, t.head[verb], recent)
        return found if found is not None and found.kind in _KINDS else None
    if t.dep[verb] in _UNDER and t.head[verb] != verb:
        # "said they would refuse to leave until they got": the first "they", once resolved
        above = _subject_ref(t, t.head[verb], recent)
        if above is not None and above.form == "pronoun" and above.resolved and above.actor:
            return above
    return None


def _subject_ref(t: Tokens, verb: int, recent: list[Ref]) -> Ref | None:
    """The ref of the subject of ``verb``, or of the verb it is joined to by "and"."""
    for _ in range(3):
        subjects = [i for i in range(max(0, verb - 40), verb)
                    if t.head[i] == verb and t.dep[i] in SUBJECT_DEPS]  # fmt: skip
        if subjects:
            s = subjects[-1]
            return next((r for r in reversed(recent) if r.start <= s < r.end), None)
        if t.dep[verb] != "conj" or t.head[verb] == verb:
            return None
        verb = t.head[verb]
    return None
