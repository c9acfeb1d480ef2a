"""A speaker given as a definite plural that takes up a group the text has just named: "one of
the investigators told La Prensa Grafica" after "According to PNC investigators working the
case, …" is one of the PNC's investigators (blind audit, round 98: left unresolved though the
sentence before names the body)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dyads.quotes.context import Context, mention_at
from dyads.records import Mention

LOOKBACK_SENTENCES = 2
_BODY_KINDS = frozenset({"organisation", "group", "country"})
_THESE = frozenset({"the", "these", "those"})


def named_group_before(ctx: Context, noun: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The body that names the same plural noun in the sentences just before ``noun`` ("PNC
    investigators" for "the investigators"), outside what was said."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in _THESE for c in noun.children):
        return None
    doc = ctx.doc
    start = noun.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    for tok in reversed(doc[start : noun.sent.start]):
        if tok.lemma_ != noun.lemma_ or ctx.quoted[tok.i]:
            continue
        if tok.tag_ != "NNS":
            return None  # "German's brother" is one man, no group "the brothers" takes up (r114)
        for mod in (c for c in tok.children if c.dep_ in ("compound", "poss", "amod")):
            found = mention_at(mentions, (mod.idx, mod.idx + len(mod)))
            if found is not None and found.actor and found.kind in _BODY_KINDS:
                return found
        return None
    return None


_WHO_PREPS = frozenset({"in", "at", "from", "within", "inside", "of"})
_ROLES = frozenset({"official", "officer", "source", "expert", "analyst", "investigator",
                    "authority", "diplomat", "spokesman", "spokeswoman", "spokesperson",
                    "representative", "agent"})  # fmt: skip


def body_of_role(noun: Token | None, mentions: Sequence[Mention]) -> Mention | None:
    """The body a role noun's modifier names: "drug enforcement officials in the United
    Nations, who say …" speak for the United Nations, not for a government (blind audit, round
    98: resolved to "government" through the bare "officials")."""
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ROLES:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _WHO_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = mention_at(mentions, (obj.idx, obj.idx + len(obj)))
            if found is not None and found.actor and found.kind in _BODY_KINDS:
                return found
    return None
