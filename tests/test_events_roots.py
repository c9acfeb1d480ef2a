"""One sentence per CAMEO root (01-20), and the material-action vocabulary of news, through the
actors, quotes and events stages with the shipped scorer: each is coded with its root, between
the sides a careful coder names (``tests/event_root_sentences.py``, sentences of our own)."""

from __future__ import annotations

import pytest

from event_root_sentences import MATERIAL_SENTENCES, ROOT_SENTENCES, CodedSentence


@pytest.fixture(scope="module")
def coded():
    from dyads.events.sentences import code_sentences, load_nlp

    nlp = load_nlp()
    sentences = ROOT_SENTENCES + MATERIAL_SENTENCES
    return {
        s.text: [c.event for c in result.coded]
        for s, result in zip(
            sentences, code_sentences(nlp, [s.text for s in sentences]), strict=True
        )
    }


def _names(side) -> str:
    return " ".join(x for x in (side.text, side.actor or "") if x)


def _check(coded, sentence: CodedSentence) -> None:
    events = coded[sentence.text]
    right = [
        e
        for e in events
        if e.root == sentence.root
        and (_names(e.source) in sentence.source or sentence.source.endswith(e.source.text)
             or e.source.text in sentence.source)
        and (e.target.text in sentence.target or sentence.target in _names(e.target))
    ]  # fmt: skip
    assert right, [(e.source.text, e.cameo, e.target.text) for e in events]
    if sentence.symmetric:
        assert {(e.source.text, e.target.text) for e in events if e.root == sentence.root} >= {
            (right[0].target.text, right[0].source.text)
        }


def test_every_root_has_a_sentence() -> None:
    assert {s.root for s in ROOT_SENTENCES} == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize("sentence", ROOT_SENTENCES, ids=lambda s: s.code)
def test_a_sentence_per_root(coded, sentence: CodedSentence) -> None:
    _check(coded, sentence)


@pytest.mark.parametrize("sentence", MATERIAL_SENTENCES, ids=lambda s: s.code)
def test_material_actions_of_news(coded, sentence: CodedSentence) -> None:
    _check(coded, sentence)
