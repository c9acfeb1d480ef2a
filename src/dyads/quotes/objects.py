"""Speakers decided by the cue's object: the one a naming verb names is not the speaker ("Skelly
called Braynard “a real smart guy …”"), and the one a writer quotes is ("Frank quotes former
Carter adviser Alfred Kahn: “…”"). Each rule cites the input that set it."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context, Span

__all__ = ["named_not_speaker", "quoted_one"]

_OPENING_MARKS = frozenset({"“", '"', "‘"})
_OBJECT_DEPS = frozenset({"dobj", "oprd", "attr", "npadvmod", "dep", "appos"})
# a writer relaying another's words with the quotation after the name ("quotes X: “…”")
_RELAY_VERBS = frozenset({"quote", "cite"})
# what the parser made of a subject name right before the cue when it missed it
_MISREAD_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "compound", "nmod"})


def named_not_speaker(ctx: Context, cue: Token, head: Token, para: Span) -> Token | None:
    """For ``head`` taken after a naming cue: a name right before an opening mark is the one
    named, and the speaker is the name the parser left before the cue ("And Skelly called
    Braynard “a real smart guy …”": blind audit, round 94, given to Braynard). Returns the
    name before the cue, ``cue`` itself when there is none (no speaker), or None when ``head``
    is no such object."""
    if cue.lemma_.lower() not in ctx.lex.naming or head.i <= cue.i:
        return None
    if head.dep_ not in _OBJECT_DEPS or head.head != cue:
        return None
    after = head.right_edge.i + 1
    if after >= len(ctx.doc) or ctx.doc[after].text not in _OPENING_MARKS:
        return None
    return _name_before(ctx, cue, para) or cue


def _name_before(ctx: Context, cue: Token, para: Span) -> Token | None:
    """The capitalised word right before the cue the parser hung on it as a modifier."""
    if cue.i == 0:
        return None
    tok = ctx.doc[cue.i - 1]
    if tok.dep_ not in _MISREAD_SUBJECT_DEPS or tok.head != cue or ctx.quoted[tok.i]:
        return None
    if not tok.is_title or tok.idx < para[0]:
        return None
    # an opening adverb ("Later called …") is capitalised for its place alone
    return tok if tok.pos_ == "PROPN" or tok.i > tok.sent.start else None


def quoted_one(ctx: Context, cue: Token, head: Token | None) -> Token | None:
    """The person a writer quotes, over the writer: "Frank quotes former Carter adviser
    Alfred Kahn: “I'd love the Teamsters to be worse off …”" is Kahn's (blind audit, round
    94: given to Frank). Only a named person; "cites the union's support" keeps its subject."""
    if cue.lemma_.lower() not in _RELAY_VERBS or head is None or head.head != cue:
        return None
    if head.dep_ != "nsubj":
        return None
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None or ctx.quoted[obj.i]:
        return None
    if obj.ent_type_ != "PERSON" and obj.pos_ != "PROPN":
        return None
    return obj
