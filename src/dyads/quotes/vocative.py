"""The one a quoted request addresses by name at its start ("“Delegates, vote your
conscience,” he urged"): the addressee, not part of what is asked (blind audit, round 95: the
vocative was kept in the request's content)."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.nlp import doc_tokens
from dyads.quotes.context import Context, Draft

__all__ = ["without_vocative"]

VOCATIVE_WORDS = 4  # "Ladies and gentlemen", "Mr. President", "my fellow Democrats"
_NAME_POS = frozenset({"NOUN", "PROPN"})
_PHRASE_POS = _NAME_POS | {"DET", "ADJ", "CCONJ", "PRON", "PUNCT"}
_NOT_ADDRESSED = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "PERCENT"})
_REQUEST_OPENERS = frozenset({"please", "let", "do", "don't", "dont", "never", "always"})


def _imperative(tok: Token, phrase: list[Token]) -> bool:
    """A request opens here: a bare verb with no subject but the name before the comma, which
    the parser takes for one ("Delegates, vote …"); "please", "let us", "do not"."""
    if tok.lower_ in _REQUEST_OPENERS:
        return True
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return tok.tag_ in ("VB", "VBP") and all(c in phrase for c in subjects)


def without_vocative(ctx: Context, draft: Draft) -> None:
    """Cut a direct quotation's opening vocative ("Friends, do not give up") off its content
    and give it as the addressee when none is known: only when a request follows the comma,
    and the words before it are a short noun phrase that is no date, place or number
    ("Yesterday, we passed …", "Washington, we have …" stay whole)."""
    if draft.kind != "direct" or draft.stance:
        return
    words = ctx.doc.char_span(*draft.span, alignment_mode="expand")
    if words is None:
        return
    toks = [
        t
        for t in doc_tokens(ctx.doc)[words.start : words.end]
        if not (t.is_space or (t.is_punct and t.is_quote))
    ]
    comma = next((i for i, t in enumerate(toks[: VOCATIVE_WORDS + 1]) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(toks):
        return
    phrase = toks[:comma]
    if not any(t.pos_ in _NAME_POS for t in phrase):
        return
    if any(t.pos_ not in _PHRASE_POS or t.ent_type_ in _NOT_ADDRESSED for t in phrase):
        return
    if any(t.pos_ == "PRON" and t.lower_ != "my" for t in phrase):
        return  # "We, the people, …" is a subject, not someone addressed
    rest = toks[comma + 1]
    if not _imperative(rest, phrase) or rest.idx >= draft.span[1]:
        return
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    draft.addressee = draft.addressee or ctx.text[start:end]
    draft.span = (rest.idx, draft.span[1])
