"""The doc's token list made once (``dyads.nlp.doc_tokens``) indexes and slices as the Doc
does: the same tokens, the same slice bounds (negative, reversed, past the end)."""

from __future__ import annotations

from typing import Any

import pytest

from dyads.nlp import doc_tokens

_TEXTS = [
    "Nikol Pashinyan said the talks had failed, the Associated Press reported.",
    "“We will win,” she said. According to Reuters, he denied that he was leaving.",
    "A",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_doc_tokens_are_the_docs(nlp: Any, text: str) -> None:
    doc = nlp(text)
    tokens = doc_tokens(doc)
    assert tokens is doc_tokens(doc)  # made once
    assert [(t.i, t.text, t.dep_) for t in tokens] == [(t.i, t.text, t.dep_) for t in doc]
    n = len(doc)
    bounds = range(-n - 2, n + 3)
    for start in bounds:
        assert tokens[start] == doc[start] if -n <= start < n else True
        for stop in bounds:
            assert [t.i for t in tokens[start:stop]] == [t.i for t in doc[start:stop]]
    assert [t.i for t in tokens[:3]] == [t.i for t in doc[:3]]
    assert [t.i for t in reversed(tokens[: n - 1])] == [t.i for t in reversed(doc[: n - 1])]


def test_span_iteration_matches(nlp: Any) -> None:
    doc = nlp(_TEXTS[1])
    for sent in doc.sents:
        assert doc_tokens(doc)[sent.start : sent.end] == list(sent)
