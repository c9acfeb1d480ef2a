"""Named entities where one can stand: the model's own recogniser, run over token windows.

The small English model's ``ner`` costs about half of a whole parse (its own tok2vec and a
transition model over every token), yet most tokens of news text are lower-case words that
stand in no entity the stages read. :class:`EntityWindows` runs that same ``ner`` only on
windows of ``margin`` tokens either side of the tokens that can open one: a token with an
upper-case letter (a capitalised stop word such as "The" or "He" only when tagged a proper
noun), a digit, a number word, a date or number word from ``data/entity_words.yaml``, or an
entity the gazetteer ruler has already set. The windows of a doc are packed into one shorter
doc that keeps the parser's sentence starts (and starts a sentence at every join, so no entity
spans two windows) and the ruler's entities; those docs go through ``ner`` in one batch, and
the entities found are written back. Every other token is outside any entity.

Why the entities are (nearly always) the recogniser's own: its tok2vec is hash embeddings under
a four-layer CNN of window 1, so a token's vector depends on four tokens either side, and its
transition features read the next token, the open entity's first token and the previous one.
With ``margin >= 4`` every token that opened a window is embedded exactly as in the whole doc;
only lower-case tokens near a window's edge can differ in their last layers. The change against
the full recogniser is measured on the PolNeAR dev texts by ``benchmarks/throughput.py
--compare`` (``docs/BENCHMARKS.md``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from spacy.attrs import ENT_IOB, ENT_TYPE, NORM, ORTH, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from dyads.nlp.slot import Slot

WINDOWS_NAME = "dyads_entity_windows"
WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "entity_words.yaml"
PROPER_TAGS = ("NNP", "NNPS")
_IOB_I, _IOB_B = 1, 3  # spaCy's ENT_IOB codes (0 missing, 2 outside)

# What a word alone says about opening a window (cached per ORTH).
_NEVER, _ALWAYS, _CAPITALISED_STOP = 0, 1, 2


@cache
def entity_words() -> frozenset[str]:
    """The lower-case date and number words of ``data/entity_words.yaml``."""
    data = yaml.safe_load(WORDS_PATH.read_text(encoding="utf-8"))
    return frozenset(w.lower() for words in data.values() for w in words)


def use_entity_windows(nlp: Language, margin: int) -> bool:
    """Run ``nlp``'s ``ner`` through :class:`EntityWindows` (keeps the pipe name ``ner``, so
    components placed before or after it stay where they are); whether it did.

    ``margin`` is raised to the encoder's :func:`receptive_field`. No change if ``margin <= 0``,
    or if the recogniser reads a shared tok2vec or transformer (a listener, as in some other
    models): the packed doc would not carry its vectors.
    """
    if margin <= 0 or "ner" not in nlp.pipe_names:
        return False
    ner = nlp.get_pipe("ner")
    if any("listener" in node.name for node in ner.model.walk()):
        return False
    margin = max(margin, receptive_field(nlp))
    nlp.replace_pipe("ner", WINDOWS_NAME, config={})
    nlp.get_pipe("ner").configure(EntityWindows(ner, margin))  # type: ignore[attr-defined]
    return True


def receptive_field(nlp: Language) -> int:
    """Tokens either side that the recogniser's own encoder reads (depth × window of a
    window encoder, 4 for the small English model; 0 when the config does not say)."""
    encode = nlp.get_pipe_config("ner").get("model", {}).get("tok2vec", {}).get("encode", {})
    depth, window = encode.get("depth"), encode.get("window_size")
    return depth * window if isinstance(depth, int) and isinstance(window, int) else 0


class EntityWindows:
    """The recogniser ``ner`` applied to the windows of a doc that can hold an entity."""

    def __init__(self, ner: Any, margin: int) -> None:
        self.ner = ner
        self.margin = margin
        self.words = entity_words()
        self.proper = np.array([get_string_id(t) for t in PROPER_TAGS], dtype=np.uint64)
        self._kinds: dict[int, int] = {}

    def _kind(self, orth: int, doc: Doc) -> int:
        kind = self._kinds.get(orth)
        if kind is None:
            lexeme = doc.vocab[orth]
            text = lexeme.orth_
            lower = text.lower()
            if lexeme.like_num or lower in self.words or any(c.isdigit() for c in text):
                kind = _ALWAYS
            elif lower != text:
                kind = _CAPITALISED_STOP if lexeme.is_stop else _ALWAYS
            else:
                kind = _NEVER
            self._kinds[orth] = kind
        return kind

    def windows(self, doc: Doc, cols: np.ndarray) -> np.ndarray:
        """Indices of the tokens in some window, ascending (``cols``: ORTH, TAG, ENT_IOB)."""
        orths, inverse = np.unique(cols[:, 0], return_inverse=True)
        kinds = np.array([self._kind(h, doc) for h in orths.tolist()], dtype=np.uint8)
        kind = kinds[inverse.reshape(-1)]
        opens = (kind == _ALWAYS) | (cols[:, 2] == _IOB_B) | (cols[:, 2] == _IOB_I)
        opens |= (kind == _CAPITALISED_STOP) & np.isin(cols[:, 1], self.proper)
        width = 2 * self.margin + 1
        covered = np.convolve(opens.astype(np.int32), np.ones(width, dtype=np.int32), "full")
        return np.flatnonzero(covered[self.margin : self.margin + len(opens)] > 0)

    def packed(self, doc: Doc) -> tuple[Doc, np.ndarray] | None:
        """The windows of ``doc`` as one doc, and each of its tokens' index in ``doc``."""
        n = len(doc)
        if n == 0:
            return None
        cols = doc.to_array([ORTH, TAG, ENT_IOB, ENT_TYPE, SENT_START, SPACY, NORM]).astype(
            np.int64
        )
        index = self.windows(doc, cols[:, :3].astype(np.uint64))
        if index.size == 0:
            return None
        strings = doc.vocab.strings
        rows = cols[index]
        starts = rows[:, 4] == 1
        starts[0] = True
        starts[1:] |= np.diff(index) > 1  # a join starts a sentence: no entity across it
        packed = Doc(
            doc.vocab,
            words=[strings[int(h)] for h in rows[:, 0].astype(np.uint64).tolist()],
            spaces=rows[:, 5].astype(bool).tolist(),
            sent_starts=starts.tolist(),
        )
        # the tokenizer's exceptions give some tokens their own NORM ("Sept." -> "September"),
        # one of the recogniser's features; a doc built from words would have the lexeme's
        packed.from_array([NORM], rows[:, 6:7].astype(np.uint64))
        preset = np.isin(rows[:, 2], (_IOB_B, _IOB_I))
        if preset.any():
            iob = np.where(preset, rows[:, 2], 0)
            types = np.where(preset, rows[:, 3], 0)
            packed.from_array([ENT_IOB, ENT_TYPE], np.stack([iob, types], axis=1).astype(np.uint64))
        return packed, index

    def write_back(self, doc: Doc, packed: Doc | None, index: np.ndarray | None) -> Doc:
        """Put the entities ``ner`` found in ``packed`` on ``doc``; other tokens become O."""
        found: list[Span] = []
        if packed is not None and index is not None:
            for ent in packed.ents:
                first, last = int(index[ent.start]), int(index[ent.end - 1])
                if last - first != ent.end - 1 - ent.start or doc[first].ent_iob == _IOB_B:
                    continue  # spans a join (cannot happen), or the ruler's own entity
                found.append(Span(doc, first, last + 1, label=ent.label))
        if found:
            doc.set_ents(found, default="unmodified")
        iob = doc.to_array([ENT_IOB])
        missing = np.flatnonzero(iob == 0)
        if missing.size:
            doc.set_ents([], outside=_runs(doc, missing), default="unmodified")
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            packs = [self.packed(doc) for doc in batch]
            todo = [p[0] for p in packs if p is not None]
            done = iter(self.ner.pipe(todo, batch_size=max(1, len(todo))))
            for doc, pack in zip(batch, packs, strict=True):
                if pack is None:
                    yield self.write_back(doc, None, None)
                else:
                    yield self.write_back(doc, next(done), pack[1])


def _runs(doc: Doc, tokens: np.ndarray) -> list[Span]:
    """Spans over the runs of consecutive token indices in ``tokens`` (ascending)."""
    breaks = np.flatnonzero(np.diff(tokens) > 1) + 1
    return [doc[int(run[0]) : int(run[-1]) + 1] for run in np.split(tokens, breaks)]


@Language.factory(WINDOWS_NAME)
def _make_windows(nlp: Language, name: str) -> Slot:
    return Slot(name)
