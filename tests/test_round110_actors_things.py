"""Actor kinds of the blind audit of round 110: names and nouns that are things, not actors.

* a platform an audience is spread over ("14 million people between Instagram and Facebook
  and Twitter"): :func:`dyads.actors.outlets.platform`;
* an office or a power taken, held or stood under ("Bolivia assumed the presidency of the
  United Nations Group of 77", "the personnel under their authority"):
  :mod:`dyads.actors.office_nouns`;
* a possessive under "under" is not the noun before it ("the personnel under their
  authority": the commanders' authority): :mod:`dyads.actors.own_noun`.

Guards: companies that act between themselves, an office noun that speaks, and a reason
phrase's possessive keep their codes.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        (
            "“No, I want to be associated with interesting quotes, and people,” Trump insisted, "
            "“I have almost 14 million people between Instagram and Facebook and Twitter and all "
            "of that and we do interesting things.”",
            "Instagram",
        ),
        ("She has two million followers across Facebook and YouTube.", "YouTube"),
        ("The singer counts 40 million fans between Twitter and Instagram.", "Twitter"),
    ],
)
def test_a_platform_an_audience_is_spread_over_is_no_actor(
    mentions_of: Any, text: str, platform: str
) -> None:
    assert set(_codes(mentions_of(text, "2016-03-01"), platform)) <= {None}


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "As Bolivia assumed the presidency of the United Nations Group of 77 (G-77), President "
            "Evo Morales used this opportunity to push his pro-coca agenda.",
            "presidency",
        ),
        (
            "Bolivia assumed the presidency of the United Nations Development Programme board.",
            "presidency",
        ),
        ("Mexico will assume the presidency of the United Nations Security Council.", "presidency"),
    ],
)
def test_an_office_taken_is_no_actor(mentions_of: Any, text: str, office: str) -> None:
    assert set(_codes(mentions_of(text), office)) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "The security institution even asks the station commanders to provide safety "
        "recommendations to the personnel under their authority.",
        "The Colombian government asked the officers to protect the personnel under its authority.",
        "Colombian police said the station commanders would protect the personnel under their "
        "authority.",
    ],
)
def test_a_power_stood_under_is_no_actor(mentions_of: Any, text: str) -> None:
    assert set(_codes(mentions_of(text), "authority")) <= {None}


@pytest.mark.parametrize(
    "text",
    [
        "In a memo, the institution asks the commanders to give advice to the Colombian police "
        "officers under their authority.",
        "The station commanders must protect the Colombian police officers under their authority.",
        "The colonels must look after the Mexican soldiers under their command.",
    ],
)
def test_their_under_a_noun_is_not_that_nouns(mentions_of: Any, text: str) -> None:
    assert "COLCOP" not in _codes(mentions_of(text), "their")
    assert "MEXMIL" not in _codes(mentions_of(text), "their")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("A deal between Facebook and Google was announced on Monday.", "Google", "USABUS"),
        ("The Mexican presidency said on Monday that the talks would resume.", "Mexican presidency",
         "MEXGOV"),
        ("The UN praised the Colombian police for their work.", "their", "COLCOP"),
    ],
)  # fmt: skip
def test_guards_actors_keep_their_codes(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert _codes(mentions_of(text, "2016-03-01"), mention) == [code]
