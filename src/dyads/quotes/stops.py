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
    comes before."""
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
    return ctx.trim(start, end) or span
