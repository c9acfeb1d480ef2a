"""Speakers given as a description that carries on someone's speech: "Donald Trump is on solid
ground …, Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added, …" and "In
the text …, Wallnau wrote: … . The Christian leader further related that …" are the one who
spoke last (blind audit, round 92: left as "the former CEO", or to a generic actor)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, mention_at
from dyads.records import Mention

CONTINUED_LOOKBACK_CHARS = 1500  # about a paragraph and a quoted passage: the one who spoke last
_FIRST_PERSONS = frozenset({"i", "we", "you"})  # the voice of a quoted passage, not its reporter


def continued_speaker(
    ctx: Context, cue: Token | None, noun: Token, mentions: Sequence[Mention]
) -> Mention | None:
    """The person who spoke last before ``noun``, when ``noun`` is a definite singular
    description ("the former CEO") that no one was introduced as ("a CEO … . The CEO added" is
    that one), the subject of a cue that carries speech on (``continuing``: "added", "further
    related"), and the mention over it names no one."""
    if cue is None or noun.tag_ != "NN" or not _continues(ctx, cue):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    own = mention_at(mentions, (noun.idx, noun.idx + len(noun)))
    if own is not None and _a_name(own.actor):
        return None
    lemma = noun.lemma_.lower()
    doc = ctx.doc
    if any(
        t.lemma_.lower() == lemma and any(c.lower_ in ("a", "an") for c in t.children)
        for t in doc[: noun.i]
    ):
        return None
    return _last_speaker(ctx, noun, mentions)


def _continues(ctx: Context, cue: Token) -> bool:
    words = ctx.lex.continuing
    return cue.lemma_.lower() in words or any(
        c.dep_ == "advmod" and c.lower_ in words for c in cue.children
    )


def _a_name(actor: str | None) -> bool:
    return bool(actor) and all(w[:1].isupper() for w in actor.split())


def _last_speaker(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The named person subject of the nearest speech verb before ``noun`` (outside quotation
    marks); a first-person subject is a quoted passage's voice and is passed over. Any other
    last speaker (a body, an unnamed one) gives no one."""
    doc = ctx.doc
    for tok in reversed(doc[: noun.i]):
        if noun.idx - tok.idx > CONTINUED_LOOKBACK_CHARS:
            return None
        if ctx.quoted[tok.i] or tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.lex.speech:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or ctx.quoted[subject.i] or subject.lower_ in _FIRST_PERSONS:
            continue
        mention = mention_at(mentions, (subject.idx, subject.idx + len(subject)))
        if mention is None or mention.kind != "person" or not _a_name(mention.actor):
            return None
        return mention
    return None
