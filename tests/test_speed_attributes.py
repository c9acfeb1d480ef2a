"""The vectorised attribute ruler finds the ruler's own matches and writes what it writes: the
tag map's one-token patterns looked up by value, the few others matched per pattern, every
match written in one ``Doc.from_array`` (a later match over an earlier one)."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from dyads.config import load_settings
from dyads.nlp import FAST_NAME, load_fast_model, load_model

TEXTS = [
    # multi-token patterns ("gonna", "y'all", "ain't"), a pattern that writes on its second
    # token ("There is"), the IN / NOT_IN / REGEX ones ("that", "do", "nothin'"), spaces
    "We're gonna keep talking, y'all, and it ain't over. There is nothin' to fear, she said "
    "that they do.  \n\nThere are talks.",
    "They are gonna talk again; y'all know there ain't a deal. There was nothin' left, as he "
    "did say that we do.\n\n  There were protests.",
    "I'm gonna say it: there is no deal and there ain't gonna be, and nothin' we do changes "
    "that.   \n\nIs there a plan? I do not know whether there is.",
]


def _attrs(doc: object) -> np.ndarray:
    return doc.to_array([POS, MORPH, LEMMA, TAG, DEP, HEAD])  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_attributes_write_what_the_ruler_and_lemmatizer_write(text: str) -> None:
    name = load_settings().spacy_model
    full, fast = load_model(name), load_fast_model(name)
    a, b = full(text), fast(text)
    assert np.array_equal(_attrs(a), _attrs(b))
    assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_attributes_find_the_rulers_own_matches(text: str) -> None:
    fast = load_fast_model(load_settings().spacy_model)
    names = fast.pipe_names
    with fast.select_pipes(enable=names[: names.index(FAST_NAME)]):
        doc = fast(text)
    impl = fast.get_pipe(FAST_NAME).impl  # type: ignore[attr-defined]
    ruler = fast.get_pipe("attribute_ruler")
    expected = ruler.match(doc)
    assert impl.match(doc) == expected
    assert {ruler.indices[m[0]] for m in expected} >= {0, 1}, "a match written past its start"
    assert any(end - start > 1 for _, _, start, end in expected), "a multi-token pattern"
