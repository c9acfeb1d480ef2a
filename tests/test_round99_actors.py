"""Actor kinds of blind audit round 99; each kind, the input, two paraphrases of our own, and
a guard for the reading the rule must keep.

* "<surname> administration" is the government of the country whose heads of state or
  government bear the surname, even when the bare surname is no one person that day
  (:func:`dyads.actors.officeholders.heads_country`);
* border agents, guards and police are the country's police, COP (`roles.csv`).
"""

from __future__ import annotations

from typing import Any

import pytest

DAY = "2016-01-01"


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


# -- "<president> administration" -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Bush administration officials said Iraq had weapons of mass destruction.",
            "administration officials",
            "USAGOV",
        ),
        ("Officials in the Bush administration misled Congress.", "administration", "USAGOV"),
        ("The Clinton administration bombed Serbia in 1999.", "administration", "USAGOV"),
        (
            "Former Bush administration officials criticized Donald Trump.",
            "administration officials",
            "USAELI",
        ),
    ],
)
def test_a_president_s_administration_is_the_government(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_an_unknown_surname_s_administration_stays_uncoded(mentions_of: Any) -> None:
    """Guard: no head of state bears "Smith"; its administration is no country's."""
    found = mentions_of("Smith administration officials said nothing.", DAY)
    assert all(m.code is None for m in found)


# -- border agents are police ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("US border agents arrested 40 migrants near El Paso.", "US border agents", "USACOP"),
        (
            "Mexican border guards detained two Americans on Monday.",
            "Mexican border guards",
            "MEXCOP",
        ),
        ("U.S. border police shot a man near Tijuana.", "U.S. border police", "USACOP"),
    ],
)
def test_border_agents_are_police(mentions_of: Any, text: str, mention: str, code: str) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_soldiers_at_the_border_stay_military(mentions_of: Any) -> None:
    """Guard: troops sent to a border are the army's."""
    found = mentions_of("Turkish troops shelled the border town of Kobani.", DAY)
    assert _codes(found, "Turkish troops") == ["TURMIL"]


# -- a country's law society or bar association ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "The Law Society of Kenya criticized President Uhuru Kenyatta on Monday.",
            "Law Society",
            "KENNGO",
        ),
        (
            "The Pakistan Bar Association condemned the attack on lawyers in Quetta.",
            "Pakistan Bar Association",
            "PAKNGO",
        ),
        ("The Uganda Law Society said the arrests were illegal.", "Uganda Law Society", "UGANGO"),
    ],
)
def test_a_law_society_is_its_country_s_professional_body(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_a_bare_bar_association_takes_no_country(mentions_of: Any) -> None:
    """Guard: a singular body with no country in its words is no country's."""
    found = mentions_of("The bar association said the judge was wrong.", DAY)
    assert _codes(found, "bar association") == [None]


# -- think tanks and advocacy groups are NGOs -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Analysts at Stratfor, a private intelligence firm, said Russia would invade Ukraine.",
            "Stratfor",
            "USANGO",
        ),
        ("The Heritage Foundation criticized President Obama.", "Heritage Foundation", "USANGO"),
        (
            "Public Citizen, a consumer advocacy group, sued the Food and Drug Administration.",
            "Public Citizen",
            "USANGO",
        ),
        (
            "British campaign groups urged the government to ban fracking.",
            "British campaign groups",
            "GBRNGO",
        ),
        (
            "A Washington think tank criticized the Obama administration.",
            "Washington think tank",
            "USANGO",
        ),
    ],
)
def test_think_tanks_and_advocacy_groups_are_ngos(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_a_company_stays_business(mentions_of: Any) -> None:
    """Guard: a company named as such keeps BUS."""
    found = mentions_of("US-based advocacy group Public Citizen criticized Pfizer.", DAY)
    assert _codes(found, "Pfizer") == ["USABUS"]


# -- campaigners for a cause are no opposition ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Abortion opponents protested outside the Supreme Court in Washington.",
         "Abortion opponents"),
        ("Anti-abortion activists rallied outside the Supreme Court in Washington on Friday.",
         "Anti-abortion activists"),
        ("Opponents of abortion marched on the Capitol in Washington.", "Opponents"),
        ("Gun-control activists criticized the National Rifle Association in Washington.",
         "control activists"),
    ],
)  # fmt: skip
def test_campaigners_for_a_cause_are_no_opposition(
    mentions_of: Any, text: str, mention: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == ["USACVL"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Syrian opposition activists said the army shelled Aleppo.",
         "Syrian opposition activists", "SYROPP"),
        ("Anti-government protesters clashed with Venezuelan police in Caracas.",
         "Anti-government protesters", "VENOPP"),
    ],
)  # fmt: skip
def test_opponents_of_the_state_stay_opposition(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    """Guard: opposition to a government keeps OPP."""
    assert _codes(mentions_of(text, DAY), mention) == [code]


# -- a people as a party to talks is its state ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("US envoy John Kerry said he would meet the Russians in Geneva next week to negotiate "
         "a ceasefire.", "Russians", "RUSGOV"),
        ("Secretary of State John Kerry held talks with the Russians on Monday.", "Russians",
         "RUSGOV"),
        ("Kerry reached a deal with the Iranians after talks in Vienna.", "Iranians", "IRNGOV"),
        ("The Americans and the Russians agreed on a ceasefire in Syria.", "Russians", "RUSGOV"),
    ],
)  # fmt: skip
def test_a_people_in_talks_is_its_state(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Tourists said the Russians in the hotel were friendly.",
        "Many Russians who live in Latvia feel ignored.",
        "Reporters spoke with the Russians living in the town.",
    ],
)
def test_a_people_outside_talks_stays_civilians(mentions_of: Any, text: str) -> None:
    """Guard: people living or staying somewhere are civilians."""
    assert _codes(mentions_of(text, DAY), "Russians") == ["RUSCVL"]


