"""The speaker of a quotation a colon opens, when its cue has no subject of its own.

'the preacher, who died in 2014, is shown preaching: “…”', 'Judge Ortiz, who told senators
when asked about the lawsuit: “…”': the cue is a conjunct, a complement or an adjunct clause
of the verb whose subject speaks (PolNeAR train, tune half: such quotations were left with
no speaker and lost).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Draft
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
