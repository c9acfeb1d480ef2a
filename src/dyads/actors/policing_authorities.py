"""Bare "authorities" who seize or arrest where the police are named doing the same work next
to them are the police (blind audit, round 108x: "authorities confiscated 7.2 metric tons of
narcotics across Colombia, El Colombiano reported. Police also levied fines against 8,012
citizens and arrested 718 people." coded the authorities COLGOV).

Only the seizing or arresting "authorities" of a sentence beside one where the same country's
police (COP) act are recoded; elsewhere "authorities" keep the government, since the words do
not say which body acted. The verbs are ``policing`` of ``dyads/data/actors/not_acting.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from dyads.actors.gazetteer import word_lists
from dyads.records import Mention

__all__ = ["policing_authorities"]

_BARE = frozenset({"authorities", "the authorities", "local authorities"})


@cache
def _verbs() -> frozenset[str]:
    return word_lists("not_acting.yaml")["policing"]


def policing_authorities(doc: Doc, mentions: list[Mention]) -> None:
    """Recode as the police (``COP``) the bare "authorities" who seize or arrest in a sentence
    next to one where that country's police are named (see the module docstring)."""
    sents = {s.start_char: i for i, s in enumerate(doc.sents)}
    starts = sorted(sents)

    def sent_of(char: int) -> int:
        i = 0
        for k, start in enumerate(starts):
            if start <= char:
                i = k
        return i

    police = {(m.country, sent_of(m.span[0])) for m in mentions if m.sector == "COP" and m.country}
    for m in mentions:
        if m.text.lower() not in _BARE or m.sector != "GOV" or not m.country:
            continue
        span = doc.char_span(*m.span, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ not in ("nsubj",) or head.head.lemma_.lower() not in _verbs():
            continue
        here = sent_of(m.span[0])
        if any((m.country, s) in police for s in (here - 1, here, here + 1)):
            m.sector, m.code = "COP", f"{m.country}COP"
            m.actor = f"{m.actor.rsplit(' ', 1)[0]} police" if m.actor else m.actor
