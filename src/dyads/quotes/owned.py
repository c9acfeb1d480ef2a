"""A reported clause the parser hung on a speech verb although a statement noun in the verb's
object owns it: "A number of readers have asked questions about Clinton's assertion that 90 to
95 percent of the e-mails were in the State Department system" is Clinton's assertion, not the
readers' words (blind audit, round 94)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.authors import named_maker
from dyads.quotes.context import Context, Draft, Span
from dyads.quotes.syntax import phrase_span

__all__ = ["owned_claim"]

_OWNED_CONFIDENCE = 0.7  # as a statement noun's own clause
_OBJECT_DEPS = frozenset({"dobj", "pobj"})
_MEDIUM_PREPS = frozenset({"in", "at", "during", "via", "through"})


def owned_claim(ctx: Context, cue: Token, comp: Token, span: Span) -> Draft | None:
    """The draft of ``comp`` as the content of the statement noun right before its "that",
    when that noun lies in ``cue``'s object and names its maker ("Clinton's assertion", "a
    claim by the ministry"); None when the clause is the cue's own or the maker is unnamed."""
    if comp.i < cue.i:
        return None
    that = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i <= cue.i + 1 or that.i != comp.left_edge.i:
        return None
    noun = ctx.doc[that.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lex.statement_nouns:
        return None
    if noun.dep_ not in _OBJECT_DEPS or not cue.is_ancestor(noun):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _MEDIUM_PREPS:
        return None  # "told reporters in a Garcia statement that …": where the cue spoke
    author = named_maker(noun)
    if author is None or ctx.quoted[author.i] or author.i >= noun.i or author.pos_ == "PRON":
        return None  # "said in its statement that …": the subject's own words
    draft = Draft("indirect", span, paragraph=ctx.paragraph_of(span[0]))
    draft.cue, draft.cue_token = (noun.idx, noun.idx + len(noun)), noun
    draft.speaker_head, draft.speaker = author, phrase_span(author)
    draft.confidence = _OWNED_CONFIDENCE
    return draft
