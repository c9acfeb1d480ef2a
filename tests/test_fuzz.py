"""Property-based fuzzing of the stages: arbitrary text never raises, spans stay in the text.

Profiles: ``ci`` (default, short) and ``long`` (``HYPOTHESIS_PROFILE=long``, the campaign
recorded in docs/RELIABILITY.md).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.actors import find_mentions
from dyads.article.plain import structure_text
from dyads.errors import DyadsError
from dyads.events.coder import find_events
from dyads.pipeline import Pipeline
from dyads.quotes import find_quotes
from dyads.records import RawDocument, spoken

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "``", "''", "\n", "\n\n", " ", "\t", "\r\n",
    "said", "told", "he", "she", "they", "it", "according to", "that", "did not", "no plans to",
    "Lavrov", "Sergei Lavrov", "Russia", "Armenia", "Moscow", "YEREVAN (Azatutyun) — ",
    "NATO", "the alliance", "Prime Minister", "criticized", "attacked", "met", "praised",
    "on December 28", "earlier this week", "September 19-20", "in late October", "May",
    ".", ",", ":", "?", "—", "-", "(", ")", "Get the Mirror in your inbox:", "Subscribe",
    "\x00", "\x07", "\u200b", "\u202e", "\ufeff", "Жители", "中国", "العربية", "🙂", "ﬁ",
    "Mr.", "U.S.", "e.g.", "...", "2023", "10,000", "'s", "’s",
]  # fmt: skip
fragments = st.one_of(st.sampled_from(PIECES), st.text(max_size=12))
texts = st.lists(fragments, max_size=80).map("".join)
long_lines = st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(1, 400))
news_like = st.one_of(
    texts, long_lines, st.lists(st.one_of(texts, long_lines), max_size=4).map("\n\n".join)
)


@pytest.fixture(scope="module")
def parser():
    return Pipeline().nlp  # the model the pipeline runs: fast attributes, entity windows, ruler


def _inside(span: tuple[int, int], text: str) -> bool:
    return 0 <= span[0] <= span[1] <= len(text)


@given(news_like)
def test_structure_never_raises_and_spans_stay_inside(text: str) -> None:
    parts = structure_text(text)
    assert _inside(parts.body, text)
    for item in parts.boilerplate:
        assert _inside(item.span, text) and text[item.span[0] : item.span[1]] == item.text


@given(text=news_like)
def test_language_stages_keep_every_span_inside_the_text(parser, text: str) -> None:
    doc = parser(text)
    mentions = find_mentions(doc, published="2023-12-28")
    for mention in mentions:
        assert _inside(mention.span, text)
        assert text[mention.span[0] : mention.span[1]] == mention.text
    quotes = find_quotes(doc, mentions, published="2023-12-28")
    for quote in quotes:
        assert _inside(quote.span, text)
        assert spoken(text, quote.span, quote.gap) == quote.content
        for part in (quote.speaker, quote.cue):
            if part is not None:
                assert _inside(part.span, text) and text[part.span[0] : part.span[1]] == part.text
    for event in find_events(doc, mentions, quotes, published="2023-12-28"):
        assert _inside(event.evidence.span, text)
        assert text[event.evidence.span[0] : event.evidence.span[1]] == event.evidence.sentence
        for side in (event.source, event.target):
            assert _inside(side.span, text)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@given(text=news_like)
def test_pipeline_raises_only_reasons(pipeline: Pipeline, text: str) -> None:
    try:
        article = pipeline.process(RawDocument(source="fuzz", content=text), published="2024-01-01")
    except DyadsError as exc:
        assert str(exc)
        return
    assert article.text == text
    assert _inside(article.body, text)
