"""A partitive that opens the sentence before its speaker sets the claim's scope: "Of the 220
homicide investigations into police forces started in 2011 in the city of Rio, Amnesty reported
that after four years, only one officer had been charged" (blind audit, round 107: the claim
stored without the 220 investigations it counts from)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span


def fronted_scope(ctx: Context, cue: Token, comp: Token, span: Span) -> tuple[Span, Span] | None:
    """The span widened back to a fronted "Of the …" phrase hung on ``cue``, and the
    attribution between them ("Amnesty reported that ") as its gap; None unless the phrase
    opens the sentence, a comma closes it right before the cue's subject and the claim counts
    (a number, "only", "none", "most" or "all" in it) from what the phrase names."""
    doc = ctx.doc
    if comp.i < cue.i:
        return None
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    # the parser hangs the phrase on the cue, or on a participle it reads as the cue's clause
    fronted = next((c for c in cue.children if c.i < subject.i and c.dep_ != "punct"), None)
    if fronted is None:
        return None
    prep = fronted.left_edge
    while prep.is_space:
        prep = doc[prep.i + 1]
    if prep.lower_ != "of" or ctx.quoted[prep.i] or not _opens(prep):
        return None
    after = fronted.right_edge.i + 1
    if doc[after].text != "," or subject.left_edge.i != after + 1:
        return None
    content = doc.char_span(span[0], span[1], alignment_mode="expand")
    if content is None or not any(t.like_num or t.lower_ in _COUNTING for t in content):
        return None
    gap_start = doc[after + 1].idx
    if not gap_start < span[0]:
        return None
    return (prep.idx, span[1]), (gap_start, span[0])


# words with which a claim counts from a whole: "only one officer", "none of them", "most"
_COUNTING = frozenset({"only", "none", "most", "all", "few", "half", "one", "two", "three"})


def _opens(tok: Token) -> bool:
    """``tok`` is the first word of its sentence, past any line break the parser kept in it."""
    return all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start : tok.i])
