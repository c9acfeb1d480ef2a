"""Actor kinds of the blind audit of round 114 (places, things and "it"); each kind, the input,
two paraphrases of our own, and a guard for the reading the rule must keep.

* an "it" after a sentence whose thing is the subject above the body's clause is the thing
  (:func:`dyads.actors.pronoun_kinds.thing_above`);
* a place people returned or fled to sets no scene for the story's bodies
  (:mod:`dyads.actors.group_country`), and "fleeing the country for X" is a destination
  (:mod:`dyads.actors.scenes`);
* a capital's possessive in a sentence about its mayor is the city
  (:func:`dyads.actors.not_acting.municipal_city`);
* a country ending a body's name after "for" ("Campaign for an Independent and Neutral
  Switzerland") is no actor (:mod:`dyads.actors.name_parts`);
* an illegal trade a country's possessive owns is where it goes on (:mod:`.locations`);
* a headline's capitalised verb is no part of a title's name (:mod:`dyads.actors.headlines`).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


# -- 1. "it" is the thing the sentence before is about ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The attack has allowed the new Paraguayan government to introduce legislation "
            "granting it sweeping powers while grandstanding on its hard line approach to the "
            "rebels. However, it also serves as a diversion from more serious problems.",
            "PRYGOV",
        ),
        (
            "Insiders suggest that while it is positive that the government has adopted the term "
            '"patrolling" -- long a point of contention in Venezuela\'s police reform -- this '
            "initiative does not reflect an understanding of it. Rather, it simply adds cell "
            "phone numbers to the traditional stationary checkpoint approach.",
            "VENGOV",
        ),
        (
            "The bombing has allowed the Colombian government to expand military powers. "
            "However, it also distracts from the drug problem.",
            "COLGOV",
        ),
        (
            "The ruling has allowed the Argentine government to raise export taxes. Yet it also "
            "hurts farmers.",
            "ARGGOV",
        ),
    ],
)
def test_it_is_the_thing_above_the_body(mentions_of: Any, text: str, code: str) -> None:
    found = mentions_of(text, "2016-07-01")
    assert code not in {m.code for m in found if m.text.lower() == "it"}


def test_it_after_a_body_s_own_clause_stays_the_body(mentions_of: Any) -> None:
    """Guard: the government is the subject of the top clause; "It" goes on from it."""
    text = (
        "The Mexican government said the plan would start in May. It also promised to send "
        "more police to Michoacan."
    )
    found = mentions_of(text, "2016-07-01")
    assert _codes(found, "It") == {"MEXGOV"}


# -- 2. places gone to set no scene; "fleeing the country for X" ---------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Both have already returned to the United States, despite the ongoing investigation "
            "by Mexican authorities. The news that the shooting was an accident rather than a "
            "deliberate attack by corrupt officials is certainly welcome, but the details paint "
            "a picture of incompetence of the Federal Police involved.",
            "Federal Police",
            "USACOP",
        ),
        (
            "The two suspects have since fled to Guatemala, despite the investigation by Mexican "
            "prosecutors. The details paint a picture of incompetence of the police involved.",
            "police",
            "GTMCOP",
        ),
        (
            "The witnesses later escaped to Colombia, despite the ongoing investigation by "
            "Venezuelan prosecutors. Critics said corrupt officials had warned them.",
            "corrupt officials",
            "COLGOV",
        ),
    ],
)
def test_a_place_gone_to_sets_no_scene(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert code not in _codes(found, mention), [(m.text, m.code) for m in found]


def test_a_place_where_things_happened_still_sets_the_scene(mentions_of: Any) -> None:
    """Guard: "arrested in Guatemala" is where the story is; the police there are Guatemala's."""
    text = "The suspects were arrested in Guatemala on Monday. Police said they carried cocaine."
    found = mentions_of(text, "2016-07-01")
    assert _codes(found, "Police") == {"GTMCOP"}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "And US Ambassador to El Salvador Jean Manes has credited the program for a drop in "
            "the number of people fleeing the country for the United States.",
            "United States",
        ),
        ("Thousands of families are leaving Honduras for Spain every year.", "Spain"),
        ("Many doctors have fled Venezuela for Colombia in recent years.", "Colombia"),
    ],
)
def test_the_country_left_for_is_a_destination(mentions_of: Any, text: str, mention: str) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _codes(found, mention) == {None}, [(m.text, m.code) for m in found]


def test_a_country_that_pays_for_something_acts(mentions_of: Any) -> None:
    """Guard: "for" after no verb of leaving keeps the country an actor."""
    found = mentions_of("The United States paid for the program in El Salvador.", "2016-07-01")
    assert _codes(found, "United States") == {"USA"}


