"""A lede that holds back its speaker's name: "A woman who has accused former President Bill
Clinton of rape said Sunday night that …", then "Juanita Broaddrick, who said Clinton raped her
in 1978, recounted …" opening the next paragraph (blind audit, round 111: the speaker was left
as "A woman"). The described person is the one the next paragraph opens by naming."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dyads.actors.given_names import given_gender
from dyads.quotes.context import Context
from dyads.records import Mention, Quote

__all__ = ["named_after_lede"]

# "A woman who …", "a former aide who …": one person described, not named; the gender the
# noun gives, if any
_DESCRIBED = re.compile(
    r"^(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(woman|man|mother|father|girl|boy|person|aide|"
    r"employee|official|lawyer|teacher|student|worker|resident|veteran|nurse|doctor|pastor)$",
    re.IGNORECASE,
)
_GENDER = {"woman": "f", "mother": "f", "girl": "f", "man": "m", "father": "m", "boy": "m"}
_LEDE_PARAS = 2  # the headline may stand as the first paragraph


def named_after_lede(ctx: Context, quotes: list[Quote], mentions: Sequence[Mention]) -> None:
    """Give a lede's described speaker ("A woman who …") the person whose name opens the
    next paragraph, when the speaker has no actor, its phrase goes on with "who" and the name's
    given name does not say another gender; take from such a speaker ("A woman", "a man") an
    actor whose given name says the other gender."""
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        found = _DESCRIBED.match(speaker.text.strip()) if speaker is not None else None
        if speaker is None or found is None:
            continue
        gender = _GENDER.get(found.group(1).lower())
        if speaker.actor and not _fits(speaker.actor, gender):
            # "A woman who lives next door" linked by the actors stage to "Chief Daniel Ortiz",
            # named after her: the noun says it is someone else
            quotes[i] = replace(quote, speaker=replace(speaker, actor=None, code=None))
            continue
        if speaker.actor:
            continue
        if not re.match(r"\s*,?\s*who\b", ctx.text[speaker.span[1] :]):
            continue
        para = next((k for k, (a, b) in enumerate(ctx.paras) if a <= speaker.span[0] < b), None)
        if para is None or para >= _LEDE_PARAS or para + 1 >= len(ctx.paras):
            continue
        start = ctx.paras[para + 1][0]
        named = next(
            (m for m in mentions if m.span[0] == start and m.kind == "person" and m.actor), None
        )
        if named is None or not _opens_with_name(ctx, named):
            continue
        if not _fits(named.actor, gender):
            continue
        quotes[i] = replace(quote, speaker=replace(speaker, actor=named.actor, code=named.code))


# what a nut paragraph hangs on the held-back name: "Juanita Broaddrick, who said …", "John
# Carter, 45, …"; not a role ("Maria Lopez, the fire chief, said"), someone else
_INTRODUCED = re.compile(r",\s*(?:who\b|\d{1,3}\s*,)")


def _fits(actor: str, gender: str | None) -> bool:
    """``actor``'s given name does not say another gender than ``gender``."""
    return gender is None or given_gender(actor.split(" ")[0]) in (None, gender)


def _opens_with_name(ctx: Context, mention: Mention) -> bool:
    """The mention is a full name ("Juanita Broaddrick"), two capitalised words at least, that
    a "who" clause or an age goes on to introduce."""
    words = ctx.text[mention.span[0] : mention.span[1]].split()
    full = len(words) >= 2 and all(w[:1].isupper() for w in words)
    return full and _INTRODUCED.match(ctx.text, mention.span[1]) is not None