# -- Native American nations are never India's ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Oneida Indian Nation leader Ray Halbritter criticized the Washington Redskins on Tuesday.",
        "The Cherokee Nation sued the state of Oklahoma over opioid distribution.",
        "The Navajo Nation president met with federal officials in Arizona.",
        "The Standing Rock Sioux Tribe sued the Army Corps of Engineers.",
        "The Bureau of Indian Affairs said the land would be returned.",
    ],
)
def test_a_native_american_nation_is_never_india_s(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, DAY)
    assert not any(m.country == "IND" or (m.code or "").startswith("IND") for m in found)


def test_american_indians_are_americans(mentions_of: Any) -> None:
    found = mentions_of("American Indians protested the pipeline in North Dakota.", DAY)
    assert _codes(found, "American Indians") == ["USACVL"]


def test_india_s_own_nation_and_territory_stay_india_s(mentions_of: Any) -> None:
    """Guard: a lower-case "nation" or "territory" after "Indian" is India's."""
    found = mentions_of("The Indian nation celebrated Independence Day, Modi said.", DAY)
    assert _codes(found, "The Indian nation") == ["IND"]
    found = mentions_of("The Indian community in Kenya protested.", DAY)
    assert [m.country for m in found if m.text == "Indian community"] == ["IND"]


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Indian troops fired on Pakistani positions in Kashmir.", "Indian troops", "INDMIL"),
        ("The Indian government protested to China.", "Indian government", "INDGOV"),
    ],
)
def test_india_s_demonym_stays_india_s(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    """Guard: "Indian" before anything but a tribal nation's words is India's."""
    assert _codes(mentions_of(text, DAY), mention) == [code]


# -- a demonym before a person's name gives the country -------------------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Costa Rican Alejandro Jimenez Gonzalez was arrested by police in Mexico.",
         "Costa Rican Alejandro Jimenez Gonzalez", "CRICVL"),
        ("Police in Panama arrested Colombian Carlos Ramirez on Monday.",
         "Colombian Carlos Ramirez", "COLCVL"),
        ("The Costa Rican Alejandro Jimenez was extradited to the United States.",
         "Costa Rican Alejandro Jimenez", "CRICVL"),
        ("Mexican Juan Perez, a drug trafficker, was arrested in Colombia.",
         "Mexican Juan Perez", "MEXCRM"),
    ],
)  # fmt: skip
def test_a_demonym_before_a_name_gives_the_country(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_a_demonym_before_an_office_holder_keeps_the_office(mentions_of: Any) -> None:
    """Guard: what the office-holder table knows outranks a bare demonym."""
    found = mentions_of("Russian Vladimir Putin met the Turkish president in Sochi.", DAY)
    assert _codes(found, "Russian Vladimir Putin") == ["RUSGOV"]


# -- "the country" is the one country of its sentence or the one before ---------------------
def _country_of_description(found: list[Any]) -> list[str | None]:
    """The codes of "the country" and of the president it owns."""
    return [m.code for m in found if m.text.lower() in ("the country", "president")]


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's crisis has spilled into Colombia. The country's president blamed smugglers.",
        "The United States sanctioned Iran on Monday. Officials in the country said the "
        "measures were illegal.",
        "Peru and Chile signed the accord. The country's president praised it.",
    ],
)
def test_the_country_after_two_countries_stays_open(mentions_of: Any, text: str) -> None:
    found = mentions_of(text, DAY)
    assert all(code is None for code in _country_of_description(found))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mexico arrested the drug lord on Monday. Officials said the country would extradite "
         "him.", "MEX"),
        ("Venezuela expelled the ambassador. Colombia protested. Then the country closed its "
         "border.", "COL"),
    ],
)  # fmt: skip
def test_the_country_after_one_country_is_that_one(mentions_of: Any, text: str, code: str) -> None:
    """Guard: one country named just before is the one meant."""
    found = mentions_of(text, DAY)
    assert _codes(found, "the country") == [code]


# -- "Federal police" take the story's country, as bare "police" do -------------------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("BRASILIA — Federal police arrested three people in a bribery probe on Monday.",
         "Federal police", "BRACOP"),
        ("MEXICO CITY — Federal Police arrested three people on Monday.", "Federal Police",
         "MEXCOP"),
        ("Brazil's economy shrank again. Federal police raided the offices of a construction "
         "company on Monday.", "Federal police", "BRACOP"),
    ],
)  # fmt: skip
def test_federal_police_take_the_story_s_country(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, DAY), mention) == [code]


def test_federal_police_in_a_two_country_story_take_none(mentions_of: Any) -> None:
    """Guard: with two countries named alike, police are no one country's."""
    text = "Mexico and Brazil signed a security pact. Federal police will share intelligence."
    assert _codes(mentions_of(text, DAY), "Federal police") == [None]
