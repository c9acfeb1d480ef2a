"""Countries named as places of a route (blind audit, round 15: 7 of 30 wrong actor codes on
the seed-1 articles were places): "into Mexico", "departing Venezuela", "from Bolivia to
Brazil". Each kind with its input, two paraphrases and the case that stays an actor."""

from __future__ import annotations

import pytest


def _code(mentions, text):
    return [m.code for m in mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He was charged with smuggling guns into Mexico.", "Mexico"),
        ("Traffickers moved the cocaine into Honduras by boat.", "Honduras"),
        ("The gang brought weapons into Guatemala last year.", "Guatemala"),
        ("In 2019, this increased to five overnight flights departing Venezuela.", "Venezuela"),
        ("Two planes departed Colombia on Friday night.", "Colombia"),
        ("The ring moved cocaine from Bolivia to Brazil.", "Brazil"),
        ("Immigration from Mexico to the United States fell.", "United States"),
        ("Shipments went from Peru to Chile every week.", "Chile"),
    ],
)
def test_a_country_on_a_route_is_a_place(mentions_of, text, place) -> None:
    assert _code(mentions_of(text), place) == [None]


@pytest.mark.parametrize(
    ("text", "country", "code"),
    [
        ("The EU gave aid to Ukraine.", "Ukraine", "UKR"),
        ("Mexico talked to the United States about the border.", "United States", "USA"),
    ],
)
def test_a_country_spoken_or_given_to_stays_an_actor(mentions_of, text, country, code) -> None:
    assert _code(mentions_of(text), country) == [code]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Uruguay has announced the details of its marijuana law. Despite concerns regarding "
            "the entry of cheaper Paraguayan marijuana into the country, the price is low.",
            "Uruguay",
        ),
        (
            "Chile has tightened its border controls. Officials fear Bolivian cocaine is "
            "flooding the country.",
            "Chile",
        ),
        (
            "Ecuador opened its ports to new trade. Farmers say cheap Colombian coffee has hurt "
            "the country.",
            "Ecuador",
        ),
    ],
)
def test_the_country_is_not_a_nationality_that_modifies_a_thing(mentions_of, text, country):
    found = [m.actor for m in mentions_of(text) if m.text == "the country"]
    assert found == [country]
