"""A question or exclamation mark glued to the next sentence is a token of its own.

Scraped pages join a headline to the body with no space: "Did the Zetas Force US Agents Killer
to Surrender?The Zetas forced …" (blind audit, rounds 31-32: "Surrender?The" one token, the
headline's question read as the first sentence's claim and a quotation's opening). The model's
infixes split "?" and "!" only before a space, so one infix is added: the mark between a lower-
case letter and a capitalised word. A full stop is left alone ("U.S.Army" and the like).

A colon glued to an opening quotation mark is split the same way: a transcript's
'Former secretary of state Hillary Rodham Clinton:"We learned …"' made one token of
'Clinton:"We', so neither the name nor the quotation was read (PolNeAR train, tune half).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

__all__ = ["split_glued_sentences"]

_GLUED_MARK = r"(?<=[a-z])[?!](?=[A-Z][a-z])"
_GLUED_COLON = r"(?<=[A-Za-z.)]):(?=[\"“])|(?<=[A-Za-z.)]:)[\"“](?=[A-Z])"


def split_glued_sentences(nlp: Language) -> Language:
    """Add the glued-mark and glued-colon infixes to ``nlp``'s tokenizer, in place; returns
    ``nlp``."""
    current = nlp.tokenizer.infix_finditer
    shipped = [current.__self__.pattern] if current is not None else []
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*shipped, _GLUED_MARK, _GLUED_COLON]
    ).finditer
    return nlp
