"""Role and name kinds of the blind audit of round 107; each kind, the input, two paraphrases
of our own, and a guard for the reading the rule must keep.

* "the candidate of their choice", "whichever candidate": whoever is chosen, no one of the story
  (:mod:`dyads.actors.generic_roles`);
* a surname on a given name the person named before lacks ("Sergio Villareal Barragan" after
  "Edgar Valdez Villareal") is not that person (:func:`dyads.actors.pronouns._another_s_name`);
* "the Attorney General's Office" is the institution, not the title's holder
  (:mod:`dyads.actors.title_offices`);
* an anti-drug chief heads a police unit (COP, ``roles.csv``);
* counted nationals killed at their own state's attacked post are its staff
  (:mod:`dyads.actors.posted_staff`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _mentions(found: list[Any], text: str) -> list[Any]:
    return [m for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Sanders is far from overtaking Hillary Clinton's lead in superdelegates, the party "
            "leaders and elected officials who can vote for the candidate of their choice at "
            "the Democratic National Convention.",
            "candidate",
        ),
        (
            "Delegates may back the nominee of their own choosing at the Republican National "
            "Convention in Cleveland.",
            "nominee",
        ),
        (
            "Whichever candidate wins the Democratic nomination at the Democratic National "
            "Convention will face Donald Trump.",
            "candidate",
        ),
    ],
)
def test_a_chosen_role_is_no_one(mentions_of: Any, text: str, mention: str) -> None:
    assert all(m.code is None for m in _mentions(mentions_of(text, "2016-06-03"), mention))


def test_the_party_s_candidate_named_before_keeps_the_person(mentions_of: Any) -> None:
    found = mentions_of(
        "Trump called for a ban on Muslims. Clinton condemned the GOP candidate's proposal.",
        "2016-06-03",
    )
    assert {m.code for m in found if m.text.startswith("GOP candidate")} == {"USAPTY"}


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        (
            "Edgar Valdez Villareal, alias La Barbie, was captured by Mexican authorities. A "
            "note was an apparent message to Hector and his top assassin, Sergio Villareal "
            "Barragan, alias El Grande to stay away from Acapulco.",
            "Edgar Valdez Villareal",
            "Villareal",
        ),
        (
            "Edgar Valdez Villareal was captured by Mexican authorities. His ally Sergio "
            "Villareal Barragan fled.",
            "Edgar Valdez Villareal",
            "Villareal",
        ),
        (
            "Colombian police captured Luis Alberto Gomez Rojas. Days later, officers said "
            "Carlos Rojas Mejia had taken over the gang.",
            "Luis Alberto Gomez Rojas",
            "Rojas",
        ),
    ],
)
def test_a_shared_surname_on_another_given_name_is_not_the_person(
    mentions_of: Any, text: str, person: str, surname: str
) -> None:
    found = mentions_of(text, "2010-09-07")
    assert [m for m in found if m.actor == person]
    assert not [m for m in found if m.text == surname and m.actor == person]


def test_a_surname_alone_is_still_the_person(mentions_of: Any) -> None:
    found = mentions_of(
        "Mexican police arrested Edgar Valdez Villareal in Mexico. Villareal was taken to a "
        "prison.",
        "2010-09-07",
    )
    assert [m.actor for m in found if m.text == "Villareal"] == ["Edgar Valdez Villareal"]


@pytest.mark.parametrize(
    ("text", "mention", "holder", "code"),
    [
        (
            "Mexico's Attorney General Arturo Chavez stepped down this week. An ICE agent was "
            "released because the Attorney General's Office did not file proper charges.",
            "Attorney General",
            "Arturo Chavez",
            "MEXJUD",
        ),
        (
            "Colombia's Attorney General Eduardo Montealegre spoke on Monday. The case stalled "
            "after the Attorney General's Office lost the files.",
            "Attorney General",
            "Eduardo Montealegre",
            "COLJUD",
        ),
        (
            "Guatemala's President Otto Perez Molina resigned. The President's Office said "
            "nothing.",
            "President",
            "Otto Perez Molina",
            "GTMGOV",
        ),
    ],
)
def test_a_title_s_office_is_not_its_holder(
    mentions_of: Any, text: str, mention: str, holder: str, code: str | None
) -> None:
    found = _mentions(mentions_of(text, "2011-04-01"), mention)
    assert found
    assert all(m.actor != holder and m.kind == "organisation" for m in found)
    assert {m.code for m in found} == {code}


def test_the_title_alone_is_still_its_holder(mentions_of: Any) -> None:
    found = mentions_of(
        "Mexico's Attorney General Arturo Chavez stepped down this week. The Attorney General "
        "said he regretted it.",
        "2011-04-01",
    )
    assert [m.actor for m in _mentions(found, "Attorney General")] == ["Arturo Chavez"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Amid a brewing scandal in Argentina, members of the Airport Security Police (PSA) "
            "arrested anti-drug chief Rafael Gustavo Sosa in his home on September 11.",
            "his",
            "ARGCOP",
        ),
        (
            "Colombia's anti-narcotics chief said the seizure was a record.",
            "Colombia's anti-narcotics chief",
            "COLCOP",
        ),
        (
            "Peru's antidrug chief Carlos Morales resigned in Lima on Friday.",
            "Peru's antidrug chief Carlos Morales",
            "PERCOP",
        ),
    ],
)
def test_an_anti_drug_chief_is_police(mentions_of: Any, text: str, mention: str, code: str) -> None:
    assert {m.code for m in _mentions(mentions_of(text, "2013-10-01"), mention)} == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "13 Hours will cover the 2012 Benghazi, Libya, crisis in which a U.S. State "
            "Department compound and The Annex, a CIA station, were both attacked by Islamic "
            "terrorists.\n\nFour Americans died as a result of the attacks.",
            "USAGOV",
        ),
        (
            "Gunmen stormed the US embassy in Kabul on Monday. Two Americans were killed and "
            "four wounded.",
            "USAGOV",
        ),
        (
            "Militants attacked a British military base in Helmand. Three Britons died in the "
            "assault.",
            "GBRMIL",
        ),
    ],
)
def test_nationals_killed_at_their_state_s_post_are_its_staff(
    mentions_of: Any, text: str, code: str
) -> None:
    found = [m for m in mentions_of(text, "2016-01-12") if m.text in ("Americans", "Britons")]
    assert [m.code for m in found] == [code]


def test_nationals_killed_elsewhere_stay_civilians(mentions_of: Any) -> None:
    found = mentions_of("Gunmen attacked a hotel in Mali. Four Americans died.", "2016-01-12")
    assert [m.code for m in _mentions(found, "Americans")] == ["USACVL"]
