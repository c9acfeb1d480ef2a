"""A body spoken of by the first word of the name the article gave it: "The Mara asked everyone
…" where the article named "the Mara Salvatrucha (MS-13)" (blind audit, round 111: left
unresolved), and the "they" that goes on from it in the next sentence ("They also said that …"
given to the actors stage's generic "Salvadoran gangs")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dyads.actors.refs import PRONOUNS
from dyads.quotes.context import Context
from dyads.records import Mention, Quote

__all__ = ["short_body_names"]

_SHORT = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)")
_BODY_KINDS = frozenset({"organisation", "group"})
_THEY = frozenset({"they"})
THEY_CHARS = 400  # how far after the body's quotation "they" goes on with it


def short_body_names(ctx: Context, quotes: list[Quote], mentions: Sequence[Mention]) -> None:
    """Give a speaker "The Mara" with no actor the one body named before whose name of two
    words or more opens with that word ("Mara Salvatrucha"), and a "they" speaker of the
    quotation right after it, in its paragraph, that body too."""
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].span)
    donor: Quote | None = None
    for k in order:
        quote = quotes[k]
        speaker = quote.speaker
        if speaker is None:
            continue
        if donor is not None and speaker.text.lower() in _THEY and _goes_on(ctx, donor, quote):
            quotes[k] = replace(quote, speaker=replace(speaker, actor=donor.speaker.actor,
                                                       code=donor.speaker.code))  # fmt: skip
            continue
        donor = None
        found = _SHORT.fullmatch(speaker.text.strip())
        if found is None or found.group(1).lower() in PRONOUNS:
            continue
        # the actors stage may give the bare word as its own uncoded actor ("Knights")
        if speaker.actor and (speaker.code or speaker.actor != found.group(1)):
            continue
        body = _named_body(ctx, found.group(1), speaker.span[0], mentions)
        if body is not None:
            quotes[k] = replace(quote, speaker=replace(speaker, actor=body.actor, code=body.code))
            donor = quotes[k]


def _named_body(
    ctx: Context, word: str, before: int, mentions: Sequence[Mention]
) -> Mention | None:
    """The one body (by actor) named before ``before`` by a name that opens with ``word``."""
    found = [
        m for m in mentions
        if m.kind in _BODY_KINDS and m.actor and m.span[1] <= before
        and _opens_with(ctx.text[m.span[0] : m.span[1]], word)
    ]  # fmt: skip
    return found[0] if found and len({m.actor for m in found}) == 1 else None


def _opens_with(name: str, word: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[0] == word and words[1][:1].isupper()


def _goes_on(ctx: Context, donor: Quote, quote: Quote) -> bool:
    """``quote``'s "they" comes right after ``donor``'s speaker, in its paragraph."""
    assert donor.speaker is not None and quote.speaker is not None
    gap = quote.speaker.span[0] - donor.speaker.span[1]
    same = ctx.paragraph_of(quote.speaker.span[0]) == ctx.paragraph_of(donor.speaker.span[0])
    return same and 0 <= gap <= THEY_CHARS
