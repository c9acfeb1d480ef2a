"""A generic body that speaks under a heading naming it: in a list of news items, "2. U.N.
PANEL RULES FOR WIKILEAKS FOUNDER." then "Julian Assange has been “arbitrarily detained” …,
the rights group says" is the U.N. panel's ruling (blind audit, round 108x: left as a generic
"rights group")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context
from dyads.records import Mention

_BODIES = frozenset({"group", "panel", "body", "agency", "organization", "organisation",
                     "committee", "commission", "council", "tribunal", "watchdog"})  # fmt: skip
HEADING_WORDS = 14  # a heading is a short line


def heading_body(
    ctx: Context, head: Token | None, actor: str | None, mentions: Sequence[Mention]
) -> Mention | None:
    """The coded body the heading over ``head``'s paragraph names, when ``head`` is "the
    group"-like and resolved to no named actor."""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in _BODIES:
        return None
    if actor is not None and not actor.islower():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    index = ctx.paragraph_of(head.idx)
    if index == 0:
        return None
    start, end = ctx.paras[index - 1]
    heading = ctx.text[start:end].strip()
    words = heading.split()
    if not words or len(words) > HEADING_WORDS or any(c.islower() for c in heading):
        return None
    bodies = [
        m for m in mentions
        if start <= m.span[0] < end and m.code and m.kind in ("organisation", "organization")
    ]  # fmt: skip
    return bodies[0] if len(bodies) == 1 else None
