"""A statement noun with its content clause and author as an indirect quotation: "Peskov's
statement that the talks had stalled", "a claim by the ministry that …"."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.authors import author_of
from dyads.quotes.clauses import clause_span
from dyads.quotes.context import Context, Draft, Span, mostly_inside
from dyads.quotes.misreads import relative_that
from dyads.quotes.syntax import has_mark, phrase_span

_NOUN_CONFIDENCE = 0.7
_RELATIVE = frozenset({"who", "which", "that", "whose"})


def noun_draft(ctx: Context, noun: Token, direct_spans: list[Span]) -> Draft | None:
    """A statement noun with its content clause and its author: "Peskov's statement that the
    talks had stalled", "a claim by the ministry that …"."""
    comp = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "appos") and has_mark(c, ("that",))
        ),
        None,
    )
    if comp is None or noun.dep_ == "ROOT":  # a noun as root: a headline or a misparse
        return None
    if relative_that(comp):
        return None  # "a claim that election officials rejected": whose, not what (round 76)
    inside = {t.i for t in noun.subtree}
    if any(k not in inside for k in range(noun.i + 1, comp.left_edge.i)):
        # "Pena Nieto's comments came the same day that X announced …": the clause is the
        # day's, hung on the noun by the parser (blind audit, round 22)
        return None
    author = author_of(noun, ctx.lex.statement_nouns)
    if author is None or ctx.quoted[author.i] or author.lower_ in _RELATIVE:
        return None
    span = clause_span(ctx, comp, ctx.para_at(noun.idx))
    if span is None or mostly_inside(span, direct_spans):
        return None
    draft = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
    draft.cue, draft.cue_token = (noun.idx, noun.idx + len(noun)), noun
    draft.speaker_head, draft.speaker = author, phrase_span(author)
    draft.confidence = _NOUN_CONFIDENCE
    draft.stance = noun.lemma_.lower() in ctx.lex.denying  # "his denial that …" (round 88)
    return draft
