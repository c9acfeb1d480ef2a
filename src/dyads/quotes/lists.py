"""Lists in reported clauses: clauses one cue reports, listed with a comma or "and" between,
are one report (:func:`listed_claims`); a closing list the parser hung on the cue is taken back:
"Locals told reporters that an individual … may have to pay five “taxes” per journey -- to the
Venezuelan National Guard, the Colombian police, the BACRIM, the transport provider and the
owner of the land" (blind audit, round 90: cut after the list's first item)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft, Span

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


_LIST_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")


def listed_claims(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """ "said that 19 FARC bases had been dismantled, 19 members had been captured and …":
    clauses one cue reports, listed with only a comma or "and" between, are one report (blind
    audits, rounds 35 and 38: the first clause alone judged cut badly)."""
    out: list[Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        if (
            last is not None
            and last.cue_token is not None
            and last.cue_token is draft.cue_token
            and last.stance == draft.stance
            and last.gap is None
            and draft.gap is None
            and last.span[1] <= draft.span[0]
            and _LIST_GAP.fullmatch(ctx.text, last.span[1], draft.span[0])
        ):
            last.span = (last.span[0], draft.span[1])
            continue
        out.append(draft)
    return out
