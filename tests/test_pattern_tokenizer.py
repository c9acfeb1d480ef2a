"""The tokenizer that splits the gazetteer's and lexicons' phrases (dyads.nlp.patterns) splits
them exactly as the model does, and leaves the model's vocabulary alone."""

from __future__ import annotations

import pytest

from dyads.actors.gazetteer import load_gazetteer
from dyads.nlp.patterns import pattern_copy, pattern_english


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dyads.config import load_settings
    from dyads.nlp import ModelNotInstalled, load_model

    try:
        return load_model(load_settings().spacy_model)
    except ModelNotInstalled:
        pytest.skip("the spaCy model is not installed")


def _phrases() -> list[str]:
    gaz = load_gazetteer()
    forms = [p["pattern"] for p in gaz.ruler_patterns() if isinstance(p["pattern"], str)]
    for phrase in [*gaz.roles, *gaz.descriptions]:
        forms += [phrase, phrase.capitalize(), phrase.title()]
    return forms + list(gaz.region_actors)


def test_patterns_split_as_the_model_splits_them(nlp) -> None:  # type: ignore[no-untyped-def]
    copy, english = pattern_copy(nlp), pattern_english()
    for phrase in _phrases():
        words = [t.text for t in nlp.make_doc(phrase)]
        assert [t.text for t in copy.make_doc(phrase)] == words, phrase
        assert [t.text for t in english.make_doc(phrase)] == words, phrase


def test_pattern_words_stay_out_of_the_model_vocab(nlp) -> None:  # type: ignore[no-untyped-def]
    copy = pattern_copy(nlp)
    assert copy.vocab is not nlp.vocab
    before = len(nlp.vocab)
    copy.make_doc("Zzyzxqwv Plorkbridge")
    assert len(nlp.vocab) == before
