"""Blind audit, round 108x (fresh articles): a description by state given to the senator named
just before it, who sits for another state ("The Florida senator told reporters …" given to
"Sen. Joni Ernst, R-Iowa", named after Marco Rubio). Each input, two paraphrases and a guard
that keeps what was right."""

from __future__ import annotations

import pytest


def _actors(quotes_in, text: str) -> list[str | None]:
    quotes = quotes_in("Candidates fan out in Iowa.\n\n" + text, "2016-01-26")
    return [q.speaker.actor for q in quotes if q.speaker and "senator" in q.speaker.text]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Marco Rubio, who is third in many Iowa Republican polls, stressed defense issues and "
            "Supreme Court appointments during an appearance with Sen. Joni Ernst, R-Iowa.\n\n"
            "The Florida senator told reporters he feels good about his campaign in Iowa, and "
            '"we\'ll see what it translates to a week from tonight."',
            "Marco Rubio",
        ),
        (
            "Ted Cruz campaigned in Des Moines on Monday alongside Sen. Chuck Grassley, R-Iowa.\n\n"
            "The Texas senator told supporters he expects a strong turnout on caucus night.",
            "Ted Cruz",
        ),
        (
            "Bernie Sanders spoke at a rally in Ames with Sen. Chuck Schumer of New York.\n\n"
            "The Vermont senator said the campaign has momentum in Iowa.",
            "Bernie Sanders",
        ),
    ],
)
def test_a_state_description_fits_the_senator_of_that_state(quotes_in, text, holder) -> None:
    actors = _actors(quotes_in, text)
    assert actors, "the senator's words are kept"
    assert all(a == holder for a in actors), actors


def test_the_senator_named_last_keeps_a_bare_title(quotes_in) -> None:
    text = (
        "Sen. Ted Cruz held a rally in Des Moines on Monday.\n\n"
        "The senator told reporters he expects a strong turnout on caucus night."
    )
    assert _actors(quotes_in, text) == ["Ted Cruz"]
