"""Actor kinds of the blind audit of round 110: where people come from, and the office sought.

* "some refugees from Syria" in a story on an American senator were USAREF, the article's
  country: refugees "from" a country are that country's (:mod:`dyads.actors.origins`);
* "the Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy" gave Murphy
  the title "president" (USAGOV): an office after "for" is the one sought, not the title of the
  name after the comma (:func:`dyads.actors.appositions.preceding`).

Guards: "Syrian refugees" stay Syrian; "China's ambassador to Britain, Liu Xiaoming" keeps his
title.
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Marco Rubio spoke in Iowa. A week later, however, Rubio said he was open to some "
            "refugees from Syria, in cases where common sense made clear that the refugee was not "
            "a security risk.",
            "SYRREF",
        ),
        ("Germany took in thousands of refugees from Syria.", "SYRREF"),
        ("Canada welcomed 300 refugees from Eritrea.", "ERIREF"),
    ],
)
def test_refugees_from_a_country_are_its(mentions_of: Any, text: str, code: str) -> None:
    assert _codes(mentions_of(text, "2015-12-20"), "refugees") == [code]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jeb Bush spoke in Iowa. The head of the major Super PAC backing former Florida Gov. "
            "Jeb Bush for president, Mike Murphy, praised the efforts of a donor.",
            "Mike Murphy",
        ),
        (
            "Donald Trump spoke in Iowa. The chief strategist of the super PAC supporting Marco "
            "Rubio for president, Warren Tompkins, spoke on Monday.",
            "Warren Tompkins",
        ),
        (
            "Hillary Clinton spoke in Ohio. A top fundraiser for the effort to draft Joe Biden for "
            "president, Josh Alcorn, said he was hopeful.",
            "Josh Alcorn",
        ),
    ],
)
def test_an_office_sought_is_not_the_next_names_title(
    mentions_of: Any, text: str, name: str
) -> None:
    found = [m for m in mentions_of(text, "2016-01-01") if m.actor == name and m.kind == "person"]
    assert found and all(m.code is None and m.text == name for m in found)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The camp holds Syrian refugees.", "Syrian refugees", "SYRREF"),
        (
            "China's ambassador to Britain, Liu Xiaoming, said the talks failed.",
            "China's ambassador to Britain, Liu Xiaoming",
            "CHNGOV",
        ),
    ],
)
def test_guards_own_words_stay(mentions_of: Any, text: str, mention: str, code: str) -> None:
    assert _codes(mentions_of(text, "2016-01-01"), mention) == [code]
