"""A reported clause whose own verb the parser hung elsewhere: "Ortega declared that a Supreme
Court ruling effectively seizing power from the National Assembly, which is controlled by the
opposition, signaled a violation of the constitution" is parsed with "seizing" the clause's
verb and "signaled" a conjunct of the sentence's main verb (blind audit, round 101: the
content stopped at "National Assembly", its claim lost)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.nlp import doc_tokens
from dyads.quotes.context import Context, Draft, Span

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def with_stranded_verb(ctx: Context, comp: Token, span: Span) -> Span:
    """``span`` (the clause of ``comp``) run on to the end of the finite verb that really heads
    it: ``comp`` is a bare "-ing" form with a subject (a noun and its participle, misread), and
    right after the span, past a comma, comes a finite verb with no subject of its own, hung
    on a word outside the clause. Else ``span`` as it was."""
    if comp.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in comp.children):
        return span
    if not any(c.dep_ == "nsubj" for c in comp.children):
        return span
    inside = {t.i for t in comp.subtree}
    verb = next(
        (t for t in comp.sent if t.idx >= span[1] and not t.is_punct and t.i not in inside),
        None,
    )
    if verb is None or verb.tag_ not in _FINITE or ctx.quoted[verb.i]:
        return span
    if any(c.dep_ in _SUBJECTS for c in verb.children) or verb.head.i > comp.i:
        return span
    if ctx.doc[verb.i - 1].text != ",":
        return span  # the verb comes right after the comma closing what the clause holds
    end = max(t.idx + len(t) for t in verb.subtree if t.i >= verb.i and not t.is_punct)
    return (span[0], end)


def without_contained(drafts: list[Draft]) -> list[Draft]:
    """Reported clauses less any that lies inside another of the same cue: the stranded verb's
    own clause, once :func:`with_stranded_verb` ran the first clause on to it ("…, which was
    issued in May, amounted to a coup" stored twice)."""

    def inside(d: Draft) -> bool:
        return d.kind == "indirect" and d.cue is not None and any(
            o is not d and o.kind == "indirect" and o.cue == d.cue
            and o.span[0] <= d.span[0] and d.span[1] <= o.span[1] and o.span != d.span
            for o in drafts
        )  # fmt: skip

    return [d for d in drafts if not inside(d)]


def without_own_act(ctx: Context, draft: Draft) -> None:
    """``draft`` cut before a finite verb the parser joined to its infinitive: "called on both
    countries to resume talks and offered to host a meeting" asked for talks; the offer is the
    speaker's own second act (a new user's trial, session 26: welded into the request)."""
    if draft.kind != "indirect":
        return
    span = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if span is None:
        return
    for tok in doc_tokens(ctx.doc)[span.start : span.end]:
        if tok.dep_ != "conj" or tok.tag_ not in ("VBD", "VBZ"):
            continue
        head = tok.head
        if head.tag_ != "VB":
            continue
        if not span.start <= head.i < tok.i or any(c.dep_ == "nsubj" for c in tok.children):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            # "said the men would face justice in Brazil and were due to be …": a modal clause
            # goes on with its own subject's state, not an infinitive the speaker's act follows
            # (blind audit, round 104: cut off)
            continue
        cut = tok.i - 1 if ctx.doc[tok.i - 1].dep_ == "cc" else tok.i
        trimmed = ctx.trim(draft.span[0], ctx.doc[cut].idx)
        if trimmed is not None:
            draft.span = trimmed
        return
