"""Pronoun kinds of the blind audit of round 107; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* an object pronoun of a gerund or infinitive of aim ("spoke with Mondelez CEO Irene Rosenfeld
  in hopes of persuading her") is not the doer of the act the aim hangs on
  (:mod:`dyads.actors.purposes`);
* "he" never stands for a people taken as one ("Israel's population"; ``refs.INSTITUTION_ROLES``);
* a possessive in the clause of a comparison ("as popular as Ronald Reagan was at this point
  during his presidency") is that clause's subject's, however the parser hangs it
  (:func:`dyads.actors.own_clause.own_subject`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _actors(found: list[Any], text: str) -> list[str | None]:
    return [m.actor for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "pronoun", "person"),
    [
        (
            "Ahead of last week's Illinois primary, Hillary Clinton met with workers impacted "
            "by the layoffs and spoke briefly with Mondelez CEO Irene Rosenfeld in hopes of "
            "persuading her to reconsider the move.",
            "her",
            "Irene Rosenfeld",
        ),
        (
            "Hillary Clinton called Xerox chief executive Ursula Burns in an effort to "
            "convince her to keep the plant open.",
            "her",
            "Ursula Burns",
        ),
        (
            "Donald Trump met Ford chairman William Clay Ford in the hope of persuading him "
            "to keep jobs in Michigan.",
            "him",
            "William Clay Ford",
        ),
    ],
)
def test_the_object_of_an_aim_is_not_its_doer(
    mentions_of: Any, text: str, pronoun: str, person: str
) -> None:
    actors = _actors(mentions_of(text, "2016-03-24"), pronoun)
    assert actors == [person]


def test_the_object_of_an_aim_is_the_person_the_doer_meets(mentions_of: Any) -> None:
    found = mentions_of(
        "Hillary Clinton spoke in Chicago. Workers met with Clinton in hopes of persuading her "
        "to help.",
        "2016-03-24",
    )
    assert _actors(found, "her") == ["Hillary Clinton"]


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu rejected Trump's remarks. \"He is a man who incites against 20 percent of "
        "Israel's population, a man who wants to fan the flames of hatred everywhere he "
        'visits."',
        "Erdogan attacked the plan. It angers Turkey's electorate, and everywhere he goes "
        "he hears complaints.",
        "The reform divides Brazil's population, and he knows it.",
    ],
)
def test_he_is_never_a_population(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2015-12-10")
    peoples = [m.actor for m in found if m.text.lower() == "he" and m.actor]
    assert not [a for a in peoples if "population" in a or "electorate" in a]


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama has a 53 percent approval rating in the United States. That makes him "
        "roughly as popular as Ronald Reagan was at this point during his presidency.",
        "Barack Obama has a 53 percent approval rating in the United States. That makes him "
        "roughly as popular as Ronald Reagan  was at this point during his presidency.",
        "Barack Obama is well liked in the United States. That makes him more popular than "
        "Ronald Reagan was during his second term.",
    ],
)
def test_a_possessive_in_a_comparison_is_its_subject(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2016-06-09")
    assert _actors(found, "his") == ["Ronald Reagan"]
    assert _actors(found, "him") == ["Barack Obama"]
