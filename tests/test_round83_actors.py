"""Actor kinds of blind-audit round 83; each kind, the input, two paraphrases of our own, and a
guard for the reading the rule must keep.

* a country (or an international body) that only says whose an actor is, is no actor beside
  it: "the country's authorities", "the nation's top diplomat", "Venezuela's National
  Anti-Drugs Office", "the leaders of France, Brazil, China and India", "EU Member States"
  (:mod:`dyads.actors.owners`);
* a city before "-based" is where a company sits, not its government ("Dublin-based Shire";
  :func:`dyads.actors.scenes.based`);
* "Western" opening a place's name ("the Western Caribbean") is no regional actor WST
  (:func:`dyads.actors.places.regions`);
* "party strategists" and "party operatives" are the party's (PTY), not civilians
  (``roles.csv``).
"""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2016-04-08"


def _codes(found: list[Any], text: str) -> set[str | None]:
    return {m.code for m in found if m.text == text}


@pytest.mark.parametrize(
    ("text", "owner", "actor", "code"),
    [
        (
            "Ecuador found coca fields near the border. If this is indeed the case, the "
            "country's authorities may be ill-equipped to deal with it.",
            "the country",
            "authorities",
            "ECUGOV",
        ),
        (
            "Peru seized a ton of cocaine. The country's police said the haul was the largest "
            "this year.",
            "The country",
            "police",
            "PERCOP",
        ),
        (
            "Bolivia expelled the envoy. The nation's top diplomat said the decision was final.",
            "The nation",
            "top diplomat",
            "BOLGOV",
        ),
    ],
)
def test_a_country_owning_a_coded_actor_is_no_actor(mentions_of, text, owner, actor, code) -> None:
    """Round 83: "the country" coded ECU beside "authorities" ECUGOV; "the nation" coded USA in
    "the nation's top diplomat": the possessive only says whose the actor is."""
    found = mentions_of(text, PUBLISHED)
    assert _codes(found, owner) == {None}, [(m.text, m.code) for m in found]
    assert _codes(found, actor) == {code}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Walter Espinoza, director of the Costa Rica's Judicial Investigation Agency (OIJ), "
            "described Los Moreco as a professional group.",
            "Costa Rica",
        ),
        (
            "The figures come from an official report by Venezuela's National Anti-Drugs Office "
            "(ONA).",
            "Venezuela",
        ),
        (
            "Officials at Colombia's National Narcotics Directorate said the seizure was large.",
            "Colombia",
        ),
    ],
)
def test_a_country_owning_a_named_body_is_no_actor(mentions_of, text, country) -> None:
    """Round 83: "Costa Rica" coded CRI in "the Costa Rica's Judicial Investigation Agency",
    "Venezuela" VEN in "Venezuela's National Anti-Drugs Office": the body is the actor."""
    found = mentions_of(text, PUBLISHED)
    assert _codes(found, country) == {None}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "As negotiators huddled in Paris over the past week, Obama was weighing in by phone "
            "with the leaders of France, Brazil, China and India.",
            ("Brazil", "China", "India"),
        ),
        (
            "Merkel spoke with the presidents of Mexico, Peru and Chile on Monday.",
            ("Peru", "Chile"),
        ),
        (
            "Kerry met the foreign ministers of Japan, South Korea and Australia.",
            ("South Korea", "Australia"),
        ),
    ],
)
def test_a_later_country_after_a_role_and_of_is_no_actor(mentions_of, text, countries) -> None:
    """Round 83: "Brazil" BRA and "China" CHN in "the leaders of France, Brazil, China and
    India": each later country of the list is a modifier of "leaders" as the first is."""
    found = mentions_of(text, PUBLISHED)
    for country in countries:
        assert _codes(found, country) == {None}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "EU Member States are concerned about Merkel's collusion with Turkey.",
        "The EU member states rejected the plan.",
        "EU member countries said they would take more refugees.",
    ],
)
def test_an_igo_naming_its_members_is_no_actor(mentions_of, text) -> None:
    """Round 83: "EU" coded IGOEUREEC in "EU Member States are concerned": the member states,
    not the union, are meant."""
    found = mentions_of(text, PUBLISHED)
    assert _codes(found, "EU") == {None}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Ecuador found coca fields near the border. The country's decision to destroy them "
            "was praised.",
            "The country",
            "ECU",
        ),
        ("Brazil and China signed a trade deal on Monday.", "China", "CHN"),
        ("The European Union said it would fine Google.", "European Union", "IGOEUREEC"),
    ],
)
def test_an_acting_country_or_body_stays_coded(mentions_of, text, name, code) -> None:
    """Guard: a country that owns a deed, a country in a list of acting sides and an IGO that
    acts keep their codes."""
    found = mentions_of(text, PUBLISHED)
    assert _codes(found, name) == {code}, [(m.text, m.code) for m in found]


