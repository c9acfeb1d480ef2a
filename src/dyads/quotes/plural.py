"""Plural speakers resolved over the article: "they" is the plural speaker who spoke last, not a
country named in passing; "the two" and "both men" are the two people named together just
before, one record each, as :mod:`dyads.quotes.joint` gives "both X and Y said" (blind audit,
round 84: "They ask …" given to the United States after "the groups … say"; "The two admit …"
left unresolved after "Hillary Clinton and Bernie Sanders are both progressives")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from dyads.quotes.antecedents import LOOKBACK_SENTENCES
from dyads.quotes.context import Context, mention_at
from dyads.records import Mention, Quote

__all__ = ["carry_they", "impersonal_they", "the_two"]

CARRY_CHARS = 800  # how far back "they" looks for the plural speaker it goes on with
_THEY = frozenset({"they"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# "the two", "both men", "the pair", "the two candidates": two people spoken of together
_PAIR = re.compile(r"(?:the\s+(?:two|pair|duo)|both)(?:\s+(?:men|women|[a-z]+s))?", re.IGNORECASE)
# "the brothers noted" after "German Ortega" and "Freddy Ortega, German's brother": the members
# of the one family the article names (blind audit, round 114: left unresolved)
_KIN = re.compile(r"(?:the|both)\s+(?:brothers|sisters|siblings|twins)", re.IGNORECASE)
_KIN_WORDS = frozenset({"brother", "sister", "sibling", "twin"})
FAMILY_LOOKBACK_CHARS = 3000


def _plural_head(ctx: Context, quote: Quote) -> Token | None:
    """The head of ``quote``'s speaker phrase when it is a plural common noun ("the groups");
    not another "they", whose own antecedent may be a guess."""
    if quote.speaker is None:
        return None
    words = ctx.doc.char_span(*quote.speaker.span, alignment_mode="expand")
    if words is None or not len(words):
        return None
    head = words.root
    return head if head.tag_ in _PLURAL_TAGS and head.pos_ == "NOUN" else None


def carry_they(ctx: Context, quotes: list[Quote]) -> None:
    """ "the groups who wrote to her on Thursday say they are “concerned …”. They ask …": a
    "they" speaker is the plural speaker of the quotation just before when the text names no
    other plural subject in between: it takes that speaker's actor, or none (then the quotation
    goes, as an unresolved pointer does), never the actors stage's guess at a name said in
    passing. A singular speaker just before leaves "they" as it was."""
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].span)
    for n, k in enumerate(order):
        quote = quotes[k]
        if quote.speaker is None or quote.speaker.text.lower() not in _THEY:
            continue
        if quote.cue is not None and impersonal_they(ctx, quote.speaker.span, quote.cue.span):
            continue
        donor = next(
            (quotes[j] for j in reversed(order[:n])
             if quotes[j].speaker is not None and quotes[j].speaker.span != quote.speaker.span),
            None,
        )  # fmt: skip
        if donor is None or donor.speaker is None or _plural_head(ctx, donor) is None:
            continue
        gap = quote.speaker.span[0] - donor.speaker.span[1]
        if not 0 <= gap <= CARRY_CHARS or _plural_between(ctx, donor, quote):
            continue
        speaker = replace(quote.speaker, actor=donor.speaker.actor, code=donor.speaker.code)
        quotes[k] = replace(quote, speaker=speaker)


def _plural_between(ctx: Context, donor: Quote, quote: Quote) -> bool:
    """A plural noun subject of the writer's between the two speakers: "Police said … .
    Residents fled. They said …" is the residents."""
    assert donor.speaker is not None and quote.speaker is not None
    span = ctx.doc.char_span(
        donor.speaker.span[1], quote.speaker.span[0], alignment_mode="contract"
    )
    return span is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in _PLURAL_TAGS and not ctx.quoted[t.i]
        and not any(s <= t.idx < e for s, e in ctx.contents)
        for t in span
    )  # fmt: skip


def the_two(ctx: Context, quotes: list[Quote], mentions: Sequence[Mention]) -> list[Quote]:
    """One quotation per person for a speaker "the two" or "both men" left unresolved, when the
    sentences just before name two people joined by "and" and no other person after them; for
    "the brothers", "the sisters", the members of the one family the article names."""
    out: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        words = speaker.text.strip() if speaker is not None else ""
        kin = _KIN.fullmatch(words) is not None
        if speaker is None or speaker.actor or not (kin or _PAIR.fullmatch(words)):
            out.append(quote)
            continue
        people: Sequence[Mention] | None = _named_pair(ctx, speaker.span[0], mentions)
        if people is None and kin:
            people = _one_family(ctx, speaker.span[0], [*mentions, *_speakers(quotes)])
        if people is None:
            out.append(quote)
            continue
        out += [
            replace(quote, speaker=replace(speaker, actor=m.actor, code=m.code)) for m in people
        ]
    return out


