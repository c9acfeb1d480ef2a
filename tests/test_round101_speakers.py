"""Round 101 (blind audit, fresh seed 104): speakers. Each fault's input, two paraphrases of
our own, and the guards of what was right.

* a cue joined to a scare-quoted verb under a trailing outlet's tag ('Canova “bristled” and
  said, “No comment,” The Miami Herald reported') is the person's, not the outlet's;
* an epithet the person gives themselves ("The self-described democratic socialist") renames
  the subject of the sentence before, even one the tagger read as a common noun;
* "according to the results of the poll" is a number's source, no one's words.
"""

from __future__ import annotations

import pytest

DAY = "2016-03-16"


def _quotes(quotes_in, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q.kind, q.content, q.speaker.text if q.speaker else None,
         q.speaker.actor if q.speaker else None)
        for q in quotes_in(text, DAY)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("When asked about Sanders’ absence on the trail, Canova “bristled” and said, “No "
         "comment,” The Miami Herald reported.", "No comment", "Canova"),
        ("The mayor sighed and said, “We will rebuild,” the Tribune reported.", "We will rebuild",
         "The mayor"),
        ("Ortiz “laughed” and told reporters, “That is false,” El Pais reported.", "That is false",
         "Ortiz"),
    ],
)  # fmt: skip
def test_words_under_an_outlets_tag_are_the_persons(quotes_in, text, words, speaker) -> None:
    found = _quotes(quotes_in, text)
    assert any(k == "direct" and c.startswith(words) and s == speaker for k, c, s, _ in found), (
        found
    )


def test_a_report_of_the_speakers_act_still_goes_to_the_speaker(quotes_in) -> None:
    """Guard (the rule the fix narrowed): "said it was opposed to the test and warned Seoul"
    is North Korea's report."""
    found = _quotes(quotes_in, "North Korea said it was opposed to the test and warned Seoul.")
    assert ("indirect", "it was opposed to the test", "North Korea", "North Korea") in found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Bernie Sanders trails in the polls. Sanders visited Missouri on Saturday, holding a "
         "rally in Springfield that drew nearly 5,000 people. The self-described democratic "
         "socialist said he would win the state’s primary if turnout were high.",
         "Bernie Sanders"),
        ("Ron Paul toured Iowa on Friday. The self-proclaimed libertarian said taxes must fall.",
         "Ron Paul"),
        ("Marine Le Pen spoke in Lyon on Sunday. The self-styled patriot said France must leave "
         "the euro.", "Marine Le Pen"),
    ],
)  # fmt: skip
def test_a_self_given_label_renames_the_last_subject(quotes_in, text, actor) -> None:
    found = _quotes(quotes_in, text)
    assert any(k == "indirect" and a == actor for k, _, _, a in found), found


def test_a_new_person_is_not_renamed(quotes_in) -> None:
    """Guard: a description introduced as someone new stays that someone."""
    text = ("Ron Paul toured Iowa on Friday. A self-described libertarian in the crowd said "
            "taxes must fall.")  # fmt: skip
    assert not [a for *_, a in _quotes(quotes_in, text) if a == "Ron Paul"]


@pytest.mark.parametrize(
    "text",
    [
        "Three weeks ahead of the Pennsylvania primary, Donald Trump and Hillary Clinton are "
        "holding on to single-digit leads among likely voters in their state's primaries, "
        "according to the results of the latest Quinnipiac University poll released Wednesday.",
        "Turnout rose by a tenth, according to the results of the census.",
        "Most voters back the plan, according to the survey's results.",
    ],
)
def test_a_polls_results_are_no_speaker(quotes_in, text) -> None:
    assert not _quotes(quotes_in, text)


def test_a_pollster_who_speaks_is_still_quoted(quotes_in) -> None:
    """Guard: the poll's director is someone."""
    text = "Tim Malloy, the poll's assistant director, said the race was tightening."
    assert any(s and "Malloy" in s for _, _, s, _ in _quotes(quotes_in, text))
