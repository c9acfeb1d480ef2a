"""A quoted nickname of the blind audit of round 111: 'On the afternoon of February 12, "Godo"
left to sell avocadoes on foot, accompanied by his friend. It was his second trip that day.'
gave "his" to the mayor named paragraphs before (SLVGOV): the nickname was no person, and a
quotation left open in an earlier section of the flattened story (" *** " between sections)
ran on over it (:mod:`dyads.actors.quoted_nicknames`, :func:`dyads.actors.tokens`). The input,
two paraphrases and guards for what was right.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        (
            'Mayor Salvador Ruano signed the truce. Marvin offered a speech: "We promise to '
            "return peace to this municipality. And people applauded. *** On the afternoon of "
            'February 12, "Godo" left to sell avocadoes on foot, accompanied by his friend. It '
            "was his second trip that day.",
            "Godo",
        ),
        (
            'Mayor Salvador Ruano signed the truce. Edwin said: "There will be no more '
            'bloodshed. The crowd cheered. *** Last Sunday, "Chele" walked to the market with '
            "his cousin. It was his first day out.",
            "Chele",
        ),
        (
            "Mayor Salvador Ruano signed the truce in Ilopango. The gang members wrote their "
            'names. *** On the afternoon of February 12, "Godo" left to sell avocadoes on foot, '
            "accompanied by his friend. It was his second trip that day.",
            "Godo",
        ),
    ],
)
def test_his_after_a_quoted_nickname_is_the_nickname(mentions_of, text, nickname) -> None:
    found = mentions_of(text)
    his = [m for m in found if m.text == "his"]
    assert his and all(m.actor == nickname for m in his), [(m.text, m.actor) for m in found]


def test_words_said_in_quotation_marks_are_no_nickname(mentions_of) -> None:
    """Guard: '"Never," said Ruano' and '"Enough" said the mayor' are words, not a person."""
    found = mentions_of('Mayor Salvador Ruano was asked about the deal. "Enough" said Ruano.')
    assert "Enough" not in {m.actor for m in found}


def test_a_quoted_series_keeps_the_story_s_man(mentions_of) -> None:
    """Guard: a series' title in quotation marks does not take "he"."""
    found = mentions_of(
        'Mayor Ruano said the plan was working. The new series "Narcos" premiered on Friday. '
        "He said he had not seen it."
    )
    assert {m.actor for m in found if m.text in ("He", "he")} == {"Ruano"}
