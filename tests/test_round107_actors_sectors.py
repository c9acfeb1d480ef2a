"""Sector kinds of the blind audit of round 107; each kind, the input, two paraphrases of our
own, and a guard for the reading the rule must keep.

* a role word joined to a noun a US party's name is on shares the party ("top Republican
  donors and strategists": USAPTY, not USACVL; :func:`dyads.actors.politics.shared_party_modifier`);
* a political scientist is an academic (EDU), not the public (``roles.csv``).
"""

from __future__ import annotations

from typing import Any

import pytest


def _codes(found: list[Any], text: str) -> list[str | None]:
    return [m.code for m in found if m.text == text]


@pytest.mark.parametrize(
    "text",
    [
        "In a flurry of conference calls and meetings, top Republican donors and strategists "
        "laid plans for a multimillion-dollar assault on the front-runner in Washington.",
        "Leading Democratic donors and strategists met in New York to plan the convention.",
        "Several Republican senators and strategists warned that Trump would lose in the "
        "United States.",
    ],
)
def test_strategists_joined_to_a_party_noun_are_the_party(mentions_of: Any, text: str) -> None:
    assert set(_codes(mentions_of(text, "2016-03-03"), "strategists")) == {"USAPTY"}


def test_strategists_with_no_party_stay_the_public(mentions_of: Any) -> None:
    found = mentions_of("Wealthy donors and strategists met in the United States.", "2016-03-03")
    assert set(_codes(found, "strategists")) == {"USACVL"}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Police in Venezuela are distrusted. Political scientist Ana Maria Sanjuan, a "
            "leading authority on citizen security in Venezuela, suggests there are several "
            "factors at work. She suggests that people see career police officers as corrupt.",
            "She",
            "VENEDU",
        ),
        (
            "Crime rose in Mexico last year, political scientist Raul Benitez said in Mexico City.",
            "political scientist Raul Benitez",
            "MEXEDU",
        ),
        (
            "Political scientists in Brazil doubt the reform will pass.",
            "Political scientists",
            "BRAEDU",
        ),
    ],
)
def test_a_political_scientist_is_an_academic(
    mentions_of: Any, text: str, mention: str, code: str
) -> None:
    assert set(_codes(mentions_of(text, "2016-03-03"), mention)) == {code}
