"""Actor-coding faults from blind-audit rounds 11 and 12, each with two paraphrases of ours."""

from __future__ import annotations

import pytest

from dyads.records import Mention


def _code(mentions: list[Mention], text: str) -> str | None:
    return next(m for m in mentions if m.text == text).code


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("The gang was shipping it out to Guatemala, Mexico and the United States.",
         "United States"),
        ("Cocaine flows to Europe, the United States and Canada, officials said.", "Canada"),
        ("The network smuggled migrants to Panama, Costa Rica and Mexico.", "Mexico"),
    ],
)  # fmt: skip
def test_every_country_of_a_list_of_destinations_is_a_place(mentions_of, text, later) -> None:
    assert _code(mentions_of(text), later) is None


def test_a_clause_after_a_destination_keeps_its_subject(mentions_of) -> None:
    found = mentions_of("Colombia extradited him to the US and Mexico praised the move.")
    assert _code(found, "Mexico") == "MEX"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Brazil, Colombia, Mexico and Venezuela account for a quarter of all the murders "
         "in the world.", "Venezuela"),
        ("Guatemala saw a drop in homicides last year.", "Guatemala"),
        ("Honduras recorded 5,000 murders in 2017.", "Honduras"),
    ],
)  # fmt: skip
def test_a_country_a_statistic_is_counted_in_is_a_place(mentions_of, text, country) -> None:
    assert _code(mentions_of(text), country) is None


def test_a_country_that_acts_is_still_coded(mentions_of) -> None:
    assert _code(mentions_of("Guatemala saw the deal as a betrayal."), "Guatemala") == "GTM"


def test_a_list_of_places_sets_no_scene_for_officials(mentions_of) -> None:
    found = mentions_of("Cocaine is shipped to the United States and Canada, officials said.")
    assert _code(found, "officials") is None
    found = mentions_of("He was arrested at a laboratory in Malaysia, where authorities found it.")
    assert _code(found, "authorities") == "MYSGOV"


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        ("Colombia's organized crime groups have grown stronger.",
         "Colombia's organized crime groups", "COLCRM"),
        ("Mexican drug trafficking organizations control the routes.",
         "Mexican drug trafficking organizations", "MEXCRM"),
        ("Honduras's crime syndicates bribe officials.", "Honduras's crime syndicates", "HNDCRM"),
    ],
)  # fmt: skip
def test_crime_groups_are_criminals_of_their_country(mentions_of, text, group, code) -> None:
    assert _code(mentions_of(text), group) == code


@pytest.mark.parametrize(
    "text",
    [
        "The cartel smuggled cocaine. Traffickers paid gangs. This illustrates the incentive "
        "for Mexicans to deepen their connections in producing countries.",
        "Cocaine traffickers and gangs use the port. Lawyers for the Mexicans said they had "
        "nothing to do with the lab.",
        "The gangs control extortion and drug trafficking in the city. The Colombians sell "
        "cocaine to them.",
    ],
)
def test_a_people_in_a_story_about_crime_gets_no_sector(mentions_of, text) -> None:
    peoples = [m for m in mentions_of(text) if m.text in ("Mexicans", "Colombians")]
    assert peoples and all(m.code is None for m in peoples)


def test_a_people_elsewhere_are_its_civilians(mentions_of) -> None:
    assert _code(mentions_of("Mexicans voted on Sunday."), "Mexicans") == "MEXCVL"


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        ("Colombia began in this role by training Afghani police.", "Afghani police", "AFGCOP"),
        ("The 'Ndrangheta established links with the Gulf Cartel.", "'Ndrangheta", "ITACRM"),
        ("Police arrested two members of the Camorra in Naples.", "Camorra", "ITACRM"),
    ],
)  # fmt: skip
def test_names_the_tables_lacked(mentions_of, text, group, code) -> None:
    assert _code(mentions_of(text), group) == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ketamine is now reportedly available in Argentina, El Salvador and Uruguay as well as "
         "Peru, according to the United Nations 2012 World Drug Report.", "Peru"),
        ("The port is a transit point for drug shipments coming from neighboring Bolivia and "
         "Paraguay.", "Paraguay"),
        ("The mafias find Ecuador an attractive destination for stolen vehicles.", "Ecuador"),
        ("Like Ecuador, Bolivia is another important destination country for stolen vehicles.",
         "Bolivia"),
        ("Cocaine moves north, with Uruguay serving as a transit nation.", "Uruguay"),
    ],
)  # fmt: skip
def test_a_country_on_a_route_is_a_place(mentions_of, text, country) -> None:
    assert _code(mentions_of(text), country) is None


def test_a_country_that_signs_is_no_route(mentions_of) -> None:
    found = mentions_of("Bolivia signed a deal with Brazil, a transit hub.")
    assert _code(found, "Bolivia") == "BOL"


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke on Monday. The campaign paid nearly $170,000 for its Trump Tower "
        "space in July.",
        "Barack Obama spoke on Monday. Visitors toured the Obama Library in Chicago.",
        "Ronald Reagan died in 2004. Planes land at Reagan Airport every minute.",
    ],
)
def test_a_surname_naming_a_building_is_no_person(mentions_of, text) -> None:
    later = text.split(". ", 1)[1]
    offset = text.index(later)
    assert not [m for m in mentions_of(text) if m.span[0] >= offset and m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Interpol issued a warning in May. But again, the 'Ndrangheta was not far behind: the "
         "organization established links with the Gulf Cartel.", "ITACRM"),
        ("The UN met in May. The Sinaloa Cartel grew: the organization bribed officials.",
         "MEXCRM"),
        ("The WHO met on Monday. The organization said the virus was spreading.", "IGOUNOWHO"),
    ],
)  # fmt: skip
def test_the_organization_is_the_last_organisation_named(mentions_of, text, code) -> None:
    found = [m for m in mentions_of(text) if m.text.lower() == "the organization"]
    assert found and found[0].code == code
