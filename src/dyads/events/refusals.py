"""Refusals: a cooperative act announced as one that will not happen ("will not lift
sanctions", "said it would not meet") is coded as CAMEO's refusal (12x) by
:func:`dyads.events.moods.recode`, not as a negated act."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.factuality import reported_speech
from dyads.events.lexicon import Lexicon

__all__ = ["will_not"]


def will_not(trigger: Token, lex: Lexicon) -> bool:
    """ "will not lift", "won't accept", "said it would not meet": a negated future (or the future
    of reported speech) on the trigger or the verb it hangs off (not "no plans to": the absence
    of a plan is not a refusal)."""
    tok = trigger
    for _ in range(3):
        kids = list(tok.children)
        aux = {c.lower_ for c in kids if c.dep_ == "aux"}
        future = aux & lex.modality.future_aux or "wo" in aux
        future = future or (bool(aux & {"would", "'d", "’d"}) and reported_speech(tok, lex))
        if future and any(c.dep_ == "neg" for c in kids):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False
