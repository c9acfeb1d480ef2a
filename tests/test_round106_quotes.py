"""Blind audit, round 106 (fresh seed 107): three "quotations" that were no one's words. A
generic telling in a "when" clause ("when a man tells a woman that she is “moaning,”"), a
telling someone is disposed to ("People … are especially keen on telling women to stop
“moaning”") and a worry as speaker ("Concerns rose Monday over claims that …"). Each input, two
paraphrases and a guard that keeps a real speaker."""

from __future__ import annotations

import pytest

_HEAD = "Sanders and the women.\n\n"


def _quotes(pipeline, text: str) -> list:
    from dyads.records import RawDocument

    article = pipeline.process(
        RawDocument(source="t", content=_HEAD + text, published="2016-02-20")
    )
    return article.quotes


@pytest.mark.parametrize(
    "text",
    [
        "And regardless of shared political affiliations and goals, when a man tells a woman "
        'that she is "moaning," he dismisses her.',
        'When someone tells a candidate that she is "shrill," the word does the work.',
        'Whenever a man says a woman is "emotional," he ends the argument.',
    ],
)
def test_a_generic_telling_is_no_quotation(pipeline, text) -> None:
    assert not _quotes(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "People (mostly men, but also some women) are especially keen on telling women to stop "
        '"moaning" or "nagging" when women speak up about instances of inequality.',
        'Analysts are prone to saying that the plan is "dead on arrival" whenever it comes up.',
        'Pundits are fond of saying that the race is "over" long before it is.',
    ],
)
def test_a_disposition_to_tell_is_no_quotation(pipeline, text) -> None:
    assert not [q for q in _quotes(pipeline, text) if q.kind != "partial"]


@pytest.mark.parametrize(
    "text",
    [
        "Concerns rose Monday over claims that a number of military ballots had flowed in late "
        "Sunday, apparently tipping the balance to the USDP in races in far-flung states.",
        "Worries grew on Tuesday over reports that the army had moved troops to the border.",
        "Fears mounted over claims that the vote count had been delayed in three states.",
    ],
)
def test_a_worry_is_no_speaker(pipeline, text) -> None:
    speakers = {(q.speaker.text if q.speaker else "").lower() for q in _quotes(pipeline, text)}
    assert not speakers & {"concerns", "worries", "fears"}


def test_guard_a_named_speaker_in_a_when_clause_is_kept(pipeline) -> None:
    text = "When a reporter asked him about it, Senator Bernie Sanders said he was sorry."
    assert [q for q in _quotes(pipeline, text) if q.content == "he was sorry"]
