"""Who replies: not the one who spoke just before. '"Look, vice president, …," said Camero.
"Wow, you've got balls," he responded' is the vice president's answer, though the coreference
linked "he" to Camero (blind audit, round 108x)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyads.actors.given_names import given_gender
from dyads.actors.refs import PRONOUNS
from dyads.quotes.context import Context
from dyads.records import Mention, Speaker

REPLY_LOOKBACK_CHARS = 800  # about the paragraph the exchange is told in


def same_person(one: str | None, other: str | None) -> bool:
    """One actor's name is the other's or ends it ("Camero", "Mildred Camero")."""
    if not one or not other:
        return False
    return one == other or one.endswith(" " + other) or other.endswith(" " + one)


def other_party(
    ctx: Context, speaker: Speaker, donor: Speaker, mentions: Sequence[Mention], gender: str
) -> Speaker:
    """``speaker`` (a he/she replying to ``donor``) given the person named last before the
    exchange who is not ``donor`` and whose given name does not say otherwise; unresolved when
    there is none."""
    floor = donor.span[0] - REPLY_LOOKBACK_CHARS
    for m in reversed(mentions):
        if m.span[1] > donor.span[0] or m.span[0] < floor:
            continue
        if m.kind != "person" or not m.actor or m.text.lower() in PRONOUNS:
            continue
        if same_person(m.actor, donor.actor) or ctx.in_quotes(m.span[0]):
            continue
        if given_gender(m.actor.split(" ")[0]) not in (None, gender):
            continue
        return replace(speaker, actor=m.actor, code=m.code)
    return replace(speaker, actor=None, code=None)
