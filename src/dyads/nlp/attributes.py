"""The attribute ruler and the rule lemmatizer, vectorised (:class:`FastAttributes`).

It writes exactly the same ``POS``, ``MORPH``, ``LEMMA``, ``TAG`` and ``DEP`` values as the two
Python-level components it replaces: it finds the attribute ruler's matches with numpy over
``Doc.to_array`` columns instead of the token-by-token ``Matcher`` (the tag map's one-token
patterns by a look-up of each token's tag), writes what the ruler's ``set_annotations`` would
in one ``Doc.from_array``, and it memoises the rule lemmatizer by the very key spaCy's own cache
uses (``ORTH``, ``POS``, ``MORPH``). On the small English model the two components cost about
15 % of a full ``nlp.pipe``; the replacement costs about 3 % (warm lemma cache), and about half
of that since the matches are found by value and written at once (2.8 s -> 1.5 s CPU on 324
PolNeAR and InSight Crime texts, the same values on every token).
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
            hashes = np.unique(np.array([get_string_id(v) for v in arg], dtype=np.uint64))
            if op == "IN":
                return lambda a: _member(a[:, col], hashes)
            return lambda a: ~_member(a[:, col], hashes)
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
        # one-token patterns of exact values (nearly all): columns -> values -> (attr_id, key)
        self.exact: dict[tuple[int, ...], dict[tuple[int, ...], list[int]]] = {}
        self.keys: list[int] = []  # the match key of each attr_id
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
                if _exact(pattern):
                    items = sorted(pattern[0].items(), key=lambda av: _COLUMNS[av[0]])
                    columns = tuple(_COLUMNS[a] for a, _ in items)
                    values = tuple(get_string_id(v) for _, v in items)
                    self.exact.setdefault(columns, {}).setdefault(values, []).append(attr_id)
                else:
                    self.patterns.append((attr_id, int(key), specs, anchor))
            self.keys.append(int(key))
        self.by_value = {
            columns[0]: _ByValue(self.exact.pop(columns))
            for columns in list(self.exact)
            if len(columns) == 1
        }
        self.firsts = {
            columns: np.array(sorted({v[0] for v in table}), dtype=np.uint64)
            for columns, table in self.exact.items()
        }
        self.writes = _Writes(ruler)
        self._lemmas: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)  # only once every pattern is supported: the model is ours

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, sorted as ``AttributeRuler.match`` sorts them."""
        return [(i, self.keys[i], start, end) for i, start, end in self.found(doc).tolist()]

    def found(self, doc: Doc) -> np.ndarray:
        """The matches as rows ``(attr_id, start, end)``, sorted and each once.

        A one-token pattern of exact values is looked up by each token's values (with numpy
        when it reads one column, as the tag map's do); of the others, one that requires an
        exact ``LOWER`` or ``TAG`` value is skipped when no token of the doc has it.
        """
        n = len(doc)
        if n == 0:
            return np.zeros((0, 3), dtype=np.int64)
        cols = doc.to_array(_ARRAY_ATTRS).astype(np.uint64).reshape(n, len(_ARRAY_ATTRS))
        parts = [by_value.rows(cols[:, column]) for column, by_value in self.by_value.items()]
        found: list[tuple[int, int, int]] = []
        for columns, table in self.exact.items():
            at = np.flatnonzero(_member(cols[:, columns[0]], self.firsts[columns]))
            for i, values in zip(at.tolist(), cols[at][:, columns].tolist(), strict=True):
                found.extend((attr_id, i, i + 1) for attr_id in table.get(tuple(values), ()))
        present = {col: set(np.unique(cols[:, col]).tolist()) for col in (0, 1)}
        for attr_id, _key, specs, anchor in self.patterns:
            length = max(offset for offset, _ in specs) + 1
            if length > n or (anchor is not None and anchor[2] not in present[anchor[1]]):
                continue
            mask = np.ones(n - length + 1, dtype=bool)
            for offset, pred in specs:
                mask &= pred(cols[offset : n - length + 1 + offset])
            found.extend(
                (attr_id, start, start + length) for start in np.flatnonzero(mask).tolist()
            )
        parts.append(np.array(found, dtype=np.int64).reshape(-1, 3))
        rows = np.concatenate(parts)
        # each row once, sorted: as one number per row (a 2-D unique sorts far slower)
        codes = np.unique((rows[:, 0] * (n + 1) + rows[:, 1]) * (n + 1) + rows[:, 2])
        rest, ends = np.divmod(codes, n + 1)
        ids, starts = np.divmod(rest, n + 1)
        return np.stack([ids, starts, ends], axis=1)

    def __call__(self, doc: Doc) -> Doc:
        self.writes.apply(doc, self.found(doc))
        self.lemmatize(doc)
        return doc

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


