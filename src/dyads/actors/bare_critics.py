"""Unnamed critics are no opposition: "critics say the 50 municipalities that the plan
initially targeted were selected based on faulty criteria" was coded as the Salvadoran
opposition (SLVOPP), which the text does not support (blind audit, round 111; the speaker of
such a claim was already cleared by :mod:`dyads.quotes.critics`, round 108x).

Only critics who are a clause's subject ("critics say", "critics have called it cruel"), and
whose words tie them to no side or place: "his critics", "critics of the regime", "opposition
critics", "critics in Venezuela" and critics a state jails keep their code.
The nouns are ``critics`` of ``dyads/data/actors/not_acting.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from dyads.actors.gazetteer import word_lists
from dyads.records import Mention

__all__ = ["bare_critics"]

# what names whose critics they are, or where: "his critics", "critics of the regime"
_NAMING = frozenset({"poss", "prep", "compound", "amod", "nmod", "appos", "acl", "relcl"})


@cache
def _critics() -> frozenset[str]:
    return word_lists("not_acting.yaml")["critics"]


def bare_critics(doc: Doc, mentions: list[Mention]) -> None:
    """Uncode the plural critics, a clause's subject, coded as an opposition whose own words
    name no side or place: nobody the text identifies (see the module docstring)."""
    for m in mentions:
        if m.sector != "OPP" or m.kind == "person":
            continue
        span = doc.char_span(*m.span, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        head = span.root
        if head.lemma_.lower() not in _critics() or head.tag_ != "NNS":
            continue
        if head.dep_ != "nsubj" or any(c.dep_ in _NAMING for c in head.children):
            continue  # critics a state jails are its dissidents (round 85: MMROPP)
        m.actor, m.code, m.country, m.sector = m.text, None, None, None
