"""A claim that goes on after its inverted tag: "Last month's murder figures have some positive
implications for Mexico, argues Alejandro Hope -- violence continues to fall in the long term"
spells out Hope's argument after the dash (blind audit, round 100: cut at the tag, half of
what was argued lost)."""

from __future__ import annotations

import re

from dyads.quotes.context import Context, Draft

_DASH = re.compile(r"\s*(?:--|[—–])\s*")
# what opens the writer's gloss after a dash, not the speaker's clause ("-- a claim that …",
# "— which …"; finder._GLOSS cuts those from a reported clause)
_GLOSS_OPENERS = frozenset({"a", "an", "which", "who", "something", "both", "all", "that",
                            "that's", "that’s", "having", "and", "but", "as"})  # fmt: skip
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def dash_sequel(ctx: Context, draft: Draft) -> None:
    """Carry ``draft``'s content over the tag "…, argues X -- …" to the sentence's end when a
    clause of its own follows the dash; the tag becomes the content's gap."""
    cue, speaker = draft.cue_token, draft.speaker
    if draft.kind != "indirect" or cue is None or speaker is None or draft.gap is not None:
        return
    if draft.cue is None or not draft.span[1] <= draft.cue[0] < speaker[0]:
        return  # only a claim set before its cue and speaker
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return  # "… – as described by FBI Director James Comey – many believe …" (r108x)
    dash = _DASH.match(ctx.text, speaker[1])
    if dash is None or (
        "-" not in dash.group() and "—" not in dash.group() and "–" not in dash.group()
    ):
        return
    rest = ctx.doc.char_span(dash.end(), cue.sent.end_char, alignment_mode="expand")
    if rest is None or len(rest) < 4 or rest[0].lower_ in _GLOSS_OPENERS:
        return
    if any(ctx.quoted[t.i] for t in rest) or rest.start <= cue.i:
        return
    # a finite verb of its own; one the parser hung on a noun as a relative counts unless the
    # rest opens as a noun phrase ("-- the same figure the ministry gave" is the writer's gloss)
    clause = any(
        t.tag_ in _FINITE and (t.dep_ not in ("relcl", "acl") or rest[0].tag_ != "DT") for t in rest
    )
    if not clause:
        return
    end = ctx.trim(rest.start_char, rest.end_char)
    while end is not None and ctx.text[end[1] - 1] in ".!?":
        end = ctx.trim(end[0], end[1] - 1)
    if end is None:
        return
    draft.gap = (draft.span[1], dash.end())
    draft.span = (draft.span[0], end[1])
