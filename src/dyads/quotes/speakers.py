"""Who speaks: the cue's subject (or the name next to it), and speakers carried between quotes."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft, Span, copy_attribution
from dyads.quotes.marks import Segment
from dyads.quotes.syntax import audience, phrase_span, subject

_GAP_MAX_TOKENS = 15
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "pcomp", "conj", "acl"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def attribute(ctx: Context, draft: Draft, cue: Token, confidence: float) -> None:
    """Fill ``draft``'s cue, speaker (the cue's subject), audience and confidence."""
    draft.cue = (cue.idx, cue.idx + len(cue))
    draft.cue_token = cue
    para = ctx.para_at(cue.idx)
    head = subject(cue, ctx.quoted, para, ctx.lex.statement_nouns)
    if head is None and draft.segment is not None:
        head = gap_speaker(ctx, draft.segment, cue)
    if head is None and cue.dep_ in _PARTICIPLE_DEPS:
        head = left_subject(ctx, cue, para)
    if head is not None:
        draft.speaker_head = head
        draft.speaker = phrase_span(head)
    draft.medium, draft.addressee = audience(cue, ctx.lex)
    draft.confidence = confidence


def left_subject(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The nearest subject left of a participle cue in its sentence ("Sanders said, going on
    to say that …"), for when the parser hung the participle on a verb in the quote."""
    for tok in reversed(ctx.doc[cue.sent.start : cue.i]):
        if tok.idx < para[0]:
            break
        if tok.dep_ == "nsubj" and not ctx.quoted[tok.i] and not ctx.quoted[tok.head.i]:
            if tok.lower_ in _RELATIVE_PRONOUNS:
                return None
            return tok
    return None


def gap_speaker(ctx: Context, seg: Segment, cue: Token) -> Token | None:
    """The name between a closing mark and its cue ("“…,” Flynn, an adviser, said")."""
    if cue.idx < seg.close_end:
        return None
    doc = ctx.doc
    for i in range(cue.i - 1, -1, -1):
        if doc[i].idx < seg.close_end:
            break
    else:
        return None
    start = i + 1
    if cue.i - start > _GAP_MAX_TOKENS:
        return None
    for tok in doc[start : cue.i]:
        if ctx.quoted[tok.i] or tok.is_punct or tok.is_space:
            continue
        if tok.pos_ in ("PROPN", "PRON", "NOUN"):
            while tok.i + 1 < cue.i and doc[tok.i + 1].pos_ == "PROPN" == tok.pos_:
                tok = doc[tok.i + 1]
            return tok
        break
    return None


def inherit(ctx: Context, drafts: list[Draft]) -> None:
    """Quotes with no speaker of their own take the adjacent quote's (same or last paragraph);
    then quotes still without a cue or speaker are dropped."""
    for i, draft in enumerate(drafts):
        if draft.cue is not None or draft.speaker is not None or draft.kind != "direct":
            continue
        donor = None
        for j in range(i - 1, -1, -1):
            other = drafts[j]
            if other.paragraph < draft.paragraph - 1:
                break
            if other.cue is None or other.stance:
                continue
            if other.paragraph == draft.paragraph or opens_paragraph(ctx, draft):
                donor = other
            break
        if donor is None:
            for other in drafts[i + 1 :]:
                if other.paragraph != draft.paragraph:
                    break
                if other.kind == "direct" and other.cue is not None:
                    donor = other
                    break
        if donor is not None:
            copy_attribution(draft, donor)
            draft.confidence = 0.7
    # A quoted word with no speech act around it is a title or a scare quote, not a quote; a
    # quoted passage with neither a cue nor a speaker is a slogan, caption or stray mark.
    drafts[:] = [
        d for d in drafts if d.cue is not None or (d.kind == "direct" and d.speaker is not None)
    ]


def opens_paragraph(ctx: Context, draft: Draft) -> bool:
    seg = draft.segment
    return seg is not None and seg.open_mark == ctx.paras[seg.paragraph][0]
