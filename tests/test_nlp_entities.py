"""Entity windows: the recogniser runs where an entity can stand and finds what it finds on
the whole text; everything else is outside any entity."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import NORM
from spacy.language import Language

from dyads.actors import add_actor_ruler
from dyads.config import load_settings
from dyads.nlp import WINDOWS_NAME, load_fast_model, load_model
from dyads.nlp.entities import EntityWindows, receptive_field, use_entity_windows

TEXTS = [
    "Talks in Geneva\n\nGENEVA (Dyads Wire) — Russian Foreign Minister Sergei Lavrov met U.S. "
    "Secretary of State Antony Blinken on Friday, and the two of them talked for a long while "
    "about what could be done and what could not be done before the end of the year. Moscow "
    "would not accept new sanctions, he said.",
    "She collapsed during the Sept. 11 memorial ceremony in New York, and after that the "
    "campaign said very little about it for most of the day and the following evening too.",
    "nothing here is capitalised and there are no numbers or names at all in this line",
    "Hi.",
    "",
]


def _full() -> Language:
    nlp = load_model(load_settings().spacy_model)
    add_actor_ruler(nlp)
    return nlp


def _windowed(margin: int = 4) -> Language:
    nlp = load_fast_model(load_settings().spacy_model, margin)
    add_actor_ruler(nlp)
    return nlp


def _ents(doc: object) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]  # type: ignore[attr-defined]


def test_windows_replace_ner_in_place_and_zero_keeps_the_recogniser() -> None:
    nlp = _windowed()
    assert nlp.pipe_names[-1] == "ner"
    assert nlp.get_pipe_meta("ner").factory == WINDOWS_NAME
    assert nlp.pipe_names.index("dyads_actor_ruler") < nlp.pipe_names.index("ner")
    plain = load_fast_model(load_settings().spacy_model, 0)
    assert plain.get_pipe_meta("ner").factory == "ner"
    # a margin below what the encoder reads is raised to it (4 tokens: depth 4, window 1)
    assert receptive_field(plain) == 4
    assert _windowed(2).get_pipe("ner").impl.margin == 4  # type: ignore[attr-defined]


def test_a_recogniser_that_listens_to_a_shared_encoder_is_left_whole() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}
    model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": listener,
    }
    nlp.add_pipe("ner", config={"model": model}).add_label("GPE")  # type: ignore[attr-defined]
    nlp.initialize()
    assert not use_entity_windows(nlp, 4)
    assert nlp.get_pipe_meta("ner").factory == "ner"
    own = spacy.blank("en")
    own.add_pipe("ner").add_label("GPE")  # type: ignore[attr-defined]
    own.initialize()
    assert use_entity_windows(own, 4) and own.get_pipe_meta("ner").factory == WINDOWS_NAME


def test_windowed_entities_equal_the_full_recogniser_s(seed_text: str) -> None:
    texts = [*TEXTS, seed_text]
    full, windowed = _full(), _windowed()
    total = 0
    for text, a, b in zip(texts, full.pipe(texts), windowed.pipe(texts), strict=True):
        assert _ents(a) == _ents(b), text[:40]
        total += len(a.ents)
    assert total > 60  # the seed alone has dozens, with gazetteer ids kept


def test_every_token_gets_entity_annotation() -> None:
    for doc in _windowed().pipe(TEXTS):
        assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)
    doc = _windowed()(TEXTS[2])
    assert not doc.ents


@pytest.mark.parametrize("text", ["Hi.", "On Sept. 11", "a b c d e f g h i j", "in 2023 x y z w"])
def test_docs_shorter_than_a_window(text: str) -> None:
    doc = _windowed(6)(text)
    assert len(doc) < 2 * 6 + 1
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)


def test_packed_windows_keep_the_recogniser_s_features() -> None:
    nlp = _windowed()
    impl = nlp.get_pipe("ner").impl  # type: ignore[attr-defined]
    assert isinstance(impl, EntityWindows)
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(TEXTS[1] + " " + TEXTS[2] + " And then Lavrov spoke.")
    packed, index = impl.packed(doc)
    # only some of the tokens, in order, with the tokenizer's own norms ("Sept." -> "September")
    assert 0 < len(packed) < len(doc)
    assert list(index) == sorted(set(index.tolist()))
    norms = doc.to_array([NORM])
    assert np.array_equal(packed.to_array([NORM]), norms[index])
    assert "September" in [t.norm_ for t in packed]
    # a sentence starts at every join, so no entity can run across two windows
    joins = np.flatnonzero(np.diff(index) > 1) + 1
    assert joins.size and all(packed[int(j)].is_sent_start for j in joins)
    words = {t.text for t in packed}
    assert {"Sept.", "11", "New", "York", "Lavrov"} <= words
    assert "capitalised" not in words
