"""Attributions made by layout rather than by a verb: transcript labels, a colon after the
speaker's clause, a dash and a name after the quotation, "according to X"."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.quotes.context import Context, Draft
from dyads.quotes.marks import Segment
from dyads.quotes.syntax import author_of, entity_at, phrase_span

_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+")
_DASH_NAME = re.compile(r"[ \t\xa0]*(?:[―—–]+|--)[ \t\xa0]*")
_LEAD_MAX_TOKENS = 12
_MIN_INDIRECT_TOKENS = 3


def speaker_label(ctx: Context, draft: Draft) -> bool:
    """A transcript turn inside the marks: '"WALLACE: If I may, sir, …"'."""
    start, end = draft.span
    label = _SPEAKER_LABEL.match(ctx.text, start, end)
    if label is None or label.end() >= end:
        return False
    draft.span = (label.end(), end)
    draft.speaker = label.span(1)
    head = ctx.doc.char_span(*label.span(1), alignment_mode="expand")
    draft.speaker_head = head.root if head is not None else None
    draft.confidence = 0.7
    return True


def colon_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """'Obama is rolling out a new campaign message: “…”', 'Trump's tweet was blunt: “…”':
    the subject of the clause the colon ends speaks (a statement's author for a statement)."""
    doc = ctx.doc
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
        return False
    para = ctx.para_at(doc[i].idx)
    lo = max(doc[i].sent.start, doc[i].i - _LEAD_MAX_TOKENS * 3)
    lead = [t for t in doc[lo:i] if t.idx >= para[0] and not ctx.quoted[t.i]]
    roots = [t for t in lead if not (lo <= t.head.i < i) or t.head is t]
    clause = roots[-1] if roots else doc[i].sent.root
    head = next((c for c in clause.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None)
    if head is None or not para[0] <= head.idx < para[1]:
        return False
    if head.pos_ not in ("PROPN", "PRON", "NOUN"):
        return False
    head = author_of(head, ctx.lex.statement_nouns) or head
    draft.speaker_head = head
    draft.speaker = phrase_span(head)
    draft.confidence = 0.6
    return True


def dash_speaker(ctx: Context, draft: Draft, seg: Segment) -> bool:
    """A name set after the closing mark with a dash, on the same line or the next:
    '“…” ― Jane Doe', '“…”' then a line '— NATO Secretary General Jens Stoltenberg'."""
    para = ctx.paras[seg.paragraph]
    start = seg.close_end
    if ctx.text[start : para[1]].strip() == "" and seg.paragraph + 1 < len(ctx.paras):
        para = ctx.paras[seg.paragraph + 1]  # the quotation ends its line; the name is below
        start = para[0]
    match = _DASH_NAME.match(ctx.text, start)
    if match is None or match.end() >= para[1]:
        return False
    line = ctx.doc.char_span(match.end(), para[1], alignment_mode="contract")
    if line is None or not len(line) or line[0].pos_ not in ("PROPN", "NOUN", "ADJ", "DET"):
        return False
    head = _named_head(line)
    if head is None:
        return False
    draft.speaker = (line[0].idx, head.idx + len(head))
    draft.speaker_head = head
    draft.confidence = 0.7
    return True


def from_speaker(ctx: Context, draft: Draft, first: int) -> bool:
    """A verbless lead-in ending in a colon names the speaker: 'And from Kremlin spokesman
    Dmitry Peskov:', 'Peskov, on Tuesday:' (on its own line or before the quotation)."""
    doc = ctx.doc
    i = first - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or ctx.quoted[i]:
        return False
    para = ctx.para_at(doc[i].idx)
    lead = [t for t in doc[doc[i].sent.start : i] if t.idx >= para[0]]
    if not lead or len(lead) > _LEAD_MAX_TOKENS or any(ctx.quoted[t.i] for t in lead):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return False
    head = _named_head(doc[lead[0].i : lead[-1].i + 1])
    if head is None:
        return False
    start = head.i
    while start > lead[0].i and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
        start -= 1
    draft.speaker = (doc[start].idx, head.idx + len(head))
    draft.speaker_head = head
    draft.confidence = 0.6
    return True


def _named_head(span: SpacySpan) -> Token | None:
    """The last token of the first person named in ``span`` (else of an organisation, else of
    its first run of proper nouns)."""
    for label in ("PERSON", "ORG", "NORP", "GPE"):
        for tok in span:
            if tok.ent_type_ == label and tok.ent_iob_ == "B":
                ent = entity_at(tok)
                if ent is not None and ent.end <= span.end:
                    return ent[-1]
    run = [t for t in span if t.pos_ == "PROPN"]
    if not run:
        return None
    end = run[0]
    while end.i + 1 < span.end and span.doc[end.i + 1].pos_ == "PROPN":
        end = span.doc[end.i + 1]
    return end


def according_in(ctx: Context, sent: SpacySpan) -> Token | None:
    """The "according" of an "according to" outside quotation marks in ``sent``."""
    for tok in sent:
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        to_follows = nxt is not None and nxt.lower_ == "to"
        if tok.lower_ == "according" and to_follows and not ctx.quoted[tok.i]:
            return tok
    return None


def attribute_according(ctx: Context, draft: Draft, according: Token) -> None:
    """Cue "according to", speaker its object."""
    to = ctx.doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in according.children if c.dep_ == "pobj"), None)
    draft.cue = (according.idx, to.idx + len(to))
    draft.cue_token = according
    if pobj is not None:
        draft.speaker_head = pobj
        draft.speaker = phrase_span(pobj)
    draft.confidence = 0.8


def according_draft(ctx: Context, tok: Token, sent: SpacySpan) -> Draft | None:
    """The reported statement on the longer side of "according to X" in its sentence."""
    doc = ctx.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    phrase_start = tok.left_edge.i
    to = doc[tok.i + 1]
    phrase_end = max(tok.right_edge.i, to.right_edge.i) + 1
    para = ctx.para_at(tok.idx)
    lo, hi = max(sent.start_char, para[0]), min(sent.end_char, para[1])
    left = ctx.trim(lo, doc[phrase_start].idx) if doc[phrase_start].idx > lo else None
    right_start = doc[phrase_end].idx if phrase_end < sent.end else hi
    right = ctx.trim(right_start, hi) if right_start < hi else None
    if right is not None:
        right = ctx.trim(right[0], right[1] - 1) if ctx.text[right[1] - 1] in ".!?" else right
    sides = [s for s in (left, right) if s is not None]
    if not sides:
        return None
    span = max(sides, key=lambda s: s[1] - s[0])
    if len(ctx.text[span[0] : span[1]].split()) < _MIN_INDIRECT_TOKENS:
        return None
    draft = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
    attribute_according(ctx, draft, tok)
    return draft
