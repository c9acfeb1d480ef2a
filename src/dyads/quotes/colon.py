"""The speaker of a quotation a colon opens, when its cue has no subject of its own.

'the preacher, who died in 2014, is shown preaching: “…”', 'Judge Ortiz, who told senators
when asked about the lawsuit: “…”': the cue is a conjunct, a complement or an adjunct clause
of the verb whose subject speaks (PolNeAR train, tune half: such quotations were left with
no speaker and lost).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft
from dyads.quotes.shape import announces
from dyads.quotes.syntax import phrase_span

# how a cue hangs on the verb whose subject speaks
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl"})
_CLIMB_MAX = 3
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_RELATIVES = frozenset({"who", "that", "which"})
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})


def colon_subject(ctx: Context, draft: Draft, cue: Token, first: int) -> bool:
    """Give ``draft`` the subject of the verb its cue hangs on, for a quotation right after a
    colon ("…, who told senators when asked …: “…”"); True when one was given."""
    doc = ctx.doc
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or ctx.quoted[i] or cue.i >= first:
        return False
    head = _climbed_subject(ctx, cue)
    if head is None or head.pos_ not in _SPEAKER_POS or head.idx >= draft.span[0]:
        return False
    draft.speaker_head = head
    draft.speaker = phrase_span(head)
    return True


def _climbed_subject(ctx: Context, cue: Token) -> Token | None:
    tok = cue
    for _ in range(_CLIMB_MAX):
        subject = next(
            (c for c in tok.children if c.dep_ in _SUBJECT_DEPS and not ctx.quoted[c.i]), None
        )
        if subject is not None:
            if subject.lower_ in _RELATIVES:
                return tok.head if tok.dep_ == "relcl" else None
            return subject
        if tok.dep_ not in _CLIMB_DEPS or tok.head == tok or ctx.quoted[tok.head.i]:
            return None
        tok = tok.head
    return None


def joined_at_colon(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Two reported clauses of one cue that a colon alone parts are one report: "El Universal
    reported that decapitations steadily increased …: just 32 beheadings were registered in
    2007, while …" (blind audit, round 101: two halves, each judged cut). The first takes the
    second's end; the second goes."""
    out: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: d.span):
        last = out[-1] if out else None
        if (
            last is not None
            and draft.kind == last.kind == "indirect"
            and draft.cue is not None
            and draft.cue == last.cue
            and draft.stance == last.stance
            and ctx.text[last.span[1] : draft.span[0]].strip() == ":"
        ):
            last.span = (last.span[0], draft.span[1])
            continue
        out.append(draft)
    for draft in out:
        _past_colon(ctx, draft, out)
    return out


_QUOTE_MARKS = ('"', "“", "”")


def _past_colon(ctx: Context, draft: Draft, drafts: list[Draft]) -> None:
    """ "Analysts said the reform had two flaws: it was late and it was small": a reported
    clause that stops at a colon goes on with the writer's plain words after it to the end of
    the sentence, when no quotation or other report is there (a quotation after the colon is
    one of its own: :func:`dyads.quotes.shape.before_colon_quotation`)."""
    cue = draft.cue_token
    if draft.kind != "indirect" or cue is None or draft.cue is None or draft.cue[0] > draft.span[0]:
        return
    text, end = ctx.text, draft.span[1]
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or text[k] != ":":
        return
    stop = cue.sent.end_char
    rest = text[k + 1 : stop]
    i = bisect_left(ctx.seg_starts, k + 1)
    if i < len(ctx.segs) and announces(ctx, k) and not text[k + 1 : ctx.segs[i].open_mark].strip():
        # "voters have two options: “Either we stop this deal or …”": the quotation is what
        # the lead-in announces (blind audit, round 104)
        draft.span = (draft.span[0], ctx.segs[i].close_end)
        return
    if not rest.strip() or any(m in rest for m in _QUOTE_MARKS) or "\n" in rest:
        return
    if any(k < other.span[0] < stop or k < (other.cue or (-1, -1))[0] < stop for other in drafts):
        return
    span = ctx.trim(draft.span[0], stop)
    if span is not None:
        draft.span = (span[0], span[1] - 1 if text[span[1] - 1] in ".!?" else span[1])


_OPENING = re.compile(r"\s*:\s*[\"“']")


def frame_before_colon(ctx: Context, draft: Draft) -> bool:
    """An indirect content that ends on a colon opening a quotation, its cue after that
    quotation: "Fallon fired back: “…,” he wrote, “…”" reports no "Fallon fired back" (blind
    audit, round 110); the frame only opens the quotation."""
    if draft.kind != "indirect" or draft.cue is None or draft.span[1] > draft.cue[0]:
        return False
    return _OPENING.match(ctx.text, draft.span[1]) is not None
