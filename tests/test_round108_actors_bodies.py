"""Body kinds of the blind audit of round 108x; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* "the DNC" / "the RNC" named as the convention's venue is no party
  (:mod:`dyads.actors.conventions`);
* an armed group the text calls disbanded ("the now-demobilized FARC") is no armed group
  (:mod:`dyads.actors.disbanded`).
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Seacord said he felt compelled to take his message to a bigger stage -- the DNC "
            "-- to counterbalance a campaign season marred by insults.",
            "DNC",
        ),
        ("Thousands of protesters marched outside the DNC in Philadelphia on Monday.", "DNC"),
        ("Delegates cheered at the RNC in Cleveland as Trump spoke.", "RNC"),
    ],
)
def test_the_convention_s_venue_is_no_party(mentions_of: Any, text: str, initials: str) -> None:
    assert [m.code for m in mentions_of(text, "2016-07-26") if m.text == initials] == [None]


@pytest.mark.parametrize(
    "text",
    ["The DNC apologized to Bernie Sanders on Monday.", "Hackers broke into the DNC's servers."],
)
def test_the_committee_stays_the_party(mentions_of: Any, text: str) -> None:
    assert [m.code for m in mentions_of(text, "2016-07-26") if m.text == "DNC"] == ["USAPTY"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The now-demobilized FARC, the ELN, and the EPL have cohabited in Catatumbo for "
            "years under a relatively fragile non-violence agreement.",
            "FARC",
        ),
        ("The disbanded FARC left a vacuum in Colombia's coca regions.", "FARC"),
        ("In Colombia, the now-defunct AUC once ruled Cordoba.", "AUC"),
    ],
)
def test_a_disbanded_armed_group_is_no_armed_group(mentions_of: Any, text: str, group: str) -> None:
    assert [m.code for m in mentions_of(text, "2018-05-01") if m.text == group] == [None]


def test_an_armed_group_still_fighting_stays_one(mentions_of: Any) -> None:
    found = mentions_of(
        "The now-demobilized FARC and the ELN fought in Catatumbo. The ELN attacked a "
        "police station in Cucuta.",
        "2018-05-01",
    )
    assert {m.code for m in found if m.text == "ELN"} == {"COLREB"}
