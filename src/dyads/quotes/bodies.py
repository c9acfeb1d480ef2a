"""A definite description of a body that the article named earlier by a name with the same
head: "the board" after "the Illinois State Board of Elections", "the commission" after "the
New Hampshire Ballot Law Commission"."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.quotes.context import Context

_LINKS = frozenset({"of", "on", "for", "and"})  # "Office on Drugs and Crime"


def body_named_by_head(ctx: Context, noun: Token) -> str | None:
    """The nearest name before ``noun``, outside quotation marks and reported content, that
    holds its word capitalised (blind audit, round 83: "the board" and "the commission" were
    left unresolved although the article names the Illinois State Board of Elections and the
    New Hampshire Ballot Law Commission). Only a bare "the <noun>": "the board's lawyer", "the
    state board" are not it."""
    if noun.pos_ != "NOUN" or any(c.dep_ != "det" for c in noun.children if c.i < noun.i):
        return None
    word = noun.lemma_.lower()
    doc = ctx.doc
    for tok in reversed(doc[: noun.i]):
        if tok.lemma_.lower() != word or not tok.text[:1].isupper() or ctx.quoted[tok.i]:
            continue
        if any(s <= tok.idx < e for s, e in ctx.contents):
            continue
        start, end = tok.i, tok.i + 1
        while start > 0 and _capital(doc[start - 1]):
            start -= 1
        while end < len(doc) and (
            _capital(doc[end])
            or (doc[end].lower_ in _LINKS and end + 1 < len(doc) and _capital(doc[end + 1]))
        ):
            end += 1
        if end - start >= 2:
            return doc[start:end].text
    return None


def _capital(tok: Token) -> bool:
    """A capitalised word of a name, not the sentence's opening "The"."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.lower_ != "the"
