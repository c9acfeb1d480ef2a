"""A reported clause whose closing list the parser hung on the cue: "Locals told reporters that
an individual … may have to pay five “taxes” per journey -- to the Venezuelan National Guard,
the Colombian police, the BACRIM, the transport provider and the owner of the land" (blind
audit, round 90: cut after the list's first item)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span

_OBJECTS = frozenset({"dobj", "dative"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def with_list_tail(ctx: Context, cue: Token, last: Token, span: Span) -> Span:
    """``span`` run on over a list after its last word ``last`` and a comma when the parser made
    the list a second object of a cue that already has one ("told reporters that …, the
    police, the BACRIM and the owner"): a cue takes no object after its reported clause. The
    list is noun phrases only (no verb of its own outside a relative or participle), in the
    paragraph."""
    doc = ctx.doc
    comma = last.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return span
    first = [c for c in cue.children if c.dep_ in _OBJECTS and c.i < last.i]
    tail = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == comma + 1), None)
    if not first or tail is None or tail.pos_ not in ("NOUN", "PROPN"):
        return span
    words = doc[tail.left_edge.i : tail.right_edge.i + 1]
    if not any(t.dep_ == "conj" for t in words):
        return span
    if any(t.tag_ in _FINITE and t.dep_ not in ("relcl", "acl") for t in words):
        return span
    end = tail.right_edge
    while end.i > tail.i and (end.is_punct or end.is_space):
        end = doc[end.i - 1]
    if end.idx >= ctx.para_at(cue.idx)[1] or any(ctx.quoted[t.i] for t in words):
        return span
    return ctx.trim(span[0], end.idx + len(end)) or span
