"""Transcript turns: paragraphs that open with a speaker's label ("BOULDUAN: You guys, …",
"Matthews: Well, speculation is bad."), the layout of interviews and debate transcripts.

A label counts only in an article that uses the layout: at least ``MIN_TURNS`` labelled
paragraphs and a speaker who takes more than one turn, so a headline "Trump: 'We are going to
win'" or a single "Poll: …" line is not read as a turn. Turns are verbatim speech, stored as
direct quotations with the label as speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from dyads.quotes.context import Context, Draft, Span
from dyads.records import Mention

__all__ = ["transcript_drafts", "without_labels", "without_quoted_turns"]

# "BOULDUAN:", "SEN. SANDERS:", "Luciana Lopez:", "Alex Seitz-Wald:" at a paragraph's start
_LABEL = re.compile(
    r"((?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"|(?:[A-Z][a-z'’\-]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’\-]+(?:-[A-Z][a-z'’]+)?){0,2}))"
    r":[ \t]+(?=\S)"
)
# labels of a page's furniture, not of a speaker; "Q" and "A" name no one
_NOT_SPEAKERS = {"q", "a", "poll", "update", "updated", "note", "editor's note", "editor’s note",
                 "photo", "related", "watch", "read more", "source", "sources", "video", "tags",
                 "share", "correction", "clarification", "abstract", "full text", "transcript",
                 "exclusive", "breaking", "opinion", "analysis", "warning", "disclaimer",
                 "advertisement", "see also", "more", "also", "contact", "email", "twitter",
                 "follow", "subscribe", "copyright", "image", "caption", "credit", "ap",
                 "reuters", "afp"}  # fmt: skip
_OPENING = '"“'
_CLOSING = '"”'
MIN_TURNS = 3  # labelled paragraphs an article needs before a label is read as a turn


def transcript_drafts(ctx: Context) -> list[Draft]:
    """One direct draft per labelled paragraph of a transcript, its label as the speaker.

    A turn that is itself one quotation is left to the quoted-stretch rules. Returns ``[]``
    for an article without the layout.
    """
    turns: list[tuple[int, Span, Span]] = []
    for index, (start, end) in enumerate(ctx.paras):
        label = _LABEL.match(ctx.text, start, end)
        opened = label is None and ctx.text[start : start + 1] in _OPENING
        if opened:  # '"Chris Matthews: Seriously, …"': a turn set in quotation marks (round 100)
            label = _LABEL.match(ctx.text, start + 1, end)
        if label is None or label.group(1).lower() in _NOT_SPEAKERS:
            continue
        content = ctx.trim(label.end(), end)
        if content is not None and opened and ctx.text[content[1] - 1] in _CLOSING:
            content = ctx.trim(content[0], content[1] - 1)
        if content is None or (not opened and _opens_quotation(ctx, content)):
            continue
        turns.append((index, label.span(1), content))
    names = Counter(ctx.text[s:e].lower() for _, (s, e), _ in turns)
    if len(turns) < MIN_TURNS or names.most_common(1)[0][1] < 2:
        return []
    drafts = []
    for index, speaker, content in turns:
        draft = Draft("direct", content, paragraph=index, speaker=speaker, confidence=0.7)
        head = ctx.doc.char_span(*speaker, alignment_mode="expand")
        draft.speaker_head = head.root if head is not None else None
        drafts.append(draft)
    return drafts


def _opens_quotation(ctx: Context, span: Span) -> bool:
    """The turn is one quotation of its own ("LABEL: “…”"), left to the quoted-stretch rules;
    quotations inside a turn are part of what the speaker said."""
    return any(seg.open_mark <= span[0] < seg.end for seg in ctx.segs)


def without_labels(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with a transcript label's colon and what follows it cut from their actor:
    "Luciana Lopez: Saying" is Luciana Lopez, a turn's first word run into her name (blind
    audit, round 100), so that her turns and her surname's ("Lopez:") resolve to her."""
    out = []
    for mention in mentions:
        actor = mention.actor
        if actor is not None and ":" in actor.strip(":") and actor.split(":")[0].strip():
            mention = replace(mention, actor=actor.split(":")[0].strip())
        out.append(mention)
    return out


def without_quoted_turns(quoted: list[Draft], turns: list[Draft]) -> list[Draft]:
    """The quoted stretches less those that hold a turn set in quotation marks: the turn gives
    its label as the speaker, the stretch would have taken the label into its words and its
    speaker from the paragraph before (blind audit, round 100: "Chris Matthews: Seriously …"
    given to the three panellists named before)."""
    return [d for d in quoted if not any(d.span[0] <= t.span[0] < d.span[1] for t in turns)]
