""" "The paper" that speaks is the document the article names, not a newspaper: after "Saudi
Arabia is distributing to members of Congress an unusual white paper", "the paper notes the
government monitors 20,000 … mosques" is the Saudi paper's, not Politico's (blind audit, round
108x: given to Politico, USAMED)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, mention_at
from dyads.records import Mention

# the kinds of paper that are documents: "a white paper", "the policy paper"
_DOCUMENT_KINDS = frozenset(
    {"white", "position", "policy", "discussion", "working", "briefing", "green", "strategy"}
)
_SUBJECTS = ("nsubj", "nsubjpass")


def document_author(
    ctx: Context, head: Token | None, mentions: Sequence[Mention]
) -> tuple[str | None, str | None] | None:
    """``(actor, code)`` of the author of the document "the paper" stands for, ``(None,
    None)`` when the text does not say who made it; None when "the paper" names no document."""
    if head is None or head.lower_ != "paper" or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    named = [t for t in ctx.doc[: head.i] if t.lower_ == "paper" and _a_document(t)]
    if not named:
        return None
    for paper in named:
        maker = _maker(paper)
        if maker is None:
            continue
        mention = mention_at(mentions, (maker.idx, maker.idx + len(maker)))
        if mention is not None and mention.actor:
            return mention.actor, mention.code
    return None, None


def _a_document(paper: Token) -> bool:
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in _DOCUMENT_KINDS for c in paper.children
    )


def _maker(paper: Token) -> Token | None:
    """Who issues the paper: the subject of the verb whose object or place it is ("Saudi Arabia
    is distributing … a white paper", "the Saudis state in the white paper"), the parser's
    misreadings of the object as an apposition included."""
    if paper.dep_ not in ("dobj", "appos", "pobj", "dative"):
        return None
    verb = next((t for t in paper.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
