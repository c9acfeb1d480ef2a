"""Kinds of blind-audit round 33 (seed 1, after round 32's rules; session 2026-12-03c): each
kind, the input and two paraphrases of our own.

Quotes: "but" joins the speaker's next speech act as "and" does; "asking for anonymity to speak
freely" reports nothing; quoted words inside the object of a stance are not the stance-taker's.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ecuadorean army chief Jorge Pena said the FARC had been significantly reduced in "
            "Ecuador but acknowledged their presence.",
            "the FARC had been significantly reduced in Ecuador",
        ),
        (
            "The minister said the cartel had been weakened but conceded its leaders remain free.",
            "the cartel had been weakened",
        ),
        (
            "Police said the gang had been dismantled but admitted two members escaped.",
            "the gang had been dismantled",
        ),
    ],
)
def test_but_joins_the_speaker_s_next_act(quotes_in, text, content) -> None:
    found = [q for q in quotes_in(text, "2016-01-01") if q.cue is not None and q.cue.text == "said"]
    assert [q.content for q in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was described by a prominent Republican National Committee member, asking "
        "for anonymity to speak freely.",
        "A senior diplomat, asking for anonymity to discuss the talks, left the room.",
        "The mayor asked for time to study the plan.",
    ],
)
def test_asking_for_something_to_do_reports_nothing(quotes_in, text) -> None:
    assert quotes_in(text, "2016-01-01") == []


def test_asking_someone_to_act_is_still_reported(quotes_in) -> None:
    found = quotes_in("The governor asked voters to stay home.", "2016-01-01")
    assert [q.content for q in found] == ["voters to stay home"]


@pytest.mark.parametrize(
    "text",
    [
        "The British capital's new mayor rejected Trump's offer to make an \"exception\" for him.",
        'The senator rejected Obama\'s call for a "reset" with Moscow.',
        'The mayor dismissed Trump\'s promise of "special treatment".',
    ],
)
def test_quoted_words_in_a_stance_s_object_are_not_its_speech(quotes_in, text) -> None:
    assert [q for q in quotes_in(text, "2016-01-01") if q.kind == "partial"] == []


def test_a_naming_verb_s_quoted_name_is_still_speech(quotes_in) -> None:
    found = quotes_in('Trump called the deal a "disaster".', "2016-01-01")
    assert "disaster" in [q.content for q in found if q.kind == "partial"]


@pytest.mark.parametrize(
    "text",
    [
        'The Democratic National Committee is offering "a deep and sincere apology" to Bernie '
        "Sanders.",
        'The ministry offered "full cooperation" to the investigators.',
        'The rebels offered "a lasting truce" to the government.',
    ],
)
def test_a_quoted_object_of_an_offer_is_no_quotation(quotes_in, text) -> None:
    assert [q for q in quotes_in(text, "2016-01-01") if q.kind == "partial"] == []
