"""Police kinds of the blind audit of round 108x; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* anti-drug officials are the police (``roles.csv``): "Ecuadorean anti-narcotics officials";
* a shift leader is a rank of the police, not the government (``roles.csv``);
* bare "authorities" who seize or arrest beside a sentence where the police act are the police
  (:mod:`dyads.actors.policing_authorities`).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The decision by Ecuadorean anti-narcotics officials to reject the notion that "
            "Mexican cartels have a presence in the country is likely an attempt to preserve "
            "Ecuador's reputation.",
            "Ecuadorean anti-narcotics officials",
            "ECUCOP",
        ),
        (
            "Peruvian anti-drug officials said coca cultivation fell last year.",
            "Peruvian anti-drug officials",
            "PERCOP",
        ),
        (
            "A Bolivian anti-narcotics official said the lab was destroyed.",
            "Bolivian anti-narcotics official",
            "BOLCOP",
        ),
    ],
)
def test_anti_drug_officials_are_the_police(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert {m.code for m in mentions_of(text, "2015-09-01") if m.text == mention} == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Two Federal Police agents killed a colleague in Mexico. A third agent, shift leader "
        "Bogard Lugo de Leon, also fled following the shooting.",
        "Mexican Federal Police officers searched the airport. Their shift leader, Juan "
        "Perez Lopez, was detained.",
        "In Mexico, Federal Police shift commander Jose Ramirez Soto resigned on Monday.",
    ],
)
def test_a_shift_leader_is_no_government(mentions_of: Any, text: str) -> None:
    codes = {m.code for m in mentions_of(text, "2015-09-01") if m.kind == "person" and m.code}
    assert codes and codes <= {"MEXCOP"}


@pytest.mark.parametrize(
    "text",
    [
        "In the nine days after the decree was signed, authorities confiscated 7.2 metric tons "
        "of narcotics across Colombia, El Colombiano reported. Colombian police also levied "
        "fines against 8,012 citizens and arrested 718 people.",
        "Colombian police set up checkpoints in Cali. Authorities seized 300 kilograms of "
        "cocaine in the city.",
        "Authorities arrested 40 suspects in Bogota on Tuesday. The Colombian police said "
        "the gang sold cocaine.",
    ],
)
def test_seizing_authorities_beside_the_police_are_the_police(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, "2019-01-10")
    assert {m.code for m in found if m.text.lower() == "authorities"} == {"COLCOP"}


def test_authorities_alone_keep_the_government(mentions_of: Any) -> None:
    found = mentions_of(
        "Colombian authorities confiscated 7.2 metric tons of narcotics, the ministry said.",
        "2019-01-10",
    )
    assert {m.code for m in found if m.text == "authorities"} <= {"COLGOV"}
