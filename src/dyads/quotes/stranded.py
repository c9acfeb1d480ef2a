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


def possessed_phrase(ctx: Context, draft: Draft) -> bool:
    """An indirect content the parser read as a clause though it is a noun phrase with a
    possessor: "Sanders assailed eventual nominee Hillary Clinton’s paid speeches to Goldman
    Sachs" has "paid" a verb right after "Clinton’s" (blind audit, round 110: the speeches
    stored as Sanders's words). What the cue takes is a thing, a stance record at most."""
    if draft.kind != "indirect" or draft.stance or draft.cue_token is None:
        return False
    toks = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if toks is None:
        return False
    heads = [t for t in toks if t.head.i < toks.start or t.head.i >= toks.end or t.head == t]
    if len(heads) != 1 or heads[0].tag_ not in _FINITE:
        return False
    verb = heads[0]
    return any(
        c.dep_ in _SUBJECTS and any(g.tag_ == "POS" and g.i == verb.i - 1 for g in c.children)
        for c in verb.children
    )


def claim_of_object(ctx: Context, draft: Draft) -> bool:
    """A "that" clause the parser hung on the cue though it is the content of the cue's object,
    a claim noun: "The president has denounced suggestions by … Donald Trump and Sen. Ted Cruz
    …, that they would deport …" reports Trump's and Cruz's suggestion, not the president's
    words (blind audit, round 110). A stance record at most."""
    cue = draft.cue_token
    if draft.kind != "indirect" or draft.stance or cue is None or draft.span[0] < cue.idx:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.idx < draft.span[0]]
    # whose claim it is stands between ("suggestions by …, that"); "denied the accusations and
    # claims that …" is the speaker's own claim, its verb misread as a noun (round 88)
    return any(
        o.lemma_.lower() in ctx.lex.claim_nouns
        and any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in o.children)
        and not any(c.dep_ == "conj" and c.lemma_.lower() in ctx.lex.speech for c in o.children)
        for o in objects
    )


def object_after_colon(ctx: Context, draft: Draft) -> bool:
    """A content after a colon that closes the cue's own object: "Officials blame a war between
    the Familia Michoacana and an alliance formed by two breakaway groups: the Caballeros
    Templarios … and … the Guerreros Unidos" lists the groups the object names, no words of the
    officials (blind audit, round 110: the list stored as what they blame)."""
    cue = draft.cue_token
    if draft.kind != "indirect" or draft.stance or cue is None or draft.span[0] < cue.idx:
        return False
    colon = next(
        (
            t
            for t in reversed(ctx.doc[cue.i : cue.i + 200])
            if t.text == ":" and t.idx < draft.span[0]
        ),
        None,
    )
    if colon is None or ctx.text[colon.idx + 1 : draft.span[0]].strip(" \"“'"):
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i < colon.i]
    return any(colon in o.subtree for o in objects)
