"""Peoples and where they live: an ethnic or national group placed by its own phrase."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.index import MentionIndex
from dyads.records import Mention

__all__ = ["residence"]

_COMMUNITY = {"population", "minority", "community"}


def residence(index: MentionIndex, tok: Token, mention: Mention) -> str | None:
    """The country an ethnic or national group lives in, when its own phrase places it there
    ("ethnic Albanians in south Serbia", "the Albanians of southern Serbia"): event coders code
    such groups by residence."""
    if not mention.country or (mention.sector and mention.sector not in ("CVL", "REB", "OPP")):
        return None
    ethnic = tok.lemma_.lower() in _COMMUNITY or any(
        t.lower_ == "ethnic" for t in tok.subtree if t.i < tok.i
    )
    people = tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and index[tok.i] is mention)
    if not (ethnic or people):
        return None
    for prep in tok.children:
        # "in" places an ethnic group ("Albanian rebels in Macedonia" stay Albanian);
        # "the Albanians of southern Serbia" are its people
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        if prep.lower_ == "in" and not ethnic:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in sorted(obj.subtree, key=lambda t: t.i != obj.i):
                other = index[t.i]
                if other is not None and other.country and other.country != mention.country:
                    return other.country
    return None
