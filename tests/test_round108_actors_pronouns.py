"""Pronoun kinds of the blind audit of round 108x; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* a plural pronoun after an armed group named in its own sentence is the group's, not a plural
  group's of an earlier sentence (:mod:`dyads.actors.armed_they`);
* a bare surname shared by several people that says a quotation speaking of "my father" is
  not the story's main namesake but the one named last (:mod:`dyads.actors.kin_speakers`).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The flexible nature of the services that the Shining Path provides drug traffickers "
            "in Peru is proving to be a challenge. It appears that the taxation structure the "
            "Shining Path has established in the VRAEM allows them to profit.",
            "PERREB",
        ),
        (
            "Coca growers in Colombia pay heavy taxes. The system the FARC built in Caqueta "
            "lets them earn millions every year.",
            "COLREB",
        ),
        (
            "Migrants cross Tamaulipas every week. The network the Zetas run along the border "
            "in Mexico allows them to charge each migrant.",
            "MEXCRM",
        ),
    ],
)
def test_them_after_an_armed_group_in_its_sentence_is_the_group(
    mentions_of: Any, text: str, code: str
) -> None:
    assert {m.code for m in mentions_of(text, "2015-09-01") if m.text == "them"} == {code}


def test_them_of_the_plural_in_its_own_sentence_stays(mentions_of: Any) -> None:
    found = mentions_of(
        "The Shining Path taxes drug traffickers in Peru. Police arrested the traffickers and "
        "questioned them.",
        "2015-09-01",
    )
    assert {m.code for m in found if m.text == "them"} == {"PERCRM"}


# -- a bare surname that speaks of its parent --------------------------------------------------
_STORY = (
    "Donald Trump promised to give millions to charity. Trump gave little, records show. "
    "Trump's aides declined to comment. Trump later defended his record. "
)


@pytest.mark.parametrize(
    "text",
    [
        _STORY + 'Then, last week, Eric Trump called. "My father has given me and my foundation '
        'hundreds of thousands of dollars," Trump said late last week. His foundation, '
        "established in 2007, has raised more than $8 million.",
        _STORY + 'Eric Trump spoke on Monday. "My dad always gave generously," Trump said. His '
        "charity runs golf tournaments.",
        _STORY + 'Eric Trump spoke at the convention. "I love my father," Trump told the '
        "crowd in Cleveland.",
    ],
)
def test_a_surname_speaking_of_its_parent_is_not_the_parent(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-07-13")
    tail = len(_STORY)
    said = [m for m in found if m.text == "Trump" and m.span[0] > tail]
    assert said and all(m.actor != "Donald Trump" for m in said)


def test_a_surname_quoting_others_stays_the_story_s(mentions_of: Any) -> None:
    found = mentions_of(
        _STORY + 'Eric Trump called. "We will build the wall," Trump said at a rally in Ohio.',
        "2016-07-13",
    )
    tail = len(_STORY)
    assert {m.actor for m in found if m.text == "Trump" and m.span[0] > tail} == {"Donald Trump"}
