"""Arguments of a predicative adjective or participle: "X is concerned about Y", "X is
opposed to Y" (the frame of :mod:`.arguments`, on its helpers)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.arguments import (
    WH,
    Args,
    args_of,
    children,
    others,
    pobjs,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from dyads.events.lexicon import Lexicon, Sense
from dyads.events.sides import MentionIndex

__all__ = ["adjective_args"]


def adjective_args(index: MentionIndex, lex: Lexicon, adj: Token, sense: Sense) -> Args:
    """ "X is concerned about Y", "X is opposed to Y": the subject of the predicate and the
    object of the sense's preposition (or the actor a free relative there is about)."""
    head = adj.head if adj.dep_ in ("acomp", "attr") else adj
    subj, path, inherited = subject_of(head)
    sources = args_of(index, with_conjuncts([subj]), path) if subj is not None else []
    if not sources and adj.tag_ == "VBN":
        sources = args_of(index, with_conjuncts(children(adj, "nsubjpass")), "nsubjpass")
    preps = sense.preps or lex.default_preps
    found = [a for w, t in prep_objects(adj, preps) for a in args_of(index, [t], f"prep:{w}")]
    for prep in children(adj, "prep"):
        if found or prep.lower_ not in preps:
            continue
        # "concerned about what he described as Armenia's deepening ties": the object of a
        # clause standing as the preposition's object
        for clause in children(prep, "pcomp"):
            inner = [t for t in children(clause, "dobj") if t.lower_ not in WH]
            inner += [t for p in children(clause, "prep") if p.lower_ == "as" for t in pobjs(p)]
            found += args_of(index, inner, f"prep:{prep.lower_}")
    return sources, others(found, sources)[:1], inherited