def test_events_keep_their_sides_beside_an_owned_country(events_at) -> None:
    """Guard: "Kerry met the foreign ministers of Japan …" still has both sides."""
    found = events_at(
        "Kerry met the foreign ministers of Japan, South Korea and Australia.", PUBLISHED
    )
    assert any(e.source.code == "USAGOV" and e.target.code == "JPNGOV" for e in found), found


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Chicago-based AbbVie and Dublin-based Shire called off a $54 billion inversion deal "
            "after the Treasury issued those rules.",
            "Dublin",
        ),
        ("London-based Vodafone said it would cut jobs.", "London"),
        ("Shire, a Dublin-based drugmaker, said it would buy Baxalta.", "Dublin"),
    ],
)
def test_a_city_before_based_is_a_place(mentions_of, text, city) -> None:
    """Round 83: "Dublin" coded IRLGOV in "Dublin-based Shire": where the company sits."""
    found = mentions_of(text, PUBLISHED)
    assert _codes(found, city) == {None}, [(m.text, m.code) for m in found]


def test_a_capital_that_acts_stays_its_government(mentions_of) -> None:
    """Guard: "Dublin said it would not change its tax rules" is Ireland's government."""
    found = mentions_of("Dublin said it would not change its tax rules.", PUBLISHED)
    assert _codes(found, "Dublin") == {"IRLGOV"}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The Republican Party met in Washington on Monday. Some party strategists said none of "
        "the attempts to trip up Trump will work unless Rubio, Cruz and Kasich step up their "
        "campaigns.",
        "The Republican Party met in Washington. Party operatives said the convention would be "
        "open.",
        "The Republican Party met in Washington. Several party strategists warned that Trump "
        "would lose.",
    ],
)
def test_party_strategists_are_the_partys(mentions_of, text) -> None:
    """Round 83: "Some party strategists said" coded USACVL: a party's strategists and
    operatives are party actors (PTY)."""
    found = mentions_of(text, PUBLISHED)
    party = [m for m in found if "party " in m.text.lower() and m.kind == "group"]
    assert party and {m.code for m in party} == {"USAPTY"}, [(m.text, m.code) for m in found]


def test_plain_strategists_stay_civilians(mentions_of) -> None:
    """Guard: strategists no party word qualifies stay civilians (CVL)."""
    found = mentions_of(
        "The Republican Party met in Washington. Some strategists in the United States said "
        "Trump would lose.",
        PUBLISHED,
    )
    assert _codes(found, "strategists") == {"USACVL"}, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The main route cocaine takes into the US continues to be through Central America, with "
        "approximately 76 percent transiting along the Eastern Pacific, compared to 14 percent "
        "through the Western Caribbean and 9 percent through the Eastern Caribbean.",
        "Most of the cocaine moves through the Western Caribbean by boat.",
        "Traffickers favour the Western Caribbean and the Eastern Pacific routes.",
    ],
)
def test_western_in_a_place_name_is_no_actor(mentions_of, text) -> None:
    """Round 83: "Western" of "the Western Caribbean" coded WST, the West as an actor."""
    found = mentions_of(text, PUBLISHED)
    assert "WST" not in {m.code for m in found}, [(m.text, m.code) for m in found]


def test_western_governments_stay_the_west(mentions_of) -> None:
    """Guard: "Western governments condemned the vote" is the West (WST)."""
    found = mentions_of("Western governments condemned the vote.", PUBLISHED)
    assert "WST" in {m.code for m in found}, [(m.text, m.code) for m in found]