def _member(column: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.isin(column, values)`` for sorted unique ``values`` (without sorting the column)."""
    if len(values) == 0:
        return np.zeros(len(column), dtype=bool)
    j = np.minimum(np.searchsorted(values, column), len(values) - 1)
    return values[j] == column


def _exact(pattern: list[dict[str, Any]]) -> bool:
    """One token, every attribute an exact string of a column read (``{"TAG": "DT", "LOWER":
    "a"}``)."""
    return len(pattern) == 1 and all(
        attr in _COLUMNS and isinstance(value, str) and not isinstance(value, bool)
        for attr, value in pattern[0].items()
    )


class _Writes:
    """What ``AttributeRuler.set_annotations`` writes, in one ``Doc.from_array``: each match
    sets its entry's attributes on one token, a later match over an earlier one (the ruler
    makes a Span and a Token per match: a thousand per article)."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.index = np.array(ruler.indices, dtype=np.int64)
        self.plain = all(isinstance(a, int) for attrs in ruler.attrs for a in attrs)
        names = sorted({a for attrs in ruler.attrs for a in attrs}) if self.plain else []
        self.names = names
        self.has = {a: np.array([a in attrs for attrs in ruler.attrs], dtype=bool) for a in names}
        self.values = {
            a: np.array([attrs.get(a, 0) for attrs in ruler.attrs], dtype=np.uint64) for a in names
        }

    def apply(self, doc: Doc, found: np.ndarray) -> None:
        """Write the matches ``found`` (rows ``(attr_id, start, end)``, in the ruler's order)."""
        ids, starts, ends = found[:, 0], found[:, 1], found[:, 2]
        index = self.index[ids]
        at = np.where(index >= 0, starts + index, ends + index)
        if not self.plain or ((at < starts) | (at >= ends)).any():
            # extension attributes, or an index outside its match: the ruler's own way (error)
            keys = [int(get_string_id(str(i))) for i in ids.tolist()]
            rows = zip(ids.tolist(), keys, starts.tolist(), ends.tolist(), strict=True)
            self.ruler.set_annotations(doc, list(rows))
            return
        names = [a for a in self.names if self.has[a][ids].any()]
        if not names:
            return
        array = doc.to_array(names).astype(np.uint64).reshape(len(doc), len(names))
        for col, attr in enumerate(names):
            chosen = self.has[attr][ids]
            tokens, values = at[chosen][::-1], self.values[attr][ids[chosen]][::-1]
            tokens, last = np.unique(tokens, return_index=True)  # the last match of each token
            array[tokens, col] = values[last]
        doc.from_array(names, array)


class _ByValue:
    """One-token patterns of one exact column value: value -> the attr_ids that match it."""

    def __init__(self, table: dict[tuple[int, ...], list[int]]) -> None:
        self.values = np.array(sorted(v for (v,) in table), dtype=np.uint64)
        lists = [table[(v,)] for v in self.values.tolist()]
        self.counts = np.array([len(ids) for ids in lists], dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(self.counts)[:-1]]).astype(np.int64)
        self.ids = np.array([i for ids in lists for i in ids], dtype=np.int64)

    def rows(self, column: np.ndarray) -> np.ndarray:
        """``(attr_id, i, i + 1)`` for every token ``i`` whose value has patterns."""
        j = np.minimum(np.searchsorted(self.values, column), len(self.values) - 1)
        tokens = np.flatnonzero(self.values[j] == column)
        j = j[tokens]
        counts = self.counts[j]
        tokens = np.repeat(tokens, counts)
        # the entries of each token's value, one after the other
        within = np.arange(len(tokens)) - np.repeat(np.cumsum(counts) - counts, counts)
        ids = self.ids[np.repeat(self.offsets[j], counts) + within]
        return np.stack([ids, tokens, tokens + 1], axis=1)


@Language.factory(FAST_NAME)
def _make_fast(nlp: Language, name: str) -> Slot:
    return Slot(name)
