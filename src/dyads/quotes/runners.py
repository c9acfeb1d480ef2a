"""Who "the candidate" is when no one is titled so: the one person whose campaign the article
names ("Donald J. Trump has shaken up his presidential campaign" … "The candidate has bucked
efforts …, telling his aides …"; blind audit, round 88: left as "candidate")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, mention_at
from dyads.records import Mention

__all__ = ["runner"]

# what a candidate runs: "his presidential campaign", "the Trump campaign", "her candidacy"
_RACES = frozenset({"campaign", "candidacy"})
_OWNERS = frozenset({"poss", "compound"})


def runner(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The person who owns a campaign before ``noun`` ("his campaign", "Mr. Trump's
    candidacy", "the Clinton campaign"), outside quotation marks, in the article's body; only
    when one person does: with two campaigns named, "the candidate" stays a description."""
    found: dict[str, Mention] = {}
    for tok in ctx.doc[: noun.i]:
        if tok.lemma_.lower() not in _RACES or tok.idx < ctx.lo or ctx.quoted[tok.i]:
            continue
        for owner in (c for c in tok.children if c.dep_ in _OWNERS and c.i < tok.i):
            if owner.pos_ not in ("PROPN", "PRON"):
                continue
            mention = mention_at(mentions, (owner.idx, owner.idx + len(owner)))
            person = mention is not None and mention.kind == "person"
            if person and mention.actor and mention.actor[:1].isupper():
                found[mention.actor] = mention
    return next(iter(found.values())) if len(found) == 1 else None