# -- 3. a capital's possessive beside its mayor ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Another factor which likely played into the reduction in violence were the June "
            "2011 changes made to Bogota's liquor laws under the previous acting mayor, Clara "
            "Lopez Obregon.",
            "Bogota",
            "COLGOV",
        ),
        (
            "The changes to Quito's zoning rules under the former mayor, Augusto Barrera, cut "
            "construction.",
            "Quito",
            "ECUGOV",
        ),
        (
            "Caracas's new curfew was announced by the municipal council on Monday.",
            "Caracas",
            "VENGOV",
        ),
    ],
)
def test_a_capital_s_municipal_affairs_are_the_city_s(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert code not in _codes(found, mention), [(m.text, m.code) for m in found]


def test_a_capital_s_decision_stays_the_government_s(mentions_of: Any) -> None:
    """Guard: no mayor in the sentence: "Bogota's decision" is Colombia's government's."""
    found = mentions_of("Bogota's decision angered Caracas.", "2016-07-01")
    assert _codes(found, "Bogota") == {"COLGOV"}


# -- 4. a country ending a body's name after "for" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The advocacy group Campaign for an Independent and Neutral Switzerland, or AUNS, in "
            "which Blocher played a founding role, and which supported his rise in the the early "
            "2000s, is planning a referendum.",
            "Switzerland",
        ),
        (
            "The Coalition for a Democratic Nicaragua rallied supporters in Miami on Sunday.",
            "Nicaragua",
        ),
        ("Members of the Committee for a Free and Sovereign Cuba marched on Saturday.", "Cuba"),
    ],
)
def test_a_country_ending_a_cause_s_name_is_no_actor(
    mentions_of: Any, text: str, mention: str
) -> None:
    found = mentions_of(text, "2016-03-21")
    assert not [m for m in found if m.text == mention and m.code], [(m.text, m.code) for m in found]


def test_a_campaign_in_lower_case_names_no_body(mentions_of: Any) -> None:
    """Guard: the country itself still acts."""
    found = mentions_of("Switzerland voted against the plan on Sunday.", "2016-03-21")
    assert _codes(found, "Switzerland") == {"CHE"}


# -- 5. an illegal trade a country owns ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "In one indication of the sheer size of Colombia's illicit wildlife trade, Bogota's "
            "main wildlife rehabilitation center reports receiving some 350 animals each month.",
            "Colombia",
        ),
        ("Peru's illegal timber trade thrives along the rivers.", "Peru"),
        ("Mexico's illicit fuel trade costs the state billions.", "Mexico"),
    ],
)
def test_an_illegal_trade_s_country_is_its_ground(
    mentions_of: Any, text: str, mention: str
) -> None:
    found = mentions_of(text, "2016-07-01")
    assert _codes(found, mention) == {None}, [(m.text, m.code) for m in found]


def test_a_country_s_trade_with_another_stays_its_deal(mentions_of: Any) -> None:
    """Guard: "Mexico's trade with China" is a relation Mexico has (``possessions.yaml``)."""
    found = mentions_of("Mexico's trade with China grew last year.", "2016-07-01")
    assert _codes(found, "Mexico") == {"MEX"}


# -- 6. a headline's capitalised verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        (
            "Argentina Arrests Head of Cordoba Anti-Drug Police\n\nAuthorities in Argentina "
            "have arrested the head of the Cordoba province antinarcotics police.",
            "Argentina Arrests Head",
        ),
        (
            "Mexico Captures Chief of Gulf Cartel Cell\n\nMexican marines captured the chief "
            "of a Gulf Cartel cell in Reynosa.",
            "Mexico Captures Chief",
        ),
        (
            "Peru Detains Chief of Lima Customs Office\n\nPeruvian prosecutors detained the "
            "chief of the customs office in Lima.",
            "Peru Detains Chief",
        ),
    ],
)
def test_a_headline_verb_is_no_part_of_a_title(mentions_of: Any, text: str, bad: str) -> None:
    found = mentions_of(text, "2016-07-01")
    assert bad not in {m.text for m in found}, [(m.text, m.code) for m in found]


def test_a_capitalised_name_word_still_joins_the_name(mentions_of: Any) -> None:
    """Guard: in prose "Russian Foreign Ministry spokeswoman" keeps its body and country."""
    found = mentions_of(
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the talks failed.",
        "2016-07-01",
    )
    assert {m.code for m in found if "Zakharova" in m.text} == {"RUSGOV"}
