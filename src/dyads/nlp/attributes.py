"""The attribute ruler and the rule lemmatizer, vectorised (:class:`FastAttributes`).

It writes exactly the same ``POS``, ``MORPH``, ``LEMMA``, ``TAG`` and ``DEP`` values as the two
Python-level components it replaces: it finds the attribute ruler's matches with numpy over
``Doc.to_array`` columns instead of the token-by-token ``Matcher`` and hands them to the ruler's
own ``set_annotations``, and it memoises the rule lemmatizer by the very key spaCy's own cache
uses (``ORTH``, ``POS``, ``MORPH``). On the small English model the two components cost about
15 % of a full ``nlp.pipe``; the replacement costs about 3 % (warm lemma cache).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from dyads.nlp.slot import Slot

FAST_NAME = "dyads_fast_attributes"
REPLACED = ("attribute_ruler", "lemmatizer")
_COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]

Predicate = Callable[[np.ndarray], np.ndarray]
Anchor = tuple[int, int, int]  # a token offset in the pattern, a column, its required value
_ANCHORS = ("LOWER", "TAG")


class Unsupported(ValueError):
    """An attribute-ruler pattern the vectorised matcher does not handle (use the original)."""


def use_fast_attributes(nlp: Language) -> None:
    """Put :class:`FastAttributes` in place of ``attribute_ruler`` and ``lemmatizer`` (if the
    model has both and the fast matcher supports every ruler pattern; otherwise no change)."""
    if not all(n in nlp.pipe_names for n in REPLACED):
        return
    try:
        fast = FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    except Unsupported:
        return
    nlp.add_pipe(FAST_NAME, after="lemmatizer", config={})
    nlp.get_pipe(FAST_NAME).configure(fast)  # type: ignore[attr-defined]
    for old in REPLACED:
        nlp.disable_pipe(old)


def _index_as_sets(lemmatizer: Any) -> None:
    """Make the rule lemmatizer's per-POS lemma index sets: it tests every candidate form for
    membership, and as the shipped lists (57,000 nouns) a word unseen so far costs ~80 µs."""
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for key in list(index.keys()):
        index[key] = frozenset(index[key])


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
        self.patterns: list[tuple[int, int, list[tuple[int, Predicate]], Anchor | None]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            key = np.uint64(get_string_id(str(attr_id)))
            for pattern in entry["patterns"]:
                specs: list[tuple[int, Predicate]] = []
                anchor: Anchor | None = None
                for offset, token in enumerate(pattern):
                    if not token or "OP" in token:
                        raise Unsupported("empty token patterns and operators")
                    specs.extend((offset, _predicate(a, v, strings)) for a, v in token.items())
                    for attr, value in token.items():
                        if anchor is None and isinstance(value, str) and attr in _ANCHORS:
                            anchor = (offset, _COLUMNS[attr], get_string_id(value))
                self.patterns.append((attr_id, int(key), specs, anchor))
        self._lemmas: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)  # only once every pattern is supported: the model is ours

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, sorted as ``AttributeRuler.match`` sorts them.

        A pattern that requires an exact ``LOWER`` or ``TAG`` value (nearly all of them) is
        skipped when no token of the doc has it.
        """
        n = len(doc)
        if n == 0:
            return []
        cols = doc.to_array(_ARRAY_ATTRS).astype(np.uint64).reshape(n, len(_ARRAY_ATTRS))
        present = {col: set(np.unique(cols[:, col]).tolist()) for col in (0, 1)}
        found: set[tuple[int, int, int, int]] = set()
        for attr_id, key, specs, anchor in self.patterns:
            length = max(offset for offset, _ in specs) + 1
            if length > n or (anchor is not None and anchor[2] not in present[anchor[1]]):
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


@Language.factory(FAST_NAME)
def _make_fast(nlp: Language, name: str) -> Slot:
    return Slot(name)
