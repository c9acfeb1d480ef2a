"""Hard limits that keep every stage's cost bounded on hostile or degenerate input.

Real news sentences stay far below ``MAX_SENTENCE_TOKENS`` (the longest in the PolNeAR dev
set has 113 tokens); a longer "sentence" is a run-on the parser could not split (lists,
tables, markup debris, thousands of quotation marks), whose parse carries no reliable clause
structure and whose analysis would cost time quadratic in its length. The quote and event
stages skip such sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 250


def in_long_sentence(doc: Doc) -> list[bool]:
    """For every token of ``doc``: does it stand in a sentence over the limit? (one pass)"""
    flags = [False] * len(doc)
    for sent in doc.sents:
        if len(sent) > MAX_SENTENCE_TOKENS:
            flags[sent.start : sent.end] = [True] * len(sent)
    return flags
