"""The phrase-words data file holds how spaCy's English tokenizer splits the actor tables'
phrases (dyads.actors.build_phrase_words); the ruler and lexicon matchers built from it equal
those built by tokenizing at run time, which is what they fall back to when the file does not
fit the configured model, the spaCy version or the tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import ORTH
from spacy.pipeline import EntityRuler

from dyads.actors import phrase_words as pw
from dyads.actors.gazetteer import load_gazetteer
from dyads.actors.ruler import RULER_NAME, GazetteerRuler
from dyads.actors.tokens import matchers
from dyads.nlp.patterns import pattern_copy, pattern_english

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from dyads.actors import add_actor_ruler
    from dyads.config import load_settings
    from dyads.nlp import ModelNotInstalled, load_model

    try:
        model = load_model(load_settings().spacy_model)
    except ModelNotInstalled:
        pytest.skip("the spaCy model is not installed")
    add_actor_ruler(model)
    return model


def test_file_matches_the_tables_and_the_installed_spacy() -> None:
    from dyads.actors.build_phrase_words import content

    stored = json.loads(pw.DATA.read_text(encoding="utf-8"))
    assert stored == content(), "stale: run python -m dyads.actors.build_phrase_words"
    assert pw.stored_splits(None) == stored["splits"]


def test_file_serves_the_default_model(nlp) -> None:  # type: ignore[no-untyped-def]
    assert pw.stored_splits(nlp.tokenizer) is not None


def _tokenized(tokenizing: spacy.Language, phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenizing.make_doc(phrase))


def test_stored_words_equal_the_tokenizers() -> None:
    words, english = pw.phrase_words(None), pattern_english()
    for phrase in pw.pattern_phrases(load_gazetteer()):
        assert words(phrase) == _tokenized(english, phrase), phrase


def test_another_tokenizer_falls_back_to_tokenizing() -> None:
    other = spacy.blank("en")
    other.tokenizer.add_special_case("Bosnia-Herzegovina", [{ORTH: "Bosnia-Herzegovina"}])
    assert pw.stored_splits(other.tokenizer) is None
    before = len(other.vocab)
    words = pw.phrase_words(other)
    assert words("Bosnia-Herzegovina") == ("Bosnia-Herzegovina",)
    assert words("People's Republic of China") == _tokenized(pattern_copy(other), "People's "
                                                             "Republic of China")  # fmt: skip
    assert len(other.vocab) == before  # the model's vocabulary left alone


def test_stale_or_missing_file_falls_back(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pw, "_phrases_digest", lambda: "a table edited since")
    assert pw.stored_splits(None) is None
    monkeypatch.undo()
    monkeypatch.setattr(pw, "_stored", lambda: None)
    assert pw.stored_splits(None) is None
    assert pw.phrase_words(None)("arms-runners") == ("arms", "-", "runners")


def _contents(matcher) -> dict[str, set[tuple[int, ...]]]:  # type: ignore[no-untyped-def]
    return matcher.__reduce__()[1][1]  # the keywords per key, as pickling gives them


def test_lexicon_matchers_equal_when_built_by_tokenizing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stored = matchers()
    monkeypatch.setattr(pw, "_stored", lambda: None)
    tokenized = matchers.__wrapped__()
    assert stored.keys == tokenized.keys
    assert _contents(stored.roles) == _contents(tokenized.roles)
    assert _contents(stored.regions) == _contents(tokenized.regions)
    # and equal to Docs made by the tokenizer, as the matchers were once built
    english = pattern_english()
    for key, keywords in _contents(stored.regions).items():
        doc = english.make_doc(key.split("|", 1)[1])
        assert keywords == {tuple(doc.to_array(ORTH).tolist())}


def _ents(doc: spacy.tokens.Doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_ruler_sets_the_entities_spacys_entity_ruler_set(nlp) -> None:  # type: ignore[no-untyped-def]
    ruler = nlp.get_pipe(RULER_NAME)
    assert isinstance(ruler, GazetteerRuler)
    reference = EntityRuler(pattern_copy(nlp), overwrite_ents=True)
    reference.add_patterns(load_gazetteer().ruler_patterns())
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append("GEORGIA and Georgia; the Kremlin, the U.S. and Moscow's allies.")
    found = 0
    for text in texts:
        bare = nlp.make_doc(text)
        assert _ents(ruler(bare.copy())) == _ents(reference(bare.copy()))
        with nlp.select_pipes(disable=[RULER_NAME]):  # entities already set: overwritten
            tagged = nlp(text)
        assert _ents(ruler(tagged.copy())) == _ents(reference(tagged.copy()))
        found += len(ruler(bare.copy()).ents)
    assert found > 20
