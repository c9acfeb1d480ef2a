"""Clauses a participle cue hangs on that are no speaker's own act (blind audit, round 111):
a time clause under a verb of saying ("Hannity said during a panel after the first-term
senator easily won his primary, remarking that …": Hannity remarks) and a stance on a thing
reported by another ("Cardin said Republicans rejected his attempts, calling it an “area of
contention”": Cardin calls it so). Used by ``dyads.quotes.speakers``."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context

__all__ = ["after_saying", "stance_on_thing"]

_TIME_MARKS = frozenset({"after", "before", "when", "as", "once", "while", "since", "until"})


def after_saying(ctx: Context, clause: Token) -> bool:
    """``clause`` is a time clause with its own subject under an unquoted verb of saying: the
    participle after it goes on from the saying."""
    if clause.dep_ != "advcl" or clause.head == clause or ctx.quoted[clause.head.i]:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return ctx.act(clause.head) == "speech" and clause.head.lemma_.lower() in ctx.lex.speech


def stance_on_thing(ctx: Context, clause: Token) -> bool:
    """``clause``, reported by a verb of saying, is an evaluative verb ("rejected", "praised")
    with a noun for its object: a deed the speaker reports, not words of the clause's subject."""
    if clause.lemma_.lower() not in ctx.lex.evaluative:
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)
