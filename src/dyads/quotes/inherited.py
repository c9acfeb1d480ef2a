"""Quotations with no speaker of their own: a bare quoted passage goes on with the adjacent
quotation's speaker (same or last paragraph) unless another voice takes the floor between;
what still has neither cue nor speaker is no quotation."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft, copy_attribution


def inherit(ctx: Context, drafts: list[Draft]) -> None:
    """Quotes with no speaker of their own take the adjacent quote's (same or last paragraph);
    then quotes still without a cue or speaker are dropped."""
    bare: set[int] = set()  # quotations with no cue or speaker of their own
    for i, draft in enumerate(drafts):
        if draft.cue is not None or draft.speaker is not None or draft.kind != "direct":
            continue
        bare.add(i)
        if i - 1 in bare and _answers(ctx, drafts[i - 1], draft):
            continue
        donor = None
        for j in range(i - 1, -1, -1):
            other = drafts[j]
            if other.paragraph < draft.paragraph - 1:
                break
            if other.cue is None or other.stance or _governed(other, drafts[:i]):
                continue
            if other.paragraph == draft.paragraph or (
                opens_paragraph(ctx, draft) and _stands_alone(ctx, draft)
            ):
                donor = other
                # a quotation continues the last quotation of its speaker, not a clause reported
                # after it ('“…,” Trump told a rally, saying Clinton would “…”.\n\n“…”')
                # (the donor's own act's pieces aside: '…, saying Clinton would “abolish …”'
                # is a reported clause and its partial quotation; PolNeAR train, tune half)
                same = [
                    d
                    for d in drafts[:j]
                    if d.cue is not None and not d.stance and d.cue != other.cue
                ]
                if other.kind != "direct" and same and same[-1].kind == "direct":
                    last = same[-1]
                    if last.paragraph == other.paragraph and (
                        last.speaker == other.speaker
                        or _subordinate(other.cue_token, last.cue_token)
                    ):
                        donor = last
            break
        if donor is None:
            for other in drafts[i + 1 :]:
                if other.paragraph != draft.paragraph:
                    break
                if other.kind == "direct" and other.cue is not None:
                    donor = other
                    break
        if donor is not None and _new_voice(ctx, donor, draft):
            donor = None
        if donor is not None:
            copy_attribution(draft, donor)
            draft.confidence = 0.7
    # A quoted word with no speech act around it is a title or a scare quote, not a quote; a
    # quoted passage with neither a cue nor a speaker is a slogan, caption or stray mark.
    drafts[:] = [
        d for d in drafts if d.cue is not None or (d.kind == "direct" and d.speaker is not None)
    ]


def _answers(ctx: Context, before: Draft, draft: Draft) -> bool:
    """Two bare quotations side by side in one paragraph, nothing between their marks: a
    dialogue's turns ('“Hello.” “I'm calling from Factum magazine.” “What do you want to talk
    about.”'), each another speaker's, so no one speaker goes on through them (blind audit,
    round 100: the manager's replies went to the magazine that called him)."""
    one, two = before.segment, draft.segment
    if one is None or two is None or one.paragraph != two.paragraph:
        return False
    return not ctx.text[one.close_end : two.open_mark].strip()


def _new_voice(ctx: Context, donor: Draft, draft: Draft) -> bool:
    """Someone else takes the floor between the donor and the quotation: "Factum called again
    and asked …. The manager answered. “Hello.”" (a speech verb with a named subject and no
    words of its own; blind audit, round 100)."""
    seg = draft.segment
    if seg is None or donor.span[1] >= seg.open_mark:
        return False
    between = ctx.doc.char_span(donor.span[1], seg.open_mark, alignment_mode="contract")
    for tok in between if between is not None else ():
        if tok.dep_ != "ROOT" or ctx.act(tok) != "speech":
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not _speaks(subj, donor):
            return True
    return False


def _speaks(subj: Token, donor: Draft) -> bool:
    head = donor.speaker_head
    return head is not None and head.lower_ == subj.lower_


def _subordinate(cue: Token | None, main: Token | None) -> bool:
    """'“…,” Trump assured Jones, after Jones assured Trump that …. “I will not let you
    down.”': a report inside the main report's adverbial clause does not go on speaking (blind
    audit, round 34)."""
    if cue is None or main is None or cue == main:
        return False
    return main in cue.ancestors


def _governed(draft: Draft, drafts: list[Draft]) -> bool:
    """``draft``'s cue sits inside another report of its paragraph ('Her friends mocked
    Trump, calling him “a buffoon,” Susan said.\\n\\n“But he's ours!”'): a quotation that
    follows goes on with the governing report, not the one it reports (PolNeAR train, tune
    half: "Susan" lost her next paragraph to "her friends")."""
    return any(
        other is not draft
        and other.cue_token is not None
        and not other.stance
        and other.paragraph == draft.paragraph
        and other.speaker != draft.speaker
        and _subordinate(draft.cue_token, other.cue_token)
        for other in drafts
    )


def _stands_alone(ctx: Context, draft: Draft) -> bool:
    """The quoted passage is a sentence of its own, as a continued quotation is; not a title
    that opens the writer's sentence ('“The Apprentice,” which Trump hosted, …')."""
    seg = draft.segment
    if seg is None or seg.continues:
        return True
    para_end = ctx.paras[seg.paragraph][1]
    return ctx.text[seg.end - 1] in ".?!…" or not ctx.text[seg.close_end : para_end].strip()


def opens_paragraph(ctx: Context, draft: Draft) -> bool:
    seg = draft.segment
    return seg is not None and seg.open_mark == ctx.paras[seg.paragraph][0]
