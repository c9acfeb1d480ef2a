"""Actor kinds of the blind audit of round 108x; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* a country named as the place a state of things holds in: a trend it sees, "in the midst
  of", an underworld it has, ranked "as a country", one end of a link, an example of other
  countries (:mod:`dyads.actors.place_states`);
* an office-holder the text says died, and in an undated article a head whose terms ended
  before the head the text calls current (:mod:`dyads.actors.undated_formers`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


# -- a country named as a place ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Jamaica Sees 20% Spike in Murders", "Jamaica"),
        ("Honduras suffered a sharp rise in extortion last year.", "Honduras"),
        ("Guatemala Experiences Surge in Kidnappings", "Guatemala"),
        ('Derrick Smith said Jamaica was in the midst of a "murder wave."', "Jamaica"),
        ("The minister said Honduras was in the grip of an extortion epidemic.", "Honduras"),
        ("Police said Belize was in the throes of a gang war wave.", "Belize"),
        (
            "What's more, Nicaragua is thought to have a more top-down underworld in which "
            "officials oversee the movement of drugs.",
            "Nicaragua",
        ),
        ("Analysts say Panama has a fragmented underworld run by local gangs.", "Panama"),
        ("Costa Rica is believed to have a small criminal underworld.", "Costa Rica"),
        (
            "The United Nations Office on Drugs and Crime ranks Chile as a country with high "
            "cocaine use.",
            "Chile",
        ),
        ("The report lists Uruguay as a country with low homicide rates.", "Uruguay"),
        ("Researchers classify Peru as a nation with rising coca output.", "Peru"),
        (
            "The arrests are key to understanding the main connections between Colombia and "
            "Italy today.",
            "Colombia",
        ),
        ("Investigators traced the links between Mexico and Spain.", "Mexico"),
        ("The nexus between Venezuela and Honduras worries analysts.", "Venezuela"),
        (
            "Historical examples of similar anti-corruption drives in other countries, like "
            "Italy , suggest that such efforts do not always succeed.",
            "Italy",
        ),
        (
            "Cocaine consumption in other nations, like Spain, has grown in recent years.",
            "Spain",
        ),
        ("Gangs thrive in other countries, including Guatemala, analysts said.", "Guatemala"),
    ],
)
def test_a_country_named_as_a_place_is_no_actor(mentions_of: Any, text: str, country: str) -> None:
    assert _codes(mentions_of(text, "2015-09-01"), country) == [None]


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Nicaragua has a new ambassador in Washington.", "Nicaragua", "NIC"),
        ("Colombia saw an opportunity to sign a deal with Venezuela.", "Colombia", "COL"),
        ("The talks between Colombia and Venezuela failed.", "Colombia", "COL"),
        ("Jamaica was in talks with Britain over the treaty.", "Jamaica", "JAM"),
    ],
)
def test_a_country_that_acts_stays_an_actor(
    mentions_of: Any, text: str, country: str, code: str
) -> None:
    assert _codes(mentions_of(text, "2015-09-01"), country) == [code]


# -- a dead or replaced office-holder ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The military grew under Hugo Chavez, who died in March, as he promoted officers. "
            "Hugo Chavez blamed the news on the US government.",
            "Hugo Chavez",
        ),
        (
            "Officers kept their ties to their now deceased commander-in-chief, Hugo Chavez. "
            "Hugo Chavez had praised them.",
            "Hugo Chavez",
        ),
        (
            "Venezuelans still quote the late Hugo Chavez. Hugo Chavez once nationalized oil.",
            "Hugo Chavez",
        ),
    ],
)
def test_a_head_the_text_says_died_is_no_government(mentions_of: Any, text: str, name: str) -> None:
    assert set(_codes(mentions_of(text, None), name)) == {"VENELI"}


def test_a_living_head_undated_stays_the_government(mentions_of: Any) -> None:
    found = mentions_of("Hugo Chavez blamed the news on the US government.", None)
    assert set(_codes(found, "Hugo Chavez")) == {"VENGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Investigations target eight ministers of current President Michel Temer. Marcelo "
        "Odebrecht testified that Dilma Rousseff knew of the payments.",
        "The current President Michel Temer denied the charges, and Dilma Rousseff has not "
        "commented.",
        "Brazil's current President Michel Temer spoke in Brasilia. Dilma Rousseff stayed silent.",
    ],
)
def test_a_head_before_the_current_one_is_an_elite_undated(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, None)
    assert set(_codes(found, "Dilma Rousseff")) == {"BRAELI"}
    assert {m.code for m in found if m.actor == "Michel Temer"} == {"BRAGOV"}


def test_a_head_without_a_current_one_stays_undated(mentions_of: Any) -> None:
    found = mentions_of("Dilma Rousseff spoke in Brasilia.", None)
    assert set(_codes(found, "Dilma Rousseff")) == {"BRAGOV"}
