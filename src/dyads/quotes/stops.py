"""Sentence stops the parser missed: a state's abbreviation closing one sentence and a capital
opening the next ("… at his golf club at Bedminster, N.J. Roger Ailes, the former chairman of Fox
News, also met …") made one sentence, and a reported clause ran on into the next one."""

from __future__ import annotations

import re
from functools import cache

from dyads.actors.gazetteer import rows
from dyads.quotes.context import Context, Span

__all__ = ["within_sentence"]

# ", N.J. Roger": a place's abbreviation after its town, then a capitalised word with no comma
# between (AP style sets a comma after the state when the sentence goes on: "Newark, N.J., police")
_PLACE_STOP = re.compile(r",\s+((?:[A-Z][a-z]{0,4}\.){1,2})\s+(?=[A-Z][a-z])")


@cache
def _state_abbreviations() -> frozenset[str]:
    """The AP abbreviations of US states that end in a full stop ("N.J.", "Calif.")
    (``data/actors/us_states.csv``)."""
    return frozenset(row["ap"] for row in rows("us_states.csv") if row["ap"].endswith("."))


def within_sentence(ctx: Context, span: Span, cue: Span | None) -> Span:
    """``span`` kept to the sentence its cue stands in, where a state's abbreviation ends a
    sentence the parser ran on (blind audit, round 88: "… at Bedminster, N.J. Roger Ailes …
    also met with Mr. Trump that day, as The New York Times reported" gave the Times the golf
    club's sentence too). A cue after the stop takes what follows it; one before it, what
    comes before. A report credited by a closing "as" clause starts past a colon's lead."""
    if cue is None:
        return span
    start, end = span
    for found in _PLACE_STOP.finditer(ctx.text, start, end):
        if found.group(1) not in _state_abbreviations() or ctx.in_quotes(found.start()):
            continue
        stop, nxt = found.end(1), found.end()
        if cue[0] >= nxt and nxt > start:
            start = nxt
        elif cue[1] <= stop < end:
            end = stop
    return ctx.trim(_past_colon_lead(ctx, start, end, cue), end) or span


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _past_colon_lead(ctx: Context, start: int, end: int, cue: Span) -> int:
    """Where a report credited after it by "as" starts, past the writer's own lead before a
    colon: "Pieces of the Clinton machinery have … shifted into their general election gear:
    the main pro-Clinton super PAC … started reserving ad time …, as first reported by the
    New York Times" credits the Times with the instance after the colon, not the writer's
    claim before it (blind audit, round 90). Both sides must be clauses with a finite verb."""
    doc = ctx.doc
    tokens = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if cue[0] < end or tokens is None or not len(tokens):
        return start
    verb = tokens.root
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return start
    colon = ctx.text.find(": ", start, end)
    if colon < 0 or ctx.in_quotes(colon):
        return start
    before = doc.char_span(start, colon, alignment_mode="contract")
    after = doc.char_span(colon + 2, end, alignment_mode="contract")
    if before is None or after is None:
        return start
    if not any(t.tag_ in _FINITE for t in before) or not any(t.tag_ in _FINITE for t in after):
        return start
    return colon + 1
