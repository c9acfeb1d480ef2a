"""The words a tokenizer splits the gazetteer's and lexicons' phrases into: read from a data
file written once per installation, or found by tokenizing the phrases at run time.

The gazetteer entity ruler (:mod:`dyads.actors.ruler`) and the lexicon phrase matchers
(:mod:`dyads.actors.tokens`) compare token hashes, so all they need of a phrase is its words.
Tokenizing the 22,116 phrases and building a ``Doc`` for each took about a second of every
process's start (``benchmarks/startup.py``). ``data/actors/phrase_words.json``, written by
``python -m dyads.actors.build_phrase_words``, holds the result: the words of the few hundred
phrases that the tokenizer does not split at their spaces alone (``"U.S."``, ``"People's"``,
``"arms-runners"``); every other phrase is its space-separated parts.

The file is used only where it is valid, else the phrases are tokenized as before:

* for the same spaCy version (whose English rules made the file);
* for the same phrases (a digest of :func:`pattern_phrases`: a table edited without running
  the script falls back until it is run; ``tests/test_phrase_words_data.py`` fails meanwhile);
* for the ruler, for a model whose tokenizer has the same rules (special cases, prefixes,
  suffixes, infixes, URL and token matches: :func:`tokenizer_digest`); another configured
  model's phrases are tokenized with that model's rules. The lexicon matchers split with
  spaCy's English rules whatever the model (:func:`dyads.nlp.patterns.pattern_english`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from dyads.actors.gazetteer import DATA_DIR, Gazetteer, load_gazetteer
from dyads.nlp.patterns import pattern_copy, pattern_english, tokenizer_rules

DATA = DATA_DIR / "phrase_words.json"
Words = Callable[[str], tuple[str, ...]]  # phrase -> its words, in order


def lexicon_forms(phrase: str) -> tuple[str, ...]:
    """The forms a role word or description noun is matched in: as written, capitalised and
    in title case (the tokenizer keeps "Sen." whole but splits "sen."), without repeats."""
    return tuple(dict.fromkeys((phrase, phrase.capitalize(), phrase.title())))


def pattern_phrases(gaz: Gazetteer) -> list[str]:
    """Every phrase the ruler and the lexicon matchers split, once each, in a fixed order:
    the ruler's patterns, then the role and description forms, then the region phrases."""
    phrases = [p["pattern"] for p in gaz.ruler_patterns()]
    for phrase in [*gaz.roles, *gaz.descriptions]:
        phrases += lexicon_forms(phrase)
    return list(dict.fromkeys([*phrases, *gaz.region_actors]))


def phrases_digest(phrases: list[str]) -> str:
    """SHA-256 (hex) of the phrases, one a line."""
    return hashlib.sha256("\n".join(phrases).encode("utf-8")).hexdigest()


def tokenizer_digest(tokenizer: Tokenizer) -> str:
    """SHA-256 (hex) of what a tokenizer splits by besides its vocabulary: its special cases,
    prefix, suffix and infix patterns, token and URL matches and heuristics flag."""
    text = json.dumps(tokenizer_rules(tokenizer), sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _stored() -> dict[str, Any] | None:
    """The data file's content, or None when it is missing or unreadable."""
    try:
        data = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@cache
def _phrases_digest() -> str:
    return phrases_digest(pattern_phrases(load_gazetteer()))


def stored_splits(tokenizer: Tokenizer | None) -> dict[str, list[str]] | None:
    """The file's splits (phrase -> words, for the phrases not split at spaces alone) when
    the file is valid for ``tokenizer`` (None: spaCy's English rules) and the gazetteer's
    phrases; None when the phrases must be tokenized at run time."""
    data = _stored()
    if data is None or data.get("spacy") != spacy.__version__:
        return None
    if tokenizer is not None and tokenizer_digest(tokenizer) != data.get("tokenizer"):
        return None
    if data.get("phrases") != _phrases_digest():
        return None
    splits = data.get("splits")
    return splits if isinstance(splits, dict) else None


def phrase_words(nlp: Language | None) -> Words:
    """A function giving a phrase's words as ``nlp``'s tokenizer splits it (``nlp`` None:
    spaCy's English rules): from the data file when valid, else by tokenizing each phrase
    (over a text-only vocabulary, :mod:`dyads.nlp.patterns`)."""
    model = None if nlp is None else nlp.tokenizer
    if model is None or isinstance(model, Tokenizer):
        splits = stored_splits(model)  # type: ignore[arg-type]
        if splits is not None:
            return lambda phrase: tuple(splits.get(phrase) or phrase.split(" "))
    tokenizing = pattern_english() if nlp is None else pattern_copy(nlp)
    return lambda phrase: tuple(t.text for t in tokenizing.make_doc(phrase))
