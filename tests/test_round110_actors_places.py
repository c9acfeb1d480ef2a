"""Actor kinds of the blind audit of round 110: countries named as places, not states acting.

* a country said to serve as a site ("with neighboring Ecuador serving as an especially
  important source of weapons"), or given as an example of one ("a counterfeit currency hub --
  like, for example, Peru --"): :mod:`dyads.actors.served_sites`;
* "made the country an increasingly attractive destination for migrants": a destination is a
  site noun (:data:`dyads.actors.locations.SITE_NOUNS`);
* "Peru's IDL-Reporteros": a country's possessive of an organisation's name with an acronym
  in it, which the recogniser left unnamed, says whose the body is.

Guards: a country that serves as a mediator or a host, one that acts after "for example", keep
their code.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "In the past, the FARC have demonstrated a high degree of resourcefulness in "
            "securing arms, with neighboring Ecuador serving as an especially important source "
            "of weapons for the group.",
            "Ecuador",
        ),
        ("The gang buys its rifles abroad, with Honduras serving as the main source.", "Honduras"),
        ("For years Panama has acted as a transit hub for the cocaine trade.", "Panama"),
    ],
)
def test_a_country_serving_as_a_site_is_a_place(mentions_of: Any, text: str, country: str) -> None:
    assert _codes(mentions_of(text), country) == [None]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Although Paraguay may not stand out as a counterfeit currency hub -- like, for "
            "example, Peru -- there is evidence that such activities have been taking place.",
            "Peru",
        ),
        ("Gangs prefer a quiet transit point, such as Belize, for their shipments.", "Belize"),
        ("The cartel needed a safe haven -- like Venezuela -- to hide its leaders.", "Venezuela"),
    ],
)
def test_a_country_given_as_an_example_of_a_site_is_a_place(
    mentions_of: Any, text: str, country: str
) -> None:
    assert _codes(mentions_of(text), country) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has grown fast. Its emerging economic strength has also helped fuel labor "
        "exploitation and made the country an increasingly attractive destination for poor "
        "international migrants.",
        "Brazil is booming. Cheap land has made the country a favored destination for investors.",
        "Brazil changed its laws. The reform made the country a popular destination for retirees.",
    ],
)
def test_a_country_made_a_destination_is_a_place(mentions_of: Any, text: str) -> None:
    assert _codes(mentions_of(text), "the country") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Three were identified in a 2012 investigation by Peru's IDL-Reporteros as "
        "alternatives for chemicals used in cocaine production.",
        "The figures were published by Colombia's FIP-Observatorio last week.",
        "A report by Mexico's CIDE-Programa found that the killings rose.",
    ],
)
def test_a_country_owning_an_acronym_named_body_is_not_acting(mentions_of: Any, text: str) -> None:
    found = mentions_of(text)
    countries = [m for m in found if m.kind == "country"]
    assert countries and all(m.code is None for m in countries)


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("Norway served as a mediator between the two sides.", "Norway", "NOR"),
        ("Peru, for example, has sent troops to the border.", "Peru", "PER"),
        ("Brazil served as host of the talks and pressed both sides.", "Brazil", "BRA"),
    ],
)
def test_guards_acting_countries_keep_their_code(
    mentions_of: Any, text: str, country: str, code: str
) -> None:
    assert _codes(mentions_of(text), country) == [code]
