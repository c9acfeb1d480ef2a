"""The fast analysis path loses nothing: same token attributes, same mentions, quotes, events."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from dyads.config import load_settings
from dyads.nlp import FAST_NAME, load_fast_model, load_model
from dyads.pipeline import Pipeline
from dyads.records import RawDocument, to_dict

TEXTS = [
    "Talks in Geneva\n\nGENEVA (Dyads Wire) — Russian Foreign Minister Sergei Lavrov met U.S. "
    "Secretary of State Antony Blinken on Friday. “We're gonna keep talking,” Lavrov told "
    "reporters, adding that Moscow would not accept new sanctions. Blinken said the United "
    "States condemned the attack on Kyiv and let's not forget: he promised more aid.\n",
    "Protest Turns Violent\n\nPARIS — Police fired tear gas at protesters in Paris on Saturday. "
    "The interior minister accused the organisers of provoking the clashes. “This is "
    "unacceptable,” she said.   Unions threatened to strike again next week.\n\n"
    "Germany's chancellor urged calm and offered to mediate between the two sides.\n",
    "Ceasefire\n\nIsrael and Hamas agreed to a ceasefire on Tuesday, Egyptian officials said. "
    "The United Nations welcomed the deal; China called for talks. Iran rejected it.\n",
]


def _attrs(doc: object) -> np.ndarray:
    return doc.to_array([POS, MORPH, LEMMA, TAG, DEP, HEAD])  # type: ignore[attr-defined]


def test_fast_model_writes_the_same_token_attributes(seed_text: str) -> None:
    name = load_settings().spacy_model
    full, fast = load_model(name), load_fast_model(name)
    assert FAST_NAME in fast.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(fast.disabled)
    assert FAST_NAME not in full.pipe_names
    texts = [*TEXTS, seed_text, "gonna gotta let's  \n\n  ", ""]
    for text, a, b in zip(texts, full.pipe(texts), fast.pipe(texts), strict=True):
        assert np.array_equal(_attrs(a), _attrs(b)), text[:40]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def _analysed(pipeline: Pipeline, texts: list[str], published: str | None) -> list[dict]:
    articles = [
        pipeline.build(RawDocument(source=f"t{i}.txt", content=t, kind="text"), published=published)
        for i, t in enumerate(texts)
    ]
    if pipeline.fast:
        results = pipeline.analyse_many(articles)
    else:
        results = [pipeline.analyse(a) for a in articles]
    return [to_dict(r) for r in results]


@pytest.mark.parametrize("published", [None, "2023-12-28"])
def test_fast_and_full_analysis_find_the_same(seed_text: str, published: str | None) -> None:
    texts = [seed_text, *TEXTS, seed_text.replace("Lavrov", "Peskov")]
    full = _analysed(Pipeline(fast=False), texts, published)
    fast = _analysed(Pipeline(fast=True), texts, published)
    for a, b in zip(full, fast, strict=True):
        assert a["mentions"] == b["mentions"]
        assert a["quotes"] == b["quotes"]
        assert a["events"] == b["events"]
        assert a == b
    assert sum(len(a["quotes"]) for a in full) > 5 and sum(len(a["events"]) for a in full) > 5


def test_analyse_many_keeps_going_past_a_failing_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import dyads.pipeline

    real = dyads.pipeline.find_quotes

    def flaky(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "tear gas" in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(dyads.pipeline, "find_quotes", flaky)
    pipeline = Pipeline(load_settings())
    articles = [
        pipeline.build(RawDocument(source=f"{n}.txt", content=t, kind="text"))
        for n, t in enumerate(TEXTS)
    ]
    results = pipeline.analyse_many(articles)
    assert isinstance(results[1], RuntimeError)
    assert results[0] is articles[0] and results[0].quotes
    assert results[2] is articles[2] and results[2].events
