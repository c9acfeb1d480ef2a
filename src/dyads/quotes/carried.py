"""A named speaker carried on to a later he/she speaker of the quotations that follow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyads.actors.given_names import given_gender
from dyads.actors.refs import PRONOUNS
from dyads.quotes.antecedents import named_in_tag, tagged_person, titled_within
from dyads.quotes.context import Context
from dyads.quotes.kept import PRONOUN_GENDER, bare_name
from dyads.quotes.replies import other_party, same_person
from dyads.records import Mention, Quote, Speaker

CARRY_CHARS = 800  # how far back a named speaker carries to a "she continued"


def carry_pronouns(ctx: Context, quotes: list[Quote], mentions: Sequence[Mention]) -> None:
    """ "'…,' Clinton said. '…' … '…,' she continued": a he/she speaker is the named speaker
    of the quotation just before, when no other person is named outside quotations in between
    and the name's given name does not say otherwise (PolNeAR dev: such speakers are the
    quotation's own; blind audit: left unresolved, they are wrong). This overrides the actors
    stage's antecedent when the speaker before is a person: "After Glenn Beck asked him,
    D'Souza replied, '…'. '…,' he added" is D'Souza, though Beck was the sentence's first
    person (blind audit, round 8: 4 of 8 wrong "he" speakers). A name the recogniser tags as a
    person stands between whatever kind the actors stage gave it (round 90: "Rihanna")."""
    contents = ctx.contents
    persons = {m.actor for m in mentions if m.kind == "person" and m.actor}
    last: Quote | None = None
    other: dict[tuple[int, int], Speaker] = {}  # he/she phrases naming the donor by title
    for i, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        gender = PRONOUN_GENDER.get(speaker.text.lower())
        if gender is None and (speaker.actor or bare_name(speaker.text)):
            # a name the actors stage did not link ("D’Souza replied") still speaks on
            named = speaker if speaker.actor else replace(speaker, actor=speaker.text)
            last = replace(quote, speaker=named)
            persons.add(named.actor or "")
            continue
        if gender is None or last is None or last.speaker is None:
            continue
        donor = last.speaker
        if not _one_person(ctx, donor, mentions):
            continue  # "critics who say …" then "“…?” he said": a group is no "he" (PolNeAR)
        if speaker.span in other:  # one phrase, one person: the quotation it goes on with
            quotes[i] = replace(quote, speaker=other[speaker.span])
            continue
        if speaker.actor != donor.actor and donor.actor in titled_within(ctx, mentions, quote.span):
            # "“… Senator Sanders's message …,” he said. “…”": not Sanders (round 107)
            other[speaker.span] = speaker
            continue
        if _answers(quote, last) and same_person(speaker.actor, donor.actor):
            quotes[i] = replace(quote, speaker=other_party(ctx, speaker, donor, mentions, gender))
            continue  # "“…,” said Camero. “…,” he responded": not Camero (round 108x)
        if speaker.actor and (speaker.actor == donor.actor or donor.actor not in persons):
            continue
        if _answers(quote, last):
            continue  # "an Iowa voter asked if …" then "“…,” she replied": not the voter
        if speaker.span[0] - donor.span[1] > CARRY_CHARS or speaker.span[0] < donor.span[1]:
            continue
        first = (donor.actor or "").split(" ")[0]
        if given_gender(first) not in (None, gender):
            continue
        between = [
            m for m in mentions
            if donor.span[1] <= m.span[0] < speaker.span[0]  # (first: the cheapest test)
            and (m.kind == "person" or tagged_person(ctx, m)) and m.actor
            and m.actor != donor.actor
            and m.text.lower() not in PRONOUNS  # named, not a pronoun the actors stage linked
            and not any(a <= m.span[0] < b for a, b in contents)
            and not named_in_tag(ctx, m, donor.span)  # "Maddow said of a list …" (round 98)
        ]  # fmt: skip
        if not between:
            quotes[i] = replace(quote, speaker=replace(speaker, actor=donor.actor, code=donor.code))


_REPLIES = ("repl", "respond", "answer", "retort")


def _answers(quote: Quote, last: Quote) -> bool:
    """The quotation replies to the one before: the one who replies is not the one who asked
    (blind audit, round 27: Clinton's answer given to the voter), nor the one who spoke
    ('"Look, vice president, …," said Camero. "Wow, you've got balls," he responded': the vice
    president, round 108x)."""
    cue = quote.cue.text.lower() if quote.cue else ""
    return cue.startswith(_REPLIES) and last.span[1] <= quote.span[0]


def _one_person(ctx: Context, donor: Speaker, mentions: Sequence[Mention]) -> bool:
    """The donor may go on as a "he" or "she": a name the actors stage did not link, or an
    actor one of whose mentions is a person (or a name the recogniser tags as one); not a
    group or a body ("President Obama rebuked critics who say … . “…?” he said": the critics
    carried to Obama's "he", PolNeAR train, tune half)."""
    linked = [m for m in mentions if m.actor == donor.actor]
    return not linked or any(m.kind == "person" or tagged_person(ctx, m) for m in linked)
