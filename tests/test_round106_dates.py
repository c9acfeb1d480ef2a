"""Blind audit, round 106 (fresh seed 107): "But over time, the government of President Thein
Sein again began to imprison journalists and critics" took the lead's Monday, though it tells a
trend of the past years. A deed under a verb of beginning or going on is no deed of the story's
occasion. The input, two paraphrases and a guard."""

from __future__ import annotations

import pytest

_STORY = (
    "Opposition appears headed for win in Burma.\n\n"
    "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming "
    "victory in Burma's elections.\n\n"
    "The military had ruled the country for decades before the junta began reforms in 2010 "
    "and freed political prisoners.\n\n{sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "But over time, the government of President Thein Sein again began to imprison "
        "journalists and critics.",
        "Over the years, the government of President Thein Sein started to arrest critics.",
        "The government of President Thein Sein then resumed detaining opposition critics.",
    ],
)
def test_a_trend_is_no_deed_of_the_occasion(pipeline, sentence) -> None:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="t", content=_STORY.format(sentence=sentence), published="2015-11-10")
    )
    found = [e for e in article.events if e.root == "17"]
    assert found and not [e for e in found if e.date is not None and e.date.basis == "lead"]


def test_guard_a_deed_told_in_the_simple_past_keeps_the_occasion(pipeline) -> None:
    from dyads.records import RawDocument

    sentence = "The government of President Thein Sein arrested two journalists."
    article = pipeline.process(
        RawDocument(source="t", content=_STORY.format(sentence=sentence), published="2015-11-10")
    )
    found = [e for e in article.events if e.root == "17"]
    assert found and {e.date.basis for e in found} == {"lead"}
