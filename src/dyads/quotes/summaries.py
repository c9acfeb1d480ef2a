"""The writer's summary that closes a reported clause: "said the city would close the shelter,
a move critics have called cruel" reports only "the city would close the shelter" (moved from
:mod:`dyads.quotes.endings`)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context
from dyads.quotes.endings import DASHES, SETS_OFF


def without_summary(ctx: Context, comp: Token, end: int) -> int:
    """``end`` brought back before the writer's summary of the claim: "said the city would close
    the shelter, a move critics have called cruel" reports "the city would close the shelter"
    (blind audit, round 50: the gloss was stored as the mayor's words). Summary heads are
    ``summary_nouns`` in ``data/quote_cues.yaml``."""
    for tok in ctx.doc[comp.i + 1 : end - 2]:
        if not ctx.quoted[tok.i] and opens_summary(tok, ctx.lex.summary_nouns):
            return tok.i
    return end


def opens_summary(mark: Token, nouns: frozenset[str]) -> bool:
    """``mark`` is the comma or dash before "a|an (adjectives) NOUN" that sums up what came
    before and goes on to a clause of its own: "…, a figure that could not be verified", "—
    a controversial proposal he has raised before", "…, a step welcomed by Kiev". An
    apposition that only names ("a proposal, a plan to divide the region") is not one."""
    doc = mark.doc
    if mark.text not in SETS_OFF | DASHES or mark.i + 3 >= len(doc):
        return False
    if doc[mark.i + 1].lower_ not in ("a", "an"):
        return False
    for word in doc[mark.i + 2 : mark.i + 5]:
        if word.pos_ == "NOUN" and word.lemma_.lower() in nouns:
            nxt = word.i + 1
            if nxt + 1 < len(doc) and doc[nxt].lower_ == "of" and doc[nxt + 1].pos_ == "NOUN":
                nxt += 2  # "a version of events that villagers reject"
            after = doc[nxt] if nxt < len(doc) else word
            follows = after.lower_ in ("that", "which") or after.pos_ in ("PRON", "PROPN")
            follows = follows or (after.pos_ == "NOUN" and after.dep_.startswith("nsubj"))
            # "an account the army disputes": the relative clause's subject is a noun phrase
            follows = follows or (after.pos_ == "DET" and after.head.dep_.startswith("nsubj"))
            return follows or after.tag_ == "VBN" or after.dep_ == "relcl"
        if word.pos_ not in ("ADJ", "ADV"):
            return False
    return False
