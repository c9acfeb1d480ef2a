"""A report in a fronted clause of time is not the main clause's speaker: "At the moment
Sanders announced his candidacy last spring, Mook was holding a meeting" (moved from
:mod:`dyads.quotes.syntax`)."""

from __future__ import annotations

from spacy.tokens import Token

_MOMENTS = frozenset({"moment", "time", "day", "minute", "instant", "hour", "week", "point"})


def after_when(cue: Token, comp: Token) -> bool:
    """The cue is in a clause of time fronted to the main one, which the parser made its
    content: "At the moment Sanders announced his candidacy last spring, Mook was holding a
    meeting" (blind audit, round 54: "Mook was holding a meeting" stored as Sanders's)."""
    subjects = [c.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    fronted = any(
        c.dep_ == "prep" and c.i < min(subjects, default=cue.i)
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _MOMENTS for g in c.children)
        for c in cue.children
    )  # fmt: skip
    if not fronted or comp.i < cue.i:
        return False
    return any(t.text == "," for t in cue.doc[cue.i + 1 : comp.i])
