"""Whom a rejection or a censure answers when it names the charge or the deed only by "the".

"Congo's government accused Rwanda of backing the M23 rebels. Rwanda's foreign ministry rejected
the accusation, calling it baseless": the charge is the one the text just reported, so the
rejection answers its accuser (CAMEO 12x toward the accuser, as "rejected Ukraine's
accusations" already is). Only a definite charge with no owner of its own, answered in the same
or the next sentence after an accusation (CAMEO 11x) is read so. A deed named so ("Russia's
Foreign Ministry condemned the expulsion as a provocation", three sentences after "Poland
expelled a Russian diplomat") is its doer's, when the deed was done to the censurer's country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from dyads.events.lexicon import Lexicon
from dyads.events.sides import Arg
from dyads.records import Event

__all__ = ["Found", "answered_accuser", "answered_doer"]

# what names a charge; "the" and "this" point back to the one just reported
_CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "criticism"})
_POINTING = frozenset({"the", "this", "these", "that", "those", "such"})


class Found(Protocol):
    """A coded event and the index of its trigger token (``coder.Coded`` has both)."""

    event: Event
    trigger: int


def answered_accuser(
    verb: Token, code: str, sources: Sequence[Arg], found: Sequence[Found]
) -> list[Arg]:
    """The accuser a rejection or denial ``verb`` (``code`` 12x or 016) by ``sources`` answers
    when its object is "the accusation" (no possessor, no "by"/"from"/"of" owner) and the last
    accusation coded (``found``, in text order), in this sentence or the one before, was aimed
    at the country of one of ``sources``; else []."""
    if code[:2] != "12" and code != "016":
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    rejoinder = verb.dep_ == "relcl" and verb.head.lemma_.lower() in _CHARGES
    if rejoinder:
        obj = verb.head  # "accused the UAE of arming the RSF, a charge the UAE rejected"
    if obj is None or obj.lemma_.lower() not in _CHARGES:
        return []
    if not rejoinder and not _pointed_at(obj):
        return []  # "the Russian accusation", "the accusation by Kyiv": its own owner
    doc = verb.doc
    sent = verb.sent
    earlier = doc[sent.start - 1].sent if sent.start > 0 else sent
    for coded in reversed(found):
        if coded.trigger >= verb.i:
            continue
        if coded.trigger < earlier.start:
            break
        if coded.event.cameo[:2] == "11" and not coded.event.negated:
            accused = coded.event.target.country
            if accused and any(s.side.country == accused for s in sources):
                return [Arg(coded.event.source, obj, "charge-anaphora")]
            return []
    return []


# sentences back a deed named by "the" may have been reported
_DEED_REACH = 3


def answered_doer(
    verb: Token, code: str, lex: Lexicon, sources: Sequence[Arg], found: Sequence[Found]
) -> list[Arg]:
    """The doer of the deed a censure or rejection ``verb`` (``code`` 11x, 12x or 016) by
    ``sources`` names only as "the expulsion", "the arrests": the source of the last event of
    the noun's own CAMEO root coded within three sentences before (``found``, in text order),
    when it was done to the country of one of ``sources``; else [] (a new user's trial, session
    25: "condemned the expulsion as a provocation" had no target)."""
    if code[:2] not in ("05", "11", "12") and code != "016":
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    senses = lex.nouns.get(obj.lemma_.lower()) if obj is not None else None
    root = next((s.code[:2] for s in senses or () if s.code), None)
    if obj is not None and obj.lemma_.lower() in _ACTS and _pointed_at(obj):
        # "welcomed the decision", "condemned the move"
        return _last_deed_doer(verb, obj, sources, found)
    if code[:2] == "05":
        return []
    if obj is None or root is None or not _pointed_at(obj):
        return []
    sent = verb.sent
    first = _sentences_back(verb, _DEED_REACH)
    countries = {s.side.country for s in sources if s.side.country}
    for coded in reversed(found):
        if coded.trigger >= sent.start:
            continue
        if coded.trigger < first:
            break
        event = coded.event
        if event.cameo[:2] == root and not event.negated:
            return (
                [Arg(event.source, obj, "deed-anaphora")]
                if event.target.country in countries
                else []
            )
    return []


# nouns that name whatever was just done: "condemned the decision", "criticised the move" (a
# new user's trial, session 27: the EU's sanctions on Iran, condemned by Iran and by Russia,
# had no target)
_ACTS = frozenset({"decision", "move", "step", "measure", "action"})
# roots of deeds, not words: what "the move" can stand for
_DEEDS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})


def _last_deed_doer(
    verb: Token, obj: Token, sources: Sequence[Arg], found: Sequence[Found]
) -> list[Arg]:
    """The doer of the last deed a main clause told in this sentence before ``verb`` or the
    three before, when it is not one of ``sources``' own countries; else []."""
    first = _sentences_back(verb, _DEED_REACH)
    own = {s.side.country for s in sources if s.side.country}
    for coded in reversed(found):
        if coded.trigger >= verb.i:
            continue
        if coded.trigger < first:
            break
        event = coded.event
        if event.cameo[:2] in _DEEDS and not event.negated and _main(verb.doc[coded.trigger]):
            doer = event.source
            return [] if doer.country in own else [Arg(doer, obj, "deed-anaphora")]
    return []


def _sentences_back(verb: Token, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``verb``'s (or of the first)."""
    first = verb.sent.start
    for _ in range(n):
        first = verb.doc[first - 1].sent.start if first > 0 else first
    return first


def _main(trigger: Token) -> bool:
    """The trigger is its sentence's main deed, not one inside a relative or reported clause
    ("companies it accuses of supplying drones to Russia for its war in Ukraine")."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl", "pcomp", "pobj"):
            return False
        tok = tok.head
    return True


def _pointed_at(obj: Token) -> bool:
    """ "the expulsion", "this decision": a definite noun with no owner of its own."""
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in obj.children):
        return False
    owned = any(c.dep_ in ("poss", "amod", "compound") for c in obj.children)
    # "the expulsion of the diplomat by Poland" has its own; "the expulsion as a provocation" not
    return not owned and not any(c.dep_ == "prep" and c.lower_ != "as" for c in obj.children)