def _named_pair(
    ctx: Context, before: int, mentions: Sequence[Mention]
) -> tuple[Mention, Mention] | None:
    """The last two persons named as "X and Y" before ``before``, within a few sentences and
    outside quotation marks and reported content, with no person named after them."""
    at = ctx.doc.char_span(before, before + 1, alignment_mode="expand")
    if at is None:
        return None
    start = at[0].sent.start
    for _ in range(LOOKBACK_SENTENCES - 1):
        if start > 0:
            start = ctx.doc[start - 1].sent.start
    for tok in reversed(ctx.doc[start : at[0].i]):
        if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.head.pos_ != "PROPN":
            if _a_person(ctx, tok, mentions):
                return None  # someone else named after the pair
            continue
        first, second = tok.head, tok
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            return None
        one, two = _a_person(ctx, first, mentions), _a_person(ctx, second, mentions)
        if one is None or two is None or one.actor == two.actor:
            return None
        return one, two
    return None


def _one_family(ctx: Context, before: int, mentions: Sequence[Mention]) -> list[Mention] | None:
    """The people named before ``before`` (within ``FAMILY_LOOKBACK_CHARS``, outside quotation
    marks and reported content) who share a family name, when one family only has two to four
    members named and the text has called someone a brother, sister, sibling or twin before:
    one mention each, the last of each person's."""
    if not any(
        t.lemma_.lower() in _KIN_WORDS and not ctx.quoted[t.i] for t in ctx.doc if t.idx < before
    ):
        return None  # the text never said they were kin: "the brothers" may be others
    families: dict[str, dict[str, Mention]] = {}
    for mention in mentions:
        if mention.span[1] > before or before - mention.span[0] > FAMILY_LOOKBACK_CHARS:
            continue
        if mention.kind != "person" or not mention.actor or " " not in mention.actor:
            continue
        if ctx.in_quotes(mention.span[0]) or any(s <= mention.span[0] < e for s, e in ctx.contents):
            continue
        family = mention.actor.rsplit(" ", 1)[1]
        families.setdefault(family, {})[mention.actor] = mention
    kin = [list(people.values()) for people in families.values() if 2 <= len(people) <= 4]
    return kin[0] if len(kin) == 1 else None


def _speakers(quotes: list[Quote]) -> list[Mention]:
    """The quotations' named speakers as person mentions ("said German Ortega", whose name the
    actors stage may have split at a nationality word)."""
    return [
        Mention(text=q.speaker.text, span=q.speaker.span, actor=q.speaker.actor,
                code=q.speaker.code, kind="person")
        for q in quotes
        if q.speaker is not None and q.speaker.actor and q.speaker.text == q.speaker.actor
    ]  # fmt: skip


def _a_person(ctx: Context, tok: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person mention over ``tok``, named outside quotation marks and reported content."""
    if ctx.quoted[tok.i] or any(s <= tok.idx < e for s, e in ctx.contents):
        return None
    mention = mention_at(mentions, (tok.idx, tok.idx + len(tok)))
    if mention is None or mention.kind != "person" or not mention.actor:
        return None
    return mention if mention.text.lower() not in ("he", "she", "him", "her") else None


_PLACE_ADVERBS = frozenset({"here", "there"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def impersonal_they(ctx: Context, speaker: tuple[int, int], cue: tuple[int, int]) -> bool:
    """ "in Guasdualito they say the contraband remained …": a present "they say" after a place
    ("In X they say", "here they say"), or with nothing plural in its sentence before it or in
    the sentence before, is what people say, no one's report (blind audit, round 85: given to
    the Venezuelan rebels the sentence before spoke of)."""
    words = ctx.doc.char_span(*speaker, alignment_mode="expand")
    said = ctx.doc.char_span(*cue, alignment_mode="expand")
    if words is None or said is None or len(words) != 1 or words[0].lower_ not in _THEY:
        return False
    they, verb = words[0], said[0]
    if verb.lemma_.lower() != "say" or verb.tag_ != "VBP" or they.head != verb:
        return False
    for child in verb.children:
        if child.i > they.i:
            break
        if child.dep_ == "advmod" and child.lower_ in _PLACE_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            place = next((g for g in child.children if g.dep_ == "pobj"), None)
            if place is not None and (place.pos_ == "PROPN" or place.ent_type_ in _PLACE_ENTS):
                return place.ent_type_ not in ("DATE", "TIME", "ORG")  # "In Iowa", not "In May"
    start = they.sent.start
    before = ctx.doc[ctx.doc[start - 1].sent.start if start > 0 else start : they.i]
    return not any(_plural(t) for t in before)


def _plural(tok: Token) -> bool:
    """A word "they" may stand for: a plural noun or pronoun, names joined by "and", a body."""
    if tok.tag_ in _PLURAL_TAGS or tok.lower_ in ("they", "them", "their", "we", "us", "our"):
        return True
    if tok.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN"):
        return True
    return tok.ent_type_ in ("ORG", "NORP", "GPE")
