"""Tokenizers for pattern phrases: the rules of a real tokenizer over a vocabulary whose words
carry only their text and lower case.

A phrase matcher compares token hashes (``ORTH`` or ``LOWER``), which are the same in every
vocabulary. Tokenized by the model itself, each of the gazetteer's and lexicons' thousands of
phrases would make the model's vocabulary compute every new word's lexical attributes (shape,
prefix, suffix, ``like_num`` …) in Python, most of a second of each process's start for words
most texts never contain (``benchmarks/startup.py``). The words a text does contain get their
attributes when the text is parsed, as before.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.attrs import LOWER
from spacy.lang.en import English
from spacy.lang.lex_attrs import lower
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

from dyads.nlp.abbreviations import keep_abbreviations
from dyads.nlp.glued import split_glued_sentences


def text_only_vocab() -> Vocab:
    """A vocabulary whose lexemes hold their text and its lower case, nothing else."""
    return Vocab(lex_attr_getters={LOWER: lower})


@cache
def pattern_english() -> Language:
    """A blank English pipeline (``spacy.blank("en")``'s tokenizer, title abbreviations kept
    whole and glued sentence marks split as in the models) over a text-only vocab; one per
    process."""
    return split_glued_sentences(keep_abbreviations(English(vocab=text_only_vocab())))


# what a Tokenizer splits by, besides its vocabulary
SETTINGS = ("rules", "prefix_search", "suffix_search", "infix_finditer", "token_match",
            "url_match", "faster_heuristics")  # fmt: skip


def tokenizer_rules(tokenizer: Tokenizer) -> tuple[Any, ...]:
    """The tokenizer's settings (:data:`SETTINGS`, in order), a compiled regex's bound method
    by its pattern: special cases as a dict, patterns as strings, a flag."""
    values = (getattr(tokenizer, name) for name in SETTINGS)
    return tuple(getattr(getattr(v, "__self__", None), "pattern", v) for v in values)


def pattern_copy(nlp: Language) -> Language:
    """A pipeline without components whose tokenizer splits text exactly as ``nlp``'s does
    (same special cases, prefixes, suffixes, infixes and URL rules) over a text-only vocab."""
    model = nlp.tokenizer
    if not isinstance(model, Tokenizer):  # a custom tokenizer: use it as it is
        return nlp
    english = pattern_english()
    if tokenizer_rules(model) == tokenizer_rules(english.tokenizer):  # type: ignore[arg-type]
        return english  # the usual case: the English models split as spaCy's English does
    vocab = text_only_vocab()
    tokenizer = Tokenizer(vocab, **{name: getattr(model, name) for name in SETTINGS})
    return Language(vocab, create_tokenizer=lambda _: tokenizer)
