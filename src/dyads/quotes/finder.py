"""Direct, partial and indirect quotations in a parsed article -> ``Quote`` records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dyads.quotes.context import Context, Draft, Span, overlaps
from dyads.quotes.dates import add_dates
from dyads.quotes.direct import partial_arguments, quoted_drafts
from dyads.quotes.indirect import indirect_drafts
from dyads.quotes.lexicon import cue_lexicon
from dyads.quotes.speakers import inherit
from dyads.records import Cue, Mention, Quote, Speaker


def find_quotes(
    doc: Doc,
    mentions: Sequence[Mention],
    *,
    published: str | None = None,
    body: tuple[int, int] | None = None,
) -> list[Quote]:
    """Quotations and reported speech in ``doc`` (offsets are the article's), with speakers.

    ``mentions`` resolve speakers to actors (the mention over the speaker phrase's head);
    ``published`` anchors relative dates; ``body`` limits the search to the article body.
    """
    ctx = Context(doc, cue_lexicon(), body)
    drafts = _drafts(ctx)
    if not drafts:
        return []
    add_dates(ctx, drafts, published)
    return [_record(ctx.text, d, mentions) for d in drafts]


def _drafts(ctx: Context) -> list[Draft]:
    if not ctx.paras:
        return []
    drafts = quoted_drafts(ctx)
    direct_spans = [d.span for d in drafts if d.kind == "direct"]
    drafts.extend(indirect_drafts(ctx, direct_spans))
    drafts.extend(partial_arguments(ctx, drafts))
    drafts.sort(key=lambda d: d.span)
    inherit(ctx, drafts)
    # A report inside someone's reported words is part of what they said, not a new report.
    return [d for d in drafts if not _nested(d, drafts)]


def _nested(draft: Draft, drafts: list[Draft]) -> bool:
    cue = draft.cue
    return cue is not None and any(
        other is not draft and other.span[0] <= cue[0] and cue[1] <= other.span[1]
        for other in drafts
    )


def _record(text: str, draft: Draft, mentions: Sequence[Mention]) -> Quote:
    speaker = None
    if draft.speaker is not None:
        s, e = draft.speaker
        actor = code = None
        head = draft.speaker_head
        if head is not None:
            mention = _mention_at(mentions, (head.idx, head.idx + len(head)))
            if mention is not None:
                actor, code = mention.actor, mention.code
        speaker = Speaker(text=text[s:e], span=(s, e), actor=actor, code=code)
    cue = Cue(text=text[draft.cue[0] : draft.cue[1]], span=draft.cue) if draft.cue else None
    s, e = draft.span
    return Quote(
        kind=draft.kind,
        content=text[s:e],
        span=(s, e),
        speaker=speaker,
        cue=cue,
        medium=draft.medium,
        addressee=draft.addressee,
        date=replace(draft.date) if draft.date is not None else None,
        confidence=draft.confidence,
    )


def _mention_at(mentions: Sequence[Mention], span: Span) -> Mention | None:
    best = None
    for mention in mentions:
        if not overlaps(mention.span, span):
            continue
        if best is None or (mention.actor is not None and best.actor is None):
            best = mention
    return best
